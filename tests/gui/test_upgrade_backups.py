# SPDX-License-Identifier: MIT
"""Bank upgrades previewed and applied from the window; backups on open, periodically, and restored.

Backups go to $KOMPASSAPP_DATA, which the conftest points at tmp_path. The newer bank
revision lives in a temporary bank folder (kompassapp.bank.bank_dir is monkeypatched).
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kompassapp import backups
from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.gui.files.backup_actions import INTERVAL_MS, RestoreDialog, restore_backup
from kompassapp.gui.files.upgrade_dialog import UpgradeDialog, newer_bank

SMALL_BANK = Path(__file__).resolve().parents[1] / "banks" / "small.yaml"


@pytest.fixture
def reopenable(qtbot, closing):
    """Like main_window, for a window the test will close and reopen (so not handed to qtbot)."""
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.base.settings import Settings

    def make(path: Path):
        settings = Settings()
        settings.auditor_name = "Anna Granskare"
        w = MainWindow(Evaluation.open(path), settings)
        closing(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        return w

    return make





@pytest.fixture
def small_file(tmp_path) -> Path:
    path = tmp_path / "Testby-2026.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Testby", year=2026, author="Karin") as e:
        e.set_answer("1.1.1", choice="ja")
        e.set_answer("1.1.2", choice="4", comment="Skickas ut i mars.")
        e.set_answer("2.1.1", choice="delvis")
        e.set_answer("2.1.2", choice="ja", comment="Rutin antagen 2024.")
        e.add_note("Klagomålsrutinen visades.", question_ids=["2.1.2"])
    return path


@pytest.fixture
def newer_banks(tmp_path, monkeypatch, revision_2_text) -> Path:
    """A bank folder that ships revision 2 of the small bank (and the real banks, untouched)."""
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "testbank.sv.yaml").write_text(revision_2_text, encoding="utf-8")
    (folder / "other.sv.yaml").write_text(SMALL_BANK.read_text(encoding="utf-8").replace("id: testbank", "id: annan")
                                          .replace("revision: 1", "revision: 7"), encoding="utf-8")
    monkeypatch.setattr("kompassapp.bank.bank_dir", lambda: folder)
    return folder


def test_newer_bank_finds_only_a_higher_revision_of_the_same_id(newer_banks):
    old = load_bank(SMALL_BANK)
    assert newer_bank(old).revision == 2
    assert newer_bank(load_bank(newer_banks / "testbank.sv.yaml")) is None


def test_upgrade_shows_the_plan_then_applies_it_after_a_backup(qtbot, reopenable, small_file, newer_banks,
                                                               monkeypatch, shown, closing):
    w = reopenable(small_file)
    assert not w.features["file_tools"].upgrade_action.isEnabled()  # until the check just after opening
    assert w.features["file_tools"].upgrader.check().revision == 2
    assert w.features["file_tools"].upgrade_action.isEnabled()
    assert "revision 2" in w.statusBar().currentMessage() and "Uppgradera frågebanken" in w.statusBar().currentMessage()
    w.statusBar().clearMessage()
    w.features["file_tools"].upgrader.check()
    assert w.statusBar().currentMessage() == ""  # said once
    assert not backups.list_backups(w.ev)

    seen = {}

    def look(dlg):
        seen.update({k: dlg.rows(k) for k in ("added", "changed", "removed", "open")})
        table = dlg.ui.scoresTable
        seen["scores"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        seen["warning"] = dlg.ui.warningLabel.text()
        with Evaluation.open(small_file) as ev:  # nothing has changed yet
            seen["revision_while_shown"] = ev.bank.revision
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UpgradeDialog, "exec", look)
    assert w.features["file_tools"].upgrader.upgrade() is None  # cancelled: nothing changes
    assert [r[0] for r in seen["added"]] == ["2.1.3  Redovisas klagomålen årligen för nämnden?"]
    assert seen["changed"] == [("1.1.2  Delas en lättläst årsredovisning ut till alla hushåll?", "ändrat: frågetext"),
                               ("2.1.1  Finns servicedeklarationer?", "ändrat: poäng 20 → 30")]
    assert [r[0][:5] for r in seen["removed"]] == ["2.1.2"] and "område 2" in seen["removed"][0][1]
    assert seen["open"] == []
    assert seen["scores"] == [["1  Offentlighet och demokratisk kontroll", "92 / 100", "92 / 100"],
                              ["2  Tillgänglighet och brukarorientering", "40 / 50", "15 / 50"]]
    assert "kan inte ångras" in seen["warning"] and "säkerhetskopia" in seen["warning"]
    assert seen["revision_while_shown"] == 1
    with Evaluation.open(small_file) as ev:
        assert ev.bank.revision == 1

    monkeypatch.setattr(UpgradeDialog, "exec", lambda dlg: QDialog.DialogCode.Accepted)
    w.select_question("2.1.1")
    new = w.features["file_tools"].upgrader.upgrade().widget  # the new window's host
    closing(new)
    assert new is not w and new.isVisible() and shown == []
    with Evaluation.open(small_file) as ev:
        assert ev.bank.revision == 2
        assert ev.answer("1.1.2").comment == "Skickas ut i mars." and ev.answer("2.1.1").choice == "delvis"
        assert any(n.text.startswith("[Från borttagen fråga 2.1.2") for n in ev.notes())
    (backup,) = backups.list_backups(new.ev)  # taken before the upgrade
    with Evaluation.open(backup.path) as before:
        assert before.bank.revision == 1 and before.answer("2.1.2").choice == "ja"
    # the whole window follows the new bank
    assert new.tree_model.question_ids() == ["1.1.1", "1.1.2", "2.1.1", "2.1.3"]
    assert new.question_id == "2.1.1"
    assert new.profile_panel.radar.scores == [92, 15]
    assert new.question_panel.ui.questionLabel.text().endswith("Finns servicedeklarationer?")
    assert "revision 2" in new.statusBar().currentMessage()
    assert new.features["file_tools"].upgrader.check() is None and not new.features["file_tools"].upgrade_action.isEnabled()
    new.close()


def test_backups_on_open_periodically_and_failures_in_the_status_bar(qtbot, main_window, new_file, tmp_path,
                                                                     monkeypatch, shown):
    w = main_window(new_file)
    qtbot.waitUntil(lambda: len(backups.list_backups(w.ev)) == 1, timeout=5000)  # just after opening
    (first,) = backups.list_backups(w.ev)
    assert first.path.is_relative_to(tmp_path / "data" / "backups")
    keeper = w.features["file_tools"].backup_keeper
    assert keeper.timer.isActive() and keeper.timer.interval() == INTERVAL_MS == 10 * 60 * 1000
    keeper.periodic()  # nothing changed since: no new backup
    assert len(backups.list_backups(w.ev)) == 1
    w.tree.setFocus()
    qtbot.keyClick(w.tree, "1")
    keeper.timer.timeout.emit()  # ten minutes later
    assert len(backups.list_backups(w.ev)) == 2

    def broken(ev, **kw):
        raise KompassError("/media/usb/backups: cannot write a backup (No space left on device)")

    monkeypatch.setattr(backups, "take", broken)
    qtbot.keyClick(w.tree, "2")
    keeper.periodic()
    assert shown == []  # never a dialog during work
    assert "säkerhetskopia" in w.statusBar().currentMessage() and "No space" in w.statusBar().currentMessage()


def test_restore_a_backup_reopens_the_file_and_says_where_the_replaced_one_is(qtbot, reopenable, new_file,
                                                                              monkeypatch, shown, closing):
    w = reopenable(new_file)
    w.features["file_tools"].backup_keeper.take()  # as opened: no answers
    w.tree.setFocus()
    qtbot.keyClick(w.tree, "1")
    qtbot.keyClick(w.tree, Qt.Key.Key_PageDown)
    qtbot.keyClick(w.tree, "2")
    found = backups.list_backups(w.ev)

    def choose(dlg):
        table = dlg.ui.backupsTable
        assert table.rowCount() == len(found) >= 1 and table.item(0, 1).text()  # a size
        table.selectRow(table.rowCount() - 1)  # the oldest
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    new = restore_backup(w.host).widget
    closing(new)
    assert new is not w and new.isVisible()
    with Evaluation.open(new_file) as ev:
        assert ev.answers() == {}  # the state of the backup
    (title, text, info), = shown
    assert title == "Säkerhetskopian är återställd"
    kept = Path(info.split("\n")[-1])
    assert kept.exists() and kept.parent == new_file.parent and "före-återställning" in kept.name
    with Evaluation.open(kept) as replaced:
        assert len(replaced.answers()) == 2  # nothing lost: the replaced file is beside it
    assert str(kept) in new.statusBar().currentMessage()
    new.close()


def test_restore_without_backups_says_so(qtbot, main_window, new_file, shown):
    w = main_window(new_file)
    assert restore_backup(w.host) is None
    (title, text, info), = shown
    assert "inga säkerhetskopior" in text and "tionde minut" in info and w.isVisible()


def test_reopen_through_the_app_keeps_one_window_per_file(qapp, qtbot, new_file, monkeypatch, shown, closing):
    from kompassapp.gui.shell.app import Windows
    from kompassapp.gui.base.settings import Settings

    windows = Windows(Settings())
    w = windows.open_path(new_file)
    closing(w)
    w.features["file_tools"].backup_keeper.take()
    monkeypatch.setattr(RestoreDialog, "exec", lambda dlg: QDialog.DialogCode.Accepted)
    assert qapp.quitOnLastWindowClosed()
    new = restore_backup(w.host).widget
    closing(new)
    assert windows.windows == [new] and new.controller is windows
    assert qapp.quitOnLastWindowClosed()  # the app did not end between the two windows, and still ends with the last
    assert windows.open_path(new_file) is new
