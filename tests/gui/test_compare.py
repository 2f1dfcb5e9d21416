# SPDX-License-Identifier: MIT
"""The "Jämför med" menu: shipped references of the evaluation's edition, files, typed-in profiles.

Every comparison is loaded by the core (`references.comparison`); the checks are on the chart's
overlay data, the legend and the presentation, and on the reference files written.
"""

from fractions import Fraction

import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from kompassapp.evaluation import Evaluation
from kompassapp.references import load_reference
from kompassapp.gui.files.compare_menu import ReferenceDialog

SKR_2021 = [63, 65, 73, 64, 61, 59, 68, 64]





def test_national_average_overlays_a_2020_evaluation(qtbot, main_window, new_file, shown):
    w = main_window(new_file)
    menu = w.compare_menu
    menu.refresh()
    skr = menu.reference_actions["skr-medel-2021"]
    assert skr.text() == "SKR:s snitt (2021)" and skr.isEnabled() and "SKR" in skr.toolTip()
    botkyrka = menu.reference_actions["botkyrka-2003"]  # another edition: shown, but not offered
    assert not botkyrka.isEnabled()
    assert "utgåva 2003" in botkyrka.toolTip() and "utgåva 2020" in botkyrka.toolTip()
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:1] == ["En annan &utvärdering…"]

    skr.trigger()
    radar = w.profile_panel.radar
    assert radar.comparison_scores == SKR_2021 and radar.comparison.isVisible()
    x, y = radar.comparison.getData()  # each axis runs to its area's max (100 in the 2020 bank)
    maxima = [float(a.max) for a in w.ev.bank.areas]
    assert list(np.hypot(x, y)[:-1]) == pytest.approx([s / m * 100 for s, m in zip(SKR_2021, maxima)])
    assert w.profile_panel.legend_entries() == ["Testkommun 2026", "SKR:s snitt (2021)"]
    legend = w.profile_panel.ui.legendLabel.text()
    assert "SKR:s snitt (2021)" in legend and "(517)" in legend
    assert w.comparison_source == "skr-medel-2021" and shown == []
    menu.refresh()
    assert menu.reference_actions["skr-medel-2021"].isChecked() and w.ui.actionClearComparison.isEnabled()

    w.toggle_presentation()  # the overlay and its name on the projector too
    pv = w.presentation
    qtbot.waitExposed(pv)
    assert pv.radar.comparison_scores == SKR_2021 and pv.radar.comparison.isVisible()
    assert any("SKR:s snitt (2021)" in t for t in pv.visible_texts())
    pv.close()

    w.ui.actionClearComparison.trigger()  # "Ingen jämförelse"
    assert radar.comparison_scores is None and not radar.comparison.isVisible()
    assert w.profile_panel.legend_entries() == ["Testkommun 2026"] and w.comparison_source is None


def test_the_2020_average_is_refused_on_the_2003_demo(qtbot, main_window, demo_copy, shown):
    from kompassapp.demo import PUBLISHED_PROFILE

    w = main_window(demo_copy)
    menu = w.compare_menu
    menu.refresh()
    skr = menu.reference_actions["skr-medel-2021"]
    assert not skr.isEnabled()
    assert "utgåva 2020" in skr.toolTip() and "utgåva 2003" in skr.toolTip() and "samma utgåva" in skr.toolTip()
    assert w.compare_with("skr-medel-2021") is None  # asked for anyway (e.g. by id): a clear refusal
    (title, text, info), = shown
    assert title == "Jämförelsen kan inte visas"
    assert "utgåva 2020" in text and "utgåva 2003" in text and "samma utgåva" in text
    assert "Traceback" not in text + info
    assert w.profile_panel.radar.comparison_scores is None and w.comparison is None
    botkyrka = menu.reference_actions["botkyrka-2003"]  # the published profile of its own edition fits
    assert botkyrka.isEnabled()
    botkyrka.trigger()
    assert w.profile_panel.radar.comparison_scores == [PUBLISHED_PROFILE[str(i)] for i in range(1, 9)]
    assert w.profile_panel.legend_entries()[1] == "Botkyrka 2003"


def test_another_evaluation_file_of_another_edition_is_refused(qtbot, main_window, new_file, demo_file, shown,
                                                                monkeypatch):
    w = main_window(new_file)
    monkeypatch.setattr("kompassapp.gui.files.compare_menu.choose_file", lambda *a: demo_file)
    assert w.compare_menu.choose_evaluation() is None
    (title, text, _), = shown
    assert "demo.kompass" in text and "utgåva 2003" in text and w.comparison is None
    shown.clear()
    assert w.compare_with(new_file) is None  # itself
    assert "samma fil" in shown[0][1]


def test_save_the_profile_as_a_reference_and_compare_with_the_file(qtbot, main_window, demo_copy, tmp_path,
                                                                    monkeypatch, shown):
    w = main_window(demo_copy)
    target = tmp_path / "botkyrka-profil"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.compare_menu.save_action.trigger()
    saved = target.with_name("botkyrka-profil.yaml")
    reference = load_reference(saved)
    with Evaluation.open(demo_copy) as ev:
        expected = {a.area.id: a.score for a in ev.profile().areas}
        assert reference.name == f"{ev.info.municipality} {ev.info.year}"
    assert reference.scores == expected and reference.edition == "2003" and reference.kind == "user"
    assert str(saved) in w.statusBar().currentMessage()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    w.compare_menu.file_action.trigger()
    assert w.profile_panel.radar.comparison_scores == [expected[str(i)] for i in range(1, 9)]
    assert w.comparison_source == saved and shown == []


def test_a_typed_in_reference(qtbot, main_window, new_file, monkeypatch):
    w = main_window(new_file)

    def fill(dlg):
        assert [s.maximum() for s in dlg.spins.values()] == [float(a.max) for a in w.ev.bank.areas]
        dlg.ui.nameEdit.setText("Grannkommunen 2024")
        dlg.ui.sourceEdit.setText("Kommunens årsredovisning")
        for i, spin in enumerate(dlg.spins.values()):
            spin.setValue(50.5 + i)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReferenceDialog, "exec", fill)
    w.compare_menu.enter_action.trigger()
    assert w.profile_panel.radar.comparison_scores == [Fraction(101, 2) + i for i in range(8)]
    assert w.profile_panel.legend_entries()[1] == "Grannkommunen 2024"
    assert w.comparison.source == "Kommunens årsredovisning" and w.comparison_source is None


def test_reference_dialog_needs_a_name(qtbot, new_file):
    with Evaluation.open(new_file) as ev:
        dlg = ReferenceDialog(ev)
        qtbot.addWidget(dlg)
        assert len(dlg.spins) == 8
        dlg.accept()
        assert dlg.result() != QDialog.DialogCode.Accepted and "namn" in dlg.ui.problemLabel.text()
