"""Bank translations: checked like banks, stored in the evaluation, applied by language."""

import pytest

from kompassapp.bank import load_bank, load_translation, parse_translation, translate
from kompassapp.errors import BankError
from kompassapp.evaluation import Evaluation
from conftest import BANK_2020, ROOT, SMALL_BANK, run_cli

SMALL = load_bank(SMALL_BANK)
GOOD = """format: kompassapp-bank-translation/1
bank: testbank
revision: 1
language: en
title: Test bank
scales:
  jdn: {ja: "Yes", delvis: Partly}
areas:
  "1": {title: Openness and democratic control, short: Openness}
subareas:
  "1.1": {title: How are residents informed?}
questions:
  "1.1.1": {text: Are the minutes of all boards published online?, guidance: Check the website.}
"""


def test_translation_applies_with_fallback():
    en = translate(SMALL, parse_translation(GOOD, "en.yaml", SMALL))
    assert en.area("1").short == "Openness" and en.area("2").short == "Tillgänglighet"  # untranslated: as it was
    assert en.questions["1.1.1"].text.startswith("Are the minutes")
    assert en.questions["1.1.2"].text == SMALL.questions["1.1.2"].text
    assert [o.label for o in en.scales["jdn"].options] == ["Yes", "Partly", "Nej"]
    assert en.questions["1.1.1"].points == SMALL.questions["1.1.1"].points and en.language == "en"


@pytest.mark.parametrize("change, line, message", [
    (('"1.1.1": {text', '"9.9.9": {text'), 13, "'9.9.9' is not in bank testbank"),
    (("revision: 1", "revision: 2"), 3, "revision 2; the bank is revision 1"),
    (("delvis: Partly", "kanske: Partly"), 7, "no option 'kanske'"),
    (("short: Openness", "colour: red"), 9, "unknown key 'colour'"),
    (("title: Test bank", "title: ''"), 5, "is empty"),
])
def test_broken_translations_name_file_and_line(change, line, message):
    with pytest.raises(BankError) as info:
        parse_translation(GOOD.replace(*change), "en.yaml", SMALL)
    assert any(p.startswith(f"en.yaml:{line}: ") and message in p for p in info.value.problems), info.value.problems


def test_shipped_english_translation_of_the_2020_bank_validates():
    r = run_cli("bank", "validate", *sorted((ROOT / "question_bank").glob("*.yaml")))
    assert r.returncode == 0, r.stdout
    assert "översättning (en) av kommunkompassen-2020" in r.stdout
    data = load_translation(ROOT / "question_bank" / "kommunkompassen-2020.en.yaml", load_bank(BANK_2020))
    bank = load_bank(BANK_2020)
    assert set(data["areas"]) == {a.id for a in bank.areas}
    assert set(data["subareas"]) == {s.id for a in bank.areas for s in a.subareas}


def test_the_evaluation_keeps_its_translations(tmp_path):
    path = tmp_path / "e.kompass"
    Evaluation.create(path, load_bank(BANK_2020), municipality="Exempelby", year=2026).close()
    with Evaluation.open(path) as ev:
        assert ev.languages == ["en", "sv"]
        assert ev.bank_in("en").area("1").title != ev.bank.area("1").title
        assert ev.bank_in("de") == ev.bank  # no German: the bank as it is


SMALL_2 = load_bank(ROOT / "tests" / "banks" / "small2.yaml")
GOOD_2 = """format: kompassapp-bank-translation/1
bank: testbank2
revision: 1
language: en
groups:
  ks: {label: Executive committee chairs and group leaders, description: Majority and opposition.}
documents:
  budget: {title: Goals and budget, description: The budget most recently adopted.}
themes:
  demokrati: {title: Democracy and community development}
questions:
  "1.1.1":
    levels: {"2": Minutes of every board are online., "0": Fewer than half are online.}
    statute: Chapter 8, section 12 of the Local Government Act (2017:725)
  "1.1.2":
    na_when: The municipality adopted no budget with goals in the period.
"""


def test_a_translation_covers_every_text_of_format_2():
    en = translate(SMALL_2, parse_translation(GOOD_2, "en.yaml", SMALL_2))
    assert en.group_by_id["ks"].label.startswith("Executive") and en.group_by_id["ks"].description == "Majority and opposition."
    assert en.group_by_id["fack"] == SMALL_2.group_by_id["fack"]  # untranslated: as it was
    assert en.document_by_id["budget"].title == "Goals and budget" and en.document_by_id["arsred"].title == "Årsredovisning"
    assert en.themes[0].title.startswith("Democracy") and en.themes[0].areas == ("1",)
    q = en.questions["1.1.1"]
    assert q.levels["2"].startswith("Minutes") and q.levels["1"] == SMALL_2.questions["1.1.1"].levels["1"]
    assert list(q.levels) == list(SMALL_2.questions["1.1.1"].levels)  # the scale's order is kept
    assert q.statute.startswith("Chapter 8") and en.questions["1.1.2"].na_when.startswith("The municipality")
    assert q.points == SMALL_2.questions["1.1.1"].points and q.groups == ("ledning",)


@pytest.mark.parametrize("change, line, message", [
    (("  ks: {label", "  kf: {label"), 6, "groups: 'kf' is not in bank testbank2"),
    (("  budget: {title", "  plan: {title"), 8, "documents: 'plan' is not in bank testbank2"),
    (("  demokrati: {title", "  miljo: {title"), 10, "themes: 'miljo' is not in bank testbank2"),
    (('{"2": Minutes', '{"9": Minutes'), 13, "levels: '9' is not an option of scale 'steg_namnder'"),
    (('  "1.1.2":\n    na_when', '  "2.1.1":\n    statute'), 16, "the bank's question has no statute"),
    (("demokrati: {title", "demokrati: {short"), 10, "unknown key 'short'"),
    (("title: Goals and budget, description: The budget most recently adopted.", "title: &x Goals, description: *x"),
     8, "aliases (*x) are not allowed"),
])
def test_broken_format_2_translations_name_file_and_line(change, line, message):
    text = GOOD_2.replace(*change)
    assert text != GOOD_2
    with pytest.raises(BankError) as info:
        parse_translation(text, "en.yaml", SMALL_2)
    assert any(p.startswith(f"en.yaml:{line}: ") and message in p for p in info.value.problems), info.value.problems
