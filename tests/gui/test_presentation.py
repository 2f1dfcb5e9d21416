# SPDX-License-Identifier: MIT
"""F5 on a partial evaluation says it is preliminary and shows unassessed areas as "–" (issue 10 item 4)."""

from PySide6.QtCore import Qt

from kompassapp.evaluation import Evaluation


def present(qtbot, w):
    qtbot.keyClick(w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: w.presentation is not None and w.presentation.isVisible())
    return w.presentation


def test_day_one_is_preliminary_and_unassessed_areas_read_a_dash(qtbot, main_window, new_file, bank_2020):
    w = main_window(new_file)
    w.tree.setFocus()
    qtbot.keyClick(w.tree, "1")  # 1.1.1, the best option
    pv = present(qtbot, w)
    n = len(bank_2020.questions)
    assert pv.ui.preliminaryLabel.isVisible()
    assert pv.ui.preliminaryLabel.text() == f"Preliminärt – 1 av {n} frågor bedömda"
    values = [label.text() for label in pv._values]
    assert values[0] not in ("–", "0") and values[1:] == ["–"] * (len(bank_2020.areas) - 1)
    assert [t.toPlainText() for t in pv.radar.value_labels][1:] == ["–"] * (len(bank_2020.areas) - 1)
    pv.close()


def test_a_complete_evaluation_is_not_preliminary(qtbot, main_window, new_file, bank_2020):
    with Evaluation.open(new_file) as ev:
        for q in bank_2020.questions.values():
            ev.set_answer(q.id, choice=bank_2020.scales[q.scale].options[-1].key)  # the lowest: 0 points
    w = main_window(new_file)
    pv = present(qtbot, w)
    assert not pv.ui.preliminaryLabel.isVisible()
    assert all(label.text() == "0" for label in pv._values)  # assessed, and nothing awarded
    pv.close()
