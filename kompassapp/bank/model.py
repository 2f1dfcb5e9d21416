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
FORMAT_2 = "kompassapp-bank/2"  # adds groups, documents, themes and per-question rubrics (see the JSON Schema)
FORMATS = (FORMAT, FORMAT_2)
SOURCES = ("dokument", "webb", "intervju", "observation")
# Which sources make a /2 question name whom to ask and what to request. The website (webb) and the
# auditor's own observation need neither: nobody is interviewed and nothing is requested.
INTERVIEW_SOURCES = ("intervju",)
DOCUMENT_SOURCES = ("dokument",)
BASES = ("law",)  # `basis`: the requirement is already set by law (its provision in `statute`)


def exact(value: Any) -> Fraction:
    """A YAML/JSON number as an exact fraction; 0.1 means one tenth, not the nearest float."""
    return Fraction(str(value)) if isinstance(value, float) else Fraction(value)


def plain_number(value: Fraction) -> int | float:
    """The JSON/YAML form of an exact number: an int when whole."""
    return int(value) if value.denominator == 1 else float(value)


def _described(ident: str, name_key: str, name: str, description: str) -> dict[str, str]:
    return {"id": ident, name_key: name, **({"description": description} if description else {})}


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
class Group:
    """An interview group: whom the auditors ask (format /2)."""
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Document:
    """A document the auditors request or read (format /2)."""
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Theme:
    """A grouping of areas, e.g. the 2020 edition's four pairs (format /2)."""
    id: str
    title: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    guidance: str
    points: Fraction
    scale: str
    sources: tuple[str, ...] = ()
    na_allowed: bool = True
    # format /2: whom to ask, what to request, what earns each option, the law behind it, when N/A is fair
    groups: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    levels: dict[str, str] = field(default_factory=dict)  # option key -> descriptor, in the scale's order
    basis: str = ""
    statute: str = ""
    na_when: str = ""


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
    format: str = FORMAT
    groups: tuple[Group, ...] = ()
    documents: tuple[Document, ...] = ()
    themes: tuple[Theme, ...] = ()

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

    @cached_property
    def group_by_id(self) -> dict[str, Group]:
        return {g.id: g for g in self.groups}

    @cached_property
    def document_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)

    @property
    def max_total(self) -> Fraction:
        return sum((a.max for a in self.areas), Fraction(0))

    # -- plain data, for the copy inside evaluation files and for JSON -------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "id": self.id,
            "title": self.title,
            "edition": self.edition,
            "language": self.language,
            "revision": self.revision,
            **({"description": self.description} if self.description else {}),
            **({"groups": [_described(g.id, "label", g.label, g.description) for g in self.groups]}
               if self.groups else {}),
            **({"documents": [_described(d.id, "title", d.title, d.description) for d in self.documents]}
               if self.documents else {}),
            **({"themes": [{"id": t.id, "title": t.title, "areas": list(t.areas)} for t in self.themes]}
               if self.themes else {}),
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
                                    **({"groups": list(q.groups)} if q.groups else {}),
                                    **({"documents": list(q.documents)} if q.documents else {}),
                                    **({"levels": dict(q.levels)} if q.levels else {}),
                                    **({"basis": q.basis} if q.basis else {}),
                                    **({"statute": q.statute} if q.statute else {}),
                                    **({} if q.na_allowed else {"na_allowed": False}),
                                    **({"na_when": q.na_when} if q.na_when else {}),
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
            format=d.get("format", FORMAT),
            groups=tuple(Group(str(g["id"]), g["label"], g.get("description", "")) for g in d.get("groups", ())),
            documents=tuple(Document(str(x["id"]), x["title"], x.get("description", ""))
                            for x in d.get("documents", ())),
            themes=tuple(Theme(str(t["id"]), t["title"], tuple(str(a) for a in t["areas"]))
                         for t in d.get("themes", ())),
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
                                    groups=tuple(q.get("groups", ())),
                                    documents=tuple(q.get("documents", ())),
                                    # dict(): a damaged file's levels fail as TypeError/ValueError, which
                                    # opening a file reports as damage
                                    levels={str(k): v for k, v in dict(q.get("levels", {})).items()},
                                    basis=q.get("basis", ""),
                                    statute=q.get("statute", ""),
                                    na_when=q.get("na_when", ""),
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
