# SPDX-License-Identifier: MIT
"""Team work through the real window: hand out a copy, merge three auditors' copies, agree on answers.

As in tests/test_merge.py the lead's file is copied to three auditors who edit overlapping things
and answer two questions differently. Every check of a decision reopens the .kompass file.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kompassapp import backups
from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.merge import make_copy
from kompassapp.scoring import NA

BANK = load_bank(Path(__file__).resolve().parents[1] / "banks" / "small.yaml")


class Clock:
    def __init__(self, start: str):
        self.now = start

    def __call__(self) -> str:
        return self.now


@pytest.fixture(autouse=True)
def backup_folder(tmp_path, monkeypatch):
    """Backups taken before a merge go to tmp_path, never to the user's data folder."""
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "backups-data"))


@pytest.fixture
def team(tmp_path):
    """The lead's file and three auditors' copies with overlapping and conflicting edits."""
    clock = Clock("2026-05-04T08:00:00.000+00:00")
    lead = Evaluation.create(tmp_path / "lead.kompass", BANK, municipality="Lagby", year=2026,
                             team=["Lena", "Karin", "Per", "Sara"], author="Lena", clock=clock)
    session = lead.add("session", group_name="Ledande politiker", starts_at="2026-05-04T09:00")
    doc = lead.add("document", title="Budget 2026", kind="Budget")
    shared = lead.add_note("Protokoll publiceras.", question_ids=["1.1.1"])
    lead.close()
    copies = {name: make_copy(tmp_path / "lead.kompass", tmp_path / f"{name}.kompass", name)
              for name in ("Karin", "Per", "Sara")}

    def edit(name, at, work):
        clock.now = f"2026-05-04T{at}:00.000+00:00"
        with Evaluation.open(copies[name], author=name, clock=clock) as ev:
            work(ev)

    edit("Per", "10:02", lambda ev: ev.update_note(shared.id, text="Protokoll publiceras inom en vecka."))
    edit("Karin", "10:03", lambda ev: ev.update_note(shared.id, text="Protokoll publiceras, men sent."))
    edit("Karin", "10:05", lambda ev: ev.update("document", doc.id, title="Budget 2026 med plan"))
    edit("Per", "10:07", lambda ev: ev.update("document", doc.id, title="Budget och flerårsplan 2026"))
    for name, choice in (("Karin", "ja"), ("Per", "nej"), ("Sara", "delvis")):
        edit(name, "10:10", lambda ev, c=choice: ev.set_answer("1.1.1", choice=c, comment=f"{ev.author} bedömer {c}"))
        edit(name, "10:11", lambda ev: ev.set_answer("2.1.1", choice="ja"))  # all agree
        edit(name, "10:12", lambda ev, n=name: ev.add_note(f"{n} såg protokollen", question_ids=["1.1.1"]))
    edit("Karin", "10:13", lambda ev: ev.set_answer("2.1.2", choice="ja", comment="Rutinen finns"))
    edit("Per", "10:14", lambda ev: ev.set_answer("2.1.2", choice="nej", comment="Ingen använder den"))
    edit("Karin", "10:20", lambda ev: ev.add("participant", session_id=session.id, name="Eva Ek", role="KSO"))
    return tmp_path / "lead.kompass", copies


def merge_in_window(w, copies, monkeypatch):
    """Arkiv ▸ Slå ihop kopior … with the file dialog answered; returns the report dialog's text."""
    from kompassapp.gui.team import team

    shown = {}

    def fake_exec(dlg):
        shown["text"] = dlg.text()
        shown["backup"] = dlg.ui.backupLabel.text()
        shown["consensus_button"] = dlg.ui.consensusButton.isVisibleTo(dlg)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(team, "choose_copies", lambda *a: [copies["Karin"], copies["Per"], copies["Sara"]])
    monkeypatch.setattr(team.MergeReportDialog, "exec", fake_exec)
    w.team.merge_action.trigger()
    return shown


def tree_answer(w, qid):
    return w.tree_model.data(w.tree_model.index_of("question", qid, 1))


def test_merge_from_the_file_menu_reports_what_came_in(qtbot, main_window, team, monkeypatch):
    lead, copies = team
    w = main_window(lead, auditor="Lena")
    assert not w.ui.pages.isTabVisible(w.ui.pages.indexOf(w.team.consensus))  # one auditor: no consensus page
    assert w.team.merge_action in w.ui.menuFile.actions() and w.team.copy_action in w.ui.menuFile.actions()
    w.question_panel.choose("delvis")  # an edit before the merge
    assert w.stack.count() == 1

    shown = merge_in_window(w, copies, monkeypatch)

    text = shown["text"]
    for name in ("Karin.kompass", "Per.kompass", "Sara.kompass"):
        assert name in text
    # every conflict line, in Swedish
    assert "Anteckningen «Protokoll publiceras" in text and "texten ändrades i två kopior" in text
    assert "Dokumentet «Budget" in text and "titeln ändrades i två kopior" in text
    # the disagreements, with each auditor's answer (Lena answered 1.1.1 herself before the merge)
    assert "Oenighet: 2 frågor" in text
    assert "Karin: Ja · Lena: Delvis · Per: Nej · Sara: Delvis" in text and "Karin: Ja · Per: Nej" in text
    assert shown["consensus_button"]
    # a backup was taken first, and the report says where; the merge itself cannot be undone
    with Evaluation.open(lead) as ev:
        (backup,) = [b for b in backups.list_backups(ev) if str(b.path) in shown["backup"]]  # (others: on open)
        assert "Ctrl+Z" in shown["backup"]
        with Evaluation.open(backup.path) as before:
            assert before.auditor_answers().keys() == {"1.1.1"}  # the file as it was before the merge
        assert set(ev.disputed()) == {"1.1.1", "2.1.2"}
        session_id = ev.sessions()[0].id
        assert {n.text for n in ev.notes()} >= {"Karin såg protokollen", "Per såg protokollen"}
    assert w.stack.count() == 0

    # the window shows the merged file: tree, registers, notes, consensus page, status bar
    assert tree_answer(w, "1.1.1") == "Oenighet" and tree_answer(w, "2.1.2") == "Oenighet"
    assert tree_answer(w, "2.1.1") == "Ja"
    assert "Besvarade 1 av 4" in w.progress_status.text()  # disputed questions count as open
    assert w.ui.pages.isTabVisible(w.ui.pages.indexOf(w.team.consensus))
    assert w.ui.pages.tabText(w.ui.pages.indexOf(w.team.consensus)) == "Samsyn (2)"
    assert "2 frågor med oenighet" in w.team.status.text() and w.team.status.isVisible()
    assert [d.title for d in w.documents_panel.documents.rows] == ["Budget och flerårsplan 2026"]
    w.sessions_panel.select_session(session_id)
    assert [p.name for p in w.sessions_panel.participants.rows] == ["Eva Ek"]
    w.select_question("1.1.1")
    assert w.evidence.ui.notesList.count() == 4
    box = w.team.answers_box
    assert box.isVisible() and "Karin</b>: Ja" in box.text() and "Oenighet" in box.text()
    assert w.question_panel.option_buttons()[1][1].isChecked()  # the panel shows Lena's own answer

    # merging the same copies again brings nothing new
    shown = merge_in_window(w, copies, monkeypatch)
    assert shown["text"].count("Inget nytt") == 3


def test_agree_in_the_consensus_view_by_keyboard_and_mouse(qtbot, type_text, main_window, team, monkeypatch):
    lead, copies = team
    w = main_window(lead, auditor="Lena")
    merge_in_window(w, copies, monkeypatch)
    w.profile_panel  # noqa: B018 (the chart, built now rather than after the first paint)
    assert "räknar 2 oavgjorda frågor som obesvarade" in w.team.chart.legend.text()
    panel = w.team.consensus
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert w.ui.pages.currentWidget() is panel
    lst = panel.ui.questionList
    assert lst.hasFocus()
    # most score at stake first: 1.1.1 moves area 1 by 60 of 100, 2.1.2 area 2 by 30 of 50
    assert panel.open_questions() == ["1.1.1", "2.1.2"]
    assert panel.question_id == "1.1.1"
    assert [r.move for r in panel.open_rows] == [60, 30]
    assert set(panel.cards) == {"Karin", "Per", "Sara"}
    assert "Karin bedömer ja" in panel.cards["Karin"].findChild(type(panel.ui.questionLabel), "commentText").text()
    assert "Karin såg protokollen" in panel.cards["Karin"].findChild(type(panel.ui.questionLabel), "notesText").text()

    # keyboard: 2 = Delvis, a reason, Enter
    qtbot.keyClick(lst, Qt.Key.Key_2)
    assert panel.chosen() == "delvis"
    panel.ui.commentEdit.setFocus()
    type_text(panel.ui.commentEdit, "Protokollen publiceras, men inte för alla nämnder")
    qtbot.keyClick(panel.ui.commentEdit, Qt.Key.Key_Return)
    with Evaluation.open(lead) as ev:
        agreed = ev.consensus()["1.1.1"]
        assert (agreed.choice, agreed.comment) == ("delvis", "Protokollen publiceras, men inte för alla nämnder")
        assert ev.disputed() == ["2.1.2"]
    assert panel.open_questions() == ["2.1.2"] and panel.decided_questions() == ["1.1.1"]
    assert panel.question_id == "2.1.2"  # on to the next one
    assert tree_answer(w, "1.1.1") == "Delvis"

    # mouse: take Per's answer (his comment becomes the reason) and confirm
    pick = panel.cards["Per"].findChild(type(panel.ui.decideButton), "pickButton")
    qtbot.mouseClick(pick, Qt.MouseButton.LeftButton)
    assert panel.chosen() == "nej" and panel.ui.commentEdit.text() == "Ingen använder den"
    qtbot.mouseClick(panel.ui.decideButton, Qt.MouseButton.LeftButton)
    with Evaluation.open(lead) as ev:
        assert {q: (a.choice, a.comment) for q, a in ev.consensus().items()} == {
            "1.1.1": ("delvis", "Protokollen publiceras, men inte för alla nämnder"),
            "2.1.2": ("nej", "Ingen använder den")}
        assert ev.disputed() == []
        expected = [a.score for a in ev.profile().areas]
        karin = [a.score for a in ev.profile("Karin").areas]
    assert panel.open_questions() == [] and "Inga oavgjorda frågor" in panel.ui.summaryLabel.text()
    assert not w.team.status.isVisible() and w.ui.pages.tabText(w.ui.pages.indexOf(panel)) == "Samsyn"

    # the chart: the team's agreed profile, one auditor's own, and every auditor overlaid
    chart = w.profile_panel
    assert chart.radar.scores == expected == [30, 20]  # 1.1.1 delvis: 30 of 60 points; 2.1.1 ja, 2.1.2 nej
    team_chart = w.team.chart
    assert not team_chart.bar.isHidden()
    team_chart.combo.setCurrentIndex(team_chart.combo.findData("Karin"))
    team_chart.combo.activated.emit(team_chart.combo.currentIndex())
    assert chart.radar.scores == karin == [60, 50]
    assert "Lagby 2026 – Karin" in chart.ui.legendLabel.text()
    team_chart.show_auditor(None)
    qtbot.mouseClick(team_chart.overlay_box, Qt.MouseButton.LeftButton)
    overlay = team_chart.overlay_data()
    assert set(overlay) == {"Karin", "Per", "Sara"}
    assert overlay["Karin"] == [60.0, 100.0] and overlay["Per"] == [0.0, 40.0]
    assert "Sara" in team_chart.legend.text()

    # undo brings the dispute back, in the file, the tree, the list and the chart; redo decides again
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Evaluation.open(lead) as ev:
        assert ev.consensus() == {} and set(ev.disputed()) == {"1.1.1", "2.1.2"}
        assert [a.score for a in ev.profile().areas] == chart.radar.scores == [0, 20]
    assert tree_answer(w, "1.1.1") == "Oenighet"
    assert panel.open_questions() == ["1.1.1", "2.1.2"] and panel.decided_questions() == []
    assert w.ui.pages.tabText(w.ui.pages.indexOf(panel)) == "Samsyn (2)"
    qtbot.keyClick(w.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with Evaluation.open(lead) as ev:
        assert ev.consensus()["1.1.1"].choice == "delvis" and ev.disputed() == ["2.1.2"]


def test_decide_after_a_merge_with_notes_by_others_does_not_crash(qtbot, type_text, main_window, team, monkeypatch,
                                                                  shown):
    """Issue 10 item 3: merge, Ctrl+5, a disputed question, a number, Enter: no error dialog, and the
    columns, the tab and the status bar follow. A note by someone who gave no answer ("Anteckningar av
    andra", here the lead's own, written with the empty author of a lost setting) used to be deleted
    under the layout and crash `_fill_cards`. Exceptions in slots fail the test (pytest-qt)."""
    lead, copies = team
    with Evaluation.open(lead, author="") as ev:
        ev.add_note("Egen anteckning utan namn", question_ids=["1.1.1"])
    w = main_window(lead, auditor="Lena")
    merge_in_window(w, copies, monkeypatch)
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    panel = w.team.consensus
    lst = panel.ui.questionList
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(panel._item_of("1.1.1")).center())
    assert panel.question_id == "1.1.1" and set(panel.cards) == {"Karin", "Per", "Sara"}
    assert panel.ui.auditorsLayout.count() == 4  # three auditors and the notes by others
    qtbot.keyClick(lst, Qt.Key.Key_3)  # Nej
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    with Evaluation.open(lead) as ev:
        assert ev.consensus()["1.1.1"].choice == "nej" and ev.disputed() == ["2.1.2"]
    # on to 2.1.2, its columns filled; the tab and the status bar count one question left
    assert panel.question_id == "2.1.2" and set(panel.cards) == {"Karin", "Per"}
    qtbot.waitUntil(lambda: all(card.isVisibleTo(panel) for card in panel.cards.values()))  # shown by the loop
    assert w.ui.pages.tabText(w.ui.pages.indexOf(panel)) == "Samsyn (1)"
    assert "1 fråga med oenighet" in w.team.status.text()
    # digits and N typed into the motivation are text, never answer keys
    qtbot.keyClick(lst, Qt.Key.Key_1)  # Ja
    panel.ui.commentEdit.setFocus()
    type_text(panel.ui.commentEdit, "2 av 3 nämnder, 0 N")
    assert panel.chosen() == "ja"
    qtbot.keyClick(panel.ui.commentEdit, Qt.Key.Key_Return)
    with Evaluation.open(lead) as ev:
        agreed = ev.consensus()["2.1.2"]
        assert (agreed.choice, agreed.comment) == ("ja", "2 av 3 nämnder, 0 N") and ev.disputed() == []
    assert not w.team.status.isVisible() and w.ui.pages.tabText(w.ui.pages.indexOf(panel)) == "Samsyn"
    assert shown == []  # no error dialog


def test_a_merge_is_one_change_everything_views_read_and_takes_the_typed_comment(qtbot, type_text, main_window,
                                                                                 team, monkeypatch):
    """No per-kind changes faked for the views: one change of kind "all" per merged copy. A comment typed
    just before merging (still waiting on its timer) is stored first, so the backup and the file hold it."""
    lead, copies = team
    w = main_window(lead, auditor="Lena")
    kinds = []
    w.bridge.changed.connect(lambda change: kinds.append(change.kind))
    w.select_question("2.1.1")
    w.question_panel.ui.commentEdit.setFocus()
    type_text(w.question_panel.ui.commentEdit, "Skrivet just innan")
    merge_in_window(w, copies, monkeypatch)
    assert kinds == ["answer", "all", "all", "all"]  # the comment stored, then one "all" per copy merged
    with Evaluation.open(lead) as ev:
        assert ev.auditor_answers(["2.1.1"])["2.1.1"]["Lena"].comment == "Skrivet just innan"
        backup = max(backups.list_backups(ev), key=lambda b: b.taken_at)
    with Evaluation.open(backup.path) as before:  # taken just before the merge
        assert before.answer("2.1.1").comment == "Skrivet just innan"
    assert [d.title for d in w.documents_panel.documents.rows] == ["Budget och flerårsplan 2026"]


def test_change_and_withdraw_a_decision(qtbot, main_window, team, monkeypatch):
    lead, copies = team
    w = main_window(lead, auditor="Lena")
    merge_in_window(w, copies, monkeypatch)
    w.team.show_consensus("2.1.2")
    panel = w.team.consensus
    assert panel.question_id == "2.1.2"
    qtbot.keyClick(panel.ui.questionList, Qt.Key.Key_N)  # ej tillämplig
    qtbot.keyClick(panel.ui.questionList, Qt.Key.Key_Return)
    with Evaluation.open(lead) as ev:
        assert ev.consensus()["2.1.2"].choice == NA
    panel.select("2.1.2")
    assert panel.ui.withdrawButton.isVisible() and panel.ui.decideButton.text() == "&Ändra"
    qtbot.keyClick(panel.ui.questionList, Qt.Key.Key_1)
    qtbot.keyClick(panel.ui.questionList, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.ui.withdrawButton, Qt.MouseButton.LeftButton)
    with Evaluation.open(lead) as ev:
        assert ev.consensus() == {} and "2.1.2" in ev.disputed()
        log = [(e.old, e.new) for e in ev.changelog("2.1.2") if e.entity == "consensus"]
    assert log == [(None, NA), (NA, "ja"), ("ja", None)]  # every decision is in the change log
    assert [w.stack.text(i) for i in range(w.stack.count())] == [
        "Fastställ gemensamt svar 2.1.2", "Fastställ gemensamt svar 2.1.2", "Återkalla gemensamt svar 2.1.2"]
    w.stack.undo()
    with Evaluation.open(lead) as ev:
        assert ev.consensus()["2.1.2"].choice == "ja"


def test_a_copy_for_an_auditor_from_the_file_menu(qtbot, main_window, team, monkeypatch):
    from kompassapp.gui.team import team as team_mod

    lead, _ = team
    w = main_window(lead, auditor="Lena")

    def fill(dlg):
        names = [dlg.ui.nameCombo.itemText(i) for i in range(dlg.ui.nameCombo.count())]
        assert names == ["Karin", "Per", "Sara"]  # the team, without the lead herself
        dlg.ui.buttonBox.accepted.emit()
        assert "utvärderarens namn" in dlg.ui.problemLabel.text()
        dlg.ui.nameCombo.setCurrentText("Olle Ny")
        assert dlg.ui.fileEdit.text().endswith("lead-Olle-Ny.kompass")
        dlg.ui.buttonBox.accepted.emit()
        return QDialog.DialogCode.Accepted if dlg.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(team_mod.CopyDialog, "exec", fill)
    w.team.copy_action.trigger()
    path = lead.with_name("lead-Olle-Ny.kompass")
    with Evaluation.open(path) as ev:
        assert ev.auditor == "Olle Ny" and "Olle Ny" in [m.name for m in ev.team()]
    assert "Olle Ny" in w.statusBar().currentMessage()


def test_a_copy_of_another_evaluation_is_refused_and_the_rest_merge(qtbot, main_window, team, monkeypatch, tmp_path):
    lead, copies = team
    stranger = tmp_path / "annan.kompass"
    Evaluation.create(stranger, BANK, municipality="Annanby", year=2026).close()
    copies = {**copies, "Sara": stranger}
    w = main_window(lead, auditor="Lena")
    shown = merge_in_window(w, copies, monkeypatch)
    assert "annan.kompass" in shown["text"] and "Kunde inte slås ihop" in shown["text"]
    assert "not a copy of this evaluation" in shown["text"]
    with Evaluation.open(lead) as ev:
        assert set(ev.disputed()) == {"1.1.1", "2.1.2"}  # Karin's and Per's copies came in


def test_consensus_command_undo_redo_without_widgets(team):
    from PySide6.QtGui import QUndoStack

    from kompassapp.gui.base import commands as c
    from kompassapp.merge import merge

    lead, copies = team
    with Evaluation.open(lead, author="Lena") as ev:
        for name in ("Karin", "Per"):
            merge(ev, copies[name])
        stack = QUndoStack()
        c.push(stack, c.SetConsensus(ev, "1.1.1", "ja", "Enades"))
        c.push(stack, c.SetConsensus(ev, "1.1.1", "nej"))
        assert ev.consensus()["1.1.1"].choice == "nej"
        stack.undo()
        assert (ev.consensus()["1.1.1"].choice, ev.consensus()["1.1.1"].comment) == ("ja", "Enades")
        stack.undo()
        assert "1.1.1" in ev.disputed()
        stack.redo()
        assert ev.consensus()["1.1.1"].choice == "ja"
