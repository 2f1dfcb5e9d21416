# SPDX-License-Identifier: MIT
"""The registers: interview sessions with their participants, and documents, as editable tables.

Selecting a session lists everything noted during it; selecting a participant lists what was
noted from them; selecting a document lists the notes that cite it. Double-clicking a note
jumps to its question.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kompassapp.evaluation import Change, ChangeKind, Evaluation
from kompassapp.gui.base import commands
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.interviews.evidence import NOTE_ID_ROLE, fill_note_list
from kompassapp.gui.forms.ui_documents_panel import Ui_DocumentsPanel
from kompassapp.gui.forms.ui_sessions_panel import Ui_SessionsPanel
from kompassapp.gui.base.plaintext import esc
from kompassapp.gui.base.records import RecordTableModel


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def setup_table(view: QTableView, model: RecordTableModel, stretch: int) -> None:
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)


def add_delete_key(view: QTableView, slot) -> None:
    a = QAction(translate("Registers", "Ta bort"), view)
    a.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    a.triggered.connect(slot)
    view.addAction(a)


def selected_id(view: QTableView) -> str | None:
    model = view.model()
    idx = view.currentIndex()
    record = model.record(idx.row()) if idx.isValid() else None
    return record.id if record else None


def select_row(view: QTableView, record_id: str, edit_column: int | None = None) -> None:
    model = view.model()
    row = model.row_of(record_id)
    if row < 0:
        return
    idx = model.index(row, edit_column or 0)
    view.setCurrentIndex(idx)
    view.scrollTo(idx)
    if edit_column is not None:
        view.setFocus()
        view.edit(idx)


class SessionsPanel(QWidget):
    jumpToNote = Signal(str)  # note id
    startRequested = Signal(str)  # session id
    endRequested = Signal()

    def __init__(self, ev: Evaluation, bridge: Bridge, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.stack = ev, stack
        self.ui = Ui_SessionsPanel()
        self.ui.setupUi(self)
        self.sessions = RecordTableModel(
            ev, bridge, stack, "session",
            [("starts_at", translate("Registers", "Start")), ("ends_at", translate("Registers", "Slut")), ("group_name", translate("Registers", "Grupp")),
             ("auditors", translate("Registers", "Utvärderare")), ("place", translate("Registers", "Plats"))], ev.sessions, self)
        self.participants = RecordTableModel(
            ev, bridge, stack, "participant",
            [("name", translate("Registers", "Namn")), ("role", translate("Registers", "Roll")), ("unit", translate("Registers", "Enhet"))], lambda: [], self)
        setup_table(self.ui.sessionsTable, self.sessions, 2)
        setup_table(self.ui.participantsTable, self.participants, 0)
        self.ui.sessionsTable.setColumnWidth(0, 130)
        self.ui.sessionsTable.setColumnWidth(1, 130)
        self.ui.splitter.setSizes([260, 160, 200])
        self.ui.sessionsTable.selectionModel().currentRowChanged.connect(self._session_selected)
        self.ui.participantsTable.selectionModel().currentRowChanged.connect(lambda *_: self.refresh_notes())
        self.sessions.modelReset.connect(self._session_selected)
        self.ui.addSessionButton.clicked.connect(self.add_session)
        self.ui.deleteSessionButton.clicked.connect(self.delete_session)
        self.ui.addParticipantButton.clicked.connect(self.add_participant)
        self.ui.deleteParticipantButton.clicked.connect(self.delete_participant)
        self.ui.startSessionButton.clicked.connect(self._start)
        self.ui.endSessionButton.clicked.connect(self.endRequested)
        self.ui.notesList.itemDoubleClicked.connect(lambda item: self.jumpToNote.emit(item.data(NOTE_ID_ROLE)))
        add_delete_key(self.ui.sessionsTable, self.delete_session)
        add_delete_key(self.ui.participantsTable, self.delete_participant)
        bridge.changed.connect(self._on_change)
        self._session_selected()

    def current_session(self) -> str | None:
        return selected_id(self.ui.sessionsTable)

    def current_participant(self) -> str | None:
        return selected_id(self.ui.participantsTable)

    def select_session(self, session_id: str) -> None:
        """Show a session and everything noted during it (not just one participant's notes)."""
        select_row(self.ui.sessionsTable, session_id)
        self.ui.participantsTable.setCurrentIndex(QModelIndex())
        self.ui.participantsTable.clearSelection()
        self.refresh_notes()

    def _start(self) -> None:
        sid = self.current_session()
        if sid:
            self.startRequested.emit(sid)

    def _session_selected(self, *_: object) -> None:
        sid = self.current_session()
        self.participants.set_fetch((lambda: self.ev.participants(sid)) if sid else (lambda: []))
        has = sid is not None
        for w in (self.ui.addParticipantButton, self.ui.deleteParticipantButton, self.ui.startSessionButton,
                  self.ui.deleteSessionButton):
            w.setEnabled(has)
        self.refresh_notes()

    def refresh_notes(self) -> None:
        self._stale = False
        sid, pid = self.current_session(), self.current_participant()
        if pid:
            notes = self.ev.notes(participant_id=pid)
            name = self.ev.get("participant", pid).name
            self.ui.notesLabel.setText(translate("Registers", "<b>Antecknat från %1</b> (%2)").replace("%1", esc(name))
                                       .replace("%2", str(len(notes))))
        elif sid:
            notes = self.ev.notes(session_id=sid)
            self.ui.notesLabel.setText(translate("Registers", "<b>Antecknat under intervjun</b> (%1)").replace("%1", str(len(notes))))
        else:
            notes = []
            self.ui.notesLabel.setText(translate("Registers", "<b>Antecknat under intervjun</b>"))
        fill_note_list(self.ui.notesList, self.ev, notes, show_questions=True)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("note", "participant", "session", ChangeKind.ALL):
            self._stale = True
            if self.isVisible():  # a hidden register catches up when it is shown
                self.refresh_notes()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh_notes()

    def _push(self, command: commands.Command) -> commands.Command | None:
        return command if commands.edit(self, self.stack, command) else None

    def add_session(self) -> None:
        now = datetime.now().strftime("%Y-%m-%d %H:%M")
        auditors = (self.ev.author,) if self.ev.author else ()
        cmd = self._push(commands.AddRecord(self.ev, "session", starts_at=now, group_name=translate("Registers", "Ny intervju"),
                                            auditors=auditors))
        if cmd:
            select_row(self.ui.sessionsTable, cmd.record_id, edit_column=2)

    def delete_session(self) -> None:
        sid = self.current_session()
        if sid:
            self._push(commands.DeleteRecord(self.ev, "session", sid))

    def add_participant(self) -> None:
        sid = self.current_session()
        if not sid:
            return
        cmd = self._push(commands.AddRecord(self.ev, "participant", session_id=sid, name=translate("Registers", "Ny deltagare")))
        if cmd:
            select_row(self.ui.participantsTable, cmd.record_id, edit_column=0)

    def delete_participant(self) -> None:
        pid = self.current_participant()
        if pid:
            self._push(commands.DeleteRecord(self.ev, "participant", pid))


class DocumentsPanel(QWidget):
    jumpToNote = Signal(str)

    def __init__(self, ev: Evaluation, bridge: Bridge, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.stack = ev, stack
        self.ui = Ui_DocumentsPanel()
        self.ui.setupUi(self)
        self.documents = RecordTableModel(
            ev, bridge, stack, "document",
            [("title", translate("Registers", "Titel")), ("kind", translate("Registers", "Typ")), ("date", translate("Registers", "Datum")), ("link", translate("Registers", "Länk"))],
            ev.documents, self)
        setup_table(self.ui.documentsTable, self.documents, 0)
        self.ui.documentsTable.setColumnWidth(1, 140)
        self.ui.documentsTable.setColumnWidth(2, 100)
        self.ui.documentsTable.setColumnWidth(3, 220)
        self.ui.documentsTable.selectionModel().currentRowChanged.connect(lambda *_: self.refresh_notes())
        self.documents.modelReset.connect(self.refresh_notes)
        self.ui.addDocumentButton.clicked.connect(self.add_document)
        self.ui.deleteDocumentButton.clicked.connect(self.delete_document)
        self.ui.notesList.itemDoubleClicked.connect(lambda item: self.jumpToNote.emit(item.data(NOTE_ID_ROLE)))
        add_delete_key(self.ui.documentsTable, self.delete_document)
        bridge.changed.connect(self._on_change)
        self.refresh_notes()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("note", "document", ChangeKind.ALL):
            self._stale = True
            if self.isVisible():
                self.refresh_notes()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh_notes()

    def current_document(self) -> str | None:
        return selected_id(self.ui.documentsTable)

    def refresh_notes(self) -> None:
        self._stale = False
        did = self.current_document()
        notes = [n for n in self.ev.notes() if n.document_id == did] if did else []
        fill_note_list(self.ui.notesList, self.ev, notes, show_questions=True)
        self.ui.deleteDocumentButton.setEnabled(did is not None)

    def add_document(self) -> None:
        cmd = commands.AddRecord(self.ev, "document", title=translate("Registers", "Nytt dokument"),
                                 date=datetime.now().strftime("%Y-%m-%d"))
        if not commands.edit(self, self.stack, cmd):
            return
        select_row(self.ui.documentsTable, cmd.record_id, edit_column=0)

    def delete_document(self) -> None:
        did = self.current_document()
        if did:
            commands.edit(self, self.stack, commands.DeleteRecord(self.ev, "document", did))
