"""Interviewees' names written in other forms: caught before a PDF, replaced by --anonymize.

The leak corpus holds the forms seen in real notes: a genitive ("Olof Palmes"), lower case,
a line break inside the name, a first name alone ("Greta"), a document titled after an
interview, a room named after a person, a role that names someone.
"""

import html
import re
import zipfile
from pathlib import Path

import pytest
from conftest import SMALL_BANK, assert_no_traceback, run_cli

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.exports import commands, names

pypdf = pytest.importorskip("pypdf")

# Every form of the names that must not survive anonymisation (compared without case or spaces).
NAME_PARTS = ("olof", "palme", "greta", "thunberg")


@pytest.fixture
def leaky(tmp_path) -> Path:
    path = tmp_path / "leaky.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Lund", year=2024, team=["Karin Lind"]) as ev:
        s = ev.add("session", starts_at="2024-05-04T13:00", group_name="Samtal med Greta", place="Olof Palmes rum")
        ev.add("participant", session_id=s.id, name="Olof Palme", role="Kommunstyrelsens ordförande")
        ev.add("participant", session_id=s.id, name="Greta Thunberg", role="Ungdomsrådet")
        ev.add("participant", session_id=s.id, name="Bo Ek", role="Olof Palmes sekreterare")
        doc = ev.add("document", title="Intervjuanteckningar Olof Palme", kind="Anteckningar")
        ev.add("finding", area_id="1", kind="strength", text="Tydlig styrning av målen.")
        ev.add("finding", area_id="1", kind="strength", text="Olof Palmes förslag om tätare uppföljning har genomförts.")
        ev.add("finding", area_id="1", kind="development", text="Enligt olof palme saknas en plan.")
        ev.add("finding", area_id="2", kind="development", text="Som Olof\nPalme påpekade brister rutinerna.")
        ev.add("finding", area_id="2", kind="example", text="Greta visade ungdomsrådets arbete.",
               municipality="Greta Thunbergs skola")
        ev.add_note("THUNBERGS synpunkter: greta thunberg vill ha fler möten", question_ids=["1.1.1"],
                    source_kind="document", document_id=doc.id)
        ev.set_answer("1.1.1", choice="ja", comment="enligt Greta")
    return path


def test_each_form_is_found_with_where_it_is(leaky):
    listed = [str(h) for h in commands.name_hits(leaky)]
    for expected in ["Fynd 1.2: 'Olof Palmes' liknar deltagaren Olof Palme",
                     "Fynd 1.3: 'olof palme' liknar deltagaren Olof Palme",
                     "Fynd 2.1: 'Olof Palme' liknar deltagaren Olof Palme",  # across a line break
                     "Fynd 2.2: 'Greta' liknar deltagaren Greta Thunberg",
                     "Fynd 2.2, kommun: 'Greta Thunbergs' liknar deltagaren Greta Thunberg",
                     "Intervju 1, grupp: 'Greta' liknar deltagaren Greta Thunberg",
                     "Intervju 1, plats: 'Olof Palmes' liknar deltagaren Olof Palme"]:
        assert expected in listed
    assert any(h.startswith("Intervju 1, roll") and "'Olof Palmes'" in h for h in listed)
    assert not any(h.startswith("Fynd 1.1") for h in listed)
    # the PDF already writes a whole name as it stands as a role; what it still shows is listed
    assert not any(h.startswith("Dokument 1, titel") for h in listed)


def test_matcher_forms_and_replacement():
    m = names.NameMatcher([("Olof Palme", "Kommunalråd 1"), ("Greta Thunberg", "Elev 1"), ("Greta Berg", "Elev 2"),
                           ("Bo Ek", "Sekreterare 1")])
    assert m.replace("Olof Palmes rum") == "Kommunalråd 1:s rum"
    assert m.replace("OLOF\n  PALME sa") == "Kommunalråd 1 sa"
    assert m.replace("Thunberg och palme") == "Elev 1 och Kommunalråd 1"
    assert m.replace("Greta sa") == "[namn] sa"  # two Gretas: no one's label fits
    assert m.replace("Bo Ek och Bo och Ek") == "Sekreterare 1 och Bo och Ek"  # two letters alone are words
    assert m.replace("Olofström, palmer, bergen") == "Olofström, palmer, bergen"  # inside words: no hit
    hits = names.find(m, [names.Field("Fynd 3.2", "Det var Greta Bergs idé")])
    assert [str(h) for h in hits] == ["Fynd 3.2: 'Greta Bergs' liknar deltagaren Greta Berg"]
    hits = names.find(m, [names.Field("Fynd 1.1", "greta")])
    assert [str(h) for h in hits] == ["Fynd 1.1: 'greta' liknar deltagarna Greta Thunberg och Greta Berg"]


@pytest.mark.parametrize("final", [False, True])
def test_pdf_is_refused_with_the_list(leaky, tmp_path, final):
    out = tmp_path / "r.pdf"
    before = leaky.read_bytes()
    result = run_cli("export", leaky, "--pdf", out, *(["--final"] if final else []))
    assert result.returncode == 1, result.stderr
    assert_no_traceback(result)
    assert "--allow-names" in result.stderr
    assert "Fynd 1.2: 'Olof Palmes' liknar deltagaren Olof Palme" in result.stderr
    assert "Intervju 1, grupp: 'Greta' liknar deltagaren Greta Thunberg" in result.stderr
    assert not out.exists()
    assert leaky.read_bytes() == before


def test_allow_names_exports_the_pdf_anyway(leaky, tmp_path):
    out = tmp_path / "r.pdf"
    result = run_cli("export", leaky, "--pdf", out, "--allow-names")
    assert result.returncode == 0, result.stderr
    assert "palmesförslag" in _flat_pdf(out)  # accepted as it is written


def _flat_pdf(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)).casefold()


def _raw_xlsx(path: Path) -> str:
    """Every part of the zip as text, XML entities resolved."""
    with zipfile.ZipFile(path) as z:
        return "".join(html.unescape(z.read(n).decode("utf-8", "replace")) for n in z.namelist())


@pytest.mark.parametrize("final", [False, True])
def test_anonymized_pdf_has_no_name_in_any_form(leaky, tmp_path, final):
    out = tmp_path / "r.pdf"
    result = run_cli("export", leaky, "--pdf", out, "--anonymize", *(["--final"] if final else []))
    assert result.returncode == 0, result.stderr
    text = _flat_pdf(out)
    assert "förslagomtätareuppföljning" in text and "kommunstyrelsensordförande1:s" in text
    for part in NAME_PARTS:
        assert part not in text


def test_anonymized_workbook_has_no_name_in_any_part(leaky, tmp_path):
    out = tmp_path / "r.xlsx"
    result = run_cli("export", leaky, "--xlsx", out, "--anonymize")
    assert result.returncode == 0, result.stderr
    raw = _raw_xlsx(out)
    assert "synpunkter" in raw and "Ungdomsrådet 1" in raw  # the texts are there, the names are not
    # markup holds words like "colOff": a name part counts where no letter comes before it
    leaks = re.findall(r"(?<![^\W\d_])(?:" + "|".join(NAME_PARTS) + ")", raw.casefold())
    assert leaks == []
    plain = tmp_path / "plain.xlsx"
    run_cli("export", leaky, "--xlsx", plain, check=True)  # no promise, no refusal: the auditors' own workbook
    assert "olofpalme" in re.sub(r"\s+", "", _raw_xlsx(plain)).casefold()
