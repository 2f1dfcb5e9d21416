"""The municipality's questionnaire: exported, filled in as a municipality would, imported (and again);
broken workbooks refused with `FILE: Sheet!CELL: message`, the evaluation file left unchanged."""

import json
import shutil
import zipfile

import openpyxl
import pytest
from openpyxl.worksheet.hyperlink import Hyperlink

from conftest import BANK_2020, SMALL_BANK, assert_no_traceback, run_cli
from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.prepare.questionnaire import META_SHEET
from kompassapp.prepare.scope import questionnaire_questions

FIRST = "1 Medborgarsamspel"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """An evaluation on the 2020 bank and its exported questionnaire (exported through the CLI)."""
    folder = tmp_path_factory.mktemp("questionnaire")
    path = folder / "eval.kompass"
    Evaluation.create(path, load_bank(BANK_2020), municipality="Testby", year=2026, visit_start="2026-03-10",
                      team=["Anna Ek"], author="Anna Ek").close()
    out = folder / "frågeunderlag.xlsx"
    result = run_cli("prepare", path, "--questionnaire", out, check=True)
    assert "188 frågor" in result.stdout
    return path, out


@pytest.fixture
def ev_file(made, tmp_path):
    path = tmp_path / "eval.kompass"
    shutil.copy(made[0], path)
    return path


def test_the_exported_workbook_follows_the_layout_contract(made):
    path, out = made
    wb = openpyxl.load_workbook(out)
    bank = load_bank(BANK_2020)
    assert wb.sheetnames[0] == "Instruktioner" and wb.sheetnames[-1] == META_SHEET
    assert wb[META_SHEET].sheet_state == "veryHidden" and wb.security.lockStructure
    instructions = "\n".join(str(c.value) for c in wb["Instruktioner"]["A"] if c.value)
    assert "Testby 2026" in instructions and "Svara senast: 2026-02-17" in instructions and "Anna Ek" in instructions
    ids = []
    for name in wb.sheetnames[1:-1]:
        ws = wb[name]
        assert [c.value for c in ws[1]] == ["Nr", "Fråga", "Beskriv", "Kommunens svar", "Dokument och länkar"]
        assert ws.protection.sheet and ws["A2"].protection.locked and ws["C2"].protection.locked
        assert not ws["D2"].protection.locked and not ws["E2"].protection.locked
        assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
        ids += [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    # the rule: every question with a document or web source, in the bank's order, nothing else
    assert ids == [q.id for q in questionnaire_questions(bank)]
    assert ids == [q.id for q in bank.questions.values() if {"dokument", "webb"} & set(q.sources)]
    assert "Kommunikationspolicy" in wb[FIRST]["C5"].value  # 1.1.4 names the document to refer to


def fill(src, dst, answers: dict, *, change=None):
    wb = openpyxl.load_workbook(src)
    for (sheet, cell), value in answers.items():
        wb[sheet][cell] = value
    if change:
        change(wb)
    wb.save(dst)


ANSWERS = {
    (FIRST, "D2"): "Ja, alla sammanträden sänds.\nArkivet finns sedan 2019.",  # 1.1.1
    (FIRST, "E2"): "https://testby.se/fullmaktige",
    (FIRST, "D3"): "=se svaret ovan",  # a formula-like text: Excel would compute it; we keep it as typed
    (FIRST, "D5"): "-inte beslutad än\r\nKommer under våren",  # 1.1.4, a Windows line break
    ("3 Styrning", "D4"): "+46 8 123 45 67 för frågor",
}


def test_a_filled_questionnaire_imports_as_the_municipalitys_notes(made, ev_file, tmp_path):
    filled = tmp_path / "ifyllt.xlsx"

    def link(wb):  # a link inserted the Excel way: shown text and a target
        cell = wb["2 Samhällsutveckling"]["E2"]
        cell.value = "Översiktsplanen"
        cell.hyperlink = Hyperlink(ref="E2", target="https://testby.se/op")
    fill(made[1], filled, ANSWERS, change=link)
    before = filled.read_bytes()
    result = run_cli("import-questionnaire", ev_file, filled, "--author", "Anna Ek", check=True)
    assert "5 nya, 0 ändrade, 0 borttagna, 0 oförändrade" in result.stdout
    assert filled.read_bytes() == before
    exported = openpyxl.load_workbook(made[1])
    op_question, phone_question = exported["2 Samhällsutveckling"]["A2"].value, exported["3 Styrning"]["A4"].value
    with Evaluation.open(ev_file, readonly=True) as ev:  # a second process reads what the first stored
        notes = {n.question_ids[0]: n for n in ev.notes()}
        assert set(notes) == {"1.1.1", "1.1.2", "1.1.4", op_question, phone_question}
        n = notes["1.1.1"]
        assert n.source_kind == "municipality" and n.author == "Anna Ek"
        assert n.text == ("Ja, alla sammanträden sänds.\nArkivet finns sedan 2019.\n\n"
                          "Dokument och länkar: https://testby.se/fullmaktige")
        where = json.loads(n.provenance)
        assert where | {"imported_at": ""} == {"file": "ifyllt.xlsx", "sheet": FIRST, "cell": "D2", "refs_cell": "E2",
                                               "question_id": "1.1.1", "imported_at": ""}
        assert where["imported_at"].startswith("20")
        assert notes["1.1.2"].text == "=se svaret ovan"
        assert notes["1.1.4"].text == "-inte beslutad än\nKommer under våren"
        assert notes[op_question].text == "Dokument och länkar: Översiktsplanen (https://testby.se/op)"
        assert notes[phone_question].text == "+46 8 123 45 67 för frågor"
        assert ev.note_counts() == {}  # never counted as the auditors' own evidence

    # a corrected workbook: one answer changed, one emptied, one added; the rest as before
    again = tmp_path / "rättat.xlsx"
    fill(made[1], again, {**ANSWERS, (FIRST, "D2"): "Ja, alla sänds.", (FIRST, "D3"): None,
                          (FIRST, "D6"): "Nytt svar"}, change=link)
    result = run_cli("import-questionnaire", ev_file, again, "--author", "Bo", check=True)
    assert "1 nya, 1 ändrade, 1 borttagna, 3 oförändrade" in result.stdout
    run_cli("import-questionnaire", ev_file, again, "--author", "Bo", check=True)  # the same again: no change
    with Evaluation.open(ev_file, readonly=True) as ev:
        live = [n for n in ev.notes() if n.source_kind == "municipality"]
        assert len(live) == 5 and len(ev.notes(include_deleted=True)) == 6  # updated in place, none doubled
        n = next(n for n in live if n.question_ids == ("1.1.1",))
        assert n.text == "Ja, alla sänds.\n\nDokument och länkar: https://testby.se/fullmaktige"
        assert json.loads(n.provenance)["file"] == "rättat.xlsx" and n.author == "Bo"
        log = ev.changelog(n.id)
        assert [e.field for e in log] == ["created", "text", "provenance"] and log[1].author == "Bo"
        summaries = [e for e in ev.changelog() if e.entity == "questionnaire"]
        assert [e.entity_id for e in summaries] == ["ifyllt.xlsx", "rättat.xlsx", "rättat.xlsx"]
        assert json.loads(summaries[-1].new) == {"added": 0, "updated": 0, "removed": 0, "unchanged": 5}


def test_the_municipalitys_answers_cannot_be_written_by_hand(ev_file):
    with Evaluation.open(ev_file, author="Anna") as ev:
        with pytest.raises(Exception, match="only from its questionnaire"):
            ev.add_note("Vi tror att …", question_ids=["1.1.1"], source_kind="municipality")


def _rows_swapped(wb):
    ws = wb[FIRST]
    ws["A2"], ws["A3"] = ws["A3"].value, ws["A2"].value


def _row_deleted(wb):
    wb[FIRST].delete_rows(3)


def _row_inserted(wb):
    wb[FIRST].insert_rows(3)


def _meta(key_row: int, value: str):
    def change(wb):
        wb[META_SHEET].cell(row=key_row, column=2).value = value
    return change


def _text_outside(wb):
    wb[FIRST]["F4"] = "en kommentar i marginalen"


def _merged(wb):
    wb[FIRST].merge_cells("D3:E3")


def _renamed(wb):
    wb["3 Styrning"].title = "Styrning"


def _removed(wb):
    del wb["4 Effektivitet"]


def _added_sheet(wb):
    wb.create_sheet("Mina anteckningar")["A1"] = "x"


def _heading(wb):
    wb[FIRST]["D1"] = "Svar"


def _below(wb):
    ws = wb[FIRST]
    ws.cell(row=ws.max_row + 2, column=4, value="ett svar längst ned")


def _id_changed(wb):
    wb["5 Brukarfokus"]["A3"] = "5.9.9"


def _id_emptied(wb):
    wb["5 Brukarfokus"]["A2"] = None


def _no_meta(wb):
    del wb[META_SHEET]


def _columns_inserted(wb):
    wb[FIRST].insert_cols(3)


BROKEN_WORKBOOKS = [
    ("swapped rows", _rows_swapped, f"'{FIRST}'!A2: expected question 1.1.1 here, found '1.1.2'"),
    ("deleted row", _row_deleted, f"'{FIRST}'!A3: expected question 1.1.2 here, found '1.1.3'"),
    ("inserted row", _row_inserted, f"'{FIRST}'!A3: expected question 1.1.2 here, found an empty cell"),
    ("another evaluation", _meta(2, "0" * 32), f"{META_SHEET}!B2: made for another evaluation (Testby 2026)"),
    ("another bank", _meta(5, "kommunkompassen-2003"), f"{META_SHEET}!B5: made for the bank kommunkompassen-2003"),
    ("another revision", _meta(6, "1"), f"{META_SHEET}!B5: made for the bank kommunkompassen-2020 revision 1"),
    ("text outside the columns", _text_outside, f"'{FIRST}'!F4: text outside the questionnaire's columns"),
    ("merged cells", _merged, f"'{FIRST}'!D3:E3: merged cells"),
    ("renamed sheet", _renamed, "Styrning!A1: a sheet the questionnaire does not have"),
    ("deleted sheet", _removed, "'4 Effektivitet'!A1: the sheet is missing"),
    ("added sheet", _added_sheet, "'Mina anteckningar'!A1: a sheet the questionnaire does not have"),
    ("renamed heading", _heading, f"'{FIRST}'!D1: the heading must be 'Kommunens svar', found 'Svar'"),
    ("row below the last question", _below, f"'{FIRST}'!D"),
    ("altered id", _id_changed, "'5 Brukarfokus'!A3: expected question 5.1."),
    ("emptied id", _id_emptied, "'5 Brukarfokus'!A2: expected question 5.1.1 here, found an empty cell"),
    ("no hidden sheet", _no_meta, "Instruktioner!A1: not a questionnaire made by Kompassapp"),
    ("another format", _meta(1, "kompassapp-questionnaire/9"), f"{META_SHEET}!B1: not a questionnaire of format"),
    ("inserted column", _columns_inserted, f"'{FIRST}'!C1: the heading must be 'Beskriv', found ''"),
]


@pytest.mark.parametrize("label,change,message", BROKEN_WORKBOOKS, ids=[b[0] for b in BROKEN_WORKBOOKS])
def test_a_broken_workbook_is_refused_with_its_cell_and_nothing_is_imported(made, ev_file, tmp_path, label, change,
                                                                          message):
    bad = tmp_path / "trasig.xlsx"
    fill(made[1], bad, ANSWERS, change=change)
    before, workbook = ev_file.read_bytes(), bad.read_bytes()
    result = run_cli("import-questionnaire", ev_file, bad, "--lang", "en")
    assert result.returncode == 1, result.stdout
    assert_no_traceback(result)
    line = result.stderr.strip()
    assert line.count("\n") == 0 and line.startswith(f"kompassapp: error: trasig.xlsx: {message}"), line
    assert ev_file.read_bytes() == before and bad.read_bytes() == workbook


def _zip_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (40 * 1024 * 1024))


def _too_big(path):
    path.write_bytes(b"PK" + b"\0" * (11 * 1024 * 1024))


def _dtd(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')


def _not_xlsx(path):
    path.write_text("Kommunens svar;Ja\n", encoding="utf-8")


BROKEN_FILES = [
    ("larger than reasonable", _too_big, "the file is 11.5 MB; a questionnaire workbook is at most 10 MB"),
    ("zip bomb", _zip_bomb, "part xl/worksheets/sheet1.xml unpacks"),
    ("entity declarations", _dtd, "part [Content_Types].xml declares a DTD"),
    ("not a workbook", _not_xlsx, "not an Excel workbook (.xlsx)"),
]


@pytest.mark.parametrize("label,make,message", BROKEN_FILES, ids=[b[0] for b in BROKEN_FILES])
def test_a_hostile_file_is_refused_before_it_is_read(ev_file, tmp_path, label, make, message):
    bad = tmp_path / "trasig.xlsx"
    make(bad)
    before = ev_file.read_bytes()
    result = run_cli("import-questionnaire", ev_file, bad, "--lang", "en")
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert_no_traceback(result)
    assert ev_file.read_bytes() == before


def test_refusals_read_in_swedish(made, ev_file, tmp_path):
    bad = tmp_path / "trasig.xlsx"
    fill(made[1], bad, ANSWERS, change=_rows_swapped)
    result = run_cli("import-questionnaire", ev_file, bad)
    assert f"trasig.xlsx: '{FIRST}'!A2: här ska fråga 1.1.1 stå, men det står '1.1.2'" in result.stderr


def test_prepare_needs_something_to_write(ev_file):
    result = run_cli("prepare", ev_file)
    assert result.returncode == 2 and "--questionnaire" in result.stderr


def test_a_format_1_bank_says_it_has_no_groups_or_documents(tmp_path):
    path = tmp_path / "small.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Liten", year=2026).close()
    for args in (["--guides", tmp_path / "g"], ["--documents", tmp_path / "d.pdf"]):
        result = run_cli("prepare", path, *args, "--lang", "en")
        assert result.returncode == 1 and "(format kompassapp-bank/1)" in result.stderr, result.stderr
        assert_no_traceback(result)
    result = run_cli("prepare", path, "--questionnaire", tmp_path / "q.xlsx", check=True)  # sources are enough
    assert result.returncode == 0
