# SPDX-License-Identifier: MIT
"""The filter combo above the question tree: all questions, one interview group's, one document's.

The entries come from the bank (format /2: its `groups` and `documents`, with the number of
questions each is named in); a /1 bank has none and the combo stays hidden. Another part of the
window may filter the tree too (`QuestionTree.set_filter`, e.g. during an interview): its label
then shows in the combo as an extra entry, and "Alla frågor" clears it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QVBoxLayout, QWidget

from kompassapp.bank.model import Bank
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.base.plaintext import tooltip
from kompassapp.gui.answering.question_tree import QuestionTree

OUTSIDE_ROLE = Qt.ItemDataRole.UserRole + 41  # marks the entry of a filter set elsewhere


def filter_entries(bank: Bank) -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, label, question ids) per group, then per document named by at least one question."""
    entries = []
    for kind, items, label_of, ids_of in (
            ("group", bank.groups, lambda g: g.label, lambda q: q.groups),
            ("document", bank.documents, lambda d: d.title, lambda q: q.documents)):
        for item in items:
            ids = tuple(q.id for q in bank.questions.values() if item.id in ids_of(q))
            if ids:
                entries.append((kind, label_of(item), ids))
    return entries


class FilteredTree(QWidget):
    def __init__(self, tree: QuestionTree, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree = tree
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.combo = QComboBox(self)
        self.combo.setObjectName("treeFilter")
        # a long document title never widens the dock: the combo takes the tree's width
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.combo.setToolTip(self.tr("Visa bara frågorna till en intervjugrupp eller om ett dokument; "
                                      "Page Down går då bara mellan dem"))
        layout.addWidget(self.combo)
        layout.addWidget(tree)
        self.combo.addItem(self.tr("Alla frågor"), None)
        entries = filter_entries(display_bank(tree.scores.ev))
        kinds = {"group": self.tr("Intervjugrupp: %1 (%2)"), "document": self.tr("Dokument: %1 (%2)")}
        previous = None
        for kind, label, ids in entries:
            if kind != previous:
                self.combo.insertSeparator(self.combo.count())
                previous = kind
            self.combo.addItem(kinds[kind].replace("%1", label).replace("%2", str(len(ids))), ids)
            self.combo.setItemData(self.combo.count() - 1, tooltip(label), Qt.ItemDataRole.ToolTipRole)
        self._has_entries = bool(entries)
        self.combo.setVisible(self._has_entries)
        self.combo.activated.connect(self._chosen)
        tree.filterChanged.connect(self._filter_changed)

    def _chosen(self, index: int) -> None:
        ids = self.combo.itemData(index) if index else None
        label = self.combo.itemText(index) if index else ""
        self.tree.set_filter(ids, label)

    def choose(self, text: str) -> None:
        """Choose the entry whose text starts with `text` (for tests and screenshots)."""
        i = next(i for i in range(self.combo.count()) if self.combo.itemText(i).startswith(text))
        self.combo.setCurrentIndex(i)
        self._chosen(i)

    def _filter_changed(self, ids, label: str) -> None:
        """Follow a filter set elsewhere (or cleared by a jump)."""
        if ids is None:
            self._drop_outside()
            self.combo.setCurrentIndex(0)
            return
        i = self.combo.findText(label)
        if i < 0:  # another part of the window filtered: show its label as an entry
            self._drop_outside()
            self.combo.insertItem(1, label, tuple(sorted(ids)))
            self.combo.setItemData(1, True, OUTSIDE_ROLE)
            self.combo.setVisible(True)
            i = 1
        self.combo.setCurrentIndex(i)

    def _drop_outside(self) -> None:
        if self.combo.count() > 1 and self.combo.itemData(1, OUTSIDE_ROLE):
            self.combo.removeItem(1)
        self.combo.setVisible(self._has_entries)
