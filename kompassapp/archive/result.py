"""What leaves the laptop: an evaluation's RESULT, never its raw evidence.

A `Result` holds the municipality, year, edition, bank, exact area scores and tallies, the
status, the findings (and per-area analysis texts) and the auditors' names. Participants,
notes, answer comments and the change log are never read into it, so they cannot reach the
archive. `payload()` is exactly what is sent, and what the window's preview shows.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from fractions import Fraction

from kompassapp.bank.model import Area, Bank, Subarea
from kompassapp.errors import KompassError
from kompassapp.messages import t

FINAL, PRELIMINARY = "final", "preliminary"
EVALUATION, PUBLISHED = "evaluation", "published"
CODE = re.compile(r"\d{4}")


def frac(text: str | None) -> Fraction | None:
    return None if text is None else Fraction(text)


def ftext(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class SubareaResult:
    id: str
    title: str
    awarded: Fraction
    possible: Fraction
    answered: int
    applicable: int
    na: int


@dataclass(frozen=True)
class AreaResult:
    id: str
    title: str
    short: str
    max: Fraction
    score: Fraction
    awarded: Fraction | None = None  # None for published totals: only the score is known
    possible: Fraction | None = None
    answered: int | None = None
    applicable: int | None = None
    na: int | None = None
    subareas: tuple[SubareaResult, ...] = ()


@dataclass(frozen=True)
class Text:
    area_id: str
    kind: str  # strength | development | example | analysis
    position: int
    text: str
    municipality: str = ""  # for good examples: where the example comes from


@dataclass(frozen=True)
class Result:
    evaluation_id: str
    kind: str  # evaluation | published
    municipality: str
    year: int
    edition: str
    status: str  # preliminary | final
    areas: tuple[AreaResult, ...]
    code: str | None = None  # the four-digit municipality code, where known
    bank_id: str | None = None
    bank_revision: int | None = None
    bank_title: str = ""
    answered: int | None = None
    applicable: int | None = None
    texts: tuple[Text, ...] = ()
    auditors: tuple[str, ...] = ()
    source: str = ""
    # filled in when read back from the archive
    version: int = 0
    pushed_at: str = ""
    history: tuple[tuple[int, str, str], ...] = field(default=(), compare=False)  # (version, pushed_at, total)

    @property
    def total(self) -> Fraction:
        return sum((a.score for a in self.areas), Fraction(0))

    @property
    def max_total(self) -> Fraction:
        return sum((a.max for a in self.areas), Fraction(0))

    def payload(self) -> dict:
        """Everything this result sends, as plain JSON data (exact numbers as fraction text)."""
        return {
            "evaluation_id": self.evaluation_id, "kind": self.kind, "municipality": self.municipality,
            "code": self.code, "year": self.year, "edition": self.edition, "bank_id": self.bank_id,
            "bank_revision": self.bank_revision, "status": self.status, "total": str(self.total),
            "answered": self.answered, "applicable": self.applicable, "source": self.source,
            "areas": [{"id": a.id, "score": str(a.score), "max": str(a.max), "awarded": ftext(a.awarded),
                       "possible": ftext(a.possible), "answered": a.answered, "applicable": a.applicable,
                       "na": a.na,
                       "subareas": [{"id": s.id, "awarded": str(s.awarded), "possible": str(s.possible),
                                     "answered": s.answered, "applicable": s.applicable, "na": s.na}
                                    for s in a.subareas]}
                      for a in self.areas],
            "texts": [{"area": x.area_id, "kind": x.kind, "position": x.position, "text": x.text,
                       "municipality": x.municipality} for x in self.texts],
            "auditors": list(self.auditors),
        }

    def content_hash(self) -> str:
        """Same content, same hash: a re-push of an unchanged result changes nothing."""
        text = json.dumps(self.payload(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def structure(self) -> dict:
        """The bank's shape as far as results need it (titles and maxima, for reading back)."""
        return {"areas": [{"id": a.id, "title": a.title, "short": a.short, "max": str(a.max),
                           "subareas": [{"id": s.id, "title": s.title} for s in a.subareas]} for a in self.areas]}

    def bank(self) -> Bank:
        """A bank holding just this result's areas and sub-areas (no questions): for the exports."""
        areas = tuple(Area(a.id, a.title, a.short, a.max, tuple(Subarea(s.id, s.title, ()) for s in a.subareas))
                      for a in self.areas)
        return Bank(id=self.bank_id or f"kommunkompassen-{self.edition}", title=self.bank_title or "Kommunkompassen",
                    edition=self.edition, language="sv", revision=self.bank_revision or 0, scales={}, areas=areas)


def check_code(code: str | None) -> str | None:
    if code is None or code == "":
        return None
    code = str(code).strip()
    if not CODE.fullmatch(code):
        raise KompassError(t("archive.bad_code", code=code))
    return code


def from_evaluation(ev, code: str | None = None) -> Result:
    """The result of an open evaluation (kompassapp.evaluation.Evaluation).

    Final when the lead has marked the report final (the domain's own notion: `kompassapp final`,
    Arkiv ▸ Markera rapporten som slutlig; kompassapp.purge.final_at); otherwise preliminary.
    Reads only scores, findings, analysis texts and the team's names.
    """
    from kompassapp.purge import final_at

    info = ev.info
    if info.demo:
        raise KompassError(t("archive.demo", file=ev.path))
    if not ev.evaluation_id:
        raise KompassError(t("archive.no_id", file=ev.path))
    profile = ev.profile()
    status = FINAL if final_at(ev.conn) else PRELIMINARY
    if code is None:  # a code kept in the file's details, should a later version record one
        row = ev.conn.execute("SELECT value FROM meta WHERE key = 'municipality_code'").fetchone()
        code = json.loads(row[0]) if row and row[0] else None
    areas = tuple(
        AreaResult(a.area.id, a.area.title, a.area.short, a.area.max, a.score, a.tally.awarded, a.tally.possible,
                   a.tally.answered, a.tally.applicable, a.tally.na,
                   tuple(SubareaResult(s.subarea.id, s.subarea.title, s.tally.awarded, s.tally.possible,
                                       s.tally.answered, s.tally.applicable, s.tally.na) for s in a.subareas))
        for a in profile.areas)
    positions: dict[tuple[str, str], int] = {}
    texts = []
    for f in sorted(ev.findings(), key=lambda f: (f.area_id, f.kind, f.position, f.id)):
        if not f.text.strip():
            continue
        n = positions[(f.area_id, f.kind)] = positions.get((f.area_id, f.kind), -1) + 1
        texts.append(Text(f.area_id, f.kind, n, f.text, f.municipality or ""))
    texts += _analysis_texts(ev)
    tally = profile.tally
    return Result(evaluation_id=ev.evaluation_id, kind=EVALUATION, municipality=info.municipality, year=info.year,
                  edition=ev.bank.edition, status=status, areas=areas, code=check_code(code), bank_id=ev.bank.id,
                  bank_revision=ev.bank.revision, bank_title=ev.bank.title, answered=tally.answered,
                  applicable=tally.applicable, texts=tuple(texts),
                  auditors=tuple(m.name for m in ev.team() if m.name.strip()))


def _analysis_texts(ev) -> list[Text]:
    """The report's analysis texts that count: one per area (kind "analysis"), and the summary,
    introduction and conclusion of the whole (area ""). Absent in files from before analyses."""
    if not hasattr(ev, "analysis_text"):
        return []
    out = [Text(a.id, "analysis", 0, text) for a in ev.bank.areas if (text := ev.analysis_text("area", a.id).strip())]
    for kind in ("summary", "introduction", "conclusion"):
        text = ev.analysis_text(kind).strip()
        if text:
            out.append(Text("", kind, 0, text))
    return out
