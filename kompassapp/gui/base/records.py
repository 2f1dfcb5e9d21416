# SPDX-License-Identifier: MIT
"""Editable tables over the core's records (sessions, participants, documents, findings).

A row cache keyed by record id, re-read from the core when a change of this kind arrives:
an edit of known rows only repaints them, an addition or deletion reloads the (small) table.
Editing a cell pushes an UpdateRecord command; the model never keeps its own copy of the truth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from kompassapp.evaluation import Change, ChangeKind, Evaluation
from kompassapp.gui.base import commands
from kompassapp.gui.base.bridge import Bridge

ID_ROLE = Qt.ItemDataRole.UserRole + 20


class RecordTableModel(QAbstractTableModel):
    """`columns` are (field, header) pairs; `fetch()` returns the records to show, in order."""

    def __init__(self, ev: Evaluation, bridge: Bridge, stack: QUndoStack, kind: str,
                 columns: Sequence[tuple[str, str]], fetch: Callable[[], list[Any]], parent: QObject | None = None):
        super().__init__(parent)
        self.ev, self.stack, self.kind = ev, stack, kind
        self.columns = list(columns)
        self.fetch = fetch
        self.rows: list[Any] = fetch()
        bridge.changed.connect(self._on_change)

    def view_parent(self) -> QWidget | None:
        """The widget an error dialog about an edit in this table belongs to."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.fetch()
        self.endResetModel()

    def set_fetch(self, fetch: Callable[[], list[Any]]) -> None:
        self.fetch = fetch
        self.reload()

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section][1]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(record, self.columns[index.column()][0])
            return ", ".join(value) if isinstance(value, tuple) else value
        if role == ID_ROLE:
            return record.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record = self.rows[index.row()]
        field = self.columns[index.column()][0]
        old = getattr(record, field)
        if isinstance(old, tuple):
            value = tuple(v.strip() for v in str(value).split(",") if v.strip())
        else:
            value = str(value).strip() if field != "text" else str(value)
        if value == old:
            return False
        return commands.edit(self.view_parent(), self.stack,
                             commands.UpdateRecord(self.ev, self.kind, record.id, **{field: value}))

    # -- refresh by change set ---------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.ALL:  # anything may have changed (a merge)
            self.reload()
            return
        if change.kind != self.kind:
            return
        fresh = {r.id: r for r in self.fetch()}
        known = {r.id for r in self.rows}
        if set(fresh) == known:  # same rows: repaint the changed ones
            for rid in change.ids:
                i = self.row_of(rid)
                if i >= 0:
                    self.rows[i] = fresh[rid]
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        else:
            self.reload()
