"""Reading a bank workbook's cells: sheets and header rows found by name, each cell converted to the
kind of its field, and every spreadsheet-only problem (a formula, a date, an id typed as a decimal
number) reported with its `Sheet!CELL` (Qt-free)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from kompassapp.errors import BankError
from kompassapp.bank.xlsx_guard import MAX_COLS, MAX_ROWS
from kompassapp.bank.xlsx_layout import (ALIAS_SEP, NO, ORDER, YES, Sheet, _FALSE, _TRUE, _cell, _fold,
                                         _letter)


class _Empty:
    """A cell the sheet does not have."""
    value = None
    data_type = "n"


EMPTY = _Empty()


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
    def convert(self, cell, kind: str, sheet: str, what: str, row: int, col: int) -> Any:
        """A cell's value for a field of `kind`; None when empty. Problems are reported here."""
        value = cell.value
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
        if not found and spec.v2:
            return None  # a workbook of a /1 bank, or from before format /2
        if not found:
            names = ", ".join(repr(ws.title) for ws in wb.worksheets) or "none"
            self.problem(spec.name, None, None, f"the workbook has no sheet '{spec.name}' (its sheets: {names})")
            return None
        if hasattr(found[0], "reset_dimensions"):  # read-only: rows past a wrong dimension would be dropped
            found[0].reset_dimensions()
        return found[0]

    def grid(self, ws, spec: Sheet, width: int, min_row: int = 2):
        """(row number, cells 1..width) for each row from `min_row`, stopping with a problem past MAX_ROWS.

        The workbook is read in read-only mode: rows stream from the XML and missing cells come as empty
        placeholders without coordinates, so rows are numbered here and cells taken by position."""
        width = max(1, min(width, MAX_COLS))
        for number, cells in enumerate(ws.iter_rows(min_row=min_row, max_col=width), min_row):
            if number > MAX_ROWS + 1:  # alone: the rows before it would only add noise
                raise BankError([f"{self.filename}: {spec.name}: the sheet has more than {MAX_ROWS} rows; "
                                 "a bank workbook has far fewer"])
            yield number, tuple(cells) + (EMPTY,) * (width - len(cells))

    def header(self, ws, spec: Sheet) -> dict[str, int] | None:
        """Field -> column number, from row 1; None (reported) if a column is missing."""
        cols: dict[str, int] = {}
        seen: list[str] = []
        last = 0
        for _, cells in self.grid(ws, spec, MAX_COLS, min_row=1):
            for column, cell in enumerate(cells, 1):
                if cell.value is None or not str(cell.value).strip():
                    continue
                last = column
                seen.append(str(cell.value).strip())
                name = _fold(cell.value)
                for col in spec.cols:
                    if name in col.names():
                        if col.key in cols:
                            self.problem(spec.name, 1, column, f"column '{col.header}' appears twice "
                                         f"(also in {_cell(spec.name, 1, cols[col.key])})")
                        else:
                            cols[col.key] = column
            break
        missing = [c.header for c in spec.cols if c.key not in cols and not c.v2]
        if missing:
            ref = f"{spec.name}!A1:{_letter(max(last, len(spec.for_format(False).cols)))}1"
            have = ", ".join(repr(s) for s in seen) or "nothing"
            self.problem(spec.name, 1, 1, f"missing column{'s' if len(missing) > 1 else ''} "
                         f"{', '.join(repr(m) for m in missing)} in the header row (it has: {have})", ref=ref)
            return None
        return cols

    def rows(self, ws, spec: Sheet, cols: dict[str, int], label: str) -> list[_Row]:
        out = []
        by_key = {c.key: c for c in spec.cols}
        for row, cells in self.grid(ws, spec, max(cols.values())):
            mine = {k: cells[c - 1] for k, c in cols.items()}
            if all(c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in mine.values()):
                continue  # empty rows (also trailing ones) are skipped
            name = next((mine[k].value for k in ("id", "key") if k in mine), None)
            name = str(name).strip() if isinstance(name, (str, int)) and not isinstance(name, bool) else ""
            values = {}
            for key, cell in mine.items():
                header = by_key[key].header
                what = (f"{label} {key}" if key in ("id", "key") else
                        f"{label} {name}: column '{header}'" if name else f"{label}: column '{header}'")
                v = self.convert(cell, by_key[key].kind, spec.name, what, row, cols[key])
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


def _sorted(problems: list[tuple[tuple, str]]) -> list[str]:
    seen, out = set(), []
    for _, msg in sorted(problems, key=lambda p: p[0]):
        if msg not in seen:
            seen.add(msg)
            out.append(msg)
    return out
