"""Writing a bank as an Excel workbook, for the people who maintain a bank in a spreadsheet (Qt-free).

One sheet per part of the bank plus a sheet of instructions. Export checks itself: the workbook it is
about to write is read back in memory and must give a bank equal to the original, otherwise nothing is
written and the message says what would be lost.
"""

from __future__ import annotations

import io
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

from kompassapp.bank.model import FORMAT, Bank
from kompassapp.bank.xlsx_import import read_workbook
from kompassapp.bank.xlsx_layout import (ALIAS_SEP, AREA_SUM_HEADER, AREAS, DOCUMENTS, EXCEL_MAX_CHARS, GROUPS,
                                         HELP_SHEET, HELP_TEXT, LEVELS, LINE_HEIGHT, META, META_FIELDS, NO,
                                         QUESTIONS, SCALES, SOURCE_SEP, SUBAREAS, THEMES, YES, Sheet, _cell,
                                         _letter, _wrapped_lines)
from kompassapp.errors import BankError, KompassError
from kompassapp.fileio import write_atomic


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

    # Frågor (format /2 adds columns after the /1 ones, so a /1 workbook is laid out exactly as before)
    v2 = bank.format != FORMAT
    questions = QUESTIONS.for_format(v2)
    ws = wb.create_sheet(QUESTIONS.name)
    header(ws, questions)
    r = 1
    for a in bank.areas:
        for s in a.subareas:
            for q in s.questions:
                r += 1
                for key in ("sources", "groups", "documents"):
                    _check_list(getattr(q, key), ",;|", f"question {q.id} {key[:-1]}")
                row_of(ws, questions, r, {
                    "area": a.id, "subarea": s.id, "id": q.id, "text": q.text, "guidance": q.guidance,
                    "points": _xl_number(q.points), "scale": q.scale, "sources": SOURCE_SEP.join(q.sources),
                    "na_allowed": YES if q.na_allowed else NO, "na_when": q.na_when,
                    "groups": SOURCE_SEP.join(q.groups), "documents": SOURCE_SEP.join(q.documents),
                    "basis": q.basis, "statute": q.statute}, f"question {q.id}")
    _filter(ws, questions, r)
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

    if v2:
        _format2_sheets(wb, bank, header, row_of)
    _help_sheet(wb.create_sheet(HELP_SHEET), put)
    wb.active = wb.sheetnames.index(QUESTIONS.name)
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet.title == QUESTIONS.name
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _format2_sheets(wb, bank: Bank, header, row_of) -> None:
    """Nivåer (one row per question and option, in the scale's order), Grupper, Dokument, Teman."""
    ws = wb.create_sheet(LEVELS.name)
    header(ws, LEVELS)
    r = 1
    for q in bank.questions.values():
        order = [o.key for o in bank.scales[q.scale].options]
        for key in sorted(q.levels, key=lambda k: order.index(k) if k in order else len(order)):
            r += 1
            row_of(ws, LEVELS, r, {"question": q.id, "key": key, "text": q.levels[key]},
                   f"question {q.id} level '{key}'")
    _filter(ws, LEVELS, r)
    for spec, items, name in ((GROUPS, bank.groups, "label"), (DOCUMENTS, bank.documents, "title")):
        ws = wb.create_sheet(spec.name)
        header(ws, spec)
        for r, item in enumerate(items, 2):
            row_of(ws, spec, r, {"id": item.id, name: getattr(item, name), "description": item.description},
                   f"{spec.name} {item.id}")
        _filter(ws, spec, len(items) + 1)
    ws = wb.create_sheet(THEMES.name)
    header(ws, THEMES)
    for r, t in enumerate(bank.themes, 2):
        _check_list(t.areas, ",;|", f"theme {t.id} area")
        row_of(ws, THEMES, r, {"id": t.id, "title": t.title, "areas": SOURCE_SEP.join(t.areas)}, f"theme {t.id}")
    _filter(ws, THEMES, len(bank.themes) + 1)


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
