# SPDX-License-Identifier: MIT
"""How much score a disagreement puts at stake: the consensus view's order (most at stake first)."""

from __future__ import annotations

from fractions import Fraction

from kompassapp.bank.model import Bank
from kompassapp.scoring import NA, Profile


def area_move(bank: Bank, profile: Profile, question_id: str, choices: list[str | None],
              current: str | None = None) -> Fraction:
    """How far the area's score would move between the lowest and the highest of these choices.

    The rest of the area stays as it is in `profile`, where the question has the choice `current`
    (None: open, as a disputed question is); each of `choices` is put on the question in turn.
    Without "ej tillämplig" this is points × value difference × area max ÷ applicable points;
    "ej tillämplig" takes the question's points out of the applicable ones.
    """
    q = bank.questions[question_id]
    area = bank.area_of[question_id]
    tally = next(a.tally for a in profile.areas if a.area.id == area.id)
    scale = bank.scales[q.scale]

    def award(choice: str | None) -> Fraction:
        option = scale.option(choice) if choice not in (None, NA) else None
        return q.points * option.value if option else Fraction(0)

    def is_na(choice: str | None) -> bool:
        return choice == NA and q.na_allowed

    # the area without this question
    base_awarded = tally.awarded - award(current)
    base_possible = tally.possible - (Fraction(0) if is_na(current) else q.points)
    scores = []
    for choice in {c for c in choices if c is not None}:
        possible = base_possible + (Fraction(0) if is_na(choice) else q.points)
        scores.append(area.max * (base_awarded + award(choice)) / possible if possible else Fraction(0))
    return max(scores) - min(scores) if scores else Fraction(0)
