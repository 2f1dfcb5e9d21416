"""The schema of the `.kompass` file, per version, and the migrations between versions.

Kept apart from storage.py (connections, checks) so that "what Kompassapp creates" is one
readable list: storage refuses any file whose schema is not exactly one of these.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from functools import cache

SCHEMA_V2 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE team (
    id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, starts_at TEXT NOT NULL DEFAULT '', ends_at TEXT NOT NULL DEFAULT '',
    group_name TEXT NOT NULL DEFAULT '', auditors TEXT NOT NULL DEFAULT '[]', place TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE participants (
    id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),
    name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '', link TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE answers (
    question_id TEXT NOT NULL, auditor TEXT NOT NULL DEFAULT '', choice TEXT, comment TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'draft', 'done')),
    author TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (question_id, auditor));
CREATE TABLE consensus (
    question_id TEXT PRIMARY KEY, decided INTEGER NOT NULL DEFAULT 1, choice TEXT,
    comment TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE notes (
    id TEXT PRIMARY KEY, text TEXT NOT NULL,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('interview', 'document', 'web', 'observation')),
    session_id TEXT REFERENCES sessions(id), participant_id TEXT REFERENCES participants(id),
    document_id TEXT REFERENCES documents(id), url TEXT NOT NULL DEFAULT '',
    area_id TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE note_questions (
    note_id TEXT NOT NULL REFERENCES notes(id), question_id TEXT NOT NULL, PRIMARY KEY (note_id, question_id));
CREATE INDEX note_questions_by_question ON note_questions(question_id);
CREATE INDEX notes_by_session ON notes(session_id);
CREATE TABLE findings (
    id TEXT PRIMARY KEY, area_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('strength', 'development', 'example')),
    text TEXT NOT NULL, municipality TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE changelog (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, author TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, old TEXT, new TEXT);
"""
# Schema version 1, as the first release created it: answers had no auditor, no agreed answers,
# change-log entries no ids. Kept to recognise (and migrate) such files exactly.
_V1_TABLES = {
    "answers": """CREATE TABLE answers (
    question_id TEXT PRIMARY KEY, choice TEXT, comment TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'draft', 'done')),
    author TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "changelog": """CREATE TABLE changelog (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, author TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, old TEXT, new TEXT)""",
    "consensus": None,
}
SCHEMA_V1 = "".join(f"{_V1_TABLES.get(s.split()[2], s)};\n" for s in (t.strip() for t in SCHEMA_V2.split(";"))
                    if s and _V1_TABLES.get(s.split()[2], s))
# Schema version 3 (preparation before the visit): interview plans on sessions (the bank's groups,
# planned participants, planned or held), a status and bank document per registered document,
# the municipality's own answers as notes with their provenance, and analysis texts per area.
_V3_TABLES = {
    "sessions": """CREATE TABLE sessions (
    id TEXT PRIMARY KEY, starts_at TEXT NOT NULL DEFAULT '', ends_at TEXT NOT NULL DEFAULT '',
    group_name TEXT NOT NULL DEFAULT '', auditors TEXT NOT NULL DEFAULT '[]', place TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL,
    bank_groups TEXT NOT NULL DEFAULT '[]', planned_participants TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL DEFAULT 'held' CHECK (state IN ('planned', 'held')))""",
    "documents": """CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '', link TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, updated_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('requested', 'received', 'read')),
    bank_document TEXT NOT NULL DEFAULT '')""",
    "notes": """CREATE TABLE notes (
    id TEXT PRIMARY KEY, text TEXT NOT NULL,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('interview', 'document', 'web', 'observation', 'municipality')),
    session_id TEXT REFERENCES sessions(id), participant_id TEXT REFERENCES participants(id),
    document_id TEXT REFERENCES documents(id), url TEXT NOT NULL DEFAULT '',
    area_id TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance TEXT NOT NULL DEFAULT '')""",
}
_V3_ANALYSES = """CREATE TABLE analyses (
    id TEXT PRIMARY KEY, area_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('area', 'summary', 'introduction', 'conclusion')),
    text TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, author TEXT NOT NULL,
    updated_at TEXT NOT NULL)"""
SCHEMA = "".join(f"{_V3_TABLES.get(s.split()[2], s)};\n" for s in (t.strip() for t in SCHEMA_V2.split(";")) if s) \
    + _V3_ANALYSES + ";\n"
SCHEMAS = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA}  # what each schema version's files were created with
TABLES = ("meta", "team", "sessions", "participants", "documents", "answers", "consensus", "notes",
          "note_questions", "findings", "changelog", "analyses")
TABLES_BEFORE = {1: tuple(t for t in TABLES if t not in ("consensus", "analyses")),
                 2: tuple(t for t in TABLES if t != "analyses")}  # tables of older schema versions


@cache
def columns(table: str) -> tuple[tuple[str, str, bool], ...]:
    """(name, declared type, nullable) of each column of `table`, as a new file has them."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    found = tuple((r[1], r[2], not r[3]) for r in conn.execute(f"PRAGMA table_info({table})"))
    conn.close()
    return found


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Team work: answers per auditor, agreed answers, change-log ids for merging copies."""
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    owner = json.loads(meta.get("created_by", '""'))
    # One execute per statement: executescript() would commit the surrounding transaction.
    for statement in (
        "CREATE TABLE answers_v2 (question_id TEXT NOT NULL, auditor TEXT NOT NULL DEFAULT '', choice TEXT,"
        " comment TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'not_started'"
        " CHECK (status IN ('not_started', 'draft', 'done')), author TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " PRIMARY KEY (question_id, auditor))",
        "CREATE TABLE consensus (question_id TEXT PRIMARY KEY, decided INTEGER NOT NULL DEFAULT 1, choice TEXT,"
        " comment TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "ALTER TABLE changelog ADD COLUMN id TEXT NOT NULL DEFAULT ''",
    ):
        conn.execute(statement)
    conn.execute("INSERT INTO answers_v2 SELECT question_id, ?, choice, comment, status, author, updated_at "
                 "FROM answers", (owner,))
    conn.execute("DROP TABLE answers")
    conn.execute("ALTER TABLE answers_v2 RENAME TO answers")
    conn.execute("UPDATE changelog SET id = lower(hex(randomblob(16)))")
    conn.execute("CREATE UNIQUE INDEX changelog_id ON changelog(id)")
    conn.executemany("INSERT OR IGNORE INTO meta VALUES (?, ?)",
                     [("auditor", json.dumps(owner, ensure_ascii=False)),
                      ("evaluation_id", json.dumps(uuid.uuid4().hex))])


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Preparation: interview plans, document status, the municipality's answers as notes, analysis texts.

    Existing sessions are held interviews and existing documents received ones (the defaults).
    The notes table is rebuilt for its wider source kind (a CHECK cannot be altered), and
    note_questions with it: renaming a table rewrites the references to it, so the new pair is
    built side by side and renamed after the old pair is gone (no foreign key ever dangles).
    """
    notes = _V3_TABLES["notes"].replace("CREATE TABLE notes (", "CREATE TABLE notes_v3 (")
    cols = ", ".join(r[1] for r in conn.execute("PRAGMA table_info(notes)"))
    for statement in (
        "ALTER TABLE sessions ADD COLUMN bank_groups TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE sessions ADD COLUMN planned_participants TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE sessions ADD COLUMN state TEXT NOT NULL DEFAULT 'held' CHECK (state IN ('planned', 'held'))",
        "ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'received'"
        " CHECK (status IN ('requested', 'received', 'read'))",
        "ALTER TABLE documents ADD COLUMN bank_document TEXT NOT NULL DEFAULT ''",
        notes,
        f"INSERT INTO notes_v3 ({cols}) SELECT {cols} FROM notes",
        "CREATE TABLE note_questions_v3 (note_id TEXT NOT NULL REFERENCES notes_v3(id), question_id TEXT NOT NULL,"
        " PRIMARY KEY (note_id, question_id))",
        "INSERT INTO note_questions_v3 SELECT note_id, question_id FROM note_questions",
        "DROP TABLE note_questions",
        "DROP TABLE notes",
        "ALTER TABLE notes_v3 RENAME TO notes",
        "ALTER TABLE note_questions_v3 RENAME TO note_questions",
        "CREATE INDEX note_questions_by_question ON note_questions(question_id)",
        "CREATE INDEX notes_by_session ON notes(session_id)",
        _V3_ANALYSES,
    ):
        conn.execute(statement)


# Migrations from schema version N to N+1, applied in order inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}


def objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    """Every schema object as (type, name, table, SQL); the SQL compared without layout or quoting."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((t, n, tb, " ".join(sql.replace('"', "").lower().split()) if sql else None)
                     for t, n, tb, sql in rows)


@cache
def built_schemas(version: int, migrations: tuple) -> tuple[frozenset, ...]:
    """The schemas of `version`: made at each older version and taken through `migrations` (from version 1 on)."""
    variants = []
    for created in sorted(v for v in SCHEMAS if v <= version):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.executescript(SCHEMAS[created])
        for v in range(created, version):
            migrations[v - min(SCHEMAS)](conn)
        variants.append(objects(conn))
        conn.close()
    return tuple(variants)
