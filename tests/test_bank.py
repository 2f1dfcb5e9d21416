"""Question banks: the shipped banks, the loader's checks and messages, the JSON Schema."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from kompassapp.bank import Bank, load_bank, parse_bank
from kompassapp.errors import BankError
from conftest import BANK_2003, BANK_2020, ROOT, SMALL_BANK, assert_no_traceback, run_cli

SMALL_BANK_2 = ROOT / "tests" / "banks" / "small2.yaml"
SCHEMA = ROOT / "question_bank" / "schema" / "bank.schema.json"

BROKEN = sorted((ROOT / "tests" / "banks_broken").glob("*.yaml"))

# Level 1 and 2 of the 2003 edition as listed in seed 004 ("Huvudområden nivå 1 och 2"), with the seed's two
# line-break artefacts ("personalutvecklings-åtgärder", "avdelningar/ enheter") written as the words they are.
SEED_SUBAREAS = {
    "1.1": "Hur informeras invånarna?",
    "1.2": "Hur stimuleras medborgarnas engagemang?",
    "1.3": "Hur informeras invånarna om resultaten?",
    "2.1": "Har kommunen en brukarorienterad förvaltningsfilosofi?",
    "2.2": "Vilka åtgärder har vidtagits för att säkra överskådligheten för invånarna?",
    "2.3": "Kan brukarna själva påverka serviceutbudet?",
    "2.4": "Genomförs medborgar- och/eller brukarundersökningar?",
    "2.5": "Hur är hanteringen av klagomål från brukarna organiserad?",
    "2.6": "Bedrivs utbildning i att bemöta allmänheten?",
    "3.1": "Hur är kvaliteten på målformuleringsarbetet?",
    "3.2": "Delegation och ansvarsfördelning mellan politisk och administrativ nivå",
    "3.3": "Hur sker rapporteringen från administrativ till politisk nivå?",
    "3.4": "Hur stimuleras den ömsesidiga förståelsen av uppgifter, roller och spelregler?",
    "4.1": "Vilken frihet har de serviceproducerande institutionerna i sin resursdisponering?",
    "4.2": "Hur utnyttjas möjligheter till tvärsektoriellt samarbete och samordning?",
    "4.3": "Går det att ta lokala initiativ med avsikt att finna egna intäktskällor?",
    "4.4": "Hur beskrivs administrativa chefsroller?",
    "4.5": "Hur utövas den centrala administrativa ledningen över underställda avdelningar/enheter?",
    "5.1": "Hur detaljerat är rapporteringssystemet?",
    "5.2": "Hur sker rapporteringen från tvärsektoriella projekt/program?",
    "5.3": "Strategier för att redovisa kostnader",
    "5.4": "Kontroll- och uppföljningsrutiner",
    "6.1": "Hur stor vikt läggs vid personalutvecklingsåtgärder?",
    "6.2": "Förekommer prestationslönesystem?",
    "6.3": "Förekommer arbetsmiljöundersökningar?",
    "6.4": "Förekommer medarbetarsamtal?",
    "6.5": "Bedrivs chefs-/kompetensutveckling i samverkan med privat sektor?",
    "6.6": "Hur stor är personalutvecklingsbudgeten?",
    "7.1": "Hur metodiskt sker närmandet till utvecklingsproblematiken?",
    "7.2": "Strategisk serviceutveckling",
    "7.3": "Tillvaratas de anställdas erfarenheter och kreativitet på ett aktivt sätt?",
    "7.4": "Hur spridd är informations- och kommunikationsteknologin på arbetsplatserna?",
    "7.5": "Hur aktivt utnyttjas jämförelser som ett led i utvecklingsarbetet?",
    "8.1": "Vad gör kommunen för att stödja föreningslivet?",
    "8.2": "Kommunens samverkan med kulturlivet",
    "8.3": "Kommunen som partner för näringslivet",
    "8.4": "Kommunens internationella kontakter",
}
SEED_AREAS = ["Offentlighet och demokratisk kontroll", "Tillgänglighet och brukarorientering",
              "Tydlighet i samspelet politik – administration", "Ledningsutrymme, decentralisering och delegering",
              "Kontroll och rapportering", "Personalförvaltning", "Förnyelsepolitik", "Samhällsbyggnad"]
OFFICIAL_2020 = ["Samspel mellan förtroendevalda och medborgare", "Samhällsutveckling", "Styrning och kontroll",
                 "Effektivitet", "Brukarens fokus", "Kvalitetsutveckling", "Arbetsliv",
                 "Chefs- och ledarskap samt medarbetarskap"]


def test_shipped_banks_validate_with_the_cli():
    result = run_cli("bank", "validate", *sorted((ROOT / "question_bank").glob("*.yaml")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": OK") == 3  # two banks and the English translation of the 2020 bank


def test_2003_bank_follows_the_seed():
    bank = load_bank(BANK_2003)
    assert [a.title for a in bank.areas] == SEED_AREAS
    assert {s.id: s.title for a in bank.areas for s in a.subareas} == SEED_SUBAREAS
    assert len(bank.questions) >= 190
    for area in bank.areas:
        assert area.max == 100
        assert sum(q.points for q in area.questions) == 100, area.id
        assert all(q.id.startswith(s.id + ".") for s in area.subareas for q in s.questions)
    assert "Personalpolitik" in bank.area("6").aliases


def test_2020_bank_has_the_official_areas_in_order():
    bank = load_bank(BANK_2020)
    assert [a.title for a in bank.areas] == OFFICIAL_2020
    assert (len(bank.questions), sum(len(a.subareas) for a in bank.areas)) == (190, 40)  # revision 2 (issue 12)
    assert all(sum(q.points for q in a.questions) == a.max == 100 for a in bank.areas)


@pytest.mark.parametrize("path", [BANK_2003, BANK_2020], ids=lambda p: p.name)
def test_questions_are_concrete_and_guided(path):
    bank = load_bank(path)
    texts = [q.text for q in bank.questions.values()]
    assert len(set(texts)) == len(texts), "duplicate question texts"
    for q in bank.questions.values():
        assert q.text.endswith("?"), q.id
        assert len(q.guidance) >= 40, q.id


@pytest.mark.parametrize("path", [BANK_2003, BANK_2020, SMALL_BANK, SMALL_BANK_2], ids=lambda p: p.name)
def test_banks_match_the_json_schema(path):
    schema = json.loads((ROOT / "question_bank" / "schema" / "bank.schema.json").read_text())
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


V2_SCHEMA_RULES = ["v2_key_in_v1", "v2_levels_missing", "v2_na_allowed_without_na_when", "v2_default_na_without_na_when",
                   "v2_na_when_with_na_false", "v2_interview_without_groups", "v2_document_without_documents",
                   "v2_groups_without_interview", "v2_law_without_statute", "v2_statute_without_basis",
                   "v2_unknown_basis", "v2_group_missing_label", "v2_group_listed_twice", "v2_levels_not_a_mapping"]


@pytest.mark.parametrize("name", V2_SCHEMA_RULES)
def test_the_json_schema_documents_the_format_2_rules(name):
    # the rules a schema can express (cross-references are the validator's: see the schema's description)
    schema = json.loads(SCHEMA.read_text())
    data = yaml.safe_load((ROOT / "tests" / "banks_broken" / f"{name}.yaml").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


@pytest.mark.parametrize("path", [BANK_2003, SMALL_BANK, SMALL_BANK_2], ids=lambda p: p.name)
def test_to_dict_round_trips(path):
    bank = load_bank(path)
    again = parse_bank(yaml.safe_dump(bank.to_dict(), allow_unicode=True, sort_keys=False))
    assert again == bank
    assert Bank.from_dict(json.loads(json.dumps(bank.to_dict()))) == bank


def test_the_broken_corpus_is_large_enough():
    assert len(BROKEN) >= 30
    assert len([p for p in BROKEN if p.name.startswith("v2_")]) >= 12


def test_format_2_is_carried_whole_by_the_model():
    bank = load_bank(SMALL_BANK_2)
    assert bank.format == "kompassapp-bank/2"
    assert [g.id for g in bank.groups] == ["ks", "ledning", "fack"] and bank.group_by_id["fack"].label
    assert [d.id for d in bank.documents] == ["budget", "arsred"]
    assert [(t.id, t.areas) for t in bank.themes] == [("demokrati", ("1",)), ("arbetsgivare", ("2",))]
    q = bank.questions["1.1.1"]
    assert set(q.levels) == {"2", "1", "0"} and q.basis == "law" and q.statute.startswith("8 kap.")
    assert q.groups == ("ledning",) and not q.na_allowed and q.na_when == ""
    assert bank.questions["1.1.2"].documents == ("budget",) and bank.questions["1.1.2"].na_when
    assert bank.area("1").role == "Demokratiaktör"
    # an evaluation file keeps its bank as JSON: the /2 bank survives it, and is not equal to a /1 reading
    again = Bank.from_dict(json.loads(json.dumps(bank.to_dict())))
    assert again == bank and again.to_dict() == bank.to_dict()


def test_format_1_banks_keep_their_dict_unchanged():
    # what an evaluation file stores for a /1 bank: no new keys, so older files and apps see the same JSON
    d = load_bank(SMALL_BANK).to_dict()
    assert d["format"] == "kompassapp-bank/1"
    assert not {"groups", "documents", "themes"} & set(d)
    keys = {k for a in d["areas"] for s in a["subareas"] for q in s["questions"] for k in q}
    assert keys <= {"id", "text", "guidance", "points", "scale", "sources", "na_allowed"}


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_each_broken_bank_gets_its_own_file_line_message(path: Path):
    expect = re.match(r"# expect: (\d+): (.+)", path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else "")
    line, fragment = (int(expect[1]), expect[2]) if expect else (1, "the file is empty")
    result = run_cli("bank", "validate", path)
    assert result.returncode == 1
    assert_no_traceback(result)
    messages = result.stdout.splitlines()
    assert all(m.startswith(f"{path}:") for m in messages), messages
    assert any(m.startswith(f"{path}:{line}: ") and fragment in m for m in messages), messages


def test_validate_reports_every_file_and_fails_if_any_is_bad():
    result = run_cli("bank", "validate", SMALL_BANK, BROKEN[0], BROKEN[1])
    assert result.returncode == 1
    assert f"{SMALL_BANK}: OK" in result.stdout
    assert str(BROKEN[0]) in result.stdout and str(BROKEN[1]) in result.stdout


def test_several_problems_are_all_reported(tmp_path):
    text = SMALL_BANK.read_text(encoding="utf-8").replace("points: 60", "points: 61").replace("scale: steg", "scale: x")
    with pytest.raises(BankError) as info:
        parse_bank(text, "b.yaml")
    assert len(info.value.problems) == 2
    assert all(re.match(r"b\.yaml:\d+: ", p) for p in info.value.problems)


def test_unreadable_and_non_utf8_files(tmp_path):
    missing = run_cli("bank", "validate", tmp_path / "nope.yaml")
    assert missing.returncode == 1 and "nope.yaml:1: cannot read" in missing.stdout
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("format: x\ntitle: Tillg\xe4nglighet\n".encode("latin-1"))
    result = run_cli("bank", "validate", latin1)
    assert result.returncode == 1 and f"{latin1}:2: the file is not UTF-8" in result.stdout
    assert_no_traceback(result)


def test_decimal_values_are_exact():
    bank = load_bank(SMALL_BANK)
    assert bank.scales["steg"].option("4").value * 5 == 4  # 0.8 is exactly four fifths
