# SPDX-License-Identifier: MIT
"""Rolling backups of the open evaluation, and Arkiv ▸ Återställ säkerhetskopia….

The core (`kompassapp.backups`) snapshots a file with SQLite's backup API into the user's data
folder and keeps the newest ones. The window takes one just after the file is opened and then
every ten minutes while it is open, if anything changed. A failed backup never interrupts the
work with a dialog: the status bar says so (the evaluation file itself is not affected).
Restoring closes the evaluation, puts the snapshot back (the replaced file is kept beside it)
and opens it again; the user is told where the replaced file is.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidgetItem,
                               QWidget)

from kompassapp import backups
from kompassapp.backups import Backup
from kompassapp.errors import KompassError
from kompassapp.evaluation import Change
from kompassapp.gui.base.errors import Msg, show_error, tr as tr_error
from kompassapp.gui.base.host import Host
from kompassapp.gui.base.plaintext import esc
from kompassapp.gui.base.settings import Settings
from kompassapp.gui.forms.ui_restore_dialog import Ui_RestoreDialog

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
INTERVAL_MS = 10 * 60 * 1000
STATUS_MS = 15000


# Backups are kept per evaluation (its id), which a missing or damaged file no longer tells: the
# settings remember where the backups of each file path went, for the start screen's "Återställ".
def _folder_key(path: Path) -> str:
    return "backupFolders/" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


def remember_folder(settings: Settings, path: Path, folder: Path) -> None:
    settings.q.setValue(_folder_key(path), str(folder))


def backups_of(settings: Settings, path: Path) -> list[Backup]:
    """The backups taken of the file at `path` while it was open here, newest first."""
    folder = settings.q.value(_folder_key(path), "")
    return backups.backups_in(Path(str(folder))) if folder else []


class BackupKeeper(QObject):
    """Takes the window's backups: `take()` on open, then every INTERVAL_MS when something changed."""

    def __init__(self, host: Host, interval_ms: int = INTERVAL_MS):
        super().__init__(host)
        self.host = host
        self.changed_since_last = True
        self.last: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.periodic)
        self.timer.start()
        host.bridge.changed.connect(self._changed)

    def _changed(self, _change: Change) -> None:
        self.changed_since_last = True

    def periodic(self) -> None:
        if self.changed_since_last:
            self.take()

    def take(self) -> Path | None:
        """One snapshot now, with the comment being typed; a failure is a status bar message, never a dialog."""
        w = self.host
        if not w.widget.isVisible():  # closed (the file with it) while a timer was pending
            return None
        w.flush_edits()  # a refused comment has had its dialog; the snapshot is still worth taking
        try:
            self.last = backups.take(w.ev)
        except KompassError as exc:
            w.status(translate("Backups", "Ingen säkerhetskopia kunde tas (%1). Utvärderingsfilen "
                                          "påverkas inte.").replace("%1", str(exc)), STATUS_MS)
            return None
        remember_folder(w.settings, w.ev.path, self.last.parent)
        self.changed_since_last = False
        return self.last


class RestoreDialog(QDialog):
    """The evaluation's backups, newest first: when each was taken and its size."""

    def __init__(self, about: str, found: list[Backup], parent: QWidget | None = None):
        """`about` names the evaluation (rich text), e.g. "<b>Lagby 2026</b> (lagby.kompass)"."""
        super().__init__(parent)
        self.found = found
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(self.tr("Säkerhetskopior av %1. Välj läget du vill gå tillbaka till.")
                                   .replace("%1", about))
        table = self.ui.backupsTable
        table.setRowCount(len(found))
        locale = QLocale()
        for row, backup in enumerate(found):
            try:
                size = backup.path.stat().st_size
            except OSError:
                size = 0
            when = QTableWidgetItem(locale.toString(backup.taken_at.astimezone().replace(tzinfo=None),
                                                    "d MMM yyyy HH:mm:ss"))
            when.setToolTip(str(backup.path))
            amount = QTableWidgetItem(locale.formattedDataSize(size))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, when)
            table.setItem(row, 1, amount)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if found:
            table.selectRow(0)
        table.doubleClicked.connect(lambda _: self.accept())
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Återställ"))
        ok.setEnabled(bool(found))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def chosen(self) -> Backup | None:
        row = self.ui.backupsTable.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None


def restore_backup(host: Host) -> Host | None:
    """Choose a backup, restore it over the file and reopen; returns the new window's host, or None."""
    window = host.widget
    found = backups.list_backups(host.ev)
    if not found:
        box = QMessageBox(QMessageBox.Icon.Information, translate("Backups", "Återställ säkerhetskopia"),
                          translate("Backups", "Det finns inga säkerhetskopior av den här utvärderingen ännu."),
                          QMessageBox.StandardButton.Ok, window)
        box.setInformativeText(translate("Backups", "De tas när filen öppnas och var tionde minut medan den är öppen."))
        box.exec()
        return None
    info = host.ev.info
    about = f"<b>{esc(info.municipality)} {info.year}</b> ({esc(host.ev.path.name)})"
    dlg = RestoreDialog(about, found, window)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.chosen() is None:
        return None
    backup = dlg.chosen()
    target = host.ev.path
    kept: list[Path] = []
    try:
        new = host.reopen(lambda: kept.append(backups.restore(backup.path, target)))
    except KompassError as exc:
        # the file was opened again (unchanged) before the error came back: its window is the active one
        show_error(QApplication.activeWindow(), translate("Backups", "Säkerhetskopian kunde inte återställas"),
                   translate("Backups", "Utvärderingen är oförändrad."), tr_error(Msg.DETAIL).replace("%1", str(exc)))
        return None
    if new is None:
        return None
    when = QLocale().toString(backup.taken_at.astimezone().replace(tzinfo=None), "d MMM yyyy HH:mm")
    box = QMessageBox(QMessageBox.Icon.Information, translate("Backups", "Säkerhetskopian är återställd"),
                      translate("Backups", "Utvärderingen är återställd till läget %1.").replace("%1", when),
                      QMessageBox.StandardButton.Ok, new.widget)
    box.setInformativeText(translate("Backups", "Filen som ersattes finns kvar som\n%1").replace("%1", str(kept[0])))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    new.status(translate("Backups", "Den ersatta filen finns kvar som %1").replace("%1", str(kept[0])), STATUS_MS)
    return new

