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
    from kompassapp.gui.base.host import Host

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
class Privacy:
    """The feature: Arkiv ▸ Markera rapporten som slutlig and Gallra personuppgifter…; the reminder after open."""

    def __init__(self, host: Host):
        self.host = host
        parent = host.widget
        self.actionMarkFinal = final = QAction(translate("Privacy", "Markera rapporten som s&lutlig"), parent)
        final.setObjectName("actionMarkFinal")
        final.setCheckable(True)
        final.setToolTip(translate("Privacy", "Slutrapporten är levererad: påminnelsen om gallring räknas därifrån"))
        final.setChecked(bool(purge.final_at(host.ev.conn)))
        final.toggled.connect(lambda on: mark_final(host, on))
        self.actionPurge = act = QAction(translate("Privacy", "&Gallra personuppgifter…"), parent)
        act.setObjectName("actionPurge")
        act.setToolTip(translate("Privacy", "Ta bort namn, anteckningstexter och borttagna poster när rapporten är klar"))
        act.triggered.connect(lambda _=False: purge_dialog(host))
        host.insert("placePrivacy", [final, act])
        self.purge_reminder: QMessageBox | None = None
        QTimer.singleShot(REMIND_AFTER_OPEN_MS, parent, lambda: setattr(self, "purge_reminder", remind(host)))


def install(host: Host) -> Privacy:
    return Privacy(host)


def reminder_days(host: Host) -> int:
    try:
        return int(host.settings.q.value(REMINDER_KEY, purge.REMIND_DAYS))
    except (TypeError, ValueError):
        return purge.REMIND_DAYS


def mark_final(host: Host, final: bool) -> None:
    if bool(purge.final_at(host.ev.conn)) == final:
        return
    try:
        purge.mark_final(host.ev, final)
    except KompassError as exc:
        show_kompass_error(host.widget, exc)


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


def purge_dialog(host: Host, *, confirm=None) -> dict | None:
    """Confirm with the list of what goes, then purge; returns the logged summary (None if not purged)."""
    plan = purge.plan(host.ev)
    if plan.empty:
        QMessageBox.information(host.widget, translate("Privacy", "Gallra personuppgifter"),
                                translate("Privacy", "Det finns inga personuppgifter att gallra."))
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Privacy", "Gallra personuppgifter"),
                      confirmation_text(plan), QMessageBox.StandardButton.Cancel, host.widget)
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
        done = purge.purge(host.ev)
    except KompassError as exc:
        show_kompass_error(host.widget, exc)
        return None
    host.stack.clear()  # the undo history holds the texts that are gone, and cannot bring them back
    QMessageBox.information(host.widget, translate("Privacy", "Gallra personuppgifter"),
                            translate("Privacy", "Personuppgifterna är gallrade.") + "\n\n" + exports_text(host.ev.path))
    return done


def remind(host: Host, now: datetime | None = None) -> QMessageBox | None:
    """Remind the lead to purge when the report has been final for the set time; the reminder shown, if any."""
    try:
        due = purge.reminder_due(host.ev, reminder_days(host), now or datetime.now(timezone.utc))
    except Exception:  # a file closed meanwhile: no reminder, never an error
        return None
    if not due:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, translate("Privacy", "Dags att gallra?"),
                      translate("Privacy", "Rapporten har varit slutlig i mer än %1 dagar och filen innehåller "
                                           "fortfarande personuppgifter. Gallra dem när de inte längre behövs "
                                           "(Arkiv ▸ Gallra personuppgifter…).").replace("%1", str(reminder_days(host))),
                      QMessageBox.StandardButton.Close, host.widget)
    box.setObjectName("purgeReminder")
    now_button = box.addButton(translate("Privacy", "Gallra nu…"), QMessageBox.ButtonRole.AcceptRole)
    now_button.clicked.connect(lambda: QTimer.singleShot(0, host.widget, lambda: purge_dialog(host)))
    box.open()  # not modal to the work: the lead may finish first
    return box
