"""The `.kompass` file: one SQLite database per evaluation.

Why SQLite: every edit is one transaction, so a process killed at any moment leaves
a file that holds every edit that returned and nothing half-written. WAL with
synchronous=FULL makes each commit durable with one fsync; closing checkpoints the WAL
back into the main file so the file can be copied or mailed as a single file.

Opening checks the file before it writes anything to it, so a foreign or damaged
file is reported and left exactly as it was.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from urllib.parse import quote

from kompassapp.errors import FileFormatError

APPLICATION_ID = 0x4B4F4D50  # "KOMP": marks a SQLite file as ours
SCHEMA_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA = """
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
TABLES = ("meta", "team", "sessions", "participants", "documents", "answers", "consensus", "notes",
          "note_questions", "findings", "changelog")
TABLES_BEFORE = {1: tuple(t for t in TABLES if t != "consensus")}  # tables of older schema versions


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


# Migrations from schema version N to N+1, applied in order inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":  # e.g. a file system without shared memory: keep the rollback journal
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, mode: str, *, immutable: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we open transactions ourselves with BEGIN IMMEDIATE.
    # immutable: read without locks or WAL side files, so checking a file leaves nothing behind.
    uri = f"file:{quote(str(path.absolute()))}?mode={mode}" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    # A damaged byte in stored text shows as U+FFFD instead of making the whole file unreadable.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return conn


def create(path: Path) -> sqlite3.Connection:
    """A new, empty evaluation database at `path` (which must not exist)."""
    if path.exists():
        raise FileFormatError(f"{path}: the file already exists; choose another name")
    try:
        conn = _connect(path, "rwc")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        _configure(conn)
        conn.execute("BEGIN IMMEDIATE")
        conn.executescript(SCHEMA)  # executescript commits
    except sqlite3.Error as exc:
        raise FileFormatError(f"{path}: cannot create the file: {exc}") from None
    return conn


def check(path: Path) -> int:
    """Check that `path` is a usable evaluation file without changing it; return its schema version."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if not head:
        raise FileFormatError(f"{path}: the file is empty; it is not an evaluation")
    if not head.startswith(SQLITE_MAGIC):
        raise FileFormatError(f"{path}: not a Kompassapp evaluation file (it is not a .kompass database)")
    if len(head) < 100:
        raise FileFormatError(f"{path}: the file is damaged (truncated)")
    try:
        # Without a WAL beside it the file is complete in itself; with one (after a crash) SQLite must read both.
        conn = _connect(path, "ro", immutable=not Path(f"{path}-wal").exists())
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise FileFormatError(f"{path}: an SQLite database, but not a Kompassapp evaluation file")
            if version > SCHEMA_VERSION:
                raise FileFormatError(
                    f"{path}: made by a newer Kompassapp (file format {version}, this version reads up to "
                    f"{SCHEMA_VERSION}); update Kompassapp to open it")
            result = conn.execute("PRAGMA quick_check").fetchall()
            if [tuple(r) for r in result] != [("ok",)]:
                raise FileFormatError(f"{path}: the file is damaged ({result[0][0]}); restore a backup copy")
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in TABLES_BEFORE.get(version, TABLES) if t not in present]
            if missing:
                raise FileFormatError(f"{path}: the file is damaged (missing tables: {', '.join(missing)})")
            if version == SCHEMA_VERSION:
                for table in TABLES:
                    found = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
                    if found != {c[0] for c in columns(table)}:
                        raise FileFormatError(f"{path}: the file is damaged (table {table} has other columns)")
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # SQLite's own messages can carry damaged bytes
        raise FileFormatError(f"{path}: the file is damaged and cannot be read ({exc})") from None
    return version


def open_readonly(path: Path) -> sqlite3.Connection:
    """A checked evaluation opened for reading only (e.g. a copy being merged in)."""
    check(path)
    return _connect(path, "ro")


def open_existing(path: Path) -> sqlite3.Connection:
    """Open a checked evaluation for writing, migrating an older schema first."""
    version = check(path)
    try:
        conn = _connect(path, "rw")
        _configure(conn)
    except sqlite3.OperationalError as exc:
        raise FileFormatError(f"{path}: cannot open the file for writing ({exc}); is it on read-only media?") from None
    if version < SCHEMA_VERSION:
        try:
            with transaction(conn):  # all steps or none: a failed upgrade leaves the file as it was
                for v in range(version, SCHEMA_VERSION):
                    MIGRATIONS[v](conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            conn.close()
            raise FileFormatError(f"{path}: cannot upgrade the file from format {version} to {SCHEMA_VERSION} "
                                  f"({exc}); the file is unchanged") from None
    return conn


def close(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # the WAL stays beside the file and is replayed on next open: nothing is lost
    conn.close()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One durable unit of work: committed as a whole when the block returns, else rolled back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
