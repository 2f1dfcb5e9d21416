# SPDX-License-Identifier: MIT
"""The main window of one open evaluation: composes the panels, the docks and the actions.

Each view lives in its own module (question panel, evidence, registers, findings, search,
chart, presentation); this class only wires them together. The features that work on the file
as a whole (FEATURES: comparison, team work, exports, upgrade and backups) are installed from a
list through a small `Host` (gui/base/host.py) and never see this class. One QUndoStack per
window. Every edit is already on disk when it returns, so the title never shows an "unsaved" mark.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from kompassapp import __version__
from kompassapp.evaluation import Change, ChangeKind, Evaluation
from kompassapp.references import Reference
from kompassapp.gui.answering.question_panel import QuestionPanel
from kompassapp.gui.answering.question_tree import QuestionTree
from kompassapp.gui.answering.search import SearchPanel
from kompassapp.gui.archive import room as archive
from kompassapp.gui.base import commands
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.base.comparison import Comparison
from kompassapp.gui.base.host import Host, WindowCalls
from kompassapp.gui.report import analysis
from kompassapp.gui.base.scores import Scores
from kompassapp.gui.base.settings import Settings
from kompassapp.gui.files import compare_menu, file_actions
from kompassapp.gui.privacy import actions as privacy
from kompassapp.gui import prepare
from kompassapp.gui.forms.ui_main_window import Ui_MainWindow
from kompassapp.gui.interviews.evidence import EvidencePanel
from kompassapp.gui.interviews.registers import DocumentsPanel, SessionsPanel
from kompassapp.gui.report import export_menu
from kompassapp.gui.report.findings import FindingsPanel
from kompassapp.gui.shell import interview, jumps
from kompassapp.gui.shell.dialogs import InfoDialog, SettingsDialog
from kompassapp.gui.team import team

if TYPE_CHECKING:
    from kompassapp.gui.chart.presentation import PresentationView
    from kompassapp.gui.chart.profile_panel import ProfilePanel
    from kompassapp.gui.shell.app import Windows
    from kompassapp.gui.team.team import Team


CHART_DELAY_MS = 30
MAXIMIZE_UP_TO = 1440  # px of available screen width: a first start fills such a screen
# Installed in this order; each puts its menu entries on its own named place in ui/main_window.ui.
FEATURES = (("compare", compare_menu.install), ("team", team.install), ("exports", export_menu.install),
            ("file_tools", file_actions.install), ("privacy", privacy.install), ("prepare", prepare.install), ("archive", archive.install))


class MainWindow(QMainWindow):
    def __init__(self, ev: Evaluation, settings: Settings, controller: Windows | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.settings, self.controller = ev, settings, controller
        ev.author = settings.auditor_name
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bridge = Bridge(ev, self)
        self.scores = Scores(ev, self.bridge, self)
        self.stack = QUndoStack(self)
        self.comparison_state = Comparison(self)  # the chart's, the presentation's and the exports' overlay
        self.comparison_state.changed.connect(self._comparison_changed)
        self.presentation: PresentationView | None = None
        self.question_id: str | None = None

        self._build_undo_actions()
        self._build_tree()
        self._build_pages()
        self._build_docks()
        self._build_status()
        self._connect_actions()
        self.host = Host(self, ev, self.bridge, self.scores, self.stack, settings, self.comparison_state,
                         self.ui.pages, WindowCalls(self.flush_edits, self.show_question, self._beside_answer,
                                                    self._reopen, lambda kind, rid: jumps.show_record(self, kind, rid)))
        self.features = {name: install(self.host) for name, install in FEATURES}
        # the Analys page beside Iakttagelser; Samsyn lists texts with differing versions (gui/report/analysis.py)
        self.analysis_panel = analysis.install(self, self.features["team"].consensus)
        self._restore_layout()
        self.bridge.changed.connect(self._on_change)
        self.scores.profileChanged.connect(lambda _: self._update_progress())
        self._update_title()
        self._update_progress()
        self.select_question(self.tree.first_unanswered() or self.tree.ids[0])
        self.tree.setFocus()

    # -- building -----------------------------------------------------------------------
    def _build_undo_actions(self) -> None:
        self.undo_action = self.stack.createUndoAction(self, self.tr("Ångra"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setToolTip(self.tr("Ångra den senaste ändringen (Ctrl+Z)"))
        self.redo_action = self.stack.createRedoAction(self, self.tr("Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(self.tr("Gör om det som ångrades (Ctrl+Shift+Z)"))
        menu = self.ui.menuEdit
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.undo_action, self.redo_action])
        menu.insertSeparator(first)

    def _build_tree(self) -> None:
        self.tree = QuestionTree(self.scores, accept=lambda q: self.question_panel.show_question(q))
        self.tree_model = self.tree.model_
        self.tree.questionSelected.connect(self._question_selected)

    def _build_pages(self) -> None:
        ev, stack = self.ev, self.stack
        self.question_panel = QuestionPanel(ev, self.scores, stack)
        self.findings_panel = FindingsPanel(ev, self.bridge, self.scores, stack)
        self.sessions_panel = SessionsPanel(ev, self.bridge, stack)
        self.documents_panel = DocumentsPanel(ev, self.bridge, stack)
        pages = self.ui.pages
        pages.addTab(self.question_panel, self.tr("Fråga"))
        pages.addTab(self.findings_panel, self.tr("Iakttagelser"))
        pages.addTab(self.sessions_panel, self.tr("Intervjuer"))
        pages.addTab(self.documents_panel, self.tr("Dokument"))
        self.setCentralWidget(pages)
        self.question_panel.install_answer_keys([self.tree], self.ui.actionNotApplicable)
        self.tree.areaSelected.connect(self.findings_panel.set_area)
        self.question_panel.answered.connect(self._answered)
        self.findings_panel.areaChanged.connect(self._findings_area_changed)
        self.sessions_panel.startRequested.connect(self.start_session)
        self.sessions_panel.endRequested.connect(self.end_session)
        self.sessions_panel.jumpToNote.connect(lambda note_id: jumps.jump_to_note(self, note_id))
        self.documents_panel.jumpToNote.connect(lambda note_id: jumps.jump_to_note(self, note_id))

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        toggle = dock.toggleViewAction()
        toggle.setToolTip(self.tr("Visa eller dölj panelen %1").replace("%1", title))
        self.ui.menuView.addAction(toggle)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.tree_dock = self._dock(self.tree.with_filter_bar(), self.tr("Frågor"), "treeDock", left)
        self.search_panel = SearchPanel(self.ev, self.bridge)
        self.search_dock = self._dock(self.search_panel, self.tr("Sök"), "searchDock", left)
        self.search_dock.hide()
        self.search_panel.activated.connect(lambda hit: jumps.jump(self, hit))
        self.tree.filterChanged.connect(self.search_panel.set_filter)  # the search follows the tree's filter
        # The chart (pyqtgraph and numpy: most of the start-up time) is built just after the
        # window's first paint, so the auditor sees the questions at once; see profile_panel.
        self._profile_panel: ProfilePanel | None = None
        self.chart_host = QWidget()
        self.chart_host.setLayout(QVBoxLayout())
        self.chart_host.layout().setContentsMargins(0, 0, 0, 0)
        self.chart_dock = self._dock(self.chart_host, self.tr("Profil"), "chartDock", right)
        self.evidence = EvidencePanel(self.ev, self.bridge, self.stack)
        self.evidence_dock = self._dock(self.evidence, self.tr("Anteckningar"), "evidenceDock", right)
        self.splitDockWidget(self.chart_dock, self.evidence_dock, Qt.Orientation.Vertical)
        self._docks_sized = False
        self.setTabOrder(self.tree, self.question_panel)
        self.setTabOrder(self.question_panel.ui.commentEdit, self.question_panel.ui.statusCombo)
        self.setTabOrder(self.question_panel.ui.statusCombo, self.evidence.ui.noteEdit)
        self.setTabOrder(self.evidence.ui.noteEdit, self.evidence.ui.alsoEdit)

    def _build_status(self) -> None:
        self.session_status = QLabel()
        self.progress_status = QLabel()
        self.author_status = QLabel()
        for w in (self.session_status, self.progress_status, self.author_status):
            w.setTextFormat(Qt.TextFormat.PlainText)  # names from the file and the settings, never markup
            self.statusBar().addPermanentWidget(w)
        self._update_session_status()
        self._update_author_status()

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionPrevious.triggered.connect(lambda: self.go(-1))
        ui.actionNext.triggered.connect(lambda: self.go(1))
        ui.actionNextUnanswered.triggered.connect(self.next_unanswered)
        qp = self.question_panel.ui
        qp.previousButton.clicked.connect(ui.actionPrevious.trigger)
        qp.nextButton.clicked.connect(ui.actionNext.trigger)
        qp.nextUnansweredButton.clicked.connect(ui.actionNextUnanswered.trigger)
        ui.actionClearAnswer.triggered.connect(lambda: self.question_panel.choose(None))
        ui.actionMarkDone.triggered.connect(self.question_panel.toggle_done)
        ui.actionAutoAdvance.setChecked(self.settings.auto_advance)
        ui.actionAutoAdvance.toggled.connect(lambda on: setattr(self.settings, "auto_advance", on))
        ui.actionFocusComment.triggered.connect(self.focus_comment)
        ui.actionFocusNote.triggered.connect(self.focus_note)
        ui.actionFind.triggered.connect(self.show_search)
        ui.actionPresentation.triggered.connect(self.toggle_presentation)
        ui.actionFullScreen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        ui.actionShowQuestion.triggered.connect(lambda: self.show_page(self.question_panel))
        ui.actionShowFindings.triggered.connect(lambda: self.show_page(self.findings_panel))
        ui.actionShowSessions.triggered.connect(lambda: self.show_page(self.sessions_panel))
        ui.actionShowDocuments.triggered.connect(lambda: self.show_page(self.documents_panel))
        ui.actionStartSession.triggered.connect(self._start_selected_session)
        ui.actionEndSession.triggered.connect(self.end_session)
        ui.actionEditInfo.triggered.connect(self.edit_info)
        ui.actionSettings.triggered.connect(self.edit_settings)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionClose.triggered.connect(self.close)
        ui.actionQuit.triggered.connect(QCoreApplication.quit if self.controller is None else self.controller.quit)
        ui.actionNew.triggered.connect(lambda: self.controller and self.controller.new_evaluation(self))
        ui.actionOpen.triggered.connect(lambda: self.controller and self.controller.choose_and_open(self))
        ui.actionOpenDemo.triggered.connect(lambda: self.controller and self.controller.open_demo(self))
        ui.menuRecent.aboutToShow.connect(lambda: self.controller and self.controller.fill_recent(ui.menuRecent, self))
        for action in (ui.actionNew, ui.actionOpen, ui.actionOpenDemo):
            action.setEnabled(self.controller is not None)

    @property
    def profile_panel(self) -> ProfilePanel:
        """The chart dock's content, built on first use (at the latest just after the first paint)."""
        if self._profile_panel is None:
            from kompassapp.gui.chart.profile_panel import ProfilePanel

            self._profile_panel = ProfilePanel(self.ev, self.scores)
            self.chart_host.layout().addWidget(self._profile_panel)
            self._profile_panel.set_comparison(self.comparison)
            self.host.chart = self._profile_panel
            self.host.chartBuilt.emit(self._profile_panel)  # e.g. the team's profiles and overlay
        return self._profile_panel

    def _build_chart(self) -> None:
        if self.isVisible():  # not when the window was closed in the meantime
            self.profile_panel  # noqa: B018 (builds it)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._profile_panel is None:  # after the first frame is on screen
            QTimer.singleShot(CHART_DELAY_MS, self, self._build_chart)
        if not self._docks_sized and self.settings.window_state.isEmpty():
            # first start: share the width between tree, question and chart by proportion
            w, h = self.width(), self.height()
            self.resizeDocks([self.tree_dock, self.chart_dock], [int(w * 0.27), int(w * 0.31)],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.chart_dock, self.evidence_dock], [int(h * 0.5), int(h * 0.45)],
                             Qt.Orientation.Vertical)
        self._docks_sized = True

    # -- layout memory ------------------------------------------------------------------
    def show_sized(self) -> None:
        """Show the window: maximized on a first start on a laptop-sized screen, else as saved, on the screen."""
        screen = self.screen()
        self._fit_to_screen()  # also the size it returns to from maximized
        if self.settings.geometry.isEmpty() and screen and screen.availableGeometry().width() <= MAXIMIZE_UP_TO:
            self.showMaximized()
        else:
            self.show()

    def _fit_to_screen(self) -> None:
        """A size saved on a big monitor, opened on the laptop: cut to the available screen and moved onto it."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        avail = screen.availableGeometry()
        width, height = min(self.width(), avail.width()), min(self.height(), avail.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), avail.left()), avail.left() + avail.width() - width)
        y = min(max(self.y(), avail.top()), avail.top() + avail.height() - height)
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    def _restore_layout(self) -> None:
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1366, 768)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        draft = self.settings.q.value(self._draft_key(), "")
        if draft:
            self.evidence.ui.noteEdit.setPlainText(str(draft))

    def _draft_key(self) -> str:
        return "drafts/" + hashlib.sha1(str(self.ev.path.resolve()).encode()).hexdigest()[:16]

    def save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()

    # -- navigation ---------------------------------------------------------------------
    def select_question(self, question_id: str) -> None:
        self.tree.select_question(question_id)

    def go(self, step: int) -> None:
        self.tree.go(step)

    def next_unanswered(self) -> None:
        q = self.tree.first_unanswered(self.question_id)
        if q is None:
            self.statusBar().showMessage(self.tr("Alla frågor är besvarade."), 5000)
        else:
            self.select_question(q)

    def show_question(self, question_id: str) -> None:
        self.show_page(self.question_panel)
        self.select_question(question_id)

    def _question_selected(self, question_id: str) -> None:
        self.question_id = self.host.question_id = question_id
        self.evidence.show_question(question_id)
        self.host.questionSelected.emit(question_id)

    def _beside_answer(self, widget: QWidget) -> None:
        layout = self.question_panel.ui.layout
        layout.insertWidget(layout.indexOf(self.question_panel.ui.answerBox) + 1, widget)

    def _reopen(self, between) -> Host | None:
        from kompassapp.gui.shell.reopen import reopen

        new = reopen(self, between)
        return new.host if new is not None else None

    def flush_edits(self) -> bool:
        """Store the comment being typed (it waits on a short timer); False when the file refused it.

        Every action that reads, copies or replaces the file as a whole calls this first, through
        the host: backups, exports, copies, merging, upgrading, the presentation and closing.
        """
        return self.question_panel.flush_comment()

    def _answered(self, _question_id: str) -> None:
        if self.ui.actionAutoAdvance.isChecked():
            self.go(1)

    def show_page(self, page: QWidget) -> None:
        self.ui.pages.setCurrentWidget(page)

    def _findings_area_changed(self, area_id: str) -> None:
        self.ui.pages.setTabText(self.ui.pages.indexOf(self.findings_panel),
                                 self.tr("Iakttagelser område %1").replace("%1", area_id))

    def focus_comment(self) -> None:
        self.show_page(self.question_panel)
        self.question_panel.ui.commentEdit.setFocus()

    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus()

    def focus_note(self) -> None:
        self.evidence_dock.show()
        self.evidence_dock.raise_()
        self.evidence.ui.noteEdit.setFocus()

    # -- sessions -----------------------------------------------------------------------
    def _start_selected_session(self) -> None:
        sid = self.sessions_panel.current_session()
        if sid is None:
            self.show_page(self.sessions_panel)
            self.statusBar().showMessage(self.tr("Markera först en intervju i registret."), 5000)
            return
        self.start_session(sid)

    def start_session(self, session_id: str) -> None:
        self.evidence.start_session(session_id)
        self._update_session_status()

    def end_session(self) -> None:
        """The interview is over: notes stop going to it, and its end time is stored if it has none."""
        sid = self.evidence.session_id
        if sid is not None:
            interview.store_end_time(self, self.ev, self.stack, sid)
        self.evidence.end_session()
        self._update_session_status()

    # -- the comparison (held in comparison_state; these are for the shell and the tests) ----------
    @property
    def team(self) -> Team:
        return self.features["team"]

    @property
    def compare_menu(self) -> compare_menu.CompareMenu:
        return self.features["compare"]

    @property
    def comparison(self) -> Reference | None:
        return self.comparison_state.reference

    @property
    def comparison_source(self) -> str | Path | None:
        return self.comparison_state.source

    def compare_with(self, spec: str | Path) -> Reference | None:
        """Overlay another .kompass file, a reference file or a shipped reference id; refused: a dialog."""
        return self.compare_menu.compare_with(spec)

    def set_comparison(self, comparison: Reference | None, source: str | Path | None = None) -> None:
        self.comparison_state.set(comparison, source)

    def _comparison_changed(self, comparison: Reference | None) -> None:
        self.profile_panel.set_comparison(comparison)
        if self.presentation:
            self.presentation.set_comparison(comparison)

    def toggle_presentation(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
            return
        self.flush_edits()
        from kompassapp.gui.chart.presentation import PresentationView

        pv = PresentationView(self.ev, self.bridge, self.scores, self.settings.presentation_theme, self.comparison)
        pv.closed.connect(self._presentation_closed)
        pv.themeChanged.connect(lambda theme: setattr(self.settings, "presentation_theme", theme))
        self.presentation = pv
        if self.screen():
            pv.setScreen(self.screen())
            pv.setGeometry(self.screen().geometry())
        pv.showFullScreen()
        pv.activateWindow()

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.activateWindow()

    # -- details, settings, about -------------------------------------------------------
    def edit_info(self) -> None:
        dlg = InfoDialog(self.ev, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.changes():
            commands.edit(self, self.stack, commands.UpdateInfo(self.ev, **dlg.changes()))

    def edit_settings(self) -> None:
        if SettingsDialog(self.settings, self).exec() == QDialog.DialogCode.Accepted:
            for w in (self.controller.windows if self.controller else [self]):
                w.ev.author = self.settings.auditor_name
                w._update_author_status()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Om Kompassapp"), self.tr(
            "<h3>Kompassapp %1</h3><p>Ett verktyg för utvärderingar enligt Kommunkompassen, "
            "för utvärderare på plats i kommunen. Fungerar helt utan nätverk; allt sparas direkt i "
            "utvärderingsfilen.</p>").replace("%1", __version__))

    # -- reacting to the file -----------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.INFO, ChangeKind.ALL):
            self._update_title()
            self.profile_panel.set_comparison(self.comparison)  # the legend names the municipality
        if change.kind in (ChangeKind.SESSION, ChangeKind.PARTICIPANT, ChangeKind.ALL):
            self._update_session_status()

    def _update_title(self) -> None:
        info = self.ev.info
        self.setWindowTitle(f"{info.municipality} {info.year} – {self.ev.path.name} – Kompassapp")
        self.setWindowFilePath(str(self.ev.path))

    def _update_progress(self) -> None:
        t = self.scores.profile.tally
        self.progress_status.setText(self.tr("Besvarade %1 av %2 frågor").replace("%1", str(t.answered + t.na))
                                     .replace("%2", str(t.applicable + t.na)))

    def _update_session_status(self) -> None:
        sid = self.evidence.session_id  # None also when the running session was deleted or undone
        self.ui.actionEndSession.setEnabled(sid is not None)
        self.sessions_panel.ui.endSessionButton.setEnabled(sid is not None)
        if sid is None:
            self.session_status.setText(self.tr("Ingen intervju pågår"))
        else:
            self.session_status.setText(self.tr("Intervju: %1").replace("%1", self.ev.get("session", sid).group_name))

    def _update_author_status(self) -> None:
        name = self.settings.auditor_name
        self.author_status.setText(self.tr("Utvärderare: %1").replace("%1", name) if name
                                   else self.tr("Ange ditt namn under Inställningar"))

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.flush_edits():  # the disk went away: keep the window and the text
            event.ignore()
            return
        if self.evidence.session_id is not None and not interview.close_running(self, self.ev, self.stack,
                                                                                   self.evidence.session_id):
            event.ignore()  # the auditor went back to the interview
            return
        draft = self.evidence.ui.noteEdit.toPlainText()
        if draft.strip():
            self.settings.q.setValue(self._draft_key(), draft)
        else:
            self.settings.q.remove(self._draft_key())
        self.save_layout()
        if self.presentation:
            self.presentation.close()
        self.bridge.detach()
        self.ev.close()
        if self.controller:
            self.controller.forget(self)
        super().closeEvent(event)
