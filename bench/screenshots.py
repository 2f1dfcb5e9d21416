# SPDX-License-Identifier: MIT
"""Screenshots of the window with the demo, and of presentation mode (light and dark).

Writes bench/out/*.png at 1366×768 and 1920×1080 (offscreen; no display needed), and the
1366×768 ones again at device pixel ratio 2 (QT_SCALE_FACTOR=2, a high-DPI laptop) as *@2x.png:
    python bench/screenshots.py
Settings and the demo file go to a temporary folder, never to the user's own.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = Path(tempfile.mkdtemp(prefix="kompassapp-shots-"))
os.environ["KOMPASSAPP_SETTINGS"] = str(TMP / "settings.ini")
os.environ["KOMPASSAPP_DATA"] = str(TMP / "data")

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
HIDPI = os.environ.get("QT_SCALE_FACTOR") == "2"
SIZES = [(1366, 768)] if HIDPI else [(1366, 768), (1920, 1080)]
SUFFIX = "@2x" if HIDPI else ""


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def comparison_file(demo: Path) -> Path:
    """An earlier evaluation of the same (demo) municipality to overlay: every answer one step lower
    in areas 2, 5 and 7. Demonstration data, like the demo itself."""
    from kompassapp.evaluation import Evaluation

    path = TMP / "tidigare.kompass"
    import shutil

    shutil.copy(demo, path)
    with Evaluation.open(path) as ev:
        ev.update_info(year=2001)
        for area in ev.bank.areas:
            if area.id in ("2", "5", "7"):
                for q in area.questions:
                    keys = [o.key for o in ev.bank.scales[q.scale].options]
                    choice = ev.answer(q.id).choice
                    if choice in keys and keys.index(choice) + 1 < len(keys):
                        ev.set_answer(q.id, choice=keys[keys.index(choice) + 1])
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kompassapp.evaluation import Evaluation
    from kompassapp.gui import i18n
    from kompassapp.gui.mainwindow import MainWindow
    from kompassapp.gui.presentation import PresentationView
    from kompassapp.gui.settings import Settings
    from kompassapp.gui.start import ensure_demo

    i18n.install(app, os.environ.get("KOMPASSAPP_LANG", "sv"))
    OUT.mkdir(exist_ok=True)
    demo = ensure_demo()
    earlier = comparison_file(demo)
    settings = Settings()
    settings.auditor_name = "Karin Lindqvist"
    written = []
    for width, height in SIZES:
        w = MainWindow(Evaluation.open(demo), settings)
        w.resize(width, height)
        w.show()
        settle(app)
        w.select_question("2.3.1")
        w.compare_with(earlier)
        settle(app)
        path = OUT / f"main_{width}x{height}{SUFFIX}.png"
        w.grab().save(str(path))
        written.append(path)
        for theme in ("light", "dark"):
            pv = PresentationView(w.ev, w.bridge, w.scores, theme, w.comparison if theme == "dark" else None)
            pv.resize(width, height)
            pv.show()
            settle(app)
            path = OUT / f"presentation_{theme}_{width}x{height}{SUFFIX}.png"
            pv.grab().save(str(path))
            written.append(path)
            pv.close()
        w.close()
        settle(app)
    for p in written:
        print(p.relative_to(OUT.parent.parent))
    if not HIDPI:  # once more in a fresh process at device pixel ratio 2
        import subprocess

        env = {**os.environ, "QT_SCALE_FACTOR": "2"}
        env.pop("KOMPASSAPP_SETTINGS", None)
        env.pop("KOMPASSAPP_DATA", None)
        return subprocess.run([sys.executable, __file__], env=env).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
