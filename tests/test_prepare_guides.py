"""Interview plan, guides per group, the document request and register, and evidence coverage."""

import json
import re

import openpyxl
import pytest
from pypdf import PdfReader

from conftest import BANK_2003, BANK_2020, run_cli
from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.prepare.coverage import coverage
from kompassapp.prepare.documents import questions_served

ID_LINE = re.compile(r"^(\d+\.\d+\.\d+)\s*$", re.M)  # a question id on its own line: the guide's large ids


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("bank_file", [BANK_2020, BANK_2003], ids=["2020", "2003"])
def test_a_guide_per_group_holds_exactly_that_groups_questions(tmp_path, bank_file):
    bank = load_bank(bank_file)
    path = tmp_path / "plan.kompass"
    with Evaluation.create(path, bank, municipality="Testby", year=2026, author="Anna") as ev:
        for i, g in enumerate(bank.groups):
            ev.add("session", group_name=g.label, bank_groups=(g.id,), starts_at=f"2026-03-10T{8 + i % 9:02d}:00",
                   ends_at=f"2026-03-10T{9 + i % 9:02d}:00", place="Rum 1", auditors=("Anna",),
                   planned_participants=(f"deltagare i {g.id}",), state="planned")
    result = run_cli("prepare", path, "--guides", tmp_path / "guider", check=True)
    guides = sorted((tmp_path / "guider").glob("*.pdf"))
    assert len(guides) == len(bank.groups) and result.stdout.count("intervjuguide för") == len(bank.groups)
    by_title = {f"Intervjuguide – {g.label}": g for g in bank.groups}
    found = set()
    for guide in guides:
        text = pdf_text(guide)
        g = by_title[" ".join(text.split("Kommunkompassen Testby")[0].split())]  # the guide's title names its group
        found.add(g.id)
        expected = [q.id for q in bank.questions.values() if g.id in q.groups]
        assert ID_LINE.findall(text) == expected, (g.id, guide.name)  # exactly these, ordered by area
        assert f"deltagare i {g.id}" in text and "Rum 1" in text and "Sida 1 av" in text
        others = [f"deltagare i {o.id}" for o in bank.groups if o.id != g.id]
        assert not any(o + "\n" in text or o + " " in text or text.endswith(o) for o in others)
        reader = PdfReader(guide)
        assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    assert found == {g.id for g in bank.groups}


def test_a_guide_shows_descriptors_and_the_municipalitys_answer(tmp_path):
    bank = load_bank(BANK_2020)
    path = tmp_path / "e.kompass"
    with Evaluation.create(path, bank, municipality="Testby", year=2026, author="Anna") as ev:
        ev.add("session", group_name="Kommunikation", bank_groups=("kommunikation",), state="planned")
        ev.import_municipality_answers({"1.1.5": ("Redogörelsen uppdaterades i maj.", {"file": "x.xlsx"})}, "x.xlsx")
    run_cli("prepare", path, "--guides", tmp_path / "g", check=True)
    text = " ".join(pdf_text(next((tmp_path / "g").glob("*.pdf"))).split())
    q = bank.questions["1.1.5"]
    assert " ".join(q.levels["delvis"].split()) in text
    assert "Kommunens svar i frågeunderlaget: Redogörelsen uppdaterades i maj." in text
    assert "Inledning" in text and "Avslutning" in text


def test_the_interview_plan_validates_against_the_bank(tmp_path):
    with Evaluation.create(tmp_path / "e.kompass", load_bank(BANK_2020), municipality="T", year=2026) as ev:
        with pytest.raises(KompassError, match="no interview group 'nope'"):
            ev.add("session", bank_groups=("nope",), state="planned")
        with pytest.raises(KompassError, match="state must be one of planned, held"):
            ev.add("session", state="maybe")
        s = ev.add("session", group_name="Fack", bank_groups=["fack"], planned_participants=["2 ombud"],
                   state="planned")
        assert s.bank_groups == ("fack",) and s.planned_participants == ("2 ombud",) and s.state == "planned"
        assert ev.update("session", s.id, state="held").state == "held"
        assert [e.field for e in ev.changelog(s.id)] == ["created", "state"]


def test_document_request_and_register(tmp_path):
    bank = load_bank(BANK_2020)
    path = tmp_path / "e.kompass"
    Evaluation.create(path, bank, municipality="Testby", year=2026, author="Anna").close()
    result = run_cli("prepare", path, "--documents", tmp_path / "begäran.xlsx", "--author", "Anna", check=True)
    used = [d for d in bank.documents if any(d.id in q.documents for q in bank.questions.values())]
    assert f"({len(used)} dokument); {len(used)} nya" in result.stdout
    ws = openpyxl.load_workbook(tmp_path / "begäran.xlsx")["Dokument"]
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    assert [r[0] for r in rows] == [d.title for d in used]
    assert "1.1.4 " in rows[[d.id for d in used].index("kommunikationspolicy")][2]
    assert run_cli("prepare", path, "--documents", tmp_path / "begäran.pdf", check=True).stdout.count("0 nya") == 1
    assert "Kommunikationspolicy" in pdf_text(tmp_path / "begäran.pdf")
    with Evaluation.open(path, author="Bo") as ev:
        docs = {d.bank_document: d for d in ev.documents()}
        assert set(docs) == {d.id for d in used} and {d.status for d in docs.values()} == {"requested"}
        policy = docs["kommunikationspolicy"]
        assert "1.1.4" in questions_served(ev, policy.id)
        ev.update("document", policy.id, status="received")
        with pytest.raises(KompassError, match="status must be one of"):
            ev.update("document", policy.id, status="lost")
    run_cli("prepare", path, "--documents", tmp_path / "igen.xlsx", check=True)
    old = tmp_path / "2003.kompass"  # the 2003 bank: documents that serve dozens of questions run over pages
    Evaluation.create(old, load_bank(BANK_2003), municipality="Testby", year=2026).close()
    run_cli("prepare", old, "--documents", tmp_path / "2003.pdf", check=True)
    assert len(PdfReader(tmp_path / "2003.pdf").pages) > 3
    rows = list(openpyxl.load_workbook(tmp_path / "igen.xlsx")["Dokument"].iter_rows(min_row=5, values_only=True))
    assert [r[3] for r in rows if r[0] == "Kommunikationspolicy"] == ["Mottaget"]
    assert {r[3] for r in rows if r[0] and r[0] != "Kommunikationspolicy"} == {"Begärt"}


def test_coverage_agrees_in_summary_json_and_the_workbook(tmp_path):
    bank = load_bank(BANK_2020)
    path = tmp_path / "e.kompass"
    with Evaluation.create(path, bank, municipality="Testby", year=2026, author="Anna") as ev:
        held = ev.add("session", group_name="Majoriteten", bank_groups=("majoritet",), state="held")
        ev.add("session", group_name="Facket", bank_groups=("fack",), state="planned")
        doc = ev.add("document", title="Kommunikationspolicy", bank_document="kommunikationspolicy")
        ev.add_note("Policyn antogs 2022.", question_ids=["1.1.4"], source_kind="document", document_id=doc.id)
        ev.add_note("Sänds på webben.", question_ids=["1.1.1"], source_kind="web", url="https://t.se")
        majority_q = next(q.id for q in bank.questions.values() if "majoritet" in q.groups)
        ev.add_note("KSO berättade.", question_ids=[majority_q], source_kind="interview", session_id=held.id)
        ev.import_municipality_answers({"1.1.2": ("Ja.", {"file": "x.xlsx"})}, "x.xlsx")
        cov = coverage(ev)
    assert [c.key for c in cov.columns] == ["document", "web", "municipality", "group:majoritet", "group:fack"]
    assert cov.cell("1", "document").covered == ("1.1.4",) and cov.cell("1", "web").covered == ("1.1.1",)
    assert cov.cell("1", "municipality").covered == ("1.1.2",)
    area = bank.area_of[majority_q].id
    assert cov.cell(area, "group:majoritet").covered == (majority_q,)
    assert cov.not_interviewed == ("fack",)
    assert "1.1.2" in cov.no_evidence and "1.1.4" not in cov.no_evidence  # the municipality's answer is no evidence
    assert len(cov.no_evidence) == len(bank.questions) - 3

    summary = json.loads(run_cli("summary", path, "--json", check=True).stdout)
    assert list(summary)[:-1] == ["municipality", "year", "demo", "bank", "areas", "total", "max", "answered",
                                  "applicable"]  # the existing keys, as they were
    data = summary["coverage"]
    assert data == cov.to_json()
    run_cli("export", path, "--xlsx", tmp_path / "e.xlsx", check=True)
    ws = openpyxl.load_workbook(tmp_path / "e.xlsx")["Täckning"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert list(rows[0][2:]) == [c["label"] for c in data["columns"]]
    for row, a in zip(rows[1:], data["areas"]):
        assert str(row[0]) == a["id"]
        for value, c in zip(row[2:], data["columns"]):
            x = a["cells"][c["key"]]
            assert value == (f"{x['covered']} / {x['expected']}" if x["expected"] else "–")
    total = rows[1 + len(data["areas"])]
    assert total[1] == "Totalt" and [v for v in total[2:]] == [
        f"{data['total'][c['key']]['covered']} / {data['total'][c['key']]['expected']}" for c in data["columns"]]
    listed = [r[0] for r in ws.iter_rows(values_only=True) if r[0] in bank.questions]
    assert listed == data["no_evidence"]
