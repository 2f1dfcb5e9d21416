# SPDX-License-Identifier: MIT
"""The chart in a merged team file: the team's profile or one auditor's, and each auditor's overlaid.

A row above the chart ("Visa: Teamets svar ▾  ☐ Varje utvärderare") appears once the file holds
answers from more than one auditor. The overlay is one thin line per auditor, in the colours the
consensus view uses, with a legend line per auditor under the chart; it shows the spread per area
at a glance. The curves are made once per set of auditors; an answer only calls setData.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from kompassapp.gui.team.consensus import auditor_colour
from kompassapp.gui.base.i18n import score_text
from kompassapp.gui.base.plaintext import esc as _esc
from kompassapp.gui.chart.profile_panel import ProfilePanel
from kompassapp.gui.chart.radar import swatch_html
from kompassapp.gui.base.scores import Scores

TEAM = ""  # the combo's data for the team's answers


class TeamChart(QObject):
    def __init__(self, panel: ProfilePanel, scores: Scores):
        super().__init__(panel)
        self.panel, self.scores = panel, scores
        self.bar = QWidget(panel)
        self.bar.setObjectName("teamChartBar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(2, 0, 2, 0)
        label = QLabel(self.tr("&Visa:"), self.bar)
        self.combo = QComboBox(self.bar)
        self.combo.setObjectName("profileSourceCombo")
        self.combo.setToolTip(self.tr("Teamets svar (de som räknas; oeniga frågor är obesvarade) eller en "
                                      "utvärderares egna svar"))
        label.setBuddy(self.combo)
        self.overlay_box = QCheckBox(self.tr("Varje &utvärderare"), self.bar)
        self.overlay_box.setObjectName("overlayCheck")
        self.overlay_box.setToolTip(self.tr("Lägg varje utvärderares profil som en tunn linje över diagrammet: "
                                            "spridningen per område"))
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.overlay_box)
        panel.ui.layout.insertWidget(0, self.bar)
        self.legend = QLabel(panel)
        self.legend.setObjectName("auditorLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        panel.ui.layout.addWidget(self.legend)
        self.curves: dict[str, pg.PlotCurveItem] = {}
        self.auditors: list[str] = []
        self.combo.activated.connect(self._source_chosen)
        self.overlay_box.toggled.connect(lambda _: self.update())
        scores.profileChanged.connect(lambda _: self.update())
        scores.reloaded.connect(self.rebuild)
        self.rebuild()

    # -- building (once per set of auditors) ----------------------------------------------
    def rebuild(self) -> None:
        auditors = self.scores.auditors()
        team = len(auditors) > 1
        self.bar.setVisible(team)
        if auditors != self.auditors or team != bool(self.curves):
            self.auditors = auditors
            current = self.combo.currentData()
            self.combo.clear()
            self.combo.addItem(self.tr("Teamets svar"), TEAM)
            for name in auditors:
                self.combo.addItem(name, name)
            i = self.combo.findData(current) if current else 0
            self.combo.setCurrentIndex(max(i, 0))
            plot = self.panel.radar.getPlotItem()
            for curve in self.curves.values():
                plot.removeItem(curve)
            self.curves = {}
            for name in auditors if team else ():  # none in a file with one auditor
                curve = pg.PlotCurveItem(pen=pg.mkPen(auditor_colour(auditors, name), width=1.5))
                curve.setZValue(5)
                curve.setVisible(False)
                plot.addItem(curve)
                self.curves[name] = curve
            self._source_chosen()
        if not team and self.overlay_box.isChecked():
            self.overlay_box.setChecked(False)
        self.update()

    # -- data -----------------------------------------------------------------------------
    def _source_chosen(self, *_: object) -> None:
        name = self.combo.currentData()
        self.panel.set_auditor(name or None)
        self.update()

    def show_auditor(self, name: str | None) -> None:
        """Show one auditor's own profile (None: the team's)."""
        i = self.combo.findData(name or TEAM)
        if i >= 0:
            self.combo.setCurrentIndex(i)
            self._source_chosen()

    def update(self) -> None:
        on = self.overlay_box.isChecked() and len(self.auditors) > 1
        radar = self.panel.radar
        entries = []
        for name, curve in self.curves.items():
            curve.setVisible(on)
            if not on:
                continue
            profile = self.scores.auditor_profile(name)
            curve.setData(*radar.polygon([a.score for a in profile.areas]))
            entries.append(swatch_html(auditor_colour(self.auditors, name),
                                       f"{_esc(name)} ({score_text(profile.total)})"))
        text = "&nbsp;&nbsp; ".join(entries)
        open_ = len(self.scores.disputed)
        if open_ and len(self.auditors) > 1 and self.panel.auditor is None:
            note = self.tr("Teamets profil räknar %1 oavgjorda frågor som obesvarade.").replace("%1", str(open_)) \
                if open_ > 1 else self.tr("Teamets profil räknar 1 oavgjord fråga som obesvarad.")
            text += ("<br>" if text else "") + f"<i>{_esc(note)}</i>"
        self.legend.setText(text)
        self.legend.setVisible(bool(text))

    def overlay_data(self) -> dict[str, list[float]]:
        """Per auditor, the overlaid polygon's distance from the centre per area (percent of the area's max)."""
        out = {}
        for name, curve in self.curves.items():
            x, y = curve.getData()
            if curve.isVisible() and x is not None and len(x):
                out[name] = [round(float((px * px + py * py) ** 0.5), 6) for px, py in zip(x[:-1], y[:-1])]
        return out

