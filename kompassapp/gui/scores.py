# SPDX-License-Identifier: MIT
"""A row cache of answers and the current profile, kept in step with the file by change sets.

An answer change re-reads only that answer and re-scores the cached choices (`scoring.score`
takes well under a millisecond), so the tree, the chart and the presentation all get the new
profile within one frame. Everything else re-reads from the core on demand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kompassapp.evaluation import Answer, Change, Evaluation
from kompassapp.scoring import Profile, score

from kompassapp.gui.bridge import Bridge


class Scores(QObject):
    answerChanged = Signal(str)  # question id
    profileChanged = Signal(object)  # Profile
    notesChanged = Signal(object)  # tuple of note ids

    def __init__(self, ev: Evaluation, bridge: Bridge, parent: QObject | None = None):
        super().__init__(parent)
        self.ev = ev
        self.answers: dict[str, Answer] = ev.answers()
        self.choices = {q: a.choice for q, a in self.answers.items() if a.choice is not None}
        self.profile: Profile = score(ev.bank, self.choices)
        self.note_counts: dict[str, int] = ev.note_counts()
        bridge.changed.connect(self._on_change)

    def answer(self, question_id: str) -> Answer:
        return self.answers.get(question_id) or Answer(question_id)

    def _on_change(self, change: Change) -> None:
        if change.kind == "answer":
            for qid in change.ids:
                a = self.ev.answer(qid)
                self.answers[qid] = a
                if a.choice is None:
                    self.choices.pop(qid, None)
                else:
                    self.choices[qid] = a.choice
            self.profile = score(self.ev.bank, self.choices)
            for qid in change.ids:
                self.answerChanged.emit(qid)
            self.profileChanged.emit(self.profile)
        elif change.kind == "note":
            self.note_counts = self.ev.note_counts()
            self.notesChanged.emit(change.ids)
