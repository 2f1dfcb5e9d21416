"""What the archive makes: the edition average as a reference profile, the jury workbook and a
municipality's trend over the years (workbook with a native chart, or PDF with the compass rose)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import aliased

from kompassapp.archive.db import ArchiveError, area_scores, average_counts, average_sums, evaluations, results
from kompassapp.archive.result import Result
from kompassapp.archive.store import Archive, latest_filter
from kompassapp.messages import t
from kompassapp.references import Reference


def _published(edition: str, year_from: int | None, year_to: int | None):
    """The latest published totals of an edition, less those where the archive holds the evaluation
    itself (same municipality, year and edition): nothing counts twice."""
    other = aliased(results)
    other_e = aliased(evaluations)
    shadowed = exists(select(other.c.id).join(other_e, other_e.c.latest_result_id == other.c.id).where(and_(
        other.c.kind == "evaluation", other.c.status == "final", other.c.edition == results.c.edition,
        other.c.year == results.c.year, other.c.municipality_key == results.c.municipality_key)))
    return [*latest_filter(edition, year_from, year_to), results.c.kind == "published", ~shadowed]


def average(archive: Archive, edition: str, year_from: int | None = None, year_to: int | None = None) -> Reference:
    """The mean area scores of the edition's final results, as a reference profile.

    Sums are exact: numerators are added per denominator (kept running by every push, see
    store._move_sums), and Python adds the few groups as fractions.
    The mean is rounded to two decimals (half to even) only at the end, for the reference file.
    """
    joined = results.join(evaluations, evaluations.c.latest_result_id == results.c.id)
    sums: dict[str, Fraction] = {}
    counts: dict[str, int] = {}
    order: dict[str, int] = {}
    with archive.connect() as conn:
        # the archive's own evaluations: from the running sums the pushes keep
        years = [average_counts.c.edition == edition, average_counts.c.n > 0]
        sum_years = [average_sums.c.edition == edition, average_sums.c.n != 0]
        if year_from is not None:
            years.append(average_counts.c.year >= year_from)
            sum_years.append(average_sums.c.year >= year_from)
        if year_to is not None:
            years.append(average_counts.c.year <= year_to)
            sum_years.append(average_sums.c.year <= year_to)
        k, first, last = conn.execute(select(func.sum(average_counts.c.n), func.min(average_counts.c.year),
                                             func.max(average_counts.c.year)).where(*years)).one()
        n = int(k or 0)
        for area, den, num, c, position in conn.execute(
                select(average_sums.c.area_id, average_sums.c.score_den, func.sum(average_sums.c.sum_num),
                       func.sum(average_sums.c.n), func.min(average_sums.c.position))
                .where(*sum_years).group_by(average_sums.c.area_id, average_sums.c.score_den)):
            sums[area] = sums.get(area, Fraction(0)) + Fraction(int(num), int(den))
            counts[area] = counts.get(area, 0) + int(c)
            order[area] = min(order.get(area, position), position)
        # published totals (few): counted live, so one shadowed by the evaluation itself drops out
        where = _published(edition, year_from, year_to)
        k, lo, hi = conn.execute(select(func.count(), func.min(results.c.year), func.max(results.c.year))
                                 .select_from(joined).where(*where)).one()
        if k:
            n += k
            first = lo if first is None else min(first, lo)
            last = hi if last is None else max(last, hi)
            for area, den, num, c, position in conn.execute(
                    select(area_scores.c.area_id, area_scores.c.score_den, func.sum(area_scores.c.score_num),
                           func.count(), func.min(area_scores.c.position))
                    .select_from(joined.join(area_scores, area_scores.c.result_id == results.c.id))
                    .where(*where).group_by(area_scores.c.area_id, area_scores.c.score_den)):
                sums[area] = sums.get(area, Fraction(0)) + Fraction(int(num), int(den))
                counts[area] = counts.get(area, 0) + int(c)
                order[area] = min(order.get(area, position), position)
    if not n:
        raise ArchiveError(t("archive.average_none", edition=edition))
    if set(counts.values()) != {n}:
        raise ArchiveError(t("archive.average_mixed", edition=edition))
    scores = {a: _round(sums[a] / n) for a in sorted(sums, key=lambda a: (order[a], a))}
    span = str(first) if first == last else f"{first}–{last}"
    name = t("archive.average_name", edition=edition, span=span, n=n)
    source = t("archive.average_source", where=archive.where, n=n, span=span, edition=edition)
    ident = f"arkiv-{edition}-{first}-{last}-{n}"
    return Reference(id=ident, name=name, edition=edition, scores=scores, bank=_bank_of(edition), source=source,
                     kind="average")


def _bank_of(edition: str) -> str:
    from kompassapp.archive.store import edition_bank

    bank = edition_bank(edition)
    return bank.id if bank else ""


def _round(value: Fraction) -> Fraction:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return Fraction(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))


# -- the jury ----------------------------------------------------------------------------
def jury_results(archive: Archive, year: int, edition: str | None = None) -> list[Result]:
    """The year's evaluations in the archive (latest version each; published totals have no
    sub-area detail and are left out)."""
    rows = archive.rows(year=year, edition=edition, kind="evaluation")
    if not rows:
        raise ArchiveError(t("archive.jury_none", year=year))
    editions = sorted({r.edition for r in rows})
    if len(editions) > 1:
        raise ArchiveError(t("archive.jury_editions", year=year, editions=", ".join(editions)))
    return archive.results([r.evaluation_id for r in rows])


def write_jury(archive: Archive, year: int, out: Path, edition: str | None = None) -> int:
    from kompassapp.exports import sheet as sh
    from kompassapp.archive.trend import archive_nominee
    from kompassapp.exports.jury import build_jury, rank_nominees

    found = jury_results(archive, year, edition)
    if len(found) < 2:
        raise ArchiveError(t("archive.jury_one", year=year))
    nominees = rank_nominees([archive_nominee(r) for r in found])
    sh.save(build_jury(nominees), Path(out))
    return len(nominees)


# -- a municipality's trend ---------------------------------------------------------------
def trend_results(archive: Archive, municipality: str) -> dict[str, list[Result]]:
    """Edition → the municipality's results (evaluations and published totals), by year."""
    rows = archive.rows(municipality=municipality)
    if not rows:
        raise ArchiveError(t("archive.trend_none", municipality=municipality))
    by_edition: dict[str, list[Result]] = {}
    for r in archive.results([r.evaluation_id for r in rows]):
        by_edition.setdefault(r.edition, []).append(r)
    for items in by_edition.values():
        items.sort(key=lambda r: (r.year, r.kind != "evaluation"))
    return dict(sorted(by_edition.items()))


def label(r: Result) -> str:
    return f"{r.year}" + (f" ({t('archive.published_short')})" if r.kind == "published" else "")


def write_trend(archive: Archive, municipality: str, out: Path) -> int:
    out = Path(out)
    groups = trend_results(archive, municipality)
    name = next(iter(groups.values()))[0].municipality
    if out.suffix.lower() == ".pdf":
        from kompassapp.archive.trend import trend_pdf

        trend_pdf(name, groups, out)
    elif out.suffix.lower() == ".xlsx":
        from kompassapp.archive.trend import trend_xlsx

        trend_xlsx(name, groups, out)
    else:
        raise ArchiveError(t("archive.trend_format", out=out))
    return sum(len(v) for v in groups.values())
