# SPDX-License-Identifier: MIT
"""The consensus view ("Samsyn", Ctrl+5): the questions the auditors answered differently, side by side.

After team copies are merged, a question whose auditors chose different options counts as open
until the lead sets the team's answer. This page lists those questions, the one that could move
its area's score the most first; for the selected question each auditor's answer, comment and
notes stand side by side, and the lead picks one auditor's answer or another option (keys 1, 2,
3 …; 0 or N for "ej tillämplig"), optionally writes why, and confirms with Enter. That is one
undo step (`commands.SetConsensus`); the question then moves to the "decided" section, where
the decision can be changed or withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHeaderView, QLabel, QPushButton, QSizePolicy, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from kompassapp.bank.model import Bank
from kompassapp.evaluation import Answer, Evaluation, Note
from kompassapp.scoring import NA, area_move
from kompassapp.gui.base import commands
from kompassapp.gui.interviews.evidence import describe_source
from kompassapp.gui.forms.ui_consensus_panel import Ui_ConsensusPanel
from kompassapp.gui.base.i18n import score_text, time_text
from kompassapp.gui.base.plaintext import esc as _esc
from kompassapp.gui.base.scores import Scores

QID_ROLE = Qt.ItemDataRole.UserRole + 60
MAX_OPTION_KEYS = 9
# One colour per auditor, in the order of their names: the same in the cards and the chart's overlay.
# No red first: red marks a disagreement in the tree, and blue is the team's profile.
AUDITOR_COLOURS = ((0, 140, 150), (215, 120, 0), (130, 70, 180), (40, 140, 60), (150, 90, 50), (210, 70, 150),
                   (200, 60, 60), (90, 90, 90))

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def auditor_colour(auditors: list[str], name: str) -> tuple[int, int, int]:
    i = auditors.index(name) if name in auditors else len(auditors)
    return AUDITOR_COLOURS[i % len(AUDITOR_COLOURS)]


def choice_label(bank: Bank, question_id: str, choice: str | None) -> str:
    if choice is None:
        return ""
    if choice == NA:
        return translate("Consensus", "Ej tillämplig")
    option = bank.scales[bank.questions[question_id].scale].option(choice)
    return option.label if option else choice


@dataclass
class Row:
    question_id: str
    by_auditor: dict[str, Answer]
    move: Fraction
    agreed: Answer | None = None


class ConsensusPanel(QWidget):
    """The page; `rows()` are the open questions, most score at stake first, then the decided ones."""

    countChanged = Signal(int)  # questions still to decide
    jumpToQuestion = Signal(str)  # the lead wants to see the question itself (double click)

    def __init__(self, ev: Evaluation, scores: Scores, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.scores, self.stack = ev, scores, stack
        self.ui = Ui_ConsensusPanel()
        self.ui.setupUi(self)
        self.question_id: str | None = None
        self.open_rows: list[Row] = []
        self.decided_rows: list[Row] = []
        self._stale = True
        self._next: str | None = None  # where to go after deciding the selected question
        ui = self.ui
        self.open_section = QTreeWidgetItem(ui.questionList)
        self.decided_section = QTreeWidgetItem(ui.questionList)
        for section in (self.open_section, self.decided_section):
            section.setFirstColumnSpanned(True)
            f = section.font(0)
            f.setBold(True)
            section.setFont(0, f)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.open_section.setExpanded(True)
        self.decided_section.setExpanded(True)
        header = ui.questionList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the question takes what is left
        ui.questionList.setColumnWidth(1, self.fontMetrics().horizontalAdvance("100,0 p") + 24)
        ui.questionList.setColumnWidth(2, self.fontMetrics().horizontalAdvance("Ja (2) · Delvis (1) · Nej (1)") + 16)
        ui.questionList.currentItemChanged.connect(self._current_changed)
        ui.questionList.itemDoubleClicked.connect(self._double_clicked)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([140, 420])
        big = self.ui.questionLabel.font()
        big.setPointSizeF(big.pointSizeF() * 1.15)
        ui.questionLabel.setFont(big)
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(True)
        self.option_group.idToggled.connect(lambda *_: self._update_buttons())
        self._options: list[tuple[str, QPushButton]] = []
        self._option_key: tuple | None = None
        ui.decideButton.clicked.connect(self.decide)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.commentEdit.returnPressed.connect(self.decide)
        self._install_keys()
        scores.profileChanged.connect(lambda _: self._changed())
        scores.reloaded.connect(self._changed)
        self.refresh()

    # -- keyboard -----------------------------------------------------------------------
    def _install_keys(self) -> None:
        actions = []
        for i in range(1, MAX_OPTION_KEYS + 1):
            a = QAction(self.tr("Gemensamt svar %1").replace("%1", str(i)), self)
            a.setShortcut(QKeySequence(str(i)))
            a.triggered.connect(lambda _=False, n=i - 1: self.pick_index(n))
            actions.append(a)
        na = QAction(self.tr("Gemensamt svar ej tillämplig"), self)
        na.setShortcuts([QKeySequence("0"), QKeySequence("N")])
        na.triggered.connect(lambda: self.pick(NA))
        actions.append(na)
        for key in ("Return", "Enter"):
            a = QAction(self.tr("Fastställ"), self)
            a.setShortcut(QKeySequence(key))
            a.triggered.connect(self.decide)
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.ui.questionList.addAction(a)
        for a in actions:
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)

    # -- the list -------------------------------------------------------------------------
    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self.countChanged.emit(len(self.scores.disputed))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def rows(self) -> tuple[list[Row], list[Row]]:
        """(questions to decide, most at stake first; decided questions, in bank order)."""
        bank, profile = self.ev.bank, self.scores.profile
        order = {q: i for i, q in enumerate(bank.questions)}
        agreed = self.ev.consensus()
        open_rows = []
        for qid in self.scores.disputed:
            by = self.scores.by_auditor.get(qid, {})
            open_rows.append(Row(qid, by, area_move(bank, profile, qid, [a.choice for a in by.values()],
                                                    self.scores.choices.get(qid))))
        open_rows.sort(key=lambda r: (-r.move, order.get(r.question_id, 0)))
        decided = [Row(qid, self.scores.by_auditor.get(qid, {}), Fraction(0), a)
                   for qid, a in sorted(agreed.items(), key=lambda kv: order.get(kv[0], 0))]
        for r in decided:
            r.move = area_move(bank, profile, r.question_id, [a.choice for a in r.by_auditor.values()],
                               self.scores.choices.get(r.question_id))
        return open_rows, decided

    def refresh(self) -> None:
        self._stale = False
        self.open_rows, self.decided_rows = self.rows()
        lst = self.ui.questionList
        keep = self._next or self.question_id
        self._next = None
        lst.blockSignals(True)
        for section, rows in ((self.open_section, self.open_rows), (self.decided_section, self.decided_rows)):
            section.takeChildren()
            for r in rows:
                section.addChild(self._item(r))
        n = len(self.open_rows)
        self.open_section.setText(0, self.tr("Att avgöra (%1)").replace("%1", str(n)))
        self.decided_section.setText(0, self.tr("Avgjorda (%1)").replace("%1", str(len(self.decided_rows))))
        self.decided_section.setHidden(not self.decided_rows)
        lst.blockSignals(False)
        if n == 1:
            summary = self.tr("<b>1 fråga där utvärderarna svarat olika.</b> Den räknas som obesvarad tills "
                              "teamet har fastställt ett gemensamt svar.")
        elif n:
            summary = self.tr("<b>%1 frågor där utvärderarna svarat olika.</b> De räknas som obesvarade tills "
                              "teamet har fastställt ett gemensamt svar. Störst påverkan på områdets poäng "
                              "först.").replace("%1", str(n))
        else:
            summary = self.tr("<b>Inga oavgjorda frågor.</b> Alla frågor där utvärderarna svarat olika har ett "
                              "gemensamt svar.")
        self.ui.summaryLabel.setText(summary)
        self.select(keep if keep and self._item_of(keep) else None)
        self.countChanged.emit(n)

    def _item(self, r: Row) -> QTreeWidgetItem:
        bank = self.ev.bank
        q = bank.questions[r.question_id]
        who_chose: dict[str, list[str]] = {}  # option label → auditors, in the scale's order
        for who, a in sorted(r.by_auditor.items(), key=lambda kv: _option_order(bank, r.question_id, kv[1].choice)):
            who_chose.setdefault(choice_label(bank, r.question_id, a.choice) or "–", []).append(who)
        answers = " · ".join(f"{label} ({len(names)})" for label, names in who_chose.items())
        detail = "\n".join(f"{label}: {', '.join(names)}" for label, names in who_chose.items())
        if r.agreed is not None:
            answers = self.tr("Gemensamt: %1").replace("%1", choice_label(bank, r.question_id, r.agreed.choice)) \
                + " – " + answers
        item = QTreeWidgetItem([f"{q.id}  {q.text}", self.tr("%1 p").replace("%1", score_text(r.move)), answers])
        item.setData(0, QID_ROLE, r.question_id)
        item.setToolTip(0, q.text)
        item.setToolTip(1, self.tr("Så mycket kan område %1:s poäng skilja mellan utvärderarnas svar")
                        .replace("%1", bank.area_of[q.id].id))
        item.setToolTip(2, detail)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _item_of(self, question_id: str) -> QTreeWidgetItem | None:
        for section in (self.open_section, self.decided_section):
            for i in range(section.childCount()):
                if section.child(i).data(0, QID_ROLE) == question_id:
                    return section.child(i)
        return None

    def open_questions(self) -> list[str]:
        """The questions still to decide, in the list's order."""
        if self._stale:
            self.refresh()
        return [r.question_id for r in self.open_rows]

    def decided_questions(self) -> list[str]:
        if self._stale:
            self.refresh()
        return [r.question_id for r in self.decided_rows]

    def select(self, question_id: str | None = None) -> None:
        """Select a question (the first open one when None, or when it is not listed)."""
        item = self._item_of(question_id) if question_id else None
        if item is None and self.open_section.childCount():
            item = self.open_section.child(0)
        if item is None and self.decided_section.childCount():
            item = self.decided_section.child(0)
        if item is None:
            self.ui.questionList.setCurrentItem(None)
            self._show(None)
            return
        self.ui.questionList.setCurrentItem(item)
        self.ui.questionList.scrollToItem(item)
        self._show(item.data(0, QID_ROLE))

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        qid = current.data(0, QID_ROLE) if current is not None else None
        if qid is None and current is not None:  # a section heading: keep the detail as it is
            return
        self._show(qid)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        qid = item.data(0, QID_ROLE)
        if qid:
            self.jumpToQuestion.emit(qid)

    # -- the selected question ------------------------------------------------------------
    def _row(self, question_id: str) -> Row | None:
        return next((r for r in (*self.open_rows, *self.decided_rows) if r.question_id == question_id), None)

    def _show(self, question_id: str | None) -> None:
        self.question_id = question_id
        ui = self.ui
        row = self._row(question_id) if question_id else None
        ui.detailBox.setEnabled(row is not None)
        if row is None:
            ui.questionLabel.setText(self.tr("Välj en fråga i listan."))
            self._fill_cards(None)
            self._build_options(None)
            ui.commentEdit.clear()
            self._update_buttons()
            return
        bank = self.ev.bank
        q = bank.questions[question_id]
        area = bank.area_of[question_id]
        where = self.tr("Område %1 %2 · %3 poäng · områdets poäng kan skilja %4 av %5 mellan utvärderarnas svar") \
            .replace("%1", area.id).replace("%2", area.title).replace("%3", score_text(q.points)) \
            .replace("%4", score_text(row.move)).replace("%5", score_text(area.max))
        state = ""
        if row.agreed is not None:
            state = "<br>" + self.tr("<b>Fastställt gemensamt svar: %1</b> (%2)") \
                .replace("%1", _esc(choice_label(bank, q.id, row.agreed.choice))) \
                .replace("%2", _esc(row.agreed.author or "–") + ", " + _esc(time_text(row.agreed.updated_at)))
        ui.questionLabel.setText(f"<b>{q.id}</b>&nbsp; {_esc(q.text)}<br>"
                                 f"<span style='color: palette(placeholder-text)'>{_esc(where)}</span>{state}")
        self._fill_cards(row)
        self._build_options(row)
        ui.commentEdit.setText(row.agreed.comment if row.agreed else "")
        self._update_buttons()

    def _fill_cards(self, row: Row | None) -> None:
        layout = self.ui.auditorsLayout
        while layout.count():
            card = layout.takeAt(0).widget()
            if card is not None:
                # Hidden at once (deleteLater waits for the event loop) but left with its parent until
                # then: without a parent a card no Python name holds (the "others" card) is deleted on
                # the spot, and its layout item then hands back None (issue 10: the Fastställ crash).
                card.hide()
                card.deleteLater()
        self.cards: dict[str, QFrame] = {}
        if row is None:
            return
        notes = self.ev.notes(question_id=row.question_id)
        auditors = self.scores.auditors()
        for who, a in row.by_auditor.items():
            card = self._card(who, a, [n for n in notes if n.author == who], auditor_colour(auditors, who))
            self.cards[who] = card
            layout.addWidget(card, 1)
        others = [n for n in notes if n.author not in row.by_auditor]
        if others:
            layout.addWidget(self._card(None, None, others, (110, 110, 110)), 1)

    def _card(self, who: str | None, answer: Answer | None, notes: list[Note], colour: tuple[int, int, int]) -> QFrame:
        bank = self.ev.bank
        card = QFrame()
        card.setObjectName("auditorCard")
        r, g, b = colour
        card.setStyleSheet(f"#auditorCard {{ border: 1px solid rgb({r},{g},{b}); border-top: 4px solid rgb({r},{g},{b});"
                           " border-radius: 3px; }")
        card.setMinimumWidth(170)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(card)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(4)
        if who is not None and answer is not None:
            label = choice_label(bank, answer.question_id, answer.choice) or self.tr("(inget svar)")
            head = QLabel(f"<span style='color: rgb({r},{g},{b})'><b>{_esc(who)}</b></span><br>"
                          f"<span style='font-size: large'><b>{_esc(label)}</b></span>")
        else:
            head = QLabel(self.tr("<b>Anteckningar av andra</b>"))
        head.setWordWrap(True)
        box.addWidget(head)
        if answer is not None:
            comment = QLabel("<b>" + _esc(self.tr("Kommentar:")) + "</b> " + _esc(answer.comment).replace("\n", "<br>")
                             if answer.comment else "<i>" + self.tr("Ingen kommentar.") + "</i>")
            comment.setWordWrap(True)
            comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            comment.setObjectName("commentText")
            box.addWidget(comment)
        if notes:
            heading = self.tr("Anteckningar (%1):").replace("%1", str(len(notes)))
            lines = []
            for n in notes:
                meta = " · ".join(x for x in (describe_source(self.ev, n), n.author if who is None else "") if x)
                lines.append(f"• {_esc(n.text)}" + (f" <span style='color: palette(placeholder-text)'>— {_esc(meta)}</span>"
                                                    if meta else ""))
            text = QLabel(f"<b>{_esc(heading)}</b><br>" + "<br>".join(lines))
        else:
            text = QLabel("<i>" + self.tr("Inga anteckningar till frågan.") + "</i>")
        text.setObjectName("notesText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(text)
        box.addStretch(1)
        if who is not None and answer is not None and answer.choice is not None:
            pick = QPushButton(self.tr("Välj detta svar"))
            pick.setObjectName("pickButton")
            pick.setToolTip(self.tr("Gör %1s svar till teamets; kommentaren blir motivering om du inte skrivit någon")
                            .replace("%1", who))
            pick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            pick.clicked.connect(lambda _=False, a=answer: self.pick_answer_of(a))
            box.addWidget(pick)
        return card

    def _build_options(self, row: Row | None) -> None:
        layout = self.ui.optionsLayout
        q = self.ev.bank.questions[row.question_id] if row else None
        key = (q.scale, q.na_allowed) if q else None
        if key != self._option_key:
            self._option_key = key
            for _, b in self._options:
                self.option_group.removeButton(b)
                layout.removeWidget(b)
                b.deleteLater()
            self._options = []
            if q is not None:
                options = self.ev.bank.scales[q.scale].options
                entries = [(o.key, f"{i}  {o.label}") for i, o in enumerate(options[:MAX_OPTION_KEYS], start=1)]
                if q.na_allowed:
                    entries.append((NA, self.tr("0  Ej tillämplig")))
                columns = 4 if len(entries) > 4 else len(entries)
                for i, (choice, text) in enumerate(entries):
                    b = QPushButton(text)
                    b.setCheckable(True)
                    b.setMinimumHeight(34)
                    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                    self.option_group.addButton(b, i)
                    layout.addWidget(b, i // columns, i % columns)
                    self._options.append((choice, b))
                self.ui.optionsWidget.setStyleSheet(
                    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                    " font-weight: bold; }")
        if row is None:
            return
        chosen_by: dict[str, list[str]] = {}
        for who, a in row.by_auditor.items():
            if a.choice is not None:
                chosen_by.setdefault(a.choice, []).append(who)
        self.option_group.setExclusive(False)
        for choice, b in self._options:
            base = b.text().split("\n")[0]
            names = chosen_by.get(choice)
            b.setText(base + ("\n" + ", ".join(names) if names else ""))
            b.setMinimumHeight(44 if chosen_by else 34)
            b.setChecked(row.agreed is not None and row.agreed.choice == choice)
            b.setToolTip(self.tr("Välj som teamets svar") + (" – " + self.tr("valt av %1").replace("%1", ", ".join(names))
                                                              if names else ""))
        self.option_group.setExclusive(True)

    def chosen(self) -> str | None:
        return next((choice for choice, b in self._options if b.isChecked()), None)

    def _update_buttons(self) -> None:
        row = self._row(self.question_id) if self.question_id else None
        agreed = row is not None and row.agreed is not None
        self.ui.decideButton.setEnabled(self.chosen() is not None)
        self.ui.decideButton.setText(self.tr("&Ändra") if agreed else self.tr("&Fastställ"))
        self.ui.withdrawButton.setVisible(agreed)

    # -- deciding -------------------------------------------------------------------------
    def pick(self, choice: str) -> None:
        for key, b in self._options:
            if key == choice:
                b.setChecked(True)
                return

    def pick_index(self, n: int) -> None:
        options = [key for key, _ in self._options if key != NA]
        if 0 <= n < len(options):
            self.pick(options[n])

    def pick_answer_of(self, answer: Answer) -> None:
        """Take one auditor's answer: their option, and their comment as the reason unless one is written."""
        if answer.choice is None:
            return
        self.pick(answer.choice)
        if not self.ui.commentEdit.text().strip() and answer.comment:
            self.ui.commentEdit.setText(answer.comment.replace("\n", " "))
        self.ui.decideButton.setFocus()

    def decide(self) -> None:
        q, choice = self.question_id, self.chosen()
        if q is None or choice is None:
            return
        row = self._row(q)
        comment = self.ui.commentEdit.text().strip()
        if row is not None and row.agreed is not None and (row.agreed.choice, row.agreed.comment) == (choice, comment):
            return
        self._next = self._following(q)
        if not commands.edit(self, self.stack, commands.SetConsensus(self.ev, q, choice, comment)):
            self._next = None
            return
        self.ui.questionList.setFocus()

    def withdraw(self) -> None:
        q = self.question_id
        row = self._row(q) if q else None
        if row is None or row.agreed is None:
            return
        commands.edit(self, self.stack, commands.SetConsensus(self.ev, q, None, decided=False))

    def _following(self, question_id: str) -> str | None:
        """The open question after this one (before it when it is the last), for going on after a decision."""
        ids = self.open_questions()
        if question_id not in ids:
            return question_id
        i = ids.index(question_id)
        rest = ids[i + 1:] or ids[:i][-1:]
        return rest[0] if rest else question_id


def _option_order(bank: Bank, question_id: str, choice: str | None) -> int:
    keys = [o.key for o in bank.scales[bank.questions[question_id].scale].options]
    return keys.index(choice) if choice in keys else len(keys) + (choice is None)

