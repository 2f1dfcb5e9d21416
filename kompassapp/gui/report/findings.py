# SPDX-License-Identifier: MIT
"""Findings per area: strengths, development areas and good examples (with their municipality).

The page follows the area of the selected question, so findings are written beside that
area's questions. Each list is an editable table; Enter in the field below adds a finding.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from kompassapp.evaluation import Evaluation
from kompassapp.gui.base import commands
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.forms.ui_findings_panel import Ui_FindingsPanel
from kompassapp.gui.base.i18n import score_text
from kompassapp.gui.base.plaintext import esc
from kompassapp.gui.base.records import RecordTableModel
from kompassapp.gui.interviews.registers import add_delete_key, select_row, selected_id, setup_table
from kompassapp.gui.base.scores import Scores


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


class FindingsPanel(QWidget):
    areaChanged = Signal(str)

    def __init__(self, ev: Evaluation, bridge: Bridge, scores: Scores, stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.scores, self.stack = ev, scores, stack
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        self.area_id = ev.bank.areas[0].id
        self.models: dict[str, RecordTableModel] = {}
        self.views: dict[str, QTableView] = {
            "strength": self.ui.strengthsTable, "development": self.ui.developmentTable,
            "example": self.ui.examplesTable}
        edits: dict[str, QLineEdit] = {"strength": self.ui.strengthEdit, "development": self.ui.developmentEdit,
                                       "example": self.ui.exampleEdit}
        for kind, view in self.views.items():
            columns = [("text", translate("Findings", "Text"))]
            if kind == "example":
                columns.append(("municipality", translate("Findings", "Kommun")))
            model = RecordTableModel(ev, bridge, stack, "finding", columns, self._fetcher(kind), self)
            self.models[kind] = model
            setup_table(view, model, 0)
            view.horizontalHeader().setVisible(kind == "example")
            if kind == "example":
                view.setColumnWidth(1, 160)
            add_delete_key(view, lambda _=False, k=kind: self.delete(k))
            edits[kind].returnPressed.connect(lambda k=kind: self.add(k))
        self.ui.exampleMunicipalityEdit.returnPressed.connect(lambda: self.add("example"))
        scores.profileChanged.connect(lambda _: self._update_title())
        self.set_area(self.area_id)

    def _fetcher(self, kind: str):
        return lambda: [f for f in self.ev.findings(self.area_id) if f.kind == kind]

    def set_area(self, area_id: str) -> None:
        if area_id == getattr(self, "_shown_area", None):
            return
        self._shown_area = self.area_id = area_id
        for kind, model in self.models.items():
            model.set_fetch(self._fetcher(kind))
        self._update_title()
        self.areaChanged.emit(area_id)

    def _update_title(self) -> None:
        area = display_bank(self.ev).area(self.area_id)
        s = self.scores.profile.by_id()[self.area_id]
        self.ui.areaLabel.setText(
            translate("Findings", "<h3>%1 %2</h3>Poäng %3 av %4 · besvarade %5 av %6 frågor")
            .replace("%1", esc(area.id)).replace("%2", esc(area.title)).replace("%3", score_text(s.score))
            .replace("%4", score_text(area.max)).replace("%5", str(s.tally.answered))
            .replace("%6", str(s.tally.applicable)))

    def add(self, kind: str) -> str | None:
        edit = {"strength": self.ui.strengthEdit, "development": self.ui.developmentEdit,
                "example": self.ui.exampleEdit}[kind]
        text = edit.text().strip()
        if not text:
            return None
        values = {"area_id": self.area_id, "kind": kind, "text": text}
        if kind == "example":
            values["municipality"] = self.ui.exampleMunicipalityEdit.text().strip()
        cmd = commands.AddRecord(self.ev, "finding", **values)
        if not commands.edit(self, self.stack, cmd):
            return None
        edit.clear()
        if kind == "example":
            self.ui.exampleMunicipalityEdit.clear()
            self.ui.exampleEdit.setFocus()
        select_row(self.views[kind], cmd.record_id)
        return cmd.record_id

    def delete(self, kind: str) -> None:
        fid = selected_id(self.views[kind])
        if fid:
            commands.edit(self, self.stack, commands.DeleteRecord(self.ev, "finding", fid))

    def select_finding(self, finding_id: str) -> None:
        f = self.ev.get("finding", finding_id)
        self.set_area(f.area_id)
        select_row(self.views[f.kind], finding_id)
