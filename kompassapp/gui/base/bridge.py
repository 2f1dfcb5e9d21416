# SPDX-License-Identifier: MIT
"""The one place where the Qt-free core's change announcements become Qt signals.

Views connect to `Bridge.changed` and look at `change.kind` / `change.ids` to refresh only
what an edit touched (an answer → one tree row, its area total and the chart; a note → the
evidence list), instead of reloading the evaluation.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kompassapp.evaluation import Change, Evaluation


class Bridge(QObject):
    changed = Signal(object)  # a kompassapp.evaluation.Change

    def __init__(self, ev: Evaluation, parent: QObject | None = None):
        super().__init__(parent)
        self.ev = ev
        ev.changed.connect(self._relay)  # held weakly by the core

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self.ev.changed.disconnect(self._relay)
