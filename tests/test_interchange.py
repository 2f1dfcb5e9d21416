"""Lossless JSON interchange."""

import json
import shutil

import jsonschema
import pytest

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.interchange import export_json, import_json
from conftest import ROOT, assert_no_traceback, run_cli

SCHEMA = json.loads((ROOT / "kompassapp" / "schemas" / "evaluation.schema.json").read_text())


@pytest.fixture
def exported(demo_file, tmp_path):
    # Add a deleted note and an edited note so that the round trip covers the history too.
    work = tmp_path / "work.kompass"
    shutil.copy(demo_file, work)
    with Evaluation.open(work, author="Test") as ev:
        n = ev.add_note("=SUMMA(A1) \"citat\" \t åäö Łódź", question_ids=["1.1.1"])
        ev.update_note(n.id, text="ändrad")
        ev.set_deleted("note", ev.notes()[0].id)
    out = tmp_path / "a.json"
    assert run_cli("export-json", work, "-o", out).returncode == 0
    return work, out


def test_export_import_export_is_identical(exported, tmp_path):
    work, first = exported
    assert run_cli("import-json", first, "-o", tmp_path / "b.kompass").returncode == 0
    second = run_cli("export-json", tmp_path / "b.kompass", check=True).stdout
    assert second == first.read_text(encoding="utf-8")
    with Evaluation.open(tmp_path / "b.kompass") as a, Evaluation.open(work) as b:
        assert a.profile().total == b.profile().total == 639
        assert a.notes(include_deleted=True) == b.notes(include_deleted=True)
        assert a.changelog() == b.changelog()


def test_export_matches_its_schema(exported):
    doc = json.loads(exported[1].read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["meta"]["bank"]["id"] == "kommunkompassen-2003"


def _broken(doc, tmp_path, name):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, mutate, message", [
    ("syntax", lambda d: '{"format": "kompassapp-evaluation/1",\n "meta": }', ":2: invalid JSON"),
    ("format", lambda d: {**d, "format": "other"}, "format"),
    ("newer", lambda d: {**d, "schema_version": 99}, "schema_version"),
    ("no_meta", lambda d: {k: v for k, v in d.items() if k != "meta"}, "meta"),
    ("bad_bank", lambda d: {**d, "meta": {**d["meta"], "bank": {**d["meta"]["bank"], "scales": {}}}}, "meta.bank"),
    ("notes_not_list", lambda d: {**d, "notes": {}}, "notes: missing or not a list"),
    ("bad_type", lambda d: {**d, "answers": [{**d["answers"][0], "comment": 5}]}, "answers[0].comment: must be text"),
    ("missing_field", lambda d: {**d, "notes": [{k: v for k, v in d["notes"][0].items() if k != "text"}]},
     "notes[0].text: missing field"),
    ("unknown_field", lambda d: {**d, "findings": [{**d["findings"][0], "colour": "red"}]}, "unknown field"),
    ("bad_kind", lambda d: {**d, "notes": [{**d["notes"][0], "source_kind": "rumour"}]}, "notes[0].source_kind"),
])
def test_bad_interchange_files_give_a_clear_message_and_leave_nothing(exported, tmp_path, name, mutate, message):
    doc = json.loads(exported[1].read_text(encoding="utf-8"))
    path = _broken(mutate(doc), tmp_path, name)
    before = path.read_bytes()
    out = tmp_path / f"{name}.kompass"
    with pytest.raises(KompassError) as info:
        import_json(path, out)
    assert str(path) in str(info.value) and message in str(info.value)
    assert not out.exists() and not list(tmp_path.glob(f".{name}*"))
    assert path.read_bytes() == before
    r = run_cli("import-json", path, "-o", out)
    assert r.returncode == 1
    assert_no_traceback(r)


def test_import_refuses_to_overwrite(exported):
    work, out = exported
    with pytest.raises(KompassError, match="already exists"):
        import_json(out, work)


def test_export_to_stdout_and_atomic_file(exported, tmp_path):
    work, out = exported
    assert export_json(work, None) == out.read_text(encoding="utf-8")
    with pytest.raises(KompassError, match="cannot write"):  # (permissions would not stop root in CI)
        export_json(work, tmp_path / "no-such-folder" / "x.json")
    target = tmp_path / "old.json"
    target.write_text("previous")
    with pytest.raises(KompassError, match="cannot write"):  # the target is a folder's name: rename fails
        export_json(work, tmp_path)
    assert target.read_text() == "previous" and not list(tmp_path.glob(".*.tmp"))


def test_schema_documents_every_table_and_column():
    """The JSON Schema and the file schema must not drift apart."""
    from kompassapp import storage
    from kompassapp.interchange import ORDER

    assert set(ORDER) | {"meta"} == set(storage.TABLES)
    for table in ORDER:
        assert list(SCHEMA["properties"][table]["items"]["properties"]) == [c[0] for c in storage.columns(table)], table


def test_a_schema_1_export_imports_as_if_migrated(tmp_path):
    """JSON exported by the first release (schema 1) still imports."""
    import sqlite3

    v1 = ROOT / "tests" / "fixtures" / "kompass_v1" / "sample.kompass"
    conn = sqlite3.connect(f"file:{v1}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    doc = {"format": "kompassapp-evaluation/1", "schema_version": 1,
           "meta": {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}}
    for table in ("team", "sessions", "participants", "documents", "answers", "notes", "note_questions",
                  "findings", "changelog"):
        doc[table] = [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]
    conn.close()
    src = tmp_path / "v1.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    import_json(src, tmp_path / "v1.kompass")
    with Evaluation.open(tmp_path / "v1.kompass") as ev:
        assert ev.answer("1.1.1").comment == "Två nämnder saknas." and float(ev.profile().total) == 80


def test_the_import_understands_every_rule_of_the_format_schema():
    """import-json checks the JSON against evaluation.schema.json with its own small validator
    (no jsonschema at run time): every keyword the schema uses must be one it understands."""
    from kompassapp.interchange import SCHEMA_KEYWORDS

    used: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                used.add(key)
                if key == "properties":
                    for sub in value.values():
                        walk(sub)
                elif key not in ("enum", "const", "required"):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(SCHEMA)
    assert used <= SCHEMA_KEYWORDS, used - SCHEMA_KEYWORDS


@pytest.mark.parametrize("change", [
    lambda d: d["meta"].__setitem__("year", "2026"), lambda d: d["notes"][0].__setitem__("deleted", True),
    lambda d: d["answers"][0].pop("auditor"), lambda d: d.__setitem__("extra", 1),
    lambda d: d["changelog"][0].__setitem__("seq", 1.5), lambda d: d.__setitem__("format", "other/1"),
    lambda d: d["team"].append({"id": None, "name": "x", "role": "", "position": 0, "deleted": 0, "author": "",
                                "updated_at": ""}),
])
def test_the_import_validator_agrees_with_jsonschema(exported, change):
    import jsonschema

    from kompassapp.interchange import _validate

    doc = json.loads(exported[1].read_text(encoding="utf-8"))
    assert _validate(doc, SCHEMA, "") is None
    jsonschema.validate(doc, SCHEMA)
    change(doc)
    valid = jsonschema.Draft202012Validator(SCHEMA).is_valid(doc)
    assert (_validate(doc, SCHEMA, "") is None) == valid
