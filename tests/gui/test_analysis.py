# SPDX-License-Identifier: MIT
"""The Analys page: texts typed in the window are stored at once, undone in one step, and the
auditors' differing versions show there and on the consensus page."""

import subprocess
import sys

from PySide6.QtWidgets import QGroupBox, QPushButton

from kompassapp.evaluation import Evaluation
from kompassapp.merge import make_copy, merge


def _stored(path, kind, area_id=""):
    """What another process reads from the file."""
    code = ("import sys; from kompassapp.evaluation import Evaluation\n"
            "with Evaluation.open(sys.argv[1], readonly=True) as ev: print(ev.analysis_text(sys.argv[2], sys.argv[3]))")
    return subprocess.run([sys.executable, "-c", code, str(path), kind, area_id], capture_output=True, text=True,
                          check=True).stdout.rstrip("\n")


def test_typed_analysis_is_stored_and_undone_in_one_step(qtbot, main_window, new_file, type_text):
    w = main_window(new_file)
    panel = w.analysis_panel
    pages = w.ui.pages
    assert pages.tabText(pages.indexOf(panel)) == "Analys"
    assert pages.indexOf(panel) == pages.indexOf(w.findings_panel) + 1
    pages.setCurrentWidget(panel)
    area = w.ev.bank.areas[1].id
    w.tree.areaSelected.emit(area)  # the page follows the tree's area
    assert (panel.kind, panel.area_id) == ("area", area)
    panel.textEdit.setFocus()
    type_text(panel.textEdit, "Styrningen är tydlig.")
    qtbot.waitUntil(lambda: _stored(new_file, "area", area) == "Styrningen är tydlig.", timeout=5000)
    type_text(panel.textEdit, " Men")
    panel.save()
    assert _stored(new_file, "area", area) == "Styrningen är tydlig. Men"
    w.stack.undo()  # one step takes back the whole run of typing
    assert _stored(new_file, "area", area) == ""
    assert panel.textEdit.toPlainText() == ""
    w.stack.redo()
    assert panel.textEdit.toPlainText() == "Styrningen är tydlig. Men"
    panel.show_part("conclusion")
    assert panel.textEdit.toPlainText() == ""


def test_differing_versions_show_side_by_side_and_in_samsyn(qtbot, main_window, new_file, tmp_path):
    copies = []
    for who in ("Bo", "Cecilia"):
        copy = tmp_path / f"{who}.kompass"
        make_copy(new_file, copy, auditor=who)
        with Evaluation.open(copy, author=who) as ev:
            ev.set_analysis("summary", f"{who}s sammanfattning.")
        copies.append(copy)
    with Evaluation.open(new_file, author="Anna Granskare") as ev:
        for copy in copies:
            merge(ev, copy)
    w = main_window(new_file)
    box = w.features["team"].consensus.findChild(QGroupBox, "disputedAnalyses")
    assert w.ev.disputed_analyses() == [("summary", "")]
    assert not box.isHidden()
    buttons = [box.layout().itemAt(i).widget() for i in range(box.layout().count())]
    assert [b.text() for b in buttons] == ["Sammanfattande analys (Bo, Cecilia)"]
    buttons[0].click()  # opens the text on the Analys page
    panel = w.analysis_panel
    assert w.ui.pages.currentWidget() is panel and panel.kind == "summary"
    assert not panel.disputeLabel.isHidden()
    use = [b for b in panel.versions.findChildren(QPushButton)]
    assert len(use) == 2
    use[0].click()  # one version becomes the agreed text
    assert w.ev.disputed_analyses() == [] and box.isHidden()
    assert _stored(new_file, "summary") in ("Bos sammanfattning.", "Cecilias sammanfattning.")
    w.stack.undo()
    assert w.ev.disputed_analyses() == [("summary", "")] and not box.isHidden()
