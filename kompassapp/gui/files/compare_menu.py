# SPDX-License-Identifier: MIT
"""The "Jämför med" menu: what the chart's dashed overlay shows.

Every comparison is loaded by the core's `references.comparison()` (another .kompass file, a
reference profile file or a shipped reference id), which refuses a profile from another edition
of Kommunkompassen. The menu offers: another evaluation file, each shipped reference (those of
another edition are shown disabled, with the reason as tooltip), a saved reference file, saving
this evaluation's profile as a reference, typing a profile in, and no comparison.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QFileDialog, QLabel, QMenu, QToolButton, QWidget

from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.references import (Reference, bundled_references, check_comparable, comparison, find_reference,
                                   from_profile, save_reference)
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.base.errors import Msg, show_error, tr as tr_error
from kompassapp.gui.base.host import Host
from kompassapp.gui.base.i18n import score_text
from kompassapp.gui.base.pick import choose_file, safe_file_name
from kompassapp.gui.forms.ui_reference_dialog import Ui_ReferenceDialog

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
REFERENCE_SUFFIXES = (".yaml", ".yml")


def refusal(reference: Reference, bank: Bank) -> str | None:
    """Why `reference` cannot be laid over an evaluation on `bank` (in the interface language), or None."""
    if reference.edition != bank.edition:
        return (translate("CompareMenu", "Gäller Kommunkompassens utgåva %1; den här utvärderingen bygger på "
                                         "utgåva %2. Profiler kan bara jämföras inom samma utgåva.")
                .replace("%1", reference.edition).replace("%2", bank.edition))
    try:
        check_comparable(reference, bank)
    except KompassError:
        return translate("CompareMenu", "Referensens områden eller poäng passar inte den här frågebanken.")
    return None


def _edition_of(spec: str | Path) -> str | None:
    """The edition of a comparison candidate, to explain a refusal; None when it cannot be read."""
    try:
        if str(spec).endswith(".kompass"):
            with Evaluation.open(spec, readonly=True) as other:
                return other.bank.edition
        return find_reference(str(spec)).edition
    except KompassError:
        return None


class ReferenceDialog(QDialog):
    """A reference profile typed in: a name, a source and one spin box per area."""

    def __init__(self, ev: Evaluation, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev = ev
        self.ui = Ui_ReferenceDialog()
        self.ui.setupUi(self)
        self.spins: dict[str, QDoubleSpinBox] = {}
        previous = self.ui.sourceEdit
        for area in display_bank(ev).areas:
            spin = QDoubleSpinBox(self.ui.scoresBox)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0.0, float(area.max))
            spin.setSuffix(f" / {score_text(area.max)}")
            spin.setToolTip(self.tr("Poäng för område %1, högst %2").replace("%1", area.id)
                            .replace("%2", score_text(area.max)))
            label = QLabel(f"{area.id}  {area.title}", self.ui.scoresBox)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)
            self.ui.scoresForm.addRow(label, spin)
            self.setTabOrder(previous, spin)
            previous = spin
            self.spins[area.id] = spin
        self.setTabOrder(previous, self.ui.saveCheck)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reference(self) -> Reference:
        scores = {area_id: Fraction(str(round(spin.value(), 1))) for area_id, spin in self.spins.items()}
        return from_profile(self.ui.nameEdit.text().strip(), self.ev.bank, scores,
                            source=self.ui.sourceEdit.text().strip())

    def accept(self) -> None:
        if not self.ui.nameEdit.text().strip():
            self.ui.problemLabel.setText("<b>" + self.tr("Skriv ett namn för profilen, t.ex. kommun och år.") + "</b>")
            self.ui.nameEdit.setFocus()
            return
        super().accept()


class CompareMenu(QMenu):
    """The menu (File ▸ Jämför med, the toolbar button, Ctrl+Shift+J) of one window."""

    def __init__(self, host: Host):
        super().__init__(translate("CompareMenu", "&Jämför med"), host.widget)
        self.host = host
        self.window_ = host.widget  # the parent of dialogs
        self.setToolTipsVisible(True)
        # owned by the window: QMenu.clear() deletes only the actions the menu owns (the references)
        self.other_action = self._action(translate("CompareMenu", "En annan &utvärdering…"), translate(
            "CompareMenu", "Lägg en annan utvärderings profil över diagrammet, t.ex. kommunens förra utvärdering"),
            self.choose_evaluation)
        self.file_action = self._action(translate("CompareMenu", "En sparad &referensfil…"), translate(
            "CompareMenu", "Jämför med en referensprofil som sparats i en fil (.yaml)"), self.choose_reference_file)
        self.save_action = self._action(translate("CompareMenu", "&Spara profilen som referens…"), translate(
            "CompareMenu", "Spara den här utvärderingens profil i en fil att jämföra med senare"), self.save_profile)
        self.enter_action = self._action(translate("CompareMenu", "S&kriv in en referensprofil…"), translate(
            "CompareMenu", "Skriv in poängen per område, t.ex. ur en publicerad rapport"), self.enter_reference)
        self.none_action = host.action("actionClearComparison")
        self.none_action.triggered.connect(lambda _=False: host.comparison.clear())
        host.comparison.changed.connect(lambda reference: self.none_action.setEnabled(reference is not None))
        self.none_action.setEnabled(host.comparison.reference is not None)
        self.none_action.setText(translate("CompareMenu", "&Ingen jämförelse"))
        self.reference_actions: dict[str, QAction] = {}  # filled when the menu is about to show
        self.aboutToShow.connect(self.refresh)

    def _action(self, text: str, tip: str, slot) -> QAction:
        a = QAction(text, self.host.widget)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _=False: slot())
        return a

    # -- the entries ------------------------------------------------------------------
    def shipped(self) -> list[Reference]:
        try:
            return bundled_references()
        except KompassError:  # a damaged data file must not take the menu with it
            return []

    def refresh(self) -> None:
        w = self.host
        bank = w.ev.bank
        self.clear()
        self.addAction(self.other_action)
        self.addSection(translate("CompareMenu", "Publicerade referenser"))
        self.reference_actions = {}
        for ref in sorted(self.shipped(), key=lambda r: (r.edition != bank.edition, r.name)):
            a = QAction(ref.name, self)
            a.setCheckable(True)
            a.setChecked(w.comparison.source == ref.id)
            reason = refusal(ref, bank)
            a.setEnabled(reason is None)
            a.setToolTip(reason or ref.source or ref.name)
            a.triggered.connect(lambda _=False, ident=ref.id: self.compare_with(ident))
            self.addAction(a)
            self.reference_actions[ref.id] = a
        self.addSeparator()
        self.addAction(self.file_action)
        self.addAction(self.save_action)
        self.addAction(self.enter_action)
        self.addSeparator()
        self.addAction(self.none_action)
        self.none_action.setEnabled(w.comparison.reference is not None)

    def show_at_button(self) -> None:
        """Ctrl+Shift+J: the menu under the toolbar button (or at the mouse when the toolbar is hidden)."""
        button = self.host.tool_button(self.host.action("actionCompare"))
        if button is not None and button.isVisible():
            self.popup(button.mapToGlobal(button.rect().bottomLeft()))
        else:
            self.popup(QCursor.pos())

    # -- loading ----------------------------------------------------------------------
    def compare_with(self, spec: str | Path) -> Reference | None:
        """Overlay another .kompass file, a reference file or a shipped reference id; refused: a dialog."""
        w = self.host
        title = tr_error(Msg.CANNOT_COMPARE)
        if str(spec).endswith(".kompass") and Path(spec).resolve() == w.ev.path.resolve():
            show_error(w.widget, title, translate("CompareMenu", "Det är samma fil som den öppna utvärderingen. "
                                                          "Välj en annan utvärdering."))
            return None
        try:
            reference = comparison(spec, w.ev.bank)
        except KompassError as exc:
            edition = _edition_of(spec)
            if edition is not None and edition != w.ev.bank.edition:
                text = (translate("CompareMenu", "%1 gäller Kommunkompassens utgåva %2, men den här utvärderingen "
                                                 "bygger på utgåva %3. Profiler kan bara jämföras inom samma utgåva.")
                        .replace("%1", Path(str(spec)).name).replace("%2", edition).replace("%3", w.ev.bank.edition))
            else:
                text = translate("CompareMenu", "%1 kan inte läggas över diagrammet.").replace("%1", Path(str(spec)).name)
            show_error(w.widget, title, text, tr_error(Msg.DETAIL).replace("%1", str(exc)))
            return None
        w.comparison.set(reference, spec)
        return reference

    def choose_evaluation(self) -> Reference | None:
        path = choose_file(self.window_, str(self.host.ev.path.parent))
        return self.compare_with(path) if path else None

    def choose_reference_file(self) -> Reference | None:
        path, _ = QFileDialog.getOpenFileName(self.window_, translate("CompareMenu", "Välj en referensprofil"),
                                              str(self.host.ev.path.parent),
                                              translate("CompareMenu", "Referensprofiler (*.yaml *.yml)"))
        return self.compare_with(Path(path)) if path else None

    # -- making references ------------------------------------------------------------
    def _save_as(self, reference: Reference) -> Path | None:
        w = self.host
        default = w.ev.path.with_name(safe_file_name(reference.name) + ".yaml")
        path, _ = QFileDialog.getSaveFileName(w.widget, translate("CompareMenu", "Spara referensprofilen som"), str(default),
                                              translate("CompareMenu", "Referensprofiler (*.yaml *.yml)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix not in REFERENCE_SUFFIXES:
            target = target.with_name(target.name + ".yaml")
        try:
            save_reference(reference, target)
        except KompassError as exc:
            show_error(w.widget, translate("CompareMenu", "Referensprofilen kunde inte sparas"),
                       translate("CompareMenu", "Filen %1 kunde inte skrivas. Välj en annan mapp eller ett annat namn.")
                       .replace("%1", str(target)), tr_error(Msg.DETAIL).replace("%1", str(exc)))
            return None
        w.status(translate("CompareMenu", "Referensprofilen sparades i %1").replace("%1", str(target)))
        return target

    def save_profile(self) -> Path | None:
        """This evaluation's profile as a reference file, to compare a later evaluation with."""
        w = self.host
        info = w.ev.info
        scores = {a.area.id: a.score for a in w.ev.profile().areas}
        source = (translate("CompareMenu", "Profilen i %1, sparad %2").replace("%1", w.ev.path.name)
                  .replace("%2", date.today().isoformat()))
        return self._save_as(from_profile(f"{info.municipality} {info.year}", w.ev.bank, scores, source=source))

    def enter_reference(self) -> Reference | None:
        w = self.host
        dlg = ReferenceDialog(w.ev, w.widget)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        reference = dlg.reference()
        saved = self._save_as(reference) if dlg.ui.saveCheck.isChecked() else None
        w.comparison.set(reference, saved)  # without a file, exports get it as a temporary one
        return reference


def install(host: Host) -> CompareMenu:
    """The menu as File ▸ Jämför med and on the toolbar button; Ctrl+Shift+J opens it."""
    menu = CompareMenu(host)
    host.insert("placeCompare", [menu])
    compare = host.action("actionCompare")
    compare.triggered.connect(menu.show_at_button)
    host.add_shortcut(compare)  # its shortcut works while the toolbar is hidden too
    button = host.tool_button(compare)
    if button is not None:
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return menu
