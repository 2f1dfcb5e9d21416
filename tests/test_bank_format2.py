"""Bank format kompassapp-bank/2 through the workbook and the YAML writer: every new field survives
`bank export-xlsx` → `bank import-xlsx` (vocabularies on their own sheets), problems in a hand-edited /2
workbook name their sheet and cell, and a /1 bank's workbook keeps its old layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, SMALL_BANK, assert_no_traceback, run_cli
from openpyxl import load_workbook

from kompassapp import cli
from kompassapp.bank import Bank, load_bank, parse_bank
from kompassapp.bank.xlsx import bank_yaml
from kompassapp.evaluation import Evaluation

SMALL_2 = ROOT / "tests" / "banks" / "small2.yaml"


@pytest.fixture(scope="module")
def book2(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("b2") / "small2.xlsx"
    r = run_cli("bank", "export-xlsx", SMALL_2, "-o", out)
    assert r.returncode == 0, r.stderr
    return out


def test_a_format_2_bank_round_trips_through_excel(tmp_path, book2):
    wb = load_workbook(book2)
    assert wb.sheetnames == ["Metadata", "Skalor", "Områden", "Delområden", "Frågor", "Nivåer", "Grupper", "Dokument",
                             "Teman", "Anvisningar"]
    assert [c.value for c in wb["Frågor"][1]][9:] == ["Ej tillämplig när", "Grupper", "Dokument", "Grund", "Författning"]
    assert [c.value for c in wb["Nivåer"][2]] == ["1.1.1", "2", load_bank(SMALL_2).questions["1.1.1"].levels["2"]]
    out = tmp_path / "back.yaml"
    r = run_cli("bank", "import-xlsx", book2, "-o", out)
    assert r.returncode == 0, r.stderr
    assert_no_traceback(r)
    back = load_bank(out)
    assert back == load_bank(SMALL_2)
    assert back.groups and back.documents and back.themes and back.format == "kompassapp-bank/2"
    assert "levels:" in out.read_text(encoding="utf-8")


def test_a_format_1_workbook_keeps_its_layout(tmp_path):
    out = tmp_path / "small.xlsx"
    assert run_cli("bank", "export-xlsx", SMALL_BANK, "-o", out).returncode == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Metadata", "Skalor", "Områden", "Delområden", "Frågor", "Anvisningar"]
    assert wb["Frågor"].max_column == 9


def test_the_yaml_writer_carries_format_2(tmp_path):
    bank = load_bank(SMALL_2)
    text = bank_yaml(bank)
    assert parse_bank(text, "x.yaml") == bank
    assert "groups:\n  - {id: ks," in text and "            na_when: " in text and "basis: law" in text


def test_an_evaluation_keeps_a_format_2_bank(tmp_path):
    # what must persist is read back in another process
    path = tmp_path / "e.kompass"
    Evaluation.create(path, load_bank(SMALL_2), municipality="Exempelby", year=2026).close()
    r = run_cli("summary", path, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["bank"]["id"] == "testbank2"
    with Evaluation.open(path) as ev:
        assert ev.bank == load_bank(SMALL_2)
        assert ev.bank.questions["1.1.1"].levels == load_bank(SMALL_2).questions["1.1.1"].levels


def _edited(book: Path, tmp_path: Path, edit) -> Path:
    wb = load_workbook(book)
    edit(wb)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def _set(sheet, cell, value):
    def edit(wb):
        wb[sheet][cell] = value
    return edit


BROKEN = {
    "unknown_group": (_set("Frågor", "K2", "ledning, facket"), "Frågor!K2: question 1.1.1: unknown group 'facket'"),
    "unknown_document": (_set("Frågor", "L3", "plan"), "Frågor!L3: question 1.1.2: unknown document 'plan'"),
    "level_not_an_option": (_set("Nivåer", "B5", "kanske"),
                            "Nivåer!B5: question 1.1.2: levels: 'kanske' is not an option of scale 'jdn'"),
    "level_of_no_question": (_set("Nivåer", "A2", "9.9.9"), "Nivåer!A2: question '9.9.9' is not in sheet 'Frågor'"),
    "missing_descriptor": (lambda wb: wb["Nivåer"].delete_rows(6),
                           "question 1.1.2: levels: missing descriptor for option 'delvis'"),
    "empty_descriptor": (_set("Nivåer", "C5", " "), "Nivåer!C5: question 1.1.2"),
    "na_when_missing": (_set("Frågor", "J3", None), "Frågor!J3: question 1.1.2: N/A is allowed"),
    "groups_missing": (_set("Frågor", "K4", None), "Frågor!K4: question 2.1.1: sources has 'intervju'"),
    "statute_missing": (_set("Frågor", "N2", None), "question 1.1.1: basis is law but field 'statute' is missing"),
    "theme_unknown_area": (_set("Teman", "C3", "7"), "Teman!C3: theme arbetsgivare: unknown area '7'"),
    "duplicate_group": (_set("Grupper", "A4", "ks"), "Grupper!A4: duplicate group id 'ks'"),
    "format_1_with_levels": (_set("Metadata", "B2", "kompassapp-bank/1"), "it needs format: kompassapp-bank/2"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_format_2_workbook_names_sheet_and_cell(tmp_path, book2, name, capsys):
    edit, expected = BROKEN[name]
    book = _edited(book2, tmp_path, edit)
    out = tmp_path / "out.yaml"
    assert cli.main(["bank", "import-xlsx", str(book), "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    problems = [line for line in err.splitlines() if line.startswith(f"{book}: ")]
    assert any(expected in p for p in problems), err


def test_a_bank_dict_without_format_2_fields_reads_as_before():
    # evaluation files written before format /2 hold the /1 dict: it must give the same bank as today
    d = load_bank(SMALL_BANK).to_dict()
    bank = Bank.from_dict(d)
    assert bank == load_bank(SMALL_BANK) and bank.format == "kompassapp-bank/1"
    assert all(not q.levels and not q.groups and q.na_when == "" for q in bank.questions.values())


@pytest.mark.parametrize("levels", [5, ["x"], "text"])
def test_a_damaged_format_2_bank_inside_an_evaluation_is_refused(tmp_path, levels):
    import sqlite3

    path = tmp_path / "e.kompass"
    Evaluation.create(path, load_bank(SMALL_2), municipality="Exempelby", year=2026).close()
    conn = sqlite3.connect(path)
    bank = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'bank'").fetchone()[0])
    bank["areas"][0]["subareas"][0]["questions"][0]["levels"] = levels
    conn.execute("UPDATE meta SET value = ? WHERE key = 'bank'", (json.dumps(bank),))
    conn.commit()
    conn.close()
    r = run_cli("summary", path)
    assert r.returncode == 1 and str(path) in r.stderr, r.stderr  # refused as damage, not exit 70
    assert_no_traceback(r)


# -- any /2 bank the model can hold: YAML and workbook give it back exactly ---------------------------------
from dataclasses import replace  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_bank_xlsx import _banks, _text, _word  # noqa: E402  (the /1 strategy, extended below)

from kompassapp.bank.model import Document, Group, Theme  # noqa: E402
from kompassapp.errors import KompassError  # noqa: E402


@st.composite
def _banks_2(draw) -> Bank:
    bank = draw(_banks())
    optional = st.one_of(st.just(""), _text)
    groups = tuple(Group(i, draw(_text), draw(optional)) for i in draw(st.lists(_word, min_size=1, max_size=3, unique=True)))
    docs = tuple(Document(i, draw(_text), draw(optional)) for i in draw(st.lists(_word, min_size=1, max_size=3, unique=True)))
    area_ids = [a.id for a in bank.areas]
    themes = (Theme(draw(_word), draw(_text), tuple(area_ids[: draw(st.integers(1, len(area_ids)))])),) \
        if draw(st.booleans()) else ()

    def question(q):
        law = draw(st.booleans())
        return replace(q, levels={o.key: draw(_text) for o in bank.scales[q.scale].options},
                       groups=tuple(draw(st.lists(st.sampled_from([g.id for g in groups]), min_size=1, max_size=2,
                                                  unique=True))) if "intervju" in q.sources else (),
                       documents=tuple(draw(st.lists(st.sampled_from([d.id for d in docs]), min_size=1, max_size=2,
                                                     unique=True))) if "dokument" in q.sources else (),
                       basis="law" if law else "", statute=draw(_text) if law else "",
                       na_when=draw(_text) if q.na_allowed else "")

    areas = tuple(replace(a, subareas=tuple(replace(s, questions=tuple(question(q) for q in s.questions))
                                            for s in a.subareas)) for a in bank.areas)
    return replace(bank, format="kompassapp-bank/2", groups=groups, documents=docs, themes=themes, areas=areas)


@settings(max_examples=int(__import__("os").environ.get("BANK_XLSX_EXAMPLES", 30)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_banks_2())
def test_any_format_2_bank_round_trips(bank):
    import io

    from kompassapp.bank.xlsx import read_workbook, workbook_bytes

    assert parse_bank(bank_yaml(bank)) == bank
    assert Bank.from_dict(json.loads(json.dumps(bank.to_dict()))) == bank
    try:
        data = workbook_bytes(bank)
    except KompassError as exc:  # a number Excel cannot keep exactly
        assert "has more digits than an Excel cell keeps" in str(exc), exc
        return
    assert read_workbook(io.BytesIO(data), "t.xlsx") == bank
