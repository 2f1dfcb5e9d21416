"""Writing output files so that a reader never sees half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kompassapp.errors import KompassError


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
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KompassError(f"{path}: cannot write the file ({exc.strerror or exc}); the previous file is unchanged") from None


def _file_mode(path: Path) -> int:
    """Keep the mode of the file we replace; a new file gets the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
