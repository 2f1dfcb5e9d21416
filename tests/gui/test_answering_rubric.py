# SPDX-License-Identifier: MIT
"""Issue 12 section 3: the bank's instruments while answering, through the real window.

Descriptors of every option under the buttons (updated on Page Down, the chosen one marked),
the question's interview groups, documents, law and N/A rule; the tree's filter by group and by
document (Page Down stays inside it, the search follows it); a /1 bank shows none of it.
"""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation

BANKS = Path(__file__).parents[1] / "banks"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def rubric_of(w):
    return w.question_panel.rubric


def context_text(w) -> str:
    label = w.question_panel.ui.contextLabel
    return label.text() if label.isVisible() else ""


def test_descriptors_follow_the_question_and_the_answer(qtbot, main_window, new_file, bank_2020):
    w = main_window(new_file)
    w.select_question("1.1.1")
    qtbot.wait(10)
    q = bank_2020.questions["1.1.1"]
    shown = rubric_of(w).descriptors()
    assert shown == dict(q.levels) and list(shown) == ["ja", "delvis", "nej"]  # in the scale's order
    assert w.question_panel.ui.levelsBox.isVisible()
    # visible while answering: not hidden behind the buttons, every descriptor on screen at 1366×768
    for _, _, label in rubric_of(w).rows:
        assert label.isVisible() and label.textFormat() == Qt.TextFormat.PlainText
    QTest.keyClick(w.tree, Qt.Key.Key_2)  # Delvis
    qtbot.waitUntil(lambda: rubric_of(w).chosen() == "delvis")
    QTest.keyClick(w.tree, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: w.question_id == "1.1.2")
    assert rubric_of(w).descriptors() == dict(bank_2020.questions["1.1.2"].levels)
    assert rubric_of(w).chosen() is None
    # a graded question: five descriptors, the option labels of its own unit
    w.select_question("1.1.3")
    graded = bank_2020.questions["1.1.3"]
    assert rubric_of(w).descriptors() == dict(graded.levels) and len(graded.levels) == 5
    option_texts = [k.text() for _, k, _ in rubric_of(w).rows]
    assert option_texts[0] == "1  Alla nämnder" and option_texts[-1] == "5  Ingen nämnd"


def test_groups_documents_law_and_na_rule_are_shown(qtbot, main_window, new_file, bank_2020):
    w = main_window(new_file)
    by_group = bank_2020.group_by_id
    with_groups = next(q for q in bank_2020.questions.values() if q.groups and q.documents)
    w.select_question(with_groups.id)
    text = context_text(w)
    assert all(by_group[g].label in text for g in with_groups.groups)
    assert all(bank_2020.document_by_id[d].title in text for d in with_groups.documents)
    law = bank_2020.questions["1.1.5"]
    assert law.basis == "law"
    w.select_question("1.1.5")
    assert law.statute in context_text(w) and "Lagkrav" in context_text(w)
    assert "Ej tillämplig är inte tillåten" in context_text(w)
    fair = next(q for q in bank_2020.questions.values() if q.na_allowed and q.na_when)
    w.select_question(fair.id)
    assert fair.na_when in context_text(w)
    assert fair.na_when in w.question_panel.option_buttons()[-1][1].toolTip()


def test_refused_na_says_why(qtbot, main_window, new_file):
    w = main_window(new_file)
    w.select_question("1.1.1")  # na_allowed: false
    QTest.keyClick(w.tree, Qt.Key.Key_0)
    assert "Ej tillämplig är inte tillåten för fråga 1.1.1" in w.statusBar().currentMessage()
    assert Evaluation.open(new_file).answers().get("1.1.1") is None or \
        Evaluation.open(new_file).answers()["1.1.1"].choice is None


def test_filter_by_group_shows_exactly_its_questions(qtbot, main_window, new_file, bank_2020):
    w = main_window(new_file)
    bar = w.tree_dock.widget()
    assert bar.combo.isVisible() and bar.combo.itemText(0) == "Alla frågor"
    expected = [q.id for q in bank_2020.questions.values() if "fack" in q.groups]
    assert expected
    bar.choose("Intervjugrupp: Fackliga företrädare")
    assert w.tree.ids == expected
    model = w.tree_model
    visible = [qid for qid in w.tree.all_ids
               if not w.tree.isRowHidden(model.index_of("question", qid).row(),
                                         model.index_of("question", qid).parent())
               and not w.tree.isRowHidden(model.index_of("question", qid).parent().row(),
                                          model.index_of("question", qid).parent().parent())]
    assert visible == expected
    assert w.question_id == expected[0]
    for qid in expected[1:]:  # Page Down walks the group's questions, and stops at its last
        QTest.keyClick(w.tree, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda qid=qid: w.question_id == qid)
    QTest.keyClick(w.tree, Qt.Key.Key_PageDown)
    assert w.question_id == expected[-1]
    # the search follows the filter: a word of a question outside it is not found
    outside = next(q for q in bank_2020.questions.values() if q.id not in expected)
    w.show_search()
    w.search_panel.ui.searchEdit.setText(outside.text[:30])
    hits = w.search_panel.run()
    assert all(h.target in expected for h in hits if h.kind != "note")
    assert "bara" in w.search_panel.ui.countLabel.text()
    bar.choose("Alla frågor")
    assert w.tree.ids == w.tree.all_ids and any(h.target == outside.id for h in w.search_panel.run())


def test_filter_by_document_and_an_outside_filter(qtbot, main_window, new_file, bank_2020):
    w = main_window(new_file)
    bar = w.tree_dock.widget()
    expected = [q.id for q in bank_2020.questions.values() if "budget" in q.documents]
    bar.choose("Dokument: Mål och budget")
    assert w.tree.ids == expected
    # another part of the window (an interview) filters through the same API; its label shows
    w.tree.set_filter(["2.1.1", "1.1.2"], "Frågor för den här gruppen")
    assert w.tree.ids == ["1.1.2", "2.1.1"] and bar.combo.currentText() == "Frågor för den här gruppen"
    w.select_question("3.1.1")  # a jump outside the filter shows every question again
    assert w.tree.filter_ids is None and bar.combo.currentIndex() == 0 and w.question_id == "3.1.1"


def test_search_finds_questions_by_group(qtbot, main_window, new_file, bank_2020):
    w = main_window(new_file)
    w.show_search()
    w.search_panel.ui.searchEdit.setText("fackliga företrädare")
    targets = {h.target for h in w.search_panel.run() if h.where.startswith("Intervjugrupp")}
    assert targets == {q.id for q in bank_2020.questions.values() if "fack" in q.groups}


def test_a_format_1_bank_shows_none_of_it(qtbot, main_window, tmp_path):
    path = tmp_path / "Liten-2026.kompass"
    Evaluation.create(path, load_bank(BANKS / "small.yaml"), municipality="Liten", year=2026,
                      team=["Anna Granskare"]).close()
    w = main_window(path)
    w.select_question("1.1.1")
    assert not w.question_panel.ui.levelsBox.isVisible() and rubric_of(w).rows == []
    assert context_text(w) == "" and not w.tree_dock.widget().combo.isVisible()
    QTest.keyClick(w.tree, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: Evaluation.open(path).answers().get("1.1.1") is not None)
    QTest.keyClick(w.tree, Qt.Key.Key_PageDown)
    assert w.question_id == w.tree.all_ids[1]


def test_an_old_file_opens_with_its_format_1_bank(qtbot, main_window, tmp_path):
    path = tmp_path / "old.kompass"
    shutil.copy(FIXTURES / "kompass_v2" / "sample.kompass", path)
    w = main_window(path)
    assert w.question_id is not None and rubric_of(w).rows == [] and context_text(w) == ""
    QTest.keyClick(w.tree, Qt.Key.Key_PageDown)
    assert w.question_id in w.tree.all_ids


def test_english_interface_shows_the_translated_instrument(qtbot, main_window, new_file, qapp):
    from kompassapp.gui.base import i18n

    with Evaluation.open(new_file) as ev:
        en, sv = ev.bank_in("en"), ev.bank
    i18n.install(qapp, "en")
    try:
        w = main_window(new_file)
        w.select_question("1.1.5")
        q = en.questions["1.1.5"]
        assert rubric_of(w).descriptors() == dict(q.levels) != dict(sv.questions["1.1.5"].levels)
        assert q.statute in context_text(w)
        assert all(en.group_by_id[g].label in context_text(w) for g in q.groups)
        assert w.tree_dock.widget().combo.itemText(0) == "All questions"
        labels = [w.tree_dock.widget().combo.itemText(i) for i in range(w.tree_dock.widget().combo.count())]
        assert any(en.group_by_id["fack"].label in t for t in labels)
    finally:
        i18n.install(qapp, "sv")


def test_markup_in_the_instrument_is_shown_as_text(qtbot, main_window, tmp_path):
    """A /2 bank's group labels, document titles, descriptors, statute and N/A rule are file text."""
    from tests.gui.test_markup import rich_labels_showing

    tag = "<img src='/nonexistent/x.png'>"  # single quotes: it goes inside double-quoted YAML strings
    text = (Path(__file__).parents[2] / "question_bank" / "kommunkompassen-2020.sv.yaml").read_text(encoding="utf-8")
    for old in ('label: "Fackliga företrädare"', 'title: "Samverkansavtal"',
                'ingen: "Ingen enhet håller arbetsplatsträffar', 'statute: "Lag (2018:1937)'):
        assert old in text
        key, value = old.split(": ", 1)
        text = text.replace(old, f'{key}: "{tag}{value[1:]}', 1)
    bank_path = tmp_path / "hostile2020.yaml"
    bank_path.write_text(text, encoding="utf-8")
    path = tmp_path / "hostile.kompass"
    Evaluation.create(path, load_bank(bank_path), municipality="Testkommun", year=2026, team=["Anna"]).close()
    w = main_window(path)
    w.select_question("8.4.4")  # the tagged group, document and descriptor
    assert tag in context_text(w) and any(tag in t for t in rubric_of(w).descriptors().values())
    assert rich_labels_showing(tag) == []
    w.select_question("1.1.5")  # the tagged statute
    assert tag in context_text(w) and rich_labels_showing(tag) == []
    combo = w.tree_dock.widget().combo
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(combo.count())]
    assert any("&lt;img" in t for t in tips) and not any(tag in t for t in tips)


def test_the_2003_bank_in_the_demo_shows_its_instrument(qtbot, main_window, demo_copy):
    w = main_window(demo_copy)
    bank = w.ev.bank
    assert bank.edition == "2003" and bank.groups and bank.documents
    q = next(q for q in bank.questions.values() if q.groups and w.ev.answer(q.id).choice not in (None, "na"))
    w.select_question(q.id)
    assert rubric_of(w).descriptors() == dict(q.levels)
    assert rubric_of(w).chosen() == w.ev.answer(q.id).choice  # the demo's answer is marked
    assert all(bank.group_by_id[g].label in context_text(w) for g in q.groups)
