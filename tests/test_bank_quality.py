"""Issue 12: the shipped banks as instruments — counts a seasoned auditor checks, computed and printed.

The banks are read as plain YAML so that these counts do not depend on the loader. A bank still in
format kompassapp-bank/1 is skipped: the counts are the contract of format /2. Run with `-s` to see
the figures.

Rules the counts use (stated here so that they can be argued with):
- Descriptor: every option of the question's scale has a text of at least one full sentence
  (starts with a capital letter, ends with a full stop, at least three words).
- Compound question: the question text joins a second predicate with a coordinating conjunction —
  "och", "samt" or "eller" directly followed by a finite verb (Swedish questions invert: "Mäts X och
  redovisas det …?") — so that the two parts could be answered differently. Lists of nouns under one
  verb ("kallelse och handlingar") are one measure whose threshold the descriptors set. At most
  COMPOUND_MAX per bank; a remaining compound question must have a scale with a middle step and a
  descriptor for it, which says how partial fulfilment scores.
- Law: questions with `basis: law` name their statute and carry at most LAW_POINTS_MAX of an area's
  points together, so that obeying the law alone cannot earn much of an area.
- Graded scales name their unit: the unit is the last word of the full option's label ("Alla
  nämnder"); every label of the scale and every descriptor of a question on it names the unit, and no
  two graded scales count the same unit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

COMPOUND_MAX = 10
LAW_POINTS_MAX = 8
FORMAT_2 = "kompassapp-bank/2"
BANKS = sorted(p for p in (ROOT / "question_bank").glob("*.yaml")
               if "kompassapp-bank-translation" not in p.read_text(encoding="utf-8")[:300])

_VERBS = (
    "har|hade|är|var|blir|finns|fanns|får|kan|ska|följs|följer|används|använder|redovisas|redovisar|besvaras|"
    "besvarar|tar|tas|förs|genomförs|genomför|görs|gör|ges|ger|sker|vidtas|vidtagits|vidtagit|leder|lett|"
    "återkopplas|publiceras|publicerar|anmäls|prövas|prövar|mäts|mäter|registreras|bedöms|rättats|åtgärdats|"
    "åtgärdat|antagit|antas|infört|införts|fått|utbildats|gåtts|sammanställs|analyseras|analyserar|dokumenteras|"
    "når|arbetar|deltar|samverkar|erbjuds|erbjuder|utvärderas|utvärderar|kopplas|beslutar|beslutas|involveras|"
    "lämnar|lämnas|stödjer|träffar|möter|sänds|uppdateras|hålls|håller|kontrolleras|informeras|gjorts|följts"
)
COMPOUND = re.compile(rf"\b(och|samt|eller)\s+({_VERBS})\b", re.IGNORECASE)
SENTENCE = re.compile(r"^[A-ZÅÄÖ0-9].*\.$", re.DOTALL)


def _load(path: Path) -> dict:
    bank = yaml.safe_load(path.read_text(encoding="utf-8"))
    if bank.get("format") != FORMAT_2:
        pytest.skip(f"{path.name} is still in format {bank.get('format')}; the issue-12 counts apply to "
                    f"{FORMAT_2} banks (this bank is upgraded separately)")
    return bank


def _questions(bank: dict):
    for area in bank["areas"]:
        for sub in area["subareas"]:
            for q in sub["questions"]:
                yield area, sub, q


def is_compound(text: str) -> bool:
    return COMPOUND.search(text) is not None


def _unit(scale: list[dict]) -> str:
    full = max(scale, key=lambda o: o["value"])
    return full["label"].split()[-1][:4].lower()


def _graded(bank: dict) -> dict[str, list[dict]]:
    return {k: opts for k, opts in bank["scales"].items() if len(opts) >= 3 and not {"ja", "nej"} <= {o["key"] for o in opts}}


def measure(bank: dict) -> dict:
    """Every count the issue asks for, as numbers."""
    qs = list(_questions(bank))
    scales = bank["scales"]
    groups = {g["id"] for g in bank.get("groups", [])}
    documents = {d["id"] for d in bank.get("documents", [])}
    c: dict = {"questions": len(qs), "problems": []}
    bad = c["problems"].append

    described = 0
    for _, _, q in qs:
        levels = q.get("levels") or {}
        keys = [o["key"] for o in scales[q["scale"]]]
        ok = sorted(levels) == sorted(keys) and all(
            isinstance(t, str) and SENTENCE.match(t.strip()) and len(t.split()) >= 3 for t in levels.values())
        described += ok
        if not ok:
            bad(f"{q['id']}: descriptors missing or not full sentences for scale {q['scale']}")
    c["described"] = described

    interview = [q for _, _, q in qs if "intervju" in q.get("sources", [])]
    c["interview"] = len(interview)
    c["interview_with_groups"] = sum(bool(q.get("groups")) and set(q["groups"]) <= groups for q in interview)
    document = [q for _, _, q in qs if "dokument" in q.get("sources", [])]
    c["document"] = len(document)
    c["document_with_documents"] = sum(bool(q.get("documents")) and set(q["documents"]) <= documents
                                       for q in document)
    c["groups"], c["documents"] = len(groups), len(documents)

    compound = [q for _, _, q in qs if is_compound(q["text"])]
    c["compound"] = [q["id"] for q in compound]
    for q in compound:
        middle = [o["key"] for o in scales[q["scale"]] if 0 < o["value"] < 1]
        if not middle or not all((q.get("levels") or {}).get(k) for k in middle):
            bad(f"{q['id']}: compound question without a descriptor for partial fulfilment")

    subs_without_core = []
    for area in bank["areas"]:
        for sub in area["subareas"]:
            if not any(q.get("na_allowed") is False for q in sub["questions"]):
                subs_without_core.append(sub["id"])
    c["subareas"] = sum(len(a["subareas"]) for a in bank["areas"])
    c["subareas_without_core"] = subs_without_core
    c["na_core"] = sum(q.get("na_allowed") is False for _, _, q in qs)
    c["na_allowed"] = sum(q.get("na_allowed") is True for _, _, q in qs)
    for _, _, q in qs:
        if q.get("na_allowed") is not False and not str(q.get("na_when") or "").strip():
            bad(f"{q['id']}: N/A allowed without na_when")

    law_points = {}
    for area, _, q in qs:
        if q.get("basis") == "law":
            law_points[area["id"]] = law_points.get(area["id"], 0) + q["points"]
            if not str(q.get("statute") or "").strip():
                bad(f"{q['id']}: basis law without statute")
    c["law_questions"] = [q["id"] for _, _, q in qs if q.get("basis") == "law"]
    c["law_points"] = law_points
    c["area_points"] = {a["id"]: sum(q["points"] for s in a["subareas"] for q in s["questions"]) for a in bank["areas"]}

    units = {}
    for key, opts in _graded(bank).items():
        unit = _unit(opts)
        units[key] = unit
        if not all(unit in o["label"].lower() for o in opts):
            bad(f"scale {key}: not every option label names its unit '{unit}'")
    if len(set(units.values())) != len(units):
        bad(f"two graded scales count the same unit: {units}")
    graded_qs = [q for _, _, q in qs if q["scale"] in units]
    c["graded"] = len(graded_qs)
    c["graded_scales"] = units
    for q in graded_qs:
        if not all(units[q["scale"]] in t.lower() for t in (q.get("levels") or {}).values()):
            bad(f"{q['id']}: a descriptor does not name the unit of scale {q['scale']}")
    return c


def report(name: str, c: dict) -> str:
    pct = lambda n, d: f"{n}/{d} ({100 * n / d:.0f} %)" if d else "0/0"
    return "\n".join([
        f"{name}: {c['questions']} questions in {c['subareas']} sub-areas",
        f"  descriptors for every option: {pct(c['described'], c['questions'])}",
        f"  interview questions naming a group: {pct(c['interview_with_groups'], c['interview'])} ({c['groups']} groups)",
        f"  document questions naming a document: {pct(c['document_with_documents'], c['document'])} ({c['documents']} documents)",
        f"  compound questions: {len(c['compound'])} (max {COMPOUND_MAX}) {' '.join(c['compound'])}",
        f"  N/A: {c['na_core']} core questions (N/A refused), {c['na_allowed']} with na_when; "
        f"sub-areas without a core question: {len(c['subareas_without_core'])}",
        f"  law-based: {len(c['law_questions'])} questions {' '.join(c['law_questions'])}; points per area "
        + ", ".join(f"{a}: {p}" for a, p in sorted(c['law_points'].items())) + f" (max {LAW_POINTS_MAX})",
        f"  graded: {c['graded']} questions on {len(c['graded_scales'])} scales, units "
        + ", ".join(f"{k}={u}" for k, u in c['graded_scales'].items()),
    ])


@pytest.mark.parametrize("path", BANKS, ids=lambda p: p.name)
def test_bank_counts(path: Path):
    bank = _load(path)
    c = measure(bank)
    print("\n" + report(path.name, c))
    assert c["problems"] == []
    assert c["described"] == c["questions"]
    assert c["interview_with_groups"] == c["interview"]
    assert c["document_with_documents"] == c["document"]
    assert len(c["compound"]) <= COMPOUND_MAX
    assert c["subareas_without_core"] == []
    assert all(p <= LAW_POINTS_MAX for p in c["law_points"].values()), c["law_points"]
    assert all(p == a["max"] == 100 for a, p in zip(bank["areas"], c["area_points"].values())), c["area_points"]


def test_the_compound_rule_tells_one_measure_from_two():
    assert is_compound("Mäts avtalstroheten och redovisas resultatet för kommunledningen?")
    assert is_compound("Finns en plan, och följs den upp varje år?")
    assert is_compound("Beräknas och följs kostnaden upp?")
    assert is_compound("Har kommunen en plan eller finns det en strategi?")
    assert not is_compound("Publiceras kallelse och fullständiga handlingar på webbplatsen?")
    assert not is_compound("Har cheferna fått utbildning i arbetsmiljö, arbetsrätt och ekonomistyrning?")


def test_a_bank_missing_the_rules_is_counted_as_such():
    """The counts are not vacuous: a /2 bank lacking descriptors, groups, documents and N/A rules fails them."""
    bank = {"format": FORMAT_2, "scales": {"jdn": [{"key": "ja", "label": "Ja", "value": 1.0},
                                                   {"key": "nej", "label": "Nej", "value": 0.0}],
                                           "grad_x": [{"key": "alla", "label": "Alla nämnder", "value": 1.0},
                                                      {"key": "halften", "label": "Hälften", "value": 0.5},
                                                      {"key": "ingen", "label": "Ingen nämnd", "value": 0.0}]},
            "groups": [{"id": "ks"}], "documents": [{"id": "budget"}],
            "areas": [{"id": "1", "max": 100, "subareas": [{"id": "1.1", "questions": [
                {"id": "1.1.1", "text": "Mäts X och redovisas det?", "points": 60, "scale": "jdn",
                 "sources": ["intervju", "dokument"], "groups": ["okänd"], "basis": "law",
                 "levels": {"ja": "ja", "nej": "Det finns ingen mätning av X alls."}},
                {"id": "1.1.2", "text": "Når X alla?", "points": 40, "scale": "grad_x", "sources": ["dokument"],
                 "na_allowed": True, "levels": {"alla": "Alla enheter har X på plats.", "halften": "Hälften har X på plats i dag.",
                                                "ingen": "Ingen nämnd har X på plats i dag."}}]}]}]}
    c = measure(bank)
    assert c["described"] == 1 and c["interview_with_groups"] == 0  # 1.1.1 has a bare "ja" and c["document_with_documents"] == 0
    assert c["compound"] == ["1.1.1"] and c["subareas_without_core"] == ["1.1"] and c["law_points"] == {"1": 60}
    text = "\n".join(c["problems"])
    for fragment in ("1.1.1: compound question without a descriptor", "1.1.2: N/A allowed without na_when",
                     "1.1.1: basis law without statute", "scale grad_x: not every option label",
                     "1.1.2: a descriptor does not name the unit"):
        assert fragment in text


# -- the 2020 bank, revision 2 ----------------------------------------------------------------------

B2020 = ROOT / "question_bank" / "kommunkompassen-2020.sv.yaml"
STATUTORY_2020 = ["1.1.5", "2.2.1", "2.2.2", "2.5.4", "3.5.3", "7.5.1", "7.5.2"]


def test_2020_statutory_requirements_are_marked_and_weighed_down():
    bank = _load(B2020)
    qs = {q["id"]: q for _, _, q in _questions(bank)}
    for qid in STATUTORY_2020:
        assert qs[qid].get("basis") == "law" and qs[qid].get("statute"), qid
    assert sum(qs[qid]["points"] for qid in STATUTORY_2020) <= 20  # 31 points in revision 1


def test_2020_themes_roles_and_interview_groups():
    bank = _load(B2020)
    assert [(t["title"], t["areas"]) for t in bank["themes"]] == [
        ("Demokrati och samhällsutveckling", ["1", "2"]), ("Styrning och effektivitet", ["3", "4"]),
        ("Service och kvalitet", ["5", "6"]), ("Arbetsgivarpolitik", ["7", "8"])]
    roles = {a["id"]: a.get("role") for a in bank["areas"]}
    assert set(roles.values()) - {None} <= {"Demokratiaktör", "Samhällsbyggare", "Välfärdsaktör", "Arbetsgivare"}
    assert "Styrning och effektivitet" not in roles.values()
    groups = {g["id"] for g in bank["groups"]}
    assert {"majoritet", "opposition", "ledning", "forvaltningschefer", "enhetschefer", "fack", "hr", "ekonomi",
            "kvalitet", "kommunikation", "bolag"} <= groups
    asked = lambda *ids: [q["id"] for _, _, q in _questions(bank) if set(q.get("groups", [])) & set(ids)]
    politicians, companies = asked("majoritet", "opposition"), asked("bolag")
    print(f"\n2020: politicians asked in {len(politicians)} questions, the companies in {len(companies)}")
    assert len(politicians) >= 30 and len(companies) >= 8  # revision 1: 8 and 2
    assert all(q.get("groups") for q in bank["areas"][2]["subareas"][2]["questions"])  # 3.3 support to elected members


def test_2020_covers_what_the_applications_expect():
    text = B2020.read_text(encoding="utf-8")
    _load(B2020)
    for needle in ("valdeltagandet", "egen budget", "omvärldsdagar", "tidsbegränsade chefsförordnanden",
                   "mot andra utförare", "jämställdhetsanalyser"):
        assert needle in text, needle
    assert "en allmänhetens frågestund" not in text


def test_the_english_translation_covers_every_new_and_changed_text():
    """Plain YAML: the translation mirrors the bank (levels, na_when, statute, groups, documents, themes)."""
    bank = _load(B2020)
    en = yaml.safe_load((ROOT / "question_bank" / "kommunkompassen-2020.en.yaml").read_text(encoding="utf-8"))
    assert (en["bank"], en["revision"]) == (bank["id"], bank["revision"])
    assert set(en["groups"]) == {g["id"] for g in bank["groups"]}
    assert all(v.get("label") and v.get("description") for v in en["groups"].values())
    assert set(en["documents"]) == {d["id"] for d in bank["documents"]}
    assert all(v.get("title") and v.get("description") for v in en["documents"].values())
    assert set(en["themes"]) == {t["id"] for t in bank["themes"]}
    assert set(en["subareas"]) == {s["id"] for a in bank["areas"] for s in a["subareas"]}
    for key, opts in bank["scales"].items():
        assert set(en["scales"][key]) == {o["key"] for o in opts}, key
    qs = {q["id"]: q for _, _, q in _questions(bank)}
    assert set(en["questions"]) == set(qs)
    for qid, q in qs.items():
        t = en["questions"][qid]
        assert t.get("text") and t.get("guidance"), qid
        assert set(t.get("levels", {})) == set(q["levels"]), qid
        for field in ("na_when", "statute"):
            assert bool(t.get(field)) == bool(q.get(field)), (qid, field)


REV1 = ROOT / "tests" / "banks" / "kommunkompassen-2020.rev1.sv.yaml"


def test_a_revision_1_evaluation_upgrades_keeping_every_answer_and_note(tmp_path):
    """Issue 12: `kompassapp upgrade F --bank NEW` moves a full rev-1 evaluation to rev 2 without losing anything."""
    from kompassapp.evaluation import Evaluation
    from kompassapp.scoring import NA

    from conftest import run_cli

    run_cli("bank", "validate", B2020, ROOT / "question_bank" / "kommunkompassen-2020.en.yaml", check=True)
    path = tmp_path / "rev1.kompass"
    run_cli("new", "--bank", REV1, "--municipality", "Exempelby", "--year", "2026", "-o", path, check=True)
    with Evaluation.open(path, author="Karin") as ev:
        assert ev.bank.revision == 1 and len(ev.bank.questions) == 181
        for i, q in enumerate(ev.bank.questions.values()):
            keys = [o.key for o in ev.bank.scales[q.scale].options] + ([NA] if q.na_allowed else [])
            ev.set_answer(q.id, choice=keys[i % len(keys)], comment=f"Kommentar till {q.id}.")
            ev.add_note(f"Anteckning om {q.id}.", question_ids=[q.id])
        ev.add_note("Gäller både 5.2.1 och 5.1.1.", question_ids=["5.2.1", "5.1.1"])
        before = {r[0]: (r[1], r[2]) for r in ev.conn.execute("SELECT question_id, choice, comment FROM answers")}
        notes_before = {n.text for n in ev.notes()}

    dry = run_cli("upgrade", path, "--bank", B2020, "--dry-run", check=True).stdout
    assert "revision 1 → 2" in dry and "ny fråga      1.2.6" in dry and "borttagen     5.2.1" in dry
    with Evaluation.open(path) as ev:
        assert ev.bank.revision == 1  # the preview changes nothing
    run_cli("upgrade", path, "--bank", B2020, check=True)

    with Evaluation.open(path) as ev:
        assert ev.bank.revision == 2 and ev.bank.questions.keys() >= {"1.2.6", "3.5.6", "4.5.5", "4.5.6", "8.1.6"}
        after = {r[0]: (r[1], r[2]) for r in ev.conn.execute("SELECT question_id, choice, comment FROM answers")}
        assert after == before  # every answer row, choice and comment, is still in the file
        removed = set(before) - set(ev.bank.questions)
        assert removed == {"4.5.2", "5.2.1", "5.2.2", "5.2.3", "5.2.5", "6.4.1", "6.4.2", "6.4.3", "6.4.4"}
        for qid in set(before) & set(ev.bank.questions):
            q = ev.bank.questions[qid]
            choice, comment = before[qid]
            valid = choice == NA or ev.bank.scales[q.scale].option(choice) is not None
            if valid:  # the answer still counts; answers the new scale lacks are listed in the preview
                assert (ev.answer(qid).choice, ev.answer(qid).comment) == (choice, comment), qid
            else:
                assert f"svaret på {qid} finns inte på den nya skalan" in dry
        texts = [n.text for n in ev.notes()]
        for text in notes_before:  # unchanged, or moved to the area with the removed question named
            assert any(t == text or (t.startswith("[Från borttagen fråga") and t.endswith(text)) for t in texts), text
        for qid in removed:
            assert any(t.startswith(f"[Från borttagen fråga {qid}:") and f"Kommentar till {qid}." in t for t in texts)


# -- the 2003 bank, revision 2 ----------------------------------------------------------------------

B2003 = ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml"
REV1_2003 = ROOT / "tests" / "banks" / "kommunkompassen-2003.rev1.sv.yaml"


def test_2003_overlaps_are_resolved_and_public_computers_covered():
    """Issue 12: the four overlapping pairs differ (or are merged) and the Botkyrka development area is asked."""
    bank = _load(B2003)
    qs = {q["id"]: q for _, _, q in _questions(bank)}
    assert "7.1.5" not in qs and "projektmodell" in qs["5.2.1"]["text"]  # 5.2.1/7.1.5 merged
    assert "2.1.4" not in qs and "brukarens väg" in qs["7.2.3"]["text"]  # 2.1.4/7.2.3: process mapping lives in 7.2.3
    assert "invånarna" in qs["1.3.2"]["text"] and "indikatorer" in qs["5.1.3"]["text"]  # 1.3.2/5.1.3 differentiated
    assert "5.3.6" not in qs and "andra kommuner" in qs["7.5.2"]["text"]  # 5.3.6/7.5.2: comparisons live in 7.5.2
    assert "datorer" in qs["1.1.10"]["text"]
    # what the law already required in 2003 (reglementen, anmälan av delegationsbeslut, AFS 2001:1) is marked
    assert [q for q in qs if qs[q].get("basis") == "law"] == ["3.2.2", "3.2.3", "6.3.4", "6.3.5"]
    titles = [s["title"] for a in bank["areas"] for s in a["subareas"]]
    assert "Hur stor vikt läggs vid personalutvecklingsåtgärder?" in titles
    assert not any("utvecklings-åtgärder" in t or "avdelningar/ enheter" in t for t in titles)
    assert {g["id"] for g in bank["groups"]} >= {"majoritet", "opposition", "ledning", "forvaltningschefer",
                                                 "enhetschefer", "fack", "hr", "ekonomi", "kvalitet", "kommunikation"}


def test_a_2003_revision_1_evaluation_upgrades_keeping_every_answer_and_note(tmp_path):
    """`kompassapp upgrade F --bank NEW` moves a rev-1 evaluation of the 2003 bank to rev 2 without losing anything."""
    from kompassapp.evaluation import Evaluation
    from kompassapp.scoring import NA

    from conftest import run_cli

    path = tmp_path / "rev1.kompass"
    run_cli("new", "--bank", REV1_2003, "--municipality", "Exempelby", "--year", "2003", "-o", path, check=True)
    with Evaluation.open(path, author="Karin") as ev:
        assert ev.bank.revision == 1 and len(ev.bank.questions) == 214
        for i, q in enumerate(ev.bank.questions.values()):
            keys = [o.key for o in ev.bank.scales[q.scale].options] + ([NA] if q.na_allowed else [])
            ev.set_answer(q.id, choice=keys[i % len(keys)], comment=f"Kommentar till {q.id}.")
            ev.add_note(f"Anteckning om {q.id}.", question_ids=[q.id])
        ev.add_note("Gäller både 7.1.5 och 5.2.1.", question_ids=["7.1.5", "5.2.1"])
        before = {r[0]: (r[1], r[2]) for r in ev.conn.execute("SELECT question_id, choice, comment FROM answers")}
        notes_before = {n.text for n in ev.notes()}
    assert len(before) == 214

    dry = run_cli("upgrade", path, "--bank", B2003, "--dry-run", check=True).stdout
    assert "revision 1 → 2" in dry and "ny fråga      1.1.10" in dry and "borttagen     7.1.5" in dry
    with Evaluation.open(path) as ev:
        assert ev.bank.revision == 1  # the preview changes nothing
    run_cli("upgrade", path, "--bank", B2003, check=True)

    # the upgrade ran in other processes: read the file back
    with Evaluation.open(path) as ev:
        assert ev.bank.revision == 2 and len(ev.bank.questions) == 215
        assert ev.bank.questions.keys() >= {"1.1.10", "2.1.5", "5.3.7", "7.1.7"}
        after = {r[0]: (r[1], r[2]) for r in ev.conn.execute("SELECT question_id, choice, comment FROM answers")}
        assert after == before  # every answer row, choice and comment, is still in the file
        removed = set(before) - set(ev.bank.questions)
        assert removed == {"2.1.4", "5.3.6", "7.1.5"}
        for qid in set(before) & set(ev.bank.questions):
            q = ev.bank.questions[qid]
            choice, comment = before[qid]
            valid = (choice == NA and q.na_allowed) or ev.bank.scales[q.scale].option(choice) is not None
            if valid:  # the answer still counts; the graded scales per unit keep the option keys
                assert (ev.answer(qid).choice, ev.answer(qid).comment) == (choice, comment), qid
            else:  # N/A where revision 2 refuses it: kept in the file, and the preview says it no longer counts
                assert choice == NA and f"svaret på {qid} finns inte på den nya skalan" in dry, qid
        refused = [q for q, (c, _) in before.items() if c == NA and q in ev.bank.questions
                   and not ev.bank.questions[q].na_allowed]
        assert refused  # the case is exercised: rev 1 allowed N/A on most questions, rev 2 on 11
        texts = [n.text for n in ev.notes()]
        for text in notes_before:  # unchanged, or moved to the area with the removed question named
            assert any(t == text or (t.startswith("[Från borttagen fråga") and t.endswith(text)) for t in texts), text
        for qid in removed:
            assert any(t.startswith(f"[Från borttagen fråga {qid}:") and f"Kommentar till {qid}." in t for t in texts)
