"""The jury workbook: the nominated municipalities side by side, ranked, with one radar chart.

Scores are compared only between evaluations whose banks have the same areas (same ids,
titles and maxima): adding up areas of different editions would rank apples and pears.
Besides evaluation files the jury takes what it already has: reference profiles (`reference
new`/`save`) and tables of published totals (`--published`), as rows marked "publicerat
resultat" or "referensprofil". Complete results are ranked together; evaluations with
unanswered questions are ranked apart, below them, and marked as preliminary in the ranking.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
from kompassapp.scoring import AreaScore, Profile, Tally

INCOMPLETE_FILL = PatternFill("solid", fgColor="FCE4D6")
PRELIMINARY_HEADING = ("Preliminära resultat \u2013 alla frågor är inte besvarade, så poängen kan stiga; "
                       "de rangordnas för sig")


@dataclass(frozen=True)
class Nominee:
    path: Path
    info: Info
    bank: Bank
    team: tuple[str, ...]
    profile: Profile
    label: str = ""
    rank: int = 0
    kind: str = "evaluation"  # evaluation | published | reference: what the row is made from
    source: str = ""  # where a published result or a reference profile comes from

    @property
    def preliminary(self) -> bool:
        """An evaluation with unanswered applicable questions: its score may still rise."""
        return self.kind == "evaluation" and self.profile.tally.preliminary

    @property
    def basis(self) -> str:
        """What the row is, in the ranking's words."""
        if self.kind == "published":
            return "publicerat resultat"
        if self.kind == "reference":
            return "referensprofil"
        t = self.profile.tally
        if t.preliminary:
            share = round(100 * t.answered / t.applicable) if t.applicable else 0
            return f"preliminärt – {share} % besvarat"
        return "utvärdering"


def scores_profile(bank: Bank, scores: dict[str, Fraction]) -> Profile:
    """The profile of a result known only by its area scores (published, a reference): each area's
    tally gives exactly its score, with no question counted as answered."""
    return Profile(tuple(AreaScore(a, Tally(scores[a.id], a.max) if a.max else Tally(), ()) for a in bank.areas))


def _areas(bank: Bank) -> list[tuple[str, str, Fraction]]:
    return [(a.id, a.title, a.max) for a in bank.areas]


def load_nominees(paths: list[Path], progress: Progress | None = None, published: list[Path] = ()) -> list[Nominee]:
    """Read and check the evaluations (.kompass), reference profiles (.yaml) and tables of published
    totals; the result is ranked (`rank_nominees`)."""
    resolved = [p.resolve() for p in [*paths, *published]]
    for i, p in enumerate(resolved):
        if p in resolved[:i]:
            raise KompassError(f"{[*paths, *published][i]}: the same file is given twice")
    files = [p for p in paths if p.suffix.lower() not in (".yaml", ".yml")]
    references = [p for p in paths if p.suffix.lower() in (".yaml", ".yml")]
    steps = len(paths) + len(published) + 1
    nominees = []
    for i, path in enumerate(files):
        if progress:
            progress(i, steps, Step.READ_FILE, path.name)
        with Evaluation.open(path, readonly=True) as ev:
            nominees.append(Nominee(path, ev.info, ev.bank, tuple(m.name for m in ev.team()), ev.profile()))
    bank = nominees[0].bank if nominees else None
    for n in nominees[1:]:
        if _areas(n.bank) != _areas(bank):
            first = nominees[0]
            raise KompassError(
                f"{n.path.name} is on bank {n.bank.id} ({n.bank.title} {n.bank.edition}) and {first.path.name} on "
                f"{first.bank.id} ({first.bank.title} {first.bank.edition}); their areas differ, so their scores "
                "cannot be compared — give evaluations of one edition")
    for i, path in enumerate(references, start=len(files)):
        if progress:
            progress(i, steps, Step.READ_FILE, path.name)
        nominees.append(_reference_nominee(path, bank))
        bank = bank or nominees[-1].bank
    for i, path in enumerate(published, start=len(paths)):
        if progress:
            progress(i, steps, Step.READ_FILE, Path(path).name)
        found = _published_nominees(Path(path), bank)
        nominees += found
        bank = bank or found[0].bank
    if len(nominees) < 2:
        raise KompassError("the jury workbook compares at least two evaluations")
    return rank_nominees(nominees)


def _edition_bank(edition: str) -> Bank | None:
    from kompassapp.archive.store import edition_bank  # the bundled bank of an edition

    return edition_bank(edition)


def _reference_nominee(path: Path, bank: Bank | None) -> Nominee:
    from kompassapp.references import check_comparable, load_reference

    ref = load_reference(path)
    bank = bank or _edition_bank(ref.edition)
    if bank is None:
        raise KompassError(f"{path}: no bank of the {ref.edition} edition is known to compare it with")
    try:
        check_comparable(ref, bank)
    except KompassError as exc:
        raise KompassError(f"{path}: {exc}") from None
    kind = "published" if ref.kind == "published" else "reference"
    return Nominee(path, Info(municipality=ref.name, year=0), bank, (), scores_profile(bank, ref.scores),
                   label=ref.name, kind=kind, source=ref.source)


def _published_nominees(path: Path, bank: Bank | None) -> list[Nominee]:
    """The rows of a table of published totals; another edition than the jury's is refused by row."""
    from kompassapp.archive.published import read_published

    results = read_published(path, bank.edition if bank else None)
    if bank is None:  # only published rows: the table's (first) edition is the jury's
        edition = results[0].edition
        results = read_published(path, edition)
        bank = _edition_bank(edition) or results[0].bank()
    out = []
    for r in results:
        scores = {a.id: a.score for a in r.areas}
        if set(scores) != {a.id for a in bank.areas}:
            raise KompassError(f"{path}: {r.municipality} {r.year} has areas {', '.join(sorted(scores))}, but the "
                               f"jury's bank has {', '.join(a.id for a in bank.areas)}")
        for a in bank.areas:
            if scores[a.id] > a.max:
                raise KompassError(f"{path}: {r.municipality} {r.year}: area {a.id} above its max {a.max}")
        out.append(Nominee(path, Info(municipality=r.municipality, year=r.year), bank, (),
                           scores_profile(bank, scores), kind="published", source=r.source))
    return out


def rank_nominees(nominees: list[Nominee]) -> list[Nominee]:
    """Labels and ranks, best total first: the seam where nominees from files or from the results
    archive (kompassapp.archive) meet. Complete results (evaluations fully answered, published
    results, reference profiles) are ranked together; preliminary evaluations apart, after them."""
    labels = [n.label or f"{n.info.municipality} {n.info.year}" for n in nominees]
    labels = [f"{lab} ({n.path.name})" if labels.count(lab) > 1 and n.kind == "evaluation" else lab
              for lab, n in zip(labels, nominees)]
    ranked = []
    for n, lab in zip(nominees, labels):
        group = [m.profile.total for m in nominees if m.preliminary == n.preliminary]
        ranked.append(replace(n, label=lab, rank=1 + sum(t > n.profile.total for t in group)))
    return sorted(ranked, key=lambda n: (n.preliminary, n.rank, n.label.casefold()))


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
               + [C("Totalt", 10, sh.SCORE), C("Max", 8, sh.MAXIMUM), C("Andel besvarade", 11, sh.PERCENT),
                  C("Underlag", 26)])
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
             "Läsanvisning: rang efter totalpoäng; lika totalpoäng ger samma rang. Fullständiga resultat "
             "(utvärderingar med alla frågor besvarade, publicerade resultat, referensprofiler) rangordnas "
             "tillsammans; preliminära utvärderingar rangordnas för sig, under dem. Grön fetstil markerar det "
             "högsta värdet i varje kolumn. Områdenas fullständiga namn står under diagrammet."]
    for line in facts:  # one merged cell per line: the narrow first column cannot hold a label
        sh.put(ws, row, 1, line)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
        row += 1
    top = row + 1

    # Complete results first, ranked together; preliminary evaluations after a row that says so,
    # ranked among themselves: a score that may still rise is never ranked against final ones.
    complete = [n for n in nominees if not n.preliminary]
    layout: list[Nominee | None] = [*complete, *([None] if len(complete) < len(nominees) else []),
                                    *(n for n in nominees if n.preliminary)]

    def records():
        for n in layout:
            if n is None:
                yield [PRELIMINARY_HEADING] + [None] * (len(columns) - 1)
                continue
            t = n.profile.tally
            yield ([n.rank, n.label, n.info.year or None] + [a.score for a in n.profile.areas]
                   + [n.profile.total, n.profile.max_total,
                      Fraction(t.answered, t.applicable) if t.applicable and n.kind == "evaluation" else None,
                      n.basis])

    end = sh.table(ws, top, columns, records())
    first, last = top + 1, end - 1
    rows = {id(n): first + i for i, n in enumerate(layout) if n is not None}
    for j in range(len(areas)):
        _mark_best(ws, first, 4 + j, [n.profile.areas[j].score if n else None for n in layout])
    _mark_best(ws, first, 4 + len(areas), [n.profile.total if n else None for n in layout])
    for i, n in enumerate(layout):
        if n is None:
            ws.merge_cells(start_row=first + i, start_column=1, end_row=first + i, end_column=len(columns))
            cell = ws.cell(row=first + i, column=1)
            cell.font, cell.fill, cell.alignment = sh.BOLD, INCOMPLETE_FILL, sh.TOP
        elif n.preliminary:
            for col in (2, len(columns)):
                ws.cell(row=first + i, column=col).fill = INCOMPLETE_FILL
        elif n.rank == 1:
            ws.cell(row=first + i, column=2).font = sh.BOLD

    labels = Reference(ws.ws, min_col=4, max_col=3 + len(areas), min_row=top, max_row=top)
    series = [(n.label, Reference(ws.ws, min_col=4, max_col=3 + len(areas), min_row=rows[id(n)],
                                  max_row=rows[id(n)])) for n in layout if n is not None]
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
    nominees = [n for n in nominees if n.kind == "evaluation"]  # a published total has no questions to count
    areas = nominees[0].profile.areas if nominees else []
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
    def remark(n: Nominee) -> str:
        if n.kind == "evaluation":
            return n.info.notice
        return f"{n.basis.capitalize()}: bara områdespoängen är kända" + (f"; källa: {n.source}" if n.source else "")

    sh.table(ws, 1, columns, ([n.label, n.info.year or None, sv_period(n.info.visit_start, n.info.visit_end),
                               ", ".join(n.team), f"{n.bank.title} {n.bank.edition} ({n.bank.id})",
                               n.bank.revision if n.kind == "evaluation" else None, n.path.name, remark(n)]
                              for n in nominees))


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


def write_jury(paths: list[Path], out: Path, progress: Progress | None = None, published: list[Path] = ()) -> None:
    nominees = load_nominees(paths, progress, published)
    steps = len(paths) + len(published) + 1
    if progress:
        progress(steps - 1, steps, Step.WORKBOOK, "")
    sh.save(build_jury(nominees), out)
    if progress:
        progress(steps, steps, Step.DONE, "")
