# SPDX-License-Identifier: MIT
"""Ctrl+F results follow the file: edits, undo and redo change the list at once (issue 10 item 6)."""

from PySide6.QtCore import Qt

from kompassapp.evaluation import Evaluation


def listed(w) -> list[str]:
    lst = w.search_panel.ui.resultsList
    return [lst.item(i).text() for i in range(lst.count())]


def test_search_results_follow_undo_and_redo(qtbot, type_text, main_window, new_file):
    w = main_window(new_file)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(w.search_panel.ui.searchEdit, "zebrastyrning")
    w.search_panel.run()
    assert not any("Kommentar" in t for t in listed(w))
    # a comment with the word, stored, then found
    w.question_panel.ui.commentEdit.setFocus()
    type_text(w.question_panel.ui.commentEdit, "Zebrastyrning saknas")
    assert w.question_panel.flush_comment()
    with Evaluation.open(new_file) as ev:
        assert ev.answer(w.question_id).comment == "Zebrastyrning saknas"
    assert any(t.startswith(f"Kommentar {w.question_id}") for t in listed(w))
    w.stack.undo()
    with Evaluation.open(new_file) as ev:
        assert ev.answer(w.question_id).comment == ""
    assert not any("Kommentar" in t for t in listed(w)), "an undone comment is still listed"
    w.stack.redo()
    assert any(t.startswith(f"Kommentar {w.question_id}") for t in listed(w))


def test_a_deleted_note_drops_out_of_the_results(qtbot, type_text, main_window, new_file):
    w = main_window(new_file)
    type_text(w.evidence.ui.noteEdit, "Budgetdialogen sker varje vår")
    qtbot.keyClick(w.evidence.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(w.search_panel.ui.searchEdit, "budgetdialog")
    w.search_panel.run()
    assert len([t for t in listed(w) if t.startswith("Anteckning")]) == 1
    w.stack.undo()  # the note is gone again
    assert [t for t in listed(w) if t.startswith("Anteckning")] == []
