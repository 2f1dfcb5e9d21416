# SPDX-License-Identifier: MIT
"""Planning an interview session: the bank's group(s), date and time, place, the auditors who lead
it and the planned participants (a role, "3 enhetschefer" or a name, one per line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QWidget)

from kompassapp.evaluation import Evaluation

translate = QCoreApplication.translate
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanDialog(QDialog):
    def __init__(self, ev: Evaluation, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev = ev
        self.setObjectName("planDialog")
        self.setWindowTitle(translate("Plan", "Planera intervju"))
        form = QFormLayout(self)
        self.groups = QListWidget()
        self.groups.setObjectName("planGroups")
        for g in ev.bank.groups:
            item = QListWidgetItem(g.label)
            item.setData(GROUP_ROLE, g.id)
            item.setToolTip(g.description)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        form.addRow(translate("Plan", "Grupp(er) ur frågebanken"), self.groups)
        start = QDateTime.fromString(f"{ev.info.visit_start}T09:00", Qt.DateFormat.ISODate)
        if not start.isValid():
            start = QDateTime.currentDateTime()
        self.starts = QDateTimeEdit(start)
        self.ends = QDateTimeEdit(start.addSecs(90 * 60))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        form.addRow(translate("Plan", "Börjar"), self.starts)
        form.addRow(translate("Plan", "Slutar"), self.ends)
        self.place = QLineEdit()
        form.addRow(translate("Plan", "Plats"), self.place)
        self.leads = QLineEdit(ev.author)
        self.leads.setToolTip(translate("Plan", "Utvärderarna som leder intervjun, åtskilda med kommatecken"))
        form.addRow(translate("Plan", "Leds av"), self.leads)
        self.participants = QPlainTextEdit()
        self.participants.setPlaceholderText(translate("Plan", "En per rad: en roll, t.ex. ”3 enhetschefer”, eller "
                                                               "ett namn"))
        form.addRow(translate("Plan", "Planerade deltagare"), self.participants)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_groups(self) -> tuple[str, ...]:
        return tuple(self.groups.item(i).data(GROUP_ROLE) for i in range(self.groups.count())
                     if self.groups.item(i).checkState() == Qt.CheckState.Checked)

    def values(self) -> dict:
        """The session to add, as the register's `add("session", …)` takes it."""
        groups = self.chosen_groups()
        labels = [self.ev.bank.group_by_id[g].label for g in groups]
        return {"group_name": ", ".join(labels), "bank_groups": groups, "state": "planned",
                "starts_at": self.starts.dateTime().toString("yyyy-MM-ddTHH:mm"),
                "ends_at": self.ends.dateTime().toString("yyyy-MM-ddTHH:mm"), "place": self.place.text().strip(),
                "auditors": tuple(n.strip() for n in self.leads.text().split(",") if n.strip()),
                "planned_participants": tuple(line.strip() for line in self.participants.toPlainText().splitlines()
                                              if line.strip())}
