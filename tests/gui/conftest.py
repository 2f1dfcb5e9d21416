# SPDX-License-Identifier: MIT
"""Fixtures for the window tests: offscreen Qt, settings and data folders in tmp_path, real files."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from kompassapp.bank import resolve_bank
from kompassapp.evaluation import Evaluation

BANK_2020 = "kommunkompassen-2020"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """A test never reads or writes the developer's real settings or data folder."""
    monkeypatch.setenv("KOMPASSAPP_SETTINGS", str(tmp_path / "settings" / "kompassapp.ini"))
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def interview_left_running(monkeypatch):
    """Closing a window during an interview asks first (gui/shell/interview.py); unless a test answers
    itself, a window closed at teardown closes without ending the interview (and never blocks)."""
    from kompassapp.gui.shell import interview

    monkeypatch.setattr(interview, "ask_on_close", lambda *a: interview.KEEP_OPEN)


@pytest.fixture(autouse=True)
def swedish(qapp):
    from kompassapp.gui.base import i18n

    i18n.install(qapp, "sv")
    yield


@pytest.fixture(scope="session")
def bank_2020():
    return resolve_bank(BANK_2020)


@pytest.fixture
def new_file(tmp_path, bank_2020) -> Path:
    """An empty evaluation on the 2020 bank."""
    path = tmp_path / "Testkommun-2026.kompass"
    Evaluation.create(path, bank_2020, municipality="Testkommun", year=2026, visit_start="2026-03-10",
                      visit_end="2026-03-11", team=["Anna Granskare"], author="Anna Granskare").close()
    return path


@pytest.fixture
def demo_copy(tmp_path, demo_file) -> Path:
    path = tmp_path / "demo.kompass"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def main_window(qtbot):
    """Factory: a real MainWindow on a real file, shown, and closed (file released) afterwards."""
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.base.settings import Settings

    made = []

    def make(path: Path, *, auditor: str = "Anna Granskare", size=(1366, 768)):
        settings = Settings()
        settings.auditor_name = auditor
        w = MainWindow(Evaluation.open(path), settings)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()  # shortcuts only reach the active window
        qtbot.waitUntil(w.isActiveWindow)
        made.append(w)
        return w

    yield make
    for w in made:
        try:
            if w.isVisible():
                w.close()
        except RuntimeError:  # already deleted by WA_DeleteOnClose
            pass


def reopen(path: Path) -> Evaluation:
    """The stored truth: a fresh connection to the file."""
    return Evaluation.open(path)


@pytest.fixture
def type_text(qtbot):
    """Type text key by key, including å, ä, ö (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        for ch in text:
            if ch.isascii():
                qtbot.keyClick(widget, ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    return type_


@pytest.fixture
def shown(monkeypatch):
    """Every message box shown: (title, text, informative text); none blocks."""
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.windowTitle(), box.text(),
                                                                       box.informativeText())) or 0)
    return boxes


@pytest.fixture
def closing():
    """Windows a test opens itself (reopened ones): closed afterwards if the test has not."""
    made = []
    yield made.append
    for w in made:
        if shiboken6.isValid(w) and w.isVisible():
            w.close()
