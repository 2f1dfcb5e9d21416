"""Scoring: exact arithmetic and the properties a fair score must have."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from kompassapp.bank import load_bank
from kompassapp.bank.model import Bank
from kompassapp.scoring import NA, as_number, display, score
from conftest import BANK_2003, SMALL_BANK

SMALL = load_bank(SMALL_BANK)
KK2003 = load_bank(BANK_2003)


def choices_for(bank: Bank):
    """Random partial answers: per question nothing, N/A (where allowed) or one of its options."""
    per_question = {
        q.id: st.sampled_from([None, *([NA] if q.na_allowed else []), *(o.key for o in bank.scales[q.scale].options)])
        for q in bank.questions.values()
    }
    return st.fixed_dictionaries(per_question).map(lambda d: {k: v for k, v in d.items() if v is not None})


def test_examples_on_the_small_bank():
    p = score(SMALL, {"1.1.1": "delvis", "1.1.2": "4"})
    assert p.by_id()["1"].score == Fraction(30 + 32)  # 60 × 0.5 + 40 × 0.8
    assert p.by_id()["2"].score == 0 and p.by_id()["2"].tally.applicable == 2
    assert p.total == 62 and p.max_total == 150
    # N/A takes the question out: area 2 is then scored on 2.1.2 alone
    p = score(SMALL, {"2.1.1": NA, "2.1.2": "ja"})
    assert p.by_id()["2"].score == 50 and p.by_id()["2"].tally.na == 1


def test_half_points_stay_exact():
    p = score(SMALL, {"2.1.1": "delvis", "2.1.2": "ja"})  # 10 + 30 of 50 points → 50 × 40/50
    assert p.by_id()["2"].score == 40
    p = score(SMALL, {"1.1.1": "delvis", "1.1.2": "0"})
    assert p.by_id()["1"].score == 30
    assert display(Fraction(153, 2)) == display(Fraction("76.5")) and str(display(Fraction(153, 2))) == "76.5"
    assert as_number(Fraction(1279, 2)) == 639.5 and as_number(Fraction(639)) == 639


def test_na_not_allowed_counts_as_open():
    p = score(SMALL, {"1.1.2": NA, "1.1.1": "ja"})  # 1.1.2 has na_allowed: false
    assert p.by_id()["1"].score == 60 and p.by_id()["1"].tally.na == 0


@settings(max_examples=200, deadline=None)
@given(choices_for(KK2003))
def test_scores_stay_within_bounds(choices):
    p = score(KK2003, choices)
    for a in p.areas:
        assert 0 <= a.score <= a.area.max
        assert a.tally.answered <= a.tally.applicable <= len(a.area.questions)
    assert p.total == sum(a.score for a in p.areas) <= p.max_total == 800


@settings(max_examples=200, deadline=None)
@given(choices_for(KK2003), st.data())
def test_na_never_lowers_a_score_compared_with_leaving_it_open(choices, data):
    open_ids = [q.id for q in KK2003.questions.values() if q.id not in choices and q.na_allowed]
    if not open_ids:
        return
    qid = data.draw(st.sampled_from(open_ids))
    before = score(KK2003, choices).by_id()[KK2003.area_of[qid].id].score
    after = score(KK2003, {**choices, qid: NA}).by_id()[KK2003.area_of[qid].id].score
    assert after >= before


@settings(max_examples=200, deadline=None)
@given(choices_for(KK2003), st.data())
def test_a_better_option_never_lowers_the_score(choices, data):
    qid = data.draw(st.sampled_from(sorted(KK2003.questions)))
    q = KK2003.questions[qid]
    options = sorted(KK2003.scales[q.scale].options, key=lambda o: o.value)
    low, high = data.draw(st.sampled_from(options)), options[-1]
    area = KK2003.area_of[qid].id
    assert score(KK2003, {**choices, qid: high}).by_id()[area].score >= score(KK2003, {**choices, qid: low}).by_id()[area].score


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fractions(min_value=0, max_value=1, max_denominator=8), min_size=2, max_size=6),
       st.lists(st.integers(1, 9), min_size=3, max_size=3), st.data())
def test_any_scale_and_points(values, points, data):
    """Banks may use any scale; the area score is max × awarded / applicable points, exactly."""
    options = [{"key": f"o{i}", "label": f"O{i}", "value": float(v)} for i, v in enumerate(values)]
    bank = Bank.from_dict({
        "id": "b", "title": "B", "edition": "x", "language": "sv", "revision": 1, "scales": {"s": options},
        "areas": [{"id": "1", "title": "A", "short": "A", "max": sum(points), "subareas": [{"id": "1.1", "title": "S",
                   "questions": [{"id": f"q{i}", "text": "?", "points": p, "scale": "s"} for i, p in enumerate(points)]}]}],
    })
    picks = {f"q{i}": data.draw(st.sampled_from([o["key"] for o in options])) for i in range(len(points))}
    awarded = sum(Fraction(str(options[int(k[1:])]["value"])) * points[i] for i, k in enumerate(picks.values()))
    assert score(bank, picks).areas[0].score == awarded
