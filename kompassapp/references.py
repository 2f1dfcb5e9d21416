"""Reference profiles: published or user-made area scores to compare an evaluation with.

A reference belongs to one edition of the method; comparing profiles across editions is
meaningless (the areas differ), so `comparison()` refuses it with a clear message.
Shipped references live in `question_bank/references/`, each naming its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import yaml

from kompassapp.bank.model import Bank, exact, plain_number
from kompassapp.errors import KompassError
from kompassapp.fileio import write_atomic
from kompassapp.paths import bank_dir

FORMAT = "kompassapp-reference/1"
FIELDS = {"format", "id", "name", "edition", "bank", "source", "kind", "scores"}
KINDS = ("published", "average", "user")


@dataclass(frozen=True)
class Reference:
    id: str
    name: str  # shown in legends, e.g. "Botkyrka 2003"
    edition: str
    scores: dict[str, Fraction]  # area id → score
    bank: str = ""  # the bank id the scores were made on, if known
    source: str = ""  # where the figures come from
    kind: str = "user"  # published | average | user

    @property
    def total(self) -> Fraction:
        return sum(self.scores.values(), Fraction(0))

    def to_dict(self) -> dict:
        return {"format": FORMAT, "id": self.id, "name": self.name, "edition": self.edition, "bank": self.bank,
                "source": self.source, "kind": self.kind,
                "scores": {k: plain_number(v) for k, v in self.scores.items()}}


def reference_dir() -> Path:
    return bank_dir() / "references"


def load_reference(path: str | Path) -> Reference:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KompassError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise KompassError(f"{path}: the file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise KompassError(f"{path}:{mark.line + 1 if mark else 1}: invalid YAML") from None
    return _parse(data, str(path))


def _parse(data: object, source: str) -> Reference:
    def bad(field: str, message: str) -> KompassError:
        return KompassError(f"{source}: field '{field}': {message}")

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KompassError(f"{source}: not a reference profile (expected format: {FORMAT})")
    unknown = set(data) - FIELDS
    if unknown:
        raise bad(sorted(unknown)[0], "unknown field")
    for field in ("id", "name", "edition"):
        if not str(data.get(field) or "").strip():
            raise bad(field, "missing or empty")
    if data.get("kind", "user") not in KINDS:
        raise bad("kind", f"must be one of {', '.join(KINDS)}")
    scores = data.get("scores")
    if not isinstance(scores, dict) or not scores:
        raise bad("scores", "must map area ids to scores")
    parsed = {}
    for area, value in scores.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise bad("scores", f"area {area}: {value!r} is not a score")
        parsed[str(area)] = exact(value)
    return Reference(id=str(data["id"]), name=str(data["name"]), edition=str(data["edition"]), scores=parsed,
                     bank=str(data.get("bank") or ""), source=str(data.get("source") or ""),
                     kind=data.get("kind", "user"))


def bundled_references() -> list[Reference]:
    return [load_reference(p) for p in sorted(reference_dir().glob("*.yaml"))]


def save_reference(reference: Reference, path: str | Path) -> None:
    text = yaml.safe_dump(reference.to_dict(), allow_unicode=True, sort_keys=False)
    write_atomic(Path(path), text.encode("utf-8"))


def check_comparable(reference: Reference, bank: Bank) -> None:
    """Refuse a reference from another edition, or one whose areas do not match the bank's."""
    if reference.edition != bank.edition:
        raise KompassError(
            f"the reference '{reference.name}' is on the {reference.edition} edition, but this evaluation uses the "
            f"{bank.edition} edition; profiles can only be compared within one edition")
    areas = {a.id for a in bank.areas}
    if set(reference.scores) != areas:
        raise KompassError(f"the reference '{reference.name}' has areas {', '.join(sorted(reference.scores))}, "
                           f"but the bank has {', '.join(sorted(areas))}")
    for area in bank.areas:
        if reference.scores[area.id] > area.max:
            raise KompassError(f"the reference '{reference.name}' gives area {area.id} "
                               f"{float(reference.scores[area.id]):g}, above its max {float(area.max):g}")


def find_reference(spec: str) -> Reference:
    """A reference given as a file path or as the id of a shipped reference (e.g. 'botkyrka-2003')."""
    path = Path(spec)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_reference(path)
    for reference in bundled_references():
        if reference.id == spec:
            return reference
    known = ", ".join(r.id for r in bundled_references()) or "none"
    raise KompassError(f"no reference file or shipped reference named '{spec}' (shipped: {known})")


def from_profile(name: str, bank: Bank, scores: dict[str, Fraction], *, kind: str = "user",
                 source: str = "") -> Reference:
    """A reference made from any profile, e.g. an evaluation's, to save and compare with later."""
    ident = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "profil"
    return Reference(id=ident, name=name, edition=bank.edition, scores=dict(scores), bank=bank.id,
                     source=source, kind=kind)


def comparison(spec: str | Path, bank: Bank) -> Reference:
    """The profile to overlay: another .kompass file, a reference file or a shipped reference id.

    Refused with a clear message when it is not comparable with `bank`.
    """
    from kompassapp.evaluation import Evaluation  # here: evaluation files are only one of the sources

    if str(spec).endswith(".kompass"):
        with Evaluation.open(spec, readonly=True) as other:
            profile = other.profile()
            reference = from_profile(f"{other.info.municipality} {other.info.year}", other.bank,
                                     {a.area.id: a.score for a in profile.areas}, source=str(spec))
    else:
        reference = find_reference(str(spec))
    check_comparable(reference, bank)
    return reference
