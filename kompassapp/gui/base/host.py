# SPDX-License-Identifier: MIT
"""What a feature installed into an evaluation's window may use of it, and nothing else.

A feature (team work, the comparison menu, exports, backups, bank upgrades) is a module with
`install(host) -> object`; the window builds one `Host` and installs its features from a list.
Features never import the window (an import-linter contract in pyproject.toml checks it): they
get the open evaluation and its change bridge, the answer cache, the undo stack, the settings and
the comparison from here, put their menu entries on named places of ui/main_window.ui
(invisible actions `place…`), and ask the window to select a question, show a page, store what
is being typed (`flush_edits`), show a status message or a record, or open the file anew (`reopen`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QTabWidget, QToolBar, QToolButton, QWidget

from kompassapp.evaluation import Evaluation
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.base.comparison import Comparison
from kompassapp.gui.base.scores import Scores
from kompassapp.gui.base.settings import Settings

STATUS_MS = 10000


@dataclass(frozen=True)
class WindowCalls:
    """What the window does on a feature's behalf."""

    flush_edits: Callable[[], bool]  # store the comment being typed; False: the file refused it
    select_question: Callable[[str], None]
    beside_answer: Callable[[QWidget], None]  # a widget under the question's answer options
    reopen: Callable[[Callable[[], object] | None], Host | None]  # close, run, open anew: the new window's host
    show_record: Callable[[str, str], None]  # a finding, session, participant or document (kind, id) on its page


class Host(QObject):
    """One window's offer to its features (see the module docstring)."""

    questionSelected = Signal(str)  # the question shown in the window changed
    chartBuilt = Signal(object)  # the chart panel, built just after the window's first paint

    def __init__(self, window: QMainWindow, ev: Evaluation, bridge: Bridge, scores: Scores, stack: QUndoStack,
                 settings: Settings, comparison: Comparison, pages: QTabWidget, calls: WindowCalls):
        super().__init__(window)
        self.widget = window  # the parent of the features' dialogs and actions
        self.ev, self.bridge, self.scores, self.stack = ev, bridge, scores, stack
        self.settings, self.comparison, self.pages = settings, comparison, pages
        self._calls = calls
        self.question_id: str | None = None
        self.chart: QWidget | None = None  # the chart panel once built (then chartBuilt has been emitted)

    # -- the window's doings ------------------------------------------------------------
    def flush_edits(self) -> bool:
        """Store what is being typed before a whole-file action reads or copies the file."""
        return self._calls.flush_edits()

    def select_question(self, question_id: str) -> None:
        self._calls.select_question(question_id)

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def show_record(self, kind: str, record_id: str) -> None:
        self._calls.show_record(kind, record_id)

    def beside_answer(self, widget: QWidget) -> None:
        self._calls.beside_answer(widget)

    def reopen(self, between: Callable[[], object] | None = None) -> Host | None:
        """Close the window (and the file), run `between`, open the file anew; None if it did not close or open."""
        return self._calls.reopen(between)

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        self.status_bar().showMessage(text, ms)

    def status_bar(self) -> QStatusBar:
        return self.widget.statusBar()

    # -- menus --------------------------------------------------------------------------
    def action(self, name: str) -> QAction:
        """An action of ui/main_window.ui by its objectName."""
        found = self.widget.findChild(QAction, name)
        if found is None:
            raise LookupError(f"no action {name} in the main window")
        return found

    def place(self, name: str) -> tuple[QMenu, QAction]:
        """The menu holding the placeholder action `name` (e.g. "placeTeam"), and the placeholder."""
        anchor = self.action(name)
        for menu in self.widget.menuBar().findChildren(QMenu):
            if anchor in menu.actions():
                return menu, anchor
        raise LookupError(f"placeholder {name} is in no menu")

    def insert(self, place: str, entries: list[QAction | QMenu | None]) -> None:
        """Menu entries just before a named place, in order; None is a separator."""
        menu, anchor = self.place(place)
        for entry in entries:
            if entry is None:
                menu.insertSeparator(anchor)
            elif isinstance(entry, QMenu):
                menu.insertMenu(anchor, entry)
            else:
                menu.insertAction(anchor, entry)

    def add_shortcut(self, action: QAction) -> None:
        """The action's shortcut works anywhere in the window, also while its menu or toolbar is hidden."""
        self.widget.addAction(action)

    def tool_button(self, action: QAction) -> QToolButton | None:
        for toolbar in self.widget.findChildren(QToolBar):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                return button
        return None
