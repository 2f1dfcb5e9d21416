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
