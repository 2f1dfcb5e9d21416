# SPDX-License-Identifier: MIT
"""The question tree model: valid for Qt's model tester, and refreshed by change set."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kompassapp.evaluation import Evaluation
from kompassapp.scoring import NA
from kompassapp.gui.base import commands as c
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.base.scores import Scores
from kompassapp.gui.answering.tree_model import ID_ROLE, KIND_ROLE, QuestionTreeModel


@pytest.fixture
def model(new_file):
    ev = Evaluation.open(new_file)
    bridge = Bridge(ev)
    scores = Scores(ev, bridge)
    m = QuestionTreeModel(scores)
    yield m
    ev.close()


def test_passes_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_shape_follows_the_bank(model):
    bank = model.bank
    assert model.rowCount() == len(bank.areas)
    area = model.index(0, 0)
    assert area.data(KIND_ROLE) == "area" and area.data(ID_ROLE) == "1"
    assert model.rowCount(area) == len(bank.areas[0].subareas)
    sub = model.index(0, 0, area)
    q = model.index(0, 0, sub)
    assert q.data(KIND_ROLE) == "question" and q.data(ID_ROLE) == "1.1.1"
    assert q.parent() == sub and sub.parent() == area
    assert len(model.question_ids()) == len(bank.questions)


def test_an_answer_touches_its_row_its_subarea_and_its_area_only(qtbot, model):
    ev = model.scores.ev
    changed = []
    model.dataChanged.connect(lambda tl, br, roles=None: changed.append((tl.data(ID_ROLE), tl.column(), br.column())))
    stack = QUndoStack()
    qid = next(q.id for q in ev.bank.areas[0].questions if q.na_allowed)  # one that may be answered N/A
    sid = next(s.id for s in ev.bank.areas[0].subareas if any(q.id == qid for q in s.questions))
    c.push(stack, c.SetAnswer(ev, qid, choice="ja"))
    assert sorted(changed) == sorted([(qid, 0, 2), (sid, 0, 2), ("1", 0, 2)])
    area = model.index_of("area", "1")
    q = model.index_of("question", qid, 1)
    assert q.data() == "Ja"
    n = len(ev.bank.areas[0].questions)
    assert area.siblingAtColumn(1).data() == f"1/{n}"
    points = ev.bank.questions[qid].points
    total = sum(x.points for x in ev.bank.areas[0].questions)
    expected = ev.bank.areas[0].max * points / total
    assert area.siblingAtColumn(2).data() == str(round(float(expected), 1)).replace(".", ",").removesuffix(",0")
    c.push(stack, c.SetAnswer(ev, qid, choice=NA))
    assert q.data() == "Ej tillämplig"
    assert area.siblingAtColumn(1).data() == f"0/{n - 1}"
    assert q.siblingAtColumn(0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_an_area_without_assessed_questions_reads_a_dash_not_0(model):
    ev = model.scores.ev
    stack = QUndoStack()
    score = model.index_of("area", "1", 2)
    assert score.data() == "–" and model.index_of("area", "2", 2).data() == "–"
    qid = next(q.id for q in ev.bank.areas[0].questions if q.na_allowed)  # one that may be answered N/A
    worst = min(ev.bank.scales[ev.bank.questions[qid].scale].options, key=lambda o: o.value).key
    c.push(stack, c.SetAnswer(ev, qid, choice=worst))
    assert score.data() == "0"  # assessed, and it scores nothing
    c.push(stack, c.SetAnswer(ev, qid, choice=None))
    assert score.data() == "–"
