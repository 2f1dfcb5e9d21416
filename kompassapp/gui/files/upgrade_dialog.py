# SPDX-License-Identifier: MIT
"""Arkiv ▸ Uppgradera frågebanken…: move an evaluation to a newer revision of its bank, explicitly.

An evaluation keeps the bank revision it was started on. When the app ships a newer revision of
the same bank id, the window says so once in the status bar and enables the action. The dialog
shows `kompassapp.upgrade.plan()` before anything changes: new, changed (which fields) and
removed questions, answers that become open, and each area's score before → after. "Uppgradera"
takes a backup, runs `upgrade.apply()` (one transaction; not on the undo stack) and reopens the
window, since the bank every view was built from has changed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QTreeWidgetItem, QWidget

import kompassapp.bank
from kompassapp import backups, upgrade
from kompassapp.bank.model import Bank, Question
from kompassapp.errors import KompassError
from kompassapp.upgrade import Plan
from kompassapp.gui.base.errors import Msg, show_error, tr as tr_error
from kompassapp.gui.base.host import Host
from kompassapp.gui.base.plaintext import esc
from kompassapp.gui.forms.ui_upgrade_dialog import Ui_UpgradeDialog
from kompassapp.gui.base.i18n import score_text

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
STATUS_MS = 20000
FIELDS = {
    "text": QT_TRANSLATE_NOOP("Upgrade", "frågetext"), "guidance": QT_TRANSLATE_NOOP("Upgrade", "vägledning"),
    "points": QT_TRANSLATE_NOOP("Upgrade", "poäng"), "scale": QT_TRANSLATE_NOOP("Upgrade", "svarsskala"),
    "na_allowed": QT_TRANSLATE_NOOP("Upgrade", "ej tillämplig tillåtet"),
    "options": QT_TRANSLATE_NOOP("Upgrade", "svarsalternativ"), "subarea": QT_TRANSLATE_NOOP("Upgrade", "delområde"),
}
_ID = re.compile(r"^id:\s*[\"']?([^\s\"'#]+)", re.MULTILINE)
_REVISION = re.compile(r"^revision:\s*(\d+)", re.MULTILINE)


def _peek(path: Path) -> tuple[str, int] | None:
    """A bank file's id and revision from its top-level lines, without parsing the whole bank."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    ident, revision = _ID.search(text), _REVISION.search(text)
    return (ident.group(1), int(revision.group(1))) if ident and revision else None


def newer_bank(bank: Bank) -> Bank | None:
    """The highest shipped revision of `bank`'s id above its own, or None."""
    best: Bank | None = None
    for path in kompassapp.bank.bundled_banks():
        head = _peek(path)
        if head is not None and (head[0] != bank.id or head[1] <= (best or bank).revision):
            continue  # another bank, or not newer: not worth a full load
        try:
            candidate = kompassapp.bank.load_bank(path)
        except KompassError:
            continue  # a damaged bank file is no upgrade
        if candidate.id == bank.id and candidate.revision > (best or bank).revision:
            best = candidate
    return best


def _label(q: Question) -> str:
    return f"{q.id}  {q.text}"


class UpgradeDialog(QDialog):
    """The plan, shown before anything changes; OK ("Uppgradera") carries it out."""

    def __init__(self, plan: Plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.ui = Ui_UpgradeDialog()
        self.ui.setupUi(self)
        old, new = plan.old_bank, plan.new_bank
        self.ui.summaryLabel.setText(
            self.tr("<b>%1 %2</b> finns i en nyare version: revision %3 → %4. Så här ändras utvärderingen; "
                    "inget är ändrat ännu.").replace("%1", esc(new.title)).replace("%2", esc(new.edition))
            .replace("%3", str(old.revision)).replace("%4", str(new.revision)))
        self.sections: dict[str, QTreeWidgetItem] = {}
        tree = self.ui.changesTree
        self._section("added", self.tr("Nya frågor (%1)"), [(_label(q), self.tr("ny, %1 poäng").replace(
            "%1", score_text(q.points))) for q in plan.added])
        self._section("changed", self.tr("Ändrade frågor (%1)"), [(_label(c.new), self._changed(c)) for c in plan.changed])
        self._section("removed", self.tr("Borttagna frågor (%1)"), [(_label(q), self.tr(
            "svar och anteckningar flyttas till område %1, markerade").replace("%1", old.area_of[q.id].id))
            for q in plan.removed])
        self._section("open", self.tr("Svar som blir öppna (%1)"), [(_label(new.questions[q]), self.tr(
            "svaret finns inte på den nya skalan: svara på nytt")) for q in plan.invalid_answers])
        tree.expandAll()
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table = self.ui.scoresTable
        table.setRowCount(len(new.areas))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, area in enumerate(new.areas):
            before, after = plan.scores_before[area.id], plan.scores_after[area.id]
            cells = [QTableWidgetItem(f"{area.id}  {area.title}"),
                     QTableWidgetItem(f"{score_text(before)} / {score_text(old.area(area.id).max)}"),
                     QTableWidgetItem(f"{score_text(after)} / {score_text(area.max)}")]
            for col, cell in enumerate(cells):
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if before != after or old.area(area.id).max != area.max:
                    cell.setFont(bold)
                table.setItem(row, col, cell)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.warningLabel.setText(self.tr(
            "<b>En uppgradering kan inte ångras med Ctrl+Z.</b> En säkerhetskopia av filen tas först; den kan "
            "återställas under Arkiv ▸ Återställ säkerhetskopia…. Svar och anteckningar följer med sina frågor; "
            "en borttagen frågas svar och anteckningar flyttas till dess område, markerade. Inget raderas."))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Uppgradera"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        ok.setDefault(False)
        ok.setAutoDefault(False)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _section(self, key: str, title: str, rows: list[tuple[str, str]]) -> None:
        item = QTreeWidgetItem([title.replace("%1", str(len(rows))), ""])
        f = item.font(0)
        f.setBold(True)
        item.setFont(0, f)
        for text, change in rows:
            child = QTreeWidgetItem([text, change])
            child.setToolTip(0, text)
            child.setToolTip(1, change)
            item.addChild(child)
        if not rows:
            item.setDisabled(True)
        self.ui.changesTree.addTopLevelItem(item)
        self.sections[key] = item

    def _changed(self, c: upgrade.Changed) -> str:
        parts = []
        for field in c.fields:
            name = translate("Upgrade", FIELDS.get(field, field))
            if field == "points":
                name += f" {score_text(c.old.points)} → {score_text(c.new.points)}"
            parts.append(name)
        return self.tr("ändrat: %1").replace("%1", ", ".join(parts))

    def rows(self, key: str) -> list[tuple[str, str]]:
        """The lines of one section (added, changed, removed, open), for tests."""
        item = self.sections[key]
        return [(item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())]


class Upgrader(QObject):
    """The window's "Uppgradera frågebanken…" action and the check for a newer revision."""

    def __init__(self, host: Host, action: QAction):
        super().__init__(host)
        self.host, self.action = host, action
        self.newer: Bank | None = None
        self.told = False
        action.setEnabled(False)
        action.triggered.connect(lambda _=False: self.upgrade())

    def check(self) -> Bank | None:
        """Look for a newer shipped revision; the first time one is found, say so in the status bar."""
        w = self.host
        self.newer = newer_bank(w.ev.bank)
        self.action.setEnabled(self.newer is not None)
        if self.newer is None:
            self.action.setToolTip(translate("Upgrade", "Frågebanken är den senaste (revision %1)")
                                   .replace("%1", str(w.ev.bank.revision)))
            return None
        self.action.setToolTip(translate("Upgrade", "Visa vad revision %1 av frågebanken ändrar, och uppgradera")
                               .replace("%1", str(self.newer.revision)))
        if not self.told:
            self.told = True
            w.status(translate("Upgrade", "En nyare version av frågebanken finns (revision %1). Arkiv ▸ Uppgradera "
                                          "frågebanken… visar vad som ändras.").replace("%1", str(self.newer.revision)),
                     STATUS_MS)
        return self.newer

    def upgrade(self) -> Host | None:
        """Show the plan; on "Uppgradera": backup, apply, reopen. Returns the new window's host, or None."""
        w = self.host
        new_bank = self.newer or self.check()
        if new_bank is None:
            w.status(translate("Upgrade", "Frågebanken är redan den senaste."), 5000)
            return None
        title = translate("Upgrade", "Frågebanken kunde inte uppgraderas")
        try:
            plan = upgrade.plan(w.ev, new_bank)
        except KompassError as exc:
            show_error(w.widget, title, translate("Upgrade", "Den nya revisionen passar inte den här utvärderingen."),
                       tr_error(Msg.DETAIL).replace("%1", str(exc)))
            return None
        if UpgradeDialog(plan, w.widget).exec() != QDialog.DialogCode.Accepted:
            return None
        if not w.flush_edits():
            return None
        try:
            backups.take(w.ev)
        except KompassError as exc:
            show_error(w.widget, title, translate("Upgrade", "Ingen säkerhetskopia kunde tas, så frågebanken har inte "
                                                      "uppgraderats."), tr_error(Msg.DETAIL).replace("%1", str(exc)))
            return None
        try:
            upgrade.apply(w.ev, new_bank)
        except KompassError as exc:
            show_error(w.widget, title, translate("Upgrade", "Utvärderingen är oförändrad."),
                       tr_error(Msg.SAVE_HINT) + "\n\n" + tr_error(Msg.DETAIL).replace("%1", str(exc)))
            return None
        new = w.reopen()
        if new is not None:
            new.status(translate("Upgrade", "Frågebanken är uppgraderad till revision %1. Säkerhetskopian från före "
                                            "uppgraderingen finns under Arkiv ▸ Återställ säkerhetskopia….")
                       .replace("%1", str(new_bank.revision)), STATUS_MS)
        return new
