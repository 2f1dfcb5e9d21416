# SPDX-License-Identifier: MIT
"""With the interface in English, an evaluation whose file carries an English bank translation shows
the English texts in the tree, the question panel, the chart and the presentation; scores are
the same. Without a translation (the 2003 bank) the bank's own Swedish texts stay."""


from kompassapp.evaluation import Evaluation
from kompassapp.gui.base import i18n
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.chart.radar import wrap_label


def open_window(qtbot, closing, path):
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.base.settings import Settings

    w = MainWindow(Evaluation.open(path), Settings())
    closing(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_english_interface_shows_the_english_bank(qapp, qtbot, closing, new_file):
    with Evaluation.open(new_file) as ev:
        assert "en" in ev.languages
        sv, en = ev.bank, ev.bank_in("en")
        with Evaluation.open(new_file) as other:
            other.set_answer("1.1.1", choice=sv.scales[sv.questions["1.1.1"].scale].options[0].key)
        swedish_scores = [a.score for a in ev.profile().areas]
    try:
        i18n.install(qapp, "en")
        w = open_window(qtbot, closing, new_file)
        assert display_bank(w.ev) is display_bank(w.ev) and display_bank(w.ev).language == "en"
        model = w.tree_model
        assert model.data(model.index(0, 0)) == f"1  {en.areas[0].title}"
        assert en.areas[0].title == "Interaction between elected representatives and citizens"
        q = model.index_of("question", "1.1.1")
        assert model.data(q) == f"1.1.1  {en.questions['1.1.1'].text}"
        assert model.data(model.index_of("question", "1.1.1", 1)) == en.scales[en.questions["1.1.1"].scale].options[0].label
        w.select_question("1.1.1")
        panel = w.question_panel.ui
        assert en.areas[0].title in panel.locationLabel.text() and en.questions["1.1.1"].text in panel.questionLabel.text()
        radar = w.profile_panel.radar
        assert [t.toPlainText() for t in radar.axis_labels] == [wrap_label(a.short) for a in en.areas]
        assert radar.scores == swedish_scores and w.ev.bank.language == "sv"  # scoring unchanged
        w.toggle_presentation()
        pv = w.presentation
        texts = pv.visible_texts()
        assert "Citizen dialogue" in texts and "Total" in texts
        pv.close()
        w.close()
    finally:
        i18n.install(qapp, "sv")


def test_swedish_interface_and_banks_without_translation_keep_their_texts(qapp, qtbot, closing, new_file, demo_copy):
    with Evaluation.open(new_file) as ev:
        assert display_bank(ev) is ev.bank
    try:
        i18n.install(qapp, "en")
        w = open_window(qtbot, closing, demo_copy)  # the 2003 bank has no English translation
        assert display_bank(w.ev) is w.ev.bank
        assert w.tree_model.data(w.tree_model.index(0, 0)).startswith("1  ")
        assert [t.toPlainText().replace("\n", "") for t in w.profile_panel.radar.axis_labels][0] == \
            w.ev.bank.areas[0].short
        w.close()
    finally:
        i18n.install(qapp, "sv")
