# SPDX-License-Identifier: MIT
"""Screenshots of the window with the demo, of presentation mode (light and dark), and of the
consensus view after merging three auditors' copies of the demo (consensus_*.png).

Writes bench/out/*.png at 1366×768 and 1920×1080 (offscreen; no display needed), and the
1366×768 ones again at device pixel ratio 2 (QT_SCALE_FACTOR=2, a high-DPI laptop) as *@2x.png:
    python bench/screenshots.py
Settings and the demo file go to a temporary folder, never to the user's own.

`--laptop` takes the field-laptop screenshots on a real X display instead (issue 10 item 2):
one Xvfb server per screen (1366×768, 1280×720, and 1366×768 at 125 %), the app's own window
controller (first start: maximized), the whole screen grabbed like `import -window root`:
the demo, a question with six answer options (tests/banks/six_options.yaml), the 2020 bank's
longest option labels, Ctrl+F open, F5 on a partial evaluation (bench/out/laptop_*.png). Needs Xvfb and Qt's xcb libraries (README).
    python bench/screenshots.py --laptop
The bank's instruments while answering (issue 12): a ja/delvis/nej and a graded question of the
2020 bank with their descriptors, groups and documents, and the tree filtered by a group
(laptop_rubric_*.png); `--laptop --rubric` takes only those.
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


# (question, Per's answer and reason, Sara's answer and reason); None: as Karin answered
DISAGREEMENTS = [
    ("2.1.1", ("nej", "Servicedeklarationerna finns bara för äldreomsorgen."), None),
    ("3.1.2", ("delvis", "Uppdraget finns, men uppföljningen sker inte varje år."),
     ("nej", "Ingen av de intervjuade kände till uppföljningen.")),
    ("5.2.1", None, ("nej", "Policyn är inte beslutad i fullmäktige.")),
    ("7.1.3", ("ja", "Alla förvaltningar redovisar resultaten på webben."), None),
]


def team_file(demo: Path) -> Path:
    """The demo as the lead's file with Per's and Sara's copies merged in: each answered every question
    as Karin did except a few (DISAGREEMENTS), with a reason and a note. Demonstration data."""
    import shutil

    from kompassapp.evaluation import Evaluation
    from kompassapp.merge import make_copy, merge

    lead = TMP / "team" / "botkyrka-2003-team.kompass"
    lead.parent.mkdir(exist_ok=True)
    shutil.copy(demo, lead)
    copies = []
    for i, name in enumerate(("Per Holm", "Sara Nyberg")):
        copy = make_copy(lead, TMP / "team" / f"{name.split()[0]}.kompass", name)
        with Evaluation.open(copy, author=name) as ev:
            karin = ev.auditor_answers()
            for qid, by in karin.items():
                mine = next(iter(by.values()))
                ev.set_answer(qid, choice=mine.choice, status="done")
            for qid, *theirs in DISAGREEMENTS:
                if qid in ev.bank.questions and theirs[i]:
                    choice, why = theirs[i]
                    keys = [o.key for o in ev.bank.scales[ev.bank.questions[qid].scale].options]
                    ev.set_answer(qid, choice=choice if choice in keys else keys[-1], comment=why)
                    ev.add_note(f"{name.split()[0]}: {why} (illustrativt)", question_ids=[qid])
        copies.append(copy)
    with Evaluation.open(lead, author="Karin Lindqvist") as ev:
        for copy in copies:
            merge(ev, copy)
    return lead


def evaluation_2020() -> Path:
    """A 2020-edition evaluation answered throughout (made-up answers, marked as demonstration data),
    for the window with SKR's national average (2021) laid over its chart (reference_2020_*.png)."""
    from kompassapp.bank import resolve_bank
    from kompassapp.evaluation import Evaluation

    bank = resolve_bank("kommunkompassen-2020")
    path = TMP / "Exempelkommun-2026.kompass"
    if path.exists():  # made once, shown at each size
        return path
    target = {"1": 0.74, "2": 0.68, "3": 0.8, "4": 0.6, "5": 0.78, "6": 0.62, "7": 0.7, "8": 0.66}  # per area
    with Evaluation.create(path, bank, municipality="Exempelkommun", year=2026, visit_start="2026-03-10",
                           visit_end="2026-03-12", team=["Karin Lindqvist"], demo=True,
                           notice="Demonstrationsdata: påhittade svar.") as ev:
        for i, q in enumerate(bank.questions.values()):
            wanted = target[bank.area_of[q.id].id] + ((i * 37) % 11 - 5) / 14  # spread around the area's level
            best = min(bank.scales[q.scale].options, key=lambda o: abs(float(o.value) - wanted))
            ev.set_answer(q.id, choice=best.key, status="done")
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kompassapp.evaluation import Evaluation
    from kompassapp.gui.base import i18n
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.chart.presentation import PresentationView
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell.start import ensure_demo

    i18n.install(app, os.environ.get("KOMPASSAPP_LANG", "sv"))
    OUT.mkdir(exist_ok=True)
    demo = ensure_demo()
    earlier = comparison_file(demo)
    team = team_file(demo)
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
        w = MainWindow(Evaluation.open(team), settings)
        w.resize(width, height)
        w.show()
        settle(app)
        w.team.show_consensus()
        w.profile_panel  # noqa: B018 (built now, not after the first paint)
        w.team.chart.overlay_box.setChecked(True)
        settle(app)
        path = OUT / f"consensus_{width}x{height}{SUFFIX}.png"
        w.grab().save(str(path))
        written.append(path)
        w.close()
        settle(app)
        w = MainWindow(Evaluation.open(evaluation_2020()), settings)  # the national average overlaid
        w.resize(width, height)
        w.show()
        settle(app)
        w.select_question("5.1.1")
        w.compare_with("skr-medel-2021")
        settle(app)
        path = OUT / f"reference_2020_{width}x{height}{SUFFIX}.png"
        w.grab().save(str(path))
        written.append(path)
        pv = PresentationView(w.ev, w.bridge, w.scores, "light", w.comparison)
        pv.resize(width, height)
        pv.show()
        settle(app)
        path = OUT / f"reference_2020_presentation_{width}x{height}{SUFFIX}.png"
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


# -- the field laptop, on a real X display ---------------------------------------------------
LAPTOP = [("1366x768", 1366, 768, "1"), ("1280x720", 1280, 720, "1"), ("1366x768@125", 1366, 768, "1.25")]


def laptop_main() -> int:
    """One Xvfb per screen size, the screenshots taken by a child process on it."""
    import shutil
    import subprocess
    import time

    if not shutil.which("Xvfb"):
        print("Xvfb is not installed (apt-get install xvfb)", file=sys.stderr)
        return 2
    for i, (name, width, height, scale) in enumerate(LAPTOP):
        display = f":{(97 if '--rubric' in sys.argv else 87) + i}"  # apart from a full run's servers
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
            for _ in range(100):
                if socket.exists():
                    break
                time.sleep(0.05)
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
                   "KOMPASSAPP_SETTINGS": str(TMP / name / "settings.ini"), "KOMPASSAPP_DATA": str(TMP / name),
                   "KOMPASSAPP_DATA_DIR": str(TMP / name)}
            rubric = ["--rubric"] if "--rubric" in sys.argv else []
            result = subprocess.run([sys.executable, __file__, "--laptop-child", *rubric, name], env=env)
            if result.returncode:
                return result.returncode
        finally:
            xvfb.terminate()
            xvfb.wait()
    return 0


def partial_2020(name: str) -> Path:
    """Day one of a 2020 evaluation: a few questions of areas 1 and 3 answered, the rest open."""
    from kompassapp.bank import resolve_bank
    from kompassapp.evaluation import Evaluation

    bank = resolve_bank("kommunkompassen-2020")
    path = TMP / name / "Exempelkommun-2026.kompass"
    path.parent.mkdir(parents=True, exist_ok=True)
    with Evaluation.create(path, bank, municipality="Exempelkommun", year=2026, visit_start="2026-03-10",
                           visit_end="2026-03-12", team=["Karin Lindqvist"], demo=True,
                           notice="Demonstrationsdata: påhittade svar.") as ev:
        for area, count in (("1", 9), ("3", 4)):
            for q in bank.area(area).questions[:count]:
                ev.set_answer(q.id, choice=bank.scales[q.scale].options[len(q.id) % 3].key)
    return path


def six_options(name: str) -> Path:
    """An evaluation on the layout tests' bank: question 1.1.2 has six answer buttons with long labels."""
    from kompassapp.bank import load_bank
    from kompassapp.evaluation import Evaluation

    path = TMP / name / "Sexsvar-2026.kompass"
    path.parent.mkdir(parents=True, exist_ok=True)
    bank = load_bank(Path(__file__).resolve().parents[1] / "tests" / "banks" / "six_options.yaml")
    Evaluation.create(path, bank, municipality="Testkommun", year=2026, demo=True).close()
    return path


def laptop_child(name: str) -> int:
    from PySide6.QtTest import QTest

    from kompassapp.gui.base import i18n
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell.app import Windows, make_application
    from kompassapp.gui.shell.start import ensure_demo

    app = make_application([])
    i18n.install(app, "sv")
    settings = Settings()
    settings.auditor_name = "Karin Lindqvist"
    windows = Windows(settings)
    OUT.mkdir(exist_ok=True)

    def shot(what: str) -> None:
        settle(app, 20)
        QTest.qWait(300)  # the chart is built after the first frame; the X server paints
        settle(app, 20)
        path = OUT / f"laptop_{what}_{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))  # the whole screen, as `import -window root`
        w = windows.windows[-1]
        print(f"{path.relative_to(OUT.parent.parent)}: window {w.width()}x{w.height()} on "
              f"{app.primaryScreen().size().width()}x{app.primaryScreen().size().height()}, tree {w.tree.width()} px, "
              f"answer rows {w.question_panel.answer_rows()}")

    if "--rubric" in sys.argv:
        return rubric_shots(windows, shot, name)
    w = windows.open_path(ensure_demo())
    w.select_question("2.3.1")
    shot("demo")
    w.close()
    w = windows.open_path(six_options(name))
    w.select_question("1.1.2")  # five long options and "Ej tillämplig"
    shot("six_options")
    w.close()
    w = windows.open_path(partial_2020(name))
    w.select_question("3.1.3")  # the 2020 bank's longest option labels
    shot("options_2020")
    w.ui.actionFind.trigger()  # Ctrl+F (no window manager gives the window the focus for a key press)
    QTest.keyClicks(w.search_panel.ui.searchEdit, "protokoll")
    w.search_panel.run()
    shot("search")
    w.toggle_presentation()
    shot("presentation_partial")
    w.presentation.close()
    w.close()
    rubric_shots(windows, shot, name)
    settle(app)
    return 0


def rubric_shots(windows, shot, name: str) -> int:
    """Descriptors under the buttons (a ja/delvis/nej and a graded question), and the group filter."""
    w = windows.open_path(partial_2020(name + "-rubric"))
    w.select_question("1.3.5")  # ja/delvis/nej, two groups, two documents, an N/A rule
    w.ui.actionAutoAdvance.setChecked(False)  # stay on the answered question
    w.question_panel.choose("delvis")
    shot("rubric_jdn")
    w.select_question("8.4.4")  # graded in units, asked of unit managers and the unions
    shot("rubric_graded")
    w.tree_dock.widget().choose("Intervjugrupp: Fackliga företrädare")
    w.tree.go(2)
    shot("rubric_filter")
    w.close()
    return 0


if __name__ == "__main__":
    if "--laptop" in sys.argv:
        raise SystemExit(laptop_main())
    if "--laptop-child" in sys.argv:
        raise SystemExit(laptop_child(sys.argv[-1]))
    raise SystemExit(main())
