"""Answers: each auditor's own, the agreed ones, and the answer that counts.

Each copy of an evaluation belongs to one auditor (`self.auditor`), who edits only their
own answers. After copies are merged a question may hold several auditors' answers; the
answer that counts (`answers()`, `choices()`) is the agreed one if the lead set it, else
the answer all auditors share. Auditors who disagree leave the question open until then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kompassapp.edits import Edits
from kompassapp.errors import KompassError
from kompassapp.records import STATUSES, Answer, ChangeKind, Status, from_row
from kompassapp.rules import check_choice, counting_answer, counting_choices, is_disputed
from kompassapp.scoring import Profile, score

_UNSET: Any = object()


class AnswerEdits(Edits):
    def answer(self, question_id: str) -> Answer:
        """This copy's auditor's own answer (what the question panel edits)."""
        row = self.conn.execute("SELECT * FROM answers WHERE question_id = ? AND auditor = ?",
                                (question_id, self.auditor)).fetchone()
        return from_row(Answer, row) if row else Answer(question_id, auditor=self.auditor)

    def set_answer(self, question_id: str, *, choice: str | None = _UNSET, comment: str = _UNSET,
                   status: str = _UNSET) -> Answer:
        """Change this auditor's answer, comment and/or status for a question; returns the stored answer."""
        check_choice(self.bank, question_id, None if choice is _UNSET else choice)
        if status is not _UNSET and status not in STATUSES:
            raise KompassError(f"unknown status '{status}' (one of: {', '.join(STATUSES)})")
        old = self.answer(question_id)
        new = replace(old, **{k: v for k, v in (("choice", choice), ("comment", comment), ("status", status))
                              if v is not _UNSET})
        if status is _UNSET and new.status == Status.NOT_STARTED and (new.choice is not None or new.comment):
            new = replace(new, status=Status.DRAFT)  # touching a question starts it

        def work(now: str) -> None:
            self.conn.execute(
                "INSERT INTO answers (question_id, auditor, choice, comment, status, author, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id, auditor) DO UPDATE SET"
                " choice = excluded.choice, comment = excluded.comment, status = excluded.status,"
                " author = excluded.author, updated_at = excluded.updated_at",
                (question_id, self.auditor, new.choice, new.comment, new.status, self.author, now))
            for name in ("choice", "comment", "status"):
                if getattr(old, name) != getattr(new, name):
                    self._log("answer", question_id, name, getattr(old, name), getattr(new, name), now)

        self._write(ChangeKind.ANSWER, (question_id,), work)
        return self.answer(question_id)

    def _only(self, question_ids: Iterable[str] | None) -> tuple[str, list[str]]:
        """A WHERE clause limiting a query to some questions (all when None)."""
        if question_ids is None:
            return "", []
        ids = list(dict.fromkeys(question_ids))
        return f" AND question_id IN ({', '.join('?' * len(ids))})", ids

    def auditor_answers(self, question_ids: Iterable[str] | None = None) -> dict[str, dict[str, Answer]]:
        """Question id → auditor → that auditor's answer, for the bank's questions (or only `question_ids`)."""
        out: dict[str, dict[str, Answer]] = {}
        where, args = self._only(question_ids)
        for r in self.conn.execute(f"SELECT * FROM answers WHERE 1{where} ORDER BY auditor", args):
            if r["question_id"] in self.bank.questions:
                out.setdefault(r["question_id"], {})[r["auditor"]] = from_row(Answer, r)
        return out

    def consensus(self, question_ids: Iterable[str] | None = None) -> dict[str, Answer]:
        """Question id → the answer the team agreed on (set by the lead with `set_consensus`)."""
        where, args = self._only(question_ids)
        rows = self.conn.execute(f"SELECT * FROM consensus WHERE decided = 1{where}", args)
        return {r["question_id"]: Answer(r["question_id"], r["choice"], r["comment"], Status.DONE, r["author"],
                                         r["updated_at"]) for r in rows if r["question_id"] in self.bank.questions}

    def set_consensus(self, question_id: str, choice: str | None, comment: str = "", *,
                      decided: bool = True) -> None:
        """Record the agreed answer for a question (or withdraw it with decided=False); logged."""
        check_choice(self.bank, question_id, choice)
        old = self.consensus([question_id]).get(question_id)

        def work(now: str) -> None:
            self.conn.execute(
                "INSERT INTO consensus (question_id, decided, choice, comment, author, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET decided = excluded.decided,"
                " choice = excluded.choice, comment = excluded.comment, author = excluded.author,"
                " updated_at = excluded.updated_at",
                (question_id, int(decided), choice if decided else None, comment if decided else "", self.author, now))
            self._log("consensus", question_id, "choice", old.choice if old else None, choice if decided else None, now)

        self._write(ChangeKind.ANSWER, (question_id,), work)

    def answers(self, question_ids: Iterable[str] | None = None) -> dict[str, Answer]:
        """The answer that counts per question: agreed, else shared by all auditors (see above).

        A question whose auditors disagree and that has no agreed answer comes back with
        choice None (open); `disputed()` lists those. `question_ids` limits it to those questions.
        """
        agreed = self.consensus(question_ids)
        out: dict[str, Answer] = {}
        for qid, by_auditor in self.auditor_answers(question_ids).items():
            counting = counting_answer(by_auditor, agreed.get(qid))
            if counting is not None:
                out[qid] = counting
        for qid, a in agreed.items():
            out.setdefault(qid, a)
        return out

    def disputed(self, question_ids: Iterable[str] | None = None) -> list[str]:
        """Questions where auditors chose different options and no agreed answer is set yet."""
        agreed = self.consensus(question_ids)
        return [qid for qid, by in self.auditor_answers(question_ids).items()
                if is_disputed((a.choice for a in by.values()), agreed.get(qid))]

    def choices(self, auditor: str | None = None) -> dict[str, str]:
        """Question id → option key or NA: the answers that count, or one auditor's own."""
        if auditor is not None:
            rows = self.conn.execute("SELECT question_id, choice FROM answers WHERE auditor = ? AND choice IS NOT NULL",
                                     (auditor,))
            return dict(rows.fetchall())
        # The same rule as answers(), from two plain queries: this runs on every chart update.
        chosen: dict[str, set[str | None]] = {}
        for qid, choice in self.conn.execute("SELECT question_id, choice FROM answers WHERE choice IS NOT NULL"):
            chosen.setdefault(qid, set()).add(choice)
        agreed = dict(self.conn.execute("SELECT question_id, choice FROM consensus WHERE decided = 1").fetchall())
        return counting_choices(chosen, agreed)

    def auditors(self) -> list[str]:
        """Auditors who have answers in this file (more than one after a merge)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT auditor FROM answers ORDER BY auditor")]

    def profile(self, auditor: str | None = None) -> Profile:
        """Scores from the answers that count, or from one auditor's own answers."""
        return score(self.bank, self.choices(auditor))
