"""Killing the process at any moment on an encrypted file: during edits, `purge`, `encrypt` and `rekey`.

Afterwards the file opens with the right passphrase (the old or the new one, never neither), its
integrity check is ok, and it holds every edit that returned (edits) or is all-or-nothing (purge).
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompassapp import crypto
from kompassapp.bank import load_bank
from kompassapp.errors import FileFormatError
from kompassapp.evaluation import Evaluation
from conftest import ROOT, SMALL_BANK
from kill_writer import question_ids
from test_kill import expected_state

FULL = os.environ.get("KOMPASSAPP_FULL") == "1"
EDIT_KILLS = int(os.environ.get("KOMPASSAPP_SECURE_EDIT_KILLS", "80" if FULL else "20"))
CONVERT_KILLS = int(os.environ.get("KOMPASSAPP_SECURE_KILLS", "40" if FULL else "10"))  # each of purge/encrypt/rekey
OLD, NEW = "gammal lösenfras", "ny lösenfras 2"
NAMES = [f"Intervjuad Person{i}" for i in range(40)]


@pytest.fixture(autouse=True)
def clean(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv(crypto.ENV, raising=False)
    crypto.forget()
    yield
    crypto.forget()


def _env(**extra: str) -> dict:
    return {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}", **extra}


def opened(path: Path, *passphrases: str | None) -> tuple[str | None, Evaluation]:
    """The file opened with the first passphrase that opens it (None: plain); fails if none does."""
    for passphrase in passphrases:
        crypto.forget()
        crypto.set_default(passphrase)
        try:
            ev = Evaluation.open(path)
        except FileFormatError as exc:
            if isinstance(exc, (crypto.WrongPassphrase, crypto.PassphraseNeeded)):
                continue
            raise
        assert ev.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return passphrase, ev
    raise AssertionError(f"{path} opens with none of the passphrases")


def test_sigkill_during_edits_of_an_encrypted_file(tmp_path):
    path = tmp_path / "kill.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Killby", year=2026, passphrase=OLD).close()
    qids = question_ids(load_bank(SMALL_BANK))
    rng = random.Random(int(os.environ.get("KOMPASSAPP_KILL_SEED", "1")))
    confirmed = -1
    for _ in range(EDIT_KILLS):
        proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "kill_writer.py"), str(path), "100000000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=_env(KOMPASSAPP_PASSPHRASE=OLD))
        first = proc.stdout.readline()
        assert first.startswith("done"), proc.stderr.read()
        time.sleep(rng.uniform(0, 0.08))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        confirmed = max(int(line.split()[1]) for line in (first + out).splitlines() if line.startswith("done "))
        _, ev = opened(path, OLD)
        with ev:
            got = ({q: (a.choice, a.comment) for q, a in ev.answers().items()}, {n.text for n in ev.notes()})
        assert got in (expected_state(confirmed, qids), expected_state(confirmed + 1, qids))
        assert b"kill-note" not in path.read_bytes()
    assert confirmed > EDIT_KILLS


def _template(path: Path, passphrase: str | None) -> Path:
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Killby", year=2026, author="Lead",
                           passphrase=passphrase) as ev:
        session = ev.add("session", group_name="Ledning")
        for i, name in enumerate(NAMES):
            person = ev.add("participant", session_id=session.id, name=name, role="chef")
            ev.add_note(f"Anteckning {i} av {name}", question_ids=["1.1.1"], source_kind="interview",
                        session_id=session.id, participant_id=person.id)
        ev.set_answer("1.1.1", choice="ja")
    return path


def _kills(tmp_path: Path, template: Path, args: list[str], env: dict, check) -> None:
    """Run `kompassapp ARGS` on copies of `template`, killed at random moments of its run; `check` each."""
    rng = random.Random(int(os.environ.get("KOMPASSAPP_KILL_SEED", "1")) + len(args[0]))
    target = tmp_path / "work.kompass"
    start = time.monotonic()
    shutil.copyfile(template, target)
    full = subprocess.run([sys.executable, "-m", "kompassapp", *args, str(target)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert full.returncode == 0, full.stderr
    span = time.monotonic() - start
    check(target, completed=True)
    for _ in range(CONVERT_KILLS):
        for side in ("-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        shutil.copyfile(template, target)
        proc = subprocess.Popen([sys.executable, "-m", "kompassapp", *args, str(target)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3 * span, 1.1 * span))  # most of the run is starting Python; kill in the work
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check(target, completed=None)


def test_sigkill_during_purge_of_an_encrypted_file(tmp_path):
    template = _template(tmp_path / "template.kompass", OLD)

    def check(path: Path, completed: bool | None) -> None:
        _, ev = opened(path, OLD)
        with ev:
            texts = {n.text for n in ev.notes()}
            names = {p.name for p in ev.participants()}
            assert len(ev.notes()) == len(NAMES) and ev.answer("1.1.1").choice == "ja"
        assert (texts, names) in (({""}, {""}), ({f"Anteckning {i} av {n}" for i, n in enumerate(NAMES)}, set(NAMES)))
        if completed:
            assert texts == {""}

    _kills(tmp_path, template, ["purge", "--yes"], _env(KOMPASSAPP_PASSPHRASE=OLD), check)


def test_sigkill_during_encrypt(tmp_path):
    template = _template(tmp_path / "template.kompass", None)

    def check(path: Path, completed: bool | None) -> None:
        used, ev = opened(path, None, NEW)
        ev.close()
        if completed:
            assert used == NEW

    _kills(tmp_path, template, ["encrypt"], _env(KOMPASSAPP_NEW_PASSPHRASE=NEW), check)


def test_sigkill_during_rekey(tmp_path):
    template = _template(tmp_path / "template.kompass", OLD)

    def check(path: Path, completed: bool | None) -> None:
        used, ev = opened(path, OLD, NEW)
        with ev:
            assert len(ev.notes()) == len(NAMES)
        if completed:
            assert used == NEW

    _kills(tmp_path, template, ["rekey"], _env(KOMPASSAPP_PASSPHRASE=OLD, KOMPASSAPP_NEW_PASSPHRASE=NEW), check)
