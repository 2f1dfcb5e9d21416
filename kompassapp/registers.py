"""Registers and findings: members, interview sessions, participants, documents, findings.

They share one generic path (`add`, `get`, `update`, `set_deleted`) keyed by record kind.
Records are never removed: deleting sets a flag.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from kompassapp.edits import Edits
from kompassapp.errors import KompassError
from kompassapp.records import (DOCUMENT_STATUSES, FINDING_KINDS, LIST_FIELDS, READONLY_FIELDS, RECORDS,
                                SESSION_STATES, ChangeKind, Document, Finding, Member, Participant, Session, from_row,
                                log_text, new_id, to_db)


class RecordEdits(Edits):
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
                              (record_id, *map(to_db, values.values()), self.author, now))
            self._log(kind, record_id, "created", None, json.dumps({k: log_text(v) for k, v in values.items()},
                                                                   ensure_ascii=False), now)

        self._write(ChangeKind(kind), (record_id,), work)
        return self.get(kind, record_id)

    def get(self, kind: str, record_id: str, /) -> Any:
        table, cls = self._record_table(kind)
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise KompassError(f"no {kind} with id {record_id}")
        return from_row(cls, row)

    def update(self, kind: str, record_id: str, /, **changes: Any) -> Any:
        """Change fields of a record; returns the stored record."""
        table, cls = self._record_table(kind)
        old = self.get(kind, record_id)
        bad = set(changes) - ({f.name for f in fields(cls)} - READONLY_FIELDS - {"session_id", "area_id"})
        if bad:
            raise TypeError(f"{kind}: cannot change {', '.join(sorted(bad))}")
        self._validate(kind, {**{f.name: getattr(old, f.name) for f in fields(cls)}, **changes})
        changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
        if not changed:
            return old

        def work(now: str) -> None:
            sets = ", ".join(f"{k} = ?" for k in changed)
            self.conn.execute(f"UPDATE {table} SET {sets}, author = ?, updated_at = ? WHERE id = ?",
                              (*map(to_db, changed.values()), self.author, now, record_id))
            for k, v in changed.items():
                self._log(kind, record_id, k, getattr(old, k), v, now)

        self._write(ChangeKind(kind), (record_id,), work)
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
            self._log(kind, record_id, "deleted", str(not deleted).lower(), str(deleted).lower(), now)

        self._write(ChangeKind(kind), (record_id,), work)

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
        for name in LIST_FIELDS & set(values):
            values[name] = tuple(values[name])
        if kind == "session":
            if values.get("state", "held") not in SESSION_STATES:
                raise KompassError(f"a session's state must be one of {', '.join(SESSION_STATES)}")
            unknown = [g for g in values.get("bank_groups", ()) if g not in self.bank.group_by_id]
            if unknown:
                raise KompassError(f"the bank has no interview group '{unknown[0]}'" if self.bank.groups else
                                   "the bank has no interview groups (format kompassapp-bank/1)")
        elif kind == "document":
            if values.get("status", "received") not in DOCUMENT_STATUSES:
                raise KompassError(f"a document's status must be one of {', '.join(DOCUMENT_STATUSES)}")
            wanted = values.get("bank_document", "")
            if wanted and wanted not in self.bank.document_by_id:
                raise KompassError(f"the bank has no document '{wanted}'" if self.bank.documents else
                                   "the bank lists no documents (format kompassapp-bank/1)")

    def _records(self, kind: str, where: str = "", args: tuple = (), include_deleted: bool = False,
                 order: str = "rowid") -> list[Any]:
        table, cls = self._record_table(kind)
        clauses = [c for c in (where, "" if include_deleted else "deleted = 0") if c]
        sql = f"SELECT * FROM {table}" + (f" WHERE {' AND '.join(clauses)}" if clauses else "") + f" ORDER BY {order}"
        return [from_row(cls, r) for r in self.conn.execute(sql, args)]

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
