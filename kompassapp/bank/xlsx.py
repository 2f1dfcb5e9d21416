"""Question banks as Excel workbooks, for the people who maintain a bank in a spreadsheet (Qt-free).

`export_xlsx` writes one sheet per part of the bank (Metadata, Skalor, Områden, Delområden, Frågor)
plus a sheet of instructions; `import_xlsx` reads such a workbook back, also after it has been edited by
hand in Excel or LibreOffice, and writes the bank as YAML in the layout of the shipped banks.

Import reuses the YAML loader for every check, so a workbook is held to exactly the rules of a YAML
bank. The trick: the workbook is first turned into a validation YAML text with one field per line,
and we remember which cell each line came from; the loader's `LINE: message` problems are then
mapped back to `SHEET!CELL: message`. Problems only a spreadsheet can have (a missing sheet or column,
an id typed as a decimal number, a formula, a date) are found while reading the cells. Every problem is
reported, never only the first.

Export checks itself: the workbook it is about to write is read back in memory and must give a bank
equal to the original, otherwise nothing is written and the message says what would be lost.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

from kompassapp.bank.loader import parse_bank
from kompassapp.bank.model import FORMAT, SOURCES, Bank
from kompassapp.errors import BankError, KompassError
from kompassapp.fileio import write_atomic

ALIAS_SEP = " | "
SOURCE_SEP = ", "
YES, NO = "ja", "nej"
_TRUE = {"ja", "j", "sant", "true", "yes", "y", "1", "x"}
_FALSE = {"nej", "n", "falskt", "false", "no", "0"}
EXCEL_MAX_CHARS = 32767


# -- the workbook layout ----------------------------------------------------------------
@dataclass(frozen=True)
class Col:
    key: str            # field name in the bank (YAML), or a structural name like "area"
    header: str         # Swedish header shown in row 1
    kind: str           # id | text | str | number | int | bool | aliases | sources
    width: float
    wrap: bool = False
    also: tuple[str, ...] = ()   # other headers accepted on import

    def names(self) -> set[str]:
        return {_fold(n) for n in (self.header, self.key, *self.also)}


@dataclass(frozen=True)
class Sheet:
    name: str
    cols: tuple[Col, ...]
    freeze: str = "A2"
    also: tuple[str, ...] = ()

    def col(self, key: str) -> Col:
        return next(c for c in self.cols if c.key == key)


META = Sheet("Metadata", (
    Col("field", "Fält", "str", 16, also=("nyckel",)),
    Col("value", "Värde", "str", 70, wrap=True),
), freeze="B2")
# Metadata rows: bank field, Swedish label, kind, explanation shown in the sheet.
META_FIELDS = (
    ("format", "Format", "str", f"Filformatet; ska vara {FORMAT}."),
    ("id", "Id", "id", "Bankens stabila id. Utvärderingsfiler hänvisar till det; ändra det inte."),
    ("title", "Titel", "text", "Bankens namn, t.ex. Kommunkompassen."),
    ("edition", "Utgåva", "id", "Metodens utgåva, t.ex. 2020. Profiler jämförs bara inom samma utgåva."),
    ("language", "Språk", "str", "Språkkod för texterna, t.ex. sv."),
    ("revision", "Revision", "int", "Heltal från 1. Höj det när frågor, poäng eller skalor ändras."),
    ("description", "Beskrivning", "str", "Fri beskrivning av banken (valfri)."),
)
META_KIND = {k: kind for k, _, kind, _ in META_FIELDS}
META_LABEL = {k: label for k, label, _, _ in META_FIELDS}

SCALES = Sheet("Skalor", (
    Col("scale", "Skala", "str", 12),
    Col("key", "Nyckel", "id", 12),
    Col("label", "Svarsalternativ", "text", 34, wrap=True, also=("etikett",)),
    Col("value", "Värde (0–1)", "number", 13, also=("värde", "varde", "andel")),
))
AREAS = Sheet("Områden", (
    Col("id", "Id", "id", 7),
    Col("title", "Titel", "text", 44, wrap=True),
    Col("short", "Kort namn", "text", 22, also=("kortnamn", "kort")),
    Col("aliases", "Alias", "aliases", 36, wrap=True),
    Col("role", "Roll", "str", 24),
    Col("max", "Maxpoäng", "number", 11, also=("max",)),
), freeze="B2", also=("omraden",))
SUBAREAS = Sheet("Delområden", (
    Col("area", "Område", "id", 10),
    Col("id", "Id", "id", 9),
    Col("title", "Titel", "text", 80, wrap=True),
), freeze="C2", also=("delomraden",))
QUESTIONS = Sheet("Frågor", (
    Col("area", "Område", "id", 9),
    Col("subarea", "Delområde", "id", 11),
    Col("id", "Id", "id", 9),
    Col("text", "Fråga", "text", 60, wrap=True),
    Col("guidance", "Vägledning", "str", 72, wrap=True),
    Col("points", "Poäng", "number", 8),
    Col("scale", "Skala", "str", 9),
    Col("sources", "Källor", "sources", 22, wrap=True),
    Col("na_allowed", "Ej tillämplig tillåten", "bool", 13, also=("ej tillämplig", "na_allowed")),
), freeze="D2", also=("fragor",))
SHEETS = (META, SCALES, AREAS, SUBAREAS, QUESTIONS)
ORDER = {s.name: i for i, s in enumerate(SHEETS)}
HELP_SHEET = "Anvisningar"
AREA_SUM_HEADER = "Frågornas poäng (kontroll)"


def _fold(name: Any) -> str:
    return " ".join(str(name).split()).casefold() if name is not None else ""


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(col)


def _cell(sheet: str, row: int, col: int | None) -> str:
    return f"{sheet}!{_letter(col)}{row}" if col else f"{sheet}!{row}"


# =========================================================================================
# Export
# =========================================================================================
def workbook_bytes(bank: Bank) -> bytes:
    """The bank as an .xlsx file's bytes."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    header_font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E78")
    info_fill = PatternFill("solid", fgColor="7F7F7F")
    top = Alignment(vertical="top")
    top_wrap = Alignment(vertical="top", wrap_text=True)
    center = Alignment(vertical="top", horizontal="center")

    wb = Workbook()
    wb.remove(wb.active)

    def put(ws, row: int, col: int, value: Any, kind: str = "str", wrap: bool = False, where: str = "") -> None:
        cell = ws.cell(row=row, column=col)
        if value is None or value == "":
            cell.alignment = top_wrap if wrap else top
            if kind in ("id", "str", "text", "aliases", "sources"):
                cell.number_format = "@"
            return
        if isinstance(value, str):
            _check_text(value, where or _cell(ws.title, row, col))
            cell.value = value
            cell.data_type = "s"           # never a formula, whatever the text starts with
            cell.number_format = "@"
        else:
            if isinstance(value, float) and float("%.16g" % value) != value:  # what openpyxl writes
                raise KompassError(f"{where or _cell(ws.title, row, col)}: the number {value!r} has more digits than "
                                   "an Excel cell keeps (16); round it in the bank first")
            cell.value = value
        cell.alignment = top_wrap if wrap else center if kind in ("number", "bool") else top

    def header(ws, sheet: Sheet, extra: tuple[str, ...] = ()) -> None:
        for i, col in enumerate(sheet.cols, 1):
            put(ws, 1, i, col.header)
            ws.column_dimensions[_letter(i)].width = col.width
            if col.kind in ("id", "str", "text", "aliases", "sources"):
                ws.column_dimensions[_letter(i)].number_format = "@"  # new rows typed in Excel stay text
        for j, name in enumerate(extra, len(sheet.cols) + 1):
            put(ws, 1, j, name)
        last = len(sheet.cols) + len(extra)
        for i in range(1, last + 1):
            c = ws.cell(row=1, column=i)
            c.font = header_font
            c.fill = header_fill if i <= len(sheet.cols) else info_fill
            c.alignment = Alignment(vertical="center", wrap_text=True)
        ws.row_dimensions[1].height = 32
        ws.freeze_panes = sheet.freeze
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def row_of(ws, sheet: Sheet, row: int, values: dict[str, Any], label: str) -> None:
        lines = 1
        for i, col in enumerate(sheet.cols, 1):
            value = values.get(col.key)
            put(ws, row, i, value, col.kind, col.wrap, f"{label} ({col.header})")
            if col.wrap and isinstance(value, str):
                lines = max(lines, _wrapped_lines(value, col.width))
        if lines > 1:  # neither Excel nor LibreOffice grows a row for wrapped text when opening a file
            ws.row_dimensions[row].height = LINE_HEIGHT * lines + 2

    # Metadata
    ws = wb.create_sheet(META.name)
    header(ws, META, ("Förklaring",))
    ws.column_dimensions["C"].width = 72
    d = bank.to_dict()
    for r, (key, label, kind, explanation) in enumerate(META_FIELDS, 2):
        value = d.get(key, "")
        put(ws, r, 1, label)
        put(ws, r, 2, value if key == "revision" else str(value), kind, True, f"Metadata {label}")
        put(ws, r, 3, explanation, wrap=True)
        ws.cell(row=r, column=1).font = Font(name="Calibri", size=11, bold=True)
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        lines = max(_wrapped_lines(str(value), META.col("value").width), _wrapped_lines(explanation, 72))
        if lines > 1:
            ws.row_dimensions[r].height = LINE_HEIGHT * lines + 2

    # Skalor
    ws = wb.create_sheet(SCALES.name)
    header(ws, SCALES)
    r = 1
    for scale in bank.scales.values():
        for o in scale.options:
            r += 1
            row_of(ws, SCALES, r, {"scale": scale.key, "key": o.key, "label": o.label, "value": _xl_number(o.value)},
                   f"scale '{scale.key}' option '{o.key}'")
    _filter(ws, SCALES, r)

    # Områden, with a check column that sums the questions' points (ignored on import)
    ws = wb.create_sheet(AREAS.name)
    header(ws, AREAS, (AREA_SUM_HEADER,))
    n_cols = len(AREAS.cols)
    sum_col = _letter(n_cols + 1)
    ws.column_dimensions[sum_col].width = 20
    qa = _letter(QUESTIONS.cols.index(QUESTIONS.col("area")) + 1)
    qp = _letter(QUESTIONS.cols.index(QUESTIONS.col("points")) + 1)
    id_col = _letter(AREAS.cols.index(AREAS.col("id")) + 1)
    max_col = _letter(AREAS.cols.index(AREAS.col("max")) + 1)
    for r, a in enumerate(bank.areas, 2):
        _check_list(a.aliases, "|", f"area {a.id} alias")
        row_of(ws, AREAS, r, {"id": a.id, "title": a.title, "short": a.short, "aliases": ALIAS_SEP.join(a.aliases),
                              "role": a.role, "max": _xl_number(a.max)}, f"area {a.id}")
        c = ws.cell(row=r, column=n_cols + 1, value=f"=SUMIF('{QUESTIONS.name}'!${qa}:${qa},${id_col}{r},"
                                                    f"'{QUESTIONS.name}'!${qp}:${qp})")
        c.alignment = top
    last = len(bank.areas) + 1
    ws.conditional_formatting.add(
        f"{sum_col}2:{sum_col}{max(last, 2)}",
        FormulaRule(formula=[f"${sum_col}2<>${max_col}2"], fill=PatternFill("solid", fgColor="F4B6B6"),
                    font=Font(color="9C0006", bold=True)))
    _filter(ws, AREAS, last)

    # Delområden
    ws = wb.create_sheet(SUBAREAS.name)
    header(ws, SUBAREAS)
    r = 1
    for a in bank.areas:
        for s in a.subareas:
            r += 1
            row_of(ws, SUBAREAS, r, {"area": a.id, "id": s.id, "title": s.title}, f"sub-area {s.id}")
    _filter(ws, SUBAREAS, r)

    # Frågor
    ws = wb.create_sheet(QUESTIONS.name)
    header(ws, QUESTIONS)
    r = 1
    for a in bank.areas:
        for s in a.subareas:
            for q in s.questions:
                r += 1
                _check_list(q.sources, ",;|", f"question {q.id} source")
                row_of(ws, QUESTIONS, r, {
                    "area": a.id, "subarea": s.id, "id": q.id, "text": q.text, "guidance": q.guidance,
                    "points": _xl_number(q.points), "scale": q.scale, "sources": SOURCE_SEP.join(q.sources),
                    "na_allowed": YES if q.na_allowed else NO}, f"question {q.id}")
    _filter(ws, QUESTIONS, r)
    # drop-down lists where the choice is closed (the import checks them anyway)
    last_row = max(r, 2) + 500
    scale_names = ",".join(bank.scales)
    if all("," not in s and '"' not in s for s in bank.scales) and 0 < len(scale_names) < 250:
        # a warning, not a stop: a scale added to sheet Skalor after export must still be accepted
        dv = DataValidation(type="list", formula1=f'"{scale_names}"', allow_blank=True, showErrorMessage=True,
                            errorStyle="warning", errorTitle="Ny skala?",
                            error="Skalan finns inte i listan. Finns den på fliken Skalor? Inläsningen kontrollerar det.")
        col = _letter(QUESTIONS.cols.index(QUESTIONS.col("scale")) + 1)
        dv.add(f"{col}2:{col}{last_row}")
        ws.add_data_validation(dv)
    dv = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True, showErrorMessage=True,
                        errorTitle="Ja eller nej", error="Skriv ja eller nej.")
    col = _letter(QUESTIONS.cols.index(QUESTIONS.col("na_allowed")) + 1)
    dv.add(f"{col}2:{col}{last_row}")
    ws.add_data_validation(dv)

    _help_sheet(wb.create_sheet(HELP_SHEET), put)
    wb.active = wb.sheetnames.index(QUESTIONS.name)
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet.title == QUESTIONS.name
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


LINE_HEIGHT = 15  # points per line of 11-point Calibri


def _wrapped_lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a wrapped column `width` characters wide (a bit generous)."""
    per_line = max(8, int(width * 1.2) - 1)
    total = 0
    for paragraph in text.split("\n"):
        n, used = 1, 0
        for word in paragraph.split(" "):
            if used and used + 1 + len(word) > per_line:
                n, used = n + 1, len(word)
            else:
                used += len(word) + (1 if used else 0)
            while used > per_line:  # a word longer than the line
                n, used = n + 1, used - per_line
        total += n
    return total


def _filter(ws, sheet: Sheet, last_row: int) -> None:
    ws.auto_filter.ref = f"A1:{_letter(len(sheet.cols))}{max(last_row, 1)}"


def _xl_number(x: Fraction) -> int | float:
    return int(x) if x.denominator == 1 else float(x)


def _check_text(text: str, where: str) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if ILLEGAL_CHARACTERS_RE.search(text) or "\r" in text:
        bad = (ILLEGAL_CHARACTERS_RE.search(text) or re.search("\r", text)).group()
        raise KompassError(f"{where}: the text holds the control character {bad!r}, which an Excel cell cannot keep; "
                           "remove it from the bank first")
    if len(text) > EXCEL_MAX_CHARS:
        raise KompassError(f"{where}: the text is {len(text)} characters long; an Excel cell holds at most "
                           f"{EXCEL_MAX_CHARS}")


def _check_list(items: tuple[str, ...], separators: str, what: str) -> None:
    for item in items:
        if not item.strip() or item != item.strip() or any(s in item for s in separators) or "\n" in item:
            raise KompassError(f"{what} {item!r} cannot be written in one cell: it is empty, has spaces at its ends "
                               f"or holds a separator ({' '.join(separators)})")


HELP_TEXT = (
    ("Frågebanken i Excel", ""),
    ("", "Arbetsboken är en frågebank för Kompassapp. Redigera flikarna och läs in den igen med\n"
         "kompassapp bank import-xlsx BOK.xlsx -o BANK.yaml\n"
         "Inläsningen kontrollerar allt som en YAML-bank kontrolleras mot och anger flik, rad och kolumn "
         "för varje fel."),
    ("Metadata", "Bankens id, titel, utgåva, språk, revision och beskrivning. Höj Revision när frågor, poäng eller "
                 "skalor ändras: påbörjade utvärderingar behåller sin revision."),
    ("Skalor", "En rad per svarsalternativ. Värde är den andel av frågans poäng som alternativet ger, 0–1 "
               "(t.ex. 0,5 för Delvis). Alternativen visas i radernas ordning."),
    ("Områden", "En rad per område i den ordning de ska visas. Kort namn används i diagram. Flera alias skrivs "
                f"åtskilda med \"{ALIAS_SEP.strip()}\". Frågornas poäng inom ett område ska summera till Maxpoäng; "
                "den grå kolumnen visar summan och blir röd när den inte stämmer (den läses inte in)."),
    ("Delområden", "En rad per delområde: vilket område det hör till, dess id och titel."),
    ("Frågor", "En rad per fråga: område, delområde, id, frågetext, vägledning om underlaget, poäng, skala (namnet "
               f"på en skala i fliken Skalor), källor ({', '.join(SOURCES)}; åtskilda med kommatecken) och om "
               f"frågan får besvaras som ej tillämplig ({YES} eller {NO})."),
    ("Id", "Alla id är text. Cellerna är formaterade som text, så 1.10 förblir 1.10. Ett id som Excel har gjort "
           "om till ett decimaltal (1.1) avvisas vid inläsningen, eftersom 1.10 och 1.1 då inte går att skilja åt. "
           "Frågornas id följer svaren mellan revisioner: byt inte id på en fråga som bara formulerats om."),
    ("Rader", "Radernas ordning är ordningen i banken. Tomma rader hoppas över. Kolumner med andra rubriker än "
              "de blå ignoreras, så du kan lägga till egna anteckningskolumner. Formler läses inte in: skriv värden."),
)


def _help_sheet(ws, put) -> None:
    from openpyxl.styles import Font

    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 110
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for r, (head, text) in enumerate(HELP_TEXT, 1):
        put(ws, r, 1, head)
        put(ws, r, 2, text, wrap=True)
        ws.cell(row=r, column=1).font = Font(name="Calibri", bold=True, size=14 if r == 1 else 11)
        ws.row_dimensions[r].height = max(20 if r == 1 else LINE_HEIGHT, LINE_HEIGHT * _wrapped_lines(text, 110) + 2)


def export_xlsx(bank: Bank, dest: str | Path) -> Path:
    """Write `bank` as a workbook; refuse (KompassError) if the workbook would not read back as the same bank."""
    dest = Path(dest)
    data = workbook_bytes(bank)
    try:
        back = read_workbook(io.BytesIO(data), str(dest))
    except BankError as exc:  # pragma: no cover - a bug in the exporter, not in the bank
        raise KompassError(f"{dest}: the workbook would not read back: {exc.problems[0]}") from None
    if back != bank:
        raise KompassError(f"{dest}: the bank cannot be written losslessly to Excel: "
                           f"{_first_difference(bank.to_dict(), back.to_dict())}")
    write_atomic(dest, data)
    return dest


def _first_difference(a: Any, b: Any, path: str = "bank") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                label = x.get("id", x.get("key", i)) if isinstance(x, dict) else i
                return _first_difference(x, y, f"{path}[{label}]")
    return f"{path} is {a!r} in the bank but would read back as {b!r}"


# =========================================================================================
# Import
# =========================================================================================
@dataclass
class Loc:
    """Where a line of the validation YAML came from."""
    sheet: str
    row: int
    col: int | None
    cols: dict[str, int] = field(default_factory=dict)  # field -> column, to refine messages about the row


@dataclass
class _Row:
    row: int
    values: dict[str, Any]          # field -> converted value (absent: empty cell)
    cols: dict[str, int]            # field -> column number


class _Reader:
    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[tuple[tuple, str]] = []
        self.bad_cells: set[tuple[str, int, int]] = set()

    def problem(self, sheet: str, row: int | None, col: int | None, message: str, ref: str | None = None) -> None:
        where = ref or (_cell(sheet, row, col) if row else sheet)
        self.problems.append(((ORDER.get(sheet, -1), row or 0, col or 0), f"{self.filename}: {where}: {message}"))
        if row and col:
            self.bad_cells.add((sheet, row, col))

    # -- cells ------------------------------------------------------------------------
    def convert(self, cell, kind: str, sheet: str, what: str) -> Any:
        """A cell's value for a field of `kind`; None when empty. Problems are reported here."""
        value = cell.value
        row, col = cell.row, cell.column
        if value is None or (isinstance(value, str) and not value.strip() and kind not in ("str", "text")):
            return None
        if isinstance(value, str) and value == "" and kind in ("str", "text"):
            return None
        if cell.data_type == "f" or not isinstance(value, (str, int, float, bool, datetime, date, time, timedelta)):
            text = value if isinstance(value, str) else getattr(value, "text", "") or "a formula"
            self.problem(sheet, row, col, f"{what}: the cell holds a formula ({text}); type the value itself")
            return str(value)
        if cell.data_type == "e":
            self.problem(sheet, row, col, f"{what}: the cell holds the error value {value}")
            return str(value)
        if isinstance(value, (datetime, date, time, timedelta)):
            self.problem(sheet, row, col, f"{what}: the cell holds a date or time ({value}); "
                                          "format the cell as text and type the value again")
            return str(value)
        if kind in ("id", "str", "text", "aliases", "sources"):
            if isinstance(value, bool):
                self.problem(sheet, row, col, f"{what} must be text, got the truth value {str(value).upper()}")
                return str(value)
            if isinstance(value, float):
                shown = repr(value)
                if kind == "id":
                    msg = (f"{what}: {shown} is stored as a number, so it is ambiguous (1.10 or 1.1?); "
                           f"format the cell as text and type the id again")
                else:
                    msg = f"{what}: {shown} is stored as a number; format the cell as text and type it again"
                self.problem(sheet, row, col, msg)
                return shown
            value = str(value)
            if kind == "aliases":
                return [p.strip() for p in value.split(ALIAS_SEP.strip()) if p.strip()]
            if kind == "sources":
                return [p.strip() for p in re.split(r"[,;|\n]", value) if p.strip()]
            return value
        if kind in ("number", "int"):
            if isinstance(value, bool):
                self.problem(sheet, row, col, f"{what} must be a number, got {str(value).upper()}")
                return None
            if isinstance(value, str):
                value = _number_from_text(value)
            if kind == "int" and isinstance(value, float) and value.is_integer():
                return int(value)
            return value  # int, float, or text the loader will reject with its own message
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().casefold()
            if isinstance(value, float) and value.is_integer():
                text = str(int(value))
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            self.problem(sheet, row, col, f"{what} must be {YES} or {NO}, got {value!r}")
            return None
        raise AssertionError(kind)

    # -- sheets -----------------------------------------------------------------------
    def sheet(self, wb, spec: Sheet):
        wanted = {_fold(spec.name), *(_fold(a) for a in spec.also)}
        found = [ws for ws in wb.worksheets if _fold(ws.title) in wanted]
        if not found:
            names = ", ".join(repr(ws.title) for ws in wb.worksheets) or "none"
            self.problem(spec.name, None, None, f"the workbook has no sheet '{spec.name}' (its sheets: {names})")
            return None
        return found[0]

    def header(self, ws, spec: Sheet) -> dict[str, int] | None:
        """Field -> column number, from row 1; None (reported) if a column is missing."""
        cols: dict[str, int] = {}
        seen: list[str] = []
        last = 0
        for cell in next(ws.iter_rows(min_row=1, max_row=1), ()):
            if cell.value is None or not str(cell.value).strip():
                continue
            last = cell.column
            seen.append(str(cell.value).strip())
            name = _fold(cell.value)
            for col in spec.cols:
                if name in col.names():
                    if col.key in cols:
                        self.problem(spec.name, 1, cell.column, f"column '{col.header}' appears twice "
                                     f"(also in {_cell(spec.name, 1, cols[col.key])})")
                    else:
                        cols[col.key] = cell.column
        missing = [c.header for c in spec.cols if c.key not in cols]
        if missing:
            ref = f"{spec.name}!A1:{_letter(max(last, len(spec.cols)))}1"
            have = ", ".join(repr(s) for s in seen) or "nothing"
            self.problem(spec.name, 1, 1, f"missing column{'s' if len(missing) > 1 else ''} "
                         f"{', '.join(repr(m) for m in missing)} in the header row (it has: {have})", ref=ref)
            return None
        return cols

    def rows(self, ws, spec: Sheet, cols: dict[str, int], label: str) -> list[_Row]:
        out = []
        by_key = {c.key: c for c in spec.cols}
        for cells in ws.iter_rows(min_row=2):
            index = {c.column: c for c in cells}
            mine = {k: index.get(c) for k, c in cols.items()}
            if all(c is None or c.value is None or (isinstance(c.value, str) and not c.value.strip())
                   for c in mine.values()):
                continue  # empty rows (also trailing ones) are skipped
            row = cells[0].row
            name = next((mine[k].value for k in ("id", "key") if mine.get(k) is not None), None)
            name = str(name).strip() if isinstance(name, (str, int)) and not isinstance(name, bool) else ""
            values = {}
            for key, cell in mine.items():
                if cell is None:
                    continue
                header = by_key[key].header
                what = (f"{label} {key}" if key in ("id", "key") else
                        f"{label} {name}: column '{header}'" if name else f"{label}: column '{header}'")
                v = self.convert(cell, by_key[key].kind, spec.name, what)
                if v is not None:
                    values[key] = v
            out.append(_Row(row, values, dict(cols)))
        return out


def _number_from_text(text: str) -> Any:
    t = text.strip().replace("\u2212", "-")
    if re.fullmatch(r"[+-]?\d+", t):
        return int(t)
    if re.fullmatch(r"[+-]?(\d+[.,]\d*|[.,]\d+)([eE][+-]?\d+)?", t):
        return float(t.replace(",", "."))
    return text


def read_workbook(source, filename: str) -> Bank:
    """Read a bank workbook (a path or a binary file object); BankError lists every problem."""
    from openpyxl import load_workbook

    r = _Reader(filename)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops (LibreOffice, Excel)
            wb = load_workbook(source, data_only=False)
    except FileNotFoundError:
        raise BankError([f"{filename}: cannot read the file: no such file"]) from None
    except OSError as exc:
        raise BankError([f"{filename}: cannot read the file: {exc.strerror or exc}"]) from None
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError, XML errors ...
        hint = " (an old .xls file: save it as .xlsx first)" if "xls" in str(exc) and "old" in str(exc) else ""
        raise BankError([f"{filename}: not an Excel workbook (.xlsx){hint}: "
                         f"{str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}"]) from None

    sheets = {spec.name: r.sheet(wb, spec) for spec in SHEETS}
    headers = {}
    for spec in SHEETS:
        ws = sheets[spec.name]
        if ws is not None and spec is not META:
            headers[spec.name] = r.header(ws, spec)
    if sheets[META.name] is not None:
        headers[META.name] = r.header(sheets[META.name], META)
    if r.problems:  # without every sheet and column there is no bank to check
        raise BankError(_sorted(r.problems))

    doc = _Doc()
    _metadata(r, doc, sheets[META.name], headers[META.name])
    _scales(r, doc, r.rows(sheets[SCALES.name], SCALES, headers[SCALES.name], "scale option"))
    areas = r.rows(sheets[AREAS.name], AREAS, headers[AREAS.name], "area")
    subs = r.rows(sheets[SUBAREAS.name], SUBAREAS, headers[SUBAREAS.name], "sub-area")
    questions = r.rows(sheets[QUESTIONS.name], QUESTIONS, headers[QUESTIONS.name], "question")
    _areas(r, doc, areas, subs, questions)

    text = doc.text()
    try:
        bank = parse_bank(text, "\0")
    except BankError as exc:
        mapped = []
        for problem in exc.problems:
            m = re.match(r"\0:(\d+): (.*)", problem, re.S)
            line, msg = (int(m.group(1)), m.group(2)) if m else (1, problem)
            mapped.append(_locate(doc, line, msg))
        # an area's point sum means little while one of its questions' points could not be read
        points_col = headers[QUESTIONS.name]["points"]
        bad_points = {row for sheet, row, col in r.bad_cells if sheet == QUESTIONS.name and col == points_col}
        bad_points |= {p[1] for p in mapped if p and p[0] == QUESTIONS.name and p[2] == points_col
                       and ("must be a number" in p[3] or p[3].endswith("is empty"))}
        read_bad = set(r.bad_cells)
        for p in mapped:
            if p is None:
                continue
            sheet, row, col, msg = p
            if "question points sum to" in msg and bad_points & doc.area_questions.get(row, set()):
                continue
            if (sheet, row, col) in read_bad:
                continue  # already reported, in the spreadsheet's own words
            r.problem(sheet, row, col, msg)
        if not r.problems:  # pragma: no cover - every loader problem maps to a cell
            r.problem(META.name, None, None, "the bank is not valid")
        raise BankError(_sorted(r.problems)) from None
    if r.problems:
        raise BankError(_sorted(r.problems))
    return bank


def _sorted(problems: list[tuple[tuple, str]]) -> list[str]:
    seen, out = set(), []
    for _, msg in sorted(problems, key=lambda p: p[0]):
        if msg not in seen:
            seen.add(msg)
            out.append(msg)
    return out


# -- the validation YAML, one field per line ------------------------------------------------
class _Doc:
    def __init__(self):
        self.lines: list[str] = []
        self.where: dict[int, Loc] = {}
        self.meta_next_row = 2
        self.reported: set[str] = set()          # bank fields whose absence is already reported
        self.duplicates: set[tuple[str, int]] = set()  # (sheet, row) of items whose id is taken
        self.area_questions: dict[int, set[int]] = {}  # row in Områden -> rows in Frågor

    def add(self, text: str, loc: Loc | None = None) -> None:
        self.lines.append(text)
        if loc is not None:
            self.where[len(self.lines)] = loc

    def field(self, indent: str, key: str, value: Any, loc: Loc) -> None:
        self.add(f"{indent}{key}: {_yaml_value(value)}", loc)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _yaml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"!!float {_yaml_float(value)}"
    if isinstance(value, list):
        return "[" + ", ".join(_dq(str(v)) for v in value) + "]"
    return _dq(str(value))


def _metadata(r: _Reader, doc: _Doc, ws, cols: dict[str, int]) -> None:
    by_label = {}
    for key, label, _, _ in META_FIELDS:
        by_label[_fold(key)] = key
        by_label[_fold(label)] = key
    seen: dict[str, int] = {}
    fcol, vcol = cols["field"], cols["value"]
    for cells in ws.iter_rows(min_row=2):
        index = {c.column: c for c in cells}
        fcell, vcell = index.get(fcol), index.get(vcol)
        name = fcell.value if fcell is not None else None
        has_value = vcell is not None and vcell.value is not None and str(vcell.value).strip() != ""
        if name is None or not str(name).strip():
            if has_value:
                r.problem(META.name, vcell.row, fcol,
                          f"a value without a field name in column '{META.col('field').header}'")
            continue
        row = fcell.row
        doc.meta_next_row = max(doc.meta_next_row, row + 1)
        key = by_label.get(_fold(name))
        if key is None:
            known = ", ".join(label for _, label, _, _ in META_FIELDS)
            r.problem(META.name, row, fcol, f"unknown field '{name}' (known: {known})")
            continue
        if key in seen:
            r.problem(META.name, row, fcol, f"field '{META_LABEL[key]}' appears twice (first at "
                                            f"{_cell(META.name, seen[key], fcol)})")
            continue
        seen[key] = row
        value = r.convert(vcell, META_KIND[key], META.name, f"field '{META_LABEL[key]}'") if vcell is not None else None
        if value is None:
            if key == "description":
                continue
            if META_KIND[key] == "int":
                r.problem(META.name, row, vcol, f"field '{META_LABEL[key]}' is empty")
                doc.reported.add(key)
                continue
            value = ""
        doc.field("", key, value, Loc(META.name, row, vcol))


def _scales(r: _Reader, doc: _Doc, rows: list[_Row]) -> None:
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        name = row.values.get("scale")
        if name is None or not str(name).strip():
            r.problem(SCALES.name, row.row, row.cols["scale"], "the scale name is empty")
            continue
        groups.setdefault(str(name).strip(), []).append(row)
    doc.add("scales:" + ("" if groups else " {}"), Loc(SCALES.name, 2, 1))
    for name, options in groups.items():
        first = options[0]
        doc.add(f"  {_dq(name)}:", Loc(SCALES.name, first.row, first.cols["scale"]))
        for row in options:
            loc = lambda key: Loc(SCALES.name, row.row, row.cols[key], row.cols)  # noqa: E731
            doc.field("    - ", "key", row.values.get("key", ""), loc("key"))
            doc.field("      ", "label", row.values.get("label", ""), loc("label"))
            if "value" in row.values:
                doc.field("      ", "value", row.values["value"], loc("value"))


def _id(row: _Row, key: str) -> str:
    return str(row.values.get(key, "")).strip()


def _areas(r: _Reader, doc: _Doc, areas: list[_Row], subs: list[_Row], questions: list[_Row]) -> None:
    area_ids: dict[str, _Row] = {}
    for a in areas:
        if area_ids.setdefault(_id(a, "id"), a) is not a:
            doc.duplicates.add((AREAS.name, a.row))
    sub_of_area: dict[str, list[_Row]] = {}
    sub_ids: dict[str, _Row] = {}
    orphans: set[int] = set()  # rows of sub-areas without a known area: reported once, their questions skipped
    for s in subs:
        aid = _id(s, "area")
        if not aid or aid not in area_ids:
            r.problem(SUBAREAS.name, s.row, s.cols["area"], f"sub-area {_id(s, 'id')}: the area is empty" if not aid
                      else f"sub-area {_id(s, 'id')}: area '{aid}' is not in sheet '{AREAS.name}'")
            orphans.add(s.row)
            sub_ids.setdefault(_id(s, "id"), s)
            continue
        sub_of_area.setdefault(aid, []).append(s)
        if sub_ids.setdefault(_id(s, "id"), s) is not s:
            doc.duplicates.add((SUBAREAS.name, s.row))
    q_of_sub: dict[int, list[_Row]] = {}
    for q in questions:
        sid = _id(q, "subarea")
        if not sid:
            r.problem(QUESTIONS.name, q.row, q.cols["subarea"], f"question {_id(q, 'id')}: the sub-area is empty")
            continue
        s = sub_ids.get(sid)
        if s is None:
            r.problem(QUESTIONS.name, q.row, q.cols["subarea"],
                      f"question {_id(q, 'id')}: sub-area '{sid}' is not in sheet '{SUBAREAS.name}'")
            continue
        if s.row in orphans:
            continue
        aid = _id(q, "area")
        if aid and aid != _id(s, "area"):
            r.problem(QUESTIONS.name, q.row, q.cols["area"],
                      f"question {_id(q, 'id')}: area '{aid}' does not match sub-area {sid}, which belongs to area "
                      f"'{_id(s, 'area')}' ({_cell(SUBAREAS.name, s.row, s.cols['area'])})")
        q_of_sub.setdefault(s.row, []).append(q)

    doc.add("areas:" + ("" if areas else " []"), Loc(AREAS.name, 2, 1))
    for a in areas:
        loc = lambda key, row=a: Loc(AREAS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
        doc.field("  - ", "id", a.values.get("id", ""), loc("id"))
        for key in ("title", "short"):
            doc.field("    ", key, a.values.get(key, ""), loc(key))
        for key in ("aliases", "role", "max"):
            if key in a.values:
                doc.field("    ", key, a.values[key], loc(key))
        mine = sub_of_area.get(_id(a, "id"), []) if area_ids.get(_id(a, "id")) is a else []
        doc.add("    subareas:" + ("" if mine else " []"), loc("id"))
        for s in mine:
            sloc = lambda key, row=s: Loc(SUBAREAS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
            doc.field("      - ", "id", s.values.get("id", ""), sloc("id"))
            doc.field("        ", "title", s.values.get("title", ""), sloc("title"))
            qs = q_of_sub.get(s.row, [])
            doc.add("        questions:" + ("" if qs else " []"), sloc("id"))
            doc.area_questions.setdefault(a.row, set()).update(q.row for q in qs)
            for q in qs:
                qloc = lambda key, row=q: Loc(QUESTIONS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
                doc.field("          - ", "id", q.values.get("id", ""), qloc("id"))
                doc.field("            ", "text", q.values.get("text", ""), qloc("text"))
                for key in ("guidance", "points"):
                    if key in q.values:
                        doc.field("            ", key, q.values[key], qloc(key))
                doc.field("            ", "scale", q.values.get("scale", ""), qloc("scale"))
                for key in ("sources", "na_allowed"):
                    if key in q.values and q.values[key] != []:
                        doc.field("            ", key, q.values[key], qloc(key))


# Which column a loader message is about, when it is reported on the line of the item's id.
_MESSAGE_FIELD = (
    (re.compile(r"missing field '(\w+)'"), None),
    (re.compile(r"unknown scale"), "scale"),
    (re.compile(r"unknown source"), "sources"),
    (re.compile(r"question points sum to"), "max"),
    (re.compile(r"is outside 0–1"), "value"),
    (re.compile(r"duplicate option key"), "key"),
)
_HINTS = {
    "field 'subareas' is empty": f"the area has no sub-areas in sheet '{SUBAREAS.name}'",
    "field 'questions' is empty": f"the sub-area has no questions in sheet '{QUESTIONS.name}'",
    "field 'areas' is empty": f"sheet '{AREAS.name}' has no areas",
    "field 'scales' is empty": f"sheet '{SCALES.name}' has no scales",
}


def _locate(doc: _Doc, line: int, msg: str) -> tuple[str, int, int | None, str] | None:
    """A loader problem on `line` of the validation YAML as (sheet, row, column, message); None to drop it."""
    loc = doc.where.get(line) or Loc(META.name, 1, None)
    col = loc.col
    if msg.startswith("bank: missing field"):
        key = re.search(r"'(\w+)'", msg).group(1)
        if key in doc.reported:
            return None
        return META.name, doc.meta_next_row, 1, f"{msg}: add a row '{META_LABEL.get(key, key)}' to the sheet"
    for pattern, fixed in _MESSAGE_FIELD:
        m = pattern.search(msg)
        if m:
            col = loc.cols.get(fixed or m.group(1), col)
            break
    for text, hint in _HINTS.items():
        if msg.endswith(text):
            if (loc.sheet, loc.row) in doc.duplicates:
                return None  # a second item with a taken id: its contents went to the first one
            msg = f"{msg} ({hint})"
    msg = re.sub(r"missing field '(\w+)'", r"field '\1' is empty", msg)  # the column exists: the cell is empty
    msg = re.sub(r"first at line (\d+)", lambda m: "first at " + _ref(doc, int(m.group(1))), msg)
    return loc.sheet, loc.row, col, msg


def _ref(doc: _Doc, line: int) -> str:
    loc = doc.where.get(line)
    return _cell(loc.sheet, loc.row, loc.col) if loc else f"line {line}"


def import_xlsx(source: str | Path, dest: str | Path) -> tuple[Bank, list[str]]:
    """Read a bank workbook and write it as YAML; return the bank and warnings (e.g. revision not raised).

    Raises BankError (every problem, as `FILE: SHEET!CELL: message`) and writes nothing if the workbook is
    not a valid bank."""
    source, dest = Path(source), Path(dest)
    if not source.is_file():
        raise BankError([f"{source}: cannot read the file: {'no such file' if not source.exists() else 'not a file'}"])
    bank = read_workbook(source, str(source))
    warnings_: list[str] = []
    header = None
    if dest.is_file():
        old_text = dest.read_text(encoding="utf-8", errors="replace")
        header = _leading_comment(old_text)
        try:
            old = parse_bank(old_text, str(dest))
        except BankError:
            old = None
        if old is not None and old.id == bank.id and old.revision == bank.revision and old != bank:
            warnings_.append(f"{dest}: the questions, points or scales changed but the revision is still "
                             f"{bank.revision}; raise 'Revision' in sheet Metadata so that evaluations can tell "
                             "the two apart")
    if header is None:
        header = (f"# {bank.title} {bank.edition} — question bank for Kompassapp, written from a workbook\n"
                  f"# by `kompassapp bank import-xlsx`.\n"
                  f"# Format: {FORMAT}, documented by schema/bank.schema.json.\n")
    write_atomic(dest, bank_yaml(bank, header).encode("utf-8"))
    return bank, warnings_


def _leading_comment(text: str) -> str | None:
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines) or None


# =========================================================================================
# YAML in the layout of the shipped banks
# =========================================================================================
_PRINTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


_ESCAPE = re.compile('["\\\\]|[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]')
_NAMED = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def _escape(m: re.Match) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    n = ord(ch)
    return f"\\x{n:02x}" if n <= 0xFF else f"\\u{n:04x}" if n <= 0xFFFF else f"\\U{n:08x}"


def _dq(s: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `s`."""
    return '"' + _ESCAPE.sub(_escape, s) + '"'


def _plain_ok(s: str) -> bool:
    """Whether `s` can be written unquoted, in block and in flow context alike (commas and brackets never)."""
    import yaml

    if not s or s != s.strip() or not all(_PRINTABLE.fullmatch(ch) for ch in s):
        return False
    if s[0] in "-?:,[]{}#&*!|>'\"%@`" or re.search(r"[:#\[\]{},\"'\\]", s):
        return False
    try:
        return yaml.safe_load(s) == s
    except yaml.YAMLError:
        return False


def _scalar(s: str) -> str:
    return s if _plain_ok(s) else _dq(s)


def _yaml_float(x: float) -> str:
    r = repr(x)
    if "e" in r:
        mantissa, exp = r.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        r = f"{mantissa}e{exp if exp[0] in '+-' else '+' + exp}"
    return r


def _number(x: Fraction, always_float: bool = False) -> str:
    if x.denominator == 1:
        return f"{x.numerator}.0" if always_float else str(x.numerator)
    return _yaml_float(float(x))


def _folded(text: str, indent: str, width: int = 96) -> str | None:
    """A `>-` block for one paragraph of single-spaced text, or None when folding could change it."""
    if not text or text != text.strip() or "  " in text or not all(_PRINTABLE.fullmatch(ch) for ch in text):
        return None
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return ">-\n" + "\n".join(indent + ln for ln in lines)


def bank_yaml(bank: Bank, header: str = "", *, plain: bool = True) -> str:
    """The bank as YAML: key order, flow options and sources, quoted ids, like the shipped banks."""
    q = _scalar if plain else _dq
    out = [header.rstrip("\n")] if header else []
    out += [f"format: {q(FORMAT)}", f"id: {q(bank.id)}", f"title: {q(bank.title)}", f"edition: {_dq(bank.edition)}",
            f"language: {q(bank.language)}", f"revision: {bank.revision}"]
    if bank.description:
        out.append(f"description: {(_folded(bank.description, '  ') if plain else None) or _dq(bank.description)}")
    out.append("scales:")
    for scale in bank.scales.values():
        out.append(f"  {q(scale.key)}:")
        for o in scale.options:
            out.append(f"    - {{key: {q(o.key)}, label: {q(o.label)}, value: {_number(o.value, always_float=True)}}}")
    out.append("areas:")
    for a in bank.areas:
        out += [f"  - id: {_dq(a.id)}", f"    title: {q(a.title)}", f"    short: {q(a.short)}"]
        if a.aliases:
            out.append(f"    aliases: [{', '.join(q(x) for x in a.aliases)}]")
        if a.role:
            out.append(f"    role: {q(a.role)}")
        out += [f"    max: {_number(a.max)}", "    subareas:"]
        for s in a.subareas:
            out += [f"      - id: {_dq(s.id)}", f"        title: {q(s.title)}", "        questions:"]
            for qu in s.questions:
                out += [f"          - id: {_dq(qu.id)}", f"            text: {_dq(qu.text)}"]
                if qu.guidance:
                    out.append(f"            guidance: {_dq(qu.guidance)}")
                out += [f"            points: {_number(qu.points)}", f"            scale: {q(qu.scale)}"]
                if qu.sources:
                    out.append(f"            sources: [{', '.join(q(x) for x in qu.sources)}]")
                if not qu.na_allowed:
                    out.append("            na_allowed: false")
    text = "\n".join(out) + "\n"
    try:
        same = parse_bank(text, "<yaml>") == bank
    except BankError:
        same = False
    if not same:
        if plain:
            return bank_yaml(bank, header, plain=False)
        raise KompassError(f"cannot write bank {bank.id} as YAML that reads back the same")  # pragma: no cover
    return text

