"""Lossless JSON interchange of a whole evaluation (format `kompassapp-evaluation/1`).

The JSON holds every row of every table — deleted records and the change log
included — in a fixed order, so export → import → export gives identical text.
The format is documented by `kompassapp/schemas/evaluation.schema.json`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import yaml

from kompassapp import storage
from kompassapp.bank.loader import parse_bank
from kompassapp.edits import insert_rows
from kompassapp.errors import BankError, KompassError
from kompassapp.fileio import write_atomic

FORMAT = "kompassapp-evaluation/1"
# Table -> its key columns, which fix the order of rows in the JSON.
ORDER = {
    "team": "id", "sessions": "id", "participants": "id", "documents": "id", "answers": "question_id, auditor",
    "consensus": "question_id", "notes": "id", "note_questions": "note_id, question_id", "findings": "id",
    "changelog": "seq",
}


def dump(conn: sqlite3.Connection) -> dict[str, Any]:
    meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta ORDER BY key")}
    doc: dict[str, Any] = {"format": FORMAT, "schema_version": storage.SCHEMA_VERSION, "meta": meta}
    for table, order in ORDER.items():
        names = ", ".join(c[0] for c in storage.columns(table))
        doc[table] = [dict(r) for r in conn.execute(f"SELECT {names} FROM {table} ORDER BY {order}")]
    return doc


def to_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def export_json(evaluation_path: Path, out: Path | None) -> str:
    conn = storage.open_existing(evaluation_path)
    try:
        text = to_json(dump(conn))
    finally:
        storage.close(conn)
    if out is not None:
        write_atomic(out, text.encode("utf-8"))
    return text


# -- import ---------------------------------------------------------------------------
def _problem(source: str, where: str, message: str) -> KompassError:
    return KompassError(f"{source}: {where}: {message}")


def _check_rows(source: str, doc: dict[str, Any]) -> None:
    for table in ORDER:
        rows = doc.get(table)
        if not isinstance(rows, list):
            raise _problem(source, table, "missing or not a list")
        columns = storage.columns(table)
        names = {c[0] for c in columns}
        for i, row in enumerate(rows):
            where = f"{table}[{i}]"
            if not isinstance(row, dict):
                raise _problem(source, where, "must be an object")
            extra = set(row) - names
            if extra:
                raise _problem(source, where, f"unknown field(s): {', '.join(sorted(extra))}")
            for name, kind, nullable in columns:
                if name not in row:
                    if table == "changelog" and name == "seq":
                        continue
                    raise _problem(source, f"{where}.{name}", "missing field")
                value = row[name]
                if value is None:
                    if not nullable and name != "seq":
                        raise _problem(source, f"{where}.{name}", "must not be null")
                elif kind == "INTEGER" and (not isinstance(value, int) or isinstance(value, bool)):
                    raise _problem(source, f"{where}.{name}", f"must be a whole number, got {value!r}")
                elif kind == "TEXT" and not isinstance(value, str):
                    raise _problem(source, f"{where}.{name}", f"must be text, got {value!r}")


def _check_meta(source: str, meta: Any) -> None:
    if not isinstance(meta, dict):
        raise _problem(source, "meta", "missing or not an object")
    for key, kind in (("bank", dict), ("municipality", str), ("year", int)):
        if not isinstance(meta.get(key), kind):
            raise _problem(source, f"meta.{key}", "missing or of the wrong type")
    try:  # the embedded bank must be as valid as a bank file
        parse_bank(yaml.safe_dump(meta["bank"], allow_unicode=True, sort_keys=False), "bank")
    except BankError as exc:
        raise _problem(source, "meta.bank", exc.problems[0].split(": ", 1)[1]) from None


def _from_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 export in schema-2 shape, as the file migration would make it (storage._v1_to_v2)."""
    owner = doc["meta"].get("created_by", "")
    meta = {"auditor": owner, "evaluation_id": uuid.uuid4().hex, **doc["meta"]}
    answers = [{**{k: v for k, v in r.items() if k != "question_id"}, "question_id": r.get("question_id"),
                "auditor": owner} if isinstance(r, dict) else r for r in doc.get("answers", [])]
    changelog = [{**r, "id": uuid.uuid4().hex} if isinstance(r, dict) else r for r in doc.get("changelog", [])]
    return {**doc, "schema_version": 2, "meta": meta, "answers": answers, "consensus": [], "changelog": changelog}


UPGRADES = {1: _from_v1}  # schema version N → N+1, for exports made by older versions


def import_json(json_path: Path, out: Path) -> None:
    """Create the evaluation file `out` from an interchange JSON file, exactly as it was exported."""
    source = str(json_path)
    try:
        doc = json.loads(Path(json_path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise KompassError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise KompassError(f"{source}: the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise KompassError(f"{source}:{exc.lineno}: invalid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _problem(source, "format", f"not a Kompassapp evaluation export (expected format '{FORMAT}')")
    version = doc.get("schema_version")
    if not isinstance(version, int) or version > storage.SCHEMA_VERSION:
        raise _problem(source, "schema_version", f"{version!r} is not supported (this version reads up to "
                       f"{storage.SCHEMA_VERSION}); update Kompassapp")
    _check_meta(source, doc.get("meta"))
    for v in range(version, storage.SCHEMA_VERSION):
        doc = UPGRADES[v](doc)
    out = Path(out)
    if out.exists():
        raise KompassError(f"{out}: the file already exists; choose another name")
    # Build under a temporary name so an interrupted or refused import leaves nothing behind.
    tmp = out.with_name(f".{out.name}.importing")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    conn = storage.create(tmp)
    try:
        _check_rows(source, doc)
        insert_rows(conn, doc["meta"], {table: doc[table] for table in ORDER})  # as exported: no entry of its own
        storage.close(conn)
    except sqlite3.Error as exc:
        storage.close(conn)
        tmp.unlink(missing_ok=True)
        raise KompassError(f"{source}: the records are inconsistent ({exc})") from None
    except BaseException:
        storage.close(conn)
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, out)
