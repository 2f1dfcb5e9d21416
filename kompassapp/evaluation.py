"""One evaluation: the domain API every screen, export and command goes through.

Each method that changes something writes it, with its change-log entries, in one
transaction before it returns (there is no unsaved state), then tells the observers
what changed so that views can refresh just that. Records are never removed: deleting
sets a flag, so undo is a plain restore and team copies can be merged later.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kompassapp import storage
from kompassapp.bank import bundled_translations, translate
from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.observe import Observers
from kompassapp.scoring import NA, Profile, score

STATUSES = ("not_started", "draft", "done")
SOURCE_KINDS = ("interview", "document", "web", "observation")
FINDING_KINDS = ("strength", "development", "example")
_UNSET: Any = object()


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def new_id() -> str:
    return uuid.uuid4().hex


# -- records --------------------------------------------------------------------------
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
    status: str = "not_started"
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
class Note:
    id: str
    text: str
    source_kind: str  # interview | document | web | observation
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


@dataclass(frozen=True)
class Change:
    """What an edit touched: `kind` is a record kind ("answer", "note", …) or "info"."""

    kind: str
    ids: tuple[str, ...] = ()


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
_READONLY = {"id", "deleted", "author", "updated_at", "created_at"}


def _to_db(value: Any) -> Any:
    return json.dumps(list(value), ensure_ascii=False) if isinstance(value, tuple) else value


def _from_row(cls: type, row: sqlite3.Row) -> Any:
    values = {}
    for f in fields(cls):
        if f.name not in row.keys():
            continue
        v = row[f.name]
        if f.name == "deleted":
            v = bool(v)
        elif f.name == "auditors":
            v = _name_list(v)
        values[f.name] = v
    return cls(**values)


def _name_list(text: str) -> tuple[str, ...]:
    """A stored JSON list of names; damaged text is kept as one name rather than lost."""
    try:
        names = json.loads(text)
    except ValueError:
        return (text,)
    return tuple(str(n) for n in names) if isinstance(names, list) else (str(names),)


def _log_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


class Evaluation:
    """An open `.kompass` file. Use `Evaluation.create(...)` or `Evaluation.open(path)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, author: str = "",
                 clock: Callable[[], str] = utc_now):
        self.path = path
        self.conn = conn
        self.author = author  # stamped on every edit and log entry; the GUI passes the settings' name
        self.clock = clock
        self.changed = Observers()  # callbacks receive a Change
        self.reload()

    def reload(self) -> None:
        """Re-read the details kept in memory (after a merge or upgrade changed them in the file)."""
        meta = self._meta()
        self.bank = Bank.from_dict(meta["bank"])
        self.auditor: str = meta.get("auditor", "")  # whose copy this is: their answers are the editable ones
        self.evaluation_id: str = meta.get("evaluation_id", "")  # shared by all copies of one evaluation
        self._translations: dict[str, dict] = meta.get("translations", {})
        self._info = Info(**{f.name: meta[f.name] for f in fields(Info) if f.name in meta})

    # -- life cycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, bank: Bank, *, municipality: str, year: int, visit_start: str = "",
               visit_end: str = "", team: Iterable[str] = (), author: str = "", demo: bool = False,
               notice: str = "", clock: Callable[[], str] = utc_now) -> Evaluation:
        path = Path(path)
        if not municipality.strip():
            raise KompassError("the municipality's name is empty")
        conn = storage.create(path)
        now = clock()
        meta = {
            "bank": bank.to_dict(), "municipality": municipality.strip(), "year": int(year),
            "visit_start": visit_start, "visit_end": visit_end, "demo": demo, "notice": notice,
            "created_at": now, "created_by": author, "auditor": author, "evaluation_id": new_id(),
            # translations go into the file with the bank, so it reads the same in years to come
            "translations": bundled_translations(bank),
        }
        with storage.transaction(conn):
            conn.executemany("INSERT INTO meta VALUES (?, ?)",
                             [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()])
        evaluation = cls(path, conn, author=author, clock=clock)
        for name in team:
            evaluation.add("member", name=name)
        return evaluation

    @classmethod
    def open(cls, path: str | Path, *, author: str = "", clock: Callable[[], str] = utc_now) -> Evaluation:
        path = Path(path)
        conn = storage.open_existing(path)
        try:
            return cls(path, conn, author=author, clock=clock)
        except (KeyError, TypeError, ValueError, sqlite3.Error) as exc:
            conn.close()
            raise KompassError(f"{path}: the file is damaged (its bank or details cannot be read: {exc})") from None

    def close(self) -> None:
        storage.close(self.conn)

    def __enter__(self) -> Evaluation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------
    def _meta(self) -> dict[str, Any]:
        rows = self.conn.execute("SELECT key, value FROM meta").fetchall()  # done with the cursor before parsing
        return {k: json.loads(v) for k, v in rows}

    def log(self, entity: str, entity_id: str, field: str, old: Any, new: Any, now: str) -> None:
        """Add a change-log entry; call inside `batch` (or an edit method) so it commits with the change."""
        self.conn.execute(
            "INSERT INTO changelog (id, at, author, entity, entity_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), now, self.author, entity, entity_id, field, _log_text(old), _log_text(new)))

    @contextmanager
    def batch(self, kind: str, ids: tuple[str, ...] = ()) -> Iterator[str]:
        """One durable transaction for a change of many rows (an upgrade, a merge); yields its time.

        Observers hear of it once, after the commit.
        """
        now = self.clock()
        try:
            with storage.transaction(self.conn):
                yield now
        except sqlite3.IntegrityError as exc:
            raise KompassError(f"the change was refused: {exc}") from None
        except sqlite3.OperationalError as exc:
            raise KompassError(f"{self.path}: the change could not be stored ({exc}); "
                               "check that the disk is present and not full") from None
        self.changed.emit(Change(kind, ids))

    def _write(self, kind: str, ids: tuple[str, ...], work: Callable[[str], None]) -> None:
        with self.batch(kind, ids) as now:
            work(now)

    def _check_question(self, question_id: str) -> None:
        if question_id not in self.bank.questions:
            raise KompassError(f"unknown question '{question_id}' in bank {self.bank.id}")

    def bank_in(self, language: str) -> Bank:
        """The bank with its texts in `language` where a translation exists, else as it is."""
        data = self._translations.get(language)
        return translate(self.bank, data) if data and language != self.bank.language else self.bank

    @property
    def languages(self) -> list[str]:
        return sorted({self.bank.language, *self._translations})

    # -- evaluation details -----------------------------------------------------------
    @property
    def info(self) -> Info:
        return self._info

    def update_info(self, **changes: Any) -> None:
        allowed = {f.name for f in fields(Info)}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"unknown detail(s): {', '.join(sorted(unknown))}")
        old = self._info
        new = replace(old, **changes)

        try:
            with self.batch("info") as now:
                for name, value in changes.items():
                    if getattr(old, name) != value:
                        self.conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                                          (json.dumps(value, ensure_ascii=False), name))
                        self.log("info", "", name, getattr(old, name), value, now)
                self._info = new  # before the batch ends: observers hear of it with the new details in place
        except BaseException:
            self._info = old
            raise

    # -- answers ----------------------------------------------------------------------
    # Each copy of an evaluation belongs to one auditor (`self.auditor`), who edits only their
    # own answers. After copies are merged a question may hold several auditors' answers; the
    # answer that counts (`answers()`, `choices()`) is the agreed one if the lead set it, else
    # the answer all auditors share. Auditors who disagree leave the question open until then.
    def _check_choice(self, question_id: str, choice: str | None) -> None:
        self._check_question(question_id)
        if choice is None:
            return
        question = self.bank.questions[question_id]
        if choice == NA:
            if not question.na_allowed:
                raise KompassError(f"question {question_id} cannot be answered 'ej tillämplig'")
        elif self.bank.scales[question.scale].option(choice) is None:
            keys = ", ".join(o.key for o in self.bank.scales[question.scale].options)
            raise KompassError(f"'{choice}' is not an option of question {question_id} (options: {keys})")

    def answer(self, question_id: str) -> Answer:
        """This copy's auditor's own answer (what the question panel edits)."""
        row = self.conn.execute("SELECT * FROM answers WHERE question_id = ? AND auditor = ?",
                                (question_id, self.auditor)).fetchone()
        return _from_row(Answer, row) if row else Answer(question_id, auditor=self.auditor)

    def set_answer(self, question_id: str, *, choice: str | None = _UNSET, comment: str = _UNSET,
                   status: str = _UNSET) -> Answer:
        """Change this auditor's answer, comment and/or status for a question; returns the stored answer."""
        self._check_choice(question_id, None if choice is _UNSET else choice)
        if status is not _UNSET and status not in STATUSES:
            raise KompassError(f"unknown status '{status}' (one of: {', '.join(STATUSES)})")
        old = self.answer(question_id)
        new = replace(old, **{k: v for k, v in (("choice", choice), ("comment", comment), ("status", status))
                              if v is not _UNSET})
        if status is _UNSET and new.status == "not_started" and (new.choice is not None or new.comment):
            new = replace(new, status="draft")  # touching a question starts it

        def work(now: str) -> None:
            self.conn.execute(
                "INSERT INTO answers (question_id, auditor, choice, comment, status, author, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id, auditor) DO UPDATE SET"
                " choice = excluded.choice, comment = excluded.comment, status = excluded.status,"
                " author = excluded.author, updated_at = excluded.updated_at",
                (question_id, self.auditor, new.choice, new.comment, new.status, self.author, now))
            for name in ("choice", "comment", "status"):
                if getattr(old, name) != getattr(new, name):
                    self.log("answer", question_id, name, getattr(old, name), getattr(new, name), now)

        self._write("answer", (question_id,), work)
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
                out.setdefault(r["question_id"], {})[r["auditor"]] = _from_row(Answer, r)
        return out

    def consensus(self, question_ids: Iterable[str] | None = None) -> dict[str, Answer]:
        """Question id → the answer the team agreed on (set by the lead with `set_consensus`)."""
        where, args = self._only(question_ids)
        rows = self.conn.execute(f"SELECT * FROM consensus WHERE decided = 1{where}", args)
        return {r["question_id"]: Answer(r["question_id"], r["choice"], r["comment"], "done", r["author"],
                                         r["updated_at"]) for r in rows if r["question_id"] in self.bank.questions}

    def set_consensus(self, question_id: str, choice: str | None, comment: str = "", *,
                      decided: bool = True) -> None:
        """Record the agreed answer for a question (or withdraw it with decided=False); logged."""
        self._check_choice(question_id, choice)
        old = self.consensus([question_id]).get(question_id)

        def work(now: str) -> None:
            self.conn.execute(
                "INSERT INTO consensus (question_id, decided, choice, comment, author, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET decided = excluded.decided,"
                " choice = excluded.choice, comment = excluded.comment, author = excluded.author,"
                " updated_at = excluded.updated_at",
                (question_id, int(decided), choice if decided else None, comment if decided else "", self.author, now))
            self.log("consensus", question_id, "choice", old.choice if old else None, choice if decided else None, now)

        self._write("answer", (question_id,), work)

    def answers(self, question_ids: Iterable[str] | None = None) -> dict[str, Answer]:
        """The answer that counts per question: agreed, else shared by all auditors (see above).

        A question whose auditors disagree and that has no agreed answer comes back with
        choice None (open); `disputed()` lists those. `question_ids` limits it to those questions.
        """
        agreed = self.consensus(question_ids)
        out: dict[str, Answer] = {}
        for qid, by_auditor in self.auditor_answers(question_ids).items():
            if qid in agreed:
                out[qid] = agreed[qid]
                continue
            if len(by_auditor) == 1:
                out[qid] = next(iter(by_auditor.values()))
                continue
            answers = list(by_auditor.values())
            chosen = {a.choice for a in answers if a.choice is not None}
            comments = [f"{a.auditor}: {a.comment}" for a in answers if a.comment]
            latest = max(answers, key=lambda a: a.updated_at)
            statuses = {a.status for a in answers}
            out[qid] = replace(latest, choice=chosen.pop() if len(chosen) == 1 else None,
                               comment="\n".join(comments), auditor="",
                               status="done" if statuses == {"done"} else "draft")
        for qid, a in agreed.items():
            out.setdefault(qid, a)
        return out

    def disputed(self, question_ids: Iterable[str] | None = None) -> list[str]:
        """Questions where auditors chose different options and no agreed answer is set yet."""
        agreed = self.consensus(question_ids)
        return [qid for qid, by in self.auditor_answers(question_ids).items()
                if qid not in agreed and len({a.choice for a in by.values() if a.choice is not None}) > 1]

    def choices(self, auditor: str | None = None) -> dict[str, str]:
        """Question id → option key or NA: the answers that count, or one auditor's own."""
        if auditor is not None:
            rows = self.conn.execute("SELECT question_id, choice FROM answers WHERE auditor = ? AND choice IS NOT NULL",
                                     (auditor,))
            return dict(rows.fetchall())
        # The same rule as answers(), without building records: this runs on every chart update.
        by_question: dict[str, set[str]] = {}
        for qid, choice in self.conn.execute("SELECT question_id, choice FROM answers WHERE choice IS NOT NULL"):
            by_question.setdefault(qid, set()).add(choice)
        out = {qid: next(iter(c)) for qid, c in by_question.items() if len(c) == 1}
        for qid, choice in self.conn.execute("SELECT question_id, choice FROM consensus WHERE decided = 1"):
            if choice is None:
                out.pop(qid, None)
            else:
                out[qid] = choice
        return out

    def auditors(self) -> list[str]:
        """Auditors who have answers in this file (more than one after a merge)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT auditor FROM answers ORDER BY auditor")]

    def profile(self, auditor: str | None = None) -> Profile:
        """Scores from the answers that count, or from one auditor's own answers."""
        return score(self.bank, self.choices(auditor))

    # -- registers and findings (generic records) ------------------------------------
    def _record_table(self, kind: str) -> tuple[str, type]:
        if kind not in RECORDS:
            raise TypeError(f"unknown record kind '{kind}'")
        return RECORDS[kind]

    def add(self, kind: str, /, **values: Any) -> Any:
        """Add a member, session, participant, document or finding; returns the stored record."""
        table, cls = self._record_table(kind)
        record_id = values.pop("id", None) or new_id()
        self._validate(kind, values)
        if kind in ("member", "finding") and "position" not in values:
            where, args = ("WHERE area_id = ?", (values.get("area_id"),)) if kind == "finding" else ("", ())
            values["position"] = self.conn.execute(f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table} {where}",
                                                   args).fetchone()[0]

        def work(now: str) -> None:
            cols = ["id", *values, "author", "updated_at"]
            self.conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                              (record_id, *map(_to_db, values.values()), self.author, now))
            self.log(kind, record_id, "created", None, json.dumps({k: _log_text(v) for k, v in values.items()},
                                                                   ensure_ascii=False), now)

        self._write(kind, (record_id,), work)
        return self.get(kind, record_id)

    def get(self, kind: str, record_id: str, /) -> Any:
        table, cls = self._record_table(kind)
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise KompassError(f"no {kind} with id {record_id}")
        return _from_row(cls, row)

    def update(self, kind: str, record_id: str, /, **changes: Any) -> Any:
        """Change fields of a record; returns the stored record."""
        table, cls = self._record_table(kind)
        old = self.get(kind, record_id)
        bad = set(changes) - ({f.name for f in fields(cls)} - _READONLY - {"session_id", "area_id"})
        if bad:
            raise TypeError(f"{kind}: cannot change {', '.join(sorted(bad))}")
        self._validate(kind, {**{f.name: getattr(old, f.name) for f in fields(cls)}, **changes})
        changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
        if not changed:
            return old

        def work(now: str) -> None:
            sets = ", ".join(f"{k} = ?" for k in changed)
            self.conn.execute(f"UPDATE {table} SET {sets}, author = ?, updated_at = ? WHERE id = ?",
                              (*map(_to_db, changed.values()), self.author, now, record_id))
            for k, v in changed.items():
                self.log(kind, record_id, k, getattr(old, k), v, now)

        self._write(kind, (record_id,), work)
        return self.get(kind, record_id)

    def set_deleted(self, kind: str, record_id: str, deleted: bool = True) -> None:
        """Delete (or restore) a record or a note. Nothing is ever erased from the file."""
        table = "notes" if kind == "note" else self._record_table(kind)[0]
        row = self.conn.execute(f"SELECT deleted FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise KompassError(f"no {kind} with id {record_id}")
        if bool(row[0]) == deleted:
            return

        def work(now: str) -> None:
            self.conn.execute(f"UPDATE {table} SET deleted = ?, author = ?, updated_at = ? WHERE id = ?",
                              (int(deleted), self.author, now, record_id))
            self.log(kind, record_id, "deleted", str(not deleted).lower(), str(deleted).lower(), now)

        self._write(kind, (record_id,), work)

    def _validate(self, kind: str, values: dict[str, Any]) -> None:
        if kind == "finding":
            if values.get("kind") not in FINDING_KINDS:
                raise KompassError(f"a finding's kind must be one of {', '.join(FINDING_KINDS)}")
            if not str(values.get("text", "")).strip():
                raise KompassError("a finding's text is empty")
            if all(a.id != values.get("area_id") for a in self.bank.areas):
                raise KompassError(f"unknown area '{values.get('area_id')}'")
        elif kind == "participant":
            session = self.conn.execute("SELECT 1 FROM sessions WHERE id = ?", (values.get("session_id"),)).fetchone()
            if session is None:
                raise KompassError(f"no interview session with id {values.get('session_id')}")
        if "auditors" in values:
            values["auditors"] = tuple(values["auditors"])

    def _records(self, kind: str, where: str = "", args: tuple = (), include_deleted: bool = False,
                 order: str = "rowid") -> list[Any]:
        table, cls = self._record_table(kind)
        clauses = [c for c in (where, "" if include_deleted else "deleted = 0") if c]
        sql = f"SELECT * FROM {table}" + (f" WHERE {' AND '.join(clauses)}" if clauses else "") + f" ORDER BY {order}"
        return [_from_row(cls, r) for r in self.conn.execute(sql, args)]

    def team(self) -> list[Member]:
        return self._records("member", order="position, rowid")

    def sessions(self, include_deleted: bool = False) -> list[Session]:
        return self._records("session", include_deleted=include_deleted, order="starts_at, rowid")

    def participants(self, session_id: str | None = None, include_deleted: bool = False) -> list[Participant]:
        where, args = ("session_id = ?", (session_id,)) if session_id else ("", ())
        return self._records("participant", where, args, include_deleted)

    def documents(self, include_deleted: bool = False) -> list[Document]:
        return self._records("document", include_deleted=include_deleted, order="date, rowid")

    def findings(self, area_id: str | None = None, include_deleted: bool = False) -> list[Finding]:
        where, args = ("area_id = ?", (area_id,)) if area_id else ("", ())
        return self._records("finding", where, args, include_deleted, order="area_id, position, rowid")

    # -- evidence notes ---------------------------------------------------------------
    def add_note(self, text: str, *, question_ids: Iterable[str] = (), source_kind: str = "observation",
                 session_id: str | None = None, participant_id: str | None = None,
                 document_id: str | None = None, url: str = "", area_id: str = "") -> Note:
        note = Note(new_id(), text, source_kind, session_id, participant_id, document_id, url, area_id,
                    tuple(dict.fromkeys(question_ids)))
        self._validate_note(note)

        def work(now: str) -> None:
            self.conn.execute(
                "INSERT INTO notes (id, text, source_kind, session_id, participant_id, document_id, url, area_id,"
                " author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (note.id, note.text, note.source_kind, note.session_id, note.participant_id, note.document_id,
                 note.url, note.area_id, self.author, now, now))
            self.conn.executemany("INSERT INTO note_questions VALUES (?, ?)", [(note.id, q) for q in note.question_ids])
            self.log("note", note.id, "created", None, note.text, now)

        self._write("note", (note.id,), work)
        return self.note(note.id)

    def update_note(self, note_id: str, **changes: Any) -> Note:
        old = self.note(note_id)
        if "question_ids" in changes:
            changes["question_ids"] = tuple(dict.fromkeys(changes["question_ids"]))
        bad = set(changes) - ({f.name for f in fields(Note)} - _READONLY)
        if bad:
            raise TypeError(f"note: cannot change {', '.join(sorted(bad))}")
        new = replace(old, **changes)
        self._validate_note(new)
        changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
        if not changed:
            return old

        def work(now: str) -> None:
            columns = {k: v for k, v in changed.items() if k != "question_ids"}
            sets = "".join(f"{k} = ?, " for k in columns)
            self.conn.execute(f"UPDATE notes SET {sets}author = ?, updated_at = ? WHERE id = ?",
                              (*columns.values(), self.author, now, note_id))
            if "question_ids" in changed:
                self.conn.execute("DELETE FROM note_questions WHERE note_id = ?", (note_id,))
                self.conn.executemany("INSERT INTO note_questions VALUES (?, ?)",
                                      [(note_id, q) for q in new.question_ids])
            for k, v in changed.items():
                self.log("note", note_id, k, getattr(old, k), v, now)

        self._write("note", (note_id,), work)
        return self.note(note_id)

    def _validate_note(self, note: Note) -> None:
        if not note.text.strip():
            raise KompassError("the note is empty")
        if note.source_kind not in SOURCE_KINDS:
            raise KompassError(f"unknown source kind '{note.source_kind}' (one of: {', '.join(SOURCE_KINDS)})")
        for q in note.question_ids:
            self._check_question(q)
        if note.area_id and all(a.id != note.area_id for a in self.bank.areas):
            raise KompassError(f"unknown area '{note.area_id}'")
        required = {"interview": ("session_id", "an interview session"), "document": ("document_id", "a document"),
                    "web": ("url", "a web address")}.get(note.source_kind)
        if required and not getattr(note, required[0]):
            raise KompassError(f"a note from {required[1]} must name {required[1]}")

    _NOTE_SQL = ("SELECT n.*, (SELECT group_concat(question_id, char(31)) FROM note_questions q"
                 " WHERE q.note_id = n.id) AS qids FROM notes n")

    def _note_from(self, row: sqlite3.Row) -> Note:
        note = _from_row(Note, row)
        return replace(note, question_ids=tuple(sorted(row["qids"].split("\x1f"))) if row["qids"] else ())

    def note(self, note_id: str) -> Note:
        row = self.conn.execute(self._NOTE_SQL + " WHERE n.id = ?", (note_id,)).fetchone()
        if row is None:
            raise KompassError(f"no note with id {note_id}")
        return self._note_from(row)

    def notes(self, *, question_id: str | None = None, session_id: str | None = None,
              participant_id: str | None = None, include_deleted: bool = False) -> list[Note]:
        """Notes, oldest first, optionally those of one question, session or participant."""
        clauses, args = [], []
        if question_id:
            clauses.append("n.id IN (SELECT note_id FROM note_questions WHERE question_id = ?)")
            args.append(question_id)
        for column, value in (("session_id", session_id), ("participant_id", participant_id)):
            if value:
                clauses.append(f"n.{column} = ?")
                args.append(value)
        if not include_deleted:
            clauses.append("n.deleted = 0")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return [self._note_from(r) for r in self.conn.execute(self._NOTE_SQL + where + " ORDER BY n.created_at, n.rowid", args)]

    def iter_notes(self, *, include_deleted: bool = False) -> Iterator[Note]:
        """All notes as `notes()` gives them, one at a time: an export of a million notes, or of one
        note of hundreds of megabytes, need not hold them all. Only the order is sorted (sorting
        whole rows would copy every text into SQLite's sorter); each note is then read by itself."""
        where = "" if include_deleted else " WHERE deleted = 0"
        for (rowid,) in self.conn.execute(f"SELECT rowid FROM notes{where} ORDER BY created_at, rowid"):
            yield self._note_from(self.conn.execute(self._NOTE_SQL + " WHERE n.rowid = ?", (rowid,)).fetchone())

    def note_counts(self) -> dict[str, int]:
        """Question id → number of (undeleted) notes tied to it."""
        return dict(self.conn.execute(
            "SELECT q.question_id, COUNT(*) FROM note_questions q JOIN notes n ON n.id = q.note_id"
            " WHERE n.deleted = 0 GROUP BY q.question_id").fetchall())

    # -- change log -------------------------------------------------------------------
    def changelog(self, entity_id: str | None = None) -> list[LogEntry]:
        sql, args = "SELECT * FROM changelog", ()
        if entity_id is not None:
            sql, args = sql + " WHERE entity_id = ?", (entity_id,)
        return [LogEntry(**dict(r)) for r in self.conn.execute(sql + " ORDER BY seq", args)]
