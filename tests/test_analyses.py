"""Analysis texts: per area, summary, introduction and conclusion; stored at once, logged,
undoable, merged like other records, and disputed while two auditors' texts differ."""

from dataclasses import replace

import pytest
from conftest import BANK_2003, run_cli

from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.merge import make_copy, merge


@pytest.fixture
def lead(tmp_path):
    path = tmp_path / "lead.kompass"
    Evaluation.create(path, load_bank(BANK_2003), municipality="Lund", year=2024, team=["Anna", "Bo"]).close()
    return path


def test_texts_are_stored_at_once_and_logged_with_the_author(lead):
    with Evaluation.open(lead, author="Anna") as ev:
        ev.set_analysis("area", "Styrningen är tydlig.", area_id="2")
        ev.set_analysis("summary", "Kommunen är välskött.")
        ev.set_analysis("area", "Styrningen är tydlig och följs upp.", area_id="2")
    # another process reads what the first one wrote
    code = ("import sys; from kompassapp.evaluation import Evaluation\n"
            "with Evaluation.open(sys.argv[1], readonly=True) as ev:\n"
            "    print(ev.analysis_text('area', '2')); print(ev.analysis_text('summary'))\n")
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", code, str(lead)], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["Styrningen är tydlig och följs upp.", "Kommunen är välskött."]
    with Evaluation.open(lead, author="Anna") as ev:
        [record] = ev.analysis_versions("area", "2")
        log = [e for e in ev.changelog(record.id)]
        assert [(e.field, e.author) for e in log] == [("created", "Anna"), ("text", "Anna")]
        assert log[1].old == "Styrningen är tydlig." and record.author == "Anna"


def test_bad_kind_or_area_is_refused(lead):
    with Evaluation.open(lead, author="Anna") as ev:
        with pytest.raises(KompassError, match="unknown area"):
            ev.set_analysis("area", "x", area_id="99")
        with pytest.raises(KompassError, match="kind"):
            ev.set_analysis("preface", "x")
        with pytest.raises(KompassError, match="no area"):
            ev.set_analysis("summary", "x", area_id="1")


def test_undo_restores_the_versions_exactly(lead):
    with Evaluation.open(lead, author="Anna") as ev:
        first = ev.set_analysis("conclusion", "Första.")
        before = ev.analysis_versions("conclusion")
        ev.set_analysis("conclusion", "Andra.")
        ev.restore_analyses(before)
        assert ev.analysis_text("conclusion") == "Första."
        ev.restore_analyses([replace(first, deleted=True)])  # undoing the creation
        assert ev.analysis_text("conclusion") == "" and ev.analysis_versions("conclusion") == []


def _merge(into, sources, author="Lena"):
    with Evaluation.open(into, author=author) as ev:
        for source in sources:
            merge(ev, source)


def _copy(lead, tmp_path, who):
    out = tmp_path / f"{who}.kompass"
    make_copy(lead, out, auditor=who)
    return out


def test_two_auditors_texts_merge_as_a_dispute_until_the_agreed_text(lead, tmp_path):
    anna, bo = _copy(lead, tmp_path, "Anna"), _copy(lead, tmp_path, "Bo")
    with Evaluation.open(anna, author="Anna") as ev:
        ev.set_analysis("area", "Annas analys.", area_id="3")
        ev.set_analysis("introduction", "Lund är en kommun i Skåne.")
    with Evaluation.open(bo, author="Bo") as ev:
        ev.set_analysis("area", "Bos analys.", area_id="3")
    _merge(lead, [anna, bo])
    with Evaluation.open(lead, author="Lena") as ev:
        assert ev.disputed_analyses() == [("area", "3")]
        assert {v.text for v in ev.analysis_versions("area", "3")} == {"Annas analys.", "Bos analys."}
        assert ev.analysis_text("introduction") == "Lund är en kommun i Skåne."
        ev.set_analysis("area", "Den gemensamma analysen.", area_id="3")
        assert ev.disputed_analyses() == []
        assert [v.text for v in ev.analysis_versions("area", "3")] == ["Den gemensamma analysen."]
    _merge(lead, [anna, bo])  # merging the same copies again changes nothing
    with Evaluation.open(lead, readonly=True) as ev:
        assert ev.disputed_analyses() == []


def test_the_later_edit_of_one_text_wins_and_the_other_is_kept_in_the_log(lead, tmp_path):
    with Evaluation.open(lead, author="Lena") as ev:
        shared = ev.set_analysis("summary", "Utkast.")
    anna, bo = _copy(lead, tmp_path, "Anna"), _copy(lead, tmp_path, "Bo")
    clock = iter(["2030-01-01T10:00:00.000+00:00", "2030-01-01T11:00:00.000+00:00"])
    with Evaluation.open(anna, author="Anna", clock=lambda: next(clock)) as ev:
        ev.set_analysis("summary", "Annas version.")
    with Evaluation.open(bo, author="Bo", clock=lambda: next(clock)) as ev:
        ev.set_analysis("summary", "Bos senare version.")
    _merge(lead, [bo, anna])
    with Evaluation.open(lead, readonly=True) as ev:
        assert ev.analysis_text("summary") == "Bos senare version."
        assert any(e.new == "superseded" and e.author == "Anna" and "Annas version." in e.old
                   for e in ev.changelog(shared.id))


def test_texts_survive_export_and_import_json(lead, tmp_path):
    with Evaluation.open(lead, author="Anna") as ev:
        ev.set_analysis("area", "Text för område 1.", area_id="1")
    js, back = tmp_path / "e.json", tmp_path / "back.kompass"
    run_cli("export-json", lead, "-o", js, check=True)
    run_cli("import-json", js, "-o", back, check=True)
    with Evaluation.open(back, readonly=True) as ev:
        assert ev.analysis_text("area", "1") == "Text för område 1."
