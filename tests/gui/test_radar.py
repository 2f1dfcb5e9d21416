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
    assert [t.toPlainText() for t in w.value_labels] == ["100"] + ["0"] * 7


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
