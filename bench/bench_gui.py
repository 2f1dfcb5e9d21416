# SPDX-License-Identifier: MIT
"""GUI benchmarks (offscreen), printed as one line each:

- start-up: process start → first paint of the main window with the demo file, through the real
  entry point (`python -m kompassapp`-equivalent `kompassapp.gui.shell.app.run`), and → first paint
  of the chart (built just after the window's first frame); median of 5 runs;
- chart update after an answer: a changed profile set on the chart (polygon, vertex labels,
  total) and the whole chart repainted synchronously (median of 400), and the whole answer
  keystroke end to end (core write + tree + chart + frame; median of 200);
- note type-and-store: typing a 60-character note and Ctrl+Enter until it is stored and listed
  (median of 100, three notes per question as the interview moves on), and the Ctrl+Enter part alone.
Targets (issue 3): start-up < 1.5 s, chart < 5 ms, note < 10 ms.
    python bench/bench_gui.py
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = Path(tempfile.mkdtemp(prefix="kompassapp-bench-"))
os.environ["KOMPASSAPP_SETTINGS"] = str(TMP / "settings.ini")
os.environ["KOMPASSAPP_DATA"] = str(TMP / "data")

CHILD = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from kompassapp.gui.shell.app import make_application, run

class FirstPaint(QObject):
    seen = set()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if type(obj).__name__ == "MainWindow" and "PAINTED" not in self.seen:
                self.seen.add("PAINTED")
                print("PAINTED", flush=True)
            elif type(obj.parent()).__name__ == "RadarWidget" and "CHART" not in self.seen:
                print("CHART", flush=True)
                os._exit(0)
        return False

app = make_application(sys.argv[1:])
hook = FirstPaint()
app.installEventFilter(hook)
sys.exit(run(sys.argv[1:]))
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def bench_startup(demo: Path, runs: int = 5) -> tuple[list[float], list[float]]:
    """Seconds from launching the process to the window's first paint, and to the chart's first paint."""
    window, chart = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(demo)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        seen = {}
        for line in proc.stdout:
            seen[line.strip()] = time.perf_counter() - t0
            if "CHART" in seen:
                break
        proc.wait(timeout=60)
        if "PAINTED" not in seen or "CHART" not in seen:
            raise SystemExit(f"start-up run failed (saw {sorted(seen)})")
        window.append(seen["PAINTED"])
        chart.append(seen["CHART"])
    return window, chart


def main() -> int:
    from kompassapp.demo import build_demo

    demo = build_demo(TMP / "demo.kompass")
    startup, chart_ready = bench_startup(demo)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    import shutil

    from kompassapp.evaluation import Evaluation
    from kompassapp.gui.base import i18n
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.base.settings import Settings

    i18n.install(app, "sv")
    work = TMP / "work.kompass"
    shutil.copy(demo, work)
    w = MainWindow(Evaluation.open(work), Settings())
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    while not w.isActiveWindow():
        app.processEvents()
    radar = w.profile_panel.radar

    # Each answer by keystroke end to end (core write with fsync, tree rows, chart, the frame);
    # then the chart's own part on its own: the profile before and after that answer set in
    # turn, each followed by a synchronous repaint of the whole chart (nothing else is dirty).
    chart, keystroke = [], []
    panel = w.profile_panel
    w.select_question("2.3.1")
    w.tree.setFocus()
    app.processEvents()
    for i in range(200):
        before = w.scores.profile
        t0 = time.perf_counter()
        QTest.keyClick(w.tree, "2" if i % 2 == 0 else "1")
        app.processEvents()
        keystroke.append(time.perf_counter() - t0)
        after = w.scores.profile
        for profile in (before, after):
            t0 = time.perf_counter()
            panel.show_profile(profile)
            radar.viewport().repaint()
            chart.append(time.perf_counter() - t0)

    # note: type 60 characters and Ctrl+Enter
    note_total, note_store = [], []
    edit = w.evidence.ui.noteEdit
    text = "Budgetdialogen sker varje vår med alla partier i fullmäktige"[:60]
    questions = w.tree.ids
    for i in range(100):
        # as in an interview: notes land on the question being discussed, which moves on
        w.select_question(questions[(i // 3) % len(questions)])
        app.processEvents()
        edit.setFocus()
        t0 = time.perf_counter()
        QTest.keyClicks(edit, text.encode("ascii", "replace").decode())
        t1 = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        t2 = time.perf_counter()
        assert edit.toPlainText() == ""
        note_total.append(t2 - t0)
        note_store.append(t2 - t1)
    w.close()

    med = statistics.median
    print(f"start-up to first painted window (demo, {len(startup)} runs): median {med(startup):.3f} s, "
          f"min {min(startup):.3f} s (target < 1.5 s); chart painted: median {med(chart_ready):.3f} s")
    print(f"chart update after an answer (set + full repaint): median {ms(med(chart))}, max {ms(max(chart))} "
          f"(n={len(chart)}; target < 5 ms)")
    print(f"answer keystroke end to end (stored with fsync + tree + chart + frame): median {ms(med(keystroke))}")
    print(f"note type-and-store (60 chars + Ctrl+Enter): median {ms(med(note_total))}; "
          f"Ctrl+Enter to stored and listed: median {ms(med(note_store))} (target < 10 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
