"""Purging personal data (gallring): nothing planted survives in the file, its WAL, its backups or a
fresh export; scores and findings are unchanged; the purge is logged; an older copy cannot bring it back."""

import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kompassapp import backups, crypto, purge
from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.merge import make_copy, merge
from conftest import SMALL_BANK, assert_no_traceback, run_cli

NAMES = ("Xerxes Hammarplog", "Zyzzyva Blomqvist", "Plantad Planerasson")
TEXTS = ("QUUXNOTE kommunchefen sade i förtroende", "FLORPNOTE borttagen anteckning", "GRAULT omskriven text")
PASS = "korrekt häst batteri"


@pytest.fixture(autouse=True)
def clean(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv(crypto.ENV, raising=False)
    crypto.forget()
    yield
    crypto.forget()


def planted(path: Path, *, passphrase: str | None = None) -> Path:
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Gallby", year=2026, author="Lead",
                           passphrase=passphrase) as ev:
        session = ev.add("session", group_name="Ledningsgrupp", state="held",
                         planned_participants=("kommunchefen", NAMES[2]))  # schema 3: a plan may name people
        gone = ev.add("session", group_name="Inställd")
        person = ev.add("participant", session_id=session.id, name=NAMES[0], role="kommunchef")
        ev.add("participant", session_id=gone.id, name=NAMES[1], role="ekonomichef")
        note = ev.add_note(TEXTS[0], question_ids=["1.1.1"], source_kind="interview", session_id=session.id,
                           participant_id=person.id)
        ev.add_note("tillfällig", question_ids=["1.1.2"], source_kind="interview", session_id=gone.id)
        dropped = ev.add_note(TEXTS[1], question_ids=["1.1.1"])
        ev.set_deleted("note", dropped.id)
        ev.set_deleted("session", gone.id)  # its participant must go with it; its note loses the link
        ev.update_note(note.id, text=TEXTS[2])  # the old text lives on in the change log
        ev.set_answer("1.1.1", choice="ja", comment="tydligt")
        ev.set_answer("2.1.1", choice="delvis")
        ev.add("finding", area_id=ev.bank.areas[0].id, kind="strength", text="God öppenhet")
        backups.take(ev)
    return path


def raw(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def assert_gone(data: bytes) -> None:
    for text in (*NAMES, *TEXTS):
        assert text.encode() not in data, text
        assert json.dumps(text).encode() not in data, text
        assert text.encode("utf-16-le") not in data, text


def state(ev: Evaluation) -> tuple:
    return (ev.profile().total, sorted((f.area_id, f.kind, f.text) for f in ev.findings()),
            {q: (a.choice, a.comment) for q, a in ev.answers().items()})


def evidence(ev: Evaluation) -> list:
    return sorted((n.source_kind, n.question_ids) for n in ev.notes())


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_after_a_purge_nothing_planted_remains_anywhere_and_scores_stay(tmp_path, passphrase):
    path = planted(tmp_path / "g.kompass", passphrase=passphrase)
    if passphrase:
        os.environ[crypto.ENV] = passphrase
    try:
        with Evaluation.open(path, author="Lead") as ev:
            before, proof = state(ev), evidence(ev)
            sessions = sorted((s.group_name, len(ev.participants(s.id))) for s in ev.sessions())
            roles = sorted(p.role for s in ev.sessions() for p in ev.participants(s.id))  # of live sessions
            if not passphrase:
                assert TEXTS[0].encode() in raw(path) + b"".join(b.path.read_bytes() for b in backups.list_backups(ev))
            assert not purge.plan(ev).empty
        # Another process purges (the CLI), with --yes.
        r = run_cli("purge", path, "--yes", "--author", "Lead")
        assert r.returncode == 0, r.stderr
        assert "Underlag" in r.stdout and "JSON" in r.stdout
        with Evaluation.open(path) as ev:
            assert state(ev) == before
            # The evidence keeps kind, links and counts; sessions keep group, role and counts.
            assert evidence(ev) == sorted(p for p in proof if p != ("observation", ("1.1.1",)))
            assert sorted((s.group_name, len(ev.participants(s.id))) for s in ev.sessions()) == sessions
            assert sorted(p.role for p in ev.participants()) == roles
            assert {n.text for n in ev.notes()} == {""} and {p.name for p in ev.participants()} == {""}
            assert {s.planned_participants for s in ev.sessions()} == {()}
            assert ev.sessions(include_deleted=True) == ev.sessions()  # soft-deleted records are erased
            assert ev.conn.execute("SELECT count(*) FROM notes WHERE deleted <> 0").fetchone()[0] == 0
            log = purge.purged(ev.conn)
            assert log["by"] == "Lead" and log["blanked_notes"] == 2 and log["blanked_participants"] == 1
            assert log["deleted_sessions"] == 1 and log["deleted_notes"] == 1 and log["deleted_participants"] == 1
            datetime.fromisoformat(log["at"])
            listed = backups.list_backups(ev)
            assert len(listed) == 1  # the old backups are gone; one snapshot of the purged file remains
            for b in listed:
                assert_gone(b.path.read_bytes())
        assert_gone(raw(path))
        out = tmp_path / "g.json"
        args = ("export-json", path, "-o", out) + (("--plaintext",) if passphrase else ())
        assert run_cli(*args).returncode == 0
        assert_gone(out.read_bytes())
    finally:
        os.environ.pop(crypto.ENV, None)


def test_purge_asks_for_confirmation_and_without_it_changes_nothing(tmp_path):
    path = planted(tmp_path / "g.kompass")
    before = path.read_bytes()
    r = run_cli("purge", path)  # no terminal to ask on, no --yes
    assert r.returncode == 1 and "--yes" in r.stderr
    assert_no_traceback(r)
    assert path.read_bytes() == before
    assert "Xerxes" not in r.stdout and "intervjuade" in r.stdout  # the list names what goes, not who


def test_the_purge_names_the_exports_beside_the_file(tmp_path):
    path = planted(tmp_path / "g.kompass")
    (tmp_path / "g-underlag.xlsx").write_bytes(b"x")
    (tmp_path / "g.json").write_text("{}")
    (tmp_path / "other.xlsx").write_bytes(b"x")
    r = run_cli("purge", path, "--yes")
    assert r.returncode == 0 and "g-underlag.xlsx" in r.stdout and "g.json" in r.stdout
    assert "other.xlsx" not in r.stdout


def test_a_purged_file_refuses_a_copy_made_before_the_purge(tmp_path):
    lead = planted(tmp_path / "lead.kompass")
    old_copy = make_copy(lead, tmp_path / "anna.kompass", "Anna")
    with Evaluation.open(lead, author="Lead") as ev:
        purge.purge(ev)
    new_copy = make_copy(lead, tmp_path / "bo.kompass", "Bo")
    with Evaluation.open(new_copy, author="Bo") as ev:
        ev.set_answer("2.1.1", choice="ja")
    with Evaluation.open(lead, author="Lead") as ev:
        with pytest.raises(KompassError, match="before personal data was purged"):
            merge(ev, old_copy)
        assert merge(ev, new_copy) is not None  # a copy of the purged file merges as usual
    r = run_cli("merge", lead, old_copy)
    assert r.returncode == 1 and "gallrades" in r.stderr and len(r.stderr.splitlines()) == 1
    assert_gone(raw(lead))


def test_the_reminder_counts_from_the_final_report(tmp_path):
    path = planted(tmp_path / "g.kompass")
    r = run_cli("final", path)
    assert r.returncode == 0 and "slutlig" in r.stdout
    now = datetime.now(timezone.utc)
    with Evaluation.open(path, author="Lead") as ev:
        assert purge.final_at(ev.conn)
        assert not purge.reminder_due(ev, now=now + timedelta(days=89))
        assert purge.reminder_due(ev, now=now + timedelta(days=91))
        assert purge.reminder_due(ev, days=10, now=now + timedelta(days=11))
        assert not purge.reminder_due(ev, days=0, now=now + timedelta(days=1000))  # 0: never remind
        purge.purge(ev)
        assert not purge.reminder_due(ev, now=now + timedelta(days=91))  # nothing left to purge
    r = run_cli("final", path, "--undo")
    assert r.returncode == 0
    with Evaluation.open(path) as ev:
        assert purge.final_at(ev.conn) is None


def test_purge_works_against_the_tables_as_they_are(tmp_path):
    """A second purge finds nothing; a copy of a purged file is itself purged (its log says so)."""
    path = planted(tmp_path / "g.kompass")
    with Evaluation.open(path, author="Lead") as ev:
        first = purge.purge(ev)
        assert purge.plan(ev).empty
    shutil.copyfile(path, tmp_path / "copy.kompass")
    with Evaluation.open(tmp_path / "copy.kompass") as ev:
        assert purge.purged(ev.conn)["at"] == first["at"]
    r = run_cli("purge", path, "--yes")
    assert r.returncode == 0 and "inga personuppgifter" in r.stdout


def test_the_copy_kept_before_a_format_upgrade_goes_with_the_backups(tmp_path):
    from conftest import ROOT

    path = tmp_path / "v2.kompass"
    shutil.copy(ROOT / "tests" / "fixtures" / "kompass_v2" / "sample.kompass", path)
    with Evaluation.open(path, author="Lead") as ev:  # migrated in place, after a copy in the data folder
        kept = backups.before_upgrade_copies(ev)
        assert len(kept) == 1
        purge.purge(ev)
    assert not kept[0].exists()
