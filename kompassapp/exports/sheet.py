"""Spreadsheet building blocks shared by the evaluation and jury workbooks (openpyxl).

Every cell a user's text reaches goes through `put`: openpyxl would otherwise turn a
comment such as "=HYPERLINK(…)" or "-inte klart" into a formula, and it refuses the
control characters that pasted text sometimes carries.

Workbooks are written in openpyxl's write-only mode: rows go to disk as they are finished,
so a million notes or one note of hundreds of megabytes do not pile up in memory. `Sheet`
keeps the cell-addressed style of writing (`put(ws, row, col, …)`, styling a cell after the
fact) for the rows not yet written, and writes rows strictly in order.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from copy import copy
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

if "numpy" not in sys.modules and "openpyxl" not in sys.modules:
    # openpyxl imports numpy (0.2 s) only to accept numpy numbers, which we never give it; hiding
    # numpy during the import keeps `kompassapp export --xlsx` under a second. A later `import
    # numpy` (pyqtgraph in the window) works as usual, since the entry is removed again.
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import openpyxl  # noqa: F401
    finally:
        del sys.modules["numpy"]

from openpyxl import Workbook  # noqa: E402  (this module is the exports' only door to openpyxl)
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.chart import RadarChart, Reference, Series  # noqa: E402
from openpyxl.chart.marker import Marker  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.cell_range import CellRange  # noqa: E402

__all__ = ["Alignment", "PatternFill", "Reference"]  # re-exported for xlsx.py, jury.py

from kompassapp.errors import KompassError
from kompassapp.fileio import file_mode

CELL_LIMIT = 32_767  # characters Excel keeps in one cell
CHUNK = 32_000  # what we put in one cell, leaving room so no client truncates
# Control characters XML 1.0 forbids (tab, newline and return are fine), lone surrogates, U+FFFE/U+FFFF.
# Also the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): an
# override makes "faktura\u202efdp.exe" read as "fakturaexe.pdf"; the PDF drops them as well.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")

SCORE = "0.0"  # one decimal, as the issue asks; Excel shows the decimal comma in a Swedish locale
MAXIMUM = "General"  # a maximum is 100 or 800, not 100.0 (and 12.5 where a bank has halves)
POINTS = "0.0#"  # question points come in quarters (3,75): keep them exact
COUNT = "0"
PERCENT = "0%"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"

# Every font names its face: a bold font without a name is drawn in a serif face by LibreOffice.
FONT_NAME = "Calibri"  # openpyxl's (and Excel's) default for cells without a font of their own
BOLD = Font(name=FONT_NAME, size=11, bold=True)
TITLE = Font(name=FONT_NAME, bold=True, size=15)
SUBTITLE = Font(name=FONT_NAME, bold=True, size=12)
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
BEST_FILL = PatternFill("solid", fgColor="C6EFCE")
BEST_FONT = Font(name=FONT_NAME, size=11, bold=True, color="006100")
NOTICE_FILL = PatternFill("solid", fgColor="FFF2CC")
NOTICE_FONT = Font(name=FONT_NAME, bold=True, color="9C3400", size=11)
TOP = Alignment(vertical="top")
WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
HEADER_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
HEADER_RIGHT = Alignment(wrap_text=True, vertical="center", horizontal="right")  # over right-aligned numbers
THIN = Side(style="thin", color="808080")
TOTAL_BORDER = Border(top=THIN)

SERIES_COLOURS = ("1F5FAF", "E07B00", "2E8B57", "B22222", "7B3FA0", "8C6D1F", "2A9DBE", "555555")


def clean_text(text: str) -> str:
    return _BAD_CHARS.sub("", text)


class Sheet:
    """A write-only worksheet that still lets the writer address cells by row and column.

    Cells of rows not yet written wait in a buffer, where they can be styled after the fact
    (the jury marks the best value of a column once the column is complete); `flush` writes
    the rows up to a given one, in order, and forgets them. Sheet settings that openpyxl
    writes before the rows (column widths, freeze panes, grid lines, fit to page) must be
    made before the first flush; a streamed table makes them in its header. Other attributes
    (page setup, header and footer, auto filter, charts) reach the openpyxl sheet as they are.
    """

    __slots__ = ("ws", "_pending", "_next", "_styles")

    def __init__(self, book: Book, title: str):
        object.__setattr__(self, "ws", book.wb.create_sheet(title))
        object.__setattr__(self, "_styles", book.styles)
        object.__setattr__(self, "_pending", {})
        object.__setattr__(self, "_next", 1)  # the first row not yet written
        book.sheets.append(self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ws, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.ws, name, value)

    def cell(self, row: int, column: int) -> WriteOnlyCell:
        if row < self._next:
            raise RuntimeError(f"{self.ws.title}: row {row} has already been written")  # a bug in the writer
        cells = self._pending.setdefault(row, {})
        cell = cells.get(column)
        if cell is None:
            cell = cells[column] = WriteOnlyCell(self.ws)
        return cell

    def merge_cells(self, *, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
        self.ws.merged_cells.add(CellRange(min_row=start_row, min_col=start_column, max_row=end_row,
                                           max_col=end_column))

    def flush(self, upto: int | None = None) -> None:
        """Write every row up to `upto` (all buffered rows when None)."""
        last = max(self._pending, default=0) if upto is None else upto
        dims = self.ws.row_dimensions
        for row in range(self._next, last + 1):
            cells = self._pending.pop(row, {})
            self.ws.append([cells.get(c) for c in range(1, max(cells, default=0) + 1)])
            dims.pop(row, None)  # its height is written; kept, the dimensions would grow with the sheet
        object.__setattr__(self, "_next", max(self._next, last + 1))


class Book:
    """A write-only workbook of `Sheet`s, saved atomically."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self.sheets: list[Sheet] = []
        self.styles: dict[tuple, Any] = {}  # (format, font, fill, alignment) → openpyxl's style array

    @property
    def properties(self):
        return self.wb.properties

    def sheet(self, title: str) -> Sheet:
        return Sheet(self, title)

    def discard(self) -> None:
        """After a failure: close the sheets' streams and remove their temporary files (openpyxl
        would otherwise complain about half-written streams when the process ends)."""
        for sheet in self.sheets:
            ws = sheet.ws
            writer = ws._writer
            if ws.closed or writer is None:
                continue
            try:
                if ws._rows is not None:
                    ws._rows.close()
                writer.close()
                writer.cleanup()
            except (OSError, ValueError):
                pass


def put(ws: Sheet, row: int, col: int, value: Any, *, fmt: str | None = None, font: Font | None = None,
        fill: PatternFill | None = None, align: Alignment | None = None) -> None:
    """Write one cell. Text stays text (never a formula); numbers stay numbers."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = clean_text(value)[:CELL_LIMIT]
        cell.data_type = "s"  # after the value: openpyxl just made '=…' a formula
    elif isinstance(value, Fraction):
        cell.value = float(value)
    elif isinstance(value, bool):
        cell.value = "ja" if value else "nej"
        cell.data_type = "s"
    else:
        cell.value = value
    if not fmt:
        fmt = DATETIME if isinstance(value, datetime) else DATE if isinstance(value, date) else None
    align = align or (WRAP if isinstance(value, str) else TOP)
    # Setting a style makes openpyxl hash it against the workbook's list of styles, the larger part
    # of writing a row; a fresh cell takes the combination it had before instead (styles are constants).
    key = (fmt, id(font), id(fill), id(align))
    cached = None if cell.has_style else ws._styles.get(key)
    if cached is not None:
        cell._style = copy(cached[0])
        return
    if fmt:
        cell.number_format = fmt
    if font:
        cell.font = font
    if fill:
        cell.fill = fill
    cell.alignment = align
    if len(ws._styles) < 256:  # the objects are kept with it, so their ids cannot be reused for others
        ws._styles[key] = (copy(cell._style), font, fill, align)


def split_text(text: str, size: int = CHUNK) -> Iterator[str]:
    """Cut a text that is too long for one cell into pieces that join back to exactly the text;
    cuts fall after a space or line break where there is one near the limit. Yields the pieces
    one by one, and never copies the rest of the text (that made a 300 MB note quadratic)."""
    start, end = 0, len(text)
    while end - start > size:
        limit = start + size
        cut = max(text.rfind(" ", start + size // 2, limit), text.rfind("\n", start + size // 2, limit))
        cut = cut + 1 if cut > 0 else limit
        yield text[start:cut]
        start = cut
    yield text[start:]


def split_stream(chunks: Iterable[str], size: int = CHUNK) -> Iterator[str]:
    """As `split_text`, for a text that arrives in pieces of any length (a note read from the
    file a megabyte at a time)."""
    rest = ""
    for chunk in chunks:
        rest += chunk
        if len(rest) > size:
            *done, rest = split_text(rest, size)
            yield from done
    if rest:
        yield rest


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    fmt: str | None = None
    center: bool = False  # short codes and counts read better centred under a wide header


CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")  # a text such as "–" among numbers
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def text_lines(text: str, width: float) -> int:
    """How many lines a wrapped text needs in a column `width` characters wide (erring on more:
    clipped text is worse than a little white space). Spreadsheet programs do not reliably size
    rows of generated files themselves, so the writer does."""
    per_line = max(4, int(width * 1.18 - 1))  # proportional text: ~1.2 characters per width unit
    lines = 0
    for paragraph in text.split("\n"):  # greedy word wrap, as the spreadsheet does it
        lines, used = lines + 1, 0
        for word in paragraph.split(" "):
            n = len(word)
            if used and used + 1 + n > per_line:
                lines, used = lines + 1, 0
            while n > per_line:  # a word longer than the line is broken
                lines, n = lines + 1, n - per_line
            used += (1 if used else 0) + n
    return lines


def fit_height(ws: Sheet, row: int, values: Sequence[Any], first_col: int = 1) -> None:
    lines = 1
    for col, v in enumerate(values, start=first_col):
        if isinstance(v, str) and v:
            width = ws.column_dimensions[get_column_letter(col)].width or 9
            lines = max(lines, text_lines(v, width))
    if lines > 1:
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2)


def header(ws: Sheet, row: int, columns: Sequence[Column], first_col: int = 1) -> None:
    lines = 2
    for i, c in enumerate(columns):
        put(ws, row, first_col + i, c.title, font=HEADER_FONT, fill=HEADER_FILL,
            align=HEADER_CENTER if c.center else HEADER_RIGHT if c.fmt else HEADER_ALIGN)
        dim = ws.column_dimensions[get_column_letter(first_col + i)]
        if ws._next == 1 and (dim.width or 9) < header_width(c.title):  # widths are written before the rows
            dim.width = round(header_width(c.title))  # a table placed under another's columns
        width = dim.width or 9
        lines = max(lines, text_lines(c.title, width * 0.9))  # bold is wider
    ws.row_dimensions[row].height = lines * LINE_HEIGHT + 2


def header_width(title: str) -> float:
    """The narrowest column whose bold header breaks between words only ("Delområd/e" otherwise)."""
    return max((len(word) for word in title.split()), default=0) * 1.1 + 0.5


def set_widths(ws: Sheet, columns: Sequence[Column], first_col: int = 1) -> None:
    for i, c in enumerate(columns):
        ws.column_dimensions[get_column_letter(first_col + i)].width = max(c.width, round(header_width(c.title)))


def rows_out(ws: Sheet, row: int, columns: Sequence[Column], values: Sequence[Any], *,
             font: Font | None = None, fill: PatternFill | None = None, continued: int | None = None,
             keys: int = 1, stream: bool = False) -> int:
    """Write one record; a text too long for a cell (or given as an iterator of pieces) continues
    in the rows below, under the same key (the first `keys` columns, so sorting keeps the pieces
    together), with "(forts.)" in column `continued`. With `stream`, each finished row is written at once (a huge text is then
    never held in cells). Returns the next free row."""
    pieces = [split_text(v) if isinstance(v, str) and len(v) > CHUNK else
              split_stream(v) if isinstance(v, Iterator) else None for v in values]
    k = 0
    while True:
        written, more = [], False
        for col, (c, v, p) in enumerate(zip(columns, values, pieces), start=1):
            if p is not None:
                v = next(p, None)
                more = more or v is not None
            elif k and col > keys:
                v = "(forts.)" if col == continued else None
            written.append(v)
            if v is not None and v != "":
                put(ws, row + k, col, v, fmt=c.fmt, font=font, fill=fill,
                    align=CENTER if c.center else RIGHT if c.fmt and isinstance(v, str) else None)
            elif fill is not None:
                ws.cell(row=row + k, column=col).fill = fill
        if k and not more:  # every piece written: this row would be the empty "(forts.)" one
            ws._pending.pop(row + k, None)
            return row + k
        fit_height(ws, row + k, written)
        if stream:
            ws.flush(row + k)
        k += 1
        if not any(p is not None for p in pieces):
            return row + k


def table(ws: Sheet, top: int, columns: Sequence[Column], records: Iterable[Sequence[Any]], *,
          filter_: bool = True, freeze: bool = True, continued: int | None = None, keys: int = 1,
          stream: bool = False) -> int:
    """A list with a header row at `top`: frozen, filtered, repeated on every printed page.
    With `stream`, rows are written as they come (the sheet's widths and print setup must be set)."""
    if freeze:  # before any row is written: openpyxl writes the sheet view first
        ws.freeze_panes = f"A{top + 1}"
        ws.print_title_rows = f"{top}:{top}"
    header(ws, top, columns)
    row = top + 1
    for values in records:
        row = rows_out(ws, row, columns, values, continued=continued, keys=keys, stream=stream)
    last = max(row - 1, top + 1)
    if filter_:
        ws.auto_filter.ref = f"A{top}:{get_column_letter(len(columns))}{last}"
    return row


def _escape_hf(text: str) -> str:
    return text.replace("&", "&&")  # '&' starts a code in Excel's header/footer language


def print_setup(ws: Sheet, heading: str, right: str = "") -> None:
    """A4 landscape, fit to one page wide, page numbers in the footer. Call before any row is written."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (openpyxl's PAPERSIZE_A4; write-only sheets lack the constant)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.oddHeader.left.text = _escape_hf(heading)
    ws.oddHeader.left.size = 9
    if right:
        ws.oddHeader.right.text = _escape_hf(right)
        ws.oddHeader.right.size = 9
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.oddFooter.right.size = 9


def notice_row(ws: Sheet, row: int, text: str, last_col: int) -> None:
    """A demonstration-data notice over the full width, impossible to overlook."""
    put(ws, row, 1, text, font=NOTICE_FONT, fill=NOTICE_FILL, align=WRAP)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    total_width = sum(ws.column_dimensions[get_column_letter(c)].width or 9 for c in range(1, last_col + 1))
    lines = len(text) * 1.15 / max(total_width, 20) + 1
    ws.row_dimensions[row].height = 15 * max(2, round(lines))


def radar(ws: Sheet, *, title: str, labels: Reference, series: Sequence[tuple[str, Reference]],
          maximum: float, anchor: str, width_cm: float = 17, height_cm: float = 12) -> RadarChart:
    """A native Excel radar chart ("kompassros"): one polygon per profile, 0 to the area maximum."""
    chart = RadarChart()
    chart.type = "marker"
    chart.title = title
    chart.style = 2
    for i, (name, ref) in enumerate(series):
        s = Series(ref, title=name)
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        s.graphicalProperties.line.solidFill = colour
        s.graphicalProperties.line.width = 25400  # 2 pt
        if i and len(series) == 2:
            s.graphicalProperties.line.dashStyle = "dash"  # the comparison, as in the PDF
        s.marker = Marker(symbol="circle", size=5)
        s.marker.graphicalProperties = None
        chart.series.append(s)
    chart.set_categories(labels)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = maximum
    chart.y_axis.majorUnit = maximum / 5
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = False  # openpyxl 3.1 hides axes unless told otherwise
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = width_cm, height_cm
    ws.add_chart(chart, anchor)
    return chart


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, none of []:*?/\\ ."""
    base = re.sub(r"[\[\]:*?/\\]", "-", clean_text(text)).strip("' ")[:31] or "Blad"
    name, n = base, 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def save(book: Book, out: Path) -> None:
    """Write every sheet's remaining rows and save beside the target, then rename: an open or
    read-only target keeps its old file, and the workbook is never held in memory as a whole."""
    out = Path(out)
    try:
        for sheet in book.sheets:
            sheet.flush()
    except BaseException:
        book.discard()
        raise
    for stale in out.parent.glob(f".{out.name}.*.tmp"):  # left by an earlier write that was killed
        stale.unlink(missing_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent or ".")
    except OSError as exc:
        book.discard()
        raise KompassError(f"{out}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            book.wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, file_mode(out))
        os.replace(tmp, out)
    except (ValueError, TypeError) as exc:  # openpyxl's own checks; should not happen after `put`
        Path(tmp).unlink(missing_ok=True)
        book.discard()
        raise KompassError(f"{out}: the workbook could not be built ({exc})") from None
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        book.discard()
        raise KompassError(f"{out}: cannot write the file ({exc.strerror or exc}); the previous file is unchanged") \
            from None
