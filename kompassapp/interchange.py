"""Lossless JSON interchange of a whole evaluation (format `kompassapp-evaluation/1`).

The JSON holds every row of every table — deleted records and the change log
included — in a fixed order, so export → import → export gives identical text.
The format is documented by `kompassapp/schemas/evaluation.schema.json`.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from collections.abc import Callable
from typing import Any

import yaml

from kompassapp import fileio, storage
from kompassapp.bank.loader import parse_bank
from kompassapp.bank.model import Bank
from kompassapp.edits import insert_rows
from kompassapp.errors import BankError, KompassError
from kompassapp.fileio import write_atomic
from kompassapp.scoring import NA

FORMAT = "kompassapp-evaluation/1"
# Table -> its key columns, which fix the order of rows in the JSON.
ORDER = {
    "team": "id", "sessions": "id", "participants": "id", "documents": "id", "answers": "question_id, auditor",
    "consensus": "question_id", "notes": "id", "note_questions": "note_id, question_id", "findings": "id",
    "changelog": "seq", "analyses": "id",
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
    conn = storage.open_readonly(evaluation_path)  # reading never changes (nor migrates) the file
    try:
        text = to_json(dump(conn))
    finally:
        storage.close(conn)
    if out is not None:
        write_atomic(out, text.encode("utf-8"))
    return text


# -- import ---------------------------------------------------------------------------
# Everything in the JSON is checked before anything is written: the JSON Schema, then what a
# schema cannot say (the bank, ranges, references). The file is someone else's data.
MAX_INTEGER = 2**63 - 1  # SQLite's integers
MAX_SEQ = 2**40  # change-log numbers: far beyond any real log, far from SQLite's limit (merges add to it)
YEARS = (1900, 2200)
SCHEMA_FILE = Path(__file__).parent / "schemas" / "evaluation.schema.json"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Refused(ValueError):
    """A JSON value refused while parsing (its text is the reason)."""


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > 19 or not -MAX_INTEGER - 1 <= int(text) <= MAX_INTEGER:
        raise _Refused(f"the number {text[:24]}{'…' if len(text) > 24 else ''} is out of range (at most 64 bits)")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if len(text) > 64 or not math.isfinite(value):
        raise _Refused(f"the number {text[:24]}{'…' if len(text) > 24 else ''} is out of range")
    return value


def _parse_constant(name: str) -> float:
    raise _Refused(f"{name} is not a number JSON allows")


def _read(source: str, json_path: Path) -> Any:
    try:
        text = Path(json_path).read_text(encoding="utf-8")
    except OSError as exc:
        raise KompassError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise KompassError(f"{source}: the file is not UTF-8 text") from None
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise KompassError(f"{source}:{exc.lineno}: invalid JSON: {exc.msg} (column {exc.colno})") from None
    except _Refused as exc:
        raise KompassError(f"{source}: {exc}") from None
    except RecursionError:
        raise KompassError(f"{source}: nested too deeply to be an evaluation export") from None


def _problem(source: str, where: str, message: str) -> KompassError:
    return KompassError(f"{source}: {where}: {message}")


def _check_text(source: str, doc: Any) -> None:
    """Every text must be storable as UTF-8: JSON can carry lone surrogates (\\ud800) that cannot."""
    stack = [("", doc)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((f"{where}.{k}" if where else str(k), v) for k, v in value.items())
            values = value.keys()
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
            values = ()
        else:
            values = (value,)
        for text in values:
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    raise _problem(source, where or "(top)", "contains an invalid character (a lone surrogate "
                                   "such as \\ud800); the file was not made by Kompassapp") from None


_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str), "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool), "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
}
_WORDS = {"string": "text", "integer": "a whole number", "object": "an object", "array": "a list",
          "boolean": "true or false"}
SCHEMA_KEYWORDS = {"type", "enum", "const", "required", "properties", "additionalProperties", "items", "minimum",
                   "$schema", "$id", "title", "description"}  # what _validate understands (a test checks the file)


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b  # JSON Schema tells 1 from true


def _validate(value: Any, schema: dict[str, Any], where: str) -> str | None:
    """The first way `value` breaks `schema` (the JSON Schema subset the format file uses), as "where: what"."""
    types = schema.get("type")
    if types is not None and not any(_TYPES[t](value) for t in ([types] if isinstance(types, str) else types)):
        shown = repr(value)[:40] if not isinstance(value, (dict, list)) else type(value).__name__
        wanted = " or ".join(_WORDS.get(t, t) for t in ([types] if isinstance(types, str) else types))
        return f"{where or '(top)'}: must be {wanted}, got {shown}"
    if "const" in schema and not _same(value, schema["const"]):
        return f"{where}: must be {schema['const']!r}"
    if "enum" in schema and not any(_same(value, e) for e in schema["enum"]):
        return f"{where}: {repr(value)[:40]} is not one of {', '.join(map(repr, schema['enum']))}"
    if "minimum" in schema and _TYPES["number"](value) and value < schema["minimum"]:
        return f"{where}: must be at least {schema['minimum']}"
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                return f"{where}.{name}: missing field" if where else f"{name}: missing field"
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                problem = _validate(item, properties[name], f"{where}.{name}".lstrip("."))
                if problem:
                    return problem
            elif schema.get("additionalProperties") is False:
                return f"{where or '(top)'}: unknown field '{str(name)[:40]}'"
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problem = _validate(item, schema["items"], f"{where}[{i}]")
            if problem:
                return problem
    return None


def _check_schema(source: str, doc: dict[str, Any]) -> None:
    problem = _validate(doc, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), "")
    if problem:
        raise KompassError(f"{source}: {problem}")


def _check_meta(source: str, meta: dict[str, Any]) -> Bank:
    if not meta["municipality"].strip():
        raise _problem(source, "meta.municipality", "is empty")
    year = meta["year"]
    if isinstance(year, bool) or not YEARS[0] <= year <= YEARS[1]:
        raise _problem(source, "meta.year", f"{year!r} is not a year between {YEARS[0]} and {YEARS[1]}")
    for key in ("visit_start", "visit_end"):
        value = meta.get(key, "")
        if value:
            try:
                if not ISO_DATE.fullmatch(value):
                    raise ValueError
                date.fromisoformat(value)
            except ValueError:
                raise _problem(source, f"meta.{key}", f"{value[:40]!r} is not a date (YYYY-MM-DD)") from None
    try:  # the embedded bank must be as valid as a bank file
        text = yaml.dump(meta["bank"], Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                         sort_keys=False)
        return parse_bank(text, "bank")
    except BankError as exc:
        raise _problem(source, "meta.bank", exc.problems[0].split(": ", 1)[1]) from None


def _check_choice(source: str, where: str, bank: Bank, question_id: str, choice: str | None) -> None:
    question = bank.questions.get(question_id)
    if question is None or choice is None:  # answers of questions an upgrade removed stay in the file
        return
    if choice == NA:
        if not question.na_allowed:
            raise _problem(source, where, f"question {question_id} cannot be answered 'ej tillämplig'")
    elif bank.scales[question.scale].option(choice) is None:
        keys = ", ".join(o.key for o in bank.scales[question.scale].options)
        raise _problem(source, where, f"'{choice[:40]}' is not an option of question {question_id} (options: {keys})")


def _unique(source: str, table: str, rows: list[dict], key: tuple[str, ...]) -> set:
    seen: set = set()
    for i, row in enumerate(rows):
        k = tuple(row[c] for c in key)
        if k in seen:
            raise _problem(source, f"{table}[{i}]", f"a second record with {', '.join(key)} {'/'.join(map(str, k))}")
        seen.add(k)
    return {k[0] for k in seen} if len(key) == 1 else seen


def _check_records(source: str, doc: dict[str, Any], bank: Bank) -> None:
    """What the JSON Schema cannot say: answers on the bank's scales, references, unique keys, ranges."""
    areas = {a.id for a in bank.areas}
    ids = {t: _unique(source, t, doc[t], ("id",)) for t in ("team", "sessions", "participants", "documents",
                                                             "notes", "findings", "analyses")}
    _unique(source, "answers", doc["answers"], ("question_id", "auditor"))
    _unique(source, "consensus", doc["consensus"], ("question_id",))
    _unique(source, "note_questions", doc["note_questions"], ("note_id", "question_id"))
    _unique(source, "changelog", doc["changelog"], ("id",))
    for table in ("answers", "consensus"):
        for i, row in enumerate(doc[table]):
            _check_choice(source, f"{table}[{i}].choice", bank, row["question_id"], row["choice"])
    references = (("participants", "session_id", "sessions"), ("notes", "session_id", "sessions"),
                  ("notes", "participant_id", "participants"), ("notes", "document_id", "documents"),
                  ("note_questions", "note_id", "notes"))
    for table, column, target in references:
        for i, row in enumerate(doc[table]):
            if row[column] is not None and row[column] not in ids[target]:
                raise _problem(source, f"{table}[{i}].{column}", f"no record {row[column][:40]!r} in {target}")
    for table in ("notes", "findings", "analyses"):
        for i, row in enumerate(doc[table]):
            if (row["area_id"] or table == "findings") and row["area_id"] not in areas:
                raise _problem(source, f"{table}[{i}].area_id", f"no area {row['area_id'][:40]!r} in the bank")
    seqs = set()
    for i, row in enumerate(doc["changelog"]):
        seq = row.get("seq")
        if seq is not None and (not 1 <= seq <= MAX_SEQ or seq in seqs):
            raise _problem(source, f"changelog[{i}].seq", f"{seq} is out of range or repeated (1 to {MAX_SEQ})")
        seqs.add(seq)


def _from_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 export in schema-2 shape, as the file migration would make it (schema._v1_to_v2)."""
    owner = doc["meta"].get("created_by", "")
    meta = {"auditor": owner, "evaluation_id": uuid.uuid4().hex, **doc["meta"]}
    answers = [{**{k: v for k, v in r.items() if k != "question_id"}, "question_id": r.get("question_id"),
                "auditor": owner} if isinstance(r, dict) else r for r in doc.get("answers", [])]
    changelog = [{**r, "id": uuid.uuid4().hex} if isinstance(r, dict) else r for r in doc.get("changelog", [])]
    return {**doc, "schema_version": 2, "meta": meta, "answers": answers, "consensus": [], "changelog": changelog}


def _from_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema-2 export in schema-3 shape, as the file migration would make it (schema._v2_to_v3)."""
    def widen(table: str, extra: dict[str, Any]) -> list:
        return [{**r, **extra} if isinstance(r, dict) else r for r in doc.get(table, [])]

    return {**doc, "schema_version": 3,
            "sessions": widen("sessions", {"bank_groups": "[]", "planned_participants": "[]", "state": "held"}),
            "documents": widen("documents", {"status": "received", "bank_document": ""}),
            "notes": widen("notes", {"provenance": ""}), "analyses": []}


UPGRADES = {1: _from_v1, 2: _from_v2}  # schema version N → N+1, for exports made by older versions


def read_document(json_path: Path) -> tuple[dict[str, Any], Bank]:
    """The checked interchange document of `json_path` in the current schema, and its bank."""
    source = str(json_path)
    doc = _read(source, json_path)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _problem(source, "format", f"not a Kompassapp evaluation export (expected format '{FORMAT}')")
    version = doc.get("schema_version")
    if isinstance(version, bool) or version not in (*UPGRADES, storage.SCHEMA_VERSION):
        raise _problem(source, "schema_version", f"{version!r} is not supported (this version reads 1 to "
                       f"{storage.SCHEMA_VERSION}); a newer export needs a newer Kompassapp")
    _check_text(source, doc)
    if not isinstance(doc.get("meta"), dict):
        raise _problem(source, "meta", "missing or not an object")
    for table in ORDER:
        if not isinstance(doc.get(table, []), list):
            raise _problem(source, table, "missing or not a list")
    try:
        for v in range(version, storage.SCHEMA_VERSION):
            doc = UPGRADES[v](doc)
        _check_schema(source, doc)
        bank = _check_meta(source, doc["meta"])
        _check_records(source, doc, bank)
    except RecursionError:
        raise KompassError(f"{source}: nested too deeply to be an evaluation export") from None
    return doc, bank


def import_json(json_path: Path, out: Path) -> None:
    """Create the evaluation file `out` from an interchange JSON file, exactly as it was exported."""
    source = str(json_path)
    out = Path(out)
    if out.exists():
        raise KompassError(f"{out}: the file already exists; choose another name")
    doc, _ = read_document(json_path)
    # Built under a temporary name: an interrupted or refused import (or a full disk) leaves nothing behind.
    with fileio.new_file(out) as tmp:
        conn = storage.create(tmp)
        try:
            conn.execute("PRAGMA synchronous = OFF")  # one fsync of the finished file instead
            insert_rows(conn, doc["meta"], {table: doc[table] for table in ORDER})  # as exported: no entry of its own
        except sqlite3.IntegrityError as exc:
            raise KompassError(f"{source}: the records are inconsistent ({exc})") from None
        except sqlite3.Error as exc:
            raise storage.write_error(out, exc) from None
        finally:
            storage.close(conn)
