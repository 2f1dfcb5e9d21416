"""Team work: three auditors' copies merged in every order give one result, lose nothing, list conflicts."""

import itertools
import json
import shutil

import pytest

from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.interchange import dump
from kompassapp.merge import make_copy, merge
from conftest import SMALL_BANK, run_cli

BANK = load_bank(SMALL_BANK)


class Clock:
    """Edit times chosen by the test, so 'the later edit wins' is under control."""

    def __init__(self, start: str):
        self.now = start

    def __call__(self) -> str:
        return self.now


def open_at(path, author, clock):
    return Evaluation.open(path, author=author, clock=clock)


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """The lead's file and three auditors' copies with overlapping and conflicting edits."""
    d = tmp_path_factory.mktemp("team")
    clock = Clock("2026-05-04T08:00:00.000+00:00")
    lead = Evaluation.create(d / "lead.kompass", BANK, municipality="Lagby", year=2026, team=["Lena"],
                             author="Lena", clock=clock)
    session = lead.add("session", group_name="Ledande politiker", starts_at="2026-05-04T09:00")
    doc = lead.add("document", title="Budget 2026", kind="Budget")
    shared = lead.add_note("Protokoll publiceras.", question_ids=["1.1.1"])
    lead.close()
    copies = {name: make_copy(d / "lead.kompass", d / f"{name}.kompass", name) for name in ("Karin", "Per", "Sara")}

    def edit(name, at, work):
        clock.now = f"2026-05-04T{at}:00.000+00:00"
        with open_at(copies[name], name, clock) as ev:
            work(ev)

    edit("Per", "10:02", lambda ev: ev.update_note(shared.id, text="Protokoll publiceras inom en vecka."))
    edit("Karin", "10:03", lambda ev: ev.update_note(shared.id, text="Protokoll publiceras, men sent."))
    edit("Sara", "10:04", lambda ev: ev.set_deleted("note", shared.id))
    edit("Karin", "10:05", lambda ev: ev.update("document", doc.id, title="Budget 2026 med plan"))
    edit("Per", "10:07", lambda ev: ev.update("document", doc.id, title="Budget och flerårsplan 2026"))
    for name, choice, at in (("Karin", "ja", "10:10"), ("Per", "nej", "10:11"), ("Sara", "delvis", "10:12")):
        edit(name, at, lambda ev, c=choice: ev.set_answer("1.1.1", choice=c, comment=f"{ev.author} bedömer {c}"))
    for name, at in (("Karin", "10:13"), ("Per", "10:14")):
        edit(name, at, lambda ev: ev.set_answer("2.1.1", choice="ja"))
    edit("Karin", "10:20", lambda ev: ev.add_note("Karins anteckning", question_ids=["2.1.1"], source_kind="interview",
                                                   session_id=session.id))
    edit("Karin", "10:21", lambda ev: ev.add("participant", session_id=session.id, name="Eva Ek", role="KSO"))
    edit("Per", "10:22", lambda ev: ev.add_note("Pers anteckning", question_ids=["1.1.2"]))
    edit("Per", "10:23", lambda ev: ev.update("session", session.id, place="Kommunhuset"))
    edit("Sara", "10:24", lambda ev: ev.update("session", session.id, ends_at="2026-05-04T10:30"))
    edit("Sara", "10:25", lambda ev: ev.add("finding", area_id="1", kind="strength", text="Öppna protokoll"))
    edit("Sara", "10:26", lambda ev: ev.update_info(visit_end="2026-05-06"))
    return d, copies, {"shared": shared.id, "doc": doc.id, "session": session.id}


def merged(d, copies, order, name):
    into = d / f"{name}.kompass"
    shutil.copy(d / "lead.kompass", into)
    reports = []
    with Evaluation.open(into, author="Lena") as ev:
        for who in order:
            reports.append(merge(ev, copies[who]))
    return into, reports


def state(path) -> str:
    """Everything the file holds, except the local order of its change log."""
    with Evaluation.open(path) as ev:
        doc = dump(ev.conn)
    for entry in doc["changelog"]:
        del entry["seq"]
    doc["changelog"].sort(key=lambda e: e["id"])
    return json.dumps(doc, sort_keys=True, ensure_ascii=False)


def test_every_order_gives_the_same_file(team):
    d, copies, _ = team
    states = {state(merged(d, copies, order, "".join(order))[0]) for order in itertools.permutations(copies)}
    assert len(states) == 1


def test_nothing_is_lost_and_every_conflict_is_listed(team):
    d, copies, ids = team
    into, reports = merged(d, copies, ("Karin", "Per", "Sara"), "check")
    with Evaluation.open(into) as ev:
        texts = {n.text for n in ev.notes(include_deleted=True)}
        assert {"Karins anteckning", "Pers anteckning"} <= texts
        shared = ev.note(ids["shared"])  # Per and Karin edited its text, then Sara deleted it:
        assert shared.deleted and shared.text == "Protokoll publiceras, men sent."  # latest text, deleted
        superseded = {e.old for e in ev.changelog() if e.new == "superseded"}
        assert any("inom en vecka" in s for s in superseded)  # Per's earlier text is kept in the log
        assert ev.get("document", ids["doc"]).title == "Budget och flerårsplan 2026"
        assert any("Budget 2026 med plan" in s for s in superseded)
        session = ev.get("session", ids["session"])
        assert (session.place, session.ends_at) == ("Kommunhuset", "2026-05-04T10:30")  # Per's edit, then Sara's
        assert [p.name for p in ev.participants(ids["session"])] == ["Eva Ek"]
        assert ev.findings("1")[0].text == "Öppna protokoll" and ev.info.visit_end == "2026-05-06"
        by_auditor = ev.auditor_answers()["1.1.1"]
        assert {a: x.choice for a, x in by_auditor.items()} == {"Karin": "ja", "Per": "nej", "Sara": "delvis"}
        # every auditor's own edits came along in the change log
        authors = {e.author for e in ev.changelog() if e.entity == "answer"}
        assert authors == {"Karin", "Per", "Sara"}
    conflicts = [c for r in reports for c in r.conflicts]
    assert {(c.entity, c.kind, c.field) for c in conflicts} == {
        ("note", "edited", "text"), ("document", "edited", "title"), ("note", "deleted", "")}
    assert not any(c.entity == "session" for c in conflicts)  # place and end time: different fields, both kept
    assert any(str(c).startswith("document «Budget") and "by Karin at 2026-05-04 10:05" in str(c) for c in conflicts)
    assert reports[-1].disagreements == ["1.1.1"]


def test_disagreement_is_open_until_the_lead_agrees(team):
    d, copies, _ = team
    into, _ = merged(d, copies, ("Sara", "Per", "Karin"), "consensus")
    with Evaluation.open(into, author="Lena") as ev:
        assert ev.disputed() == ["1.1.1"]
        assert ev.answers()["1.1.1"].choice is None and ev.answers()["2.1.1"].choice == "ja"  # agreed by both
        area1 = ev.profile().by_id()["1"]
        assert area1.tally.answered == 0 and area1.score == 0
        assert ev.profile("Karin").by_id()["1"].score == 60  # one auditor's own profile
        ev.set_consensus("1.1.1", "delvis", "Enade oss om delvis.")
        assert ev.disputed() == [] and ev.profile().by_id()["1"].score == 30
        assert [(e.entity, e.new) for e in ev.changelog() if e.entity == "consensus"] == [("consensus", "delvis")]


def test_merging_the_same_file_twice_changes_nothing(team):
    d, copies, _ = team
    into, _ = merged(d, copies, ("Karin", "Per", "Sara"), "twice")
    before = state(into)
    with Evaluation.open(into) as ev:
        again = [merge(ev, copies[who]) for who in ("Per", "Karin", "Sara")]
    assert not any(r.changed_anything for r in again)
    assert state(into) == before


def test_only_copies_of_the_same_evaluation_merge(team, tmp_path):
    d, copies, _ = team
    other = Evaluation.create(tmp_path / "other.kompass", BANK, municipality="Annanby", year=2026)
    with pytest.raises(KompassError, match="not a copy of this evaluation"):
        merge(other, copies["Karin"])
    other.close()
    with Evaluation.open(copies["Karin"]) as ev:
        with pytest.raises(KompassError, match="into itself"):
            merge(ev, copies["Karin"])


def test_cli_new_from_and_merge(team, tmp_path):
    d, copies, _ = team
    lead = tmp_path / "lead.kompass"
    shutil.copy(d / "lead.kompass", lead)
    mine = tmp_path / "mine.kompass"
    r = run_cli("new", "--from", lead, "--auditor", "Olle", "-o", mine, check=True)
    assert "Olles kopia" in r.stdout
    with Evaluation.open(mine) as ev:
        assert ev.auditor == "Olle" and "Olle" in [m.name for m in ev.team()]
    r = run_cli("merge", lead, copies["Karin"], copies["Per"], check=True)
    assert f"{copies['Karin']}: " in r.stdout and "konflikt: " in r.stdout and "oeniga" in r.stdout
    bad = run_cli("new", "--from", lead, "-o", tmp_path / "x.kompass")
    assert bad.returncode == 1 and "--auditor" in bad.stderr


def test_views_hear_of_a_merge_once_the_details_are_read_anew(team, tmp_path):
    d, copies, _ = team
    lead = tmp_path / "lead.kompass"
    shutil.copy(d / "lead.kompass", lead)
    with Evaluation.open(copies["Per"], author="Per") as ev:
        ev.update_info(municipality="Nyby")
    with Evaluation.open(lead, author="Lena") as ev:
        seen = []
        ev.changed.connect(lambda change: seen.append((change.kind, ev.info.municipality)))
        merge(ev, copies["Per"])
        assert seen == [("all", "Nyby")]  # "everything changed", and the new name is already in place


def test_every_merged_record_is_logged_with_its_author(team):
    """A merge writes other copies' versions as they are: each comes with the log entry of its last edit."""
    d, copies, _ = team
    into, _ = merged(d, copies, ("Per", "Sara", "Karin"), "logged")
    with Evaluation.open(d / "lead.kompass") as lead:
        before = dump(lead.conn)
    with Evaluation.open(into) as ev:
        after = dump(ev.conn)
        log = {(e.entity_id, e.author, e.at) for e in ev.changelog()}
    entities = {"team": "id", "sessions": "id", "participants": "id", "documents": "id", "notes": "id",
                "findings": "id", "answers": "question_id", "consensus": "question_id"}
    changed = 0
    for table, key in entities.items():
        old = {json.dumps(r, sort_keys=True) for r in before[table]}
        for row in after[table]:
            if json.dumps(row, sort_keys=True) not in old:
                changed += 1
                assert row["author"] and (row[key], row["author"], row["updated_at"]) in log, (table, row)
    assert changed > 10
