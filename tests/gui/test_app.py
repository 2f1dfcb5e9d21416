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


def test_a_missing_file_is_not_said_to_be_unchanged_and_the_detail_is_in_swedish(qtbot, tmp_path, shown):
    from kompassapp.gui.shell.app import Windows

    assert Windows(Settings()).open_path(tmp_path / "borta.kompass") is None
    (title, text, info), = shown
    assert title == "Utvärderingen kan inte öppnas" and text == "Filen borta.kompass finns inte."
    assert "Filen har inte ändrats" not in info
    assert info.endswith("Teknisk uppgift: " + str(tmp_path / "borta.kompass") + ": filen finns inte")
    assert "no such file" not in info  # the core's English wording is not the interface's language


def test_the_technical_line_follows_the_interface_language(qapp, qtbot, tmp_path, shown):
    from kompassapp.gui.base import i18n
    from kompassapp.gui.shell.app import Windows

    bad = tmp_path / "trasig.kompass"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    i18n.install(qapp, "en")
    try:
        Windows(Settings()).open_path(tmp_path / "borta.kompass")
        Windows(Settings()).open_path(bad)
    finally:
        i18n.install(qapp, "sv")
    (_, missing, missing_info), (_, damaged, damaged_info) = shown
    assert missing == "The file borta.kompass does not exist." and "Technical detail:" in missing_info
    assert missing_info.endswith(": the file does not exist") and "has not been changed" not in missing_info
    assert "Technical detail:" in damaged_info and "Teknisk" not in damaged_info


def test_a_file_from_the_command_line_that_cannot_open_shows_the_start_screen(qapp, qtbot, new_file, monkeypatch,
                                                                             shown, closing):
    """Issue 10 item 5: not a dialog and exit 1, but the start screen with the message and, since backups of
    the file were taken here, "Återställ säkerhetskopia"."""
    from kompassapp.gui.files.backup_actions import RestoreDialog
    from kompassapp.gui.shell import app
    from kompassapp.gui.shell.start import StartDialog

    settings = Settings()
    windows = app.Windows(settings)
    w = windows.open_path(new_file)
    q = w.question_id
    w.question_panel.choose_index(0)
    w.features["file_tools"].backup_keeper.take()  # as the window does on open and every ten minutes
    w.close()
    new_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # damaged meanwhile

    seen = []

    def look(dlg):
        seen.append((dlg.ui.problemLabel.isVisibleTo(dlg), dlg.ui.problemLabel.text(),
                     dlg.ui.restoreButton.isVisibleTo(dlg)))
        if len(seen) == 1:  # the first time: leave
            return QDialog.DialogCode.Rejected
        monkeypatch.setattr(RestoreDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
        dlg.ui.restoreButton.click()
        return dlg.result()

    monkeypatch.setattr(StartDialog, "exec", look)
    monkeypatch.setattr(app.errors, "install", lambda: None)  # keep pytest's excepthook
    monkeypatch.setattr(app.QApplication, "exec", lambda *a: 0)
    assert app.run([str(new_file)]) == 0  # the auditor left from the start screen: not an error exit
    (visible, text, restore), = seen
    assert visible and "Utvärderingen kan inte öppnas" in text and new_file.name in text and restore
    assert shown == []  # the start screen says it; no dialog before it

    windows = app.Windows(settings)
    assert windows.open_files([new_file])  # this time: Återställ säkerhetskopia
    (w,) = windows.windows
    closing(w)
    assert w.ev.answer(q).choice is not None  # the backup's answer
    kept = [p for p in new_file.parent.iterdir() if "före-återställning" in p.name]
    assert kept  # the damaged file is kept beside it
