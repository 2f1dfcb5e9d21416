# SPDX-License-Identifier: MIT
"""The chart dock: the live radar, its legend ("Botkyrka 2003", comparison name and year) and the total."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kompassapp.evaluation import Evaluation
from kompassapp.scoring import Profile
from kompassapp.gui.comparison import Comparison
from kompassapp.gui.forms.ui_profile_panel import Ui_ProfilePanel
from kompassapp.gui.i18n import score_text
from kompassapp.gui.radar import swatch_html
from kompassapp.gui.scores import Scores


class ProfilePanel(QWidget):
    def __init__(self, ev: Evaluation, scores: Scores, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev = ev
        self.ui = Ui_ProfilePanel()
        self.ui.setupUi(self)
        self.radar = self.ui.radar
        self.radar.set_areas(ev.bank.areas)
        self.comparison: Comparison | None = None
        self.profile = scores.profile
        f = self.ui.totalLabel.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.ui.totalLabel.setFont(f)
        scores.profileChanged.connect(self.show_profile)
        self.show_profile(scores.profile)
        self._update_labels()

    def show_profile(self, profile: Profile) -> None:
        self.radar.set_profile(profile)
        self.profile = profile
        self._update_total()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.radar.set_comparison(comparison.scores if comparison else None)
        self._update_labels()

    def legend_entries(self) -> list[str]:
        info = self.ev.info
        entries = [f"{info.municipality} {info.year}"]
        if self.comparison:
            entries.append(self.comparison.label)
        return entries

    def _update_labels(self) -> None:
        th = self.radar.theme
        entries = self.legend_entries()
        html = swatch_html(th.profile, _esc(entries[0]))
        if self.comparison:
            html += "<br>" + swatch_html(th.comparison, _esc(entries[1]) + f" ({score_text(self.comparison.total)})",
                                         dashed=True)
        self.ui.legendLabel.setText(html)
        self._update_total()

    def _update_total(self) -> None:
        self.ui.totalLabel.setText(self.tr("Totalt %1 av %2").replace("%1", score_text(self.profile.total))
                                   .replace("%2", score_text(self.profile.max_total)))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
