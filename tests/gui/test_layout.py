# SPDX-License-Identifier: MIT
"""The window on a laptop (issue 10 item 2): six answer options wrap instead of widening the
window, the question tree keeps a usable width, a first start fills a small screen and a
window saved on a big monitor fits the laptop.

The screen sizes are real: each case runs the app's window in a subprocess on an offscreen
screen of that size (Qt's offscreen plugin reads the screens from a JSON file), at 1366×768,
1280×720 and 1366×768 at 125 % (QT_SCALE_FACTOR=1.25: 1093×614 logical pixels).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation

DRIVER = Path(__file__).with_name("layout_driver.py")
SIX_OPTIONS = "1.1.2"  # tests/banks/six_options.yaml: five long options (2020 1.1.3-like) plus "Ej tillämplig"
LONGEST_2020 = "3.1.3"  # 2020 bank: five options up to 60 characters long
MIN_TREE = 220


@pytest.fixture
def six_file(tmp_path) -> Path:
    path = tmp_path / "Sexsvar-2026.kompass"
    bank = load_bank(Path(__file__).parents[1] / "banks" / "six_options.yaml")
    Evaluation.create(path, bank, municipality="Testkommun", year=2026, team=["Anna Granskare"]).close()
    return path


def run_window(tmp_path, screen, *args, scale="1", settings="s.ini"):
    width, height = screen
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "KOMPASSAPP_SETTINGS": str(tmp_path / settings), "KOMPASSAPP_DATA": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, str(DRIVER), *map(str, args)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("screen, scale", [((1366, 768), "1"), ((1280, 720), "1"), ((1366, 768), "1.25")],
                         ids=["1366x768", "1280x720", "1366x768@125%"])
@pytest.mark.parametrize("file, question", [("six_file", SIX_OPTIONS), ("new_file", LONGEST_2020)],
                         ids=["six options", "2020 longest labels"])
def test_many_options_on_a_laptop_screen(request, tmp_path, file, question, screen, scale):
    m = run_window(tmp_path, screen, request.getfixturevalue(file), "--question", question, "--search", scale=scale)
    screen_w, screen_h = m["screen"][2:]
    assert m["maximized"]  # first start on a screen up to 1440 px wide
    assert m["window"][0] <= screen_w and m["window"][1] <= screen_h
    assert m["min_width"] <= screen_w  # nothing can push the window wider than the screen
    assert m["tree"] >= MIN_TREE and m["search"] >= MIN_TREE
    assert m["answer_rows"] >= 2 and m["clipped"] == []


def test_a_window_saved_on_a_big_monitor_fits_the_laptop(tmp_path, six_file):
    docked = run_window(tmp_path, (2560, 1440), six_file, "--resize", "2400x1300")
    assert docked["window"] == [2400, 1300] and not docked["maximized"]
    m = run_window(tmp_path, (1366, 768), six_file, "--question", SIX_OPTIONS)
    x, y, w, h = m["frame"]
    assert m["window"][0] <= 1366 and m["window"][1] <= 768 and x >= 0 and y >= 0
    assert m["tree"] >= MIN_TREE and m["clipped"] == []


def test_the_tree_stays_usable_when_the_window_narrows(qtbot, main_window, six_file):
    w = main_window(six_file, size=(1366, 768))
    w.select_question(SIX_OPTIONS)
    qtbot.wait(20)
    assert w.tree.width() >= MIN_TREE and w.width() <= 1366
    assert w.minimumSizeHint().width() <= 1366
    assert w.question_panel.answer_rows() >= 2
    assert all(b.width() >= b.sizeHint().width() for _, b in w.question_panel.option_buttons())
    w.resize(1100, 700)
    qtbot.wait(20)
    assert w.tree.width() >= MIN_TREE
    # ids stay in the elided titles; the whole title is in the tooltip of every row
    model = w.tree_model
    assert len(w.question_panel.option_buttons()) == 6
    for kind, node_id in (("area", "1"), ("subarea", "1.1"), ("question", SIX_OPTIONS)):
        tip = model.data(model.index_of(kind, node_id), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(f"<p>{node_id} ") and len(tip) > 30
