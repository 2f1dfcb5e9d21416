"""Encrypting, decrypting and re-keying an evaluation file in place (`kompassapp encrypt/decrypt/rekey`).

The conversion itself is storage.convert (atomic: old file with the old key, or new file with
the new key). The file's rolling backups follow it: after `encrypt` or `rekey` the old ones
(plain, or under a passphrase that may have leaked) are removed and one new snapshot is taken
with the new key, so no copy in the data folder opens with less than the file does.
"""

from __future__ import annotations

from pathlib import Path

from kompassapp import backups, crypto, storage
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation


def is_encrypted(path: str | Path) -> bool:
    with Path(path).open("rb") as fh:
        return not fh.read(16).startswith(storage.SQLITE_MAGIC)


def _renew_backups(path: Path) -> int:
    """Remove the file's snapshots and take one of it as it is now; returns how many were removed."""
    with Evaluation.open(path) as ev:
        old = [b.path for b in backups.list_backups(ev)] + backups.before_upgrade_copies(ev)
        backups.take(ev)
        for copy in old:
            copy.unlink(missing_ok=True)
    return len(old)


def encrypt(path: str | Path, passphrase: str) -> int:
    """Encrypt a plain file with `passphrase`; returns how many plain backups were replaced."""
    path = Path(path)
    crypto.require()
    storage.check(path)
    if is_encrypted(path):
        raise KompassError(f"{path}: the file is already encrypted (use rekey to change its passphrase)")
    storage.convert(path, crypto.new_key(passphrase))
    crypto.remember(path, passphrase)
    return _renew_backups(path)


def rekey(path: str | Path, passphrase: str) -> int:
    """Give an encrypted file a new passphrase (and salt); returns how many old backups were replaced."""
    path = Path(path)
    storage.check(path)  # the old passphrase must open it
    if not is_encrypted(path):
        raise KompassError(f"{path}: the file is not encrypted (use encrypt)")
    storage.convert(path, crypto.new_key(passphrase))
    crypto.remember(path, passphrase)
    return _renew_backups(path)


def decrypt(path: str | Path) -> None:
    """Store an encrypted file as plain SQLite again. Its backups stay encrypted."""
    path = Path(path)
    storage.check(path)
    if not is_encrypted(path):
        raise KompassError(f"{path}: the file is not encrypted")
    storage.convert(path, None)
