"""Rolling backups of open evaluations, kept in the user's data folder.

The `.kompass` file itself never loses an edit, but a file can still be lost as a whole
(a USB stick pulled out, a copy mailed back and overwritten, a bad merge). The app
snapshots each open evaluation on open and every few minutes; the newest `keep` stay.
Snapshots use SQLite's backup API, so they are consistent even while the file is in use.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kompassapp import storage
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.paths import data_dir

KEEP = 20
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime

    @property
    def label(self) -> str:
        return self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def folder_for(ev: Evaluation) -> Path:
    """One folder per evaluation; all copies of an evaluation share it, told apart by auditor."""
    name = re.sub(r"[^\w-]+", "-", f"{ev.info.municipality}-{ev.info.year}-{ev.auditor}").strip("-")
    return data_dir() / "backups" / f"{name}-{ev.evaluation_id[:8]}"


def take(ev: Evaluation, *, keep: int = KEEP) -> Path:
    """Snapshot the open evaluation; prune so that the newest `keep` snapshots remain."""
    folder = folder_for(ev)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{datetime.now(timezone.utc).strftime(_STAMP)}.kompass"
        partial = target.with_suffix(".partial")
        storage.snapshot(ev.conn, partial)  # an encrypted file's snapshots are encrypted with its key
        os.replace(partial, target)  # a half-written snapshot never carries the final name
    except (OSError, sqlite3.Error) as exc:
        raise KompassError(f"{folder}: cannot write a backup ({exc})") from None
    for old in list_backups(ev)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(ev: Evaluation) -> list[Backup]:
    """The evaluation's snapshots, newest first."""
    return backups_in(folder_for(ev))


def backups_in(folder: Path) -> list[Backup]:
    """The snapshots in a backup folder (named by the time taken), newest first."""
    found = []
    for path in folder.glob("*.kompass"):
        try:
            taken = datetime.strptime(path.stem, _STAMP).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def restore(backup: Path, target: Path) -> Path:
    """Put a snapshot back as `target` (which must not be open). The current file is kept beside it.

    Returns where the replaced file was kept, so that a restore can itself be undone.
    """
    storage.check(backup)
    target = Path(target)
    kept = target.with_name(f"{target.stem}.före-återställning-{datetime.now().strftime('%Y%m%d-%H%M%S')}{target.suffix}")
    try:
        if target.exists():
            shutil.copy2(target, kept)
            for side in ("-wal", "-shm"):  # edits not yet checkpointed live in the WAL: keep them with it
                if Path(f"{target}{side}").exists():
                    shutil.copy2(f"{target}{side}", f"{kept}{side}")
        partial = target.with_name(f".{target.name}.restoring")
        shutil.copy2(backup, partial)
        for side in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            side.unlink(missing_ok=True)  # a WAL of the replaced file must not be replayed onto the snapshot
        os.replace(partial, target)
    except OSError as exc:
        raise KompassError(f"{target}: cannot restore the backup ({exc.strerror or exc})") from None
    return kept


def before_upgrade_copies(ev: Evaluation) -> list[Path]:
    """The copies kept before the file's format was upgraded (storage._keep_before_upgrade) that are of this
    evaluation and auditor: they hold what the file held then, and go with its backups on a purge or encrypt."""
    found = []
    for path in sorted((data_dir() / "backups" / "before-upgrade").glob("*.kompass")):
        try:
            conn = storage.open_readonly(path)
        except KompassError:
            continue  # someone else's, damaged, or under another passphrase: not provably this file's
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('evaluation_id', 'auditor')"))
        except sqlite3.Error:
            meta = {}
        finally:
            conn.close()
        if meta.get("evaluation_id", "").strip() == json.dumps(ev.evaluation_id) and \
                meta.get("auditor", "").strip() == json.dumps(ev.auditor, ensure_ascii=False):
            found.append(path)
    return found

