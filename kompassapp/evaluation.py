"""One evaluation: the domain API every screen, export and command goes through.

Each method that changes something writes it, with its change-log entries, in one
transaction before it returns (there is no unsaved state), then tells the observers
what changed so that views can refresh just that. Records are never removed: deleting
sets a flag, so undo is a plain restore and team copies can be merged later.

`Evaluation` is one class for its callers, assembled from the parts of the domain it
edits: answers (kompassapp.answers), registers and findings (kompassapp.registers) and
evidence notes (kompassapp.notes), all writing through the one edit path (kompassapp.edits).
The records it hands out are defined in kompassapp.records and importable from here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from kompassapp import crypto, fileio, storage
from kompassapp.analyses import AnalysisEdits
from kompassapp.answers import AnswerEdits
from kompassapp.bank import bundled_translations, translate
from kompassapp.bank.model import Bank
from kompassapp.edits import insert_rows
from kompassapp.errors import KompassError
from kompassapp.notes import NoteEdits
from kompassapp.observe import Observers
from kompassapp.records import (ANALYSIS_KINDS, FINDING_KINDS, RECORDS, SOURCE_KINDS, STATUSES, Analysis, Answer, Change,
                                ChangeKind, Document, Finding, Info, LogEntry, Member, Note, Participant, Session, Status,
                                new_id, utc_now)
from kompassapp.registers import RecordEdits

__all__ = ["ANALYSIS_KINDS", "Analysis", "FINDING_KINDS", "RECORDS", "SOURCE_KINDS", "STATUSES", "Answer", "Change", "ChangeKind", "Document",
           "Evaluation", "Finding", "Info", "LogEntry", "Member", "Note", "Participant", "Session", "Status", "new_id",
           "utc_now"]


def _older_format(path: Path) -> bool:
    """Whether opening `path` for editing may migrate it in place: its header's schema version is older
    (the header bytes only; storage checks everything else)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
        return len(head) == 64 and int.from_bytes(head[60:64], "big") < storage.SCHEMA_VERSION
    except OSError:
        return False  # storage reports it


class Evaluation(AnswerEdits, RecordEdits, NoteEdits, AnalysisEdits):
    """An open `.kompass` file. Use `Evaluation.create(...)` or `Evaluation.open(path)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, author: str = "",
                 clock: Callable[[], str] = utc_now):
        self.path = path
        self.conn = conn
        self.author = author  # stamped on every edit and log entry; the GUI passes the settings' name
        self.clock = clock
        self.changed = Observers()  # callbacks receive a Change
        self.readonly = False  # opened for reading only: every edit is refused
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
               notice: str = "", clock: Callable[[], str] = utc_now, passphrase: str | None = None) -> Evaluation:
        """A new evaluation file at `path`, open for editing; it appears under that name only when complete.

        With `passphrase` the file is encrypted (see kompassapp.crypto)."""
        with cls.building(path, bank, municipality=municipality, year=year, visit_start=visit_start,
                          visit_end=visit_end, team=team, author=author, demo=demo, notice=notice, clock=clock,
                          passphrase=passphrase):
            pass
        return cls.open(path, author=author, clock=clock)

    @classmethod
    @contextmanager
    def building(cls, path: str | Path, bank: Bank, *, municipality: str, year: int, visit_start: str = "",
                 visit_end: str = "", team: Iterable[str] = (), author: str = "", demo: bool = False,
                 notice: str = "", clock: Callable[[], str] = utc_now, passphrase: str | None = None
                 ) -> Iterator[Evaluation]:
        """A new evaluation to fill in the block, under a temporary name (see fileio.new_file).

        It is closed and renamed to `path` when the block returns; if the block fails or the
        process dies, `path` does not appear.
        """
        path = Path(path)
        if not municipality.strip():
            raise KompassError("the municipality's name is empty")
        with fileio.new_file(path) as tmp:
            conn = storage.create(tmp, key=crypto.new_key(passphrase) if passphrase else None)
            conn.execute("PRAGMA synchronous = OFF")  # no fsync per edit: the finished file is fsynced once
            now = clock()
            meta = {
                "bank": bank.to_dict(), "municipality": municipality.strip(), "year": int(year),
                "visit_start": visit_start, "visit_end": visit_end, "demo": demo, "notice": notice,
                "created_at": now, "created_by": author, "auditor": author, "evaluation_id": new_id(),
                # translations go into the file with the bank, so it reads the same in years to come
                "translations": bundled_translations(bank),
            }
            insert_rows(conn, meta)
            evaluation = cls(tmp, conn, author=author, clock=clock)
            try:
                for name in team:
                    evaluation.add("member", name=name)
                yield evaluation
            finally:
                evaluation.close()

    @classmethod
    def open(cls, path: str | Path, *, author: str = "", clock: Callable[[], str] = utc_now,
             readonly: bool = False) -> Evaluation:
        """Open for editing (an older file format is migrated in place, after a backup copy), or with
        `readonly` for reading only: then nothing is ever written to the file and edits are refused."""
        path = Path(path)
        if not readonly and _older_format(path):  # unreadable details refuse the file before it is migrated
            try:
                probe = storage.open_readonly(path)
            except KompassError:
                probe = None  # opening for editing says what is wrong
            if probe is not None:
                cls._details(path, probe, author, clock).close()
        conn = storage.open_readonly(path) if readonly else storage.open_existing(path)
        evaluation = cls._details(path, conn, author, clock)
        evaluation.readonly = readonly
        return evaluation

    @classmethod
    def _details(cls, path: Path, conn: sqlite3.Connection, author: str, clock: Callable[[], str]) -> Evaluation:
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
            with self._batch(ChangeKind.INFO) as now:
                for name, value in changes.items():
                    if getattr(old, name) != value:
                        self._set_meta(name, value)
                        self._log("info", "", name, getattr(old, name), value, now)
                self._info = new  # before the batch ends: observers hear of it with the new details in place
        except BaseException:
            self._info = old
            raise

    def set_auditor(self, auditor: str) -> None:
        """Make this copy the named auditor's own: their answers become the editable ones; logged."""
        if not auditor.strip():
            raise KompassError("the auditor's name is empty")
        old = self.auditor
        try:
            with self._batch(ChangeKind.INFO) as now:
                self._set_meta("auditor", auditor)
                self._log("info", "", "auditor", old, auditor, now)
                self.auditor = auditor
        except BaseException:
            self.auditor = old
            raise

    # -- change log -------------------------------------------------------------------
    def changelog(self, entity_id: str | None = None) -> list[LogEntry]:
        where, args = (" WHERE entity_id = ?", (entity_id,)) if entity_id is not None else ("", ())
        return [LogEntry(**dict(r)) for r in self.conn.execute(f"SELECT * FROM changelog{where} ORDER BY seq", args)]
