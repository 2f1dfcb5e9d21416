"""Encrypted evaluation files: SQLCipher 4 through the `sqlcipher3` package.

An encrypted `.kompass` file is an SQLCipher 4 database: every page (and every page in its
WAL) is AES-256 encrypted and authenticated; its first 16 bytes are the key-derivation salt,
so it has no "SQLite format 3" header. The key is derived from the passphrase exactly as
SQLCipher 4 does (PBKDF2-HMAC-SHA512, 256 000 rounds, the file's salt) — once per file and
process, here, instead of on every connection: the file stays openable by any SQLCipher 4
with the passphrase, and opening costs one derivation, not one per connection.

Where the passphrase comes from (never from the command line, where other users see it):
`remember()` (the window's dialog, `--passphrase-file`), else KOMPASSAPP_PASSPHRASE.
Backups and copies are written with their file's key and salt, so the same passphrase opens them.

Plain files keep using Python's own sqlite3. Connections to encrypted files raise sqlite3's
exception classes too (see `CipherConnection`), so the rest of the app handles both alike.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from kompassapp.errors import FileFormatError

try:
    from sqlcipher3 import dbapi2 as cipher
except ImportError:  # pragma: no cover - the package is a dependency; plain files work without it
    cipher = None

ENV = "KOMPASSAPP_PASSPHRASE"
NEW_ENV = "KOMPASSAPP_NEW_PASSPHRASE"  # rekey/encrypt in scripts: the passphrase to change to
KDF_ROUNDS = 256_000  # SQLCipher 4's default, so the file opens in any SQLCipher 4 with the passphrase
SALT_BYTES = 16
PAGE_SIZE = 4096  # SQLCipher 4's default page size (the WAL's frames have it)
MIN_PASSPHRASE = 8

_given: dict[str, str] = {}  # resolved path -> passphrase given for it in this process
_derived: dict[tuple[bytes, str], bytes] = {}  # (salt, passphrase) -> key: derivation is deliberately slow
_default: str | None = None
_known: dict[bytes, bytes] = {}  # salt -> a key that opened a file with that salt (its backups and copies share it)


class PassphraseNeeded(FileFormatError):
    """The file is encrypted (or not an evaluation at all) and no passphrase was given for it."""


class WrongPassphrase(FileFormatError):
    """No passphrase given opens the file."""


def available() -> bool:
    return cipher is not None


def require() -> None:
    if cipher is None:
        raise FileFormatError("encrypted files need the Python package 'sqlcipher3' (pip install sqlcipher3)")


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise FileFormatError(f"the passphrase is too short (at least {MIN_PASSPHRASE} characters)")
    return passphrase


def remember(path: str | Path, passphrase: str) -> None:
    """Use `passphrase` for the file at `path` in this process (the window's dialog, --passphrase-file)."""
    _given[str(Path(path).resolve())] = passphrase


def forget() -> None:
    """Drop every passphrase and key this process holds (tests; closing the app)."""
    set_default(None)
    _given.clear()
    _derived.clear()
    _known.clear()


def set_default(passphrase: str | None) -> None:
    """The passphrase for every encrypted file this process opens (--passphrase-file, a prompt)."""
    global _default
    _default = passphrase


def passphrase_for(path: str | Path) -> str | None:
    return _given.get(str(Path(path).resolve())) or _default or os.environ.get(ENV) or None


def derive(passphrase: str, salt: bytes) -> bytes:
    found = _derived.get((salt, passphrase))
    if found is None:
        found = _derived[(salt, passphrase)] = hashlib.pbkdf2_hmac(
            "sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32)
    return found


def new_key(passphrase: str) -> bytes:
    """Key and a fresh salt (48 bytes) for a new encrypted file."""
    salt = os.urandom(SALT_BYTES)
    key = derive(check_passphrase(passphrase), salt)
    _known[salt] = key
    return key + salt


def candidates(path: Path, salt: bytes) -> list[bytes]:
    """Keys worth trying on a file with `salt`, most likely first (each is 48 bytes: key and salt)."""
    found = []
    if salt in _known:
        found.append(_known[salt] + salt)
    passphrase = passphrase_for(path)
    if passphrase:
        found.append(derive(passphrase, salt) + salt)
    return found


def opened(key: bytes) -> None:
    """Note that `key` opened its file: its backups and copies (same salt) open without asking again."""
    _known[key[32:]] = key[:32]


def looks_encrypted(path: Path, head: bytes) -> bool:
    """No SQLite header, and the size of whole SQLCipher pages: an encrypted file (or something else)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return len(head) >= SALT_BYTES and size >= 1024 and size % 1024 == 0


def pragma(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


# -- connections whose errors are sqlite3's ---------------------------------------------------
def _translated(exc: BaseException) -> sqlite3.Error:
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    new = kind(*exc.args)
    new.sqlite_errorcode = getattr(exc, "sqlite_errorcode", 0)  # type: ignore[attr-defined]
    new.sqlite_errorname = getattr(exc, "sqlite_errorname", "")  # type: ignore[attr-defined]
    return new


if cipher is not None:
    class CipherCursor(cipher.Cursor):
        def execute(self, *args: Any) -> Any:
            try:
                return super().execute(*args)
            except cipher.Error as exc:
                raise _translated(exc) from None

        def executemany(self, *args: Any) -> Any:
            try:
                return super().executemany(*args)
            except cipher.Error as exc:
                raise _translated(exc) from None

        def fetchone(self) -> Any:
            try:
                return super().fetchone()
            except cipher.Error as exc:
                raise _translated(exc) from None

        def fetchall(self) -> Any:
            try:
                return super().fetchall()
            except cipher.Error as exc:
                raise _translated(exc) from None

        def __next__(self) -> Any:
            try:
                return super().__next__()
            except cipher.Error as exc:
                raise _translated(exc) from None

    class CipherConnection(cipher.Connection):
        """A connection to an encrypted file; `kompass_key` is its key, for backups and copies."""

        kompass_key: bytes = b""

        def cursor(self, factory: Any = CipherCursor) -> Any:
            return super().cursor(factory)

        def execute(self, sql: str, parameters: Any = ()) -> Any:
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any) -> Any:
            return self.cursor().executemany(sql, parameters)

        def executescript(self, script: str) -> Any:
            try:
                return super().executescript(script)
            except cipher.Error as exc:
                raise _translated(exc) from None

        def backup(self, target: Any, **kwargs: Any) -> None:
            try:
                super().backup(target, **kwargs)
            except cipher.Error as exc:
                raise _translated(exc) from None

        def close(self) -> None:
            try:
                super().close()
            except cipher.Error as exc:
                raise _translated(exc) from None

        def blobopen(self, table: str, column: str, row: int, /, *, readonly: bool = True, name: str = "main") -> Any:
            """sqlite3's Connection.blobopen (reading), which sqlcipher3 lacks: read through SQL."""
            return _Blob(self, f'"{name}"."{table}"', f'"{column}"', row)


class _Blob:
    """Enough of sqlite3.Blob to read a value in pieces: len(), read(n), a context manager."""

    def __init__(self, conn: Any, table: str, column: str, row: int):
        self.conn, self.source, self.column, self.row, self.offset = conn, table, column, row, 0
        found = conn.execute(f"SELECT typeof({column}), length(CAST({column} AS BLOB)) FROM {table} WHERE rowid = ?",
                             (row,)).fetchone()
        if found is None or found[0] not in ("text", "blob"):
            raise sqlite3.OperationalError(f"cannot open value of type {found[0] if found else 'null'}")
        self.size = found[1]

    def __len__(self) -> int:
        return self.size

    def read(self, length: int = -1) -> bytes:
        if length < 0:
            length = self.size - self.offset
        data = self.conn.execute(f"SELECT substr(CAST({self.column} AS BLOB), ?, ?) FROM {self.source} WHERE rowid = ?",
                                 (self.offset + 1, length, self.row)).fetchone()[0] or b""
        self.offset += len(data)
        return bytes(data)

    def close(self) -> None:
        pass

    def __enter__(self) -> _Blob:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(target: str, key: bytes, *, uri: bool = True, timeout: float = 5.0) -> Any:
    """A connection to an encrypted database with `key` (48 bytes; for ":memory:" only the first 32 count)."""
    require()
    conn = cipher.connect(target, uri=uri, isolation_level=None, check_same_thread=False, timeout=timeout,
                          factory=CipherConnection)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's log lines
        if key:  # no key: a plain file through SQLCipher (to convert it)
            conn.execute(f"PRAGMA key = {pragma(key if target != ':memory:' else key[:32])}")
        conn.row_factory = cipher.Row
    except BaseException:
        conn.close()
        raise
    conn.kompass_key = key
    return conn


def key_of(conn: Any) -> bytes | None:
    return getattr(conn, "kompass_key", None) or None


def row_type(conn: Any) -> Any:
    return cipher.Row if key_of(conn) else sqlite3.Row
