# SPDX-License-Identifier: MIT
"""First start: ask for the auditor's name, the attribution of every answer, note and decision.

Shown by the entry point (gui/shell/app.py) before the first window when the settings hold no
name. "Senare" leaves it empty; the status bar then keeps asking for it (Inställningar).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kompassapp.gui.base.settings import Settings


class NameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Välkommen till Kompassapp"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Vad heter du? Namnet står som utvärderare vid allt du svarar, antecknar "
                               "och fastställer, så att teamets anteckningar hålls isär. Du kan ändra "
                               "det senare under Inställningar."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("För- och efternamn"))
        self.name_edit.setMaxLength(120)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        later = self.buttons.addButton(self.tr("Senare"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._typed)
        for w in (intro, self.name_edit, self.buttons):
            layout.addWidget(w)
        self._typed("")
        self.setMinimumWidth(420)

    def _typed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())


def ask_auditor_name(settings: Settings, parent: QWidget | None = None) -> str:
    """The name from the settings, or asked for (and stored) if there is none; '' if postponed."""
    if settings.auditor_name.strip():
        return settings.auditor_name
    dlg = NameDialog(parent)
    if dlg.exec() == QDialog.DialogCode.Accepted and dlg.name():
        settings.auditor_name = dlg.name()
    return settings.auditor_name
