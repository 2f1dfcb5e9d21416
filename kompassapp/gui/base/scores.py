# SPDX-License-Identifier: MIT
"""A row cache of answers and the current profile, kept in step with the file by change sets.

An answer change re-reads only that question's answers and re-scores the cached choices
(`scoring.score` takes well under a millisecond), so the tree, the chart and the presentation
all get the new profile within one frame. Everything else re-reads from the core on demand.

After team copies are merged a question holds each auditor's answer: `answers` are the ones
that count (agreed, or shared by all; a question the auditors disagree on is open and listed in
`disputed`), `own_answer` is this copy's auditor's own (what the question panel edits), and
`by_auditor` has them all. A merge changes everything at once (the change kind "all", sent once
the file is read anew): the cache is read anew and `reloaded` tells the views.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kompassapp.evaluation import Answer, Change, ChangeKind, Evaluation
from kompassapp.rules import counting_answer, is_disputed
from kompassapp.scoring import Profile, score

from kompassapp.gui.base.bridge import Bridge


class Scores(QObject):
    answerChanged = Signal(str)  # question id
    profileChanged = Signal(object)  # Profile
    notesChanged = Signal(object)  # tuple of note ids
    reloaded = Signal()  # after a change of kind "all": answers, auditors and notes may all have changed

    def __init__(self, ev: Evaluation, bridge: Bridge, parent: QObject | None = None):
        super().__init__(parent)
        self.ev = ev
        self._load()
        bridge.changed.connect(self._on_change)

    def _load(self) -> None:
        ev = self.ev
        self.by_auditor: dict[str, dict[str, Answer]] = ev.auditor_answers()
        self.answers: dict[str, Answer] = ev.answers()
        self.disputed: set[str] = set(ev.disputed())
        self.agreed: set[str] = set(ev.consensus())  # questions with an agreed answer set by the lead
        self.choices = {q: a.choice for q, a in self.answers.items() if a.choice is not None}
        self.profile: Profile = score(ev.bank, self.choices)
        self.note_counts: dict[str, int] = ev.note_counts()
        self._auditor_profiles: dict[str, Profile] = {}

    def answer(self, question_id: str) -> Answer:
        """The answer that counts (what the tree, the chart and the exports show)."""
        return self.answers.get(question_id) or Answer(question_id)

    def own_answer(self, question_id: str) -> Answer:
        """This copy's auditor's own answer (what the question panel shows and edits)."""
        return self.by_auditor.get(question_id, {}).get(self.ev.auditor) or Answer(question_id, auditor=self.ev.auditor)

    def auditors(self) -> list[str]:
        """Auditors with answers in this file, sorted (more than one after a merge)."""
        return sorted({who for by in self.by_auditor.values() for who in by})

    def auditor_profile(self, auditor: str) -> Profile:
        """One auditor's own profile, from the cache (computed once per change)."""
        profile = self._auditor_profiles.get(auditor)
        if profile is None:
            choices = {q: by[auditor].choice for q, by in self.by_auditor.items()
                       if auditor in by and by[auditor].choice is not None}
            profile = self._auditor_profiles[auditor] = score(self.ev.bank, choices)
        return profile

    def _on_change(self, change: Change) -> None:
        if change.kind == "answer":  # an auditor's own answer or the agreed answer
            ids = change.ids
            own = self.ev.auditor_answers(ids)
            agreed = self.ev.consensus(ids)
            # the answer that counts by the domain's one rule (kompassapp.rules), from the two reads above
            disputed = {qid for qid in ids
                        if is_disputed((a.choice for a in own.get(qid, {}).values()), agreed.get(qid))}
            for qid in ids:
                if qid in own:
                    self.by_auditor[qid] = own[qid]
                else:
                    self.by_auditor.pop(qid, None)
                a = counting_answer(own.get(qid, {}), agreed.get(qid)) or Answer(qid)
                self.answers[qid] = a
                if a.choice is None:
                    self.choices.pop(qid, None)
                else:
                    self.choices[qid] = a.choice
                for found, cached in ((disputed, self.disputed), (agreed, self.agreed)):
                    if qid in found:
                        cached.add(qid)
                    else:
                        cached.discard(qid)
            self._auditor_profiles.clear()
            self.profile = score(self.ev.bank, self.choices)
            for qid in ids:
                self.answerChanged.emit(qid)
            self.profileChanged.emit(self.profile)
        elif change.kind == "note":
            self.note_counts = self.ev.note_counts()
            self.notesChanged.emit(change.ids)
        elif change.kind == ChangeKind.ALL:  # anything may have changed (a merge): read everything anew
            self._load()
            for qid in self.ev.bank.questions:
                self.answerChanged.emit(qid)
            self.profileChanged.emit(self.profile)
            self.notesChanged.emit(())
            self.reloaded.emit()
