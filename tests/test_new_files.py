"""New evaluation files appear whole or not at all (issue 11.3); a full disk leaves nothing behind
(11.9); the crash log is private to the user and follows no planted link (11.9)."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SMALL_BANK
from kompassapp import cli, fileio
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation


def _small_disk() -> None:
    """As if the disk held only 64 KB more: writes beyond fail with EFBIG (the signal is ignored)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.parametrize("command", ["import-json", "demo", "new --from"])
def test_a_full_disk_leaves_no_partial_or_temporary_file(tmp_path, demo_file, command):
    source = tmp_path / "source.json"
    from kompassapp.interchange import export_json

    export_json(demo_file, source)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "new.kompass"
    args = {"import-json": ["import-json", source, "-o", target], "demo": ["demo", "-o", target],
            "new --from": ["new", "--from", demo_file, "--auditor", "Karin", "-o", target]}[command]
    r = subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], cwd=ROOT, capture_output=True,
                       text=True, timeout=120, preexec_fn=_small_disk,
                       env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "KOMPASSAPP_DATA": str(tmp_path)})
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr and str(target) in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert list(out.iterdir()) == []  # no target, no .building/.importing, no -wal/-shm
    r = subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], cwd=ROOT, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr  # with room on the disk it works
    assert [p.name for p in out.iterdir()] == ["new.kompass"]


def test_a_new_file_never_replaces_one_that_appears_meanwhile(tmp_path):
    from kompassapp.bank import load_bank

    target = tmp_path / "e.kompass"
    with pytest.raises(KompassError, match="already exists"):
        with Evaluation.building(target, load_bank(SMALL_BANK), municipality="Aby", year=2026):
            target.write_text("someone else's file")
    assert target.read_text() == "someone else's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.kompass"]


def test_a_stale_temporary_file_never_blocks_a_rerun(tmp_path):
    from kompassapp.bank import load_bank

    target = tmp_path / "e.kompass"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".e.kompass.{int(dead.stdout)}.building"
    for name in (stale, Path(f"{stale}-wal"), Path(f"{stale}-shm")):
        name.write_bytes(b"left by a killed run")
    Evaluation.create(target, load_bank(SMALL_BANK), municipality="Aby", year=2026).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.kompass"]


def test_a_stray_wal_where_the_new_file_goes_is_refused(tmp_path):
    from kompassapp.bank import load_bank

    target = tmp_path / "e.kompass"
    Path(f"{target}-wal").write_bytes(b"an old file's WAL")
    with pytest.raises(KompassError, match="e.kompass-wal"):
        Evaluation.create(target, load_bank(SMALL_BANK), municipality="Aby", year=2026)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.kompass-wal"]


def _crash(monkeypatch, tmp_path, capsys) -> tuple[int, str]:
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))

    def boom(args):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(cli, "cmd_summary", boom)
    code = cli.main(["summary", "x.kompass"])
    return code, capsys.readouterr().err


def test_the_crash_log_is_in_the_data_folder_and_private(monkeypatch, tmp_path, capsys):
    code, err = _crash(monkeypatch, tmp_path, capsys)
    log = tmp_path / "data" / "kompassapp-error.log"
    assert code == 70 and str(log) in err
    assert "simulated bug" in log.read_text() and stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_crash_log_follows_no_planted_link(monkeypatch, tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kompassapp-error.log").symlink_to(victim)
    code, err = _crash(monkeypatch, tmp_path, capsys)
    assert code == 70 and "simulated bug" in err
    assert victim.read_text() == "precious"


def test_append_private_refuses_a_hard_link(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.link(victim, tmp_path / "log")
    with pytest.raises(OSError):
        fileio.append_private(tmp_path / "log", "x")
    assert victim.read_text() == "precious"
