"""Readers never write (issue 17.1) and files in use or on write-protected media (issue 11.6).

Every command that only reads opens the file read-only: an older file format is migrated in
memory, a WAL left beside it is applied in a scratch copy; the file stays byte-identical and no
-wal/-shm appears. Only opening for editing migrates a file in place, after a backup copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SMALL_BANK
from kompassapp import storage
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation

FIXTURES = ROOT / "tests" / "fixtures"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def cli(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("KOMPASSAPP_DATA", str(folder))
    return folder


@pytest.mark.parametrize("version", ["kompass_v1", "kompass_v2"])
def test_every_reading_command_leaves_the_file_byte_identical(tmp_path, data_dir, version, revision_2_text):
    newer = tmp_path / "small-rev2.yaml"
    newer.write_text(revision_2_text, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "sample.kompass"
    other = folder / "other.kompass"
    shutil.copy(FIXTURES / version / "sample.kompass", path)
    shutil.copy(FIXTURES / "kompass_v2" / "sample.kompass", other) if version == "kompass_v1" else \
        shutil.copy(FIXTURES / "kompass_v1" / "sample.kompass", other)
    before = snapshot(folder)
    out = tmp_path / "out"
    out.mkdir()
    for args in (["summary", path], ["summary", path, "--json"],
                 ["export", path, "--xlsx", out / "r.xlsx", "--pdf", out / "r.pdf"],
                 ["export", path, "--pdf", out / "final.pdf", "--final", "--compare", other],
                 ["export", other, "--xlsx", out / "c.xlsx", "--compare", path],
                 ["export-json", path, "-o", out / "r.json"], ["export-json", path],
                 ["jury", path, other, "-o", out / "jury.xlsx"],
                 ["reference", "save", path, "-o", out / "ref.yaml"],
                 ["upgrade", path, "--bank", newer, "--dry-run"]):
        r = cli(*args, env={"KOMPASSAPP_DATA": str(data_dir)})
        assert r.returncode == 0, (args, r.stderr)
        assert snapshot(folder) == before, args  # byte-identical, and no -wal/-shm beside it
    # The window's comparison goes through references.comparison.
    from kompassapp.bank import load_bank
    from kompassapp.references import comparison

    assert comparison(path, load_bank(SMALL_BANK)).scores
    assert snapshot(folder) == before
    assert not data_dir.exists()  # not even a backup copy: nothing was migrated in place


def test_a_readonly_evaluation_refuses_edits_clearly(tmp_path):
    path = tmp_path / "v1.kompass"
    shutil.copy(FIXTURES / "kompass_v1" / "sample.kompass", path)
    before = path.read_bytes()
    with Evaluation.open(path, readonly=True) as ev:
        assert ev.info.municipality and ev.evaluation_id  # migrated in memory: format 1 had no evaluation id
        with pytest.raises(KompassError, match="reading only"):
            ev.set_answer(next(iter(ev.bank.questions)), comment="x")
        with pytest.raises(KompassError, match="reading only"):
            ev.update_info(municipality="Other")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.kompass"]


def test_opening_an_older_file_for_editing_keeps_a_copy_first(tmp_path, data_dir):
    path = tmp_path / "v1.kompass"
    shutil.copy(FIXTURES / "kompass_v1" / "sample.kompass", path)
    before = path.read_bytes()
    with Evaluation.open(path, author="Lena") as ev:
        ev.set_answer(next(iter(ev.bank.questions)), comment="edited")
    assert storage.check(path) == storage.SCHEMA_VERSION
    kept = list((data_dir / "backups" / "before-upgrade").glob("v1-format1-*.kompass"))
    assert len(kept) == 1 and storage.check(kept[0]) == 1
    with Evaluation.open(kept[0], readonly=True) as copy:
        assert all(a.comment != "edited" for a in copy.answers().values())  # as it was before the edit
    assert before == (FIXTURES / "kompass_v1" / "sample.kompass").read_bytes()


def test_a_wal_of_its_own_is_read_without_touching_the_file(tmp_path):
    """A crash leftover WAL (the writer was killed) is applied in a scratch copy by readers."""
    from kompassapp.bank import load_bank

    path = tmp_path / "e.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Walby", year=2026).close()
    wal = _killed_writer(path, 3)
    before = snapshot(tmp_path)
    with Evaluation.open(path, readonly=True) as ev:
        assert len(ev.notes()) + len(ev.answers()) >= 3  # the committed edits in the WAL are seen
    assert snapshot(tmp_path) == before and wal.exists()
    with Evaluation.open(path) as ev:  # opening for editing takes the WAL in, as SQLite always did
        assert len(ev.notes()) + len(ev.answers()) >= 3


def _killed_writer(path: Path, edits: int) -> Path:
    """Run tests/kill_writer.py on `path` and SIGKILL it after `edits` edits returned; its WAL stays."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "kill_writer.py"), str(path), "100000000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    for _ in range(edits):
        assert proc.stdout.readline().startswith("done"), proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    return wal


def test_the_wal_of_a_killed_writer_beside_another_file_is_refused(tmp_path):
    """Issue 11.2: A's WAL (its writer killed mid-work) put beside B, or beside a copy of A."""
    from kompassapp.bank import load_bank
    from kompassapp.merge import make_copy

    bank = load_bank(SMALL_BANK)
    a, b = tmp_path / "a.kompass", tmp_path / "b.kompass"
    Evaluation.create(a, bank, municipality="Aby", year=2026, author="Lena").close()
    Evaluation.create(b, bank, municipality="Bby", year=2026, author="Per").close()
    copy = make_copy(a, tmp_path / "a-karin.kompass", "Karin")
    wal = _killed_writer(a, 40).read_bytes()
    for victim in (b, copy):
        Path(f"{victim}-wal").write_bytes(wal)
        before = snapshot(tmp_path)
        for args in (["summary", victim], ["merge", victim, a], ["export-json", victim]):
            r = cli(*args)
            assert r.returncode == 1 and f"{victim}:" in r.stderr and "-wal" in r.stderr, (args, r.stderr)
            assert len(r.stderr.strip().splitlines()) == 1
            assert snapshot(tmp_path) == before  # both files untouched
        Path(f"{victim}-wal").unlink()
    r = cli("summary", a)  # A with its own WAL reads fine
    assert r.returncode == 0 and "Aby" in r.stdout, r.stderr


@pytest.fixture
def locked(tmp_path):
    """An evaluation another program holds an exclusive lock on (as SQLite tools can)."""
    from kompassapp.bank import load_bank

    path = tmp_path / "locked.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lockby", year=2026).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
        "c.execute('PRAGMA locking_mode = EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE');"
        "c.execute('SELECT count(*) FROM notes').fetchone(); print('locked', flush=True); sys.stdin.read()"),
        str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    yield path
    holder.stdin.close()
    holder.wait(timeout=10)


def test_a_file_locked_by_another_program_is_reported_as_in_use_after_a_bounded_wait(locked):
    start = time.perf_counter()
    with pytest.raises(KompassError) as info:
        Evaluation.open(locked)
    waited = time.perf_counter() - start
    assert "in use by another program" in str(info.value) and str(locked) in str(info.value)
    assert waited < storage.BUSY_SECONDS + 5  # bounded: not the > 120 s hang of issue 11.6
    r = cli("upgrade", locked, "--bank", SMALL_BANK)
    assert r.returncode == 1 and str(locked) in r.stderr and "damaged" not in r.stderr, r.stderr
    # Reading needs no lock: summary and a copy for an auditor still work.
    assert cli("summary", locked).returncode == 0
    r = cli("new", "--from", locked, "--auditor", "Karin", "-o", locked.with_name("karin.kompass"))
    assert r.returncode == 0, r.stderr
    with Evaluation.open(locked.with_name("karin.kompass"), readonly=True) as ev:
        assert ev.auditor == "Karin"


def _write_protect(folder: Path) -> list[str]:
    """Make `folder` and its files unwritable even for root (chattr +i); returns the undo command."""
    files = [str(p) for p in folder.iterdir()]
    if os.geteuid() != 0:
        for p in files:
            os.chmod(p, 0o444)
        os.chmod(folder, 0o555)
        return ["chmod", "-R", "u+w", str(folder)]
    try:
        subprocess.run(["chattr", "+i", *files, str(folder)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("running as root where chattr +i is not possible: no way to write-protect a folder")
    return ["chattr", "-i", *files, str(folder)]


@pytest.mark.parametrize("version", ["kompass_v1", "kompass_v2"])
def test_a_file_on_write_protected_media_can_be_summarized_and_exported(tmp_path, data_dir, version):
    media = tmp_path / "usb"
    media.mkdir()
    path = media / "sample.kompass"
    shutil.copy(FIXTURES / version / "sample.kompass", path)
    before = snapshot(media)
    undo = _write_protect(media)
    try:
        with pytest.raises(OSError):  # the folder really is write-protected
            (media / "probe").write_text("x")
        out = tmp_path / "out"
        out.mkdir()
        for args in (["summary", path], ["export", path, "--xlsx", out / "r.xlsx", "--pdf", out / "r.pdf"],
                     ["export-json", path, "-o", out / "r.json"]):
            r = cli(*args, env={"KOMPASSAPP_DATA": str(data_dir)})
            assert r.returncode == 0, (args, r.stderr)
        r = cli("merge", path, FIXTURES / "kompass_v2" / "sample.kompass", env={"KOMPASSAPP_DATA": str(data_dir)})
        assert r.returncode == 1 and "damaged" not in r.stderr and str(path) in r.stderr, r.stderr
    finally:
        subprocess.run(undo, check=True)
    assert snapshot(media) == before
