"""The validation YAML of a workbook, one field per line, and the way back from a loader message's
line to the workbook cell it came from (Qt-free)."""

from __future__ import annotations

import re
from typing import Any

from kompassapp.bank.dump import _dq, _yaml_float
from kompassapp.bank.xlsx_cells import Loc
from kompassapp.bank.xlsx_layout import AREAS, META, META_LABEL, QUESTIONS, SCALES, SUBAREAS, _cell


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


_MESSAGE_FIELD = (
    (re.compile(r"missing field '(\w+)'"), None),
    (re.compile(r"unknown scale"), "scale"),
    (re.compile(r"unknown source"), "sources"),
    (re.compile(r"question points sum to"), "max"),
    (re.compile(r"is outside 0–1"), "value"),
    (re.compile(r"duplicate option key"), "key"),
    (re.compile(r"field '(\w+)' is missing"), None),  # format /2: groups, documents, na_when, statute
    (re.compile(r"descriptor of '"), "text"),
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
