"""Explicit bank upgrades: move an evaluation to a newer revision of the same bank.

An evaluation keeps the bank revision it was started on until the user asks for an
upgrade. `plan()` shows beforehand which questions are new, changed and removed and
what that does to each area score; `apply()` carries it out in one transaction.
Answers and notes follow their question ids. Nothing is deleted: a removed question's
answer stays in the file, and its notes and answer move to its area, marked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction

from kompassapp.bank import bundled_translations
from kompassapp.bank.model import Bank, Question
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation, new_id
from kompassapp.scoring import NA, score

COMPARED = ("text", "guidance", "points", "scale", "na_allowed")


@dataclass(frozen=True)
class Changed:
    old: Question
    new: Question
    fields: tuple[str, ...]  # of COMPARED, plus "options" when the scale's options differ, "subarea" when moved


@dataclass(frozen=True)
class Plan:
    old_bank: Bank
    new_bank: Bank
    added: tuple[Question, ...]
    changed: tuple[Changed, ...]
    removed: tuple[Question, ...]
    invalid_answers: tuple[str, ...]  # answered with an option the new scale lacks: open until re-answered
    scores_before: dict[str, Fraction]
    scores_after: dict[str, Fraction]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _subarea_of(bank: Bank) -> dict[str, str]:
    return {q.id: s.id for a in bank.areas for s in a.subareas for q in s.questions}


def plan(ev: Evaluation, new_bank: Bank) -> Plan:
    old = ev.bank
    if new_bank.id != old.id:
        raise KompassError(f"the bank '{new_bank.id}' is not a revision of this evaluation's bank '{old.id}'")
    if new_bank.revision <= old.revision:
        raise KompassError(f"the bank given is revision {new_bank.revision}; the evaluation already uses "
                           f"revision {old.revision}")
    if [a.id for a in new_bank.areas] != [a.id for a in old.areas]:
        raise KompassError("the new revision has other areas; a bank with other areas is a new edition, "
                           "not an upgrade")
    old_sub, new_sub = _subarea_of(old), _subarea_of(new_bank)
    added = tuple(q for q in new_bank.questions.values() if q.id not in old.questions)
    removed = tuple(q for q in old.questions.values() if q.id not in new_bank.questions)
    changed = []
    for q in new_bank.questions.values():
        before = old.questions.get(q.id)
        if before is None:
            continue
        fields = [f for f in COMPARED if getattr(before, f) != getattr(q, f)]
        if "scale" not in fields and old.scales[before.scale] != new_bank.scales[q.scale]:
            fields.append("options")
        if old_sub[q.id] != new_sub[q.id]:
            fields.append("subarea")
        if fields:
            changed.append(Changed(before, q, tuple(fields)))
    choices = ev.choices()
    invalid = tuple(sorted(
        qid for qid, choice in choices.items()
        if qid in new_bank.questions and choice != NA
        and new_bank.scales[new_bank.questions[qid].scale].option(choice) is None))
    return Plan(old, new_bank, added, tuple(changed), removed, invalid,
                {a.area.id: a.score for a in score(old, choices).areas},
                {a.area.id: a.score for a in score(new_bank, choices).areas})


def apply(ev: Evaluation, new_bank: Bank) -> Plan:
    """Upgrade the evaluation to `new_bank`; returns the plan that was carried out."""
    p = plan(ev, new_bank)
    answers = {r["question_id"]: r for r in ev.conn.execute("SELECT * FROM answers")}
    try:
        _carry_out(ev, p, answers)
    except BaseException:
        ev.reload()  # the transaction rolled back: the file still has the old bank
        raise
    return p


def _carry_out(ev: Evaluation, p: Plan, answers: dict) -> None:
    new_bank = p.new_bank
    with ev.batch("bank") as now:
        ev.conn.execute("UPDATE meta SET value = ? WHERE key = 'bank'",
                        (json.dumps(new_bank.to_dict(), ensure_ascii=False),))
        ev.log("bank", new_bank.id, "revision", str(p.old_bank.revision), str(new_bank.revision), now)
        ev.conn.execute("INSERT OR REPLACE INTO meta VALUES ('translations', ?)",  # those of the old revision no longer fit
                        (json.dumps(bundled_translations(new_bank), ensure_ascii=False),))
        for q in p.removed:
            area = p.old_bank.area_of[q.id].id
            marker = f"[Från borttagen fråga {q.id}: {q.text}] "
            notes = ev.conn.execute("SELECT n.id, n.text, n.area_id FROM notes n JOIN note_questions l "
                                    "ON l.note_id = n.id WHERE l.question_id = ?", (q.id,)).fetchall()
            for note_id, text, area_id in notes:
                ev.conn.execute("DELETE FROM note_questions WHERE note_id = ? AND question_id = ?", (note_id, q.id))
                ev.log("note", note_id, "question_ids", q.id, "", now)
                still_linked = ev.conn.execute("SELECT 1 FROM note_questions WHERE note_id = ?", (note_id,)).fetchone()
                if not still_linked and not area_id:  # otherwise the note stays with its other questions
                    ev.conn.execute("UPDATE notes SET area_id = ?, text = ?, updated_at = ? WHERE id = ?",
                                    (area, marker + text, now, note_id))
                    ev.log("note", note_id, "area_id", "", area, now)
            answer = answers.get(q.id)
            if answer is not None and (answer["choice"] is not None or answer["comment"]):
                # The answer row stays in the file; a note keeps what it said visible in the area.
                label = _option_label(p.old_bank, q, answer["choice"])
                text = marker + f"Svar: {label}." + (f" Kommentar: {answer['comment']}" if answer["comment"] else "")
                note_id = new_id()
                ev.conn.execute("INSERT INTO notes (id, text, source_kind, area_id, author, created_at, updated_at)"
                                " VALUES (?, ?, 'observation', ?, ?, ?, ?)", (note_id, text, area, ev.author, now, now))
                ev.log("note", note_id, "created", None, text, now)
        ev.reload()  # before the batch ends, so observers already see the new bank


def _option_label(bank: Bank, question: Question, choice: str | None) -> str:
    if choice is None:
        return "inget"
    if choice == NA:
        return "ej tillämplig"
    option = bank.scales[question.scale].option(choice)
    return option.label if option else choice
