# SPDX-License-Identifier: MIT
"""Arkiv ▸ Exportera arbetsbok…, Exportera återkopplingsrapport (PDF)… and Juryarbetsbok…, installed through the host.

The exports themselves (export_actions.py, with openpyxl and the PDF writer behind them) are
imported when first used: they are not needed to open a file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from kompassapp.gui.base.host import Host

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def _run(host: Host, name: str):
    from kompassapp.gui.report import export_actions

    return getattr(export_actions, name)(host)


class Exports(QObject):
    def __init__(self, host: Host):
        super().__init__(host)
        self.workbook_action = self._action(
            host, "actionExportWorkbook", translate("FileActions", "Exportera &arbetsbok…"),
            translate("FileActions", "Utvärderingen som Excel-arbetsbok: sammanfattning med diagram, ett blad per område, "
                                     "underlag och register"), "export_workbook")
        self.pdf_action = self._action(
            host, "actionExportPdf", translate("FileActions", "Exportera åter&kopplingsrapport (PDF)…"),
            translate("FileActions", "Återkopplingen till kommunen, eller den fullständiga skriftliga rapporten, som PDF"),
            "export_pdf")
        self.jury_action = self._action(
            host, "actionJuryWorkbook", translate("FileActions", "&Juryarbetsbok…"),
            translate("FileActions", "De nominerade kommunernas utvärderingar sida vid sida i en Excel-arbetsbok"),
            "jury_workbook")
        host.insert("placeExports", [self.workbook_action, self.pdf_action, self.jury_action])

    @staticmethod
    def _action(host: Host, name: str, text: str, tip: str, run: str) -> QAction:
        a = QAction(text, host.widget)
        a.setObjectName(name)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _=False: _run(host, run))
        return a


def install(host: Host) -> Exports:
    return Exports(host)
