# SPDX-License-Identifier: MIT
"""Presentation mode (F5; Esc leaves): the profile on a projector, full screen, in large type.

It shows only the chart, the municipality, the date, the area scores and the total (and a
comparison's name and year). While applicable questions are still open it says so
("Preliminärt – 12 av 181 frågor bedömda"), and an area without assessed questions reads "–". It is built from the evaluation's details and scores alone and
never reads notes, comments, sessions or participants, so no personal data can appear.
Light and dark (projector) themes; T switches between them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from kompassapp.evaluation import Change, Evaluation
from kompassapp.scoring import Profile
from kompassapp.gui.base.bridge import Bridge
from kompassapp.references import Reference
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.forms.ui_presentation import Ui_PresentationView
from kompassapp.gui.base.i18n import period_text, score_text
from kompassapp.gui.base.plaintext import esc, show_plain
from kompassapp.gui.chart.radar import THEMES, swatch_html
from kompassapp.gui.base.scores import Scores


HINT_MS = 5000


class PresentationView(QWidget):
    closed = Signal()
    themeChanged = Signal(str)

    def __init__(self, ev: Evaluation, bridge: Bridge, scores: Scores, theme: str = "light",
                 comparison: Reference | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ev = ev
        self.ui = Ui_PresentationView()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.radar = self.ui.radar
        bank = display_bank(ev)  # texts in the interface language
        self.radar.set_areas(bank.areas)
        self.comparison: Reference | None = None
        self._set_overlay(comparison)
        self.theme = theme if theme in THEMES else "light"
        self._names: list[QLabel] = []
        self._values: list[QLabel] = []
        grid = self.ui.scoresGrid
        for row, area in enumerate(bank.areas):
            name, value = QLabel(area.short), QLabel()
            name.setTextFormat(Qt.TextFormat.PlainText)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._names.append(name)
            self._values.append(value)
        self.total_name, self.total_value = QLabel(self.tr("Totalt")), QLabel()
        self.total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.total_name, len(ev.bank.areas), 0)
        grid.addWidget(self.total_value, len(ev.bank.areas), 1)
        scores.profileChanged.connect(self.show_profile)
        bridge.changed.connect(self._on_change)
        self.show_profile(scores.profile)
        self._show_info()
        self.apply_theme(self.theme)
        QTimer.singleShot(HINT_MS, self.ui.hintLabel.hide)  # the audience does not need the key hint

    # -- content --------------------------------------------------------------------
    def _show_info(self) -> None:
        info = self.ev.info
        show_plain(self.ui.municipalityLabel, info.municipality)
        show_plain(self.ui.dateLabel, period_text(info.visit_start, info.visit_end) or str(info.year))
        self.ui.noticeLabel.setText(self.tr("Demonstrationsdata") if info.demo else "")
        self._legend()

    def _on_change(self, change: Change) -> None:
        if change.kind == "info":
            self._show_info()

    def show_profile(self, profile: Profile) -> None:
        self.radar.set_profile(profile)
        for label, a in zip(self._values, profile.areas):
            label.setText(score_text(a.score) if a.assessed else "–")
        t = profile.tally
        self.ui.preliminaryLabel.setText(self.tr("Preliminärt – %1 av %2 frågor bedömda")
                                         .replace("%1", str(t.assessed)).replace("%2", str(t.questions)))
        self.ui.preliminaryLabel.setVisible(profile.preliminary)
        self.total_value.setText(self.tr("%1 av %2").replace("%1", score_text(profile.total))
                                 .replace("%2", score_text(profile.max_total)))

    def set_comparison(self, comparison: Reference | None) -> None:
        self._set_overlay(comparison)
        self._legend()

    def _set_overlay(self, comparison: Reference | None) -> None:
        self.comparison = comparison
        self.radar.set_comparison([comparison.scores[a.id] for a in self.ev.bank.areas] if comparison else None)

    def _legend(self) -> None:
        th = THEMES[self.theme]
        info = self.ev.info
        html = swatch_html(th.profile, esc(f"{info.municipality} {info.year}"))
        if self.comparison:
            html += "<br>" + swatch_html(th.comparison, esc(f"{self.comparison.name} "
                                                            f"({score_text(self.comparison.total)})"), dashed=True)
        self.ui.legendLabel.setText(html)

    def visible_texts(self) -> list[str]:
        """Every text on screen (labels and chart), for the "no personal data" check."""
        texts = [w.text() for w in self.findChildren(QLabel)]
        texts += [t.toPlainText() for t in (*self.radar.axis_labels, *self.radar.value_labels, *self.radar.ring_labels)]
        return texts

    # -- look -----------------------------------------------------------------------
    def apply_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "light"
        th = THEMES[self.theme]
        bg, fg = th.background, th.text
        muted = tuple((a + b) // 2 for a, b in zip(bg, fg))
        self.setStyleSheet(f"PresentationView {{ background: rgb{bg}; }} QLabel {{ color: rgb{fg}; }}"
                           f" QLabel#hintLabel, QLabel#noticeLabel {{ color: rgb{muted}; }}"
                           f" QLabel#preliminaryLabel {{ color: rgb{th.comparison}; }}")
        self.setAutoFillBackground(True)
        self._fonts()
        self._legend()
        self.themeChanged.emit(self.theme)

    def _fonts(self) -> None:
        # sizes follow the screen so the back row of the room can read them
        h = max(self.height(), 480)
        def font(px: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(int(px), 9))
            f.setBold(bold)
            return f
        self.ui.municipalityLabel.setFont(font(h / 17, True))
        self.ui.dateLabel.setFont(font(h / 30))
        for name, value in zip(self._names, self._values):
            name.setFont(font(h / 30))
            value.setFont(font(h / 30, True))
        self.total_name.setFont(font(h / 24, True))
        self.total_value.setFont(font(h / 24, True))
        self.ui.legendLabel.setFont(font(h / 40))
        self.ui.preliminaryLabel.setFont(font(h / 34, True))
        self.ui.hintLabel.setFont(font(h / 70))
        self.ui.noticeLabel.setFont(font(h / 60))
        self.radar.apply_theme(self.theme, font_pt=h / 52, bold_labels=True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if hasattr(self, "_names"):
            self._fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif event.key() == Qt.Key.Key_T:
            self.apply_theme("dark" if self.theme == "light" else "light")
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
