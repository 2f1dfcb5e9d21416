# SPDX-License-Identifier: MIT
"""The chart dock: the live radar, its legend ("Botkyrka 2003", comparison name and year) and the total.

In a merged team file it can show one auditor's own profile instead of the team's (`set_auditor`;
the choice and the per-auditor overlay live in gui/team_chart.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kompassapp.evaluation import Evaluation
from kompassapp.scoring import Profile
from kompassapp.references import Reference
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.forms.ui_profile_panel import Ui_ProfilePanel
from kompassapp.gui.base.i18n import score_text
from kompassapp.gui.base.plaintext import esc as _esc
from kompassapp.gui.chart.radar import swatch_html
from kompassapp.gui.base.scores import Scores


class ProfilePanel(QWidget):
    def __init__(self, ev: Evaluation, scores: Scores, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.scores = ev, scores
        self.auditor: str | None = None  # None: the team's answers (the ones that count)
        self.ui = Ui_ProfilePanel()
        self.ui.setupUi(self)
        self.radar = self.ui.radar
        self.radar.set_areas(display_bank(ev).areas)
        self.comparison: Reference | None = None
        self.profile = scores.profile
        f = self.ui.totalLabel.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.ui.totalLabel.setFont(f)
        scores.profileChanged.connect(self.show_profile)
        self.show_profile(scores.profile)
        self._update_labels()

    def show_profile(self, profile: Profile) -> None:
        if self.auditor is not None:
            profile = self.scores.auditor_profile(self.auditor)
        self.radar.set_profile(profile)
        self.profile = profile
        self._update_total()

    def set_auditor(self, auditor: str | None) -> None:
        """Show one auditor's own profile, or the team's with None."""
        self.auditor = auditor
        self.show_profile(self.scores.profile)
        self._update_labels()

    def set_comparison(self, comparison: Reference | None) -> None:
        """Overlay a reference profile (another evaluation's, a published or a typed-in one), or None."""
        self.comparison = comparison
        self.radar.set_comparison([comparison.scores[a.id] for a in self.ev.bank.areas] if comparison else None)
        self._update_labels()

    def legend_entries(self) -> list[str]:
        info = self.ev.info
        entries = [f"{info.municipality} {info.year}" + (f" – {self.auditor}" if self.auditor else "")]
        if self.comparison:
            entries.append(self.comparison.name)
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
