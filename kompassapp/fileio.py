"""Writing files so that a reader never sees half of one.

Outputs (`write_atomic`) and new evaluation files (`new_file`) are built beside their
target under a temporary name, made durable, then renamed into place: a process killed
or a disk filling up at any moment leaves either no target or a complete one, and the
temporary file it left behind is cleaned up by the next run.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kompassapp.errors import FileFormatError, KompassError

SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database
STALE_SECONDS = 3600  # a build still "running" this long after its last write was killed with its machine


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, then rename: the target is either old or complete."""
    path = Path(path)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by an earlier write that was killed
        stale.unlink(missing_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as exc:
        raise KompassError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        os.chmod(tmp, file_mode(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KompassError(f"{path}: cannot write the file ({exc.strerror or exc}); the previous file is unchanged") from None


def file_mode(path: Path) -> int:
    """Keep the mode of the file we replace; a new file gets the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# -- new files --------------------------------------------------------------------------
def _remove_with_sides(path: Path) -> None:
    # The side files first: if this is interrupted, the main file is still there to be found next time.
    for p in (*(Path(f"{path}{s}") for s in SIDE_FILES), path):
        p.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would interrupt it there; an open file cannot be deleted anyway
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _clean_stale(path: Path) -> None:
    """Remove temporary files (and their SQLite side files) of earlier builds of `path` whose process is gone."""
    for found in path.parent.glob(f".{path.name}.*.building*"):
        stale = found.with_name(found.name[:found.name.rindex(".building") + len(".building")])
        pid = stale.name[len(path.name) + 2:-len(".building")]
        try:
            old = time.time() - found.stat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if not pid.isdigit() or int(pid) == os.getpid() or not _alive(int(pid)) or old:
            try:
                _remove_with_sides(stale)
            except OSError:
                pass  # still open by its build (Windows refuses to delete it): not stale after all


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable; some systems (Windows) cannot open a folder for this, and need not."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _publish(tmp: Path, path: Path) -> None:
    """Give the complete file its name, never replacing a file that appeared meanwhile."""
    try:
        os.link(tmp, path)  # fails if `path` exists: nobody's file is overwritten
    except FileExistsError:
        raise FileFormatError(f"{path}: the file already exists; choose another name") from None
    except OSError:  # a file system without hard links (FAT on a USB stick): check, then rename
        if path.exists():
            raise FileFormatError(f"{path}: the file already exists; choose another name") from None
        os.replace(tmp, path)
        return
    tmp.unlink()


@contextmanager
def new_file(path: str | Path, *, replace: bool = False) -> Iterator[Path]:
    """A temporary path beside `path` to build a new file in; it becomes `path` when the block returns.

    The caller creates and completes the file (an SQLite database must be closed, its WAL
    checkpointed). Then it is fsynced and renamed into place. If the block fails, or the
    process dies, `path` does not appear; what was left behind is removed now or by the next run.
    With `replace` the new file takes the place of the existing `path` in one rename (a file
    converted in place: a reader finds the old file or the new one, never neither).
    """
    path = Path(path)
    if path.exists() and not replace:
        raise FileFormatError(f"{path}: the file already exists; choose another name")
    for side in () if replace else ("-wal", "-journal"):
        if Path(f"{path}{side}").exists():  # SQLite would apply it to the new file
            raise KompassError(f"{path}: a file '{path.name}{side}' from an earlier file of that name is in the "
                               "folder; move it away or choose another name")
    folder = path.parent
    if not folder.is_dir():
        raise KompassError(f"{path}: the folder {folder} does not exist")
    _clean_stale(path)
    tmp = folder / f".{path.name}.{os.getpid()}.building"
    try:
        yield tmp
        leftover = [s for s in ("-wal", "-journal") if Path(f"{tmp}{s}").exists() and Path(f"{tmp}{s}").stat().st_size]
        if leftover or not tmp.is_file():
            raise KompassError(f"{path}: the new file could not be completed; nothing was written")
        _remove_with_sides_only(tmp)
        os.chmod(tmp, file_mode(path))
        _fsync(tmp)
        if replace:
            os.replace(tmp, path)
        else:
            _publish(tmp, path)
        _fsync_folder(folder)
    except OSError as exc:
        _remove_with_sides(tmp)
        raise KompassError(f"{path}: cannot write the file ({exc.strerror or exc}); nothing was written") from None
    except (KompassError, FileFormatError) as exc:  # named by the file the user asked for, not the temporary one
        _remove_with_sides(tmp)
        if type(exc) not in (KompassError, FileFormatError) or str(tmp) not in str(exc):
            raise
        raise type(exc)(str(exc).replace(str(tmp), str(path))) from None
    except BaseException:
        _remove_with_sides(tmp)
        raise


def _remove_with_sides_only(path: Path) -> None:
    for side in SIDE_FILES:
        Path(f"{path}{side}").unlink(missing_ok=True)


# -- private files --------------------------------------------------------------------------
def append_private(path: Path, text: str) -> None:
    """Append to a file only the user can read, never following a link planted in its place."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o600)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            raise OSError(f"{path} is not a plain file of its own")
        if info.st_mode & 0o077 and hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8", "replace"))
    finally:
        os.close(fd)
