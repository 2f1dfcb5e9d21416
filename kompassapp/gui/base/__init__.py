# SPDX-License-Identifier: MIT
"""What every room of the window stands on: the change bridge, scores, undo commands, settings, language, errors."""
