"""The jury workbook: the nominated municipalities side by side, ranked, with one radar chart.

Scores are compared only between evaluations whose banks have the same areas (same ids,
titles and maxima): adding up areas of different editions would rank apples and pears.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation, Info
from kompassapp.exports import sheet as sh
from kompassapp.exports.common import sv_number, sv_period
from kompassapp.exports.sheet import Column as C
from kompassapp.exports.sheet import Book, PatternFill, Reference
from kompassapp.exports.steps import Progress, Step
from kompassapp.scoring import Profile

INCOMPLETE_FILL = PatternFill("solid", fgColor="FCE4D6")


@dataclass(frozen=True)
class Nominee:
    path: Path
    info: Info
    bank: Bank
    team: tuple[str, ...]
    profile: Profile
    label: str = ""
    rank: int = 0


def _areas(bank: Bank) -> list[tuple[str, str, Fraction]]:
    return [(a.id, a.title, a.max) for a in bank.areas]


def load_nominees(paths: list[Path], progress: Progress | None = None) -> list[Nominee]:
    """Read and check the evaluations; the result is ranked by total, best first."""
    if len(paths) < 2:
        raise KompassError("the jury workbook compares at least two evaluations")
    resolved = [p.resolve() for p in paths]
    for i, p in enumerate(resolved):
        if p in resolved[:i]:
            raise KompassError(f"{paths[i]}: the same file is given twice")
    nominees = []
    for i, path in enumerate(paths):
        if progress:
            progress(i, len(paths) + 1, Step.READ_FILE, path.name)
        with Evaluation.open(path, readonly=True) as ev:
            nominees.append(Nominee(path, ev.info, ev.bank, tuple(m.name for m in ev.team()), ev.profile()))
    first = nominees[0]
    for n in nominees[1:]:
        if _areas(n.bank) != _areas(first.bank):
            raise KompassError(
                f"{n.path.name} is on bank {n.bank.id} ({n.bank.title} {n.bank.edition}) and {first.path.name} on "
                f"{first.bank.id} ({first.bank.title} {first.bank.edition}); their areas differ, so their scores "
                "cannot be compared — give evaluations of one edition")
    return rank_nominees(nominees)


def rank_nominees(nominees: list[Nominee]) -> list[Nominee]:
    """Labels and ranks, best total first: the seam where nominees from files or from the results
    archive (kompassapp.archive) meet."""
    labels = [f"{n.info.municipality} {n.info.year}" for n in nominees]
    labels = [f"{lab} ({n.path.name})" if labels.count(lab) > 1 else lab for lab, n in zip(labels, nominees)]
    totals = [n.profile.total for n in nominees]
    ranked = [Nominee(n.path, n.info, n.bank, n.team, n.profile, lab, 1 + sum(t > n.profile.total for t in totals))
              for n, lab in zip(nominees, labels)]
    return sorted(ranked, key=lambda n: (n.rank, n.label.casefold()))


def _mark_best(ws, row0: int, col: int, values: list[Fraction | None]) -> None:
    """Every cell holding the column's highest value (ties included) gets the 'best' look."""
    present = [v for v in values if v is not None]
    if not present:
        return
    best = max(present)
    for i, v in enumerate(values):
        if v is not None and v == best:
            cell = ws.cell(row=row0 + i, column=col)
            cell.fill, cell.font = sh.BEST_FILL, sh.BEST_FONT


def _ranking(ws, nominees: list[Nominee]) -> None:
    bank = nominees[0].bank
    areas = nominees[0].profile.areas
    columns = ([C("Rang", 7, sh.COUNT, center=True), C("Kommun", 26), C("År", 7, sh.COUNT, center=True)]
               + [C(f"{a.area.id}. {a.area.short}", 17, sh.SCORE) for a in areas]
               + [C("Totalt", 10, sh.SCORE), C("Max", 8, sh.MAXIMUM), C("Andel besvarade", 11, sh.PERCENT)])
    sh.set_widths(ws, columns)
    demo = [n for n in nominees if n.info.demo or n.info.notice]
    sh.print_setup(ws, "Kommunkompassen – jämförelse", "Demonstrationsdata" if demo else "")
    ws.page_setup.fitToHeight = 1
    ws.sheet_view.showGridLines = False
    sh.put(ws, 1, 1, f"Kommunkompassen – jämförelse av {len(nominees)} kommuner", font=sh.TITLE, align=sh.TOP)
    row = 2
    if demo:
        notice = next((n.info.notice for n in demo if n.info.notice), "Demonstrationsdata.")
        sh.notice_row(ws, row, f"Innehåller demonstrationsdata ({', '.join(n.label for n in demo)}): {notice}",
                      len(columns))
        row += 1
    facts = [f"Frågebank: {bank.title} {bank.edition} ({bank.id})",
             f"Skapad: {datetime.now():%Y-%m-%d %H:%M}",
             "Läsanvisning: rang efter totalpoäng; lika totalpoäng ger samma rang. Grön fetstil markerar det "
             "högsta värdet i varje kolumn. Områdenas fullständiga namn står under diagrammet."]
    for line in facts:  # one merged cell per line: the narrow first column cannot hold a label
        sh.put(ws, row, 1, line)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
        row += 1
    top = row + 1

    def records():
        for n in nominees:
            t = n.profile.tally
            yield ([n.rank, n.label, n.info.year] + [a.score for a in n.profile.areas]
                   + [n.profile.total, n.profile.max_total,
                      Fraction(t.answered, t.applicable) if t.applicable else None])

    end = sh.table(ws, top, columns, records())
    first, last = top + 1, end - 1
    for j in range(len(areas)):
        _mark_best(ws, first, 4 + j, [n.profile.areas[j].score for n in nominees])
    _mark_best(ws, first, 4 + len(areas), [n.profile.total for n in nominees])
    for i, n in enumerate(nominees):
        if n.rank == 1:
            ws.cell(row=first + i, column=2).font = sh.BOLD

    labels = Reference(ws.ws, min_col=4, max_col=3 + len(areas), min_row=top, max_row=top)
    series = [(n.label, Reference(ws.ws, min_col=4, max_col=3 + len(areas), min_row=first + i, max_row=first + i))
              for i, n in enumerate(nominees)]
    maximum = float(max(a.area.max for a in areas))
    chart_row = last + 2
    sh.radar(ws, title="Kompassros – alla nominerade", labels=labels, series=series, maximum=maximum,
             anchor=f"B{chart_row}", width_cm=22, height_cm=14)

    key_row = chart_row + 30  # below the chart (14 cm ≈ 28 rows)
    sh.put(ws, key_row, 1, "Områden", font=sh.SUBTITLE, align=sh.TOP)
    sh.header(ws, key_row + 1, [C("Nr", 0), C("Område", 0)])
    ws.merge_cells(start_row=key_row + 1, start_column=2, end_row=key_row + 1, end_column=3 + len(areas))
    for i, a in enumerate(areas, start=key_row + 2):
        sh.put(ws, i, 1, a.area.id, align=sh.CENTER)
        sh.put(ws, i, 2, f"{a.area.title} (max {sv_number(a.area.max)})")
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3 + len(areas))


def _subareas(ws, nominees: list[Nominee]) -> None:
    columns = ([C("Område", 8, center=True), C("Delområde", 9, center=True), C("Rubrik", 48)]
               + [C(n.label, 14, "0.0%") for n in nominees])
    sh.set_widths(ws, columns)
    sh.print_setup(ws, "Kommunkompassen – jämförelse", "Delområden: andel av möjliga poäng")
    # Sub-areas keyed by (area, id, title): banks with the same areas may still differ below them.
    keys: list[tuple[str, str, str]] = []
    shares: dict[tuple[str, str, str], list[Fraction | None]] = {}
    for j, n in enumerate(nominees):
        for a in n.profile.areas:
            for s in a.subareas:
                key = (a.area.id, s.subarea.id, s.subarea.title)
                if key not in shares:
                    keys.append(key)
                    shares[key] = [None] * len(nominees)
                shares[key][j] = s.tally.share if s.tally.possible else None
    sh.table(ws, 1, columns, ([*k, *shares[k]] for k in keys))
    for i, k in enumerate(keys):
        cells = shares[k]
        present = [v for v in cells if v is not None]
        if present and max(present) > min(present):  # when everyone is equal nobody stands out
            for j, v in enumerate(cells):
                if v == max(present):
                    cell = ws.cell(row=2 + i, column=4 + j)
                    cell.fill, cell.font = sh.BEST_FILL, sh.BEST_FONT


def _completeness(ws, nominees: list[Nominee]) -> None:
    areas = nominees[0].profile.areas
    columns = ([C("Kommun", 26)] + [C(f"{a.area.id}. {a.area.short}", 17, sh.PERCENT) for a in areas]
               + [C("Besvarade frågor", 11, sh.COUNT), C("Tillämpliga frågor", 11, sh.COUNT),
                  C("Ej tillämpliga", 11, sh.COUNT), C("Andel besvarade", 11, sh.PERCENT)])
    sh.set_widths(ws, columns)
    sh.print_setup(ws, "Kommunkompassen – jämförelse", "Fullständighet")

    def share(t):
        return Fraction(t.answered, t.applicable) if t.applicable else None

    sh.table(ws, 1, columns, ([n.label] + [share(a.tally) for a in n.profile.areas]
                              + [n.profile.tally.answered, n.profile.tally.applicable, n.profile.tally.na,
                                 share(n.profile.tally)] for n in nominees))
    for i, n in enumerate(nominees, start=2):  # incomplete evaluations must not pass unnoticed
        for j, a in enumerate([*n.profile.areas, None]):
            t = a.tally if a else n.profile.tally
            col = 2 + j if a else len(columns)
            if t.answered < t.applicable:
                ws.cell(row=i, column=col).fill = INCOMPLETE_FILL


def _sources(ws, nominees: list[Nominee]) -> None:
    columns = [C("Kommun", 26), C("År", 7, sh.COUNT, center=True), C("Besök", 24), C("Utvärderare", 36),
               C("Frågebank", 30), C("Revision", 9, sh.COUNT, center=True), C("Fil", 30), C("Anmärkning", 60)]
    sh.set_widths(ws, columns)
    sh.print_setup(ws, "Kommunkompassen – jämförelse", "Utvärderingar")
    sh.table(ws, 1, columns, ([n.label, n.info.year, sv_period(n.info.visit_start, n.info.visit_end),
                               ", ".join(n.team), f"{n.bank.title} {n.bank.edition} ({n.bank.id})", n.bank.revision,
                               n.path.name, n.info.notice] for n in nominees))


def build_jury(nominees: list[Nominee]) -> Book:
    wb = Book()
    try:
        _ranking(wb.sheet("Jämförelse"), nominees)
        _subareas(wb.sheet("Delområden"), nominees)
        _completeness(wb.sheet("Fullständighet"), nominees)
        _sources(wb.sheet("Utvärderingar"), nominees)
    except BaseException:
        wb.discard()
        raise
    wb.properties.title = f"Kommunkompassen – jämförelse av {len(nominees)} kommuner"
    wb.properties.subject = sh.clean_text(", ".join(n.label for n in nominees))
    wb.properties.creator = "Kompassapp"
    wb.properties.language = "sv-SE"
    return wb


def write_jury(paths: list[Path], out: Path, progress: Progress | None = None) -> None:
    nominees = load_nominees(paths, progress)
    if progress:
        progress(len(paths), len(paths) + 1, Step.WORKBOOK, "")
    sh.save(build_jury(nominees), out)
    if progress:
        progress(len(paths) + 1, len(paths) + 1, Step.DONE, "")
