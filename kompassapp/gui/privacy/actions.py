# SPDX-License-Identifier: MIT
"""Passphrase on open, the final mark, Gallra personuppgifter… and the reminder to purge."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from kompassapp import crypto, purge
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.gui.base.errors import show_kompass_error

if TYPE_CHECKING:
    from kompassapp.gui.shell.mainwindow import MainWindow

translate = QCoreApplication.translate
REMINDER_KEY = "privacy/purge_reminder_days"
REMIND_AFTER_OPEN_MS = 1500


# -- the passphrase -------------------------------------------------------------------------
def ask_passphrase(parent: QWidget | None, path: Path, wrong: bool) -> str | None:
    """The passphrase typed by the user (hidden), or None if they cancel."""
    label = translate("Privacy", "%1 är krypterad. Skriv dess lösenfras:").replace("%1", path.name)
    if wrong:
        label = translate("Privacy", "Lösenfrasen öppnade inte filen. Försök igen.") + "\n\n" + label
    text, ok = QInputDialog.getText(parent, translate("Privacy", "Lösenfras"), label, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_evaluation(parent: QWidget | None, path: Path, *, author: str = "", readonly: bool = False
                    ) -> Evaluation | None:
    """Evaluation.open; for an encrypted file the passphrase is asked for (again after a wrong one).

    None when the user cancels; other errors are raised as Evaluation.open raises them.
    """
    path = Path(path)
    while True:
        try:
            return Evaluation.open(path, author=author, readonly=readonly)
        except (crypto.PassphraseNeeded, crypto.WrongPassphrase) as exc:
            passphrase = ask_passphrase(parent, path, wrong=isinstance(exc, crypto.WrongPassphrase))
            if passphrase is None:
                return None
            crypto.remember(path, passphrase)


# -- the menu -------------------------------------------------------------------------------
def install(window: MainWindow) -> None:
    """Arkiv ▸ Markera rapporten som slutlig and Gallra personuppgifter…; the reminder after open."""
    menu, before = window.ui.menuFile, window.ui.actionSettings
    final = QAction(translate("Privacy", "Markera rapporten som s&lutlig"), window)
    final.setObjectName("actionMarkFinal")
    final.setCheckable(True)
    final.setToolTip(translate("Privacy", "Slutrapporten är levererad: påminnelsen om gallring räknas därifrån"))
    final.setChecked(bool(purge.final_at(window.ev.conn)))
    final.toggled.connect(lambda on: mark_final(window, on))
    act = QAction(translate("Privacy", "&Gallra personuppgifter…"), window)
    act.setObjectName("actionPurge")
    act.setToolTip(translate("Privacy", "Ta bort namn, anteckningstexter och borttagna poster när rapporten är klar"))
    act.triggered.connect(lambda _=False: purge_dialog(window))
    menu.insertActions(before, [final, act])
    menu.insertSeparator(before)
    window.actionMarkFinal, window.actionPurge = final, act
    QTimer.singleShot(REMIND_AFTER_OPEN_MS, window, lambda: remind(window))


def reminder_days(window: MainWindow) -> int:
    try:
        return int(window.settings.q.value(REMINDER_KEY, purge.REMIND_DAYS))
    except (TypeError, ValueError):
        return purge.REMIND_DAYS


def mark_final(window: MainWindow, final: bool) -> None:
    if bool(purge.final_at(window.ev.conn)) == final:
        return
    try:
        purge.mark_final(window.ev, final)
    except KompassError as exc:
        show_kompass_error(window, exc)


def confirmation_text(plan: purge.Plan) -> str:
    lines = [
        translate("Privacy", "Gallringen tar bort för gott:"),
        translate("Privacy", "• namnen på %1 intervjuade (intervjuerna behåller grupp, roll och antal)")
        .replace("%1", str(plan.participants)),
        translate("Privacy", "• texten i %1 anteckningar (underlaget behåller källslag, frågekopplingar och antal)")
        .replace("%1", str(plan.notes)),
        translate("Privacy", "• listan över väntade deltagare i %1 intervjuplaner").replace("%1", str(plan.plans)),
        translate("Privacy", "• %1 värden i ändringsloggen för dessa fält").replace("%1", str(plan.log_entries)),
        translate("Privacy", "• %1 borttagna poster").replace("%1", str(sum(plan.deleted.values()))),
        translate("Privacy", "• filens säkerhetskopior i datamappen"),
        "",
        translate("Privacy", "Poäng, svar, iakttagelser, analyser och dokumentregistret behålls. "
                             "Gallringen kan inte ångras."),
    ]
    return "\n".join(lines)


def exports_text(path: Path) -> str:
    text = translate("Privacy", "Exporter gjorda före gallringen kan fortfarande innehålla personuppgifter: "
                                "Excel-arbetsböcker (bladet Underlag) och JSON-exporter. Radera dem.")
    found = purge.stale_exports(path)
    if found:
        text += "\n\n" + translate("Privacy", "Bredvid filen:") + "\n" + "\n".join(f"• {p.name}" for p in found)
    return text


def purge_dialog(window: MainWindow, *, confirm=None) -> dict | None:
    """Confirm with the list of what goes, then purge; returns the logged summary (None if not purged)."""
    plan = purge.plan(window.ev)
    if plan.empty:
        QMessageBox.information(window, translate("Privacy", "Gallra personuppgifter"),
                                translate("Privacy", "Det finns inga personuppgifter att gallra."))
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Privacy", "Gallra personuppgifter"),
                      confirmation_text(plan), QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("purgeConfirmation")
    yes = box.addButton(translate("Privacy", "&Gallra"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if confirm is not None:  # tests answer the box themselves
        accepted = confirm(box, yes)
    else:
        box.exec()
        accepted = box.clickedButton() is yes
    if not accepted:
        return None
    try:
        done = purge.purge(window.ev)
    except KompassError as exc:
        show_kompass_error(window, exc)
        return None
    window.stack.clear()  # the undo history holds the texts that are gone, and cannot bring them back
    QMessageBox.information(window, translate("Privacy", "Gallra personuppgifter"),
                            translate("Privacy", "Personuppgifterna är gallrade.") + "\n\n" + exports_text(window.ev.path))
    return done


def remind(window: MainWindow, now: datetime | None = None) -> bool:
    """Remind the lead to purge when the report has been final for the set time; whether it did."""
    try:
        due = purge.reminder_due(window.ev, reminder_days(window), now or datetime.now(timezone.utc))
    except Exception:  # a file closed meanwhile: no reminder, never an error
        return False
    if not due:
        return False
    box = QMessageBox(QMessageBox.Icon.Information, translate("Privacy", "Dags att gallra?"),
                      translate("Privacy", "Rapporten har varit slutlig i mer än %1 dagar och filen innehåller "
                                           "fortfarande personuppgifter. Gallra dem när de inte längre behövs "
                                           "(Arkiv ▸ Gallra personuppgifter…).").replace("%1", str(reminder_days(window))),
                      QMessageBox.StandardButton.Close, window)
    box.setObjectName("purgeReminder")
    now_button = box.addButton(translate("Privacy", "Gallra nu…"), QMessageBox.ButtonRole.AcceptRole)
    now_button.clicked.connect(lambda: QTimer.singleShot(0, window, lambda: purge_dialog(window)))
    window.purge_reminder = box
    box.open()  # not modal to the work: the lead may finish first
    return True
