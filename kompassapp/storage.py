"""The `.kompass` file: one SQLite database per evaluation.

Why SQLite: every edit is one transaction, so a process killed at any moment leaves
a file that holds every edit that returned and nothing half-written. WAL with
synchronous=FULL makes each commit durable with one fsync; closing checkpoints the WAL
back into the main file so the file can be copied or mailed as a single file.

A file from someone else is data, never code. Opening checks the file before anything
writes to it: its whole schema must be exactly what Kompassapp creates for its version
(a trigger or view could otherwise run SQL on every edit), a `-wal` beside it must
belong to it, and `trusted_schema` is off on every connection. A refused file is left
exactly as it was. Readers (`open_readonly`) never write to the file nor beside it:
an older schema is migrated in memory, a crash leftover WAL is applied in a scratch copy.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from kompassapp import crypto, fileio
from kompassapp.errors import FileFormatError, KompassError
from kompassapp.schema import (  # noqa: F401  (re-exported: the file's schema is part of storage's API)
    MIGRATIONS, SCHEMA, SCHEMA_V1, SCHEMAS, TABLES, TABLES_BEFORE, built_schemas, columns, objects)

APPLICATION_ID = 0x4B4F4D50  # "KOMP": marks a SQLite file as ours
SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
BUSY_SECONDS = 3.0  # how long to wait for another program's lock before saying the file is in use
IDENTITY = ("evaluation_id", "auditor", "created_at", "created_by")  # meta that no edit ever changes


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    with transaction(conn):  # all steps or none: a failed upgrade leaves the file as it was
        for v in range(version, SCHEMA_VERSION):
            MIGRATIONS[v](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


# -- the expected schema ----------------------------------------------------------------
def _schemas(version: int) -> tuple[frozenset, ...]:
    """The schemas a file of `version` can have: created at that version, or at an older one and migrated."""
    return built_schemas(version, tuple(MIGRATIONS.get(v) for v in range(min(SCHEMAS), version)))


def _check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    found = objects(conn)
    variants = _schemas(version)
    if found in variants:
        return
    ours = {(o[0], o[1]) for v in variants for o in v}
    # Code first (triggers, views), then anything else that is not exactly ours.
    for kind, name, table, _ in sorted(found - frozenset().union(*variants),
                                        key=lambda o: (o[0] not in ("trigger", "view"), o[1])):
        if (kind, name) in ours:
            raise FileFormatError(f"{path}: its {kind} '{name}' is not as Kompassapp creates it; the file is "
                                  "refused so that nothing in it runs (ask the sender for a copy made by Kompassapp)")
        on = f" on table '{table}'" if kind in ("trigger", "index") else ""
        raise FileFormatError(f"{path}: holds a {kind} '{name}'{on} that Kompassapp did not create; the file is "
                              "refused so that nothing in it runs (ask the sender for a copy made by Kompassapp)")
    kind, name = sorted(min(variants, key=lambda v: len(v ^ found)) - found, key=lambda o: o[1])[0][:2]
    raise FileFormatError(f"{path}: the file is damaged (its {kind} '{name}' is missing)")


# -- connections --------------------------------------------------------------------------
def _harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.row_factory = crypto.row_type(conn)
    # A damaged byte in stored text shows as U+FFFD instead of making the whole file unreadable.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    # Functions with side effects may never be called from a file's schema (defence in depth:
    # the schema check already refuses every object we did not create).
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    # Deleted and overwritten text is zeroed, never left in free pages (whatever SQLite's build default).
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":  # e.g. a file system without shared memory: keep the rollback journal
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, mode: str, *, immutable: bool = False, key: bytes | None = None) -> sqlite3.Connection:
    # isolation_level=None: we open transactions ourselves with BEGIN IMMEDIATE.
    # immutable: read without locks or side files, so reading a file leaves nothing behind.
    # timeout: a lock held by another program is waited for a bounded time, then reported.
    # key: an encrypted file (see crypto.py).
    uri = f"file:{quote(str(path.absolute()))}?mode={mode}" + ("&immutable=1" if immutable else "")
    if key:
        conn = crypto.connect(uri, key, timeout=BUSY_SECONDS)
    else:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
    try:
        return _harden(conn)
    except BaseException:
        conn.close()
        raise


def _in_memory(source: sqlite3.Connection) -> sqlite3.Connection:
    """A private in-memory copy of a database, for readers that must migrate or outlive a scratch copy."""
    key = crypto.key_of(source)
    if key:  # SQLCipher copies only into a database with a key; an in-memory one stays plain, in memory
        conn = crypto.connect(":memory:", key)
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    source.backup(conn)
    return _harden(conn)


def _code(exc: BaseException) -> int:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF


def is_busy(exc: BaseException) -> bool:
    return _code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc)


def write_error(path: Path, exc: sqlite3.Error) -> KompassError:
    """What a failed write means for the user, by SQLite's error code."""
    code = _code(exc)
    if is_busy(exc):
        return FileFormatError(f"{path}: the file is in use by another program (still locked after "
                               f"{BUSY_SECONDS:g} seconds); close it there and try again")
    if code == sqlite3.SQLITE_READONLY:
        return KompassError(f"{path}: the file cannot be written (write-protected media or no permission); "
                            "it can still be read and exported")
    if code == sqlite3.SQLITE_CANTOPEN:
        return KompassError(f"{path}: the file cannot be written here (write-protected media, no permission in its "
                            "folder, or the disk was removed); it can still be read and exported")
    if code == sqlite3.SQLITE_FULL:
        return KompassError(f"{path}: the disk is full; make room and try again (nothing was half-stored)")
    return KompassError(f"{path}: the change could not be stored ({exc}); "
                        "check that the disk is present and not full")


def create(path: Path, *, key: bytes | None = None) -> sqlite3.Connection:
    """A new, empty evaluation database at `path` (which must not exist; see fileio.new_file).

    With `key` (crypto.new_key) the file is encrypted."""
    if path.exists():
        raise FileFormatError(f"{path}: the file already exists; choose another name")
    try:
        conn = _connect(path, "rwc", key=key)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        _configure(conn)
        conn.execute("BEGIN IMMEDIATE")
        conn.executescript(SCHEMA)  # executescript commits
    except sqlite3.Error as exc:
        raise FileFormatError(f"{path}: cannot create the file: {exc}") from None
    return conn


# -- checking -------------------------------------------------------------------------------
def _check_head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if not head:
        raise FileFormatError(f"{path}: the file is empty; it is not an evaluation")
    if not head.startswith(SQLITE_MAGIC) and crypto.looks_encrypted(path, head):
        return head  # perhaps encrypted: only a key can tell (see _key)
    if not head.startswith(SQLITE_MAGIC):
        raise FileFormatError(f"{path}: not a Kompassapp evaluation file (it is not a .kompass database)")
    if len(head) < 100:
        raise FileFormatError(f"{path}: the file is damaged (truncated)")
    return head


def _key(path: Path, head: bytes) -> bytes | None:
    """The key that opens the file with `head`; None for a plain file. Nothing is written."""
    if head.startswith(SQLITE_MAGIC):
        return None
    crypto.require()
    keys = crypto.candidates(path, head[:crypto.SALT_BYTES])
    for key in keys:
        conn = _connect(path, "ro", immutable=True, key=key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            continue
        finally:
            conn.close()
        crypto.opened(key)
        return key
    if keys:
        raise crypto.WrongPassphrase(f"{path}: the passphrase does not open the file (or it is not an evaluation "
                                     "file); nothing was changed")
    raise crypto.PassphraseNeeded(f"{path}: the file is encrypted (or it is not an evaluation file); give its "
                                  f"passphrase ({crypto.ENV} or --passphrase-file)")


def key_of(conn: sqlite3.Connection) -> bytes | None:
    """The key of an open encrypted file (None if plain): its backups and copies are made with it."""
    return crypto.key_of(conn)


def snapshot(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the open database as the new file `target`, encrypted like its source."""
    key = crypto.key_of(conn)
    dest = crypto.connect(str(target), key, uri=False) if key else sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def convert(path: Path, key: bytes | None) -> None:
    """Rewrite the file encrypted with `key` (None: plain) in place, atomically (see fileio.new_file).

    Built beside it with sqlcipher_export and renamed over it: a crash leaves the old file with its
    old key or the new one with the new key, never neither. Refused while another program has it open.
    sqlcipher3 bundles its own SQLite, whose locks do not see this process's sqlite3 connections: none
    may be open on the file meanwhile (the one opened for the checks is closed first).
    """
    path = Path(path)
    close(open_existing(path))  # the checks; an older format is migrated (after a copy), a crash's WAL applied
    old = _key(path, _check_head(path))
    uri = f"file:{quote(str(path.absolute()))}?mode=rw"
    try:
        conn = _harden(crypto.connect(uri, old or b"", timeout=BUSY_SECONDS))
    except sqlite3.Error as exc:
        raise FileFormatError(f"{path}: cannot open the file ({exc})") from None
    try:
        with fileio.new_file(path, replace=True) as tmp:
            try:
                # The file to itself until replaced: a program that has it open (idle, even) would keep
                # writing to the old file after the rename, so it is refused now, before anything is built.
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                conn.execute("BEGIN EXCLUSIVE")
                conn.execute("COMMIT")
                conn.execute("ATTACH DATABASE ? AS conv KEY ?", (str(tmp), f"x'{key.hex()}'" if key else ""))
                conn.execute("PRAGMA conv.secure_delete = ON")
                conn.execute("SELECT sqlcipher_export('conv')")
                conn.execute(f"PRAGMA conv.application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA conv.user_version = {SCHEMA_VERSION}")
                conn.execute("DETACH DATABASE conv")
            except sqlite3.Error as exc:
                raise write_error(path, exc) from None
            conn.close()
    finally:
        conn.close()
    check(path)


def _verify(conn: sqlite3.Connection, path: Path, *, thorough: bool = False) -> int:
    """Check an open database as an evaluation file; return its schema version."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise FileFormatError(f"{path}: an SQLite database, but not a Kompassapp evaluation file")
    if version > SCHEMA_VERSION:
        raise FileFormatError(
            f"{path}: made by a newer Kompassapp (file format {version}, this version reads up to "
            f"{SCHEMA_VERSION}); update Kompassapp to open it")
    if version < min(SCHEMAS):
        raise FileFormatError(f"{path}: not a usable Kompassapp evaluation file (file format {version} is not one "
                              "Kompassapp has ever written)")
    _check_schema(conn, path, version)
    result = conn.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchall()
    if [tuple(r) for r in result] != [("ok",)]:
        what = " ".join(str(result[0][0]).replace("*** in database main ***", "").split())[:200]
        raise FileFormatError(f"{path}: the file is damaged ({what}); restore a backup copy")
    return version


def _side(path: Path) -> str:
    """The SQLite file beside `path` that opening it would apply ("-wal" or "-journal"), or ""."""
    for side in ("-wal", "-journal"):
        try:
            if Path(f"{path}{side}").stat().st_size > 0:
                return side
        except OSError:
            pass
    return ""


def _foreign_wal(path: Path, why: str, side: str = "-wal") -> FileFormatError:
    return FileFormatError(f"{path}: the file '{path.name}{side}' beside it does not belong to it ({why}); both "
                           f"files were left untouched — move '{path.name}{side}' away (or restore a backup copy)")


def _identity(conn: sqlite3.Connection) -> dict[str, object]:
    marks = ", ".join("?" * len(IDENTITY))
    rows = conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", IDENTITY).fetchall()
    found = {}
    for key, value in rows:
        try:
            found[key] = json.loads(value)
        except ValueError:
            found[key] = value
    return found


@contextmanager
def _recovered(path: Path, head: bytes, key: bytes | None) -> Iterator[tuple[sqlite3.Connection, int]]:
    """The file with the WAL (or journal) beside it applied in a scratch copy, checked; the originals untouched.

    A WAL holds pages, not statements: a WAL from another file would mix two evaluations.
    Its pages must have the file's page size, the result must pass a full integrity check,
    and the details no edit changes (evaluation id, auditor, creation) must be the file's own.
    """
    side = _side(path)
    beside = Path(f"{path}{side}")
    if side == "-journal" and head[18:20] == b"\x02\x02":  # a file in WAL mode never has a rollback journal
        raise _foreign_wal(path, "the file keeps its changes in a WAL", side)
    if side == "-wal":
        with beside.open("rb") as fh:
            header = fh.read(32)
        if len(header) < 32 or int.from_bytes(header[:4], "big") not in WAL_MAGIC:
            raise _foreign_wal(path, "it is not an SQLite WAL file")
        page_size = crypto.PAGE_SIZE if key else int.from_bytes(head[16:18], "big")
        if int.from_bytes(header[8:12], "big") != (65536 if page_size == 1 else page_size):
            raise _foreign_wal(path, "its page size differs")
    with tempfile.TemporaryDirectory(prefix="kompassapp-") as work:
        copy = Path(work) / "check.kompass"
        shutil.copyfile(path, copy)
        shutil.copyfile(beside, f"{copy}{side}")
        conn = _connect(copy, "rw", key=key)
        try:
            try:
                version = _verify(conn, path, thorough=True)
            except FileFormatError as exc:
                raise _foreign_wal(path, str(exc).removeprefix(f"{path}: "), side) from None
            alone = _connect(path, "ro", immutable=True, key=key)
            try:
                own = _identity(alone)
            except sqlite3.Error:
                own = {}  # the file alone is not readable yet (all in the WAL): nothing to compare
            finally:
                alone.close()
            applied = _identity(conn)
            for key, value in own.items():
                if applied.get(key) != value:
                    raise _foreign_wal(path, f"it was written for another file: its {key.replace('_', ' ')} differs",
                                       side)
            yield conn, version
        finally:
            conn.close()


def _damaged(path: Path, exc: BaseException) -> FileFormatError:
    if is_busy(exc):
        return write_error(path, exc)  # type: ignore[arg-type]
    return FileFormatError(f"{path}: the file is damaged and cannot be read ({exc})")


def check(path: Path) -> int:
    """Check that `path` is a usable evaluation file without changing it; return its schema version."""
    path = Path(path)
    head = _check_head(path)
    try:
        key = _key(path, head)
        if _side(path):
            with _recovered(path, head, key) as (_, version):
                return version
        conn = _connect(path, "ro", immutable=True, key=key)
        try:
            return _verify(conn, path)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, OSError) as exc:  # SQLite's messages can carry damaged bytes
        raise _damaged(path, exc) from None


def open_readonly(path: Path) -> sqlite3.Connection:
    """A checked evaluation for reading only: nothing is written to the file or beside it.

    An older schema is migrated in a private in-memory copy; so is a file whose WAL (left by a
    crash, or by a program that has it open) must be applied first.
    """
    path = Path(path)
    head = _check_head(path)
    try:
        key = _key(path, head)
        if _side(path):
            with _recovered(path, head, key) as (recovered, version):
                conn = _in_memory(recovered)
        else:
            conn = _connect(path, "ro", immutable=True, key=key)
            try:
                version = _verify(conn, path)
                if version < SCHEMA_VERSION:
                    source, conn = conn, _in_memory(conn)
                    source.close()
            except BaseException:
                conn.close()
                raise
        if version < SCHEMA_VERSION:
            _migrate(conn, version)
        conn.execute("PRAGMA query_only = ON")
    except (sqlite3.Error, UnicodeDecodeError, OSError) as exc:
        raise _damaged(path, exc) from None
    return conn


def _keep_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A copy of the file as it was, in the user's data folder, before it is migrated in place."""
    from kompassapp.backups import data_dir  # here: backups builds on this module

    folder = data_dir() / "backups" / "before-upgrade"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-format{version}-{stamp}.kompass"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        snapshot(conn, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        Path(partial).unlink(missing_ok=True)
        raise KompassError(f"{path}: cannot keep a copy before upgrading its format ({exc}); "
                           "the file is unchanged") from None
    return target


def open_existing(path: Path) -> sqlite3.Connection:
    """Open a checked evaluation for editing; an older schema is migrated in place, after a backup copy."""
    path = Path(path)
    version = check(path)
    try:
        conn = _connect(path, "rw", key=_key(path, _check_head(path)))
    except sqlite3.Error as exc:
        raise FileFormatError(f"{path}: cannot open the file ({exc})") from None
    try:
        _configure(conn)
        conn.execute("BEGIN IMMEDIATE")  # the write lock, once: in use elsewhere or write-protected shows now
        _check_schema(conn, path, version)  # the file as this connection sees it, under the lock
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        conn.close()
        raise write_error(path, exc) from None
    except BaseException:
        conn.close()
        raise
    if version < SCHEMA_VERSION:
        try:
            _keep_before_upgrade(conn, path, version)
            _migrate(conn, version)
        except sqlite3.Error as exc:
            conn.close()
            raise FileFormatError(f"{path}: cannot upgrade the file from format {version} to {SCHEMA_VERSION} "
                                  f"({exc}); the file is unchanged") from None
        except BaseException:
            conn.close()
            raise
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
        # Every commit rewrites the rows that identify the file (toggling a blank after their JSON, which
        # reads the same), so every WAL carries them: a WAL put beside another file, even beside another
        # copy of the same evaluation, is then recognised (see _recovered). SQLite skips no-op updates.
        conn.execute("UPDATE meta SET value = CASE WHEN value LIKE '% ' THEN rtrim(value, ' ') ELSE value || ' ' END"
                     " WHERE key IN ('evaluation_id', 'auditor')")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def vacuum(conn: sqlite3.Connection) -> None:
    """Rebuild the file so that nothing erased remains in it, in its WAL or in free pages."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
