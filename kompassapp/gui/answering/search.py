# SPDX-License-Identifier: MIT
"""Ctrl+F: search across questions, guidance, comments, notes and findings; a hit jumps to its place.

The results follow the file: every change the other views hear of (an edit, an undo, a merge)
runs the search again, so an undone comment or a deleted note drops out of the list.

A question is also found by whom it is asked and what it requests (bank format /2: "fackliga"
finds the questions to the union representatives). While the question tree is filtered, the search
looks only at the filter's questions (their notes included) and says so.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kompassapp.evaluation import Change, Evaluation
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.forms.ui_search_panel import Ui_SearchPanel

MAX_HITS = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 30


@dataclass(frozen=True)
class Hit:
    kind: str  # question | guidance | comment | note | finding
    target: str  # question id, note id or finding id
    where: str  # "1.1.3", "Anteckning 1.1.3", "Styrka, område 2"
    snippet: str


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def snippet(text: str, at: int, length: int, width: int = 90) -> str:
    start = max(0, at - width // 3)
    end = min(len(text), start + width)
    s = text[start:end].replace("\n", " ")
    return ("…" if start else "") + s + ("…" if end < len(text) else "")


def search(ev: Evaluation, query: str, limit: int = MAX_HITS, only: Collection[str] | None = None) -> list[Hit]:
    """Case-insensitive substring search, in the order of the tree, then notes, then findings.

    `only`: the question ids of the tree's filter; notes of other questions and findings are then left out."""
    q = query.strip().casefold()
    if not q:
        return []
    hits: list[Hit] = []

    def look(kind: str, target: str, where: str, text: str) -> None:
        i = text.casefold().find(q)
        if i >= 0 and len(hits) < limit:
            hits.append(Hit(kind, target, where, snippet(text, i, len(q))))

    answers = ev.answers()
    bank = display_bank(ev)
    for qid, question in bank.questions.items():
        if only is not None and qid not in only:
            continue
        look("question", qid, translate("Search", "Fråga %1").replace("%1", qid), question.text)
        look("guidance", qid, translate("Search", "Vägledning %1").replace("%1", qid), question.guidance)
        groups = [bank.group_by_id[g].label for g in question.groups if g in bank.group_by_id]
        if groups:  # a hit jumps to the question, like one in its text
            look("question", qid, translate("Search", "Intervjugrupp %1").replace("%1", qid), ", ".join(groups))
        documents = [bank.document_by_id[d].title for d in question.documents if d in bank.document_by_id]
        if documents:
            look("question", qid, translate("Search", "Dokument %1").replace("%1", qid), ", ".join(documents))
        a = answers.get(qid)
        if a and a.comment:
            look("comment", qid, translate("Search", "Kommentar %1").replace("%1", qid), a.comment)
    if only is not None:
        for n in ev.notes():
            if set(n.question_ids) & set(only):
                look("note", n.id, translate("Search", "Anteckning %1").replace("%1", ", ".join(n.question_ids)), n.text)
        return hits
    for n in ev.notes():
        look("note", n.id, translate("Search", "Anteckning %1").replace("%1", ", ".join(n.question_ids) or "–"), n.text)
    kinds = {"strength": translate("Search", "Styrka"), "development": translate("Search", "Utvecklingsområde"), "example": translate("Search", "Gott exempel")}
    for f in ev.findings():
        label = translate("Search", "%1, område %2").replace("%1", kinds.get(f.kind, f.kind)).replace("%2", f.area_id)
        look("finding", f.id, label, f.text if not f.municipality else f"{f.text} ({f.municipality})")
    return hits


class SearchPanel(QWidget):
    activated = Signal(object)  # Hit

    def __init__(self, ev: Evaluation, bridge: Bridge | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev = ev
        self.only: frozenset[str] | None = None  # the question tree's filter
        self.only_label = ""
        self.ui = Ui_SearchPanel()
        self.ui.setupUi(self)
        self.ui.countLabel.setTextFormat(Qt.TextFormat.PlainText)  # the filter's label is file text
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run)
        self.ui.searchEdit.textChanged.connect(lambda _: self._timer.start())
        self.ui.searchEdit.returnPressed.connect(self._enter)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.resultsList.itemActivated.connect(lambda item: self.activated.emit(item.data(HIT_ROLE)))
        if bridge is not None:
            bridge.changed.connect(self._on_change)

    def _on_change(self, _change: Change) -> None:
        if self.ui.searchEdit.text().strip():
            self.refresh()

    def refresh(self) -> None:
        """Run the search again, keeping the selected hit where it is still found."""
        current = self.ui.resultsList.currentItem()
        keep = current.data(HIT_ROLE) if current else None
        hits = self.run()
        if keep is not None:
            for row, h in enumerate(hits):
                if (h.kind, h.target) == (keep.kind, keep.target):
                    self.ui.resultsList.setCurrentRow(row)
                    break

    def set_filter(self, question_ids, label: str) -> None:
        """Search only these questions (the tree's filter; None: everything)."""
        self.only, self.only_label = (None, "") if question_ids is None else (frozenset(question_ids), label)
        if self.ui.searchEdit.text().strip():
            self.refresh()

    def focus(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def run(self) -> list[Hit]:
        self._timer.stop()
        hits = search(self.ev, self.ui.searchEdit.text(), only=self.only)
        lst = self.ui.resultsList
        lst.clear()
        for h in hits:
            item = QListWidgetItem(f"{h.where}\n{h.snippet}")
            item.setData(HIT_ROLE, h)
            lst.addItem(item)
        text = self.ui.searchEdit.text().strip()
        self.ui.countLabel.setText("" if not text else
                                   self.tr("%1 träffar").replace("%1", str(len(hits))) if len(hits) < MAX_HITS
                                   else self.tr("Minst %1 träffar – skriv mer").replace("%1", str(MAX_HITS)))
        if text and self.only is not None:
            self.ui.countLabel.setText(self.ui.countLabel.text() + " "
                                       + self.tr("(bara %1)").replace("%1", self.only_label))
        if hits:
            lst.setCurrentRow(0)
        return hits

    def _enter(self) -> None:
        if self._timer.isActive() or self.ui.resultsList.count() == 0:
            self.run()
        item = self.ui.resultsList.currentItem()
        if item:
            self.activated.emit(item.data(HIT_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.ui.resultsList.count():
            self.ui.resultsList.setFocus()
            return True
        return super().eventFilter(watched, event)
