# SPDX-License-Identifier: MIT
"""The evidence panel: a note field that is always at hand, and the current question's notes.

Ctrl+Enter stores the note, tied to the current question (and any others typed beside it) and
to its source: the interview session that is running (and, with Alt+1…9, the participant who
is speaking), a registered document, a web address, or an observation. The text stays in the
field until the core has stored it, so a failed write loses nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QButtonGroup, QInputDialog, QListWidget, QListWidgetItem, QPushButton, QWidget

from kompassapp.errors import KompassError
from kompassapp.evaluation import Change, ChangeKind, Evaluation, Note
from kompassapp.gui.base import commands
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.base.errors import show_error
from kompassapp.gui.forms.ui_evidence_panel import Ui_EvidencePanel
from kompassapp.gui.base.i18n import time_text
from kompassapp.gui.base.plaintext import esc as _esc, tooltip

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SOURCE_KINDS = ("interview", "document", "web", "observation")


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def describe_source(ev: Evaluation, note: Note) -> str:
    """'Intervju: Ledande politiker – Anna A (kommunstyrelsens ordförande)', 'Dokument: …', …"""
    try:
        if note.source_kind == "interview" and note.session_id:
            text = translate("Evidence", "Intervju: %1").replace("%1", ev.get("session", note.session_id).group_name)
            if note.participant_id:
                p = ev.get("participant", note.participant_id)
                text += f" – {p.name}" + (f" ({p.role})" if p.role else "")
            return text
        if note.source_kind == "document" and note.document_id:
            return translate("Evidence", "Dokument: %1").replace("%1", ev.get("document", note.document_id).title)
    except KompassError:
        pass
    if note.source_kind == "web":
        return translate("Evidence", "Webb: %1").replace("%1", note.url)
    if note.source_kind == "municipality":  # the municipality's own account, marked as such (issue 13)
        from kompassapp.exports.common import municipality_where

        return translate("Evidence", "Kommunens svar i frågeunderlaget (%1)").replace(
            "%1", municipality_where(note.provenance) or "?")
    return translate("Evidence", "Iakttagelse")


CREATED_ROLE = Qt.ItemDataRole.UserRole + 11


def note_item(ev: Evaluation, n: Note, item: QListWidgetItem | None = None, *,
              show_questions: bool = False) -> QListWidgetItem:
    """One note as a list item: its text, then source · author · time."""
    meta = [describe_source(ev, n)]
    if show_questions and n.question_ids:
        meta.append(translate("Evidence", "frågor %1").replace("%1", ", ".join(n.question_ids)))
    meta += [x for x in (n.author, time_text(n.created_at)) if x]
    item = item or QListWidgetItem()
    item.setText(f"{n.text}\n— {' · '.join(meta)}")
    item.setData(NOTE_ID_ROLE, n.id)
    item.setData(CREATED_ROLE, n.created_at)
    item.setToolTip(tooltip(n.text))
    return item


def fill_note_list(widget: QListWidget, ev: Evaluation, notes: list[Note], *, show_questions: bool = False) -> None:
    """Render notes into a list widget (oldest first, as the core returns them)."""
    widget.clear()
    for n in notes:
        widget.addItem(note_item(ev, n, show_questions=show_questions))


def parse_question_ids(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,;]+", text.strip()) if t]


class EvidencePanel(QWidget):
    noteStored = Signal(str)  # note id

    def __init__(self, ev: Evaluation, bridge: Bridge, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.stack = ev, stack
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        self.question_id: str | None = None
        self.session_id: str | None = None
        self.participant_id: str | None = None
        names = {"interview": translate("Evidence", "Pågående intervju"), "document": translate("Evidence", "Dokument"), "web": translate("Evidence", "Webbadress"),
                 "observation": translate("Evidence", "Egen iakttagelse")}
        for kind in SOURCE_KINDS:
            self.ui.sourceCombo.addItem(names[kind], kind)
        self.ui.sourceCombo.setCurrentIndex(SOURCE_KINDS.index("observation"))
        self.ui.sourceCombo.currentIndexChanged.connect(self._source_changed)
        self._participant_group = QButtonGroup(self)
        self._participant_group.setExclusive(True)
        self._participant_group.idClicked.connect(self._participant_clicked)
        self._participant_ids: list[str | None] = []
        self.ui.noteEdit.installEventFilter(self)
        self.ui.storeButton.clicked.connect(self.store)
        self.ui.notesList.itemDoubleClicked.connect(lambda item: self.edit_note(item))
        self._note_actions()
        self._speaker_actions()
        bridge.changed.connect(self._on_change)
        self._fill_documents()
        self._source_changed()

    # -- actions ----------------------------------------------------------------------
    def _note_actions(self) -> None:
        lst = self.ui.notesList
        edit = QAction(self.tr("Ändra texten…"), lst)
        edit.setToolTip(self.tr("Ändra anteckningens text"))
        edit.triggered.connect(lambda: self.edit_note(lst.currentItem()))
        link = QAction(self.tr("Koppla till frågor…"), lst)
        link.setToolTip(self.tr("Ändra vilka frågor anteckningen hör till"))
        link.triggered.connect(lambda: self.link_note(lst.currentItem()))
        delete = QAction(self.tr("Ta bort"), lst)
        delete.setToolTip(self.tr("Ta bort anteckningen (kan ångras)"))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.delete_note(lst.currentItem()))
        for a in (edit, link, delete):
            lst.addAction(a)

    def _speaker_actions(self) -> None:
        """Alt+1…9 pick the participant who is speaking; Alt+0 the whole group."""
        self.speaker_actions = []
        for i in range(10):
            a = QAction(self.tr("Talare %1").replace("%1", str(i)), self)
            a.setShortcut(QKeySequence(f"Alt+{i}"))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(lambda _=False, n=i: self.pick_speaker(n))
            self.addAction(a)
            self.speaker_actions.append(a)

    # -- context: question and session ------------------------------------------------
    def show_question(self, question_id: str) -> None:
        self.question_id = question_id
        self.refresh_notes()

    def start_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.participant_id = None
        self.ui.sourceCombo.setCurrentIndex(SOURCE_KINDS.index("interview"))
        self._fill_participants()
        self._source_changed()

    def end_session(self) -> None:
        self.session_id = None
        self.participant_id = None
        if self.source_kind() == "interview":
            self.ui.sourceCombo.setCurrentIndex(SOURCE_KINDS.index("observation"))
        self._fill_participants()
        self._source_changed()

    def pick_speaker(self, n: int) -> None:
        if self.session_id is None or n >= len(self._participant_ids):
            return
        self.participant_id = self._participant_ids[n]
        button = self._participant_group.button(n)
        if button:
            button.setChecked(True)
        if self.source_kind() != "interview":
            self.ui.sourceCombo.setCurrentIndex(SOURCE_KINDS.index("interview"))
        self._update_session_label()

    def _participant_clicked(self, n: int) -> None:
        self.pick_speaker(n)

    def source_kind(self) -> str:
        return self.ui.sourceCombo.currentData()

    def _source_changed(self, *_: object) -> None:
        kind = self.source_kind()
        self.ui.documentCombo.setVisible(kind == "document")
        self.ui.urlEdit.setVisible(kind == "web")
        interview = kind == "interview"
        self.ui.sessionLabel.setVisible(interview)
        self.ui.participantBox.setVisible(interview and self.session_id is not None)
        self._update_session_label()

    def _update_session_label(self) -> None:
        if self.session_id is None:
            self.ui.sessionLabel.setText(self.tr("Ingen pågående intervju – starta en i registret Intervjuer "
                                                 "(Ctrl+3, sedan Ctrl+Shift+S)."))
            return
        try:
            s = self.ev.get("session", self.session_id)
        except KompassError:
            self.end_session()
            return
        text = self.tr("Pågående intervju: <b>%1</b>").replace("%1", _esc(s.group_name))
        if self.participant_id:
            p = self.ev.get("participant", self.participant_id)
            text += self.tr(" – talar: <b>%1</b>").replace("%1", _esc(p.name))
        self.ui.sessionLabel.setText(text)

    def _fill_participants(self) -> None:
        layout = self.ui.participantLayout
        for b in self._participant_group.buttons():
            self._participant_group.removeButton(b)
            layout.removeWidget(b)
            b.deleteLater()
        self._participant_ids = []
        if self.session_id is None:
            return
        people = [None, *self.ev.participants(self.session_id)]
        for i, p in enumerate(people[:10]):
            label = self.tr("Alt+0 Hela gruppen") if p is None else f"Alt+{i} {p.name}"
            b = QPushButton(label, self.ui.participantBox)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(self.tr("Anteckningar kopplas till den som talar") if p else
                         self.tr("Anteckningar kopplas till intervjun som helhet"))
            self._participant_group.addButton(b, i)
            layout.addWidget(b)
            self._participant_ids.append(None if p is None else p.id)
        layout.addStretch(1)
        self._participant_group.button(0).setChecked(True)
        if self.participant_id not in self._participant_ids:
            self.participant_id = None

    def _fill_documents(self) -> None:
        combo = self.ui.documentCombo
        current = combo.currentData()
        combo.clear()
        for d in self.ev.documents():
            combo.addItem(d.title or self.tr("(utan titel)"), d.id)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))

    # -- storing ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.noteEdit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.store()
            return True
        return super().eventFilter(watched, event)

    def where(self) -> dict:
        """The note's source and questions as keyword arguments for Evaluation.add_note."""
        kind = self.source_kind()
        questions = [self.question_id] if self.question_id else []
        questions += [q for q in parse_question_ids(self.ui.alsoEdit.text()) if q not in questions]
        unknown = [q for q in questions if q not in self.ev.bank.questions]
        if unknown:
            raise KompassError(self.tr("Okänd fråga: %1").replace("%1", ", ".join(unknown)))
        where: dict = {"question_ids": questions, "source_kind": kind}
        if kind == "interview":
            if self.session_id is None:
                raise KompassError(self.tr("Ingen intervju pågår. Starta en intervju i registret, "
                                           "eller välj en annan källa."))
            where.update(session_id=self.session_id, participant_id=self.participant_id)
        elif kind == "document":
            if not self.ui.documentCombo.currentData():
                raise KompassError(self.tr("Inget dokument är valt. Lägg till dokumentet i dokumentregistret först."))
            where["document_id"] = self.ui.documentCombo.currentData()
        elif kind == "web":
            if not self.ui.urlEdit.text().strip():
                raise KompassError(self.tr("Skriv webbadressen som anteckningen bygger på."))
            where["url"] = self.ui.urlEdit.text().strip()
        return where

    def store(self) -> str | None:
        text = self.ui.noteEdit.toPlainText().strip()
        if not text:
            return None
        try:
            where = self.where()
        except KompassError as exc:  # what the auditor chose does not add up: say what, keep the text
            show_error(self, self.tr("Anteckningen sparades inte"), str(exc),
                       self.tr("Texten finns kvar i fältet."))
            return None
        cmd = commands.AddNote(self.ev, text, **where)
        if not commands.edit(self, self.stack, cmd):  # the file refused it; the text stays in the field
            return None
        self.ui.noteEdit.clear()
        self.ui.alsoEdit.clear()
        self.noteStored.emit(cmd.note_id)
        return cmd.note_id

    # -- the notes list ---------------------------------------------------------------
    def refresh_notes(self) -> None:
        q = self.question_id
        notes = self.ev.notes(question_id=q) if q else []
        fill_note_list(self.ui.notesList, self.ev, notes)
        self._update_notes_label()

    def select_note(self, note_id: str) -> None:
        lst = self.ui.notesList
        for i in range(lst.count()):
            if lst.item(i).data(NOTE_ID_ROLE) == note_id:
                lst.setCurrentRow(i)
                lst.scrollToItem(lst.item(i))
                return

    def _note_changed(self, note_id: str) -> None:
        """Add, update or remove one item, so a question with many notes stays quick to note on."""
        lst = self.ui.notesList
        row = next((i for i in range(lst.count()) if lst.item(i).data(NOTE_ID_ROLE) == note_id), -1)
        note = self.ev.note(note_id)
        belongs = not note.deleted and self.question_id in note.question_ids
        if row >= 0 and not belongs:
            lst.takeItem(row)
        elif row >= 0:
            note_item(self.ev, note, lst.item(row))
        elif belongs:
            at = lst.count()  # keep the core's order (by creation) when an old note is restored
            while at > 0 and (lst.item(at - 1).data(CREATED_ROLE) or "") > note.created_at:
                at -= 1
            lst.insertItem(at, note_item(self.ev, note))
        else:
            return
        self._update_notes_label()

    def _update_notes_label(self) -> None:
        self.ui.notesLabel.setText(self.tr("Anteckningar till fråga %1 (%2)").replace("%1", self.question_id or "–")
                                   .replace("%2", str(self.ui.notesList.count())))

    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.ALL:  # anything may have changed (a merge): read it all anew
            self._fill_documents()
            if self.session_id is not None:
                self._on_change(Change("session"))
            else:
                self._update_session_label()
            self.refresh_notes()
        elif change.kind == "note":
            for nid in change.ids:
                self._note_changed(nid)
        elif change.kind == "document":
            self._fill_documents()
        elif change.kind in ("session", "participant"):
            if self.session_id is not None:
                try:
                    if self.ev.get("session", self.session_id).deleted:
                        self.end_session()
                        return
                except KompassError:
                    self.end_session()
                    return
                if change.kind == "participant":
                    self._fill_participants()
            self._update_session_label()
            self.refresh_notes()

    def edit_note(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        note = self.ev.note(item.data(NOTE_ID_ROLE))
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Ändra anteckning"), self.tr("Text:"), note.text)
        if ok and text.strip() and text != note.text:
            commands.edit(self, self.stack, commands.EditNote(self.ev, note.id, text=text.strip()))

    def link_note(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        note = self.ev.note(item.data(NOTE_ID_ROLE))
        text, ok = QInputDialog.getText(self, self.tr("Koppla till frågor"),
                                        self.tr("Frågornas nummer, åtskilda med kommatecken:"),
                                        text=", ".join(note.question_ids))
        if not ok:
            return
        ids = parse_question_ids(text)
        unknown = [q for q in ids if q not in self.ev.bank.questions]
        if unknown:
            show_error(self, self.tr("Anteckningen ändrades inte"),
                       self.tr("Okänd fråga: %1").replace("%1", ", ".join(unknown)))
            return
        if tuple(sorted(ids)) != note.question_ids:
            commands.edit(self, self.stack, commands.EditNote(self.ev, note.id, question_ids=tuple(ids)))

    def delete_note(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            commands.edit(self, self.stack, commands.DeleteNote(self.ev, item.data(NOTE_ID_ROLE)))

