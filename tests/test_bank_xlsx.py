"""Banks in Excel: `kompassapp bank export-xlsx` / `import-xlsx`, on real files through the CLI.

The round trip must give back a bank equal to the original; every problem in a hand-edited workbook must be
reported with its sheet, row and column; text that looks like a formula must stay text.
"""

import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from conftest import BANK_2003, BANK_2020, SMALL_BANK, assert_no_traceback, run_cli
from openpyxl import Workbook, load_workbook

from kompassapp import cli
from kompassapp.bank import load_bank
from kompassapp.bank.xlsx import bank_yaml, read_workbook, workbook_bytes


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb.worksheets}


def _export(bank: Path, out: Path) -> Path:
    r = run_cli("bank", "export-xlsx", bank, "-o", out)
    assert r.returncode == 0, r.stderr
    assert_no_traceback(r)
    return out


def _import(book: Path, out: Path) -> subprocess.CompletedProcess:
    r = run_cli("bank", "import-xlsx", book, "-o", out)
    assert_no_traceback(r)
    return r


def _import_here(book: Path, out: Path, capsys) -> tuple[int, str]:
    """The CLI entry point in this process: (exit code, stderr)."""
    rc = cli.main(["bank", "import-xlsx", str(book), "-o", str(out)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return rc, err


# -- round trip ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """Each shipped bank exported to a workbook and imported back, through the CLI: {edition: (xlsx, yaml)}."""
    out = {}
    for edition, bank_file in (("2003", BANK_2003), ("2020", BANK_2020)):
        folder = tmp_path_factory.mktemp(f"bank{edition}")
        book = _export(bank_file, folder / "bank1.xlsx")
        r = _import(book, folder / "bank1.yaml")
        assert r.returncode == 0, r.stderr
        revision = yaml.safe_load(bank_file.read_text(encoding="utf-8"))["revision"]  # 2020: revision 2 (issue 12)
        assert r.stdout.startswith(f"{folder / 'bank1.yaml'}: kommunkompassen-{edition} rev {revision} skriven")
        out[edition] = book, folder / "bank1.yaml"
    return out


@pytest.mark.parametrize("edition", ["2003", "2020"])
def test_round_trip_gives_the_same_bank_and_is_stable(tmp_path, shipped, edition, capsys):
    bank_file = BANK_2003 if edition == "2003" else BANK_2020
    book1, yaml1 = shipped[edition]
    assert load_bank(yaml1) == load_bank(bank_file)

    # YAML -> xlsx -> YAML -> xlsx: the second workbook and YAML are the same as the first
    book2 = _export(yaml1, tmp_path / "bank2.xlsx")
    assert _cells(book2) == _cells(book1)
    assert _import_here(book2, tmp_path / "bank2.yaml", capsys)[0] == 0
    assert (tmp_path / "bank2.yaml").read_bytes() == yaml1.read_bytes()


def test_exported_yaml_has_the_shipped_layout(shipped):
    text = shipped["2020"][1].read_text(encoding="utf-8")
    assert list(yaml.safe_load(text)) == ["format", "id", "title", "edition", "language", "revision", "description",
                                          "groups", "documents", "themes", "scales", "areas"]  # format /2 (issue 12)
    assert list(yaml.safe_load(text)) == list(yaml.safe_load(BANK_2020.read_text(encoding="utf-8")))
    assert "Samspel mellan förtroendevalda och medborgare" in text          # UTF-8, not \xf6 escapes
    assert re.search(r'^  - id: "1"$', text, re.M) and re.search(r'^          - id: "1\.1\.1"$', text, re.M)
    assert 'edition: "2020"' in text
    assert "    - {key: ja, label: Ja, value: 1.0}" in text
    first_area = yaml.safe_load(text)["areas"][0]
    assert list(first_area) == ["id", "title", "short", "role", "max", "subareas"]
    assert list(first_area["subareas"][0]["questions"][0])[:6] == ["id", "text", "guidance", "points", "scale",
                                                                   "sources"]


def test_workbook_is_readable(shipped):
    wb = load_workbook(shipped["2020"][0])
    assert wb.sheetnames[:5] == ["Metadata", "Skalor", "Områden", "Delområden", "Frågor"]
    ws = wb["Frågor"]
    assert [c.value for c in ws[1]] == ["Område", "Delområde", "Id", "Fråga", "Vägledning", "Poäng", "Skala",
                                        "Källor", "Ej tillämplig tillåten", "Ej tillämplig när", "Grupper",
                                        "Dokument", "Grund", "Författning"]  # the 2020 bank is format /2
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref.startswith("A1:N")
    assert ws["D2"].alignment.wrap_text and ws["E2"].alignment.wrap_text
    assert ws.column_dimensions["D"].width >= 50
    assert ws["C2"].data_type == "s" and ws["C2"].value == "1.1.1"     # ids are text
    assert isinstance(ws["F2"].value, int)                           # points are numbers
    assert ws.row_dimensions[2].height and ws.row_dimensions[2].height > 15   # wrapped rows get room
    areas = wb["Områden"]
    assert [c.value for c in areas[1]][:6] == ["Id", "Titel", "Kort namn", "Alias", "Roll", "Maxpoäng"]
    assert areas["F2"].value == 100
    assert wb["Metadata"]["A7"].value == "Revision" and wb["Metadata"]["B7"].value == 2  # the 2020 bank, revision 2
    assert [c.value for c in wb["Skalor"][1]] == ["Skala", "Nyckel", "Svarsalternativ", "Värde (0–1)"]
    assert wb["Skalor"]["D3"].value == 0.5
    assert wb.active.title == "Frågor"


def test_formula_looking_text_stays_text(tmp_path):
    data = yaml.safe_load(SMALL_BANK.read_text(encoding="utf-8"))
    q = data["areas"][0]["subareas"][0]["questions"][0]
    q["text"] = "=1+1 är inte en formel"
    q["guidance"] = '=HYPERLINK("http://example.invalid","klicka")'
    data["areas"][0]["title"] = "+46 8 123 45"
    data["areas"][0]["short"] = "@kommun"
    data["areas"][1]["subareas"][0]["title"] = "-Minus först"
    data["title"] = "=Testbank"
    src = tmp_path / "formula.yaml"
    src.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    book = _export(src, tmp_path / "formula.xlsx")

    ws = load_workbook(book)["Frågor"]
    assert ws["D2"].value == "=1+1 är inte en formel" and ws["D2"].data_type == "s"
    assert ws["E2"].value.startswith("=HYPERLINK") and ws["E2"].data_type == "s"
    with zipfile.ZipFile(book) as z:  # no user text was written as a formula (<f>); only our SUMIF check column
        formulas = [f for name in z.namelist() if name.startswith("xl/worksheets/")
                    for f in re.findall(r"<f>(.*?)</f>", z.read(name).decode())]
    assert formulas and all(f.startswith("SUMIF(") for f in formulas)
    assert _import(book, tmp_path / "back.yaml").returncode == 0
    assert load_bank(tmp_path / "back.yaml") == load_bank(src)


# -- hand-edited workbooks that must be accepted ---------------------------------------------
@pytest.fixture(scope="module")
def small_book(tmp_path_factory) -> Path:
    return _export(SMALL_BANK, tmp_path_factory.mktemp("small") / "small.xlsx")


def _edited(small_book: Path, tmp_path: Path, edit, name: str = "edited.xlsx") -> Path:
    wb = load_workbook(small_book)
    edit(wb)
    out = tmp_path / name
    wb.save(out)
    return out


def test_hand_edits_are_tolerated(tmp_path, small_book):
    def edit(wb):
        q = wb["Frågor"]
        q["F2"] = "60"              # a number typed as text
        q["F3"] = " 40 "
        q["I2"] = "JA"
        q["I3"] = False             # a real truth value
        q["A4"] = 2                 # an integer id typed as a number: unambiguous
        q["H2"] = "webb;dokument"
        q.cell(row=8, column=4, value="   ")   # whitespace and empty rows below the data
        q.cell(row=12, column=1, value=None)
        q["J1"] = "Mina anteckningar"           # an extra column of the maintainer's own
        q["J2"] = "=KOLLA(detta)"
        q.insert_rows(4)                          # an empty row in the middle
        s = wb["Skalor"]
        s["D3"] = "0,5"             # Swedish decimal comma, typed as text
        a = wb["Områden"]
        a["A2"] = 1
        a["F3"] = 50.0
        m = wb["Metadata"]
        m["B7"] = "1"
        m["B5"] = 2003              # edition typed as a whole number
        wb["Delområden"].cell(row=20, column=3, value="")

    r = _import(_edited(small_book, tmp_path, edit), tmp_path / "out.yaml")
    assert r.returncode == 0, r.stderr
    assert load_bank(tmp_path / "out.yaml") == load_bank(SMALL_BANK)


def test_reordered_columns_and_english_headers(tmp_path, small_book):
    def edit(wb):
        ws = wb["Skalor"]
        for row in ws.iter_rows():
            row[0].value, row[3].value = row[3].value, row[0].value   # swap Skala and Värde
        ws["A1"], ws["D1"] = "value", "scale"
    r = _import(_edited(small_book, tmp_path, edit), tmp_path / "out.yaml")
    assert r.returncode == 0, r.stderr
    assert load_bank(tmp_path / "out.yaml") == load_bank(SMALL_BANK)


@pytest.mark.skipif(not shutil.which("localc"), reason="LibreOffice Calc not installed")
def test_workbook_saved_by_libreoffice_reads_back(tmp_path, small_book):
    outdir = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo_profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(outdir), str(small_book)],
                   check=True, capture_output=True, timeout=180)
    r = _import(outdir / "small.xlsx", tmp_path / "out.yaml")
    assert r.returncode == 0, r.stderr
    assert load_bank(tmp_path / "out.yaml") == load_bank(SMALL_BANK)


# -- broken workbooks: every problem with its sheet, row and column -----------------------------
def _set(sheet, cell, value):
    def edit(wb):
        wb[sheet][cell] = value
    return edit


def _formula(wb):
    wb["Frågor"]["F2"] = "=30+30"


def _delete_rows(sheet, row):
    return lambda wb: wb[sheet].delete_rows(row)


def _delete_cols(sheet, col):
    return lambda wb: wb[sheet].delete_cols(col)


def _several(wb):
    wb["Frågor"]["F3"] = "fyra"
    wb["Frågor"]["G4"] = "xyz"
    wb["Skalor"]["D2"] = 1.5
    wb["Områden"]["B3"] = None
    wb["Metadata"]["B7"] = "två"


BROKEN = {
    # name: (edit, [expected substrings, each naming sheet!cell])
    "missing_sheet": (lambda wb: wb.remove(wb["Skalor"]), ["Skalor: the workbook has no sheet 'Skalor'"]),
    "missing_column": (_delete_cols("Frågor", 6), ["Frågor!A1:I1: missing column 'Poäng'"]),
    "unknown_scale": (_set("Frågor", "G2", "xyz"), ["Frågor!G2: question 1.1.1: unknown scale 'xyz'"]),
    "points_as_text": (_set("Frågor", "F3", "fyra"),
                       ["Frågor!F3: question 1.1.2: field 'points' must be a number, got 'fyra'"]),
    "empty_question_text": (_set("Frågor", "D4", None), ["Frågor!D4: question 2.1.1: field 'text' is empty"]),
    "duplicate_question_id": (_set("Frågor", "C5", "2.1.1"),
                              ["Frågor!C5: duplicate question id '2.1.1' (first at Frågor!C4)"]),
    "points_not_summing": (_set("Frågor", "F2", 59),
                           ["Områden!F2: area 1: question points sum to 99, not the area's max 100"]),
    "float_id": (_set("Delområden", "B2", 1.1), ["Delområden!B2: sub-area id: 1.1 is stored as a number, so it is "
                                                 "ambiguous (1.10 or 1.1?)"]),
    "float_question_id": (_set("Frågor", "C3", 1.12), ["Frågor!C3: question id: 1.12 is stored as a number"]),
    "float_subarea_of_question": (_set("Frågor", "B3", 1.1), ["Frågor!B3: question 1.1.2: column 'Delområde': 1.1 is "
                                                              "stored as a number"]),
    "value_out_of_range": (_set("Skalor", "D2", 1.5),
                           ["Skalor!D2: scale 'jdn' option 'ja': value 1.5 is outside 0–1"]),
    "value_negative_text": (_set("Skalor", "D4", "-0,5"), ["Skalor!D4: scale 'jdn' option 'nej': value -0.5 is "
                                                          "outside 0–1"]),
    "missing_metadata_key": (_delete_rows("Metadata", 7),
                             ["Metadata!A8: bank: missing field 'revision': add a row 'Revision' to the sheet"]),
    "empty_revision": (_set("Metadata", "B7", None), ["Metadata!B7: field 'Revision' is empty"]),
    "revision_not_whole": (_set("Metadata", "B7", "två"),
                           ["Metadata!B7: bank: field 'revision' must be a whole number, got 'två'"]),
    "unknown_metadata_key": (_set("Metadata", "A9", "Färg"), ["Metadata!A9: unknown field 'Färg'"]),
    "duplicate_metadata_key": (_set("Metadata", "A8", "Titel"),
                               ["Metadata!A8: field 'Titel' appears twice (first at Metadata!A4)"]),
    "wrong_format": (_set("Metadata", "B2", "kompassapp-bank/9"),
                     ["Metadata!B2: unsupported format 'kompassapp-bank/9'"]),
    "unknown_subarea": (_set("Frågor", "B5", "9.9"),
                        ["Frågor!B5: question 2.1.2: sub-area '9.9' is not in sheet 'Delområden'"]),
    "unknown_area_of_subarea": (_set("Delområden", "A3", "7"),
                                ["Delområden!A3: sub-area 2.1: area '7' is not in sheet 'Områden'",
                                 "Områden!A3: area 2: field 'subareas' is empty (the area has no sub-areas"]),
    "empty_area_of_subarea": (_set("Delområden", "A3", None), ["Delområden!A3: sub-area 2.1: the area is empty"]),
    "area_mismatch": (_set("Frågor", "A4", "1"),
                      ["Frågor!A4: question 2.1.1: area '1' does not match sub-area 2.1, which belongs to area '2' "
                       "(Delområden!A3)"]),
    "empty_area_title": (_set("Områden", "B3", None), ["Områden!B3: area 2: field 'title' is empty"]),
    "empty_points": (_set("Frågor", "F5", None), ["Frågor!F5: question 2.1.2: field 'points' is empty"]),
    "empty_label": (_set("Skalor", "C3", " "), ["Skalor!C3: scale 'jdn' option: field 'label' is empty"]),
    "formula": (_formula, ["Frågor!F2: question 1.1.1: column 'Poäng': the cell holds a formula (=30+30); type the "
                           "value itself"]),
    "date_in_id": (_set("Frågor", "C2", datetime(2001, 1, 1)), ["Frågor!C2: question id: the cell holds a date"]),
    "truth_value_as_text": (_set("Områden", "C2", True), ["Områden!C2: area 1: column 'Kort namn' must be text, "
                                                          "got the truth value TRUE"]),
    "na_not_yes_no": (_set("Frågor", "I2", "kanske"), ["Frågor!I2: question 1.1.1: column 'Ej tillämplig tillåten' "
                                                      "must be ja or nej, got 'kanske'"]),
    "unknown_source": (_set("Frågor", "H2", "webb, telefon"), ["Frågor!H2: question 1.1.1: unknown source 'telefon'"]),
    "duplicate_option_key": (_set("Skalor", "B3", "ja"), ["Skalor!B3: scale 'jdn': duplicate option key 'ja'"]),
    "empty_scale_name": (_set("Skalor", "A4", None), ["Skalor!A4: the scale name is empty"]),
    "duplicate_column": (_set("Frågor", "J1", "Fråga"),
                         ["Frågor!J1: column 'Fråga' appears twice (also in Frågor!D1)"]),
    "points_zero": (_set("Frågor", "F5", 0), ["Frågor!F5: question 2.1.2: points must be above 0",
                                              "Områden!F3: area 2: question points sum to 20, not the area's max 50"]),
    "several_at_once": (_several, [
        "Metadata!B7: bank: field 'revision' must be a whole number, got 'två'",
        "Skalor!D2: scale 'jdn' option 'ja': value 1.5 is outside 0–1",
        "Områden!B3: area 2: field 'title' is empty",
        "Frågor!F3: question 1.1.2: field 'points' must be a number, got 'fyra'",
        "Frågor!G4: question 2.1.1: unknown scale 'xyz'",
    ]),
}


ONLY = {  # cases whose messages are exactly these (no knock-on noise)
    "several_at_once", "formula", "unknown_area_of_subarea", "float_id", "duplicate_question_id", "empty_points",
    "missing_metadata_key", "missing_column", "points_as_text",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_workbook_names_sheet_row_and_column(tmp_path, small_book, name, capsys):
    """The real CLI entry point, in process (a subprocess per case would take half a minute)."""
    edit, expected = BROKEN[name]
    book = _edited(small_book, tmp_path, edit, f"{name}.xlsx")
    out = tmp_path / "out.yaml"
    assert cli.main(["bank", "import-xlsx", str(book), "-o", str(out)]) == 1
    assert not out.exists()
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    lines = captured.err.splitlines()
    problems = lines[:-1]
    assert lines[-1] == f"kompassapp: fel: {book}: {len(problems)} problem; {out} skrevs inte"
    assert all(p.startswith(f"{book}: ") and re.match(r"[^!:]+(!\$?[A-Z]+\d+(:[A-Z]+\d+)?)?: ", p[len(str(book)) + 2:])
               for p in problems), problems
    for text in expected:
        assert any(text in p for p in problems), (text, captured.err)
    if name in ONLY:
        assert len(problems) == len(expected), captured.err
        order = [next(i for i, p in enumerate(problems) if t in p) for t in expected]
        assert order == sorted(order) or name != "several_at_once"


def test_broken_workbook_through_a_real_process(tmp_path, small_book):
    book = _edited(small_book, tmp_path, _several, "several.xlsx")
    r = _import(book, tmp_path / "out.yaml")
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.splitlines()[-1] == f"kompassapp: fel: {book}: 5 problem; {tmp_path / 'out.yaml'} skrevs inte"
    assert f"{book}: Frågor!F3: question 1.1.2: field 'points' must be a number, got 'fyra'" in r.stderr


def test_not_an_xlsx_file(tmp_path, capsys):
    for name, content in [("text.xlsx", b"Detta \xe4r ingen arbetsbok\n"), ("empty.xlsx", b""),
                          ("zip.xlsx", None)]:
        path = tmp_path / name
        if content is None:
            with zipfile.ZipFile(path, "w") as z:
                z.writestr("hello.txt", "not a workbook")
        else:
            path.write_bytes(content)
        rc, err = _import_here(path, tmp_path / "out.yaml", capsys)
        assert rc == 1 and f"{path}: not an Excel workbook (.xlsx)" in err, err
    r = _import(tmp_path / "text.xlsx", tmp_path / "out.yaml")  # and in a real process
    assert r.returncode == 1 and r.stderr.count("\n") == 2 and "text.xlsx: not an Excel workbook" in r.stderr
    rc, err = _import_here(tmp_path / "missing.xlsx", tmp_path / "out.yaml", capsys)
    assert rc == 1 and "missing.xlsx: cannot read the file" in err
    assert not (tmp_path / "out.yaml").exists()


def test_empty_workbook(tmp_path, capsys):
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    rc, err = _import_here(path, tmp_path / "out.yaml", capsys)
    assert rc == 1
    for sheet in ("Metadata", "Skalor", "Områden", "Delområden", "Frågor"):
        assert f"{path}: {sheet}: the workbook has no sheet '{sheet}' (its sheets: 'Sheet')" in err


def test_sheets_without_rows(tmp_path, small_book, capsys):
    def edit(wb):
        for name in ("Frågor", "Delområden"):
            wb[name].delete_rows(2, 100)
        wb["Skalor"].delete_rows(1, 100)
    book = _edited(small_book, tmp_path, edit)
    rc, err = _import_here(book, tmp_path / "out.yaml", capsys)
    assert rc == 1
    assert "Skalor!A1:D1: missing columns 'Skala', 'Nyckel', 'Svarsalternativ', 'Värde (0–1)'" in err
    book = _edited(small_book, tmp_path, lambda wb: [wb[n].delete_rows(2, 100) for n in ("Frågor", "Delområden")])
    rc, err = _import_here(book, tmp_path / "out.yaml", capsys)
    assert "Områden!A2: area 1: field 'subareas' is empty (the area has no sub-areas in sheet 'Delområden')" in err
    assert "Områden!A3: area 2: field 'subareas' is empty" in err


# -- export refuses what it cannot write losslessly -------------------------------------------
def test_export_refuses_what_excel_cannot_hold(tmp_path):
    data = yaml.safe_load(SMALL_BANK.read_text(encoding="utf-8"))
    data["areas"][1]["aliases"] = ["A | B"]
    src = tmp_path / "pipe.yaml"
    src.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    r = run_cli("bank", "export-xlsx", src, "-o", tmp_path / "pipe.xlsx")
    assert r.returncode == 1 and "area 2 alias 'A | B' cannot be written in one cell" in r.stderr
    assert r.stderr.count("\n") == 1 and not (tmp_path / "pipe.xlsx").exists()

    data["areas"][1].pop("aliases")
    data["areas"][1]["subareas"][0]["questions"][0]["text"] = "Klocka\x07?"
    src.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    r = run_cli("bank", "export-xlsx", src, "-o", tmp_path / "bell.xlsx")
    assert r.returncode == 1 and "question 2.1.1 (Fråga)" in r.stderr and "control character" in r.stderr
    assert_no_traceback(r)

    data["areas"][1]["subareas"][0]["questions"][0]["text"] = "Klocka?"
    data["scales"]["jdn"][1]["value"] = 1 / 6      # 0.16666666666666666: openpyxl would write 0.1666666666666667
    src.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    r = run_cli("bank", "export-xlsx", src, "-o", tmp_path / "sixth.xlsx")
    assert r.returncode == 1 and "scale 'jdn' option 'delvis' (Värde (0–1)): the number 0.16666666666666666 has " \
        "more digits than an Excel cell keeps" in r.stderr, r.stderr


def test_export_accepts_a_bundled_bank_id(tmp_path, capsys):
    assert cli.main(["bank", "export-xlsx", "kommunkompassen-2003", "-o", str(tmp_path / "b.xlsx")]) == 0
    assert "215 frågor" in capsys.readouterr().out
    assert read_workbook(tmp_path / "b.xlsx", "b.xlsx") == load_bank(BANK_2003)


# -- importing over an existing bank file ---------------------------------------------------------
def test_import_over_a_bank_keeps_its_header_and_warns_about_the_revision(tmp_path, small_book, capsys):
    target = tmp_path / "bank.yaml"
    target.write_text("# Testbanken.\n# Skriven för hand.\n" + SMALL_BANK.read_text(encoding="utf-8"), encoding="utf-8")
    rc, err = _import_here(small_book, target, capsys)
    assert rc == 0 and "warning" not in err
    assert target.read_text(encoding="utf-8").startswith("# Testbanken.\n# Skriven för hand.\nformat: ")

    def reword(wb):
        wb["Frågor"]["D2"] = "En omformulerad fråga?"
    rc, err = _import_here(_edited(small_book, tmp_path, reword), target, capsys)
    assert rc == 0
    assert "kompassapp: varning:" in err and "revision is still 1" in err
    assert load_bank(target).questions["1.1.1"].text == "En omformulerad fråga?"

    def reword_and_raise(wb):
        reword(wb)
        wb["Frågor"]["D3"] = "Också omformulerad?"
        wb["Metadata"]["B7"] = 3
    rc, err = _import_here(_edited(small_book, tmp_path, reword_and_raise), target, capsys)
    assert rc == 0 and "warning" not in err and load_bank(target).revision == 3


def test_bank_yaml_quotes_what_yaml_would_misread():
    bank = load_bank(SMALL_BANK)
    import dataclasses
    tricky = dataclasses.replace(bank, title="yes", language="no", description="null: # [x]\n  indraget\n",
                                 areas=(dataclasses.replace(bank.areas[0], short="2003-01-01", role="'quoted'"),
                                        *bank.areas[1:]))
    text = bank_yaml(tricky)
    from kompassapp.bank import parse_bank
    assert parse_bank(text) == tricky
    assert read_workbook(__import__("io").BytesIO(workbook_bytes(tricky)), "t.xlsx") == tricky


# -- any bank the model can hold: YAML and workbook give it back exactly, or export says why not ----------
from fractions import Fraction  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kompassapp.bank import Area, Bank, Option, Question, Scale, Subarea, parse_bank  # noqa: E402
from kompassapp.bank.model import SOURCES  # noqa: E402
from kompassapp.errors import KompassError  # noqa: E402

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t=+-@'\" |,:#{}[]&*!%>"),
                min_size=1, max_size=40).filter(str.strip)
_word = st.from_regex(r"[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 ._/-]{0,10}[A-Za-zÅÄÖåäö0-9]", fullmatch=True)
_share = st.fractions(0, 1, max_denominator=8).map(lambda f: Fraction(str(float(f))))  # 1/6: 17 digits, refused


@st.composite
def _banks(draw) -> Bank:
    scale_keys = draw(st.lists(_word, min_size=1, max_size=3, unique=True))
    scales = {k: Scale(k, tuple(Option(key, draw(_text), draw(_share)) for key in
                                draw(st.lists(_word, min_size=1, max_size=4, unique=True))))
              for k in scale_keys}
    areas, n = [], 0
    for a in range(1, draw(st.integers(1, 3)) + 1):
        subs = []
        for s in range(1, draw(st.integers(1, 2)) + 1):
            qs = []
            for _ in range(draw(st.integers(1, 3))):
                n += 1
                qs.append(Question(f"{a}.{s}.{n}", draw(_text), draw(st.one_of(st.just(""), _text)),
                                   Fraction(draw(st.integers(1, 40)), draw(st.sampled_from([1, 2, 4, 10]))),
                                   draw(st.sampled_from(scale_keys)),
                                   tuple(draw(st.lists(st.sampled_from(SOURCES), max_size=3, unique=True))),
                                   draw(st.booleans())))
            subs.append(Subarea(f"{a}.{s}", draw(_text), tuple(qs)))
        total = sum((q.points for s in subs for q in s.questions), Fraction(0))
        areas.append(Area(str(a), draw(_text), draw(_text), total, tuple(subs),
                          tuple(draw(st.lists(_word, max_size=2))), draw(st.one_of(st.just(""), _word))))
    return Bank(draw(_word), draw(_text), draw(_word), "sv", draw(st.integers(1, 99)), scales, tuple(areas),
                draw(st.one_of(st.just(""), _text)))


@settings(max_examples=int(__import__("os").environ.get("BANK_XLSX_EXAMPLES", 40)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_banks())
def test_any_bank_round_trips_or_export_says_why(bank):
    assert parse_bank(bank_yaml(bank)) == bank
    try:
        data = workbook_bytes(bank)
    except KompassError as exc:  # text an Excel cell cannot hold (control characters)
        assert "has more digits than an Excel cell keeps" in str(exc), exc
        return
    import io
    assert read_workbook(io.BytesIO(data), "t.xlsx") == bank
