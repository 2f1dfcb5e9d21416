# SPDX-License-Identifier: MIT
"""Undo commands without widgets: push on a bare QUndoStack, undo, redo, check the file."""

import pytest
from PySide6.QtGui import QUndoStack

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.scoring import NA
from kompassapp.gui.base import commands as c


@pytest.fixture
def ev(new_file):
    ev = Evaluation.open(new_file, author="Anna")
    yield ev
    ev.close()


def stored(path):
    with Evaluation.open(path) as ev:
        return ev.answers(), ev.notes(include_deleted=True), ev.sessions(include_deleted=True)


def test_set_answer_undo_redo_is_durable(ev):
    stack = QUndoStack()
    c.push(stack, c.SetAnswer(ev, "1.1.1", choice="ja"))
    assert stack.undoText() == "Sätt svar 1.1.1"
    assert stored(ev.path)[0]["1.1.1"].choice == "ja"
    stack.undo()
    a = stored(ev.path)[0]["1.1.1"]
    assert (a.choice, a.status) == (None, "not_started")
    stack.redo()
    assert stored(ev.path)[0]["1.1.1"].choice == "ja"


def test_choices_do_not_merge_but_comment_typing_does(ev):
    qid = next(q.id for q in ev.bank.questions.values() if q.na_allowed)  # one that may be answered N/A
    stack = QUndoStack()
    c.push(stack, c.SetAnswer(ev, qid, choice="ja"))
    c.push(stack, c.SetAnswer(ev, qid, choice=NA))
    assert stack.count() == 2
    for text in ("S", "St", "Stick", "Stickprov"):
        c.push(stack, c.SetAnswer(ev, qid, comment=text))
    assert stack.count() == 3 and stack.undoText() == f"Ändra kommentar {qid}"
    assert ev.answer(qid).comment == "Stickprov"
    stack.undo()
    assert ev.answer(qid).comment == "" and ev.answer(qid).choice == NA
    stack.redo()
    assert ev.answer(qid).comment == "Stickprov"


def test_a_comment_on_another_question_is_its_own_step(ev):
    stack = QUndoStack()
    c.push(stack, c.SetAnswer(ev, "1.1.1", comment="a"))
    c.push(stack, c.SetAnswer(ev, "1.1.2", comment="b"))
    assert stack.count() == 2


def test_note_add_edit_delete_and_undo(ev):
    stack = QUndoStack()
    add = c.push(stack, c.AddNote(ev, "Protokollen ligger ute", question_ids=["1.1.3"]))
    assert stack.undoText() == "Lägg till anteckning"
    c.push(stack, c.EditNote(ev, add.note_id, text="Protokollen ligger ute i tid", question_ids=("1.1.3", "1.1.2")))
    assert ev.note(add.note_id).question_ids == ("1.1.2", "1.1.3")
    c.push(stack, c.DeleteNote(ev, add.note_id))
    assert ev.notes(question_id="1.1.3") == []
    stack.undo()
    assert [n.text for n in ev.notes(question_id="1.1.3")] == ["Protokollen ligger ute i tid"]
    stack.undo()
    assert ev.note(add.note_id).text == "Protokollen ligger ute"
    stack.undo()
    notes = stored(ev.path)[1]
    assert len(notes) == 1 and notes[0].deleted  # soft-deleted: the undo is a restore away
    stack.redo()
    assert not stored(ev.path)[1][0].deleted


def test_records_and_info(ev):
    stack = QUndoStack()
    s = c.push(stack, c.AddRecord(ev, "session", group_name="Ledande politiker", starts_at="2026-03-10 13:00"))
    assert stack.undoText() == "Lägg till intervju"
    c.push(stack, c.UpdateRecord(ev, "session", s.record_id, group_name="Ledande politiker (KS)"))
    f = c.push(stack, c.AddRecord(ev, "finding", area_id="1", kind="strength", text="Öppna protokoll"))
    assert ev.findings("1")[0].kind == "strength"
    c.push(stack, c.DeleteRecord(ev, "finding", f.record_id))
    c.push(stack, c.UpdateInfo(ev, municipality="Nyköping"))
    assert ev.info.municipality == "Nyköping"
    for _ in range(5):
        stack.undo()
    assert ev.info.municipality == "Testkommun"
    assert ev.sessions() == [] and ev.findings() == []
    for _ in range(5):
        stack.redo()
    assert ev.sessions()[0].group_name == "Ledande politiker (KS)"
    assert ev.findings() == [] and ev.info.municipality == "Nyköping"


def test_a_refused_edit_never_reaches_the_stack(ev):
    stack = QUndoStack()
    with pytest.raises(KompassError):
        c.push(stack, c.SetAnswer(ev, "1.1.1", choice="finns-inte"))
    with pytest.raises(KompassError):
        c.push(stack, c.AddNote(ev, "   ", question_ids=["1.1.1"]))
    assert stack.count() == 0
