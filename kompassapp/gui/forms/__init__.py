# SPDX-License-Identifier: MIT
"""Forms compiled from ui/*.ui by pyside6-uic; regenerate with `python -m tools.build_forms`."""
