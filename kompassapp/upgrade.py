"""Explicit bank upgrades: move an evaluation to a newer revision of the same bank.

An evaluation keeps the bank revision it was started on until the user asks for an
upgrade. `plan()` shows beforehand which questions are new, changed and removed and
what that does to each area score; `apply()` carries it out in one transaction.
Answers and notes follow their question ids. Nothing is deleted: a removed question's
answer stays in the file, and its notes and answer move to its area, marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kompassapp.bank.model import Bank, Question
from kompassapp.errors import KompassError
from kompassapp.evaluation import ChangeKind, Evaluation
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
    invalid_answers: tuple[str, ...]  # an option the new scale lacks, or N/A it refuses: open until re-answered
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
        if qid in new_bank.questions
        and (not new_bank.questions[qid].na_allowed if choice == NA  # N/A that the new revision refuses
             else new_bank.scales[new_bank.questions[qid].scale].option(choice) is None)))
    return Plan(old, new_bank, added, tuple(changed), removed, invalid,
                {a.area.id: a.score for a in score(old, choices).areas},
                {a.area.id: a.score for a in score(new_bank, choices).areas})


def apply(ev: Evaluation, new_bank: Bank) -> Plan:
    """Upgrade the evaluation to `new_bank`; returns the plan that was carried out.

    One transaction; every change is logged under the evaluation's author. Observers hear
    `ChangeKind.BANK` once the evaluation in memory has the new bank (or, on failure, the old one).
    """
    p = plan(ev, new_bank)
    answers = ev.auditor_answers([q.id for q in p.removed])
    with ev.bulk(ChangeKind.BANK) as w:
        w.set_bank(p.old_bank, new_bank)
        for q in p.removed:
            area = p.old_bank.area_of[q.id].id
            marker = f"[Från borttagen fråga {q.id}: {q.text}] "
            for note in ev.notes(question_id=q.id, include_deleted=True):
                w.untie_note(note.id, q.id)
                if len(note.question_ids) == 1 and not note.area_id:  # else it stays with its other questions
                    w.move_note(note.id, area, marker + note.text)
            by_auditor = answers.get(q.id, {})
            for auditor, answer in by_auditor.items():
                if answer.choice is None and not answer.comment:
                    continue
                # The answer rows stay in the file; a note keeps what each said visible in the area.
                whose = f" ({auditor})" if len(by_auditor) > 1 else ""
                label = _option_label(p.old_bank, q, answer.choice)
                w.add_area_note(area, marker + f"Svar{whose}: {label}."
                                + (f" Kommentar: {answer.comment}" if answer.comment else ""))
    return p


def _option_label(bank: Bank, question: Question, choice: str | None) -> str:
    if choice is None:
        return "inget"
    if choice == NA:
        return "ej tillämplig"
    option = bank.scales[question.scale].option(choice)
    return option.label if option else choice
