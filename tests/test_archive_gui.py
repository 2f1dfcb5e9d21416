"""The results archive in the window: push after a preview, offline → push later, the archive's
average in Jämför med, the list of archived results. A real window, a real SQLite archive."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
from pathlib import Path

import pytest
from conftest import BANK_2020
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kompassapp.archive.store import Archive
from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.purge import mark_final


@pytest.fixture
def evaluation(tmp_path) -> Path:
    bank = load_bank(BANK_2020)
    path = tmp_path / "Salem-2024.kompass"
    with Evaluation.create(path, bank, municipality="Salem", year=2024, team=["Anna Granskare"]) as ev:
        ev.conn.execute("PRAGMA synchronous = OFF")  # set-up speed only
        for q in bank.questions.values():
            ev.set_answer(q.id, choice=max(bank.scales[q.scale].options, key=lambda o: o.value).key)
        ev.add("finding", area_id="1", kind="strength", text="Medborgardialogen är levande")
        ev.add_note("HEMLIG-ANTECKNING om Olof", question_ids=[next(iter(bank.questions))])
        mark_final(ev)
    return path


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    from kompassapp.gui.base import i18n
    from kompassapp.gui.base.settings import Settings
    from kompassapp.gui.shell.mainwindow import MainWindow

    monkeypatch.setenv("KOMPASSAPP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("KOMPASSAPP_ARCHIVE", str(tmp_path / "arkiv.sqlite"))
    i18n.install(QApplication.instance(), "sv")
    made = []

    def make(path: Path):
        settings = Settings()
        settings.auditor_name = "Anna Granskare"
        w = MainWindow(Evaluation.open(path), settings)  # closed below (a test may close it first)
        w.show()
        made.append(w)
        return w

    yield make
    import shiboken6

    for w in made:
        if shiboken6.isValid(w):
            w.close()


def answer_next_modal(handle) -> None:
    """Act on the next modal dialog as soon as it is shown (exec() blocks the test otherwise)."""
    def poll():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
        else:
            handle(modal)
    QTimer.singleShot(0, poll)


def test_push_shows_exactly_what_leaves_and_sends_it(qtbot, window, evaluation, tmp_path):
    w = window(evaluation)
    seen = {}

    def send(dialog):
        seen["text"] = dialog.text.toPlainText()
        dialog.send_button.click()

    answer_next_modal(send)
    with qtbot.waitSignal(w.features["archive"].finished, timeout=30000):
        assert w.features["archive"].push()
    assert "Medborgardialogen är levande" in seen["text"] and "Anna Granskare" in seen["text"]
    assert "HEMLIG-ANTECKNING" not in seen["text"]
    with Archive(str(tmp_path / "arkiv.sqlite")) as archive:
        [row] = archive.rows()
    assert (row.municipality, row.year, row.status, row.version) == ("Salem", 2024, "final", 1)
    assert "version 1" in w.statusBar().currentMessage()

    w.features["compare"].aboutToShow.emit()  # Jämför med ▸ Arkivets medelvärde, after the menu's own entries
    assert w.features["archive"].average_action in w.features["compare"].actions()
    w.features["archive"].average_action.trigger()
    reference = w.comparison_state.reference
    assert reference is not None and reference.kind == "average" and reference.edition == "2020"
    assert "1 utvärdering" in reference.name

    answer_next_modal(lambda d: d.reject())
    dialog = w.features["archive"].show_list()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Salem"


def test_offline_the_window_keeps_working_and_offers_to_push_later(qtbot, window, evaluation, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    monkeypatch.setenv("KOMPASSAPP_ARCHIVE", f"postgresql://anna:hemligt@127.0.0.1:{dead}/arkiv")
    before = evaluation.read_bytes()
    w = window(evaluation)
    box = {}

    def later(modal):
        box["text"] = modal.informativeText()
        next(b for b in modal.buttons() if "senare" in b.text()).click()

    answer_next_modal(lambda d: d.send_button.click())
    assert w.features["archive"].push()  # returns at once: the sending runs in the background
    answer_next_modal(later)
    qtbot.waitUntil(lambda: "text" in box, timeout=30000)
    qtbot.waitUntil(lambda: w.features["archive"].is_pending(), timeout=10000)
    assert "hemligt" not in box["text"] and "kan inte nås" in box["text"]
    assert "(väntar)" in w.features["archive"].push_action.text()
    q = next(iter(w.ev.bank.questions))
    w.ev.set_answer(q, comment="efter misslyckad sändning")  # the window still works
    w.close()
    again = window(evaluation)  # the next time the file opens, the reminder is there
    assert again.features["archive"].is_pending() and "(väntar)" in again.features["archive"].push_action.text()
    assert before != evaluation.read_bytes()  # only the edit changed the file, never the push


def test_average_of_an_empty_archive_is_a_clear_message(qtbot, window, evaluation, monkeypatch):
    w = window(evaluation)
    shown = {}

    def close(modal):
        shown["text"] = modal.text() if isinstance(modal, QMessageBox) else ""
        modal.done(QDialog.DialogCode.Rejected)

    answer_next_modal(close)
    w.features["archive"].compare_average()
    assert "inga slutliga resultat" in shown["text"] and w.comparison_state.reference is None


def test_a_server_password_is_asked_for_and_kept_nowhere(qtbot, window, evaluation, monkeypatch, tmp_path):
    from test_archive_server import ADMIN_PASSWORD, server

    s = server()
    name = "gui_" + os.urandom(4).hex()
    s.new_database(name)
    monkeypatch.setenv("KOMPASSAPP_ARCHIVE", s.url(name, password=None))  # no password anywhere
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    w = window(evaluation)
    room = w.features["archive"]
    asked = {}

    def type_password(modal):
        asked["label"] = modal.labelText()
        modal.setTextValue(ADMIN_PASSWORD)
        modal.accept()

    answer_next_modal(lambda d: d.send_button.click())
    assert room.push()
    answer_next_modal(type_password)
    qtbot.waitUntil(lambda: "version 1" in w.statusBar().currentMessage(), timeout=30000)
    assert "Lösenord för postgresql://kompass_admin@127.0.0.1" in asked["label"]
    with Archive(s.url(name)) as archive:
        assert [r.municipality for r in archive.rows()] == ["Salem"]
    settings_text = (tmp_path / "settings.ini").read_text(encoding="utf-8") if (tmp_path / "settings.ini").exists() else ""
    assert ADMIN_PASSWORD not in settings_text and ADMIN_PASSWORD.encode() not in evaluation.read_bytes()
