# SPDX-License-Identifier: MIT
"""Arkiv ▸ Förberedelser in the window: questionnaire out and in, guides, the coverage view (same
figures as summary --json), and the group filter that Page Down follows during an interview."""

import json

import openpyxl
from PySide6.QtCore import Qt

from conftest import run_cli
from kompassapp.evaluation import Evaluation


def _room(w):
    return w.features["prepare"]


def test_the_menu_writes_and_reads_the_questionnaire_and_the_guides(main_window, new_file, tmp_path):
    with Evaluation.open(new_file, author="Anna") as ev:
        ev.add("session", group_name="Facket", bank_groups=("fack",), state="planned")
    w = main_window(new_file)
    room = _room(w)
    titles = [a.text() for a in w.ui.menuFile.actions()]
    assert "För&beredelser" in titles  # Arkiv ▸ Förberedelser
    assert [a.objectName() for a in room.menu.actions() if a.objectName()][:6] == [
        "actionPrepare_plan", "actionPrepare_questionnaire", "actionPrepare_import", "actionPrepare_documents",
        "actionPrepare_guides", "actionPrepare_coverage"]
    out = room.export_questionnaire(tmp_path / "q.xlsx")
    wb = openpyxl.load_workbook(out)
    wb["1 Medborgarsamspel"]["D2"] = "Ja, sedan 2019."
    wb.save(tmp_path / "filled.xlsx")
    assert room.import_questionnaire(tmp_path / "filled.xlsx") == {"added": 1, "updated": 0, "removed": 0,
                                                                     "unchanged": 0}
    written = room.write_guides(tmp_path / "guides")
    assert [label for _, label, _ in written] == ["Fackliga företrädare"]
    with Evaluation.open(new_file, readonly=True) as ev:  # stored: another connection reads it
        assert [n.source_kind for n in ev.notes()] == ["municipality"]


def test_the_coverage_view_agrees_with_summary_json_and_lists_a_cells_questions(main_window, new_file):
    with Evaluation.open(new_file, author="Anna") as ev:
        held = ev.add("session", group_name="Majoriteten", bank_groups=("majoritet",))
        ev.add_note("Sänds på webben.", question_ids=["1.1.1"], source_kind="web", url="https://t.se")
        q = next(q.id for q in ev.bank.questions.values() if "majoritet" in q.groups)
        ev.add_note("KSO berättade.", question_ids=[q], source_kind="interview", session_id=held.id)
    w = main_window(new_file)
    dialog = _room(w).show_coverage()
    table = dialog.table
    summary = json.loads(run_cli("summary", new_file, "--json", check=True).stdout)["coverage"]
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        c["label"] for c in summary["columns"]]
    for r, area in enumerate(summary["areas"]):
        for c, column in enumerate(summary["columns"]):
            x = area["cells"][column["key"]]
            assert table.item(r, c).text() == (f"{x['covered']} / {x['expected']}" if x["expected"] else "–")
    table.setCurrentCell(0, 1)  # area 1 × web: the questions expecting the web, 1.1.1 ticked
    items = [dialog.questions.item(i).text() for i in range(dialog.questions.count())]
    assert items[0].startswith("✓ 1.1.1") and all(i.startswith("○ ") for i in items[1:])
    assert len(items) == summary["areas"][0]["cells"]["web"]["expected"]
    dialog.questions.itemActivated.emit(dialog.questions.item(1))
    assert w.tree.question_id == dialog.questions.item(1).data(Qt.ItemDataRole.UserRole + 1)
    dialog.close()


def test_during_an_interview_the_tree_shows_the_groups_questions_and_page_down_follows(main_window, new_file, qtbot):
    with Evaluation.open(new_file, author="Anna") as ev:
        session = ev.add("session", group_name="Facket", bank_groups=("fack",), state="planned")
        expected = [q.id for q in ev.bank.questions.values() if "fack" in q.groups]
    w = main_window(new_file)
    room = _room(w)
    assert not room.group_filter.isEnabled()
    w.start_session(session.id)
    room.session_changed()
    assert room.group_filter.isEnabled()
    room.group_filter.setChecked(True)
    assert w.tree.ids == expected and w.tree.question_id == expected[0]
    assert w.tree.filter_label == "Frågor för Fackliga företrädare"
    w.tree.setFocus()
    for want in expected[1:4]:
        qtbot.keyClick(w.tree, Qt.Key.Key_PageDown)
        assert w.tree.question_id == want
    hidden = w.tree.isRowHidden(0, w.tree.model_.index(0, 0, w.tree.model_.index(0, 0)))
    assert hidden == ("1.1.1" not in expected)
    w.end_session()
    room.session_changed()
    assert not room.group_filter.isChecked() and len(w.tree.ids) == len(w.ev.bank.questions)
