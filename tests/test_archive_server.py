"""A real PostgreSQL server for the archive tests, started once per test session.

Debian's `postgresql` package (installed by .ci/run): initdb and pg_ctl from
/usr/lib/postgresql/*/bin, in a temporary directory, listening on a free port on 127.0.0.1
only. PostgreSQL refuses to run as root, so as root the server runs as `nobody` (runuser).
Password authentication over TCP (scram), so wrong passwords really fail. Without the
package, `server()` skips the PostgreSQL half with a clear reason.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ADMIN, ADMIN_PASSWORD = "kompass_admin", "admin-secret-7Q"


@dataclass
class Server:
    port: int
    bin: Path
    folder: Path

    def url(self, db: str = "postgres", user: str = ADMIN, password: str | None = ADMIN_PASSWORD) -> str:
        who = f"{user}:{password}" if password is not None else user
        return f"postgresql://{who}@127.0.0.1:{self.port}/{db}"

    def psql(self, sql: str, db: str = "postgres") -> str:
        env = {**os.environ, "PGPASSWORD": ADMIN_PASSWORD}
        result = subprocess.run([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", ADMIN,
                                 "-d", db, "-v", "ON_ERROR_STOP=1", "-q", "-At", "-c", sql],
                                capture_output=True, text=True, env=env, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def new_database(self, name: str) -> str:
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def dump(self, db: str) -> str:
        env = {**os.environ, "PGPASSWORD": ADMIN_PASSWORD}
        result = subprocess.run([str(self.bin / "pg_dump"), "-h", "127.0.0.1", "-p", str(self.port), "-U", ADMIN,
                                 "--inserts", db], capture_output=True, text=True, env=env, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout


_server: Server | None = None
_failure: str | None = None


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start() -> Server:
    bindir = _bin_dir()
    if bindir is None or not (bindir / "initdb").exists():
        pytest.skip("PostgreSQL is not installed (Debian package 'postgresql'; .ci/run installs it): "
                    "the PostgreSQL half of the archive tests is skipped")
    folder = Path(tempfile.mkdtemp(prefix="kompassapp-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # postgres refuses root: run it as an unprivileged user
        as_user = ["runuser", "-u", "nobody", "--"]
        os.chmod(folder, 0o755)
        shutil.chown(folder, "nobody", "nogroup")
    data, sock = folder / "data", folder / "sock"
    pwfile = folder / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if as_user:
        shutil.chown(pwfile, "nobody", "nogroup")
        sock.mkdir()
        shutil.chown(sock, "nobody", "nogroup")
    else:
        sock.mkdir()

    def run(args: list[str]) -> None:
        result = subprocess.run(as_user + args, capture_output=True, text=True, cwd=folder, timeout=120)
        if result.returncode:
            raise RuntimeError(f"{args[0]} failed: {result.stderr or result.stdout}")

    run([str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, f"--pwfile={pwfile}", "--auth-host=scram-sha-256",
         "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"])
    port = _free_port()
    options = (f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=80 "
               "-c shared_buffers=32MB")
    run([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "60",
         "start"])
    server = Server(port, bindir, folder)

    def stop() -> None:
        subprocess.run(as_user + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    return server


def server() -> Server:
    """The session's PostgreSQL server (started on first use; stopped when the tests end)."""
    global _server, _failure
    if _failure:
        pytest.fail(_failure)
    if _server is None:
        try:
            _server = _start()
        except RuntimeError as exc:
            _failure = f"could not start PostgreSQL for the tests: {exc}"
            pytest.fail(_failure)
    return _server


def test_the_test_server_listens_on_loopback_only():
    s = server()
    assert s.psql("SHOW listen_addresses").strip() == "127.0.0.1"
    with socket.create_connection(("127.0.0.1", s.port), timeout=5):
        pass
