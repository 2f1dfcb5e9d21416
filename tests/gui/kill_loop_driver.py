# SPDX-License-Identifier: MIT
"""Run by test_kill.py: the real app on FILE makes edits through the window in an endless loop.

Step N is a pure function of N: even steps answer a question with a key press, odd steps
type and store a note (Ctrl+Enter). After each step has returned (the core stores an edit
before it returns) the driver prints "done N". The test SIGKILLs it at a random moment.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kompassapp.gui.shell.app import make_application, run  # noqa: E402

KEYS = "123"  # ja, delvis, nej on the jdn scale


def step_edit(bank, n: int) -> tuple[str, str]:
    """(question id, key) for an even step; the note text for an odd one is f"kill-note {n}"."""
    qids = sorted(q.id for q in bank.questions.values() if q.scale == "jdn")
    return qids[(n // 2) % len(qids)], KEYS[(n // 2) % 3]


def main_window():
    from kompassapp.gui.shell.mainwindow import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def loop(n: int = 0) -> None:
    w = main_window()
    if w is None or not w.isActiveWindow():
        if w is not None:
            w.activateWindow()
        QTimer.singleShot(20, lambda: loop(n))
        return
    if n % 2 == 0:
        qid, key = step_edit(w.ev.bank, n)
        w.select_question(qid)
        w.tree.setFocus()
        QTest.keyClick(w.tree, key)
    else:
        note = w.evidence.ui.noteEdit
        note.setFocus()
        QTest.keyClicks(note, f"kill-note {n}")
        QTest.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    print(f"done {n}", flush=True)
    QTimer.singleShot(0, lambda: loop(n + 1))


if __name__ == "__main__":
    make_application(sys.argv[1:])
    QTimer.singleShot(0, loop)
    sys.exit(run(sys.argv[1:]))
