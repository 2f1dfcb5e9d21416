"""Published totals (from reports and municipal websites) as archive results, marked as published.

The table: a header `municipality,year,edition,1,2,…,8[,source]` (one column per area id), comma
or semicolon separated, UTF-8 with or without BOM, decimal point or comma (`76,5`); or an xlsx
workbook with the same header on its first sheet. A row of a bad shape refuses the whole file,
naming the row, so a half-read file never lands in the archive.
"""

from __future__ import annotations

import csv
import io
from fractions import Fraction
from pathlib import Path

from kompassapp.archive.result import FINAL, PUBLISHED, AreaResult, Result
from kompassapp.archive.store import edition_bank
from kompassapp.errors import KompassError
from kompassapp.messages import t

FIXED = ("municipality", "year", "edition")
AREAS = tuple(str(i) for i in range(1, 9))
MAX_ROWS = 100_000


def _bad(path: Path, row: int, why: str) -> KompassError:
    return KompassError(t("archive.pub_row", file=path, row=row, why=why))


def _table(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KompassError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if path.suffix.lower() == ".xlsx":
        return _xlsx_rows(path, raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KompassError(t("archive.pub_encoding", file=path)) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        rows = []
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            if len(rows) > MAX_ROWS:
                raise KompassError(t("archive.pub_too_many", file=path, n=MAX_ROWS))
            rows.append(row)
        return rows
    except csv.Error as exc:
        raise KompassError(t("archive.pub_csv", file=path, why=str(exc))) from None


def _xlsx_rows(path: Path, raw: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # a foreign or damaged workbook: data, never a traceback
        raise KompassError(t("archive.pub_xlsx", file=path, why=exc.__class__.__name__)) from None
    try:
        ws = wb.worksheets[0]
        rows = []
        for i, values in enumerate(ws.iter_rows(values_only=True)):
            if i > MAX_ROWS:
                raise KompassError(t("archive.pub_too_many", file=path, n=MAX_ROWS))
            rows.append(["" if v is None else (format(v, "f").rstrip("0").rstrip(".") if isinstance(v, float)
                                               else str(v)) for v in values])
        return rows
    finally:
        wb.close()


def _number(text: str) -> Fraction:
    return Fraction(text.strip().replace("\u2212", "-").replace(",", "."))


def read_published(path: str | Path, edition: str | None = None) -> list[Result]:
    """Every row of the table as a published result; refused whole on the first bad row.
    With `edition` (the jury's), a row of another edition is a bad row."""
    path = Path(path)
    rows = _table(path)
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise _bad(path, 1, t("archive.pub_empty"))
    header = [c.strip().lower() for c in rows[0]]
    while header and header[-1] == "":
        header.pop()
    areas = header[3:-1] if header[-1:] == ["source"] else header[3:]
    if tuple(header[:3]) != FIXED or tuple(areas) != AREAS:
        raise _bad(path, 1, t("archive.pub_header", expected=",".join((*FIXED, *AREAS)) + "[,source]"))
    has_source = header[-1] == "source"
    out, seen = [], {}
    for n, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row]
        while len(cells) > len(header) and cells[-1] == "":
            cells.pop()
        if not any(cells):
            continue
        if len(cells) != len(header) and not (has_source and len(cells) == len(header) - 1):
            raise _bad(path, n, t("archive.pub_columns", found=len(cells), expected=len(header)))
        municipality, year, row_edition = cells[0], cells[1], cells[2]
        if not municipality:
            raise _bad(path, n, t("archive.pub_field", field="municipality", value=""))
        if not year.isdigit() or not 1990 <= int(year) <= 2100:
            raise _bad(path, n, t("archive.pub_field", field="year", value=year))
        if not row_edition:
            raise _bad(path, n, t("archive.pub_field", field="edition", value=""))
        if edition is not None and row_edition != edition:
            raise _bad(path, n, t("archive.pub_edition", found=row_edition, expected=edition))
        bank = edition_bank(row_edition)
        known = {a.id: a for a in bank.areas} if bank else {}
        scores = []
        for area, value in zip(AREAS, cells[3:3 + len(AREAS)]):
            try:
                score = _number(value)
            except (ValueError, ZeroDivisionError):
                raise _bad(path, n, t("archive.pub_score", area=area, value=value)) from None
            top = known[area].max if area in known else Fraction(100)
            if not 0 <= score <= top:
                raise _bad(path, n, t("archive.pub_range", area=area, value=value, max=top))
            a = known.get(area)
            scores.append(AreaResult(area, a.title if a else area, a.short if a else area, top, score))
        source = cells[3 + len(AREAS)] if has_source and len(cells) > 3 + len(AREAS) else ""
        key = (municipality.casefold(), int(year), row_edition)
        if key in seen:
            raise _bad(path, n, t("archive.pub_twice", first=seen[key]))
        seen[key] = n
        out.append(Result(evaluation_id=f"publicerat/{row_edition}/{municipality.casefold()}/{year}", kind=PUBLISHED,
                          municipality=municipality, year=int(year), edition=row_edition, status=FINAL,
                          areas=tuple(scores), bank_id=None, bank_revision=None, source=source or str(path.name)))
    if not out:
        raise _bad(path, 2, t("archive.pub_empty"))
    return out
