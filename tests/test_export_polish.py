"""Workbook polish for the jury and the municipality (issue 14 § 4): fonts, number formats,
header alignment and widths, area numbers as numbers, no direction-override characters."""

import re
from pathlib import Path

import pytest
from conftest import BANK_2003, SMALL_BANK
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.exports import commands

HEADER_RGB = "001F4E79"


@pytest.fixture(scope="module")
def books(demo_file, tmp_path_factory):
    folder = tmp_path_factory.mktemp("polish")
    bank = load_bank(BANK_2003)
    other = folder / "other.kompass"
    with Evaluation.create(other, bank, municipality="Kommun C", year=2010) as ev:
        for q in list(bank.questions.values())[:40]:
            ev.set_answer(q.id, choice=bank.scales[q.scale].options[0].key)
    commands.export(demo_file, xlsx=folder / "demo.xlsx", compare=other)
    commands.jury([demo_file, other], folder / "jury.xlsx")
    return {name: load_workbook(folder / f"{name}.xlsx") for name in ("demo", "jury")}


def _cells(wb):
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def _headers(ws):
    return [c for row in ws.iter_rows() for c in row
            if c.value is not None and c.fill.fill_type and c.fill.fgColor.rgb == HEADER_RGB]


def test_every_font_is_named(books):
    """A bold cell without a font name is drawn in a serif face by LibreOffice, among sans text."""
    for wb in books.values():
        unnamed = {(c.parent.title, c.coordinate) for c in _cells(wb) if not c.font.name}
        assert unnamed == set()


def test_maxima_show_no_decimals(books):
    ws = books["demo"]["Sammanfattning"]
    head = next(r for r in ws.iter_rows() if r[0].value == "Nr")
    col = [c.value for c in head].index("Max")
    maxima = [r[col] for r in ws.iter_rows(min_row=head[0].row + 1) if isinstance(r[col].value, (int, float))]
    assert [c.value for c in maxima][-1] == 800
    assert {c.number_format for c in maxima} <= {"General", "0"}
    jury = books["jury"]["Jämförelse"]
    head = next(r for r in jury.iter_rows() if r[0].value == "Rang")
    col = [c.value for c in head].index("Max")
    assert {r[col].number_format for r in jury.iter_rows(min_row=head[0].row + 1, max_row=head[0].row + 2)} \
        <= {"General", "0"}


def test_headers_over_numbers_are_right_aligned(books):
    for wb in books.values():
        for ws in wb.worksheets:
            for h in _headers(ws):
                below = ws.cell(row=h.row + 1, column=h.column)
                if isinstance(below.value, (int, float)) and below.alignment.horizontal != "center":
                    assert h.alignment.horizontal == "right", (ws.title, h.coordinate, h.value)


def test_area_numbers_are_numbers(books, demo_file):
    wb = books["demo"]
    ws = wb["Sammanfattning"]
    head = next(r for r in ws.iter_rows() if r[0].value == "Nr")
    numbers = [r[0].value for r in ws.iter_rows(min_row=head[0].row + 1, max_row=head[0].row + 8)]
    assert numbers == list(range(1, 9))
    notes = wb["Underlag"]
    col = [c.value for c in notes[1]].index("Område")
    areas = [r[col] for r in notes.iter_rows(min_row=2, values_only=True) if r[col] is not None]
    assert areas and not [a for a in areas if isinstance(a, str) and re.fullmatch(r"\d+", a)]


def test_header_words_fit_their_columns(books):
    """A header never breaks inside a word (the jury's "Delområd/e")."""
    for wb in books.values():
        for ws in wb.worksheets:
            for h in _headers(ws):
                width = ws.column_dimensions[get_column_letter(h.column)].width or 9
                merged = [r for r in ws.merged_cells.ranges if h.coordinate in r]
                if merged:
                    width = sum(ws.column_dimensions[get_column_letter(c)].width or 9
                                for c in range(merged[0].min_col, merged[0].max_col + 1))
                longest = max(len(w) for w in str(h.value).split())
                assert width >= round(longest * 1.1 + 0.5), (ws.title, h.coordinate, h.value, width)


def test_direction_overrides_are_stripped(tmp_path):
    path = tmp_path / "bidi.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund\u202e", year=2024) as ev:
        ev.add_note("faktura\u202efdp.exe \u2066isolerad\u2069 \u202aembed\u202c", question_ids=["1.1.1"])
        ev.set_answer("1.1.1", comment="\u202dtvingad\u202c")
    out = tmp_path / "bidi.xlsx"
    commands.export(path, xlsx=out)
    text = "".join(str(c.value) for c in _cells(load_workbook(out)))
    assert "fakturafdp.exe isolerad embed" in text and "tvingad" in text
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", text)
