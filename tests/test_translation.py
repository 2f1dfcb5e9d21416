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
