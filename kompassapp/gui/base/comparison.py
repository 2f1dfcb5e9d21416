# SPDX-License-Identifier: MIT
"""The window's one comparison: the profile laid over the chart, the presentation and the exports.

Held once per window; whoever shows or uses it reads it here and follows `changed` (before, the
window, the chart panel and the presentation each kept their own copy).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kompassapp.references import Reference


class Comparison(QObject):
    changed = Signal(object)  # the Reference, or None for no comparison

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.reference: Reference | None = None
        # how to load it again (a file or a shipped id), e.g. for exports; None for a typed-in profile
        self.source: str | Path | None = None

    def set(self, reference: Reference | None, source: str | Path | None = None) -> None:
        self.reference, self.source = reference, source if reference is not None else None
        self.changed.emit(reference)

    def clear(self) -> None:
        self.set(None)
