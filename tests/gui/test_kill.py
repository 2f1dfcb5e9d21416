# SPDX-License-Identifier: MIT
"""Edits made through the window survive a SIGKILL of the app process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompassapp.evaluation import Evaluation

DRIVER = Path(__file__).with_name("kill_driver.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_app_keeps_every_edit(new_file, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOMPASSAPP_SETTINGS": str(tmp_path / "kill.ini"),
           "KOMPASSAPP_DATA": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(new_file)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("EDITS DONE") or not line:
                break
        assert line.startswith("EDITS DONE"), proc.stderr.read() if proc.poll() is not None else "no output"
        assert proc.poll() is None, "the app must still be running when it is killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with Evaluation.open(new_file) as ev:
        choices = ev.choices()
        assert choices == {"1.1.1": "ja", "1.1.2": "delvis", "1.1.3": "alla"}
        commented = line.split()[-1]
        assert ev.answer(commented).comment == "Kommentar som skrivs strax innan kraschen"
        assert [(n.text, n.question_ids) for n in ev.notes()] == [
            ("Anteckning ett", (commented,)), ("Anteckning tva", (commented,))]


WINDOW_KILLS = int(os.environ.get("KOMPASSAPP_WINDOW_KILLS", "60" if os.environ.get("KOMPASSAPP_FULL") == "1" else "12"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_window_killed_at_random_moments_keeps_every_returned_edit(new_file, tmp_path):
    """The app is killed while it answers and stores notes in a loop; every reported edit is in the file."""
    import random

    from tests.gui.kill_loop_driver import KEYS, step_edit

    rng = random.Random(11)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOMPASSAPP_SETTINGS": str(tmp_path / "kill.ini"),
           "KOMPASSAPP_DATA": str(tmp_path / "data")}
    options = {"1": "ja", "2": "delvis", "3": "nej"}
    for round_ in range(WINDOW_KILLS):
        proc = subprocess.Popen([sys.executable, str(DRIVER.with_name("kill_loop_driver.py")), str(new_file)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            first = proc.stdout.readline()
            assert first.startswith("done"), proc.stderr.read() if proc.poll() is not None else "no output"
            time.sleep(rng.uniform(0, 0.4))
            os.kill(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        done = [int(x.split()[1]) for x in (first + out).splitlines() if x.startswith("done ")]
        with Evaluation.open(new_file) as ev:
            notes = {n.text for n in ev.notes()}
            choices = ev.choices()
            bank = ev.bank
        for n in done:
            if n % 2:
                assert f"kill-note {n}" in notes, (round_, n)
        last = {}
        for n in done:  # the last confirmed answer per question (this round) must be stored, or a later one
            if n % 2 == 0:
                qid, key = step_edit(bank, n)
                last[qid] = options[key]
        for qid, choice in last.items():  # every round replays the same steps, so the values agree
            assert choices.get(qid) == choice, (round_, qid)
        assert set(KEYS) == set(options)
