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


# -- issue 14: the written report and the defects seen in it ---------------------------------
def _preliminary(path: Path) -> Path:
    """Most of the 2003 bank answered, one area left open, two auditors' disagreement."""
    bank = load_bank(BANK_2003)
    with Evaluation.create(path, bank, municipality="Botkyrka", year=2003, team=["Anna Ek"]) as ev:
        for q in list(bank.questions.values())[:-12]:
            ev.set_answer(q.id, choice=bank.scales[q.scale].options[0].key)
    return path


def test_preliminary_sentence_leaves_the_score_table_on_the_summary_page(tmp_path):
    out = tmp_path / "prel.pdf"
    commands.export(_preliminary(tmp_path / "prel.kompass"), pdf=out)
    pages = [" ".join(p.split()) for p in _pages(out)]
    assert "Preliminärt –" in pages[1] and "Obesvarade frågor ger ännu inga poäng" in pages[1]
    assert "Poäng per område" in pages[1] and "Totalt" in pages[1]


def test_final_pdf_embeds_every_font(demo_file, tmp_path):
    out = tmp_path / "final.pdf"
    commands.export(demo_file, pdf=out, final=True)
    reader = pypdf.PdfReader(str(out))
    fonts = {f.get_object()["/BaseFont"] for page in reader.pages
             for f in page["/Resources"].get("/Font", {}).values()}
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts


def test_no_data_point_covers_a_ring_value():
    """The top spoke's score (83 for Botkyrka) sat on the '80' ring label."""
    from reportlab.graphics.shapes import Circle, Group, String, UserNode
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kompassapp.exports.pdf import FONT, register_fonts
    from kompassapp.exports.rose import Strand, compass_rose

    register_fonts()
    for top in (78, 80, 81, 83, 85, 60, 40, 20, 100):
        d = compass_rose([f"Område {i}" for i in range(8)], [Strand("x", [top, 76.5, 89.5, 81.5, 76, 72.5, 67, 93])],
                         100, font=FONT)
        shapes = []

        def walk(node, dx=0.0, dy=0.0):
            if isinstance(node, UserNode):
                node = node.provideNode()
            if isinstance(node, Group):
                for child in node.contents:
                    walk(child, dx + node.transform[4], dy + node.transform[5])
            else:
                shapes.append((node, dx, dy))

        for node in d.contents:
            walk(node)
        rings = [(n, dx, dy) for n, dx, dy in shapes if isinstance(n, String) and n.text in ("20", "40", "60", "80", "100")]
        assert len(rings) == 5
        for s, dx, dy in rings:
            w = stringWidth(s.text, s.fontName, s.fontSize)
            x0 = s.x + dx - {"start": 0, "middle": w / 2, "end": w}[s.textAnchor]
            box = (x0, s.y + dy - 1, x0 + w, s.y + dy + s.fontSize * 0.8)
            for c, cdx, cdy in shapes:
                if isinstance(c, Circle):
                    r = c.r + (c.strokeWidth or 0) / 2 + 0.5
                    cx, cy = c.cx + cdx, c.cy + cdy
                    nx, ny = min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3])
                    assert (nx - cx) ** 2 + (ny - cy) ** 2 > r * r, f"a point at {top} covers the ring value {s.text}"


def test_document_dates_are_written_out(demo_file, tmp_path):
    out = tmp_path / "d.pdf"
    commands.export(demo_file, pdf=out)
    appendix = _text(out).split("Bilaga 3. Granskade dokument", 1)[1]
    assert not re.search(r"\d{4}-\d{2}-\d{2}", appendix)
    assert re.search(r"\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                     r"december) \d{4}", appendix)


def test_cover_names_kommunkompassen_once_with_typographic_quotes(tmp_path):
    path = tmp_path / "c.kompass"
    Evaluation.create(path, load_bank(BANK_2003), municipality="Lund", year=2024, team=["Anna Ek"]).close()
    with Evaluation.open(path, author="Anna Ek") as ev:
        ev.update_info(notice='Övningsdata: det som märkts "Illustrativt" är påhittat.')
    out = tmp_path / "c.pdf"
    commands.export(path, pdf=out, final=True)
    cover = _pages(out)[0]
    assert cover.count("Kommunkompassen") == 1, cover
    assert '"' not in cover and "”Illustrativt”" in " ".join(cover.split())


def test_interview_roles_keep_a_meaningful_order_through_json(tmp_path):
    path = tmp_path / "r.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024) as ev:
        s = ev.add("session", group_name="Ledningsgrupp", starts_at="2024-03-04T09:00")
        for i, role in enumerate(["Skolchef", "Ekonomichef", "Kommundirektör", "Ekonomichef", "Bibliotekschef",
                                  "Socialchef"]):
            ev.add("participant", session_id=s.id, name=f"Person {i}", role=role)
    before = tmp_path / "before.pdf"
    commands.export(path, pdf=before, allow_names=True)
    js, back = tmp_path / "r.json", tmp_path / "back.kompass"
    run_cli("export-json", path, "-o", js, check=True)
    run_cli("import-json", js, "-o", back, check=True)
    after = tmp_path / "after.pdf"
    commands.export(back, pdf=after, allow_names=True)

    def roles(pdf):
        return _text(pdf).split("Bilaga 2. Intervjuer", 1)[1].split("Bilaga 3", 1)[0]

    assert roles(before) == roles(after)
    assert "Ekonomichef (2) Bibliotekschef Kommundirektör Skolchef Socialchef" in roles(before)


def test_pdf_metadata(demo_file, tmp_path):
    out = tmp_path / "m.pdf"
    commands.export(demo_file, pdf=out, final=True)
    reader = pypdf.PdfReader(str(out))
    meta = reader.metadata
    assert meta.title == "Kommunkompassen – Rapport – Botkyrka (demo) 2003"
    assert meta.author == "Karin Lindqvist, Per Holm, Sara Nyberg"
    assert "Botkyrka" in meta.subject and "Kommunkompassen" in meta.get("/Keywords", "")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv-SE"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]  # viewers show the title, not the file name


def test_final_pdf_has_introduction_analysis_and_conclusion_the_debrief_not(tmp_path):
    path = tmp_path / "a.kompass"
    with Evaluation.create(path, load_bank(BANK_2003), municipality="Lund", year=2024, team=["Anna Ek"]) as ev:
        ev.set_analysis("introduction", "Lund är en kommun i Skåne med 128 000 invånare.")
        ev.set_analysis("summary", "Kommunen styrs tydligt men följer upp för lite.")
        ev.set_analysis("area", "Insynen är god.\n\nMen protokollen kommer sent.", area_id="1")
        ev.set_analysis("conclusion", "Vi tackar kommunen för ett gott mottagande.")
    final, debrief = tmp_path / "f.pdf", tmp_path / "d.pdf"
    commands.export(path, pdf=final, final=True)
    commands.export(path, pdf=debrief)
    text = _text(final)
    for part in ("Om Lund", "Lund är en kommun i Skåne", "Kommunen styrs tydligt", "Analys Insynen är god.",
                 "Men protokollen kommer sent.", "Avslutning Vi tackar kommunen"):
        assert part in text, part
    assert text.index("Om Lund") < text.index("Sammanfattning Kommunkompassen") < text.index("Avslutning Vi")
    assert text.index("Avslutning Vi") < text.rindex("Bilaga 1. Metoden")
    short = _text(debrief)
    assert "Insynen är god" not in short and "Vi tackar" not in short and "Skåne" not in short
