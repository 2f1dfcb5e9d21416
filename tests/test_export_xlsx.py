"""The Excel workbook of one evaluation, read back with openpyxl from real files."""

import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from conftest import BANK_2003, SMALL_BANK, assert_no_traceback, run_cli
from openpyxl import load_workbook

from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.exports import commands
from kompassapp.exports.common import STATUS_SV
from kompassapp.scoring import NA


def _strings(wb) -> list[str]:
    return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def _notes_by_number(wb) -> dict[int, str]:
    """Underlag: a long note continues in the rows below under the same number."""
    ws = wb["Underlag"]
    head = [c.value for c in ws[1]]
    nr, text = head.index("Nr"), head.index("Anteckning")
    notes: dict[int, str] = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        notes[row[nr]] = notes.get(row[nr], "") + (row[text] or "")
    return notes


@pytest.fixture(scope="module")
def demo_book(demo_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx") / "demo.xlsx"
    commands.export(demo_file, xlsx=out)
    return out, load_workbook(out)


def test_everything_of_the_demo_is_in_the_workbook(demo_file, demo_book):
    _, wb = demo_book
    cells = set(_strings(wb))
    with Evaluation.open(demo_file) as ev:
        bank, answers = ev.bank, ev.answers()
        for area in bank.areas:
            ws = next(ws for ws in wb.worksheets if ws.title.startswith(f"{area.id} "))
            rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True) if r[1] in bank.questions}
            for q in area.questions:
                row = rows[q.id]
                assert row[2] == q.text
                a = answers[q.id]
                label = "Ej tillämplig" if a.choice == NA else bank.scales[q.scale].option(a.choice).label
                assert row[3] == label
                assert row[6] == STATUS_SV[a.status]
                assert (row[7] or "") == a.comment
            for f in ev.findings(area.id):
                assert f.text in {c.value for r in ws.iter_rows() for c in r}
        notes = _notes_by_number(wb)
        assert sorted(notes.values()) == sorted(n.text for n in ev.notes())
        for p in ev.participants():
            assert p.name in cells and p.role in cells
        for d in ev.documents():
            assert d.title in cells


def test_numbers_match_the_summary_command(demo_file, demo_book):
    _, wb = demo_book
    summary = json.loads(run_cli("summary", demo_file, "--json", check=True).stdout)
    ws = wb["Sammanfattning"]
    rows = {r[0].value: r for r in ws.iter_rows() if r[0].value is not None}
    for area in summary["areas"]:
        row = rows[int(area["id"])]  # area numbers are numbers in the workbook
        assert row[1].value == area["title"]
        assert isinstance(row[3].value, (int, float)) and row[3].number_format == "0.0"  # a number, one decimal
        assert round(row[3].value, 2) == area["score"]
    total = next(r for r in ws.iter_rows(values_only=True) if r[1] == "Totalt")
    assert round(total[3], 2) == summary["total"]
    assert (total[5], total[6]) == (summary["answered"], summary["applicable"])


def test_workbook_has_radar_chart_and_spreadsheet_quality(demo_book):
    path, wb = demo_book
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and "radarChart" in z.read(charts[0]).decode()
    assert wb.sheetnames[0] == "Sammanfattning" and {"Underlag", "Intervjuer", "Dokument"} <= set(wb.sheetnames)
    for name in ("1 Offentlighet", "Underlag", "Intervjuer", "Dokument"):
        ws = wb[name]
        assert ws.freeze_panes and ws.auto_filter.ref
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows
    assert wb.properties.title.startswith("Kommunkompassen") and wb.properties.creator
    notice = wb["Sammanfattning"]["A2"].value
    assert notice.startswith("Demonstrationsdata")


@pytest.fixture()
def tricky(tmp_path) -> Path:
    """An evaluation full of text that spreadsheets misread."""
    path = tmp_path / "tricky.kompass"
    bank = load_bank(SMALL_BANK)
    with Evaluation.create(path, bank, municipality="Łódź", year=2024, team=["Şahin Yılmaz"]) as ev:
        ev.set_answer("1.1.1", choice="ja", comment="=HYPERLINK(\"http://example.invalid\",\"klicka\")")
        ev.set_answer("1.1.2", comment="+46 8 123 45 67")
        ev.set_answer("2.1.1", comment="-inte klart-")
        s = ev.add("session", group_name="@Ledning", starts_at="2024-03-01T09:00")
        ev.add("participant", session_id=s.id, name="=Anna Berg", role="Rektor")
        ev.add("document", title="=1+1 är inte en formel", kind="@Policy", date="2024-01-05")
        ev.add("finding", area_id="1", kind="strength", text="=SUM(A1:A9)")
        ev.add_note("tab\tok, bell\x07 nul\x00 esc\x1b vt\x0b slut", question_ids=["1.1.1"])
    return path


def test_formula_injection_stays_text(tricky, tmp_path):
    out = tmp_path / "t.xlsx"
    commands.export(tricky, xlsx=out)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode(), name  # no formula anywhere
    wb = load_workbook(out)
    dangerous = ["=HYPERLINK(\"http://example.invalid\",\"klicka\")", "+46 8 123 45 67", "-inte klart-", "@Ledning",
                 "=Anna Berg", "=1+1 är inte en formel", "@Policy", "=SUM(A1:A9)"]
    found = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in dangerous:
        assert text in found, text
        assert found[text].data_type == "s"


def test_control_characters_are_removed(tricky, tmp_path):
    out = tmp_path / "t.xlsx"
    commands.export(tricky, xlsx=out)
    notes = _notes_by_number(load_workbook(out))
    assert list(notes.values()) == ["tab\tok, bell nul esc vt slut"]


def test_a_50000_character_note_survives(tmp_path):
    path = tmp_path / "long.kompass"
    words = " ".join(f"ord{i}" for i in range(9000))
    text = (words + " ")[:50_000].rstrip() + " slut"
    assert len(text) >= 50_000
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        ev.add_note(text, question_ids=["1.1.1"])
        ev.add_note("kort", question_ids=["1.1.1"])
        ev.set_answer("1.1.1", comment=text)
    out = tmp_path / "long.xlsx"
    commands.export(path, xlsx=out)
    wb = load_workbook(out)
    assert max(len(s) for s in _strings(wb)) <= 32_767  # Excel's limit per cell
    assert sorted(_notes_by_number(wb).values()) == sorted([text, "kort"])
    ws = wb["1 Offentlighet"]
    comment = "".join(r[7] or "" for r in ws.iter_rows(min_row=4, values_only=True) if r[1] == "1.1.1")
    assert comment == text


def test_anonymize_replaces_interviewee_names_everywhere(demo_file, tmp_path):
    out = tmp_path / "anon.xlsx"
    commands.export(demo_file, xlsx=out, anonymize=True)
    wb = load_workbook(out)
    text = "\n".join(_strings(wb))
    with Evaluation.open(demo_file) as ev:
        people = ev.participants()
        team = [m.name for m in ev.team()]
    assert people
    for p in people:
        core = re.sub(r"\s*\(.*\)$", "", p.name)
        assert p.name not in text and core not in text, p.name
    assert "Förvaltningschef 1" in text and "Förvaltningschef 5" in text
    assert all(name in text for name in team)  # auditors are not interviewees


def test_anonymize_scrubs_names_inside_notes(tmp_path):
    path = tmp_path / "names.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        s = ev.add("session", group_name="Skolledare")
        ev.add("participant", session_id=s.id, name="Şahin Yılmaz", role="Rektor")
        ev.add_note("Şahin Yılmaz berättade om skolans plan.", source_kind="interview", session_id=s.id,
                    question_ids=["1.1.1"])
        ev.set_answer("1.1.1", comment="Enligt Şahin Yılmaz finns protokollen.")
    out = tmp_path / "names.xlsx"
    commands.export(path, xlsx=out, anonymize=True)
    text = "\n".join(_strings(load_workbook(out)))
    assert "Yılmaz" not in text
    assert "Rektor 1 berättade om skolans plan." in text and "Enligt Rektor 1 finns protokollen." in text


def test_comparison_adds_a_second_series(demo_file, tmp_path):
    other = tmp_path / "other.kompass"
    with Evaluation.create(other, load_bank(BANK_2003), municipality="Umeå", year=2005) as ev:
        ev.set_answer("1.1.1", choice="ja")
    out = tmp_path / "cmp.xlsx"
    commands.export(demo_file, xlsx=out, compare=other)
    with zipfile.ZipFile(out) as z:
        chart = z.read(next(n for n in z.namelist() if n.startswith("xl/charts/chart"))).decode()
    assert len(re.findall(r"<(?:c:)?ser>", chart)) == 2 and "Umeå 2005" in chart


def test_comparison_with_other_areas_is_refused(demo_file, tmp_path):
    other = tmp_path / "small.kompass"
    Evaluation.create(other, load_bank(SMALL_BANK), municipality="Lund", year=2024).close()
    with pytest.raises(KompassError, match="areas"):
        commands.export(demo_file, xlsx=tmp_path / "x.xlsx", compare=other)


def test_failed_write_keeps_the_old_file(demo_file, tmp_path, monkeypatch):
    """As when the workbook is open in Excel on Windows: the rename fails, the old file stays."""
    out = tmp_path / "open.xlsx"
    out.write_bytes(b"old workbook")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(KompassError, match="previous file is unchanged"):
        commands.export(demo_file, xlsx=out)
    assert out.read_bytes() == b"old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["open.xlsx"]  # no temporary file left behind


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_gives_a_clear_message(demo_file, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "out.xlsx").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        result = run_cli("export", demo_file, "--xlsx", folder / "out.xlsx", "--lang", "en")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1 and "cannot write" in result.stderr
    assert (folder / "out.xlsx").read_bytes() == b"old"


def test_cli_export_and_errors(demo_file, tmp_path):
    result = run_cli("export", demo_file, "--xlsx", tmp_path / "a.xlsx")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.xlsx").stat().st_size > 10_000
    missing_folder = run_cli("export", demo_file, "--xlsx", tmp_path / "nope" / "a.xlsx")
    assert missing_folder.returncode == 1 and len(missing_folder.stderr.strip().splitlines()) == 1
    assert_no_traceback(missing_folder)
    nothing = run_cli("export", demo_file)
    assert nothing.returncode == 1 and "inget att exportera" in nothing.stderr
    onto_source = run_cli("export", demo_file, "--xlsx", demo_file)
    assert onto_source.returncode == 1 and "utvärderingsfil" in onto_source.stderr


def test_merged_copies_show_each_auditors_answer_and_disagreement(tmp_path):
    path = tmp_path / "team.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024, author="Anna") as ev:
        ev.set_answer("1.1.1", choice="ja")
        ev.set_answer("2.1.1", choice="ja")
        ev.auditor = "Bo"  # as after merging Bo's copy into Anna's
        ev.set_answer("1.1.1", choice="nej")
        ev.set_answer("2.1.1", choice="ja")
        assert ev.disputed() == ["1.1.1"]
    out = tmp_path / "team.xlsx"
    commands.export(path, xlsx=out)
    ws = load_workbook(out)["1 Offentlighet"]
    head = [c.value for c in ws[3]]
    row = next(r for r in ws.iter_rows(min_row=4, values_only=True) if r[1] == "1.1.1")
    assert row[head.index("Status")] == "Oenighet" and row[head.index("Svar")] is None
    assert row[head.index("Utvärderarnas svar")] == "Anna: Ja\nBo: Nej"


def test_another_years_evaluation_gives_a_change_sheet(tmp_path):
    bank = load_bank(SMALL_BANK)
    then, now = tmp_path / "Lund-2022.kompass", tmp_path / "Lund-2024.kompass"
    with Evaluation.create(then, bank, municipality="Lund", year=2022) as ev:
        ev.set_answer("1.1.1", choice="nej")
        ev.set_answer("1.1.2", choice="3")
        ev.set_answer("2.1.1", choice="ja")
        ev.set_answer("2.1.2", choice=NA)
    with Evaluation.create(now, bank, municipality="Lund", year=2024, author="Anna") as ev:
        ev.set_answer("1.1.1", choice="ja")
        ev.set_answer("1.1.2", choice="3")  # unchanged: not listed
        ev.set_answer("2.1.2", choice="delvis")
        ev.auditor = "Bo"  # as after merging Bo's copy: a question still disputed counts as open
        ev.set_answer("2.1.1", choice="nej")
        ev.auditor = "Anna"
        ev.set_answer("2.1.1", choice="ja")
        assert ev.disputed() == ["2.1.1"]
    out = tmp_path / "change.xlsx"
    commands.export(now, xlsx=out, compare=then)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Sammanfattning", "Förändring"]
    ws = wb["Förändring"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Förändring från Lund 2022 till Lund 2024"
    head = rows.index(next(r for r in rows if r[0] == "Nr"))
    assert rows[head][2:6] == ("Område", "Lund 2024", "Lund 2022", "Förändring")
    areas = {r[0]: r[2:6] for r in rows[head + 1:head + 3]}
    # area 1: 1.1.1 nej → ja (0 → 60 points), 1.1.2 the same (0.6 × 40 = 24): 24 → 84 of 100
    assert areas["1"] == ("Offentlighet och demokratisk kontroll", 84, 24, 60)
    # area 2: 2.1.1 ja → disputed (open), 2.1.2 N/A → delvis: 20/20 → 15/50 of 50
    assert areas["2"] == ("Tillgänglighet och brukarorientering", 15, 50, -35)
    total = rows[head + 3]
    assert total[2:6] == ("Totalt", 99, 74, 25)
    first = rows.index(next(r for r in rows if r[:2] == ("Område", "Id")))
    assert rows[first][3:8] == ("Svar Lund 2022", "Svar Lund 2024", "Poäng Lund 2022", "Poäng Lund 2024", "Förändring")
    questions = [r[:8] for r in rows[first + 1:] if r[1]]
    assert questions == [
        ("1", "1.1.1", bank.questions["1.1.1"].text, "Nej", "Ja", 0, 60, 60),
        ("2", "2.1.1", bank.questions["2.1.1"].text, "Ja", "Oenighet", 20, 0, -20),
        ("2", "2.1.2", bank.questions["2.1.2"].text, "Ej tillämplig", "Delvis", None, 15, 15)]
    assert ws.cell(row=head + 2, column=6).number_format == "+0.0;-0.0;0"  # differences show their sign


def test_no_change_sheet_without_another_evaluation_of_the_same_bank(demo_file, tmp_path):
    other = tmp_path / "umea.kompass"
    with Evaluation.create(other, load_bank(BANK_2003), municipality="Umeå", year=2005) as ev:
        ev.set_answer("1.1.1", choice="ja")
    with Evaluation.open(demo_file) as ev:
        same_bank = ev.bank.id == load_bank(BANK_2003).id
    out = tmp_path / "cmp.xlsx"
    commands.export(demo_file, xlsx=out, compare=other)
    assert "Förändring" not in load_workbook(out).sheetnames  # Umeå 2005 is no earlier Botkyrka
    assert ("Jämförelse" in load_workbook(out).sheetnames) == same_bank
    commands.export(demo_file, xlsx=out, compare="botkyrka-2003")  # a shipped reference: scores only
    assert "Förändring" not in load_workbook(out).sheetnames


def test_unassessed_area_is_a_dash_in_the_score_table(tmp_path):
    path = tmp_path / "day1.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        ev.set_answer("1.1.1", choice="ja")
    out = tmp_path / "day1.xlsx"
    commands.export(path, xlsx=out)
    wb = load_workbook(out)
    rows = [r for r in wb["Sammanfattning"].iter_rows(values_only=True) if r[0] in ("1", "2", 1, 2)]
    assert [r[3] for r in rows] == [60, "–"]  # area 1 answered (60 of 100), area 2 not yet
    cell = next(c for row in wb["Sammanfattning"].iter_rows() for c in row if c.value == "–")
    assert cell.alignment.horizontal == "right"  # under the numbers, not a stray text
    area = wb["2 Tillgänglighet"]
    assert area["A2"].value.startswith("Områdespoäng – (ännu inte bedömt) av 50")


def test_a_note_of_megabytes_is_streamed_whole_and_anonymised(tmp_path):
    """Over a megabyte a note is read from the file in pieces: nothing is lost at the seams, and a
    name split between two pieces is still replaced."""
    path = tmp_path / "big.kompass"
    lines = "".join(f"rad {i}: Olof Palme och åäö\n" for i in range(20_000))
    head = lines + "x" * (2**20 - 5 - len(lines.encode())) + " "  # the file is read a MiB at a time:
    text = head + "Olof Palme " + lines  # this name is cut between "Olof" and " Palme"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        s = ev.add("session", group_name="Ledning", starts_at="2024-03-01T09:00")
        ev.add("participant", session_id=s.id, name="Olof Palme", role="Rektor")
        ev.add_note(text, question_ids=["1.1.1"])
    out = tmp_path / "big.xlsx"
    commands.export(path, xlsx=out)
    wb = load_workbook(out)
    assert _notes_by_number(wb) == {1: text}
    assert sum(1 for r in wb["Underlag"].iter_rows(values_only=True) if "(forts.)" in r) >= 40
    commands.export(path, xlsx=out, anonymize=True)
    got = _notes_by_number(load_workbook(out))[1]
    assert got == text.replace("Olof Palme", "Rektor 1") and "Palme" not in got


def test_change_only_for_the_same_municipality_later_otherwise_a_neutral_comparison(tmp_path):
    """'Förändring från Kommun C 2010 till Botkyrka 2003' compared two municipalities backwards in time."""
    bank = load_bank(BANK_2003)
    files = {}
    for name, year in (("Botkyrka", 2003), ("Kommun C", 2010), ("Botkyrka", 2001)):
        path = tmp_path / f"{name}-{year}.kompass"
        with Evaluation.create(path, bank, municipality=name, year=year) as ev:
            ev.set_answer("1.1.1", choice="ja" if year != 2010 else "nej")
        files[(name, year)] = path
    out = tmp_path / "c.xlsx"
    commands.export(files[("Botkyrka", 2003)], xlsx=out, compare=files[("Kommun C", 2010)])
    wb = load_workbook(out)
    assert "Förändring" not in wb.sheetnames and "Jämförelse" in wb.sheetnames
    text = " ".join(str(c.value) for row in wb["Jämförelse"].iter_rows() for c in row if c.value is not None)
    assert "Förändring" not in text and "Jämförelse mellan Botkyrka 2003 och Kommun C 2010" in text
    assert "Skillnad" in text and "ingen förändring över tid" in text
    commands.export(files[("Kommun C", 2010)], xlsx=out, compare=files[("Botkyrka", 2003)])
    assert "Förändring" not in load_workbook(out).sheetnames  # another municipality, even if earlier
    commands.export(files[("Botkyrka", 2003)], xlsx=out, compare=files[("Botkyrka", 2001)])
    wb = load_workbook(out)
    assert "Förändring" in wb.sheetnames and wb["Förändring"]["A1"].value == "Förändring från Botkyrka 2001 till Botkyrka 2003"


def test_analysis_texts_are_in_the_workbook(tmp_path):
    path = tmp_path / "a.kompass"
    with Evaluation.create(path, load_bank(BANK_2003), municipality="Lund", year=2024) as ev:
        ev.set_analysis("area", "Insynen är god.", area_id="1")
        ev.set_analysis("conclusion", "Tack.")
    out = tmp_path / "a.xlsx"
    commands.export(path, xlsx=out)
    rows = list(load_workbook(out)["Analys"].iter_rows(values_only=True))
    assert rows[0] == ("Del", "Område", "Text")
    assert ("Analys: Offentlighet och demokratisk kontroll", "1", "Insynen är god.") in rows
    assert rows[-1] == ("Avslutning", None, "Tack.")
