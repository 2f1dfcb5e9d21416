# SPDX-License-Identifier: MIT
"""The coverage view: areas × sources (covered / expected), clicking a cell lists its questions;
below, the questions with no evidence and the planned groups not yet interviewed. The figures are
the domain's (kompassapp.prepare.coverage), the same as the workbook's "Täckning" and summary --json."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kompassapp.evaluation import Evaluation
from kompassapp.prepare.coverage import Coverage, coverage

translate = QCoreApplication.translate
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class CoverageDialog(QDialog):
    """Non-modal: it stays open beside the window during day two; double-clicking a question goes to it."""

    def __init__(self, ev: Evaluation, go_to: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.go_to = ev, go_to
        self.setObjectName("coverageDialog")
        self.setWindowTitle(translate("Coverage", "Täckning av underlag"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Coverage", "Frågor med underlag från källan / frågor som väntar sig källan. Klicka "
                                             "på en cell för att se frågorna; dubbelklicka på en fråga för att gå "
                                             "till den. Kommunens svar räknas aldrig som ert eget underlag."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("coverageTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda r, c, *_: self.show_cell(r, c))
        split.addWidget(self.table)
        self.questions = QListWidget()
        self.questions.setObjectName("coverageQuestions")
        self.questions.itemActivated.connect(lambda item: self.go_to(item.data(QUESTION_ROLE)))
        split.addWidget(self.questions)
        split.setSizes([340, 180])  # all areas and the total in sight; the list below scrolls
        layout.addWidget(split, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("coverageSummary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.cov: Coverage = coverage(self.ev)
        cov = self.cov
        total = translate("Coverage", "Totalt")
        self.table.setColumnCount(len(cov.columns))
        self.table.setRowCount(len(cov.areas) + 1)
        self.table.setHorizontalHeaderLabels([c.label for c in cov.columns])
        self.table.setVerticalHeaderLabels([f"{a.id} {a.short}" for a, _ in cov.areas] + [total])
        for r, cells in enumerate([cells for _, cells in cov.areas] + [cov.totals]):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell.text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        groups = ", ".join(self.ev.bank.group_by_id[g].label for g in cov.not_interviewed)
        parts = [translate("Coverage", "Frågor utan något underlag: %1.").replace("%1", str(len(cov.no_evidence)))]
        if not cov.has_groups:
            parts.append(translate("Coverage", "Banken har inga intervjugrupper (format kompassapp-bank/1)."))
        elif groups:
            parts.append(translate("Coverage", "Planerade grupper som inte har intervjuats: %1.").replace("%1", groups))
        self.summary.setText(" ".join(parts))
        self.show_no_evidence()

    def _list(self, ids: tuple[str, ...] | list[str], covered: set[str] = frozenset()) -> None:
        self.questions.clear()
        for qid in ids:
            q = self.ev.bank.questions[qid]
            mark = "✓ " if qid in covered else "○ "
            item = QListWidgetItem(f"{mark}{qid}  {q.text}")
            item.setData(QUESTION_ROLE, qid)
            self.questions.addItem(item)

    def show_no_evidence(self) -> None:
        self._list(self.cov.no_evidence)

    def show_cell(self, row: int, column: int) -> None:
        """The questions behind one cell: those expecting the source, the covered ones ticked."""
        if row < 0 or column < 0:
            return
        cells = self.cov.totals if row >= len(self.cov.areas) else self.cov.areas[row][1]
        cell = cells[column]
        self._list(cell.expected, set(cell.covered))
