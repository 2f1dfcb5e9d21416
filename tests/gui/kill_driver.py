# SPDX-License-Identifier: MIT
"""Run by test_kill.py in a subprocess: start the real app on FILE, edit through the window, then wait.

It starts the app through the real entry point (`kompassapp.gui.shell.app.run`), types with QTest
into the window like an auditor (answers, a comment, notes), prints EDITS DONE and keeps the
event loop running until the test SIGKILLs the process.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kompassapp.gui.shell.app import make_application, run  # noqa: E402


def window():
    from kompassapp.gui.shell.mainwindow import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def drive() -> None:
    w = window()
    if w is None or not w.isActiveWindow():
        if w is not None:
            w.activateWindow()
        QTimer.singleShot(20, drive)
        return
    tree = w.tree
    tree.setFocus()
    for k in ("1", "2", "1"):
        QTest.keyClick(tree, k)
        QTest.keyClick(tree, Qt.Key.Key_PageDown)
    QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(w.question_panel.ui.commentEdit, "Kommentar som skrivs strax innan kraschen")
    note = w.evidence.ui.noteEdit
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # leaving the comment stores it
    QTest.keyClicks(note, "Anteckning ett")
    QTest.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(note, "Anteckning tva")
    QTest.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    print("EDITS DONE", w.question_id, flush=True)


if __name__ == "__main__":
    make_application(sys.argv[1:])
    QTimer.singleShot(0, drive)
    sys.exit(run(sys.argv[1:]))
