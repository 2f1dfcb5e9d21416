# SPDX-License-Identifier: MIT
"""The English translation is complete, current and used; Swedish numbers use a decimal comma."""

import re
import shutil
import xml.etree.ElementTree as ET
from fractions import Fraction

import pytest
from PySide6.QtCore import QCoreApplication

from kompassapp.gui.base import i18n
from tools.build_translations import TS, lrelease, lupdate

PLACEHOLDER = re.compile(r"%\d")


def messages():
    return [(m.find("source").text or "", m.find("translation")) for m in ET.parse(TS).iter("message")]


def test_no_unfinished_or_empty_translation():
    problems = [src for src, tr in messages() if tr.get("type") in ("unfinished", "obsolete", "vanished")
                or (src.strip() and not (tr.text or "").strip())]
    assert problems == []


def test_placeholders_survive_translation():
    bad = [(src, tr.text) for src, tr in messages()
           if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))]
    assert bad == []


def test_every_interface_string_is_in_the_ts_file(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    out = lupdate(copy, obsolete=False)
    assert "(0 new" in out, f"run python -m tools.build_translations and translate the new entries:\n{out}"
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8")


def test_committed_qm_is_built_from_the_ts(tmp_path):
    assert lrelease(TS, tmp_path / "check.qm").read_bytes() == TS.with_suffix(".qm").read_bytes()


def test_english_interface(qapp, qtbot, new_file):
    from kompassapp.evaluation import Evaluation
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.base.settings import Settings

    try:
        loaded = i18n.install(qapp, "en")
        assert "kompassapp_en" in loaded
        assert QCoreApplication.translate("MainWindow", "&Nästa fråga") == "&Next question"
        assert i18n.score_text(Fraction(153, 2)) == "76.5"
        w = MainWindow(Evaluation.open(new_file), Settings())
        qtbot.addWidget(w)
        assert w.ui.menuFile.title() == "&File" and w.ui.actionNext.text() == "&Next question"
        assert w.undo_action.text().startswith("Undo")
        assert w.tree_model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Answer"
        w.close()
    finally:
        i18n.install(qapp, "sv")


def test_swedish_interface_and_qt_standard_buttons(qapp):
    loaded = i18n.install(qapp, "sv")
    assert i18n.score_text(Fraction(153, 2)) == "76,5" and i18n.score_text(Fraction(639)) == "639"
    assert i18n.period_text("2003-06-10", "2003-06-12") == "10–12 juni 2003"
    if "qtbase_sv" not in loaded:
        pytest.skip("this Qt build ships no qtbase_sv.qm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_one_word_for_the_role():
    # the method's word is "utvärderare"; the interface once also said "granskare" (issue 10 item 8)
    role = re.compile(r"\bgranskar(e|en|ens|es|na|nas)\b", re.IGNORECASE)
    assert [src for src, _ in messages() if role.search(src)] == []
    assert [t.text for _, t in messages() if re.search(r"\bauditor", t.text or "", re.IGNORECASE)] == []
    assert any(src == "Utvärderare: %1" and t.text == "Evaluator: %1" for src, t in messages())


def test_the_status_bar_names_the_evaluator(main_window, new_file):
    w = main_window(new_file, auditor="Cecilia Chef")
    assert w.author_status.text() == "Utvärderare: Cecilia Chef"
