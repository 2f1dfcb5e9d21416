# SPDX-License-Identifier: MIT
"""The selected question: text, guidance, answer options as large buttons, comment and status.

The option buttons wrap into rows (as many columns as fit, rows balanced) instead of widening
the window: six long options on a 1366 px laptop screen take two rows, not 1500 px.

Keys 1…n choose an option and 0 or N answer "ej tillämplig" (where the question allows it)
while the focus is on this panel or on the question tree; in a text field the keys type as
usual. The comment is stored while typing (after a short pause, on leaving the field and on
changing question) as one undo step per question.
In a merged team file the panel edits this copy's auditor's own answer; the team's answers and the
agreed one are shown beside it (gui/team.py).

Under the buttons (bank format /2, issue 12): what earns each option (the chosen one highlighted),
whom to ask, what to request, the law behind the question and when N/A is fair. A /1 bank has
none of it and the area stays empty. All of it is file text, shown as plain text (rubric.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QPushButton, QSizePolicy, QWidget

from kompassapp.evaluation import STATUSES, Evaluation
from kompassapp.scoring import NA
from kompassapp.gui.base import commands
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.forms.ui_question_panel import Ui_QuestionPanel
from kompassapp.gui.base.i18n import score_text
from kompassapp.gui.base.plaintext import esc, show_plain, tooltip
from kompassapp.gui.answering.rubric import Rubric
from kompassapp.gui.base.scores import Scores

COMMENT_PAUSE_MS = 600
MAX_OPTION_KEYS = 9
BUTTON_HEIGHT, BUTTON_HEIGHT_MANY_ROWS = 48, 36  # px


class QuestionPanel(QWidget):
    answered = Signal(str)  # question id, after the user chose an option or N/A

    def __init__(self, ev: Evaluation, scores: Scores, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.scores, self.stack = ev, scores, stack
        self.ui = Ui_QuestionPanel()
        self.ui.setupUi(self)
        self.question_id: str | None = None
        self._buttons: list[tuple[str, QPushButton]] = []  # (choice key or NA, button)
        self._layout_key: tuple | None = None
        self._columns = 0  # of the answer grid, as last arranged
        self._status_names = {"not_started": self.tr("Ej påbörjad"), "draft": self.tr("Utkast"),
                              "done": self.tr("Klar")}
        for status in STATUSES:
            self.ui.statusCombo.addItem(self._status_names[status], status)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.ui.questionLabel.setFont(big)
        self.ui.guidanceLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.locationLabel.setStyleSheet("color: palette(placeholder-text);")
        # the chosen answer must be obvious at a glance
        self.ui.answerBox.setStyleSheet("QPushButton:checked { background: palette(highlight); "
                                        "color: palette(highlighted-text); font-weight: bold; }")
        self._comment_timer = QTimer(self, singleShot=True, interval=COMMENT_PAUSE_MS)
        self._comment_timer.timeout.connect(self.flush_comment)
        self.ui.commentEdit.textChanged.connect(self._comment_typed)
        self.ui.commentEdit.installEventFilter(self)
        self.ui.answerBox.installEventFilter(self)  # re-wraps the option buttons on resize
        # The descriptors and the comment share the room below the buttons (the comment up to its
        # maximum, 110 px); on a short screen both shrink and scroll, the comment keeping 3 lines.
        # Ignored: neither one's own size hint (or scroll bar minimum) can make the window taller.
        comment = self.ui.commentEdit
        comment.setMinimumHeight(comment.fontMetrics().lineSpacing() * 3 + 12)
        for widget, stretch in ((self.ui.rubricArea, 2), (comment, 1)):
            widget.setSizePolicy(widget.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
            self.ui.layout.setStretchFactor(widget, stretch)
        self.ui.rubricArea.setMinimumHeight(1)
        self.rubric = Rubric(self.ui.levelsBox, self.ui.levelsLayout, self.ui.contextLabel)
        self.ui.statusCombo.activated.connect(self._status_chosen)
        scores.answerChanged.connect(self._on_answer)
        self.setEnabled(False)

    # -- keyboard answering -----------------------------------------------------------
    def install_answer_keys(self, widgets: list[QWidget], na_action: QAction) -> list[QAction]:
        """Keys 1…9 (options) and 0/N (N/A) on this panel and the given widgets (the tree)."""
        actions = []
        for i in range(1, MAX_OPTION_KEYS + 1):
            a = QAction(self.tr("Svar %1").replace("%1", str(i)), self)
            a.setShortcut(QKeySequence(str(i)))
            a.triggered.connect(lambda _=False, n=i - 1: self.choose_index(n))
            actions.append(a)
        na_action.setShortcuts([QKeySequence("0"), QKeySequence("N")])
        na_action.triggered.connect(lambda: self.choose(NA))
        for a in (*actions, na_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for w in (self, *widgets):
                w.addAction(a)
        return actions

    def choose_index(self, n: int) -> None:
        options = [key for key, _ in self._buttons if key != NA]
        if 0 <= n < len(options):
            self.choose(options[n])

    def choose(self, key: str | None) -> None:
        q = self.question_id
        if q is None:
            return
        if key == NA and not self.ev.bank.questions[q].na_allowed:
            self._refuse_na()
            return
        if self.scores.own_answer(q).choice == key:
            self._sync_buttons()
            return
        self.flush_comment()
        if commands.edit(self, self.stack, commands.SetAnswer(self.ev, q, choice=key)):
            self.answered.emit(q)

    def _refuse_na(self) -> None:
        """0/N on a question that must be answered: say so instead of doing nothing."""
        message = self.tr("Ej tillämplig är inte tillåten för fråga %1: den ska besvaras.").replace(
            "%1", self.question_id or "")
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)
        self.rubric.flash_na()

    def toggle_done(self) -> None:
        q = self.question_id
        if q is None:
            return
        status = "draft" if self.scores.own_answer(q).status == "done" else "done"
        commands.edit(self, self.stack, commands.SetAnswer(self.ev, q, status=status))

    # -- showing a question -----------------------------------------------------------
    def show_question(self, question_id: str) -> bool:
        """Show a question; False if the current comment could not be stored (we stay)."""
        if question_id == self.question_id:
            return True
        if not self.flush_comment():
            return False
        self.question_id = question_id
        bank = display_bank(self.ev)
        q = bank.questions[question_id]
        area = bank.area_of[question_id]
        sub = next(s for s in area.subareas if q in s.questions)
        show_plain(self.ui.locationLabel, f"{area.id} {area.title}  ›  {sub.id} {sub.title}")
        self.ui.questionLabel.setText(f"<b>{esc(q.id)}</b>&nbsp; {esc(q.text)}")
        points = self.tr("%1 poäng").replace("%1", score_text(q.points))
        guidance = esc(q.guidance) if q.guidance else self.tr("Ingen vägledning.")
        self.ui.guidanceLabel.setText(f"{guidance}<br><i>{points}</i>")
        self._build_buttons(q.scale, q.na_allowed)
        self.rubric.show(bank, q)
        self._describe_buttons(q)
        self._sync_buttons()
        self._sync_comment(force=True)
        self.setEnabled(True)
        return True

    def _build_buttons(self, scale_key: str, na_allowed: bool) -> None:
        if self._layout_key == (scale_key, na_allowed):
            return
        self._layout_key = (scale_key, na_allowed)
        layout = self.ui.answerLayout
        for _, b in self._buttons:
            layout.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        options = display_bank(self.ev).scales[scale_key].options
        entries = [(o.key, f"{i}   {o.label}") for i, o in enumerate(options[:MAX_OPTION_KEYS], start=1)]
        if na_allowed:
            entries.append((NA, self.tr("0   Ej tillämplig")))
        for key, text in entries:
            b = QPushButton(text, self.ui.answerBox)
            b.setCheckable(True)
            b.setFont(font)
            # Ignored: a long label never widens the window; _arrange wraps the buttons instead
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setToolTip(self.tr("Välj detta svar (tangent %1)").replace("%1", text.split()[0]) + "\n" + text)
            b.clicked.connect(lambda _=False, k=key: self.choose(k))
            self._buttons.append((key, b))
        self._columns = 0
        self._arrange()

    def _describe_buttons(self, q) -> None:
        """Each button's tooltip also carries its descriptor (the text under the buttons is the main place)."""
        for key, b in self._buttons:
            number = b.text().split()[0]
            tip = self.tr("Välj detta svar (tangent %1)").replace("%1", number) + "\n" + b.text()
            described = q.levels.get(key) if key != NA else q.na_when
            b.setToolTip(tooltip(tip + ("\n\n" + described if described else "")))

    def _arrange(self) -> None:
        """As many buttons per row as fit at their natural width, the rows balanced (6 → 3 + 3)."""
        if not self._buttons:
            return
        layout = self.ui.answerLayout
        spacing = max(layout.horizontalSpacing(), 0)
        need = max(b.sizeHint().width() for _, b in self._buttons)
        n = len(self._buttons)
        fit = max(1, min(n, (self.ui.answerBox.width() + spacing) // (need + spacing)))
        columns = math.ceil(n / math.ceil(n / fit))
        if columns == self._columns:
            return
        self._columns = columns
        rows = math.ceil(n / columns)
        height = BUTTON_HEIGHT if rows <= 2 else BUTTON_HEIGHT_MANY_ROWS  # long labels in one column: still fits 768 px
        for _, b in self._buttons:
            layout.removeWidget(b)
        for i, (_, b) in enumerate(self._buttons):
            b.setMinimumHeight(height)
            layout.addWidget(b, i // columns, i % columns)
        for c in range(max(layout.columnCount(), columns)):
            layout.setColumnStretch(c, 1 if c < columns else 0)

    def answer_rows(self) -> int:
        """How many rows the option buttons take (for tests and screenshots)."""
        return math.ceil(len(self._buttons) / self._columns) if self._columns else 0

    def _sync_buttons(self) -> None:
        if self.question_id is None:
            return
        a = self.scores.own_answer(self.question_id)
        for key, b in self._buttons:
            b.setChecked(key == a.choice)
        self.rubric.mark(a.choice)
        i = self.ui.statusCombo.findData(a.status)
        self.ui.statusCombo.setCurrentIndex(i)

    def _sync_comment(self, force: bool = False) -> None:
        if self.question_id is None:
            return
        stored = self.scores.own_answer(self.question_id).comment
        edit = self.ui.commentEdit
        if edit.toPlainText() == stored:
            return
        if not force and (self._comment_timer.isActive() or edit.hasFocus()):
            return  # the user is typing: their text wins and will be stored
        edit.blockSignals(True)
        edit.setPlainText(stored)
        edit.blockSignals(False)

    def _on_answer(self, question_id: str) -> None:
        if question_id == self.question_id:
            self._sync_buttons()
            self._sync_comment(force=not self.ui.commentEdit.hasFocus())

    # -- comment and status -----------------------------------------------------------
    def _comment_typed(self) -> None:
        self._comment_timer.start()

    def flush_comment(self) -> bool:
        """Store the comment now if it differs from the file (pause, focus out, question change).

        False when it could not be stored: the text then stays in the field (and the panel stays
        on this question) so nothing typed is lost.
        """
        self._comment_timer.stop()
        q = self.question_id
        if q is None:
            return True
        text = self.ui.commentEdit.toPlainText()
        if text != self.scores.own_answer(q).comment:
            return commands.edit(self, self.stack, commands.SetAnswer(self.ev, q, comment=text))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.commentEdit and event.type() == QEvent.Type.FocusOut:
            self.flush_comment()
        elif watched is self.ui.answerBox and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def _status_chosen(self, index: int) -> None:
        q = self.question_id
        status = self.ui.statusCombo.itemData(index)
        if q is not None and status != self.scores.own_answer(q).status:
            if not commands.edit(self, self.stack, commands.SetAnswer(self.ev, q, status=status)):
                self._sync_buttons()

    def option_buttons(self) -> list[tuple[str, QPushButton]]:
        return list(self._buttons)
