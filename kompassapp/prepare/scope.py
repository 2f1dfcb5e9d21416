"""What preparing a visit draws from the bank: the questionnaire's questions, the documents to
request, the questions for an interview group (Qt-free).

The questionnaire asks the municipality about every question whose bank sources include
`dokument` or `webb`: those are answered from what the municipality has decided, written or
published, so its own account (and its pointers to the documents and pages) helps the
auditors. Questions answered only in interviews or by the auditors' own observation are left
out: there the municipality's written self-report would stand in for what the auditors must
hear or see themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from kompassapp.bank.model import FORMAT, Bank, Document, Question
from kompassapp.errors import KompassError

QUESTIONNAIRE_SOURCES = ("dokument", "webb")


def questionnaire_questions(bank: Bank) -> list[Question]:
    """The questions of the questionnaire, in the bank's order (see the module's rule)."""
    return [q for q in bank.questions.values() if set(q.sources) & set(QUESTIONNAIRE_SOURCES)]


def require_groups(bank: Bank) -> None:
    """Refuse, in words, what needs the bank's interview groups when it has none (a /1 bank)."""
    if not bank.groups:
        raise KompassError(f"the bank {bank.id} (revision {bank.revision}) has no interview groups"
                           + (" (format kompassapp-bank/1); upgrade to a revision in format kompassapp-bank/2"
                              if bank.format == FORMAT else ""))


def require_documents(bank: Bank) -> None:
    if not bank.documents:
        raise KompassError(f"the bank {bank.id} (revision {bank.revision}) lists no documents"
                           + (" (format kompassapp-bank/1); upgrade to a revision in format kompassapp-bank/2"
                              if bank.format == FORMAT else ""))


@dataclass(frozen=True)
class Requested:
    """A document of the bank to request, and the questions it serves (why it is needed)."""

    document: Document
    questions: tuple[Question, ...]


def requested_documents(bank: Bank) -> list[Requested]:
    """The bank's documents that some question uses, in the bank's order of documents."""
    require_documents(bank)
    serves: dict[str, list[Question]] = {}
    for q in bank.questions.values():
        for d in q.documents:
            serves.setdefault(d, []).append(q)
    return [Requested(d, tuple(serves[d.id])) for d in bank.documents if d.id in serves]


def group_questions(bank: Bank, group_ids: tuple[str, ...] | list[str]) -> list[Question]:
    """The questions whose `groups` include any of `group_ids`, ordered by area (the bank's order)."""
    wanted = set(group_ids)
    return [q for q in bank.questions.values() if wanted & set(q.groups)]
