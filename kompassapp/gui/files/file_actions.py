# SPDX-License-Identifier: MIT
"""The File menu's tools for the file as a whole, installed into a window through its host.

- Uppgradera frågebanken… (upgrade_dialog.py), offered when a newer revision of the bank ships.
- Återställ säkerhetskopia… (backup_actions.py); backups are taken on open and every ten minutes.

The backup on open and the look for a newer bank wait until just after the window and its chart
are on screen, so opening a file stays as fast as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction

from kompassapp.gui.base.host import Host
from kompassapp.gui.files.backup_actions import BackupKeeper, restore_backup
from kompassapp.gui.files.upgrade_dialog import Upgrader

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
AFTER_OPEN_MS = 1200


def make_action(host: Host, name: str, text: str, tip: str) -> QAction:
    a = QAction(text, host.widget)
    a.setObjectName(name)
    a.setToolTip(tip)
    a.setStatusTip(tip)
    return a


class FileTools(QObject):
    """Bank upgrade and backups of one window."""

    def __init__(self, host: Host):
        super().__init__(host)
        self.host = host
        self.upgrade_action = make_action(
            host, "actionUpgradeBank", translate("FileActions", "&Uppgradera frågebanken…"),
            translate("FileActions", "Flytta utvärderingen till en nyare revision av frågebanken, efter en förhandsvisning"))
        self.restore_action = make_action(
            host, "actionRestoreBackup", translate("FileActions", "Åter&ställ säkerhetskopia…"),
            translate("FileActions", "Gå tillbaka till en säkerhetskopia av den här utvärderingen"))
        self.restore_action.triggered.connect(lambda _=False: restore_backup(host))
        host.insert("placeFileTools", [self.upgrade_action, self.restore_action])
        self.upgrader = Upgrader(host, self.upgrade_action)
        self.backup_keeper = BackupKeeper(host)
        QTimer.singleShot(AFTER_OPEN_MS, self, self.after_open)

    def after_open(self) -> None:
        """A backup of the file as it was opened, and the one-time note about a newer bank."""
        self.backup_keeper.take()
        self.upgrader.check()


def install(host: Host) -> FileTools:
    return FileTools(host)
