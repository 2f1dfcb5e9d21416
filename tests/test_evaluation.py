"""The evaluation file: durable edits, records, notes, the change log and file checks."""

import shutil
import sqlite3

import pytest

from kompassapp import storage
from kompassapp.bank import load_bank
from kompassapp.errors import FileFormatError, KompassError
from kompassapp.evaluation import Change, Evaluation
from kompassapp.scoring import NA
from conftest import SMALL_BANK, assert_no_traceback, run_cli

BANK = load_bank(SMALL_BANK)


@pytest.fixture
def ev(tmp_path):
    e = Evaluation.create(tmp_path / "e.kompass", BANK, municipality="Testby", year=2026,
                          visit_start="2026-05-04", visit_end="2026-05-06", team=["Karin", "Per"], author="Karin")
    yield e
    e.close()


def reopen(e: Evaluation) -> Evaluation:
    e.close()
    return Evaluation.open(e.path, author=e.author)


def test_created_file_holds_details_team_and_a_copy_of_the_bank(ev):
    ev = reopen(ev)
    assert ev.info.municipality == "Testby" and ev.info.year == 2026 and ev.info.visit_end == "2026-05-06"
    assert [m.name for m in ev.team()] == ["Karin", "Per"]
    assert ev.bank == BANK
    ev.close()


def test_answers_are_stored_at_once_and_logged(ev):
    ev.set_answer("1.1.1", choice="delvis")
    ev.set_answer("1.1.1", comment="Protokoll saknas för två nämnder.")
    ev.set_answer("2.1.1", choice=NA)
    # another connection sees the edits without any save or close
    other = Evaluation.open(ev.path)
    a = other.answer("1.1.1")
    assert (a.choice, a.comment, a.status, a.author) == ("delvis", "Protokoll saknas för två nämnder.", "draft", "Karin")
    assert other.profile().by_id()["1"].score == 30
    assert other.profile().by_id()["2"].score == 0 and other.profile().by_id()["2"].tally.na == 1
    other.close()
    log = [(e.entity, e.entity_id, e.field, e.old, e.new) for e in ev.changelog() if e.entity == "answer"]
    assert log == [("answer", "1.1.1", "choice", None, "delvis"), ("answer", "1.1.1", "status", "not_started", "draft"),
                   ("answer", "1.1.1", "comment", "", "Protokoll saknas för två nämnder."),
                   ("answer", "2.1.1", "choice", None, NA), ("answer", "2.1.1", "status", "not_started", "draft")]


def test_bad_answers_are_refused_and_change_nothing(ev):
    with pytest.raises(KompassError, match="not an option"):
        ev.set_answer("1.1.1", choice="kanske")
    with pytest.raises(KompassError, match="ej tillämplig"):
        ev.set_answer("1.1.2", choice=NA)
    with pytest.raises(KompassError, match="unknown question"):
        ev.set_answer("9.9.9", choice="ja")
    with pytest.raises(KompassError, match="unknown status"):
        ev.set_answer("1.1.1", status="klar")
    assert ev.answers() == {} and [e for e in ev.changelog() if e.entity == "answer"] == []


def test_observers_hear_each_change(ev):
    seen = []
    ev.changed.connect(seen.append)
    ev.set_answer("1.1.1", choice="ja")
    doc = ev.add("document", title="Årsredovisning 2025", kind="Årsredovisning")
    assert seen == [Change("answer", ("1.1.1",)), Change("document", (doc.id,))]


def test_observers_are_weak_for_bound_methods(ev):
    class View:
        calls = 0

        def on_change(self, change):
            View.calls += 1

    view = View()
    ev.changed.connect(view.on_change)
    ev.set_answer("1.1.1", choice="ja")
    del view
    ev.set_answer("1.1.1", choice="nej")
    assert View.calls == 1


def test_sessions_participants_and_notes(ev):
    s = ev.add("session", starts_at="2026-05-04T13:00", ends_at="2026-05-04T14:30", group_name="Ledande politiker",
               auditors=["Karin", "Per"])
    p = ev.add("participant", session_id=s.id, name="Eva Ek", role="KSO", unit="Kommunstyrelsen")
    doc = ev.add("document", title="Flerårsplan", kind="Styrdokument", date="2025-11-20")
    n1 = ev.add_note("Alla nämnders protokoll ligger ute.", question_ids=["1.1.1"], source_kind="interview",
                     session_id=s.id, participant_id=p.id)
    n2 = ev.add_note("Planen anger mål per nämnd.", question_ids=["1.1.1", "2.1.1"], source_kind="document",
                     document_id=doc.id)
    ev.add_note("Webben har en e-tjänst.", question_ids=["2.1.2"], source_kind="web", url="https://example.org/e")
    ev = reopen(ev)
    assert ev.get("session", s.id).auditors == ("Karin", "Per")
    assert [n.id for n in ev.notes(question_id="1.1.1")] == [n1.id, n2.id]
    assert [n.id for n in ev.notes(participant_id=p.id)] == [n1.id]
    assert [n.id for n in ev.notes(session_id=s.id)] == [n1.id]
    assert ev.note(n2.id).question_ids == ("1.1.1", "2.1.1")
    assert ev.note_counts() == {"1.1.1": 2, "2.1.1": 1, "2.1.2": 1}
    ev.update_note(n2.id, text="Planen anger mål för varje nämnd.", question_ids=["2.1.1"])
    assert ev.note(n2.id).question_ids == ("2.1.1",) and ev.note(n2.id).text.endswith("varje nämnd.")
    ev.set_deleted("note", n1.id)
    assert ev.notes(question_id="1.1.1") == [] and ev.note(n1.id).deleted
    ev.set_deleted("note", n1.id, False)  # undo
    assert [n.id for n in ev.notes(question_id="1.1.1")] == [n1.id]
    ev.close()


def test_notes_must_name_their_source(ev):
    with pytest.raises(KompassError, match="interview session"):
        ev.add_note("x", source_kind="interview")
    with pytest.raises(KompassError, match="web address"):
        ev.add_note("x", source_kind="web")
    with pytest.raises(KompassError, match="empty"):
        ev.add_note("   ")
    with pytest.raises(KompassError, match="unknown question"):
        ev.add_note("x", question_ids=["7.7"])
    assert ev.notes() == []


def test_records_update_delete_restore_and_log(ev):
    f = ev.add("finding", area_id="1", kind="example", text="Medborgarpanel", municipality="Tyresö")
    ev.update("finding", f.id, text="Medborgarpanel med återkoppling")
    ev.set_deleted("finding", f.id)
    assert ev.findings() == [] and ev.findings(include_deleted=True)[0].deleted
    ev.set_deleted("finding", f.id, False)
    assert ev.findings("1")[0].text == "Medborgarpanel med återkoppling"
    fields = [e.field for e in ev.changelog(f.id)]
    assert fields == ["created", "text", "deleted", "deleted"]
    with pytest.raises(KompassError, match="kind"):
        ev.add("finding", area_id="1", kind="hint", text="x")
    with pytest.raises(KompassError, match="unknown area"):
        ev.add("finding", area_id="9", kind="strength", text="x")


def test_info_updates_are_logged(ev):
    ev.update_info(visit_end="2026-05-07")
    assert reopen(ev).info.visit_end == "2026-05-07"


# -- files that cannot be opened ---------------------------------------------------------
def _bad_files(tmp_path, good):
    text = tmp_path / "text.kompass"
    text.write_text("Mötesanteckningar, inte en databas\n")
    empty = tmp_path / "empty.kompass"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.kompass"
    truncated.write_bytes(good.read_bytes()[:50])
    foreign = tmp_path / "foreign.kompass"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    newer = tmp_path / "newer.kompass"
    shutil.copy(good, newer)
    c = sqlite3.connect(newer)
    c.execute("PRAGMA user_version = 99")
    c.close()
    damaged = tmp_path / "damaged.kompass"
    data = bytearray(good.read_bytes())
    for offset in range(4096, len(data), 4096):  # wreck every page after the first
        data[offset + 8: offset + 60] = b"\xff" * 52
    damaged.write_bytes(bytes(data))
    return {"no such file": tmp_path / "missing.kompass", "not a Kompassapp evaluation": text, "empty": empty,
            "truncated": truncated, "not a Kompassapp evaluation file": foreign, "newer Kompassapp": newer,
            "damaged": damaged}


def test_bad_files_give_a_clear_message_and_stay_unchanged(ev, tmp_path):
    ev.set_answer("1.1.1", choice="ja")
    ev.close()
    for expected, path in _bad_files(tmp_path, ev.path).items():
        before = path.read_bytes() if path.exists() else None
        with pytest.raises(FileFormatError, match=expected):
            Evaluation.open(path)
        assert (path.read_bytes() if path.exists() else None) == before, path
        result = run_cli("summary", path, "--lang", "en")  # the Swedish texts: test_cli.py
        assert result.returncode == 1 and result.stderr.startswith("kompassapp: error: ") and expected in result.stderr
        assert_no_traceback(result)


def test_create_refuses_to_overwrite(ev):
    with pytest.raises(FileFormatError, match="already exists"):
        Evaluation.create(ev.path, BANK, municipality="X", year=2026)


def test_schema_version_and_application_id(ev):
    ev.close()
    c = sqlite3.connect(ev.path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
    assert c.execute("PRAGMA application_id").fetchone()[0] == storage.APPLICATION_ID
    c.close()


def test_closed_file_is_a_single_file(ev):
    ev.set_answer("1.1.1", choice="ja")
    ev.close()
    assert not ev.path.with_name(ev.path.name + "-wal").exists()


# -- older files ---------------------------------------------------------------------------
FIXTURES = sorted((SMALL_BANK.parent.parent / "fixtures").glob("kompass_v*/*.kompass"))


@pytest.mark.parametrize("sample", FIXTURES, ids=lambda p: p.parent.name)
def test_files_from_every_schema_version_open_with_their_content(sample, tmp_path):
    """A real file of each released schema version, kept forever: it must open (migrated) with all it held."""
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    with Evaluation.open(path) as ev:
        assert ev.info.municipality == "Provkommun"
        assert ev.answer("1.1.1").comment == "Två nämnder saknas." and ev.answer("2.1.1").choice == NA
        assert [n.text for n in ev.notes(question_id="1.1.1")] == ["Protokollen läggs ut inom en vecka."]
        assert ev.findings("1")[0].text == "Öppna handlingar på webben."
        assert float(ev.profile().total) == 80  # area 1: 30 of 100; area 2: 30 of 30 points → 50
    assert storage.check(path) == storage.SCHEMA_VERSION


def test_an_older_schema_is_migrated_on_open_in_one_transaction(ev, monkeypatch):
    ev.set_answer("1.1.1", choice="ja")
    ev.close()

    def to_next(conn):
        conn.execute("CREATE TABLE confidence (question_id TEXT PRIMARY KEY, level INTEGER)")

    monkeypatch.setattr(storage, "SCHEMA_VERSION", storage.SCHEMA_VERSION + 1)
    monkeypatch.setitem(storage.MIGRATIONS, storage.SCHEMA_VERSION - 1, to_next)
    with Evaluation.open(ev.path) as again:
        assert again.answer("1.1.1").choice == "ja"
        tables = [r[0] for r in again.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "confidence" in tables
    assert storage.check(ev.path) == storage.SCHEMA_VERSION


def test_a_failing_migration_leaves_the_file_as_it_was(ev, monkeypatch):
    ev.close()

    def broken(conn):
        conn.execute("ALTER TABLE answers ADD COLUMN x TEXT")
        raise sqlite3.OperationalError("simulated failure half-way")

    current = storage.SCHEMA_VERSION
    monkeypatch.setattr(storage, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(storage.MIGRATIONS, current, broken)
    with pytest.raises(FileFormatError, match=f"cannot upgrade the file from format {current} to {current + 1}.*unchanged"):
        Evaluation.open(ev.path)
    monkeypatch.undo()
    assert storage.check(ev.path) == current
    with Evaluation.open(ev.path) as again:
        assert "x" not in [r[1] for r in again.conn.execute("PRAGMA table_info(answers)")]
