"""Evidence notes: what was heard, read or seen, tied to questions or to an area."""

from __future__ import annotations

import codecs
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, replace
from typing import Any

from kompassapp.edits import Edits
from kompassapp.errors import KompassError
from kompassapp.records import MUNICIPALITY, READONLY_FIELDS, SOURCE_KINDS, ChangeKind, Note, from_row, new_id
from kompassapp.rules import check_question


MUNICIPALITY_BY_HAND = ("the municipality's answers come only from its questionnaire (import-questionnaire) and are "
                        "kept as it gave them")


class NoteEdits(Edits):
    def add_note(self, text: str, *, question_ids: Iterable[str] = (), source_kind: str = "observation",
                 session_id: str | None = None, participant_id: str | None = None,
                 document_id: str | None = None, url: str = "", area_id: str = "") -> Note:
        note = Note(new_id(), text, source_kind, session_id, participant_id, document_id, url, area_id,
                    tuple(dict.fromkeys(question_ids)))
        if source_kind == MUNICIPALITY:
            raise KompassError(MUNICIPALITY_BY_HAND)
        self._validate_note(note)

        def work(now: str) -> None:
            self.conn.execute(
                "INSERT INTO notes (id, text, source_kind, session_id, participant_id, document_id, url, area_id,"
                " author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (note.id, note.text, note.source_kind, note.session_id, note.participant_id, note.document_id,
                 note.url, note.area_id, self.author, now, now))
            self.conn.executemany("INSERT INTO note_questions VALUES (?, ?)", [(note.id, q) for q in note.question_ids])
            self._log("note", note.id, "created", None, note.text, now)

        self._write(ChangeKind.NOTE, (note.id,), work)
        return self.note(note.id)

    def update_note(self, note_id: str, **changes: Any) -> Note:
        old = self.note(note_id)
        if "question_ids" in changes:
            changes["question_ids"] = tuple(dict.fromkeys(changes["question_ids"]))
        bad = set(changes) - ({f.name for f in fields(Note)} - READONLY_FIELDS)
        if bad:
            raise TypeError(f"note: cannot change {', '.join(sorted(bad))}")
        new = replace(old, **changes)
        if MUNICIPALITY in (old.source_kind, new.source_kind) and (new.source_kind != old.source_kind
                                                                   or new.text != old.text):
            raise KompassError(MUNICIPALITY_BY_HAND)
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
                self._log("note", note_id, k, getattr(old, k), v, now)

        self._write(ChangeKind.NOTE, (note_id,), work)
        return self.note(note_id)

    def _validate_note(self, note: Note) -> None:
        if not note.text.strip():
            raise KompassError("the note is empty")
        if note.source_kind not in SOURCE_KINDS:
            raise KompassError(f"unknown source kind '{note.source_kind}' (one of: {', '.join(SOURCE_KINDS)})")
        for q in note.question_ids:
            check_question(self.bank, q)
        if note.area_id and all(a.id != note.area_id for a in self.bank.areas):
            raise KompassError(f"unknown area '{note.area_id}'")
        required = {"interview": ("session_id", "an interview session"), "document": ("document_id", "a document"),
                    "web": ("url", "a web address")}.get(note.source_kind)
        if required and not getattr(note, required[0]):
            raise KompassError(f"a note from {required[1]} must name {required[1]}")

    _NOTE_SQL = ("SELECT n.*, (SELECT group_concat(question_id, char(31)) FROM note_questions q"
                 " WHERE q.note_id = n.id) AS qids FROM notes n")

    def _note_from(self, row: sqlite3.Row) -> Note:
        note = from_row(Note, row)
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

    def iter_notes(self, *, include_deleted: bool = False, text_limit: int | None = None) -> Iterator[Note]:
        """All notes as `notes()` gives them, one at a time: an export of a million notes need not
        hold them all. Only the order is sorted (sorting whole rows would copy every text into
        SQLite's sorter); each note is then read by itself. With `text_limit`, a text of more bytes
        than that comes as "" and is read with `note_text_pieces`: a note of hundreds of megabytes
        is then never held whole."""
        where = "" if include_deleted else " WHERE deleted = 0"
        without_text = ""
        for (rowid,) in self.conn.execute(f"SELECT rowid FROM notes{where} ORDER BY created_at, rowid"):
            sql = self._NOTE_SQL
            if text_limit is not None and self._text_bytes(rowid) > text_limit:
                if not without_text:
                    columns = [r[1] for r in self.conn.execute("PRAGMA table_info(notes)") if r[1] != "text"]
                    without_text = sql.replace("n.*", ", ".join(f"n.{c}" for c in columns) + ", '' AS text", 1)
                sql = without_text
            yield self._note_from(self.conn.execute(sql + " WHERE n.rowid = ?", (rowid,)).fetchone())

    def _text_bytes(self, rowid: int) -> int:
        try:
            with self.conn.blobopen("notes", "text", rowid, readonly=True) as blob:  # its size, without reading it
                return len(blob)
        except sqlite3.OperationalError:  # not text (a number or NULL in someone else's file): read as it is
            return 0

    def note_text_pieces(self, note_id: str, size: int = 1 << 20) -> Iterator[str]:
        """A note's text read `size` bytes at a time (see `iter_notes`)."""
        row = self.conn.execute("SELECT rowid FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise KompassError(f"no note with id {note_id}")
        encoding = self.conn.execute("PRAGMA encoding").fetchone()[0].lower().replace("utf-16", "utf-16-")
        decoder = codecs.getincrementaldecoder(encoding.rstrip("-"))(errors="replace")
        with self.conn.blobopen("notes", "text", row[0], readonly=True) as blob:
            while chunk := blob.read(size):
                yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)

    def note_counts(self) -> dict[str, int]:
        """Question id → number of (undeleted) notes of the auditors' own tied to it (the municipality's
        answers are its account, not evidence)."""
        return dict(self.conn.execute(
            "SELECT q.question_id, COUNT(*) FROM note_questions q JOIN notes n ON n.id = q.note_id"
            " WHERE n.deleted = 0 AND n.source_kind != ? GROUP BY q.question_id", (MUNICIPALITY,)).fetchall())

    def import_municipality_answers(self, answers: Mapping[str, tuple[str, dict]], source: str) -> dict[str, int]:
        """The municipality's questionnaire answers as notes, in one transaction; returns counts per outcome.

        `answers`: question id → (text, provenance) for every question of the questionnaire ("" = left
        empty). A question's note is found again by the question id in its provenance, so importing a
        corrected workbook updates it (text and provenance, logged) instead of adding a second one; an
        answer since emptied deletes its note (a flag, like every delete). `source` names the workbook
        in the change log's summary entry.
        """
        mine: dict[str, sqlite3.Row] = {}
        for row in self.conn.execute("SELECT id, text, deleted, provenance FROM notes WHERE source_kind = ?"
                                     " ORDER BY created_at, rowid", (MUNICIPALITY,)):
            try:
                qid = json.loads(row["provenance"]).get("question_id")
            except (ValueError, AttributeError):
                continue
            mine.setdefault(qid, row)
        for qid in answers:
            self._validate_note(Note("", "x", MUNICIPALITY, question_ids=(qid,)))
        counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}

        def work(now: str) -> None:
            for qid, (text, provenance) in answers.items():
                old = mine.get(qid)
                where = json.dumps({**provenance, "question_id": qid}, ensure_ascii=False, sort_keys=True)
                if text and old is None:
                    note_id = new_id()
                    self.conn.execute("INSERT INTO notes (id, text, source_kind, author, created_at, updated_at,"
                                      " provenance) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                      (note_id, text, MUNICIPALITY, self.author, now, now, where))
                    self.conn.execute("INSERT INTO note_questions VALUES (?, ?)", (note_id, qid))
                    self._log("note", note_id, "created", None, text, now)
                    counts["added"] += 1
                elif text and (old["text"] != text or old["deleted"]):
                    self.conn.execute("UPDATE notes SET text = ?, deleted = 0, provenance = ?, author = ?,"
                                      " updated_at = ? WHERE id = ?", (text, where, self.author, now, old["id"]))
                    if old["text"] != text:
                        self._log("note", old["id"], "text", old["text"], text, now)
                    if old["deleted"]:
                        self._log("note", old["id"], "deleted", "true", "false", now)
                    self._log("note", old["id"], "provenance", old["provenance"], where, now)
                    counts["updated"] += 1
                elif not text and old is not None and not old["deleted"]:
                    self.conn.execute("UPDATE notes SET deleted = 1, author = ?, updated_at = ? WHERE id = ?",
                                      (self.author, now, old["id"]))
                    self._log("note", old["id"], "deleted", "false", "true", now)
                    counts["removed"] += 1
                elif text:
                    counts["unchanged"] += 1
            self._log("questionnaire", source, "imported", None, json.dumps(counts, sort_keys=True), now)

        with self._batch(ChangeKind.NOTE) as now:  # observers hear of it once, for all the notes it touched
            work(now)
        return counts
