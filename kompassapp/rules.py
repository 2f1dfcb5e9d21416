"""Rules of an evaluation that more than one place applies, as pure functions.

The answer that counts: after team copies are merged a question may hold several
auditors' answers. The one that counts is the agreed answer if the lead set one, else
the option all auditors who chose one share; auditors who disagree leave the question
open (choice None) until the lead agrees it. The domain's `answers()` and `choices()`
and the window's answer cache all apply these functions, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.records import Answer, Status
from kompassapp.scoring import NA


def counting_choices(chosen: Mapping[str, Collection[str | None]], agreed: Mapping[str, str | None]
                     ) -> dict[str, str]:
    """Question id → the option that counts, for many questions at once; open questions are left out.

    `chosen`: each question's auditors' choices; `agreed`: the agreed choice of the questions
    the lead decided (None: agreed to leave it open). Written for speed: the chart asks on every edit.
    """
    out: dict[str, str] = {}
    for qid, choices in chosen.items():
        if qid not in agreed:
            distinct = set(choices)
            distinct.discard(None)
            if len(distinct) == 1:
                out[qid] = distinct.pop()  # type: ignore[assignment]  # None was discarded
    for qid, choice in agreed.items():
        if choice is not None:
            out[qid] = choice
    return out


def counting_choice(chosen: Iterable[str | None], agreed: Answer | None = None) -> str | None:
    """The option that counts for one question, from its auditors' choices; None: open."""
    qid = ""
    return counting_choices({qid: tuple(chosen)}, {qid: agreed.choice} if agreed is not None else {}).get(qid)


def is_disputed(chosen: Iterable[str | None], agreed: Answer | None = None) -> bool:
    """Auditors chose different options and the lead has not agreed one yet."""
    return agreed is None and len({c for c in chosen if c is not None}) > 1


def counting_answer(by_auditor: Mapping[str, Answer], agreed: Answer | None = None) -> Answer | None:
    """The answer that counts for one question, given each auditor's own answer and the agreed one.

    With several auditors the answer is their shared choice (or open), the comments of all,
    named, and "done" only when every auditor is done; None when there is nothing at all.
    """
    if agreed is not None:
        return agreed
    answers = list(by_auditor.values())
    if len(answers) <= 1:
        return answers[0] if answers else None
    comments = [f"{a.auditor}: {a.comment}" for a in answers if a.comment]
    latest = max(answers, key=lambda a: a.updated_at)
    statuses = {a.status for a in answers}
    return replace(latest, choice=counting_choice(a.choice for a in answers), comment="\n".join(comments),
                   auditor="", status=Status.DONE if statuses == {Status.DONE} else Status.DRAFT)


def check_question(bank: Bank, question_id: str) -> None:
    if question_id not in bank.questions:
        raise KompassError(f"unknown question '{question_id}' in bank {bank.id}")


def check_choice(bank: Bank, question_id: str, choice: str | None) -> None:
    """A choice must be an option of the question's scale, or "ej tillämplig" where allowed; None is open."""
    check_question(bank, question_id)
    if choice is None:
        return
    question = bank.questions[question_id]
    if choice == NA:
        if not question.na_allowed:
            raise KompassError(f"question {question_id} cannot be answered 'ej tillämplig'")
    elif bank.scales[question.scale].option(choice) is None:
        keys = ", ".join(o.key for o in bank.scales[question.scale].options)
        raise KompassError(f"'{choice}' is not an option of question {question_id} (options: {keys})")
