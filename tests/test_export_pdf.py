"""The PDF feedback report, read back as text with pypdf from real files."""

import json
import re
from pathlib import Path

import pytest
from conftest import BANK_2003, SMALL_BANK, run_cli

from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.exports import commands
from kompassapp.exports.common import sv_number

pypdf = pytest.importorskip("pypdf")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    """Without white space: line breaks fall differently in the PDF than in the source text."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def demo_pdf(demo_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "demo.pdf"
    result = run_cli("export", demo_file, "--pdf", out)  # the whole process, as a user runs it
    assert result.returncode == 0, result.stderr
    return out, _pages(out)


def test_scores_and_findings_are_in_the_pdf(demo_file, demo_pdf):
    _, pages = demo_pdf
    text = _flat("\n".join(pages))
    summary = json.loads(run_cli("summary", demo_file, "--json", check=True).stdout)
    assert _flat(f"{sv_number(summary['total'])} av {sv_number(summary['max'])} poäng") in text
    with Evaluation.open(demo_file) as ev:
        for area, page_area in zip(summary["areas"], ev.profile().areas):
            score = sv_number(area["score"])
            assert score == sv_number(page_area.score)  # the CLI and the report agree
            assert _flat(f"{area['id']}. {area['title']}{score} av {sv_number(area['max'])} poäng") in text
        findings = ev.findings()
        assert {f.kind for f in findings} == {"strength", "development", "example"}
        for f in findings:
            assert _flat(f.text) in text, f.text
            if f.municipality:
                assert _flat(f"{f.municipality}: {f.text}") in text


def test_no_names_and_no_notes_in_the_pdf(demo_file, demo_pdf):
    _, pages = demo_pdf
    text = "\n".join(pages)
    flat = _flat(text)
    with Evaluation.open(demo_file) as ev:
        people, notes = ev.participants(), ev.notes()
        sessions = ev.sessions()
    assert people and notes
    for p in people:
        assert _flat(p.name) not in flat
        assert _flat(re.sub(r"\s*\(.*\)$", "", p.name)) not in flat, p.name
    for n in notes:
        assert _flat(n.text)[:60] not in flat, n.text
    assert f"{len(sessions)} gruppintervjuer med sammanlagt {len(people)}" in " ".join(text.split())
    assert "Förvaltningschef (5)" in text  # roles are counted


def test_cover_notice_header_footer_and_page_numbers(demo_pdf):
    path, pages = demo_pdf
    assert "Återkoppling" in pages[0] and "Botkyrka" in pages[0]
    assert "Demonstrationsdata. Områdespoängen" in " ".join(pages[0].split())
    assert "Innehåll" not in "\n".join(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Sida {number} av {len(pages)}" in page
        assert "Demonstrationsdata." in page  # the notice in every footer
    assert "Metoden i korthet" in "\n".join(pages) and "Granskade dokument" in "\n".join(pages)


def test_final_report_has_a_table_of_contents(demo_file, tmp_path):
    out = tmp_path / "final.pdf"
    commands.export(demo_file, pdf=out, final=True)
    pages = _pages(out)
    assert "Rapport" in pages[0] and "Återkoppling" not in pages[0]
    assert "Innehåll" in pages[1]
    toc = " ".join(pages[1].split())
    for title in ("Sammanfattning", "1. Offentlighet och demokratisk kontroll", "Bilaga 1. Metoden i korthet"):
        assert title in toc
    # The page numbers in the contents are those of the headings (the PDF bookmarks point at them).
    reader = pypdf.PdfReader(str(out))
    top_level = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top_level][:2] == ["Sammanfattning", "1. Offentlighet och demokratisk kontroll"]
    actual = [reader.get_destination_page_number(item) + 1 for item in top_level]
    assert [int(n) for n in re.findall(r"\.\s+(\d+)\s*$", pages[1], re.M)] == actual


def test_fonts_are_embedded_and_extended_latin_renders(tmp_path):
    path = tmp_path / "lodz.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Łódź", year=2024,
                           team=["Şahin Yılmaz", "Ærøskøbing Ŋ"]) as ev:
        ev.add("finding", area_id="1", kind="example", text="Medborgarbudget med omröstning på nätet.",
               municipality="Gdańsk")
        ev.add("finding", area_id="1", kind="strength", text="Tydlig <b>styrning</b> & uppföljning\x07.")
    out = tmp_path / "lodz.pdf"
    commands.export(path, pdf=out)
    reader = pypdf.PdfReader(str(out))
    text = "\n".join(p.extract_text() for p in reader.pages)
    for word in ("Łódź", "Şahin Yılmaz", "Gdańsk", "Tydlig <b>styrning</b> & uppföljning."):
        assert word in text
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts and all("DejaVuSans" in name for name in fonts)  # no unembedded Helvetica
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the TrueType program is in the file


def test_comparison_overlay_in_the_pdf(demo_file, tmp_path):
    other = tmp_path / "umea.kompass"
    with Evaluation.create(other, load_bank(BANK_2003), municipality="Umeå", year=2005) as ev:
        ev.set_answer("1.1.1", choice="ja")
    out = tmp_path / "cmp.pdf"
    commands.export(demo_file, pdf=out, compare=other)
    assert "Umeå 2005" in "\n".join(_pages(out))
    with pytest.raises(KompassError, match="areas"):
        small = tmp_path / "small.kompass"
        Evaluation.create(small, load_bank(SMALL_BANK), municipality="Lund", year=2024).close()
        commands.export(demo_file, pdf=tmp_path / "x.pdf", compare=small)


def test_incomplete_evaluation_is_marked_preliminary(tmp_path):
    path = tmp_path / "half.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        ev.set_answer("1.1.1", choice="ja")
    out = tmp_path / "half.pdf"
    commands.export(path, pdf=out)
    text = " ".join("\n".join(_pages(out)).split())
    assert "Preliminärt – 1 av 4 frågor bedömda" in text and "Inga noterade." in text


def _text(path: Path) -> str:
    return " ".join("\n".join(_pages(path)).split())


def test_unassessed_areas_are_not_yet_assessed_not_zero(tmp_path):
    """Day one: two areas assessed, six untouched. The six are '–', never 'lägst … 0 poäng'."""
    path = tmp_path / "day1.kompass"
    bank = load_bank(BANK_2003)
    with Evaluation.create(path, bank, municipality="Lund", year=2024) as ev:
        for area, pick in ((bank.areas[0], 0), (bank.areas[1], -1)):
            for q in area.questions:
                ev.set_answer(q.id, choice=bank.scales[q.scale].options[pick].key)
    out = tmp_path / "day1.pdf"
    commands.export(path, pdf=out)
    text = _text(out)
    first, second, third = bank.areas[:3]
    assert f"Högst resultat har området {first.title}" in text and f"lägst {second.title}" in text
    assert "6 av områdena är ännu inte bedömda" in text
    assert f"{third.id}. {third.title} – {sv_number(third.max)}" in text  # the score table
    assert f"{third.id}. {third.title} Ännu inte bedömt" in text  # the area's own page
    assert "Preliminärt –" in text and "frågor bedömda" in text


def test_a_blank_evaluation_names_no_highest_and_lowest(tmp_path):
    path = tmp_path / "blank.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024).close()
    out = tmp_path / "blank.pdf"
    commands.export(path, pdf=out)
    text = _text(out)
    assert "Högst" not in text and "lägst" not in text
    assert "Inget område är ännu bedömt." in text
    assert "Preliminärt – 0 av 4 frågor bedömda" in text
    assert "1. Offentlighet och demokratisk kontroll – 100" in text


def test_one_assessed_area_is_not_both_highest_and_lowest(tmp_path):
    path = tmp_path / "one.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        ev.set_answer("2.1.1", choice="ja")
    out = tmp_path / "one.pdf"
    commands.export(path, pdf=out)
    text = _text(out)
    assert "Hittills är bara området Tillgänglighet och brukarorientering bedömt" in text
    assert "Högst" not in text and "lägst" not in text


def test_pdf_and_workbook_together_from_the_cli(demo_file, tmp_path):
    result = run_cli("export", demo_file, "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "r.xlsx", "--final")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "r.xlsx").stat().st_size > 0
