"""The one write path of an evaluation: transactions, the change log and authorship.

Every change to an evaluation file is written here or by the edit methods of the
`Evaluation` parts built on `Edits` (kompassapp.answers, .registers, .notes); nothing
else in the domain writes SQL (tests/test_edit_path.py checks it). The rules:

- one transaction per change; observers hear of it once, after the commit;
- a change made in this file is stamped with the evaluation's author and time, and
  every changed field gets a change-log entry by that author;
- rows taken from another copy (a merge) or from an export (an import) keep the
  authors and times they carry, and their change log comes with them, so the file
  still says who changed what.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kompassapp import storage
from kompassapp.bank import bundled_translations
from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.observe import Observers
from kompassapp.records import Change, ChangeKind, log_text, new_id

LOG_COLUMNS = ("id", "at", "author", "entity", "entity_id", "field", "old", "new")


def _insert(conn: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> None:
    cols = list(row)
    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", list(row.values()))


def insert_rows(conn: sqlite3.Connection, meta: Mapping[str, Any], tables: Mapping[str, Iterable[Mapping[str, Any]]] = {}
                ) -> None:
    """Fill a new, empty file with its details and rows as they are, in one transaction.

    For a file being made (a new evaluation, an import): the rows carry their own authors,
    times and change log, so an import adds no entry and export → import → export is exact.
    """
    with storage.transaction(conn):
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()])
        for table, rows in tables.items():
            for row in rows:
                _insert(conn, table, row)


class Edits:
    """The state every part of an evaluation shares, and the write path they all use."""

    path: Path
    conn: sqlite3.Connection
    author: str  # stamped on every edit and log entry; the GUI passes the settings' name
    auditor: str  # whose copy this is: their answers are the editable ones
    clock: Callable[[], str]
    changed: Observers  # callbacks receive a Change
    readonly: bool  # opened for reading only: every edit is refused
    bank: Bank

    def reload(self) -> None:
        raise NotImplementedError  # Evaluation re-reads the details it keeps in memory

    def _log(self, entity: str, entity_id: str, field: str, old: Any, new: Any, now: str) -> None:
        """Add a change-log entry by this evaluation's author; call inside a transaction of the change."""
        self.conn.execute(
            "INSERT INTO changelog (id, at, author, entity, entity_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), now, self.author, entity, entity_id, field, log_text(old), log_text(new)))

    def _set_meta(self, name: str, value: Any) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, json.dumps(value, ensure_ascii=False)))

    @contextmanager
    def _transaction(self) -> Iterator[str]:
        """One durable transaction; yields its time. Storage errors become one-line messages."""
        if self.readonly:
            raise KompassError(f"{self.path}: opened for reading only; open it for editing to change it")
        now = self.clock()
        try:
            with storage.transaction(self.conn):
                yield now
        except sqlite3.IntegrityError as exc:
            raise KompassError(f"the change was refused: {exc}") from None
        except sqlite3.OperationalError as exc:
            raise storage.write_error(self.path, exc) from None

    @contextmanager
    def _batch(self, kind: ChangeKind | str, ids: tuple[str, ...] = ()) -> Iterator[str]:
        """A transaction that observers hear of once, after the commit."""
        with self._transaction() as now:
            yield now
        self.changed.emit(Change(ChangeKind(kind), ids))

    def _write(self, kind: ChangeKind | str, ids: tuple[str, ...], work: Callable[[str], None]) -> None:
        with self._batch(kind, ids) as now:
            work(now)

    @contextmanager
    def bulk(self, kind: ChangeKind) -> Iterator[Bulk]:
        """One transaction for a change of many rows (a merge, an upgrade), written through a `Bulk`.

        Afterwards, committed or rolled back, the details in memory are read anew from the
        file; only then do observers hear `kind`, so that what they read is current.
        """
        try:
            with self._transaction() as now:
                yield Bulk(self, now)
        finally:
            self.reload()
        self.changed.emit(Change(kind))


class Bulk:
    """The row operations of one bulk change; see the module's rules on authorship."""

    def __init__(self, ev: Edits, now: str):
        self.ev, self.conn, self.now = ev, ev.conn, now

    # -- taken from another copy (merge): authors, times and log as they are ------------------
    def take_detail(self, name: str, value: Any) -> None:
        """An evaluation detail from another copy; its change-log entry comes with `take_log`."""
        self.ev._set_meta(name, value)

    def take_row(self, table: str, key: tuple[str, ...], row: Mapping[str, Any], *, insert: bool) -> None:
        """A record's version from another copy (for notes with "_links": the question ids it is tied to)."""
        links = row.get("_links")
        values = {k: v for k, v in row.items() if k != "_links"}
        if insert:
            _insert(self.conn, table, values)
        else:
            sets = ", ".join(f"{c} = ?" for c in values if c not in key)
            where = " AND ".join(f"{c} = ?" for c in key)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}",
                              [v for c, v in values.items() if c not in key] + [values[c] for c in key])
        if links is not None:
            self.conn.execute("DELETE FROM note_questions WHERE note_id = ?", (values["id"],))
            self.conn.executemany("INSERT INTO note_questions VALUES (?, ?)", [(values["id"], q) for q in links])

    def keep_superseded(self, entity: str, entity_id: str, field: str, value: str, at: str, author: str,
                        entry_id: str) -> bool:
        """Log a value a later edit replaced, under its own author and time; once per `entry_id`."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO changelog (id, at, author, entity, entity_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'superseded')", (entry_id, at, author, entity, entity_id, field, value))
        return cur.rowcount > 0

    def take_log(self, entries: Iterable[Mapping[str, Any]]) -> int:
        """Another copy's change-log entries this file lacks (by id); returns how many came in."""
        known = {r[0] for r in self.conn.execute("SELECT id FROM changelog")}
        rows = [tuple(e[c] for c in LOG_COLUMNS) for e in entries if e["id"] not in known]
        self.conn.executemany(f"INSERT INTO changelog ({', '.join(LOG_COLUMNS)}) VALUES ({', '.join('?' * 8)})", rows)
        return len(rows)

    # -- made here (upgrade): stamped and logged with this evaluation's author -----------------
    def set_bank(self, old: Bank, new: Bank) -> None:
        """Put in the new revision of the bank, and the translations that fit it."""
        self.ev._set_meta("bank", new.to_dict())
        self.ev._log("bank", new.id, "revision", str(old.revision), str(new.revision), self.now)
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'translations'").fetchone()
        before = sorted(json.loads(row[0])) if row else []
        translations = bundled_translations(new)  # those of the old revision no longer fit
        self.ev._set_meta("translations", translations)
        if sorted(translations) != before:
            self.ev._log("bank", new.id, "translations", before, sorted(translations), self.now)

    def untie_note(self, note_id: str, question_id: str) -> None:
        """Untie a note from a question (one that left the bank)."""
        before = self._note_questions(note_id)
        self.conn.execute("DELETE FROM note_questions WHERE note_id = ? AND question_id = ?", (note_id, question_id))
        self._stamp_note(note_id)
        self.ev._log("note", note_id, "question_ids", before, self._note_questions(note_id), self.now)

    def move_note(self, note_id: str, area_id: str, text: str) -> None:
        """Give a note to an area as a whole, with a new text (which says where it came from)."""
        old = self.conn.execute("SELECT area_id, text FROM notes WHERE id = ?", (note_id,)).fetchone()
        self.conn.execute("UPDATE notes SET area_id = ?, text = ? WHERE id = ?", (area_id, text, note_id))
        self._stamp_note(note_id)
        self.ev._log("note", note_id, "area_id", old["area_id"], area_id, self.now)
        self.ev._log("note", note_id, "text", old["text"], text, self.now)

    def add_area_note(self, area_id: str, text: str) -> str:
        """A new observation about an area as a whole; returns its id."""
        note_id = new_id()
        self.conn.execute("INSERT INTO notes (id, text, source_kind, area_id, author, created_at, updated_at)"
                          " VALUES (?, ?, 'observation', ?, ?, ?, ?)", (note_id, text, area_id, self.ev.author,
                                                                      self.now, self.now))
        self.ev._log("note", note_id, "created", None, text, self.now)
        return note_id

    def _note_questions(self, note_id: str) -> tuple[str, ...]:
        return tuple(r[0] for r in self.conn.execute(
            "SELECT question_id FROM note_questions WHERE note_id = ? ORDER BY question_id", (note_id,)))

    def _stamp_note(self, note_id: str) -> None:
        self.conn.execute("UPDATE notes SET author = ?, updated_at = ? WHERE id = ?", (self.ev.author, self.now, note_id))

    # -- the purge of personal data (kompassapp.purge): stamped and logged with this evaluation's author ------
    def purge_personal(self, fields: Mapping[str, Mapping[str, str]], entities: Mapping[str, str]) -> dict[str, int]:
        """Erase every soft-deleted record and blank the personal `fields` (table -> column -> its blank value)
        everywhere, their change-log values included; `entities` names each table's records in the change log.

        Written against the file's tables as they are (any schema version): a record that refers to a
        deleted one loses that reference if it may (a note keeps its kind and links), else goes with it.
        """
        conn, counts = self.conn, {}
        cols = {t: {r[1]: r for r in conn.execute(f"PRAGMA table_info({t})")} for t in storage.TABLES}
        refs = [(t, r[3], r[2], not cols[t][r[3]][3]) for t in storage.TABLES
                for r in conn.execute(f"PRAGMA foreign_key_list({t})")]  # (table, column, parent, nullable)
        gone = {t: {r[0] for r in conn.execute(f"SELECT id FROM {t} WHERE deleted <> 0")}
                for t in storage.TABLES if "deleted" in cols[t] and "id" in cols[t]}
        changed = True
        while changed:  # a record that must refer to a deleted one goes with it
            changed = False
            for table, column, parent, nullable in refs:
                if parent in gone and table in gone and not nullable:
                    extra = {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE {column} IN "
                                                        f"(SELECT value FROM json_each(?))", (json.dumps(sorted(gone[parent])),))}
                    if extra - gone[table]:
                        gone[table] |= extra
                        changed = True
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table, column, parent, nullable in refs:
            ids = json.dumps(sorted(gone.get(parent, ())))
            if table in gone:
                if nullable:
                    conn.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} IN (SELECT value FROM json_each(?))",
                                 (ids,))
            else:  # a link table (note_questions): its rows go with the record
                conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))", (ids,))
        for table, ids in gone.items():
            ids_json = json.dumps(sorted(ids))
            conn.execute(f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (ids_json,))
            conn.execute("DELETE FROM changelog WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?))",
                         (entities.get(table, table), ids_json))
            counts[f"deleted_{table}"] = len(ids)
        for table, blanks in fields.items():
            present = [c for c in blanks if c in cols.get(table, {})]  # a column of a newer schema may be absent
            if not present:
                continue
            values = [blanks[c] for c in present]
            cur = conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in present)}, author = ?, updated_at = ?"
                               f" WHERE {' OR '.join(f'{c} <> ?' for c in present)}",
                               (*values, self.ev.author, self.now, *values))
            counts[f"blanked_{table}"] = cur.rowcount
            cur = conn.execute("UPDATE changelog SET old = NULL, new = NULL WHERE entity = ? AND field IN "
                               f"(SELECT value FROM json_each(?)) AND (old IS NOT NULL OR new IS NOT NULL)",
                               (entities.get(table, table), json.dumps([*present, "created"])))
            counts[f"log_{table}"] = cur.rowcount
        return counts

    def record_purge(self, evaluation_id: str, summary: Mapping[str, Any]) -> None:
        """The purge's own entry: when, who and how much (no personal data in it)."""
        self.ev._set_meta("purged", dict(summary))
        self.ev._log("evaluation", evaluation_id, "purge", None, json.dumps(summary, ensure_ascii=False), self.now)

    def set_final(self, evaluation_id: str, at: str | None) -> None:
        """Mark the report final at `at` (None: no longer final); the purge reminder counts from it."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'final_at'").fetchone()
        old = json.loads(row[0]) if row else None
        self.ev._set_meta("final_at", at)
        self.ev._log("evaluation", evaluation_id, "final_at", old, at, self.now)
