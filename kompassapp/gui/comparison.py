# SPDX-License-Identifier: MIT
"""A comparison profile: another .kompass file's area scores, laid over the chart.

Only evaluations on the same bank (edition) are compared, area by area: scores from another
edition measure other things, and an area missing from the comparison must not silently drop
out of the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation


@dataclass(frozen=True)
class Comparison:
    path: Path
    label: str  # "Botkyrka 2003": the legend shows name and year
    scores: tuple[Fraction, ...]  # in the current bank's area order
    total: Fraction


translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def load_comparison(path: Path, bank: Bank, current: Path | None = None) -> Comparison:
    path = Path(path)
    if current is not None and path.resolve() == Path(current).resolve():
        raise KompassError(translate("Comparison", "Det är samma fil som den öppna utvärderingen. Välj en annan utvärdering."))
    other = Evaluation.open(path)
    try:
        if other.bank.id != bank.id:
            raise KompassError(translate("Comparison", "%1 bygger på frågebanken %2, den här utvärderingen på %3. Profiler "
                                   "kan bara jämföras inom samma utgåva av Kommunkompassen.")
                               .replace("%1", path.name).replace("%2", other.bank.id).replace("%3", bank.id))
        by_id = other.profile().by_id()
        missing = [a.id for a in bank.areas if a.id not in by_id]
        if missing:
            raise KompassError(translate("Comparison", "%1 saknar område %2.").replace("%1", path.name).replace("%2", ", ".join(missing)))
        scores = tuple(by_id[a.id].score for a in bank.areas)
        info = other.info
        return Comparison(path, f"{info.municipality} {info.year}", scores, sum(scores, Fraction(0)))
    finally:
        other.close()
