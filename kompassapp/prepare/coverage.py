"""Evidence coverage (Qt-free): per area and source, how many of the questions that expect the
source already have evidence from it — what to ask in the last interviews on day two.

Columns: documents, the website, the municipality's answer, then each interview group that the
plan has a session for (the bank's order). A question *expects* a column when its bank sources
include `dokument` / `webb`, when it is in the questionnaire (scope.questionnaire_questions),
or when its `groups` include the group. It is *covered* when an undeleted note tied to it has
that source: a document note, a web note, an imported municipality answer, or an interview
note from a session for that group. "No evidence at all" counts only the auditors' own notes
(the municipality's answer is its account, not evidence). A planned group is interviewed once
one of its sessions is held or has an interview note.

The same figures feed the window's coverage view, the workbook sheet "Täckning" and
`summary --json`'s "coverage" key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kompassapp.bank.model import Area, Bank, Question
from kompassapp.prepare.scope import questionnaire_questions
from kompassapp.records import MUNICIPALITY, Note, Session

FIXED = (("document", "Dokument", "dokument"), ("web", "Webb", "webb"), ("municipality", "Kommunens svar", ""))


@dataclass(frozen=True)
class Column:
    key: str  # document | web | municipality | group:<id>
    label: str
    group: str = ""  # the bank's group id for a group column


@dataclass(frozen=True)
class Cell:
    expected: tuple[str, ...]  # question ids that expect the source
    covered: tuple[str, ...]  # those of them that have evidence from it

    @property
    def text(self) -> str:
        return f"{len(self.covered)} / {len(self.expected)}" if self.expected else "–"


@dataclass(frozen=True)
class Coverage:
    columns: tuple[Column, ...]
    areas: tuple[tuple[Area, tuple[Cell, ...]], ...]
    totals: tuple[Cell, ...]
    no_evidence: tuple[str, ...]  # question ids, the bank's order
    not_interviewed: tuple[str, ...]  # planned group ids not yet interviewed
    has_groups: bool  # False for a bank without interview groups (format /1)

    def cell(self, area_id: str, key: str) -> Cell:
        i = [c.key for c in self.columns].index(key)
        return next(cells[i] for a, cells in self.areas if a.id == area_id)

    def to_json(self) -> dict:
        """The `coverage` key of `summary --json`."""
        def counts(cells: tuple[Cell, ...]) -> dict:
            return {c.key: {"covered": len(x.covered), "expected": len(x.expected)} for c, x in zip(self.columns, cells)}

        return {
            "columns": [{"key": c.key, "label": c.label, **({"group": c.group} if c.group else {})}
                        for c in self.columns],
            "areas": [{"id": a.id, "cells": counts(cells)} for a, cells in self.areas],
            "total": counts(self.totals),
            "no_evidence": list(self.no_evidence),
            "groups_not_interviewed": list(self.not_interviewed),
        }


def compute(bank: Bank, sessions: Iterable[Session], notes: Iterable[Note]) -> Coverage:
    """Coverage from the undeleted sessions and notes (deleted ones are skipped if given)."""
    sessions = [s for s in sessions if not s.deleted]
    by_session = {s.id: s for s in sessions}
    planned = {g for s in sessions for g in s.bank_groups}
    groups = [g for g in bank.groups if g.id in planned]
    columns = (*(Column(k, label) for k, label, _ in FIXED), *(Column(f"group:{g.id}", g.label, g.id) for g in groups))
    in_questionnaire = {q.id for q in questionnaire_questions(bank)}
    kinds: dict[str, set[str]] = {}
    heard: dict[str, set[str]] = {}  # question id → groups whose interviews have notes on it
    spoken: set[str] = set()  # sessions with interview notes
    for n in notes:
        if n.deleted:
            continue
        for q in n.question_ids:
            kinds.setdefault(q, set()).add(n.source_kind)
        if n.source_kind == "interview" and n.session_id in by_session:
            spoken.add(n.session_id)
            for q in n.question_ids:
                heard.setdefault(q, set()).update(by_session[n.session_id].bank_groups)

    def expects(q: Question, c: Column) -> bool:
        if c.group:
            return c.group in q.groups
        if c.key == "municipality":
            return q.id in in_questionnaire
        return dict((k, s) for k, _, s in FIXED)[c.key] in q.sources

    def covers(q: Question, c: Column) -> bool:
        if c.group:
            return c.group in heard.get(q.id, ())
        return c.key in kinds.get(q.id, ())

    def cells(questions: list[Question]) -> tuple[Cell, ...]:
        out = []
        for c in columns:
            expected = [q.id for q in questions if expects(q, c)]
            out.append(Cell(tuple(expected), tuple(q.id for q in questions if q.id in expected and covers(q, c))))
        return tuple(out)

    areas = tuple((a, cells(a.questions)) for a in bank.areas)
    totals = cells(list(bank.questions.values()))
    no_evidence = tuple(q for q in bank.questions if not kinds.get(q, set()) - {MUNICIPALITY})
    interviewed = {g for s in sessions if s.state == "held" or s.id in spoken for g in s.bank_groups}
    return Coverage(columns, areas, totals, no_evidence, tuple(g.id for g in groups if g.id not in interviewed),
                    bool(bank.groups))


def coverage(ev) -> Coverage:
    """The coverage of an open evaluation."""
    return compute(ev.bank, ev.sessions(), ev.iter_notes(text_limit=0))
