# SPDX-License-Identifier: MIT
"""Small dialogs: a new evaluation, the evaluation's details, and the settings."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget

from kompassapp.bank import bundled_banks, load_bank
from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.gui.forms.ui_info_dialog import Ui_InfoDialog
from kompassapp.gui.forms.ui_new_evaluation import Ui_NewEvaluationDialog
from kompassapp.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from kompassapp.gui.base.pick import SUFFIX, SuggestedPath, safe_file_name  # noqa: F401 (used here and re-exported)
from kompassapp.gui.base.settings import LANGUAGES, THEMES, Settings
from kompassapp.gui import privacy


def _iso(d: QDate) -> str:
    return d.toString(Qt.DateFormat.ISODate)


def _qdate(iso: str) -> QDate:
    d = QDate.fromString(iso[:10], Qt.DateFormat.ISODate) if iso else QDate()
    return d if d.isValid() else QDate.currentDate()


class NewEvaluationDialog(QDialog):
    """Choose bank, municipality, year, visit dates and team; creates the file on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_NewEvaluationDialog()
        self.ui.setupUi(self)
        self.evaluation: Evaluation | None = None
        self.folder = folder or Path(platformdirs.user_documents_dir())
        self.banks: list[Bank] = []
        for path in bundled_banks():
            try:
                bank = load_bank(path)
            except KompassError:
                continue
            self.banks.append(bank)
        self.banks.sort(key=lambda b: b.edition, reverse=True)  # the current edition first
        for bank in self.banks:
            self.ui.bankCombo.addItem(f"{bank.title} {bank.edition} (rev. {bank.revision})", bank.id)
        today = QDate.currentDate()
        self.ui.yearSpin.setValue(today.year())
        self.ui.visitStartEdit.setDate(today)
        self.ui.visitEndEdit.setDate(today.addDays(2))
        if settings.auditor_name:
            self.ui.teamEdit.setPlainText(settings.auditor_name)
        self.file = SuggestedPath(self.ui.fileEdit, self.ui.browseButton, self._suggested_path,
                                  self.tr("Spara utvärderingen som"))
        self.ui.municipalityEdit.textChanged.connect(self.file.refresh)
        self.ui.yearSpin.valueChanged.connect(self.file.refresh)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.encryption = privacy.NewFileEncryption(self, self.ui.problemLabel)  # "Kryptera filen" (gui/privacy/)

    def _suggested_path(self) -> Path:
        name = safe_file_name(self.ui.municipalityEdit.text() or self.tr("utvardering"))
        return self.folder / f"{name}-{self.ui.yearSpin.value()}{SUFFIX}"

    def bank(self) -> Bank:
        return self.banks[self.ui.bankCombo.currentIndex()]

    def accept(self) -> None:
        municipality = self.ui.municipalityEdit.text().strip()
        path = Path(self.ui.fileEdit.text().strip()).expanduser()
        problem = ""
        if not municipality:
            problem = self.tr("Skriv kommunens namn.")
        elif not self.ui.fileEdit.text().strip():
            problem = self.tr("Välj var filen ska sparas.")
        elif path.exists():
            problem = self.tr("Filen %1 finns redan. Välj ett annat namn.").replace("%1", str(path))
        elif self.ui.visitEndEdit.date() < self.ui.visitStartEdit.date():
            problem = self.tr("Besöket kan inte sluta före det börjar.")
        else:
            problem = self.encryption.problem()
        if problem:
            self.ui.problemLabel.setText(f"<b>{problem}</b>")
            return
        team = [t.strip() for t in self.ui.teamEdit.toPlainText().splitlines() if t.strip()]
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.evaluation = Evaluation.create(
                path, self.bank(), municipality=municipality, year=self.ui.yearSpin.value(),
                visit_start=_iso(self.ui.visitStartEdit.date()), visit_end=_iso(self.ui.visitEndEdit.date()),
                team=team, author=self.settings.auditor_name, passphrase=self.encryption.passphrase())
        except (KompassError, OSError) as exc:
            self.ui.problemLabel.setText(self.tr("<b>Utvärderingen kunde inte skapas.</b> %1").replace("%1", str(exc)))
            return
        super().accept()


class InfoDialog(QDialog):
    """The evaluation's details; `changes()` gives what to pass to UpdateInfo."""

    def __init__(self, ev: Evaluation, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev = ev
        self.ui = Ui_InfoDialog()
        self.ui.setupUi(self)
        info = ev.info
        self.ui.municipalityEdit.setText(info.municipality)
        self.ui.yearSpin.setValue(info.year)
        self.ui.visitStartEdit.setDate(_qdate(info.visit_start))
        self.ui.visitEndEdit.setDate(_qdate(info.visit_end))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def changes(self) -> dict:
        info = self.ev.info
        new = {"municipality": self.ui.municipalityEdit.text().strip() or info.municipality,
               "year": self.ui.yearSpin.value(), "visit_start": _iso(self.ui.visitStartEdit.date()),
               "visit_end": _iso(self.ui.visitEndEdit.date())}
        return {k: v for k, v in new.items() if getattr(info, k) != v}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        names = {"sv": "Svenska", "en": "English"}
        for lang in LANGUAGES:
            self.ui.languageCombo.addItem(names[lang], lang)
        themes = {"light": self.tr("Ljust"), "dark": self.tr("Mörkt (projektor)")}
        for theme in THEMES:
            self.ui.themeCombo.addItem(themes[theme], theme)
        self.ui.auditorEdit.setText(settings.auditor_name)
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(settings.language))
        self.ui.themeCombo.setCurrentIndex(THEMES.index(settings.presentation_theme))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.auditor_name = self.ui.auditorEdit.text().strip()
        self.settings.language = self.ui.languageCombo.currentData()
        self.settings.presentation_theme = self.ui.themeCombo.currentData()
        super().accept()
