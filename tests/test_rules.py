"""The answer that counts, one rule for every reader; how far a disputed question moves its area."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompassapp.bank import load_bank
from kompassapp.evaluation import Answer, Change, ChangeKind, Evaluation, Status
from kompassapp.rules import counting_answer, counting_choice, is_disputed
from kompassapp.scoring import NA, area_move, score
from conftest import SMALL_BANK

SMALL = load_bank(SMALL_BANK)


def test_the_choice_that_counts():
    assert counting_choice([]) is None
    assert counting_choice(["ja"]) == "ja"
    assert counting_choice(["ja", None, "ja"]) == "ja"  # an auditor without a choice does not dispute
    assert counting_choice(["ja", "nej"]) is None and is_disputed(["ja", "nej"])
    assert counting_choice(["ja", "nej"], Answer("q", "nej")) == "nej" and not is_disputed(["ja", "nej"], Answer("q"))
    assert counting_choice(["ja"], Answer("q", None)) is None  # the lead agreed to leave it open


def test_the_answer_that_counts_with_several_auditors():
    a = Answer("q", "ja", "Protokoll finns.", Status.DONE, "A", "2026-05-04T10:00", "A")
    b = Answer("q", "nej", "", Status.DONE, "B", "2026-05-04T11:00", "B")
    c = Answer("q", None, "Oklart.", Status.DRAFT, "C", "2026-05-04T09:00", "C")
    assert counting_answer({}) is None and counting_answer({"A": a}) == a
    both = counting_answer({"A": a, "B": b})
    assert (both.choice, both.status, both.author, both.auditor) == (None, "done", "B", "")
    assert both.comment == "A: Protokoll finns."
    shared = counting_answer({"A": a, "C": c})
    assert (shared.choice, shared.status, shared.comment) == ("ja", "draft", "A: Protokoll finns.\nC: Oklart.")


def test_answers_choices_and_disputed_apply_the_same_rule(tmp_path):
    ev = Evaluation.create(tmp_path / "e.kompass", SMALL, municipality="Regelby", year=2026, author="Lena")
    plan = {  # question -> each auditor's choice
        "1.1.1": {"A": "ja"},  # one auditor
        "1.1.2": {"A": "4", "B": "4", "C": None},  # shared (C has only a comment)
        "2.1.1": {"A": "ja", "B": "nej"},  # disputed
        "2.1.2": {"A": "ja", "B": NA},  # disputed, then agreed below
    }
    for auditor in ("A", "B", "C"):
        ev.set_auditor(auditor)
        for qid, by in plan.items():
            if auditor in by:
                ev.set_answer(qid, choice=by[auditor], comment=f"{auditor} om {qid}")
    ev.set_consensus("2.1.2", "delvis", "Enades.")
    answers = ev.answers()
    assert {q: a.choice for q, a in answers.items()} == {"1.1.1": "ja", "1.1.2": "4", "2.1.1": None, "2.1.2": "delvis"}
    assert ev.choices() == {q: a.choice for q, a in answers.items() if a.choice is not None}
    assert ev.disputed() == ["2.1.1"]
    by_auditor, agreed = ev.auditor_answers(), ev.consensus()
    assert answers == {q: counting_answer(by, agreed.get(q)) for q, by in by_auditor.items()}
    ev.set_consensus("2.1.2", None)  # agreed: open
    assert "2.1.2" not in ev.choices() and ev.answers()["2.1.2"].choice is None
    assert ev.profile().total == score(SMALL, ev.choices()).total
    ev.close()


def test_statuses_and_change_kinds_are_enums_stored_as_plain_text(tmp_path):
    ev = Evaluation.create(tmp_path / "e.kompass", SMALL, municipality="Regelby", year=2026)
    seen = []
    ev.changed.connect(seen.append)
    ev.set_answer("1.1.1", choice="ja", status=Status.DONE)
    assert seen == [Change("answer", ("1.1.1",))] and seen[0].kind is ChangeKind.ANSWER
    assert ev.conn.execute("SELECT status FROM answers").fetchone()[0] == "done"
    assert ev.answer("1.1.1").status == Status.DONE == "done"
    ev.close()
    with pytest.raises(ValueError):
        Change("merge")  # not a kind anyone listens for


def test_area_move_worked_example():
    rest = {"1.1.2": "4"}  # 32 of 40 points
    profile = score(SMALL, rest)
    assert area_move(SMALL, profile, "1.1.1", ["ja", "nej"]) == 60  # 92 against 32 of 100
    assert area_move(SMALL, profile, "1.1.1", ["ja", None]) == 0  # one choice: nothing at stake
    # "ej tillämplig" takes 1.1.1's 60 points out: 32 of 40 → 80, against 92 with "ja"
    assert area_move(SMALL, profile, "1.1.1", ["ja", NA]) == 12


def _choices(bank):
    return st.fixed_dictionaries({
        q.id: st.sampled_from([None, NA, *(o.key for o in bank.scales[q.scale].options)])
        for q in bank.questions.values()})


@settings(max_examples=150, deadline=None)
@given(rest=_choices(SMALL), data=st.data())
def test_area_move_is_the_spread_of_the_area_scores(rest, data):
    """The same as scoring the area once per choice and taking the highest less the lowest."""
    qid = data.draw(st.sampled_from(sorted(SMALL.questions)))
    q = SMALL.questions[qid]
    options = [None, NA, *(o.key for o in SMALL.scales[q.scale].options)]
    candidates = data.draw(st.lists(st.sampled_from(options), max_size=4))
    current = rest[qid]
    area = SMALL.area_of[qid].id

    def area_score(choice):
        choices = {k: v for k, v in {**rest, qid: choice}.items() if v is not None}
        return score(SMALL, choices).by_id()[area].score

    profile = score(SMALL, {k: v for k, v in rest.items() if v is not None})
    scores = [area_score(c) for c in {c for c in candidates if c is not None}]
    expected = max(scores) - min(scores) if scores else Fraction(0)
    assert area_move(SMALL, profile, qid, candidates, current) == expected
