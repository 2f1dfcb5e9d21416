# SPDX-License-Identifier: MIT
"""The question tree view and moving through the questions (Page Up/Down, next unanswered).

`QuestionTree` is the view over `QuestionTreeModel`; it decides nothing about what a selected
question shows. It asks `accept(question_id)` before moving (the window refuses while a comment
could not be stored) and then announces the new question or area.

`set_filter(question_ids, label)` shows only some questions (one interview group's, one
document's, later an interview's); Page Up/Down and "next unanswered" then move among them.
The filter bar above the tree (tree_filter.py) is one user of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from kompassapp.gui.base.scores import Scores
from kompassapp.gui.answering.tree_model import QuestionTreeModel

MIN_WIDTH = 240  # px: ids and the first words of the titles stay readable, whatever the page beside it wants
NARROW = 330  # px of viewport: below it the answer column gives its room to the titles


class QuestionTree(QTreeView):
    questionSelected = Signal(str)  # question id
    areaSelected = Signal(str)  # area id, also when a question of another area is selected
    filterChanged = Signal(object, str)  # frozenset of question ids or None (all), the filter's label

    def __init__(self, scores: Scores, accept: Callable[[str], bool] = lambda _: True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.scores = scores
        self.accept = accept
        self.question_id: str | None = None
        self.model_ = QuestionTreeModel(scores, self)
        self.all_ids = self.model_.question_ids()
        self.ids = self.all_ids  # the questions Page Up/Down move through: all, or the filter's
        self.filter_ids: frozenset[str] | None = None
        self.filter_label = ""
        self.setObjectName("questionTree")
        self.setModel(self.model_)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setMinimumWidth(MIN_WIDTH)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # "1.1.3 Publiceras nämndernas…": the id stays
        self.setIndentation(14)
        self.setToolTip(self.tr("Frågorna per område; tangenterna 1, 2, 3 … svarar, Page Down går till nästa"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed, narrow answer and score columns: long option labels ("I alla verksamheter") are
        # elided instead of squeezing the titles, and ResizeToContents would re-measure every
        # row on each answer (30 ms instead of 1).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        disputed = QCoreApplication.translate("QuestionTreeModel", "Oenighet")  # must not be elided
        header.resizeSection(1, max(fm.horizontalAdvance("Ej tillämplig") // 2, fm.horizontalAdvance(disputed)) + 24)
        score_title = self.model_.headerData(2, Qt.Orientation.Horizontal)
        header.resizeSection(2, max(fm.horizontalAdvance("100,0"), fm.horizontalAdvance(score_title)) + 16)
        for row in range(self.model_.rowCount()):
            self.expand(self.model_.index(row, 0))
        self.selectionModel().currentChanged.connect(self._current_changed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        # On a narrow tree (a laptop at 125 %) the titles need the room more than the answer
        # labels: the status dot still shows answered/disputed, the question panel the answer.
        narrow = self.viewport().width() < NARROW
        if self.isColumnHidden(1) != narrow:
            self.setColumnHidden(1, narrow)

    def set_filter(self, question_ids: Iterable[str] | None, label: str = "") -> None:
        """Show only these questions (None: all), in the bank's order; the current one moves into them."""
        wanted = None if question_ids is None else frozenset(question_ids) & frozenset(self.all_ids)
        self.filter_ids, self.filter_label = wanted, label if wanted is not None else ""
        self.ids = self.all_ids if wanted is None else [q for q in self.all_ids if q in wanted]
        model = self.model_
        for a in model.top:
            area = model.nodes[a]
            area_shown = False
            for s in area.children:
                sub = model.nodes[s]
                sub_shown = False
                for q in sub.children:
                    hide = wanted is not None and model.nodes[q].id not in wanted
                    self.setRowHidden(model.nodes[q].row, model.index_of("subarea", sub.id), hide)
                    sub_shown |= not hide
                self.setRowHidden(sub.row, model.index_of("area", area.id), not sub_shown)
                if wanted is not None and sub_shown:  # a filter's few questions in sight, not folded away
                    self.expand(model.index_of("subarea", sub.id))
                area_shown |= sub_shown
            self.setRowHidden(area.row, model.index_of("area", area.id).parent(), not area_shown)
        if self.ids and self.question_id not in self.ids:
            self.select_question(self.ids[0])
        elif self.question_id:
            self.scrollTo(model.index_of("question", self.question_id))
        self.filterChanged.emit(self.filter_ids, self.filter_label)

    def with_filter_bar(self) -> QWidget:
        """The tree under its filter combo (Alla frågor / a group / a document), for the dock."""
        from kompassapp.gui.answering.tree_filter import FilteredTree

        return FilteredTree(self)

    def select_question(self, question_id: str) -> None:
        idx = self.model_.index_of("question", question_id)
        if idx.isValid() and self.filter_ids is not None and question_id not in self.filter_ids:
            self.set_filter(None)  # a jump (a note, a search hit) to a question outside: show all again
        if idx.isValid():
            self.setCurrentIndex(idx)
            self.scrollTo(idx)

    def go(self, step: int) -> None:
        if not self.ids:
            return
        i = self.ids.index(self.question_id) if self.question_id in self.ids else -1
        self.select_question(self.ids[max(0, min(len(self.ids) - 1, i + step))])

    def first_unanswered(self, after: str | None = None) -> str | None:
        """The next question without an answer after `after` (wrapping around), or None."""
        i = self.ids.index(after) if after in self.ids else -1
        return next((q for q in self.ids[i + 1:] + self.ids[:i + 1] if self.scores.answer(q).choice is None), None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model_.node(current)
        if node is None:
            return
        if node.kind != "question":
            area = node if node.kind == "area" else self.model_.nodes[node.parent]
            self.areaSelected.emit(area.id)
            return
        if not self.accept(node.id):
            if self.question_id:  # refused: stay on the question we were on
                self.selectionModel().blockSignals(True)
                self.setCurrentIndex(self.model_.index_of("question", self.question_id))
                self.selectionModel().blockSignals(False)
            return
        self.question_id = node.id
        self.questionSelected.emit(node.id)
        self.areaSelected.emit(self.scores.ev.bank.area_of[node.id].id)
