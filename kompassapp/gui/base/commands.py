# SPDX-License-Identifier: MIT
"""Every user edit is one small QUndoCommand whose redo()/undo() call the core's durable methods.

The core writes each change to disk before it returns, so there is no "unsaved" state: the undo
stack only remembers how to go back. The first redo happens in `push()`, in Python, so that an
error from the core (disk gone, file damaged) reaches the caller before anything is put on the
stack; Qt's own call to redo() during QUndoStack.push() is then skipped.
Deleting is soft in the core (a flag), so undoing an addition or a deletion is a plain restore.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation

_UNSET: Any = object()
MERGE_COMMENT = 1001  # consecutive comment edits of one question merge into one undo step


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


class Command(QUndoCommand):
    def __init__(self, ev: Evaluation, label: str):
        super().__init__(label)
        self.ev = ev
        self._skip_redo = False

    def apply(self) -> None:  # the forward action
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


def push(stack: QUndoStack, command: Command) -> Command:
    """Do the edit (errors propagate), then put it on the stack."""
    command.apply()
    command._skip_redo = True
    stack.push(command)
    return command


def edit(parent: QWidget | None, stack: QUndoStack, command: Command) -> bool:
    """The one way a view makes an edit: False when the core refused it, after telling the user.

    Nothing is put on the stack then; the dialog (errors.show_kompass_error) names what failed
    and says that what was done before is still in the file.
    """
    from kompassapp.gui.base.errors import show_kompass_error

    try:
        push(stack, command)
    except KompassError as exc:
        show_kompass_error(parent, exc)
        return False
    return True


# -- answers --------------------------------------------------------------------------
class SetAnswer(Command):
    """Choose an option (or N/A, or clear), change the comment or the status of one question."""

    def __init__(self, ev: Evaluation, question_id: str, *, choice: Any = _UNSET, comment: Any = _UNSET,
                 status: Any = _UNSET):
        if choice is not _UNSET:
            label = translate("Commands", "Sätt svar %1")
        elif comment is not _UNSET:
            label = translate("Commands", "Ändra kommentar %1")
        else:
            label = translate("Commands", "Ändra status %1")
        super().__init__(ev, label.replace("%1", question_id))
        self.question_id = question_id
        old = ev.answer(question_id)
        self.old = {"choice": old.choice, "comment": old.comment, "status": old.status}
        self.new = {k: v for k, v in (("choice", choice), ("comment", comment), ("status", status)) if v is not _UNSET}

    def apply(self) -> None:
        self.ev.set_answer(self.question_id, **self.new)

    def revert(self) -> None:
        self.ev.set_answer(self.question_id, **self.old)

    def id(self) -> int:
        return MERGE_COMMENT if set(self.new) == {"comment"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswer) or other.question_id != self.question_id or set(other.new) != {"comment"}:
            return False
        self.new["comment"] = other.new["comment"]
        return True


# -- evidence notes -------------------------------------------------------------------
class AddNote(Command):
    def __init__(self, ev: Evaluation, text: str, /, **where: Any):
        super().__init__(ev, translate("Commands", "Lägg till anteckning"))
        self.text, self.where = text, where
        self.note_id: str | None = None

    def apply(self) -> None:
        if self.note_id is None:
            self.note_id = self.ev.add_note(self.text, **self.where).id
        else:
            self.ev.set_deleted("note", self.note_id, False)

    def revert(self) -> None:
        self.ev.set_deleted("note", self.note_id, True)


class EditNote(Command):
    def __init__(self, ev: Evaluation, note_id: str, /, **changes: Any):
        super().__init__(ev, translate("Commands", "Ändra anteckning"))
        old = ev.note(note_id)
        self.note_id, self.new = note_id, changes
        self.old = {k: getattr(old, k) for k in changes}

    def apply(self) -> None:
        self.ev.update_note(self.note_id, **self.new)

    def revert(self) -> None:
        self.ev.update_note(self.note_id, **self.old)


class DeleteNote(Command):
    def __init__(self, ev: Evaluation, note_id: str):
        super().__init__(ev, translate("Commands", "Ta bort anteckning"))
        self.note_id = note_id

    def apply(self) -> None:
        self.ev.set_deleted("note", self.note_id, True)

    def revert(self) -> None:
        self.ev.set_deleted("note", self.note_id, False)


# -- registers, findings and the team (generic records) --------------------------------
def _kind_name(kind: str) -> str:
    return {"session": translate("Commands", "intervju"), "participant": translate("Commands", "deltagare"), "document": translate("Commands", "dokument"),
            "finding": translate("Commands", "iakttagelse"), "member": translate("Commands", "utvärderare")}.get(kind, kind)


class AddRecord(Command):
    def __init__(self, ev: Evaluation, kind: str, /, **values: Any):
        super().__init__(ev, translate("Commands", "Lägg till %1").replace("%1", _kind_name(kind)))
        self.kind, self.values = kind, values
        self.record_id: str | None = None

    def apply(self) -> None:
        if self.record_id is None:
            self.record_id = self.ev.add(self.kind, **self.values).id
        else:
            self.ev.set_deleted(self.kind, self.record_id, False)

    def revert(self) -> None:
        self.ev.set_deleted(self.kind, self.record_id, True)


class UpdateRecord(Command):
    def __init__(self, ev: Evaluation, kind: str, record_id: str, /, **changes: Any):
        super().__init__(ev, translate("Commands", "Ändra %1").replace("%1", _kind_name(kind)))
        old = ev.get(kind, record_id)
        self.kind, self.record_id, self.new = kind, record_id, changes
        self.old = {k: getattr(old, k) for k in changes}

    def apply(self) -> None:
        self.ev.update(self.kind, self.record_id, **self.new)

    def revert(self) -> None:
        self.ev.update(self.kind, self.record_id, **self.old)


class DeleteRecord(Command):
    def __init__(self, ev: Evaluation, kind: str, record_id: str):
        super().__init__(ev, translate("Commands", "Ta bort %1").replace("%1", _kind_name(kind)))
        self.kind, self.record_id = kind, record_id

    def apply(self) -> None:
        self.ev.set_deleted(self.kind, self.record_id, True)

    def revert(self) -> None:
        self.ev.set_deleted(self.kind, self.record_id, False)


class UpdateInfo(Command):
    def __init__(self, ev: Evaluation, /, **changes: Any):
        super().__init__(ev, translate("Commands", "Ändra uppgifter om utvärderingen"))
        self.new = changes
        self.old = {k: getattr(ev.info, k) for k in changes}

    def apply(self) -> None:
        self.ev.update_info(**self.new)

    def revert(self) -> None:
        self.ev.update_info(**self.old)


# -- team work --------------------------------------------------------------------------
class SetConsensus(Command):
    """The lead sets (or withdraws) the agreed answer of a question the auditors disagree on."""

    def __init__(self, ev: Evaluation, question_id: str, choice: str | None, comment: str = "", *,
                 decided: bool = True):
        label = (translate("Commands", "Fastställ gemensamt svar %1") if decided
                 else translate("Commands", "Återkalla gemensamt svar %1"))
        super().__init__(ev, label.replace("%1", question_id))
        self.question_id, self.choice, self.comment, self.decided = question_id, choice, comment, decided
        old = ev.consensus([question_id]).get(question_id)
        self.old = (old.choice, old.comment) if old else None  # None: no agreed answer before

    def apply(self) -> None:
        self.ev.set_consensus(self.question_id, self.choice, self.comment, decided=self.decided)

    def revert(self) -> None:
        if self.old is None:
            self.ev.set_consensus(self.question_id, None, decided=False)
        else:
            self.ev.set_consensus(self.question_id, *self.old)


# -- the written report's texts ---------------------------------------------------------
MERGE_ANALYSIS = 1002  # consecutive edits of one analysis text merge into one undo step


class SetAnalysis(Command):
    """Write an analysis text (an area's, the summary, the introduction, the conclusion); where the
    auditors' versions differed, the text written becomes the agreed one. Undo puts every version back."""

    def __init__(self, ev: Evaluation, kind: str, text: str, area_id: str = ""):
        super().__init__(ev, translate("Commands", "Ändra analystext"))
        self.kind, self.text, self.area_id = kind, text, area_id
        self.before = ev.analysis_versions(kind, area_id)
        self.created = None  # the record this command made, when there was none

    def apply(self) -> None:
        record = self.ev.set_analysis(self.kind, self.text, self.area_id)
        if not self.before:
            self.created = record

    def revert(self) -> None:
        from dataclasses import replace

        back = list(self.before) + ([replace(self.created, deleted=True)] if self.created else [])
        self.ev.restore_analyses(back)

    def id(self) -> int:
        return MERGE_ANALYSIS

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnalysis) or (other.kind, other.area_id) != (self.kind, self.area_id):
            return False
        self.text = other.text  # one step back to before the first of the run
        return True
