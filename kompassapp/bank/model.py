"""The question bank as plain, immutable objects.

A bank is read once (from YAML, or from the copy stored inside an evaluation file)
and never changes while the app runs, so frozen dataclasses are enough.
Numbers that take part in scoring are `Fraction`s: 0.5 stays exactly one half.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any

FORMAT = "kompassapp-bank/1"
SOURCES = ("dokument", "webb", "intervju", "observation")


def exact(value: Any) -> Fraction:
    """A YAML/JSON number as an exact fraction; 0.1 means one tenth, not the nearest float."""
    return Fraction(str(value)) if isinstance(value, float) else Fraction(value)


def plain_number(value: Fraction) -> int | float:
    """The JSON/YAML form of an exact number: an int when whole."""
    return int(value) if value.denominator == 1 else float(value)


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    value: Fraction


@dataclass(frozen=True)
class Scale:
    key: str
    options: tuple[Option, ...]

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    guidance: str
    points: Fraction
    scale: str
    sources: tuple[str, ...] = ()
    na_allowed: bool = True


@dataclass(frozen=True)
class Subarea:
    id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    short: str
    max: Fraction
    subareas: tuple[Subarea, ...]
    aliases: tuple[str, ...] = ()
    role: str = ""

    @property
    def questions(self) -> list[Question]:
        return [q for s in self.subareas for q in s.questions]


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    edition: str
    language: str
    revision: int
    scales: dict[str, Scale]
    areas: tuple[Area, ...]
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @cached_property
    def questions(self) -> dict[str, Question]:
        return {q.id: q for a in self.areas for q in a.questions}

    @cached_property
    def area_of(self) -> dict[str, Area]:
        """Question id → its area."""
        return {q.id: a for a in self.areas for q in a.questions}

    @cached_property
    def award_table(self) -> tuple[int, dict[str, tuple[int, dict[str, int], bool]]]:
        """(unit, {question id: (points, {option key: points awarded}, na_allowed)}) with every number
        an integer count of 1/unit points, so that scoring adds integers (fast) and stays exact."""
        awards = [q.points * o.value for q in self.questions.values() for o in self.scales[q.scale].options]
        unit = math.lcm(*(f.denominator for f in [*awards, *(q.points for q in self.questions.values())]))
        table = {
            q.id: (int(q.points * unit),
                   {o.key: int(q.points * o.value * unit) for o in self.scales[q.scale].options},
                   q.na_allowed)
            for q in self.questions.values()
        }
        return unit, table

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)

    @property
    def max_total(self) -> Fraction:
        return sum((a.max for a in self.areas), Fraction(0))

    # -- plain data, for the copy inside evaluation files and for JSON -------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "id": self.id,
            "title": self.title,
            "edition": self.edition,
            "language": self.language,
            "revision": self.revision,
            **({"description": self.description} if self.description else {}),
            "scales": {
                s.key: [{"key": o.key, "label": o.label, "value": plain_number(o.value)} for o in s.options]
                for s in self.scales.values()
            },
            "areas": [
                {
                    "id": a.id,
                    "title": a.title,
                    "short": a.short,
                    **({"aliases": list(a.aliases)} if a.aliases else {}),
                    **({"role": a.role} if a.role else {}),
                    "max": plain_number(a.max),
                    "subareas": [
                        {
                            "id": s.id,
                            "title": s.title,
                            "questions": [
                                {
                                    "id": q.id,
                                    "text": q.text,
                                    "guidance": q.guidance,
                                    "points": plain_number(q.points),
                                    "scale": q.scale,
                                    **({"sources": list(q.sources)} if q.sources else {}),
                                    **({} if q.na_allowed else {"na_allowed": False}),
                                }
                                for q in s.questions
                            ],
                        }
                        for s in a.subareas
                    ],
                }
                for a in self.areas
            ],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Bank:
        """Build from already-validated data (see `loader.parse_bank` for untrusted input)."""
        return cls(
            id=str(d["id"]),
            title=d["title"],
            edition=str(d["edition"]),
            language=d["language"],
            revision=int(d["revision"]),
            description=d.get("description", ""),
            scales={
                key: Scale(key, tuple(Option(str(o["key"]), o["label"], exact(o["value"])) for o in opts))
                for key, opts in d["scales"].items()
            },
            areas=tuple(
                Area(
                    id=str(a["id"]),
                    title=a["title"],
                    short=a["short"],
                    aliases=tuple(a.get("aliases", ())),
                    role=a.get("role", ""),
                    max=exact(a["max"]),
                    subareas=tuple(
                        Subarea(
                            id=str(s["id"]),
                            title=s["title"],
                            questions=tuple(
                                Question(
                                    id=str(q["id"]),
                                    text=q["text"],
                                    guidance=q.get("guidance", ""),
                                    points=exact(q["points"]),
                                    scale=q["scale"],
                                    sources=tuple(q.get("sources", ())),
                                    na_allowed=q.get("na_allowed", True),
                                )
                                for q in s["questions"]
                            ),
                        )
                        for s in a["subareas"]
                    ),
                )
                for a in d["areas"]
            ),
        )
