# SPDX-License-Identifier: MIT
"""The File menu's whole-file features, installed into a MainWindow with one call.

- Jämför med ▸ (compare_menu.py): the chart's overlay; shipped references, files, typed-in ones.
- Exportera arbetsbok…, Exportera återkopplingsrapport (PDF)…, Juryarbetsbok… (export_actions.py).
- Uppgradera frågebanken… (upgrade_dialog.py), offered when a newer revision of the bank ships.
- Återställ säkerhetskopia… (backup_actions.py); backups are taken on open and every ten minutes.

The backup on open and the look for a newer bank wait until just after the window and its chart
are on screen, so opening a file stays as fast as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from kompassapp.gui.files import compare_menu
from kompassapp.gui.files.backup_actions import BackupKeeper, restore_backup
from kompassapp.gui.files.upgrade_dialog import Upgrader

if TYPE_CHECKING:
    from kompassapp.gui.shell.mainwindow import MainWindow

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
AFTER_OPEN_MS = 1200


def _action(window: MainWindow, name: str, text: str, tip: str, slot=None) -> QAction:
    a = QAction(text, window)
    a.setObjectName(name)
    a.setToolTip(tip)
    a.setStatusTip(tip)
    if slot is not None:
        a.triggered.connect(lambda _=False: slot(window))
    return a


def _export(name: str):
    """A slot that imports the export module when first used (it is not needed to open a file)."""
    def run(window: MainWindow):
        from kompassapp.gui.report import export_actions

        return getattr(export_actions, name)(window)

    return run


def install(window: MainWindow) -> None:
    ui = window.ui
    window.compare_menu = compare_menu.install(window)
    window.actionExportWorkbook = _action(
        window, "actionExportWorkbook", translate("FileActions", "Exportera &arbetsbok…"),
        translate("FileActions", "Utvärderingen som Excel-arbetsbok: sammanfattning med diagram, ett blad per område, "
                                 "underlag och register"), _export("export_workbook"))
    window.actionExportPdf = _action(
        window, "actionExportPdf", translate("FileActions", "Exportera åter&kopplingsrapport (PDF)…"),
        translate("FileActions", "Återkopplingen till kommunen, eller den fullständiga skriftliga rapporten, som PDF"),
        _export("export_pdf"))
    window.actionJuryWorkbook = _action(
        window, "actionJuryWorkbook", translate("FileActions", "&Juryarbetsbok…"),
        translate("FileActions", "De nominerade kommunernas utvärderingar sida vid sida i en Excel-arbetsbok"),
        _export("jury_workbook"))
    window.actionUpgradeBank = _action(
        window, "actionUpgradeBank", translate("FileActions", "&Uppgradera frågebanken…"),
        translate("FileActions", "Flytta utvärderingen till en nyare revision av frågebanken, efter en förhandsvisning"))
    window.actionRestoreBackup = _action(
        window, "actionRestoreBackup", translate("FileActions", "Åter&ställ säkerhetskopia…"),
        translate("FileActions", "Gå tillbaka till en säkerhetskopia av den här utvärderingen"), restore_backup)
    menu, before = ui.menuFile, ui.actionSettings
    # after Jämför med ▸ and the separator that follows it
    menu.insertActions(before, [window.actionExportWorkbook, window.actionExportPdf, window.actionJuryWorkbook])
    menu.insertSeparator(before)
    menu.insertActions(before, [window.actionUpgradeBank, window.actionRestoreBackup])
    menu.insertSeparator(before)
    window.upgrader = Upgrader(window, window.actionUpgradeBank)
    window.backup_keeper = BackupKeeper(window)
    QTimer.singleShot(AFTER_OPEN_MS, window, lambda: after_open(window))


def after_open(window: MainWindow) -> None:
    """A backup of the file as it was opened, and the one-time note about a newer bank."""
    window.backup_keeper.take()
    window.upgrader.check()
