"""The records an evaluation holds, as the domain API hands them out (frozen dataclasses).

Also the vocabulary shared by the domain and its views: answer statuses, change kinds,
source and finding kinds, and the conversion between records and table rows.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """How far an auditor has come with a question (stored as its value)."""

    NOT_STARTED = "not_started"
    DRAFT = "draft"
    DONE = "done"


class ChangeKind(StrEnum):
    """What a change touched, as observers hear of it: a record kind, or more."""

    INFO = "info"
    ANSWER = "answer"  # an auditor's own answer or the agreed one
    NOTE = "note"
    MEMBER = "member"
    SESSION = "session"
    PARTICIPANT = "participant"
    DOCUMENT = "document"
    FINDING = "finding"
    ANALYSIS = "analysis"  # an analysis text: per area, the summary, the introduction, the conclusion
    BANK = "bank"  # the bank revision (an upgrade): the window opens the file anew
    ALL = "all"  # anything may have changed (a merge): read everything anew


STATUSES = tuple(s.value for s in Status)  # plain strings, in their order of progress
SOURCE_KINDS = ("interview", "document", "web", "observation", "municipality")
# The municipality's own account (from the questionnaire): never the auditors' evidence, only ever imported.
MUNICIPALITY = "municipality"
AUDITOR_SOURCE_KINDS = tuple(k for k in SOURCE_KINDS if k != MUNICIPALITY)
SESSION_STATES = ("planned", "held")  # a planned interview; a held one (every session made before plans existed)
DOCUMENT_STATUSES = ("requested", "received", "read")
FINDING_KINDS = ("strength", "development", "example")
ANALYSIS_KINDS = ("area", "summary", "introduction", "conclusion")  # "area": one text per area (area_id)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Info:
    municipality: str
    year: int
    visit_start: str = ""
    visit_end: str = ""
    demo: bool = False
    notice: str = ""  # shown wherever the evaluation appears, e.g. "demonstration data"


@dataclass(frozen=True)
class Answer:
    question_id: str
    choice: str | None = None  # an option key of the question's scale, NA, or None (open)
    comment: str = ""
    status: str = Status.NOT_STARTED
    author: str = ""
    updated_at: str = ""
    auditor: str = ""  # whose answer this is (each copy of an evaluation belongs to one auditor)


@dataclass(frozen=True)
class Member:
    id: str
    name: str = ""
    role: str = ""
    position: int = 0
    deleted: bool = False
    author: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Session:
    """An interview session: usually a group (e.g. "Ledande politiker") with several participants."""

    id: str
    starts_at: str = ""
    ends_at: str = ""
    group_name: str = ""
    auditors: tuple[str, ...] = ()
    place: str = ""
    deleted: bool = False
    author: str = ""
    updated_at: str = ""
    bank_groups: tuple[str, ...] = ()  # the bank's interview group ids the session is for
    planned_participants: tuple[str, ...] = ()  # whom the plan expects: a role, "3 enhetschefer" or a name
    state: str = "held"  # planned | held; `auditors` are the ones who lead the interview


@dataclass(frozen=True)
class Participant:
    id: str
    session_id: str
    name: str = ""
    role: str = ""
    unit: str = ""
    deleted: bool = False
    author: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Document:
    id: str
    title: str = ""
    kind: str = ""
    date: str = ""
    link: str = ""
    deleted: bool = False
    author: str = ""
    updated_at: str = ""
    status: str = "received"  # requested | received | read
    bank_document: str = ""  # the bank's document id this is (or "")


@dataclass(frozen=True)
class Finding:
    id: str
    area_id: str
    kind: str  # strength | development | example
    text: str
    municipality: str = ""  # for good examples: where the example comes from
    position: int = 0
    deleted: bool = False
    author: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Analysis:
    """An analysis text of the written report: an area's (kind "area", with its area id), or the
    evaluation's summary, introduction to the municipality or conclusion (area id "")."""

    id: str
    kind: str
    text: str = ""
    area_id: str = ""
    deleted: bool = False
    author: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    source_kind: str  # interview | document | web | observation | municipality
    session_id: str | None = None
    participant_id: str | None = None
    document_id: str | None = None
    url: str = ""
    area_id: str = ""  # a note about an area as a whole
    question_ids: tuple[str, ...] = ()
    deleted: bool = False
    author: str = ""
    created_at: str = ""
    updated_at: str = ""
    provenance: str = ""  # municipality's answers: JSON {file, sheet, cell, imported_at}


@dataclass(frozen=True)
class Change:
    """What an edit touched: a `ChangeKind` (plain strings are accepted and checked) and the ids."""

    kind: ChangeKind
    ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ChangeKind(self.kind))


@dataclass(frozen=True)
class LogEntry:
    seq: int
    id: str
    at: str
    author: str
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None


# Record kinds edited through the generic add/update/set_deleted path: kind -> (table, class).
RECORDS: dict[str, tuple[str, type]] = {
    "member": ("team", Member),
    "session": ("sessions", Session),
    "participant": ("participants", Participant),
    "document": ("documents", Document),
    "finding": ("findings", Finding),
}
READONLY_FIELDS = {"id", "deleted", "author", "updated_at", "created_at", "provenance"}
LIST_FIELDS = {"auditors", "bank_groups", "planned_participants"}  # stored as JSON lists


def to_db(value: Any) -> Any:
    return json.dumps(list(value), ensure_ascii=False) if isinstance(value, tuple) else value


def from_row(cls: type, row: sqlite3.Row) -> Any:
    values = {}
    for f in fields(cls):
        if f.name not in row.keys():
            continue
        v = row[f.name]
        if f.name == "deleted":
            v = bool(v)
        elif f.name in LIST_FIELDS:
            v = name_list(v)
        values[f.name] = v
    return cls(**values)


def name_list(text: str) -> tuple[str, ...]:
    """A stored JSON list of names; damaged text is kept as one name rather than lost."""
    try:
        names = json.loads(text)
    except ValueError:
        return (text,)
    return tuple(str(n) for n in names) if isinstance(names, list) else (str(names),)


def log_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
