"""Killing the process at any moment never corrupts the file nor loses an edit that returned."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from conftest import ROOT, SMALL_BANK
from kill_writer import OPTIONS, question_ids

KILLS = int(os.environ.get("KOMPASSAPP_KILLS", "50"))


def expected_state(last: int, qids: list[str]) -> tuple[dict, set]:
    """Answers and note texts after edits 0..last, per kill_writer.edit."""
    answers, notes = {}, set()
    for n in range(last + 1):
        if n % 2 == 0:
            answers[qids[(n // 2) % len(qids)]] = (OPTIONS[(n // 2) % 3], str(n))
        else:
            notes.add(f"kill-note {n}")
    return answers, notes


def stored_state(path: Path) -> tuple[dict, set]:
    with Evaluation.open(path) as ev:  # opening runs the file checks
        answers = {q: (a.choice, a.comment) for q, a in ev.answers().items()}
        notes = {n.text for n in ev.notes()}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return answers, notes


def test_sigkill_during_edits_never_loses_a_returned_edit(tmp_path):
    path = tmp_path / "kill.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Killby", year=2026).close()
    qids = question_ids(load_bank(SMALL_BANK))
    rng = random.Random(int(os.environ.get("KOMPASSAPP_KILL_SEED", "1")))
    confirmed = -1
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "kill_writer.py"), str(path), "100000000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        # Wait until it has written at least once, then kill at a random moment.
        first = proc.stdout.readline()
        assert first.startswith("done"), proc.stderr.read()
        time.sleep(rng.uniform(0, 0.08))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        done = [int(line.split()[1]) for line in (first + out).splitlines() if line.startswith("done ")]
        confirmed = max(done)
        answers, notes = stored_state(path)
        # Every edit up to `confirmed` returned, so it must be there; the one in flight may be too.
        assert (answers, notes) in (expected_state(confirmed, qids), expected_state(confirmed + 1, qids))
    assert confirmed > KILLS  # it really did work between the kills
