"""Regenerate the broken-bank corpus from tests/banks/small.yaml (format /1) and tests/banks/small2.yaml
(format /2, files v2_*): python tests/banks_broken/make_corpus.py

Each file starts with `# expect: LINE: fragment`, the message test_bank.py requires.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
base = (HERE.parent / "banks" / "small.yaml").read_text()
base2 = (HERE.parent / "banks" / "small2.yaml").read_text()
out = HERE
for f in out.glob("*.yaml"): f.unlink()
# name, old, new, marker (text on the line the error must point at, in the mutated file), fragment
cases = [
 ("bad_yaml_indent", "    short: Offentlighet\n", "   short: Offentlighet\n", "short: Offentlighet", "invalid YAML"),
 ("bad_yaml_unclosed_flow", "{key: ja, label: Ja, value: 1.0}", "{key: ja, label: Ja, value: 1.0", "key: delvis", "invalid YAML"),
 ("bad_yaml_tab", "    short: Tillgänglighet\n", "\tshort: Tillgänglighet\n", "\tshort", "invalid YAML"),
 ("unknown_top_key", "revision: 1\n", "revision: 1\ncolour: blue\n", "colour", "unknown key 'colour'"),
 ("unknown_area_key", "    short: Offentlighet\n", "    short: Offentlighet\n    weight: 2\n", "weight", "unknown key 'weight'"),
 ("unknown_question_key", "            points: 60\n", "            points: 60\n            poäng: 3\n", "poäng", "unknown key 'poäng'"),
 ("unknown_option_key", "{key: nej, label: Nej, value: 0.0}", "{key: nej, label: Nej, value: 0.0, colour: red}", "colour", "unknown key 'colour'"),
 ("missing_format", "format: kompassapp-bank/1\n", "", "id: testbank", "missing field 'format'"),
 ("missing_area_title", "    title: Tillgänglighet och brukarorientering\n", "", '- id: "2"\n', "missing field 'title'"),
 ("missing_question_points", "            points: 20\n", "", 'id: "2.1.1"', "missing field 'points'"),
 ("missing_question_text", "            text: Finns en klagomålsrutin?\n", "", 'id: "2.1.2"', "missing field 'text'"),
 ("missing_scale_field", "            scale: steg\n", "", 'id: "1.1.2"', "missing field 'scale'"),
 ("missing_option_value", "{key: delvis, label: Delvis, value: 0.5}", "{key: delvis, label: Delvis}", "key: delvis", "missing field 'value'"),
 ("duplicate_question_id", '- id: "2.1.2"', '- id: "2.1.1"', 'id: "2.1.1"\n            text: Finns en', "duplicate question id '2.1.1'"),
 ("duplicate_area_id", '  - id: "2"\n', '  - id: "1"\n', '  - id: "1"\n    title: Tillg', "duplicate area id '1'"),
 ("duplicate_subarea_id", '- id: "2.1"\n', '- id: "1.1"\n', 'id: "1.1"\n        title: Har', "duplicate sub-area id '1.1'"),
 ("duplicate_option_key", "{key: delvis, label: Delvis, value: 0.5}", "{key: ja, label: Delvis, value: 0.5}", "label: Delvis", "duplicate option key 'ja'"),
 ("duplicate_mapping_key", "    short: Offentlighet\n", "    short: Offentlighet\n    short: Off\n", "short: Off\n", "duplicate key 'short'"),
 ("unknown_scale", "            scale: jdn\n            sources", "            scale: janej\n            sources", 'id: "1.1.1"', "unknown scale 'janej'"),
 ("points_sum_too_low", "            points: 30\n", "            points: 25\n", '- id: "2"\n', "sum to 45, not the area's max 50"),
 ("points_sum_too_high", "            points: 60\n", "            points: 65\n", '- id: "1"\n', "sum to 105, not the area's max 100"),
 ("value_above_one", "{key: ja, label: Ja, value: 1.0}", "{key: ja, label: Ja, value: 1.5}", "key: ja, label: Ja", "outside 0–1"),
 ("value_negative", "value: 0.0}", "value: -0.5}", "key: nej", "outside 0–1"),
 ("empty_question_text", "            text: Finns servicedeklarationer?\n", "            text: \"  \"\n", 'text: "  "', "is empty"),
 ("null_question_text", "            text: Finns servicedeklarationer?\n", "            text:\n", "            text:\n", "is empty"),
 ("empty_area_title", "    title: Tillgänglighet och brukarorientering\n", "    title: \"\"\n", 'title: ""', "is empty"),
 ("points_not_number", "            points: 60\n", "            points: sextio\n", "sextio", "must be a number"),
 ("points_zero", "            points: 20\n", "            points: 0\n", 'points: 0', "points must be above 0"),
 ("revision_not_int", "revision: 1\n", "revision: ett\n", "revision", "must be a whole number"),
 ("id_unquoted_float", '- id: "1.1"\n', "- id: 1.1\n", "- id: 1.1\n", "must be quoted"),
 ("areas_not_list", None, None, "areas:", "must be a list"),
 ("wrong_format", "format: kompassapp-bank/1\n", "format: kompassapp-bank/9\n", "format:", "unsupported format"),
 ("revision_zero", "revision: 1\n", "revision: 0\n", "revision", "must be 1 or more"),
 ("na_allowed_not_bool", "            na_allowed: false\n", "            na_allowed: kanske\n", "kanske", "must be true or false"),
 ("unknown_source", "sources: [webb, dokument]", "sources: [webb, tidning]", 'id: "1.1.1"', "unknown source 'tidning'"),
 ("empty_subarea_questions", None, None, "questions: []", "is empty"),
 ("scale_not_list", None, None, "  jdn: ja", "must be a list"),
 ("max_negative", "    max: 50\n", "    max: -50\n", 'max: -50', "max must be above 0"),
 ("empty_file", None, None, None, "the file is empty"),
 ("not_a_mapping", None, None, None, "must be a mapping"),
 ("v2_key_in_v1", "            points: 20\n", "            points: 20\n            levels: {ja: Bra}\n", "levels:", "it needs format: kompassapp-bank/2"),
]
# format /2 (from small2.yaml)
cases2 = [
 ("v2_unknown_group", "groups: [fack]", "groups: [facket]", "groups: [facket]", "unknown group 'facket'"),
 ("v2_unknown_document", "documents: [arsred]", "documents: [arsredovisning]", "documents: [arsredovisning]", "unknown document 'arsredovisning'"),
 ("v2_level_not_an_option", "              nej: Resultaten följs inte upp.\n", "              kanske: Resultaten följs inte upp.\n", "kanske:", "'kanske' is not an option of scale 'jdn'"),
 ("v2_missing_descriptor", "              delvis: Några förvaltningar har handlingsplaner, eller planerna följs inte upp.\n", "", "levels:\n              ja: Varje", "missing descriptor for option 'delvis'"),
 ("v2_levels_missing", "            levels:\n              ja: En lättläst version av alla mål finns och har spridits till invånarna.\n              delvis: En lättläst version finns men täcker inte alla mål eller har inte spridits.\n              nej: Ingen lättläst version finns.\n", "", 'id: "1.1.2"', "missing field 'levels'"),
 ("v2_na_allowed_without_na_when", "            na_when: Kommunen har inte antagit någon budget med mål under perioden.\n", "", 'id: "1.1.2"', "field 'na_when' is missing"),
 ("v2_default_na_without_na_when", "            na_when: Ingen medarbetarenkät har gjorts under perioden.\n", "", 'id: "2.1.1"', "defaults to true"),
 ("v2_na_when_with_na_false", "            na_allowed: false\n", "            na_allowed: false\n            na_when: Aldrig.\n", "na_when: Aldrig.", "na_allowed is false"),
 ("v2_interview_without_groups", "            groups: [fack]\n", "", 'id: "2.1.1"', "sources has 'intervju' but field 'groups' is missing"),
 ("v2_document_without_documents", "            documents: [budget]\n", "", 'id: "1.1.2"', "sources has 'dokument' but field 'documents' is missing"),
 ("v2_groups_without_interview", "sources: [webb, intervju]", "sources: [webb]", "groups: [ledning]", "sources has no intervju"),
 ("v2_law_without_statute", "            statute: 8 kap. 12 § kommunallagen (2017:725)\n", "", "basis: law", "field 'statute' is missing"),
 ("v2_statute_without_basis", "            basis: law\n", "", "statute:", "needs basis: law"),
 ("v2_unknown_basis", "basis: law", "basis: praxis", "basis: praxis", "basis 'praxis' is unknown"),
 ("v2_theme_unknown_area", 'areas: ["2"]}', 'areas: ["9"]}', "{id: arbetsgivare", "unknown area '9'"),
 ("v2_theme_area_twice", 'areas: ["2"]}', 'areas: ["1"]}', "{id: arbetsgivare", "area '1' is already in theme demokrati"),
 ("v2_duplicate_group_id", "{id: fack, label: Fackliga", "{id: ks, label: Fackliga", "{id: ks, label: Fackliga", "duplicate group id 'ks'"),
 ("v2_group_missing_label", "{id: fack, label: Fackliga företrädare}", "{id: fack}", "{id: fack}", "missing field 'label'"),
 ("v2_group_listed_twice", "groups: [ks, ledning]", "groups: [ks, ks]", "groups: [ks, ks]", "group 'ks' is listed twice"),
 ("v2_levels_not_a_mapping", "            levels:\n              ja: En lättläst version av alla mål finns och har spridits till invånarna.\n              delvis: En lättläst version finns men täcker inte alla mål eller har inte spridits.\n              nej: Ingen lättläst version finns.\n", "            levels: [ja, delvis, nej]\n", "levels: [ja", "must be a mapping of option keys"),
]
special = {
 "areas_not_list": lambda t: t[: t.index("areas:")] + "areas: Offentlighet\n",
 "empty_subarea_questions": lambda t: t.replace("""        questions:
          - id: "2.1.1"
            text: Finns servicedeklarationer?
            points: 20
            scale: jdn
          - id: "2.1.2"
            text: Finns en klagomålsrutin?
            points: 30
            scale: jdn
""", "        questions: []\n"),
 "scale_not_list": lambda t: t.replace("""  jdn:
    - {key: ja, label: Ja, value: 1.0}
    - {key: delvis, label: Delvis, value: 0.5}
    - {key: nej, label: Nej, value: 0.0}
""", "  jdn: ja\n"),
 "empty_file": lambda t: "",
 "not_a_mapping": lambda t: "- just\n- a list\n",
}
for name, old, new, marker, fragment, source in [(*c, base) for c in cases] + [(*c, base2) for c in cases2]:
    if name in special:
        text = special[name](source)
    else:
        assert source.count(old) >= 1, name
        text = source.replace(old, new, 1)
    if marker is None:
        line = 1
    else:
        idx = text.index(marker)
        line = text[:idx].count("\n") + 1 + (1 if marker.startswith("\n") else 0)
    header = f"# expect: {1 if name == 'empty_file' else line + 1}: {fragment}\n"
    (out / f"{name}.yaml").write_text(header + text)
print(len(cases) + len(cases2))
