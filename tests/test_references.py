"""Reference profiles: shipped with their source, user-made, and never compared across editions."""

import pytest

from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.references import bundled_references, comparison, find_reference, load_reference
from conftest import BANK_2003, BANK_2020, run_cli

B2003, B2020 = load_bank(BANK_2003), load_bank(BANK_2020)


def test_shipped_references_have_sources_and_the_published_figures():
    refs = {r.id: r for r in bundled_references()}
    assert [float(v) for v in refs["botkyrka-2003"].scores.values()] == [83, 76.5, 89.5, 81.5, 76, 72.5, 67, 93]
    assert refs["botkyrka-2003"].total == 639 and refs["skr-medel-2021"].total == 517
    assert all(r.source for r in refs.values())


def test_a_reference_on_another_edition_is_refused():
    assert comparison("skr-medel-2021", B2020).total == 517
    with pytest.raises(KompassError, match="2020 edition.*2003 edition"):
        comparison("skr-medel-2021", B2003)
    with pytest.raises(KompassError, match="2003 edition.*2020 edition"):
        comparison("botkyrka-2003", B2020)


def test_an_evaluation_file_can_be_the_comparison(demo_file):
    ref = comparison(str(demo_file), B2003)
    assert ref.name == "Botkyrka (demo) 2003" and ref.total == 639
    with pytest.raises(KompassError, match="edition"):
        comparison(str(demo_file), B2020)


def test_user_references_typed_in_and_saved(tmp_path, demo_file):
    typed = tmp_path / "typed.yaml"
    r = run_cli("reference", "new", "--bank", "kommunkompassen-2020", "--name", "Exempelby 2022",
                "--scores", "60;61,5;70;60;55;50;60;62", "-o", typed, check=True)
    assert "totalt 478,5" in r.stdout
    assert float(load_reference(typed).scores["2"]) == 61.5
    saved = tmp_path / "saved.yaml"
    run_cli("reference", "save", demo_file, "-o", saved, check=True)
    assert find_reference(str(saved)).total == 639
    bad = run_cli("reference", "new", "--bank", "kommunkompassen-2020", "--name", "X", "--scores", "1;2", "-o", typed)
    assert bad.returncode == 1 and "8 områden" in bad.stderr


def test_broken_reference_files_name_the_field(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("format: kompassapp-reference/1\nid: x\nname: X\nedition: '2003'\nscores: {'1': 'hög'}\n")
    with pytest.raises(KompassError, match=r"r\.yaml: field 'scores': area 1"):
        load_reference(path)
    path.write_text("format: kompassapp-reference/1\nid: x\nname: X\nedition: '2003'\nscores: {'1': 50}\ncolor: red\n")
    with pytest.raises(KompassError, match="field 'color': unknown field"):
        load_reference(path)
    path.write_text("format: kompassapp-reference/1\nid: x\nname: X\nedition: '2003'\nscores: {'1': 50}\n")
    with pytest.raises(KompassError, match="areas"):
        comparison(str(path), B2003)


def test_national_average_in_the_workbook_and_pdf_of_a_2020_evaluation(tmp_path):
    """Issue 4: the reference overlays a 2020-edition evaluation's exports, and is refused on 2003."""
    import re
    import zipfile

    from pypdf import PdfReader

    from kompassapp.evaluation import Evaluation
    from kompassapp.exports import commands

    path = tmp_path / "ny.kompass"
    with Evaluation.create(path, B2020, municipality="Exempelby", year=2026) as ev:
        ev.set_answer(next(iter(B2020.questions)), choice="ja")
    xlsx, pdf = tmp_path / "ny.xlsx", tmp_path / "ny.pdf"
    commands.export(path, xlsx=xlsx, pdf=pdf, compare="skr-medel-2021")
    with zipfile.ZipFile(xlsx) as z:
        chart = z.read(next(n for n in z.namelist() if n.startswith("xl/charts/chart"))).decode()
    assert len(re.findall(r"<(?:c:)?ser>", chart)) == 2 and "SKR:s snitt (2021)" in chart
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "SKR:s snitt (2021)" in text and "517" in text
    r = run_cli("export", path, "--pdf", tmp_path / "x.pdf", "--compare", "botkyrka-2003")
    assert r.returncode == 1 and "2003 edition" in r.stderr and not (tmp_path / "x.pdf").exists()
