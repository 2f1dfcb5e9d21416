# SPDX-License-Identifier: MIT
"""The auditor's day through the real window, asserting on the stored file and the chart's data.

Given/When/Then against the file: every check reopens the .kompass file with a fresh
connection, so what is asserted is what survives a crash, not what a widget shows.
"""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.scoring import NA


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def commit(qtbot, editor):
    """Return in a table cell editor; the view commits it on the next turn of the event loop."""
    key(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def chart_matches_file(w, path):
    with Evaluation.open(path) as ev:
        expected = [a.score for a in ev.profile().areas]
    assert w.profile_panel.radar.scores == expected
    return expected


def test_new_evaluation_dialog_creates_the_file(qtbot, type_text, tmp_path):
    from kompassapp.gui.shell.dialogs import NewEvaluationDialog
    from kompassapp.gui.base.settings import Settings

    settings = Settings()
    settings.auditor_name = "Anna Granskare"
    dlg = NewEvaluationDialog(settings, folder=tmp_path)
    qtbot.addWidget(dlg)
    dlg.ui.bankCombo.setCurrentIndex(dlg.ui.bankCombo.findData("kommunkompassen-2020"))
    dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.result() != QDialog.DialogCode.Accepted and "kommunens namn" in dlg.ui.problemLabel.text()
    type_text(dlg.ui.municipalityEdit, "Nyköping")
    assert dlg.ui.fileEdit.text().endswith("Nyköping-2026.kompass") or "Nyköping-" in dlg.ui.fileEdit.text()
    dlg.ui.yearSpin.setValue(2026)
    dlg.ui.teamEdit.setPlainText("Anna Granskare\nBo Bedömare")
    dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.result() == QDialog.DialogCode.Accepted
    path = dlg.evaluation.path
    dlg.evaluation.close()
    with Evaluation.open(path) as ev:
        assert (ev.info.municipality, ev.info.year, ev.bank.id) == ("Nyköping", 2026, "kommunkompassen-2020")
        assert [m.name for m in ev.team()] == ["Anna Granskare", "Bo Bedömare"]
        assert ev.info.visit_start <= ev.info.visit_end


def test_auditor_day(qtbot, type_text, main_window, new_file, tmp_path, bank_2020, monkeypatch):
    w = main_window(new_file)
    assert "*" not in w.windowTitle() and "Testkommun 2026" in w.windowTitle()
    tree = w.tree
    tree.setFocus()
    assert w.question_id == "1.1.1"

    # -- answer 10 questions by keyboard only ------------------------------------------
    keys = ["1", "2", "3", "1", "2", "2", "1", "3", "2", "1"]  # no N/A: the 2020 bank's first ten refuse it
    answered = []
    for k in keys:
        q = w.question_id
        question = bank_2020.questions[q]
        options = bank_2020.scales[question.scale].options
        key(qtbot, tree, k)
        expected = NA if k in "0N" else options[int(k) - 1].key if int(k) <= len(options) else None
        answered.append((q, expected))
        key(qtbot, tree, Qt.Key.Key_PageDown)
    with Evaluation.open(new_file) as ev:
        stored = {q: a.choice for q, a in ev.answers().items()}
    assert stored == dict(answered)
    assert len(stored) == 10
    before_notes = chart_matches_file(w, new_file)
    assert any(before_notes)
    key(qtbot, tree, Qt.Key.Key_PageUp)
    assert w.question_id == answered[-1][0]
    key(qtbot, tree, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)  # next unanswered
    assert w.question_id == w.tree_model.question_ids()[10]

    # -- an interview: register it, start it, note what is said ------------------------
    key(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    sp = w.sessions_panel
    assert w.ui.pages.currentWidget() is sp
    qtbot.mouseClick(sp.ui.addSessionButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Ledande politiker")
    commit(qtbot, editor)
    for name in ("Eva Ek", "Per Persson"):
        qtbot.mouseClick(sp.ui.addParticipantButton, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(editor, name)
        commit(qtbot, editor)
    with Evaluation.open(new_file) as ev:
        (session,) = ev.sessions()
        people = {p.name: p.id for p in ev.participants(session.id)}
        assert session.group_name == "Ledande politiker" and session.auditors == ("Anna Granskare",)
    assert set(people) == {"Eva Ek", "Per Persson"}
    sp.ui.sessionsTable.setFocus()
    key(qtbot, w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.evidence.session_id == session.id and "Ledande politiker" in w.session_status.text()

    key(qtbot, w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    note_q = w.question_id
    key(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    note_edit = w.evidence.ui.noteEdit
    assert note_edit.hasFocus()
    type_text(note_edit, "Budgetdialogen med partierna sker varje vår")
    key(qtbot, note_edit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Per Persson speaks
    key(qtbot, note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note_edit.toPlainText() == ""
    type_text(note_edit, "Alla fick samma underlag")
    w.evidence.ui.alsoEdit.setText("1.1.2")
    key(qtbot, note_edit, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)  # the whole group
    key(qtbot, note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with Evaluation.open(new_file) as ev:
        notes = ev.notes(session_id=session.id)
        assert [(n.text, n.question_ids, n.participant_id, n.source_kind, n.author) for n in notes] == [
            ("Budgetdialogen med partierna sker varje vår", (note_q,), people["Per Persson"], "interview",
             "Anna Granskare"),
            ("Alla fick samma underlag", tuple(sorted({note_q, "1.1.2"})), None, "interview", "Anna Granskare")]
        assert [n.text for n in ev.notes(participant_id=people["Per Persson"])] == [notes[0].text]
    assert w.evidence.ui.notesList.count() == 2
    # the session's view lists everything noted during it
    w.sessions_panel.select_session(session.id)
    assert w.sessions_panel.ui.notesList.count() == 2
    chart_matches_file(w, new_file)

    # -- undo and redo -----------------------------------------------------------------
    tree.setFocus()
    key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Evaluation.open(new_file) as ev:
        assert [n.text for n in ev.notes()] == ["Budgetdialogen med partierna sker varje vår"]
        assert ev.notes(include_deleted=True)[1].deleted
    assert w.evidence.ui.notesList.count() == 1
    key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with Evaluation.open(new_file) as ev:
        assert len(ev.notes()) == 2
    for _ in range(2 + 4 + 2):  # 2 notes; 2 participants added and named; the session added and named
        key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.undoText() == f"Sätt svar {answered[-1][0]}"
    key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the 10th answer
    with Evaluation.open(new_file) as ev:
        assert ev.notes() == [] and ev.sessions() == []
        assert answered[-1][0] not in ev.choices() and len(ev.choices()) == 9
    chart_matches_file(w, new_file)
    for _ in range(w.stack.count() - w.stack.index()):
        key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with Evaluation.open(new_file) as ev:
        assert len(ev.choices()) == 10 and len(ev.notes()) == 2 and len(ev.sessions()) == 1
    assert chart_matches_file(w, new_file) == before_notes

    # -- search jumps to the place ------------------------------------------------------
    key(qtbot, tree, Qt.Key.Key_PageDown)
    assert w.question_id != note_q
    key(qtbot, w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = w.search_panel.ui.searchEdit
    assert w.search_dock.isVisible() and edit.hasFocus()
    type_text(edit, "budgetdialog")
    key(qtbot, edit, Qt.Key.Key_Return)
    assert w.question_id == note_q
    assert w.evidence.ui.notesList.currentItem().text().startswith("Budgetdialogen")
    edit.clear()
    type_text(edit, bank_2020.questions["4.1.1"].guidance[:25])
    key(qtbot, edit, Qt.Key.Key_Return)
    assert w.question_id == "4.1.1"

    # -- a comparison file --------------------------------------------------------------
    other = tmp_path / "Jämförköping-2022.kompass"
    with Evaluation.create(other, bank_2020, municipality="Jämförköping", year=2022) as ev:
        for q in bank_2020.areas[1].questions:
            ev.set_answer(q.id, choice=bank_2020.scales[q.scale].options[0].key)
        other_scores = [a.score for a in ev.profile().areas]
    monkeypatch.setattr("kompassapp.gui.files.compare_menu.choose_file", lambda *a: other)
    key(qtbot, w, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(w.compare_menu.isVisible)  # Ctrl+Shift+J opens the "Jämför med" menu
    w.compare_menu.other_action.trigger()  # "En annan utvärdering…"
    w.compare_menu.hide()
    radar = w.profile_panel.radar
    assert radar.comparison_scores == other_scores and radar.comparison.isVisible()
    assert w.profile_panel.legend_entries() == ["Testkommun 2026", "Jämförköping 2022"]
    assert "Jämförköping 2022" in w.profile_panel.ui.legendLabel.text()

    # -- presentation mode --------------------------------------------------------------
    key(qtbot, tree, Qt.Key.Key_F5)
    pv = w.presentation
    assert pv is not None and pv.isVisible() and pv.isFullScreen()
    qtbot.waitExposed(pv)
    assert pv.radar.scores == radar.scores and pv.radar.comparison_scores == other_scores
    texts = "\n".join(pv.visible_texts())
    assert "Testkommun" in texts and "Totalt" in texts and "Jämförköping 2022" in texts
    for private in ("Budgetdialogen", "Per Persson", "Eva Ek", "Ledande politiker", "Anna Granskare"):
        assert private not in texts
    key(qtbot, pv, Qt.Key.Key_T)
    assert pv.theme == "dark" and w.settings.presentation_theme == "dark"
    # the presentation follows answers live
    key(qtbot, tree, Qt.Key.Key_2)
    assert pv.radar.scores == chart_matches_file(w, new_file)
    key(qtbot, pv, Qt.Key.Key_Escape)
    assert w.presentation is None and not pv.isVisible()


def test_comment_is_stored_while_typing_and_merges_into_one_undo_step(qtbot, type_text, main_window, new_file):
    w = main_window(new_file)
    edit = w.question_panel.ui.commentEdit
    key(qtbot, w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert edit.hasFocus()
    type_text(edit, "Stickprov på tre nämnder")
    qtbot.waitUntil(lambda: Evaluation.open(new_file).answer("1.1.1").comment == "Stickprov på tre nämnder",
                    timeout=3000)
    type_text(edit, ", alla i tid")
    w.tree.setFocus()  # leaving the field stores at once
    with Evaluation.open(new_file) as ev:
        assert ev.answer("1.1.1").comment == "Stickprov på tre nämnder, alla i tid"
        assert ev.answer("1.1.1").status == "draft"
    assert w.stack.count() == 1
    key(qtbot, w.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""
    key(qtbot, w.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with Evaluation.open(new_file) as ev:
        assert ev.answer("1.1.1").status == "done"


def test_digits_type_text_in_fields_and_do_not_answer(qtbot, type_text, main_window, new_file):
    w = main_window(new_file)
    note = w.evidence.ui.noteEdit
    note.setFocus()
    type_text(note, "1 2 0 N")
    assert note.toPlainText() == "1 2 0 N"
    with Evaluation.open(new_file) as ev:
        assert ev.answers() == {}


def test_findings_beside_the_areas_questions(qtbot, type_text, main_window, new_file):
    w = main_window(new_file)
    w.select_question("3.1.1")
    key(qtbot, w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    fp = w.findings_panel
    assert w.ui.pages.currentWidget() is fp and fp.area_id == "3"
    type_text(fp.ui.strengthEdit, "Tydlig delegationsordning")
    key(qtbot, fp.ui.strengthEdit, Qt.Key.Key_Return)
    type_text(fp.ui.exampleEdit, "Zebrastyrning med ägardirektiv")
    type_text(fp.ui.exampleMunicipalityEdit, "Helsingborg")
    key(qtbot, fp.ui.exampleMunicipalityEdit, Qt.Key.Key_Return)
    with Evaluation.open(new_file) as ev:
        assert [(f.kind, f.text, f.municipality) for f in ev.findings("3")] == [
            ("strength", "Tydlig delegationsordning", ""),
            ("example", "Zebrastyrning med ägardirektiv", "Helsingborg")]
    model = fp.models["strength"]
    assert model.setData(model.index(0, 0), "Tydlig och aktuell delegationsordning")
    fp.ui.strengthsTable.setCurrentIndex(model.index(0, 0))
    fp.ui.strengthsTable.setFocus()
    key(qtbot, fp.ui.strengthsTable, Qt.Key.Key_Delete)
    with Evaluation.open(new_file) as ev:
        assert [f.kind for f in ev.findings("3")] == ["example"]
        assert ev.findings("3", include_deleted=True)[0].text == "Tydlig och aktuell delegationsordning"
    w.stack.undo()
    assert model.rowCount() == 1
    key(qtbot, w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(w.search_panel.ui.searchEdit, "zebrastyrning")
    key(qtbot, w.search_panel.ui.searchEdit, Qt.Key.Key_Return)
    assert w.ui.pages.currentWidget() is fp
    assert fp.ui.examplesTable.currentIndex().row() == 0


def test_documents_register_and_a_note_citing_a_document(qtbot, type_text, main_window, new_file):
    w = main_window(new_file)
    key(qtbot, w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dp = w.documents_panel
    qtbot.mouseClick(dp.ui.addDocumentButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Årsredovisning 2025")
    commit(qtbot, editor)
    model = dp.documents
    assert model.setData(model.index(0, 1), "Årsredovisning")
    ev_panel = w.evidence
    ev_panel.ui.sourceCombo.setCurrentIndex(ev_panel.ui.sourceCombo.findData("document"))
    assert ev_panel.ui.documentCombo.currentText() == "Årsredovisning 2025"
    type_text(ev_panel.ui.noteEdit, "Målen följs upp per nämnd")
    key(qtbot, ev_panel.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with Evaluation.open(new_file) as ev:
        (doc,) = ev.documents()
        assert (doc.title, doc.kind) == ("Årsredovisning 2025", "Årsredovisning")
        (note,) = ev.notes()
        assert (note.source_kind, note.document_id) == ("document", doc.id)
    dp.ui.documentsTable.setCurrentIndex(model.index(0, 0))
    assert dp.ui.notesList.count() == 1


def test_a_failed_write_shows_a_dialog_and_keeps_the_text(qtbot, main_window, new_file, monkeypatch):
    w = main_window(new_file)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)

    def broken(*a, **k):
        raise KompassError("disk I/O error; check that the disk is present and not full")

    monkeypatch.setattr(w.ev, "set_answer", broken)
    monkeypatch.setattr(w.ev, "add_note", broken)
    w.tree.setFocus()
    key(qtbot, w.tree, Qt.Key.Key_1)
    assert w.stack.count() == 0 and shown and shown[0][0].startswith("Ändringen kunde inte sparas")
    assert "Traceback" not in shown[0][1]
    w.evidence.ui.noteEdit.setPlainText("Viktigt citat")
    key(qtbot, w.evidence.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.evidence.ui.noteEdit.toPlainText() == "Viktigt citat"
    w.question_panel.ui.commentEdit.setPlainText("Min motivering")
    key(qtbot, w.tree, Qt.Key.Key_PageDown)
    assert w.question_id == "1.1.1"  # stays with the unsaved comment
    assert w.question_panel.ui.commentEdit.toPlainText() == "Min motivering"


def test_demo_window_shows_the_published_profile(qtbot, main_window, demo_copy):
    from kompassapp.demo import PUBLISHED_PROFILE

    w = main_window(demo_copy)
    assert w.profile_panel.radar.scores == [PUBLISHED_PROFILE[str(i)] for i in range(1, 9)]
    assert "639" in w.profile_panel.ui.totalLabel.text()
    assert [t.toPlainText() for t in w.profile_panel.radar.value_labels][1] == "76,5"  # decimal comma


def test_every_failed_edit_is_told_the_same_way(qtbot, main_window, new_file, monkeypatch, shown):
    """Answers, notes, registers, findings, the details: a refused edit is one dialog from one function
    (commands.edit), and nothing goes on the undo stack."""
    w = main_window(new_file)

    def broken(*a, **k):
        raise KompassError("disk I/O error; check that the disk is present and not full")

    for name in ("set_answer", "add_note", "add", "update", "update_info", "set_deleted"):
        monkeypatch.setattr(w.ev, name, broken)
    w.tree.setFocus()
    key(qtbot, w.tree, Qt.Key.Key_1)  # an answer
    w.evidence.ui.noteEdit.setPlainText("Viktigt citat")  # a note
    key(qtbot, w.evidence.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(w.documents_panel.ui.addDocumentButton, Qt.MouseButton.LeftButton)  # a register row
    w.findings_panel.ui.strengthEdit.setText("Öppna protokoll")  # a finding
    w.findings_panel.add("strength")
    assert len(shown) == 4 and w.stack.count() == 0
    assert {title for title, _, _ in shown} == {"Ändringen kunde inte sparas"}
    assert all("disk I/O error" in info and "Traceback" not in info for _, _, info in shown)
    assert w.evidence.ui.noteEdit.toPlainText() == "Viktigt citat"  # the text is kept to try again


def test_interview_end_is_enabled_only_while_one_runs_and_stores_the_end_time(qtbot, main_window, new_file):
    with Evaluation.open(new_file, author="Anna Granskare") as ev:
        sid = ev.add("session", group_name="Ledande politiker", starts_at="2026-03-10 13:00").id
    w = main_window(new_file)
    end_button = w.sessions_panel.ui.endSessionButton
    assert not w.ui.actionEndSession.isEnabled() and not end_button.isEnabled()  # nothing runs
    w.start_session(sid)
    assert w.ui.actionEndSession.isEnabled() and end_button.isEnabled()
    w.ui.actionEndSession.trigger()
    assert not w.ui.actionEndSession.isEnabled() and not end_button.isEnabled()
    with Evaluation.open(new_file) as ev:
        assert ev.get("session", sid).ends_at.startswith("20")  # now, as the register writes times
    w.stack.undo()  # the end time is one undo step
    with Evaluation.open(new_file) as ev:
        assert ev.get("session", sid).ends_at == ""
    # a running interview that is deleted (here: its addition undone) is no longer running
    w.start_session(sid)
    w.ev.set_deleted("session", sid, True)
    assert w.evidence.session_id is None and not w.ui.actionEndSession.isEnabled()


@pytest.fixture
def closable(qtbot, closing):
    """A window the test closes itself (WA_DeleteOnClose): not handed to qtbot, closed afterwards if still open."""
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell.mainwindow import MainWindow

    def make(path):
        settings = Settings()
        settings.auditor_name = "Anna Granskare"
        w = MainWindow(Evaluation.open(path), settings)
        closing(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    return make


def test_closing_during_an_interview_asks_and_stores_the_end_time(qtbot, closable, new_file, monkeypatch):
    from kompassapp.gui.shell import interview

    with Evaluation.open(new_file, author="Anna Granskare") as ev:
        sid = ev.add("session", group_name="Ledande politiker", starts_at="2026-03-10 13:00").id
    asked = []
    answer = {"now": interview.CANCEL}
    monkeypatch.setattr(interview, "ask_on_close", lambda parent, name: asked.append(name) or answer["now"])
    w = closable(new_file)
    w.start_session(sid)
    assert not w.close() and w.isVisible() and asked == ["Ledande politiker"]  # back to the interview
    with Evaluation.open(new_file) as ev:
        assert ev.get("session", sid).ends_at == ""
    answer["now"] = interview.END
    assert w.close()
    with Evaluation.open(new_file) as ev:
        assert ev.get("session", sid).ends_at.startswith("20")


def test_closing_without_a_running_interview_does_not_ask(qtbot, closable, new_file, monkeypatch):
    from kompassapp.gui.shell import interview

    monkeypatch.setattr(interview, "ask_on_close", lambda *a: pytest.fail("asked without an interview"))
    w = closable(new_file)
    assert w.close()


def test_whole_file_actions_take_the_comment_being_typed(qtbot, type_text, closable, new_file, tmp_path,
                                                        monkeypatch):
    """A comment waits on a short timer before it is stored; a backup or a copy for an auditor taken
    right after typing must hold it (flush_edits through the host), and so must the file on close."""
    from kompassapp import backups
    from kompassapp.gui.team import team as team_mod

    w = closable(new_file)
    comment = w.question_panel.ui.commentEdit
    comment.setFocus()
    type_text(comment, "Skrivet nyss")
    q = w.question_id
    w.features["file_tools"].backup_keeper.take()
    with Evaluation.open(backups.list_backups(w.ev)[0].path) as snap:
        assert snap.answer(q).comment == "Skrivet nyss"

    type_text(comment, ", och mer")
    copy = tmp_path / "kopia.kompass"

    def fill(dlg):
        dlg.ui.nameCombo.setCurrentText("Olle")
        dlg.ui.fileEdit.setText(str(copy))
        dlg.ui.buttonBox.accepted.emit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(team_mod.CopyDialog, "exec", fill)
    w.team.copy_action.trigger()
    with Evaluation.open(copy) as ev:
        assert ev.answers()[q].comment == "Skrivet nyss, och mer"  # the answer that counts (not Olle's own)

    type_text(comment, "!")
    w.close()
    with Evaluation.open(new_file) as ev:
        assert ev.answer(q).comment == "Skrivet nyss, och mer!"


def test_a_change_of_kind_all_makes_every_view_read_the_file_anew(qtbot, main_window, new_file):
    """After a merge (or anything else that changes the file as a whole) one change of kind "all"
    reaches the views; each reads what it shows anew, whatever changed underneath."""
    from kompassapp.evaluation import Change, ChangeKind

    w = main_window(new_file)
    q = w.question_id
    w.findings_panel.set_area(w.ev.bank.area_of[q].id)
    with Evaluation.open(new_file, author="Per") as other:  # a second connection changes everything
        other.update_info(municipality="Nyby")
        other.set_answer(q, choice=w.ev.bank.scales[w.ev.bank.questions[q].scale].options[0].key)
        other.add_note("Från en annan kopia", question_ids=[q])
        sid = other.add("session", group_name="Ledande politiker", starts_at="2026-03-10 13:00").id
        other.add("participant", session_id=sid, name="Eva Ek")
        other.add("document", title="Budget 2026")
        other.add("finding", area_id=w.ev.bank.area_of[q].id, kind="strength", text="Öppna protokoll")
    w.ev.reload()  # as the core does before it announces "all"
    w.bridge.changed.emit(Change(ChangeKind.ALL))
    assert w.windowTitle().startswith("Nyby ")
    assert w.scores.answer(q).choice is not None and w.tree_model.data(w.tree_model.index_of("question", q, 1))
    assert [w.evidence.ui.notesList.item(i).text().split("\n")[0] for i in range(w.evidence.ui.notesList.count())] \
        == ["Från en annan kopia"]
    assert [s.group_name for s in w.sessions_panel.sessions.rows] == ["Ledande politiker"]
    w.sessions_panel.select_session(sid)
    assert [p.name for p in w.sessions_panel.participants.rows] == ["Eva Ek"]
    assert [d.title for d in w.documents_panel.documents.rows] == ["Budget 2026"]
    assert [f.text for f in w.findings_panel.models["strength"].rows] == ["Öppna protokoll"]


@pytest.mark.parametrize("order", [1, -1])
def test_features_put_their_menu_entries_on_the_named_places(qtbot, main_window, new_file, monkeypatch, order):
    """The File and View menus are in the order of ui/main_window.ui's places, whatever order the
    features are installed in (gui/shell/mainwindow.py FEATURES)."""
    from kompassapp.gui.shell import mainwindow

    monkeypatch.setattr(mainwindow, "FEATURES", mainwindow.FEATURES[::order])
    w = main_window(new_file)

    def entries(menu):
        return ["—" if a.isSeparator() else a.objectName() or a.text() for a in menu.actions() if a.isVisible()]

    assert entries(w.ui.menuFile) == [
        "actionNew", "actionOpen", "&Senaste filer", "actionOpenDemo", "—", "actionEditInfo", "&Jämför med", "—",
        "actionMakeCopy", "actionMergeCopies", "—", "actionExportWorkbook", "actionExportPdf", "actionJuryWorkbook",
        "—", "actionUpgradeBank", "actionRestoreBackup", "—", "actionMarkFinal", "actionPurge", "—",
        "actionArchivePush", "actionArchiveList", "—", "För&beredelser", "—", "actionSettings", "—", "actionClose",
        "actionQuit"]
    view = entries(w.ui.menuView)
    assert view[view.index("actionShowDocuments") + 1] == "actionShowConsensus"


def test_quitting_during_an_interview_asks_and_can_go_back(qtbot, new_file, monkeypatch, closing):
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell import app, interview

    with Evaluation.open(new_file, author="Anna Granskare") as ev:
        sid = ev.add("session", group_name="Ledande politiker", starts_at="2026-03-10 13:00").id
    quits = []
    monkeypatch.setattr(app.QCoreApplication, "quit", lambda: quits.append(True))
    monkeypatch.setattr(interview, "ask_on_close", lambda *a: interview.CANCEL)
    windows = app.Windows(Settings())
    w = windows.open_path(new_file)
    closing(w)
    w.start_session(sid)
    w.ui.actionQuit.trigger()
    assert w.isVisible() and windows.windows == [w] and quits == []  # back to the interview
    monkeypatch.setattr(interview, "ask_on_close", lambda *a: interview.END)
    w.ui.actionQuit.trigger()
    assert windows.windows == [] and quits == [True]
    with Evaluation.open(new_file) as ev:
        assert ev.get("session", sid).ends_at
