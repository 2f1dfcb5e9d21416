# SPDX-License-Identifier: MIT
"""The frame: application start, the main window that hosts the features, the start screen and small dialogs."""
