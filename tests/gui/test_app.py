# SPDX-License-Identifier: MIT
"""The entry point, the start dialog, the demo and the last-resort error handler."""

import os
import subprocess
import sys

from PySide6.QtWidgets import QDialog, QMessageBox

from kompassapp.errors import FileFormatError
from kompassapp.evaluation import Evaluation
from kompassapp.gui.base import errors
from kompassapp.gui.base.settings import Settings

NOISE = ("This plugin does not support propagateSizeHints()",)


def clean_stderr(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not any(n in line for n in NOISE)]


def run_app(*args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOMPASSAPP_SETTINGS": str(tmp_path / "s.ini"),
           "KOMPASSAPP_DATA": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_kompassapp_file_opens_the_window_and_quits_cleanly(new_file, tmp_path):
    result = run_app(new_file, "--quit-after-start", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert clean_stderr(result.stderr) == []
    assert Settings(tmp_path / "s.ini").recent_files == [str(new_file.resolve())]


def test_kompassapp_demo_opens_the_demo(tmp_path):
    result = run_app("--demo", "--quit-after-start", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert clean_stderr(result.stderr) == []
    (recent,) = Settings(tmp_path / "s.ini").recent_files
    with Evaluation.open(recent) as ev:
        assert ev.info.demo and str(tmp_path / "data") in recent


def test_a_damaged_file_is_a_clear_dialog_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from kompassapp.gui.shell.app import Windows

    bad = tmp_path / "trasig.kompass"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(),
                                                                       box.informativeText())) or 0)
    assert Windows(Settings()).open_path(bad) is None
    (title, text, info), = shown
    assert title == "Utvärderingen kan inte öppnas" and "Filen har inte ändrats" in info
    assert "Traceback" not in text + info


def test_excepthook_logs_and_stays_calm(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        errors.excepthook(*sys.exc_info())
    box = shown[0]
    assert box.text() == "Något gick fel i Kompassapp."
    assert "sparat" in box.informativeText() and "Traceback" not in box.informativeText()
    assert any(b.text() == "Kopiera detaljer" for b in box.buttons())
    assert "ZeroDivisionError" in errors.log_path().read_text(encoding="utf-8")
    errors.excepthook(FileFormatError, FileFormatError("x.kompass: the file is damaged"), None)
    assert shown[1].windowTitle() == "Utvärderingen kan inte öppnas"


def test_start_dialog_lists_recent_files_and_opens_the_demo(qtbot, new_file, monkeypatch):
    from kompassapp.gui.shell.app import Windows
    from kompassapp.gui.shell.start import StartDialog, demo_path

    settings = Settings()
    settings.add_recent(new_file)
    settings.add_recent(new_file.parent / "borta.kompass")  # gone: not listed
    dlg = StartDialog(settings)
    qtbot.addWidget(dlg)
    assert dlg.ui.recentList.count() == 1 and "Testkommun-2026" in dlg.ui.recentList.item(0).text()
    dlg.ui.demoButton.click()
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.path == demo_path() and demo_path().exists()
    with Evaluation.open(demo_path()) as ev:
        assert ev.info.demo and ev.profile().total == 639
    windows = Windows(settings)
    w = windows.open_path(dlg.path)
    assert windows.open_path(dlg.path) is w  # the same file is not opened twice
    w.close()
    assert windows.windows == []


def test_recent_file_opens_from_the_start_dialog(qtbot, new_file):
    from kompassapp.gui.shell.start import StartDialog

    settings = Settings()
    settings.add_recent(new_file)
    dlg = StartDialog(settings)
    qtbot.addWidget(dlg)
    dlg.ui.openRecentButton.click()
    assert dlg.path == new_file.resolve()
