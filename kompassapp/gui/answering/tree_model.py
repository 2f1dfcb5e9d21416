# SPDX-License-Identifier: MIT
"""The bank as a tree: area → sub-area → question, with per-node progress and the area's score.

A QAbstractItemModel over the frozen bank plus the `Scores` row cache. An answer change touches
three rows (the question, its sub-area, its area) and nothing else. A question the auditors of a
merged team file disagree on shows a two-coloured dot and "Oenighet", and counts as open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from kompassapp.scoring import NA
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.base.i18n import score_text
from kompassapp.gui.base.plaintext import tooltip
from kompassapp.gui.base.scores import Scores

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "area" | "subarea" | "question"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("QuestionTreeModel", "Område / fråga"), QT_TRANSLATE_NOOP("QuestionTreeModel", "Svar"),
           QT_TRANSLATE_NOOP("QuestionTreeModel", "Poäng"))
STATUS_COLORS = {"not_started": QColor(0, 0, 0, 0), "draft": QColor(230, 150, 30), "done": QColor(40, 150, 70)}
DISPUTED_COLOR = QColor(190, 40, 40)


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


@dataclass
class _Node:
    kind: str
    id: str
    parent: int  # index into nodes, -1 for top level
    row: int
    obj: object
    children: list[int] = field(default_factory=list)


def _dot(color: QColor) -> QIcon:
    pm = QPixmap(12, 12)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(130, 130, 130) if color.alpha() == 0 else color)
    p.setBrush(color)
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pm)


def _split_dot() -> QIcon:
    """Two halves in different colours: auditors answered differently."""
    pm = QPixmap(12, 12)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(DISPUTED_COLOR)
    p.drawPie(0, 0, 12, 12, 90 * 16, 180 * 16)
    p.setBrush(QColor(40, 100, 200))
    p.drawPie(0, 0, 12, 12, -90 * 16, 180 * 16)
    p.end()
    return QIcon(pm)


class QuestionTreeModel(QAbstractItemModel):
    def __init__(self, scores: Scores, parent: QObject | None = None):
        super().__init__(parent)
        self.scores = scores
        self.bank = display_bank(scores.ev)  # texts in the interface language; scoring uses ev.bank
        self.nodes: list[_Node] = []
        self.top: list[int] = []
        self._by_id: dict[tuple[str, str], int] = {}
        for r, area in enumerate(self.bank.areas):
            a = self._add("area", area.id, -1, r, area)
            self.top.append(a)
            for sr, sub in enumerate(area.subareas):
                s = self._add("subarea", sub.id, a, sr, sub)
                self.nodes[a].children.append(s)
                for qr, q in enumerate(sub.questions):
                    self.nodes[s].children.append(self._add("question", q.id, s, qr, q))
        self._icons = {k: _dot(c) for k, c in STATUS_COLORS.items()}
        self._disputed_icon = _split_dot()
        self._alert = QBrush(DISPUTED_COLOR)
        self._bold = QFont()
        self._bold.setBold(True)
        self._muted = QBrush(QColor(120, 120, 120))
        scores.answerChanged.connect(self._on_answer)

    def _add(self, kind: str, node_id: str, parent: int, row: int, obj: object) -> int:
        self.nodes.append(_Node(kind, node_id, parent, row, obj))
        self._by_id[(kind, node_id)] = len(self.nodes) - 1
        return len(self.nodes) - 1

    # -- lookups --------------------------------------------------------------------
    def node(self, index: QModelIndex) -> _Node | None:
        return self.nodes[index.internalId()] if index.isValid() else None

    def index_of(self, kind: str, node_id: str, column: int = 0) -> QModelIndex:
        n = self._by_id.get((kind, node_id))
        return QModelIndex() if n is None else self.createIndex(self.nodes[n].row, column, n)

    def question_ids(self) -> list[str]:
        return [n.id for n in self.nodes if n.kind == "question"]

    # -- QAbstractItemModel -----------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            siblings = self.top
        elif parent.column() == 0:
            siblings = self.nodes[parent.internalId()].children
        else:
            return QModelIndex()
        return self.createIndex(row, column, siblings[row]) if row < len(siblings) else QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self.nodes[index.internalId()].parent
        return QModelIndex() if p < 0 else self.createIndex(self.nodes[p].row, 0, p)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.top)
        if parent.column() != 0:
            return 0
        return len(self.nodes[parent.internalId()].children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("QuestionTreeModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n = self.nodes[index.internalId()]
        col = index.column()
        if role == KIND_ROLE:
            return n.kind
        if role == ID_ROLE:
            return n.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(n, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(n)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and n.kind == "question":
            if n.id in self.scores.disputed:
                return self._disputed_icon
            return self._icons[self.scores.answer(n.id).status]
        if role == Qt.ItemDataRole.ForegroundRole and n.kind == "question" and col == 1 \
                and n.id in self.scores.disputed:
            return self._alert
        if role == Qt.ItemDataRole.FontRole and n.kind == "area":
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and n.kind == "question" and col == 1 \
                and self.scores.answer(n.id).choice == NA:
            return self._muted
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tally(self, n: _Node):
        if n.kind == "area":
            return self.scores.profile.areas[n.row].tally
        area = self.nodes[n.parent]
        return self.scores.profile.areas[area.row].subareas[n.row].tally

    def _display(self, n: _Node, col: int):
        if col == 0:
            title = n.obj.text if n.kind == "question" else n.obj.title
            return f"{n.id}  {title}"
        if n.kind == "question":
            if col == 1:
                choice = self.scores.answer(n.id).choice
                if choice is None:
                    return translate("QuestionTreeModel", "Oenighet") if n.id in self.scores.disputed else ""
                if choice == NA:
                    return translate("QuestionTreeModel", "Ej tillämplig")
                option = self.bank.scales[n.obj.scale].option(choice)
                return option.label if option else choice
            return None
        t = self._tally(n)
        if col == 1:
            return f"{t.answered}/{t.applicable}"
        if n.kind == "area":
            area = self.scores.profile.areas[n.row]
            return score_text(area.score) if area.assessed else "–"  # not assessed yet, not 0 (scoring.AreaScore)
        return None

    def _tooltip(self, n: _Node) -> str:
        if n.kind == "question":
            text = translate("QuestionTreeModel", "%1\n(%2 poäng)").replace("%1", f"{n.id} {n.obj.text}").replace("%2", score_text(n.obj.points))
            by = self.scores.by_auditor.get(n.id, {})
            if len(by) > 1:
                text += "\n" + "\n".join(f"{who}: {self._choice_label(n, a.choice) or '–'}" for who, a in by.items())
            if n.id in self.scores.disputed:
                text += "\n" + translate("QuestionTreeModel", "Utvärderarna har svarat olika: avgör i Samsyn (Ctrl+5).")
            return tooltip(text)
        t = self._tally(n)
        text = f"{n.id} {n.obj.title}\n" + translate("QuestionTreeModel", "%1 av %2 frågor besvarade, %3 ej tillämpliga").replace("%1", str(t.answered)) \
            .replace("%2", str(t.applicable)).replace("%3", str(t.na))
        disputed = sum(1 for q in n.obj.questions if q.id in self.scores.disputed)
        if disputed:
            text += translate("QuestionTreeModel", ", %1 med oenighet (räknas som obesvarade)").replace("%1", str(disputed))
        return tooltip(text)

    def _choice_label(self, n: _Node, choice: str | None) -> str:
        if choice is None:
            return ""
        if choice == NA:
            return translate("QuestionTreeModel", "Ej tillämplig")
        option = self.bank.scales[n.obj.scale].option(choice)
        return option.label if option else choice

    # -- refresh by change set ---------------------------------------------------------
    def _on_answer(self, question_id: str) -> None:
        q = self._by_id[("question", question_id)]
        s = self.nodes[q].parent
        a = self.nodes[s].parent
        last = len(COLUMNS) - 1
        for n in (q, s, a):
            node = self.nodes[n]
            self.dataChanged.emit(self.createIndex(node.row, 0, n), self.createIndex(node.row, last, n))
