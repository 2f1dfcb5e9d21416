"""Scoring: answers → 0–max per area → total. Pure functions on exact fractions.

Area score = area max × awarded points ÷ points of the applicable questions, where a
question is applicable unless answered N/A; an unanswered question is applicable and
awards nothing (it is still open). Fractions keep 76.5 exactly 76.5; rounding happens
only when a number is shown (`display`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from kompassapp.bank.model import Area, Bank, Subarea

NA = "__na__"  # the choice "ej tillämplig"; not a valid option key in any bank
Choice = str  # an option key of the question's scale, or NA


@dataclass(frozen=True)
class Tally:
    """Points and counts over a set of questions."""

    awarded: Fraction = Fraction(0)
    possible: Fraction = Fraction(0)  # points of applicable questions
    answered: int = 0  # applicable questions with an option chosen
    applicable: int = 0  # questions not answered N/A
    na: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.awarded + other.awarded, self.possible + other.possible,
            self.answered + other.answered, self.applicable + other.applicable, self.na + other.na,
        )

    @property
    def share(self) -> Fraction:
        return self.awarded / self.possible if self.possible else Fraction(0)

    @property
    def assessed(self) -> int:
        """Questions the evaluators have taken a position on: answered or 'ej tillämplig'."""
        return self.answered + self.na

    @property
    def questions(self) -> int:
        return self.applicable + self.na

    @property
    def preliminary(self) -> bool:
        """Something applicable is still unanswered, so the score may still rise."""
        return self.answered < self.applicable


@dataclass(frozen=True)
class SubareaScore:
    subarea: Subarea
    tally: Tally


@dataclass(frozen=True)
class AreaScore:
    area: Area
    tally: Tally
    subareas: tuple[SubareaScore, ...]

    @property
    def score(self) -> Fraction:
        return self.area.max * self.tally.share

    @property
    def assessed(self) -> bool:
        """False while no question of the area is answered (nor marked 'ej tillämplig'): its score
        is then "not yet assessed" (shown as –), not a 0 the municipality earned."""
        return self.tally.assessed > 0


@dataclass(frozen=True)
class Profile:
    areas: tuple[AreaScore, ...]

    @property
    def total(self) -> Fraction:
        return sum((a.score for a in self.areas), Fraction(0))

    @property
    def max_total(self) -> Fraction:
        return sum((a.area.max for a in self.areas), Fraction(0))

    @property
    def tally(self) -> Tally:
        return sum((a.tally for a in self.areas), Tally())

    @property
    def assessed_areas(self) -> tuple[AreaScore, ...]:
        return tuple(a for a in self.areas if a.assessed)

    @property
    def preliminary(self) -> bool:
        return self.tally.preliminary

    def by_id(self) -> dict[str, AreaScore]:
        return {a.area.id: a for a in self.areas}


def score(bank: Bank, choices: Mapping[str, Choice]) -> Profile:
    """The profile for the given choices (question id → option key or NA; absent = open).

    An option key the question's scale does not have counts as open.
    """
    unit, table = bank.award_table
    areas = []
    for area in bank.areas:
        subs = []
        for sub in area.subareas:
            awarded = possible = answered = applicable = na = 0
            for q in sub.questions:
                points, awards, na_allowed = table[q.id]
                choice = choices.get(q.id)
                if choice == NA and na_allowed:
                    na += 1
                    continue
                applicable += 1
                possible += points
                if choice in awards:
                    answered += 1
                    awarded += awards[choice]
            subs.append(SubareaScore(sub, Tally(Fraction(awarded, unit), Fraction(possible, unit),
                                                answered, applicable, na)))
        areas.append(AreaScore(area, sum((s.tally for s in subs), Tally()), tuple(subs)))
    return Profile(tuple(areas))


def display(value: Fraction, places: int = 1) -> Decimal:
    """A score for people: exact halves stay halves, other fractions round half up."""
    exp = Decimal(1).scaleb(-places)
    d = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(exp, rounding=ROUND_HALF_UP)
    return d.quantize(Decimal(1)) if d == d.to_integral() else d


def as_number(value: Fraction, places: int = 2) -> int | float:
    """A score as a JSON number: whole numbers as ints, others rounded to `places`."""
    d = display(value, places)
    return int(d) if d == d.to_integral() else float(d)


def area_move(bank: Bank, profile: Profile, question_id: str, choices: Iterable[Choice | None],
              current: Choice | None = None) -> Fraction:
    """How far the area's score would move between the lowest and the highest of these choices.

    The rest of the area stays as it is in `profile`, where the question has the choice `current`
    (None: open, as a disputed question is); each of `choices` is put on the question in turn.
    Without "ej tillämplig" this is points × value difference × area max ÷ applicable points;
    "ej tillämplig" takes the question's points out of the applicable ones. The consensus view
    lists the disputed questions by it, the most score at stake first.
    """
    q = bank.questions[question_id]
    area = bank.area_of[question_id]
    tally = next(a.tally for a in profile.areas if a.area.id == area.id)
    scale = bank.scales[q.scale]

    def award(choice: Choice | None) -> Fraction:
        option = scale.option(choice) if choice not in (None, NA) else None
        return q.points * option.value if option else Fraction(0)

    def is_na(choice: Choice | None) -> bool:
        return choice == NA and q.na_allowed

    # the area without this question
    base_awarded = tally.awarded - award(current)
    base_possible = tally.possible - (Fraction(0) if is_na(current) else q.points)
    scores = []
    for choice in {c for c in choices if c is not None}:
        possible = base_possible + (Fraction(0) if is_na(choice) else q.points)
        scores.append(area.max * (base_awarded + award(choice)) / possible if possible else Fraction(0))
    return max(scores) - min(scores) if scores else Fraction(0)
