"""Rolling backups: consistent snapshots, pruning, and a restore that keeps the replaced file."""

import pytest

from kompassapp import backups
from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from conftest import SMALL_BANK


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))


@pytest.fixture
def ev(tmp_path):
    e = Evaluation.create(tmp_path / "e.kompass", load_bank(SMALL_BANK), municipality="Backby", year=2026,
                          author="Karin")
    yield e
    e.close()


def test_snapshots_are_taken_listed_and_pruned(ev, tmp_path):
    for i in range(5):
        ev.set_answer("1.1.1", comment=f"version {i}")
        backups.take(ev, keep=3)
    found = backups.list_backups(ev)
    assert len(found) == 3 and found[0].taken_at > found[-1].taken_at
    assert str(found[0].path).startswith(str(tmp_path / "data" / "backups" / "Backby-2026-Karin-"))
    with Evaluation.open(found[0].path) as newest, Evaluation.open(found[-1].path) as oldest:
        assert newest.answer("1.1.1").comment == "version 4" and oldest.answer("1.1.1").comment == "version 2"


def test_restore_puts_the_snapshot_back_and_keeps_the_current_file(ev):
    ev.set_answer("1.1.1", choice="ja")
    snapshot = backups.take(ev)
    ev.set_answer("1.1.1", choice="nej")
    ev.close()
    kept = backups.restore(snapshot, ev.path)
    with Evaluation.open(ev.path) as restored, Evaluation.open(kept) as before:
        assert restored.answer("1.1.1").choice == "ja"
        assert before.answer("1.1.1").choice == "nej"


def test_restore_keeps_edits_still_in_the_wal(ev, tmp_path):
    """A file whose process died has its last edits in the WAL; the kept copy must hold them."""
    snapshot = backups.take(ev)
    ev.set_answer("1.1.1", choice="delvis")  # committed to the WAL; the file is not closed (as after a crash)
    kept = backups.restore(snapshot, ev.path)
    with Evaluation.open(kept) as before:
        assert before.answer("1.1.1").choice == "delvis"


def test_one_data_folder_under_one_name_the_old_name_still_honoured(ev, tmp_path, monkeypatch):
    from kompassapp import paths
    from kompassapp.gui.base import settings  # the demo evaluation and the error log go to the same folder

    assert settings.data_dir is paths.data_dir
    monkeypatch.delenv("KOMPASSAPP_DATA")
    monkeypatch.setenv("KOMPASSAPP_DATA_DIR", str(tmp_path / "old"))
    assert paths.data_dir() == tmp_path / "old"
    assert backups.take(ev).is_relative_to(tmp_path / "old" / "backups")
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "new"))
    assert paths.data_dir() == tmp_path / "new"
    assert backups.take(ev).is_relative_to(tmp_path / "new" / "backups")
