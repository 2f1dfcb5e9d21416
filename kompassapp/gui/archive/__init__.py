# SPDX-License-Identifier: MIT
"""The results archive's room in the window (see room.py)."""
