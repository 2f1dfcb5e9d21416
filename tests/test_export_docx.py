"""The Word report (export --docx), read back with python-docx from real files."""

import re
import zipfile
from pathlib import Path

import pytest
from conftest import BANK_2003, run_cli

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.exports.common import FINDING_PLURAL_SV, sv_number

docx = pytest.importorskip("docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def analysed(demo_file, tmp_path_factory):
    """The demo with an introduction, a summary, an analysis per area and a conclusion."""
    folder = tmp_path_factory.mktemp("docx")
    path = folder / "demo.kompass"
    path.write_bytes(Path(demo_file).read_bytes())
    with Evaluation.open(path, author="Karin Lindqvist") as ev:
        ev.set_analysis("introduction", "Botkyrka ligger söder om Stockholm.\n\nKommunen ansökte själv.")
        ev.set_analysis("summary", "Styrningen är tydlig men uppföljningen når inte ut.")
        for area in ev.bank.areas:
            ev.set_analysis("area", f"Analystext för område {area.id}.", area_id=area.id)
        ev.set_analysis("conclusion", "Vi tackar för ett gott mottagande.")
    out = folder / "rapport.docx"
    result = run_cli("export", path, "--docx", out, "--final")  # the whole process, as a user runs it
    assert result.returncode == 0, result.stderr
    return path, out


def _body(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_headings_are_real_and_in_order(analysed):
    _, out = analysed
    document = docx.Document(str(out))
    levels = [(int(p.style.name.split()[-1]), p.text) for p in document.paragraphs
              if p.style.name.startswith("Heading ")]
    assert levels[0][0] == 1
    for (before, _), (after, text) in zip(levels, levels[1:]):
        assert after <= before + 1, f"heading level jumps to {after} at {text!r}"
    titles = [t for _, t in levels]
    assert titles[:2] == ["Om Botkyrka (demo)", "Sammanfattning"]
    assert "1. Offentlighet och demokratisk kontroll" in titles and "Avslutning" in titles
    assert titles[-4:] == ["Bilaga 1. Metoden i korthet", "Bilaga 2. Intervjuer", "Bilaga 3. Granskade dokument",
                           "Bilaga 4. Intervjugrupper och dokument i frågebanken"]  # as the PDF's appendices
    assert "Title" in {p.style.name for p in document.paragraphs}


def test_every_score_finding_and_analysis_is_there(analysed):
    path, out = analysed
    text = _flat(_body(docx.Document(str(out))))
    with Evaluation.open(path, readonly=True) as ev:
        profile = ev.profile()
        for a in profile.areas:
            assert f"{a.area.id}. {a.area.title} | {sv_number(a.score)} | {sv_number(a.area.max)}" in text
            assert f"{sv_number(a.score)} av {sv_number(a.area.max)} poäng" in text
            assert f"Analystext för område {a.area.id}." in text
        assert f"Totalt | {sv_number(profile.total)} | {sv_number(profile.max_total)}" in text
        for f in ev.findings():
            assert _flat(f.text) in text, f.text
    for part in ("Botkyrka ligger söder om Stockholm.", "Kommunen ansökte själv.", "Styrningen är tydlig",
                 "Vi tackar för ett gott mottagande.", *FINDING_PLURAL_SV.values()):
        assert part in text


def test_the_rose_is_a_picture_with_the_scores_as_alt_text(analysed):
    path, out = analysed
    document = docx.Document(str(out))
    [shape] = document.inline_shapes
    doc_pr = shape._inline.docPr
    alt = doc_pr.get("descr")
    with Evaluation.open(path, readonly=True) as ev:
        for a in ev.profile().areas:
            assert f"{a.area.id}. {a.area.title}: {sv_number(a.score)} av {sv_number(a.area.max)}" in alt
    assert shape.width.mm == pytest.approx(166, abs=1)
    with zipfile.ZipFile(out) as z:
        [png] = [n for n in z.namelist() if n.startswith("word/media/")]
        data = z.read(png)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width / (166 / 25.4) >= 290  # about 300 dpi at its printed width


def test_tables_have_marked_header_rows(analysed):
    _, out = analysed
    document = docx.Document(str(out))
    assert len(document.tables) >= 11  # scores, 8 sub-area tables, interviews, documents
    for table in document.tables:
        first = table.rows[0]._tr
        assert first.find(f"{W}trPr/{W}tblHeader") is not None
        assert all(row._tr.find(f"{W}trPr/{W}tblHeader") is None for row in table.rows[1:])
    heads = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["Område", "Poäng", "Max", "Besvarade frågor"] in heads
    assert ["Intervjugrupp", "Datum", "Antal", "Roller"] in heads


def test_language_properties_and_page(analysed):
    _, out = analysed
    document = docx.Document(str(out))
    props = document.core_properties
    assert props.title == "Kommunkompassen – Rapport – Botkyrka (demo) 2003"
    assert props.author == "Karin Lindqvist, Per Holm, Sara Nyberg"
    assert props.language == "sv-SE" and "Botkyrka" in props.subject
    assert props.created.year >= 2024 and props.last_modified_by == props.author
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "sv-SE"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.left_margin, section.right_margin, section.top_margin,
                                  section.bottom_margin)] == [22, 20, 24, 22]  # as the PDF


def test_no_participant_name_and_no_note(analysed):
    path, out = analysed
    with zipfile.ZipFile(out) as z:  # everything in the package: body, header, footer, properties
        xml = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    flat = _flat(re.sub(r"<[^>]+>", "", xml))
    with Evaluation.open(path, readonly=True) as ev:
        people, notes = ev.participants(), ev.notes()
    assert people and notes
    for p in people:
        assert p.name not in flat and re.sub(r"\s*\(.*\)$", "", p.name) not in flat, p.name
    for n in notes:
        assert _flat(n.text)[:60] not in flat, n.text
    assert "Förvaltningschef (5)" in flat  # the roles, counted


def test_debrief_is_short_and_names_are_refused_like_the_pdf(tmp_path):
    path = tmp_path / "n.kompass"
    with Evaluation.create(path, load_bank(BANK_2003), municipality="Lund", year=2024, team=["Anna Ek"]) as ev:
        s = ev.add("session", group_name="Ledande politiker", starts_at="2024-03-04T09:00")
        ev.add("participant", session_id=s.id, name="Olof Palme", role="Kommunstyrelsens ordförande")
        ev.add("finding", area_id="1", kind="strength", text="Olof Palmes förslag om öppna möten.")
        ev.set_analysis("area", "Analys som bara rapporten har.", area_id="2")
        ev.set_analysis("conclusion", "Tack till Olof Palmes kansli för mottagandet.")
    out = tmp_path / "n.docx"
    result = run_cli("export", path, "--docx", out)
    assert result.returncode == 1 and not out.exists()
    assert "Fynd 1.1: 'Olof Palmes' liknar deltagaren Olof Palme" in result.stderr
    assert "Analys, avslutning: 'Olof Palmes' liknar deltagaren Olof Palme" in result.stderr  # the texts are checked
    ok = run_cli("export", path, "--docx", out, "--anonymize")
    assert ok.returncode == 0, ok.stderr
    text = _body(docx.Document(str(out)))
    assert "Olof" not in text and "Palme" not in text
    assert "Analys som bara rapporten har." not in text  # the debrief stays short
    final = tmp_path / "f.docx"
    assert run_cli("export", path, "--docx", final, "--final", "--anonymize").returncode == 0
    assert "Analys som bara rapporten har." in _body(docx.Document(str(final)))
