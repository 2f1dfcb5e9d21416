# SPDX-License-Identifier: MIT
"""The radar chart: one axis per area (any number), items made once, data updated in place."""

from fractions import Fraction

import numpy as np
import pytest

from kompassapp.bank import load_bank, resolve_bank
from kompassapp.scoring import score
from kompassapp.gui.chart.radar import RINGS, RadarWidget, wrap_label

SMALL = __import__("pathlib").Path(__file__).resolve().parents[1] / "banks" / "small.yaml"


@pytest.mark.parametrize("bank", [resolve_bank("kommunkompassen-2003"), load_bank(SMALL)], ids=["8 areas", "small"])
def test_one_axis_per_area_and_rings(qtbot, bank):
    w = RadarWidget()
    qtbot.addWidget(w)
    w.resize(500, 420)
    w.set_areas(bank.areas)
    n = len(bank.areas)
    assert [t.toPlainText().replace("\n", "") for t in w.axis_labels] == [a.short for a in bank.areas]
    assert len(w.rings) == len(RINGS) == 5
    assert [t.toPlainText() for t in w.ring_labels] == ["20", "40", "60", "80", "100"]
    x, y = w.rings[-1].getData()
    assert len(x) == n + 1 and np.hypot(x, y) == pytest.approx(100.0)


def test_profile_scaled_to_each_areas_max_and_closed(qtbot):
    bank = resolve_bank("kommunkompassen-2003")
    w = RadarWidget()
    qtbot.addWidget(w)
    w.set_areas(bank.areas)
    choices = {q.id: max(bank.scales[q.scale].options, key=lambda o: o.value).key for q in bank.areas[0].questions}
    profile = score(bank, choices)
    items_before = list(w.getPlotItem().items)
    w.set_profile(profile)
    assert w.getPlotItem().items == items_before  # updated in place, nothing re-plotted
    x, y = w.profile_points()
    assert (x[0], y[0]) == (x[-1], y[-1])
    assert np.hypot(x[0], y[0]) == pytest.approx(100.0)  # area 1 full: on the outer ring
    assert w.percents() == [100.0] + [0.0] * 7
    assert [t.toPlainText() for t in w.value_labels] == ["100"] + ["–"] * 7  # not assessed yet, not 0
    x, y = w.profile_points()
    assert np.hypot(x[1:-1], y[1:-1]) == pytest.approx([0.0] * 7)  # left at the centre


def test_an_area_answered_all_no_reads_0(qtbot):
    bank = resolve_bank("kommunkompassen-2003")
    w = RadarWidget()
    qtbot.addWidget(w)
    w.set_areas(bank.areas)
    choices = {q.id: min(bank.scales[q.scale].options, key=lambda o: o.value).key for q in bank.areas[1].questions}
    w.set_profile(score(bank, choices))
    assert [t.toPlainText() for t in w.value_labels][:3] == ["–", "0", "–"]


def test_comparison_overlay(qtbot):
    bank = resolve_bank("kommunkompassen-2003")
    w = RadarWidget()
    qtbot.addWidget(w)
    w.set_areas(bank.areas)
    assert not w.comparison.isVisible()
    w.set_comparison([Fraction(50)] * 8)
    assert w.comparison.isVisible()
    x, y = w.comparison.getData()
    assert np.hypot(x, y) == pytest.approx(50.0)
    w.set_comparison(None)
    assert not w.comparison.isVisible() and w.comparison_scores is None


def test_long_labels_wrap():
    assert wrap_label("Politik–förvaltning") == "Politik–\nförvaltning"
    assert wrap_label("Kontroll") == "Kontroll"


@pytest.fixture
def shown_radar():
    # not qtbot.addWidget: pyqtgraph's close() clears the scene, which crashes when a failed
    # assertion still holds the labels
    w = RadarWidget()
    yield w
    w.hide()
    w.deleteLater()


def pixel_rect(widget, label):
    """Where a label is drawn, in the chart's viewport pixels (labels ignore the view's scaling)."""
    return label.deviceTransform(widget.viewportTransform()).mapRect(label.boundingRect())


def overlaps(widget, group_a, group_b):
    return [(a.toPlainText(), b.toPlainText()) for a in group_a for b in group_b
            if a is not b and pixel_rect(widget, a).intersects(pixel_rect(widget, b))]


@pytest.mark.parametrize("size, font_pt", [((420, 360), 9.0), ((260, 220), 9.0), ((1000, 760), 14.6)],
                         ids=["dock", "small dock", "projector"])
@pytest.mark.parametrize("percent", [0, 10, 20, 50, 80, 100])
def test_value_labels_stay_clear_of_the_ring_labels(qtbot, shown_radar, size, font_pt, percent):
    bank = resolve_bank("kommunkompassen-2020")
    w = shown_radar
    w.resize(*size)
    w.set_areas(bank.areas)
    w.apply_theme("dark" if font_pt > 10 else "light", font_pt=font_pt, bold_labels=font_pt > 10)
    w.show()
    qtbot.waitExposed(w)
    # every area at the same share of its max; all questions answered, so every area is assessed
    share = Fraction(percent, 100)
    w.scores = [a.max * share for a in bank.areas]
    w.assessed = [True] * len(bank.areas)
    w._update_profile()
    qtbot.wait(10)
    rings = [t for t in w.ring_labels if t.isVisible()]
    assert rings and rings[-1].toPlainText() == "100"
    found = {group: overlaps(w, w.value_labels, labels) for group, labels in
             (("ring", rings), ("value", w.value_labels), ("axis", w.axis_labels))}
    assert found == {"ring": [], "value": [], "axis": []}
