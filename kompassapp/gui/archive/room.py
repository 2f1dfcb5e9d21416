# SPDX-License-Identifier: MIT
"""The results archive in the window: Arkiv ▸ Skicka till resultatarkivet (after a preview of
exactly what leaves the laptop), Arkiv ▸ Resultatarkivet (the archived results) and
Jämför med ▸ Arkivets medelvärde (the edition's average, checked like any reference).

The archive is the one every command uses: KOMPASSAPP_ARCHIVE, else the SQLite archive in the
user's data folder (kompassapp.archive). A push runs in a worker thread, so a slow or absent
network never freezes the window; when it fails, the window offers to push later and reminds
the user the next time the file is opened (the file itself is never touched).
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu,
                               QMessageBox, QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kompassapp.archive.result import Result, from_evaluation
from kompassapp.errors import KompassError
from kompassapp.gui.base.errors import show_error
from kompassapp.gui.base.i18n import score_text

if TYPE_CHECKING:
    from kompassapp.gui.base.host import Host

translate = QCoreApplication.translate
PENDING_KEY = "archive/pending"  # files whose push failed and waits to be tried again


def _open_archive(password: str | None = None):
    from kompassapp.archive.store import Archive

    # KOMPASSAPP_ARCHIVE or the data folder's archive; a password from the environment, a pgpass
    # file or the prompt below (then held by this window only, in memory)
    return Archive(password=password)


def _needs_password(error: str) -> bool:
    return "no password supplied" in error or "password authentication failed" in error


def _status_text(result: Result) -> str:
    return (translate("ArchiveRoom", "slutligt") if result.status == "final"
            else translate("ArchiveRoom", "preliminärt"))


class PreviewDialog(QDialog):
    """Exactly what a push sends, in words and as the data itself; nothing is sent until Skicka."""

    def __init__(self, result: Result, where: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ArchiveRoom", "Skicka till resultatarkivet"))
        layout = QVBoxLayout(self)
        head = QLabel(self)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        head.setText(translate("ArchiveRoom", "%1 %2 (%3, totalt %4) skickas till %5. Detta är allt som lämnar "
                                              "datorn: poäng, status, iakttagelser och utvärderarnas namn — aldrig "
                                              "anteckningar, kommentarer, intervjuade eller ändringsloggen.")
                     .replace("%1", result.municipality).replace("%2", str(result.year))
                     .replace("%3", _status_text(result)).replace("%4", score_text(result.total))
                     .replace("%5", where))
        layout.addWidget(head)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        self.text.setPlainText(json.dumps(result.payload(), ensure_ascii=False, indent=2))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = buttons.addButton(translate("ArchiveRoom", "&Skicka"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)


class ListDialog(QDialog):
    """The archived results (the latest version of each), read only."""

    HEADERS = ("Kommun", "Kod", "År", "Utgåva", "Totalt", "Status", "Version")

    def __init__(self, rows, where: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ArchiveRoom", "Resultatarkivet"))
        layout = QVBoxLayout(self)
        label = QLabel(translate("ArchiveRoom", "%1 resultat i %2").replace("%1", str(len(rows))).replace("%2", where),
                       self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.table = QTableWidget(len(rows), len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([translate("ArchiveRoom", "Kommun"), translate("ArchiveRoom", "Kod"),
                                              translate("ArchiveRoom", "År"), translate("ArchiveRoom", "Utgåva"),
                                              translate("ArchiveRoom", "Totalt"), translate("ArchiveRoom", "Status"),
                                              translate("ArchiveRoom", "Version")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        status = {"final": translate("ArchiveRoom", "slutligt"), "preliminary": translate("ArchiveRoom", "preliminärt")}
        for i, r in enumerate(rows):
            shown = translate("ArchiveRoom", "publicerat") if r.kind == "published" else status.get(r.status, r.status)
            for j, value in enumerate((r.municipality, r.code or "", str(r.year), r.edition, score_text(r.total),
                                       shown, str(r.version))):
                item = QTableWidgetItem(value)
                item.setToolTip(r.source or r.evaluation_id)
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)


class ArchiveRoom(QObject):
    """The archive's actions of one window."""

    finished = Signal(object, str)  # (Pushed or None, error text): from the worker thread, queued

    def __init__(self, host: Host):
        super().__init__(host.widget)
        self.host = host
        self.window_ = host.widget  # the parent of dialogs and actions
        self.thread: threading.Thread | None = None
        self.push_action = self._action(translate("ArchiveRoom", "Skicka till &resultatarkivet…"), translate(
            "ArchiveRoom", "Skicka utvärderingens resultat (poäng, iakttagelser, utvärderare) till "
                           "resultatarkivet, efter en förhandsvisning"), self.push)
        self.list_action = self._action(translate("ArchiveRoom", "Resultat&arkivet…"), translate(
            "ArchiveRoom", "De arkiverade resultaten från alla kommuner och år"), self.show_list)
        self.average_action = self._action(translate("ArchiveRoom", "Arkivets &medelvärde"), translate(
            "ArchiveRoom", "Medelvärdet av arkivets slutliga resultat i den här utvärderingens utgåva"),
            self.compare_average)
        self.finished.connect(self._pushed)
        self.last_error = ""
        self.password: str | None = None  # asked for once when the server wants one; never stored
        self._result: Result | None = None

    def _action(self, text: str, tip: str, slot) -> QAction:
        a = QAction(text, self.window_)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _=False: slot())
        return a

    # -- pushing ----------------------------------------------------------------------
    def push(self) -> bool:
        """Show the preview; on Skicka, send in the background. True when a push was started."""
        w = self.window_
        if self.thread is not None or not self.host.flush_edits():
            return False
        try:
            result = from_evaluation(self.host.ev)
            where = _open_archive().where
        except KompassError as exc:
            show_error(w, translate("ArchiveRoom", "Resultatet kan inte skickas"), str(exc))
            return False
        dialog = PreviewDialog(result, where, w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._start(result, where)
        return True

    def _start(self, result: Result, where: str) -> None:
        self._result = result
        self.push_action.setEnabled(False)
        self.host.status(translate("ArchiveRoom", "Skickar resultatet till %1 …").replace("%1", where), 0)
        self.thread = threading.Thread(target=self._send, args=(result, self.password), daemon=True)
        self.thread.start()

    def _send(self, result: Result, password: str | None) -> None:  # the worker thread: no widgets here
        try:
            with _open_archive(password) as archive:
                outcome = (archive.push(result), "")
        except KompassError as exc:
            outcome = (None, str(exc))
        except Exception as exc:  # the window must survive whatever the network does
            outcome = (None, f"{exc.__class__.__name__}: {exc}")
        try:
            self.finished.emit(*outcome)
        except RuntimeError:  # the window was closed meanwhile: nobody left to tell
            pass

    def _pushed(self, pushed, error: str) -> None:
        w = self.window_
        self.thread = None
        self.push_action.setEnabled(True)
        self.last_error = error
        if pushed is None and _needs_password(error) and self._result is not None:
            where = _open_archive().where
            password, ok = QInputDialog.getText(w, translate("ArchiveRoom", "Lösenord till resultatarkivet"),
                                                translate("ArchiveRoom", "Lösenord för %1:").replace("%1", where),
                                                QLineEdit.EchoMode.Password)
            if ok and password:
                self.password = password
                self._start(self._result, where)
                return
        if pushed is None:
            self.host.status_bar().clearMessage()
            box = QMessageBox(QMessageBox.Icon.Warning, translate("ArchiveRoom", "Resultatet skickades inte"),
                              translate("ArchiveRoom", "Resultatarkivet gick inte att nå eller tog inte emot "
                                                       "resultatet. Utvärderingen är orörd och du kan arbeta vidare."),
                              QMessageBox.StandardButton.NoButton, w)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setInformativeText(error)
            later = box.addButton(translate("ArchiveRoom", "Skicka &senare"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is later:
                self._set_pending(True)
            return
        self._set_pending(False)
        text = (translate("ArchiveRoom", "Resultatet skickades till arkivet (version %1)") if pushed.changed
                else translate("ArchiveRoom", "Arkivet har redan detta resultat (version %1)"))
        self.host.status(text.replace("%1", str(pushed.version)))

    def _pending(self) -> list[str]:
        value = self.host.settings.q.value(PENDING_KEY, [])
        return [value] if isinstance(value, str) else list(value or [])

    def _set_pending(self, waiting: bool) -> None:
        path = str(self.host.ev.path.resolve())
        pending = [p for p in self._pending() if p != path] + ([path] if waiting else [])
        self.host.settings.q.setValue(PENDING_KEY, pending)
        self.remind()

    def is_pending(self) -> bool:
        return str(self.host.ev.path.resolve()) in self._pending()

    def remind(self) -> None:
        """A file whose push waits: said in the status bar and on the action (nothing is sent unasked)."""
        waiting = self.is_pending()
        self.push_action.setText(translate("ArchiveRoom", "Skicka till &resultatarkivet (väntar)…") if waiting
                                 else translate("ArchiveRoom", "Skicka till &resultatarkivet…"))
        if waiting:
            self.host.status(translate("ArchiveRoom", "Resultatet väntar på att skickas till resultatarkivet: "
                                                      "Arkiv ▸ Skicka till resultatarkivet"), 15000)

    # -- reading ----------------------------------------------------------------------
    def show_list(self) -> QDialog | None:
        w = self.window_
        try:
            with _open_archive(self.password) as archive:
                rows, where = archive.rows(), archive.where
        except KompassError as exc:
            show_error(w, translate("ArchiveRoom", "Resultatarkivet kan inte läsas"), str(exc))
            return None
        dialog = ListDialog(rows, where, w)
        dialog.open()
        return dialog

    def compare_average(self) -> None:
        """The edition's average over the chart, checked by the core like any reference."""
        from kompassapp.archive.reports import average
        from kompassapp.references import check_comparable

        w, bank = self.window_, self.host.ev.bank
        try:
            with _open_archive(self.password) as archive:
                reference = average(archive, bank.edition)
            check_comparable(reference, bank)
        except KompassError as exc:
            show_error(w, translate("ArchiveRoom", "Arkivets medelvärde kan inte visas"), str(exc))
            return
        self.host.comparison.set(reference, None)  # without a file: exports get it as a temporary one

    def add_to_compare_menu(self, menu: QMenu) -> None:
        """After the menu refreshes itself: the archive's average before its separator for files."""
        reference = self.host.comparison.reference
        self.average_action.setCheckable(True)
        self.average_action.setChecked(reference is not None and reference.kind == "average"
                                       and reference.id.startswith("arkiv-"))
        separators = [a for a in menu.actions() if a.isSeparator()]
        if separators:  # the compare menu: …published references | separator | files … | separator | none
            menu.insertAction(separators[0], self.average_action)
        else:
            menu.addAction(self.average_action)


def compare_menu(host: Host) -> QMenu | None:
    """The Jämför med menu the comparison feature put just before the placeholder placeCompare."""
    try:
        menu, anchor = host.place("placeCompare")
    except LookupError:
        return None
    actions = menu.actions()
    i = actions.index(anchor)
    return actions[i - 1].menu() if i > 0 and actions[i - 1].menu() is not None else None


def install(host: Host) -> ArchiveRoom:
    """Arkiv ▸ Skicka till resultatarkivet, Arkiv ▸ Resultatarkivet, Jämför med ▸ Arkivets medelvärde."""
    room = ArchiveRoom(host)
    room.push_action.setObjectName("actionArchivePush")
    room.list_action.setObjectName("actionArchiveList")
    # Right after the privacy entries' place (before the separator ui/main_window.ui puts after it):
    # the same spot whatever order the features install in, and clear of those that go above Inställningar.
    settings = host.action("actionSettings")
    try:
        menu, privacy = host.place("placePrivacy")
        actions = menu.actions()
        anchor = actions[actions.index(privacy) + 1]
        menu.insertSeparator(anchor)
    except (LookupError, IndexError):  # a frame without that place: just above Inställningar
        menu, anchor = host.place("placeFileTools")[0], settings
    for entry in (room.push_action, room.list_action):
        menu.insertAction(anchor, entry)
    if anchor is settings:
        menu.insertSeparator(settings)

    def hook() -> None:  # once every feature is installed, whatever their order
        room.compare_menu = compare_menu(host)
        if room.compare_menu is not None:  # runs after the menu's own refresh (connected first)
            room.compare_menu.aboutToShow.connect(lambda: room.add_to_compare_menu(room.compare_menu))
        else:  # no comparison menu in this frame: the entry stays reachable in the file menu
            menu.insertAction(room.list_action, room.average_action)

    room.compare_menu = None
    QTimer.singleShot(0, room, hook)
    room.remind()
    return room
