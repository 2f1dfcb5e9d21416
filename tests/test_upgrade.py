"""Bank revisions: an explicit, previewed upgrade that keeps every answer and note."""

import pytest

from kompassapp import upgrade
from kompassapp.bank import load_bank, parse_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from conftest import SMALL_BANK, run_cli

OLD = load_bank(SMALL_BANK)


@pytest.fixture
def ev(tmp_path):
    e = Evaluation.create(tmp_path / "e.kompass", OLD, municipality="Testby", year=2026, author="Karin")
    e.set_answer("1.1.1", choice="ja")
    e.set_answer("1.1.2", choice="4", comment="Skickas ut i mars.")
    e.set_answer("2.1.1", choice="delvis")
    e.set_answer("2.1.2", choice="ja", comment="Rutin antagen 2024.")
    e.add_note("Klagomålsrutinen visades.", question_ids=["2.1.2"])
    e.add_note("Gäller både 2.1.1 och 2.1.2.", question_ids=["2.1.1", "2.1.2"])
    yield e
    e.close()


def test_preview_lists_exactly_the_changes_and_the_score_effect(ev, revision_2_text):
    new = parse_bank(revision_2_text)
    p = upgrade.plan(ev, new)
    assert [q.id for q in p.added] == ["2.1.3"]
    assert [q.id for q in p.removed] == ["2.1.2"]
    assert {c.new.id: c.fields for c in p.changed} == {"1.1.2": ("text",), "2.1.1": ("points",)}
    assert p.scores_before == {"1": 92, "2": 40}  # area 2: 10 + 30 of 50
    assert p.scores_after == {"1": 92, "2": 15}  # area 2: 15 of 30 + 20 (2.1.3 open)
    assert ev.bank.revision == 1  # planning changes nothing


def test_apply_keeps_every_answer_and_note_and_scores_as_previewed(ev, revision_2_text):
    new = parse_bank(revision_2_text)
    p = upgrade.apply(ev, new)
    ev.close()
    with Evaluation.open(ev.path) as again:
        assert again.bank.revision == 2
        assert {a.area.id: a.score for a in again.profile().areas} == p.scores_after
        assert again.answer("1.1.2").comment == "Skickas ut i mars." and again.answer("2.1.1").choice == "delvis"
        assert "2.1.2" not in again.answers()  # not in the bank any more ...
        row = again.conn.execute("SELECT choice, comment FROM answers WHERE question_id = '2.1.2'").fetchone()
        assert tuple(row) == ("ja", "Rutin antagen 2024.")  # ... but still in the file
        notes = {n.text: n for n in again.notes()}
        moved = notes["[Från borttagen fråga 2.1.2: Finns en klagomålsrutin?] Klagomålsrutinen visades."]
        assert moved.area_id == "2" and moved.question_ids == ()
        assert notes["Gäller både 2.1.1 och 2.1.2."].question_ids == ("2.1.1",)
        assert any(t.startswith("[Från borttagen fråga 2.1.2") and "Svar: Ja" in t and "Rutin antagen 2024." in t
                   for t in notes)
        assert [e.new for e in again.changelog() if e.entity == "bank"] == ["2"]


def test_every_change_of_an_upgrade_is_logged_with_its_author(ev, revision_2_text):
    ev.close()
    with Evaluation.open(ev.path, author="Per") as e:
        before = {n.id: n for n in e.notes()}
        seen = []
        e.changed.connect(lambda change: seen.append((change.kind, e.bank.revision)))
        upgrade.apply(e, parse_bank(revision_2_text))
        assert seen == [("bank", 2)]  # told once, with the new bank already in place
        log = e.changelog()
        for note in e.notes():
            old = before.get(note.id)
            changed = [f for f in ("text", "area_id", "question_ids") if old is None or getattr(old, f) != getattr(note, f)]
            if not changed:
                continue
            assert note.author == "Per", note  # the row says who changed it last
            logged = {e.field for e in log if e.entity_id == note.id and e.author == "Per" and e.at == note.updated_at}
            assert set(changed) <= logged or (old is None and "created" in logged), (note, logged)
        moved = next(n for n in e.notes() if n.text.endswith("Klagomålsrutinen visades."))
        assert [(x.field, x.old) for x in log if x.entity_id == moved.id and x.field == "text"] == [
            ("text", "Klagomålsrutinen visades.")]
        assert all(x.author == "Per" for x in log if x.entity in ("bank", "note") and x.at == moved.updated_at)


def test_upgrade_refuses_other_banks_and_older_revisions(ev, revision_2_text):
    with pytest.raises(KompassError, match="already uses revision 1"):
        upgrade.plan(ev, OLD)
    other = parse_bank(revision_2_text.replace("id: testbank", "id: annan"))
    with pytest.raises(KompassError, match="not a revision"):
        upgrade.plan(ev, other)


def test_cli_shows_the_plan_then_upgrades(ev, tmp_path, revision_2_text):
    ev.close()
    bank2 = tmp_path / "bank-rev2.yaml"
    bank2.write_text(revision_2_text, encoding="utf-8")
    dry = run_cli("upgrade", ev.path, "--bank", bank2, "--dry-run", check=True).stdout
    assert "ny fråga      2.1.3" in dry and "borttagen     2.1.2" in dry and "område 2: 40 → 15" in dry
    with Evaluation.open(ev.path) as again:
        assert again.bank.revision == 1
    run_cli("upgrade", ev.path, "--bank", bank2, check=True)
    with Evaluation.open(ev.path) as again:
        assert again.bank.revision == 2
