# SPDX-License-Identifier: MIT
"""Run by test_layout.py in a subprocess on an offscreen screen of a given size (see SCREEN_CONFIG).

Opens FILE through the app's window controller, as the app does, with the settings file named by
$KOMPASSAPP_SETTINGS; optionally selects a question, opens Ctrl+F, or resizes to WxH; prints the
window's geometry as JSON and closes the window (which saves its layout to the settings).
    python layout_driver.py FILE [--question ID] [--search] [--resize WxH]
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kompassapp.gui.base.settings import Settings  # noqa: E402
from kompassapp.gui.shell.app import Windows, make_application  # noqa: E402


def settle(app: QApplication, ms: int = 60) -> None:
    for _ in range(5):
        app.processEvents()
        QTest.qWait(ms // 5)


def measure(w) -> dict:
    screen = w.screen().availableGeometry()
    frame = w.frameGeometry()
    buttons = [b for _, b in w.question_panel.option_buttons()]
    return {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "window": [w.width(), w.height()],
        "min_width": w.minimumSizeHint().width(),
        "maximized": w.isMaximized(),
        "tree": w.tree.width(),
        "central": w.centralWidget().width(),
        "answer_rows": w.question_panel.answer_rows(),
        "clipped": [b.text() for b in buttons if b.width() < b.sizeHint().width()],
        "search": w.search_panel.width() if w.search_dock.isVisible() else None,
    }


def main(argv: list[str]) -> int:
    app = make_application([])
    windows = Windows(Settings())
    w = windows.open_path(argv[0])
    settle(app)
    if "--question" in argv:
        w.select_question(argv[argv.index("--question") + 1])
        settle(app)
    if "--search" in argv:
        QTest.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        settle(app)
    if "--resize" in argv:
        width, height = map(int, argv[argv.index("--resize") + 1].split("x"))
        w.showNormal()
        w.resize(width, height)
        settle(app)
    print(json.dumps(measure(w)), flush=True)
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
