"""Schema 3: older files still open (readers migrate a copy, editors in place after a backup), the new
columns and the analyses table travel through JSON export/import and merge field by field."""

import json
import shutil
import sqlite3
import uuid

import pytest

from conftest import BANK_2020, ROOT, run_cli
from kompassapp import storage
from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.merge import make_copy, merge

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_open_and_migrate_to_3(tmp_path, version):
    path = tmp_path / "old.kompass"
    shutil.copy(FIXTURES / f"kompass_v{version}" / "sample.kompass", path)
    before = path.read_bytes()
    with Evaluation.open(path, readonly=True) as ev:  # a reader migrates in memory
        notes = ev.notes(include_deleted=True)
        sessions, documents = ev.sessions(True), ev.documents(True)
    assert path.read_bytes() == before and storage.check(path) == version
    with Evaluation.open(path, author="Lena") as ev:
        assert ev.notes(include_deleted=True) == notes  # every note and its questions kept, provenance ""
        assert {s.state for s in ev.sessions(True)} <= {"held"} and ev.sessions(True) == sessions
        assert {d.status for d in ev.documents(True)} <= {"received"} and ev.documents(True) == documents
        assert ev.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if notes:  # the rebuilt tables still enforce their references
            with pytest.raises(sqlite3.IntegrityError):
                with storage.transaction(ev.conn):
                    ev.conn.execute("INSERT INTO note_questions VALUES ('no such note', '1.1.1')")
    assert storage.check(path) == 3


def test_an_older_file_whose_details_cannot_be_read_is_refused_untouched(tmp_path):
    path = tmp_path / "bad.kompass"
    shutil.copy(FIXTURES / "kompass_v2" / "sample.kompass", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '{}' WHERE key = 'bank'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(KompassError, match="damaged"):
        Evaluation.open(path, author="Lena")
    assert path.read_bytes() == before  # not migrated in place before it was refused


def _analysis(ev, analysis_id, text, at, author):
    """An analysis text as the analysis editor (another issue) will write it: row and change log."""
    with storage.transaction(ev.conn):
        if ev.conn.execute("SELECT 1 FROM analyses WHERE id = ?", (analysis_id,)).fetchone():
            ev.conn.execute("UPDATE analyses SET text = ?, author = ?, updated_at = ? WHERE id = ?",
                            (text, author, at, analysis_id))
            field = "text"
        else:
            ev.conn.execute("INSERT INTO analyses (id, area_id, kind, text, author, updated_at) VALUES (?, '1', 'area',"
                            " ?, ?, ?)", (analysis_id, text, author, at))
            field = "created"
        ev.conn.execute("INSERT INTO changelog (id, at, author, entity, entity_id, field, old, new) VALUES"
                        " (?, ?, ?, 'analysis', ?, ?, NULL, ?)", (uuid.uuid4().hex, at, author, analysis_id, field, text))


@pytest.fixture
def planned(tmp_path):
    path = tmp_path / "lead.kompass"
    with Evaluation.create(path, load_bank(BANK_2020), municipality="Testby", year=2026, author="Lead") as ev:
        s = ev.add("session", group_name="Facket", bank_groups=("fack",), planned_participants=("2 ombud",),
                   state="planned")
        ev.add("document", title="Budget", bank_document="budget", status="requested")
        ev.import_municipality_answers({"1.1.2": ("Ja.\nSe länk.", {"file": "u.xlsx", "cell": "D3"})}, "u.xlsx")
        _analysis(ev, "a1", "Första utkast.", "2026-03-01T10:00:00.000+00:00", "Lead")
    return path, s.id


def test_json_export_import_carries_every_new_column(tmp_path, planned):
    path, _ = planned
    first = run_cli("export-json", path, check=True).stdout
    doc = json.loads(first)
    assert doc["schema_version"] == 3 and doc["analyses"][0]["text"] == "Första utkast."
    assert json.loads(doc["sessions"][0]["bank_groups"]) == ["fack"] and doc["sessions"][0]["state"] == "planned"
    assert doc["documents"][0]["status"] == "requested" and doc["documents"][0]["bank_document"] == "budget"
    note = doc["notes"][0]
    assert note["source_kind"] == "municipality" and json.loads(note["provenance"])["cell"] == "D3"
    (tmp_path / "e.json").write_text(first, encoding="utf-8")
    run_cli("import-json", tmp_path / "e.json", "-o", tmp_path / "back.kompass", check=True)
    assert run_cli("export-json", tmp_path / "back.kompass", check=True).stdout == first

    # an export made before schema 3 imports as if its file had been migrated
    old = json.loads(first)
    old["schema_version"] = 2
    for table, columns in (("sessions", ("bank_groups", "planned_participants", "state")),
                           ("documents", ("status", "bank_document")), ("notes", ("provenance",))):
        old[table] = [{k: v for k, v in r.items() if k not in columns} for r in old[table]]
    old["notes"] = [r for r in old["notes"] if r["source_kind"] != "municipality"]
    old["note_questions"], old["analyses"] = [], None
    del old["analyses"]
    (tmp_path / "v2.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    run_cli("import-json", tmp_path / "v2.json", "-o", tmp_path / "v2.kompass", check=True)
    with Evaluation.open(tmp_path / "v2.kompass", readonly=True) as ev:
        assert ev.sessions()[0].state == "held" and ev.documents()[0].status == "received"


def test_merge_takes_the_new_fields_field_by_field(tmp_path, planned):
    lead, session_id = planned
    a, b = tmp_path / "a.kompass", tmp_path / "b.kompass"
    make_copy(lead, a, "Anna")
    make_copy(lead, b, "Bo")
    with Evaluation.open(a, author="Anna", clock=lambda: "2026-03-02T10:00:00.000+00:00") as ev:
        ev.update("session", session_id, bank_groups=("fack", "hr"))
        _analysis(ev, "a1", "Annas analys.", "2026-03-02T10:00:00.000+00:00", "Anna")
    with Evaluation.open(b, author="Bo", clock=lambda: "2026-03-03T10:00:00.000+00:00") as ev:
        ev.update("session", session_id, place="Stora salen", state="held")
        _analysis(ev, "a1", "Bos analys.", "2026-03-03T10:00:00.000+00:00", "Bo")
    with Evaluation.open(lead, author="Lead") as ev:
        merge(ev, a)
        report = merge(ev, b)
        s = ev.get("session", session_id)
        assert (s.bank_groups, s.place, s.state) == (("fack", "hr"), "Stora salen", "held")  # both edits survive
        assert ev.conn.execute("SELECT text FROM analyses WHERE id = 'a1'").fetchone()[0] == "Bos analys."
        assert any(c.entity == "analysis" and c.field == "text" for c in report.conflicts)  # Anna's is in the log
        superseded = ev.conn.execute("SELECT old FROM changelog WHERE entity = 'analysis' AND new = 'superseded'")
        assert [json.loads(r[0])["v"] for r in superseded] == ["Annas analys."]
