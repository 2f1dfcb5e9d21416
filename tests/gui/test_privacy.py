# SPDX-License-Identifier: MIT
"""The window's privacy features: encrypt a new file, the passphrase on open, Gallra personuppgifter, reminder."""

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from kompassapp import crypto, purge, storage
from kompassapp.evaluation import Evaluation
from kompassapp.gui.privacy import actions

PASS = "korrekt häst batteri"


@pytest.fixture(autouse=True)
def no_keys(monkeypatch):
    monkeypatch.delenv(crypto.ENV, raising=False)
    crypto.forget()
    yield
    crypto.forget()


@pytest.fixture
def infos(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def test_the_new_evaluation_dialog_can_encrypt_the_file(qtbot, tmp_path):
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell.dialogs import NewEvaluationDialog

    dlg = NewEvaluationDialog(Settings(), folder=tmp_path)
    qtbot.addWidget(dlg)
    dlg.ui.municipalityEdit.setText("Kryptby")
    enc = dlg.encryption
    assert not enc.first.isEnabled()
    enc.check.setChecked(True)
    enc.first.setText(PASS)
    enc.again.setText(PASS + "x")
    dlg.accept()
    assert dlg.evaluation is None and "skiljer sig" in dlg.ui.problemLabel.text()
    enc.again.setText(PASS)
    dlg.accept()
    assert dlg.evaluation is not None
    path = dlg.evaluation.path
    dlg.evaluation.close()
    assert not path.read_bytes().startswith(storage.SQLITE_MAGIC)  # encrypted on disk
    crypto.forget()
    crypto.set_default(PASS)
    with Evaluation.open(path) as ev:
        assert ev.info.municipality == "Kryptby"


def test_opening_an_encrypted_file_asks_for_its_passphrase_until_it_fits(qtbot, tmp_path, bank_2020, monkeypatch):
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell.app import Windows

    path = tmp_path / "k.kompass"
    Evaluation.create(path, bank_2020, municipality="Kryptby", year=2026, passphrase=PASS).close()
    crypto.forget()
    asked = []
    answers = iter(["fel fras här", PASS])
    monkeypatch.setattr(actions, "ask_passphrase", lambda parent, p, wrong: asked.append(wrong) or next(answers))
    windows = Windows(Settings())
    w = windows.open_path(path)
    assert w is not None and asked == [False, True]
    qtbot.addWidget(w)
    assert w.ev.info.municipality == "Kryptby"
    # Cancelled: no window, no error box, the file untouched.
    crypto.forget()
    before = path.read_bytes()
    monkeypatch.setattr(actions, "ask_passphrase", lambda parent, p, wrong: None)
    errors = []
    monkeypatch.setattr("kompassapp.gui.shell.app.show_open_error", lambda *a, **k: errors.append(a))
    assert Windows(Settings()).open_path(path) is None and errors == []
    assert path.read_bytes() == before


def test_gallra_personuppgifter_lists_what_goes_then_purges(qtbot, main_window, demo_copy, infos):
    w = main_window(demo_copy)
    feature = w.features["privacy"]
    assert feature.actionPurge in w.ui.menuFile.actions() and feature.actionMarkFinal in w.ui.menuFile.actions()
    total = w.ev.profile().total
    seen = []
    assert actions.purge_dialog(w.host, confirm=lambda box, yes: seen.append(box.text()) or False) is None
    assert "intervjuade" in seen[0] and "anteckningar" in seen[0] and "kan inte ångras" in seen[0]
    assert any(n.text for n in w.ev.notes())  # declined: nothing changed
    done = actions.purge_dialog(w.host, confirm=lambda box, yes: True)
    assert done and done["blanked_notes"] > 0
    assert {n.text for n in w.ev.notes()} == {""} and w.ev.profile().total == total
    assert w.stack.count() == 0
    assert "Underlag" in infos[-1]


def test_the_reminder_comes_when_the_report_has_been_final_long_enough(qtbot, main_window, demo_copy, infos):
    w = main_window(demo_copy)
    final = w.features["privacy"].actionMarkFinal
    now = datetime.now(timezone.utc)
    assert not actions.remind(w.host, now + timedelta(days=365))  # not final: no reminder
    final.setChecked(True)
    assert purge.final_at(w.ev.conn)
    assert not actions.remind(w.host, now + timedelta(days=89))
    box = actions.remind(w.host, now + timedelta(days=91))
    assert box.isVisible() and "90 dagar" in box.text()
    box.close()
    w.settings.q.setValue(actions.REMINDER_KEY, 10)
    box = actions.remind(w.host, now + timedelta(days=11))
    assert box.isVisible()
    box.close()
    final.setChecked(False)
    assert purge.final_at(w.ev.conn) is None
