# SPDX-License-Identifier: MIT
"""The new-evaluation dialog's "Kryptera filen" option: a check box and the passphrase, typed twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from kompassapp import crypto

translate = QCoreApplication.translate


class NewFileEncryption(QWidget):
    """Put into a dialog above `before` (a widget of its layout); `passphrase()` is None when not chosen."""

    def __init__(self, dialog: QDialog, before: QWidget):
        super().__init__(dialog)
        self.setObjectName("newFileEncryption")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(translate("Privacy", "&Kryptera filen med en lösenfras"), self)
        self.check.setObjectName("encryptCheck")
        self.check.setToolTip(translate(
            "Privacy", "Filen går inte att läsa utan lösenfrasen, inte ens om datorn eller USB-minnet kommer bort. "
                       "Glöm inte lösenfrasen: utan den kan ingen öppna filen."))
        self.first = QLineEdit(self)
        self.first.setObjectName("passphraseEdit")
        self.again = QLineEdit(self)
        self.again.setObjectName("passphraseAgainEdit")
        for edit in (self.first, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
            self.check.toggled.connect(edit.setEnabled)
        form.addRow(self.check)
        form.addRow(QLabel(translate("Privacy", "Lösenfras:"), self), self.first)
        form.addRow(QLabel(translate("Privacy", "Samma igen:"), self), self.again)
        layout = before.parentWidget().layout() if before.parentWidget() else None
        if layout is not None and layout.indexOf(before) >= 0 and hasattr(layout, "insertWidget"):
            layout.insertWidget(layout.indexOf(before), self)
        elif layout is not None:
            layout.addWidget(self)

    def problem(self) -> str:
        """Why the choice cannot be used yet (shown like the dialog's other problems), or ""."""
        if not self.check.isChecked():
            return ""
        if len(self.first.text()) < crypto.MIN_PASSPHRASE:
            return translate("Privacy", "Lösenfrasen måste ha minst %1 tecken.").replace("%1", str(crypto.MIN_PASSPHRASE))
        if self.first.text() != self.again.text():
            return translate("Privacy", "Lösenfraserna skiljer sig åt.")
        if not crypto.available():
            return translate("Privacy", "Kryptering kräver Python-paketet sqlcipher3.")
        return ""

    def passphrase(self) -> str | None:
        return self.first.text() if self.check.isChecked() else None
