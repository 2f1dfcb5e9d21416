# SPDX-License-Identifier: MIT
"""Forms compiled from ui/*.ui by pyside6-uic; regenerate with `python -m kompassapp.gui.build_forms`."""
