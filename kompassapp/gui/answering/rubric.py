# SPDX-License-Identifier: MIT
"""The instrument under the answer buttons (bank format /2, issue 12).

One row per option of the question's scale: the option ("1  Ja") and what earns it, the chosen
one highlighted; then whom to ask, what to request, the law behind the question and the N/A rule.
Every text comes from the bank file (in the interface language through banktext), so every label
is plain text. A /1 bank has none of it: the rows and the context line stay empty and hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kompassapp.bank.model import FORMAT_2, Bank, Question

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate

CHOSEN_STYLE = "color: palette(highlight); font-weight: bold;"
FLASH_MS = 1500


def context_lines(bank: Bank, q: Question) -> list[str]:
    """Groups, documents, law and N/A rule of a question, one line each, in the interface language.

    None for a /1 bank: it has no such rules to show (a refused N/A still says so in the status bar)."""
    if bank.format != FORMAT_2:
        return []
    lines = []
    groups = [bank.group_by_id[g].label for g in q.groups if g in bank.group_by_id]
    if groups:
        lines.append(translate("Rubric", "Intervjugrupper: %1").replace("%1", ", ".join(groups)))
    documents = [bank.document_by_id[d].title for d in q.documents if d in bank.document_by_id]
    if documents:
        lines.append(translate("Rubric", "Dokument: %1").replace("%1", ", ".join(documents)))
    if q.basis == "law":
        lines.append(translate("Rubric", "Lagkrav: %1").replace("%1", q.statute) if q.statute
                     else translate("Rubric", "Lagkrav"))
    if not q.na_allowed:
        lines.append(translate("Rubric", "Ej tillämplig är inte tillåten: frågan ska besvaras."))
    elif q.na_when:
        lines.append(q.na_when)  # says itself when N/A is fair ("Ej tillämplig om …")
    return lines


class Rubric:
    """Fills the question panel's levels grid and context label for one question at a time."""

    def __init__(self, box: QWidget, grid: QGridLayout, context: QLabel):
        self.box, self.grid, self.context = box, grid, context
        self.rows: list[tuple[str, QLabel, QLabel]] = []  # (option key, option label, descriptor)
        self._na_line = ""
        self.grid.setColumnStretch(1, 1)
        self.box.hide()
        self.context.hide()

    def show(self, bank: Bank, q: Question) -> None:
        for _, key_label, text_label in self.rows:
            for label in (key_label, text_label):
                self.grid.removeWidget(label)
                label.deleteLater()
        self.rows = []
        options = bank.scales[q.scale].options
        for i, o in enumerate(options, start=1):
            descriptor = q.levels.get(o.key, "")
            if not descriptor:
                continue
            key_label = self._label(f"{i}  {o.label}" if i <= 9 else o.label, "levelOption")
            key_label.setMaximumWidth(190)  # a long graded label wraps; the descriptor keeps the width
            text_label = self._label(descriptor, "levelText")
            row = len(self.rows)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text_label, row, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.append((o.key, key_label, text_label))
        self.box.setVisible(bool(self.rows))
        lines = context_lines(bank, q)
        self._na_line = lines[-1] if lines and (not q.na_allowed or q.na_when) else ""
        self.context.setStyleSheet("")
        self.context.setText("\n".join(lines))
        self.context.setVisible(bool(lines))

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(self.box)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # file text: never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setText(text)
        if name == "levelOption":
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def mark(self, choice: str | None) -> None:
        """Highlight the chosen option's row (none for no answer or N/A)."""
        for key, key_label, text_label in self.rows:
            style = CHOSEN_STYLE if key == choice else ""
            key_label.setStyleSheet(style)
            text_label.setStyleSheet(style)

    def flash_na(self) -> None:
        """Draw the eye to the N/A rule when 0/N was refused."""
        if not self._na_line:
            return
        self.context.setStyleSheet(CHOSEN_STYLE)
        QTimer.singleShot(FLASH_MS, self.context, lambda: self.context.setStyleSheet(""))

    # -- for tests and screenshots ------------------------------------------------------
    def descriptors(self) -> dict[str, str]:
        return {key: text_label.text() for key, _, text_label in self.rows}

    def chosen(self) -> str | None:
        return next((key for key, _, t in self.rows if t.styleSheet()), None)
