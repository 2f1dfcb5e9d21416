# SPDX-License-Identifier: MIT
"""Settings and evaluation details through their dialogs; auto-advance; N/A only where allowed."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from kompassapp.evaluation import Evaluation
from kompassapp.gui.shell.dialogs import InfoDialog, SettingsDialog
from kompassapp.gui.base.settings import Settings


def test_settings_dialog_writes_typed_settings(qtbot):
    settings = Settings()
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    dlg.ui.auditorEdit.setText("  Bo Bedömare ")
    dlg.ui.languageCombo.setCurrentIndex(dlg.ui.languageCombo.findData("en"))
    dlg.ui.themeCombo.setCurrentIndex(dlg.ui.themeCombo.findData("dark"))
    dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    again = Settings()
    assert (again.auditor_name, again.language, again.presentation_theme) == ("Bo Bedömare", "en", "dark")


def test_auditor_name_is_stamped_on_edits(qtbot, main_window, new_file):
    w = main_window(new_file, auditor="Cecilia Chef")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, "1")
    with Evaluation.open(new_file) as ev:
        assert ev.answer("1.1.1").author == "Cecilia Chef"
        assert ev.changelog("1.1.1")[-1].author == "Cecilia Chef"


def test_info_dialog_change_is_one_undoable_step(qtbot, main_window, new_file, monkeypatch):
    w = main_window(new_file)

    def fill(dlg):
        dlg.ui.municipalityEdit.setText("Nya Testkommun")
        dlg.ui.visitEndEdit.setDate(QDate(2026, 3, 12))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InfoDialog, "exec", fill)
    w.ui.actionEditInfo.trigger()
    with Evaluation.open(new_file) as ev:
        assert (ev.info.municipality, ev.info.visit_end) == ("Nya Testkommun", "2026-03-12")
    qtbot.waitUntil(lambda: "Nya Testkommun 2026" in w.windowTitle())
    assert w.profile_panel.legend_entries()[0] == "Nya Testkommun 2026"
    w.stack.undo()
    with Evaluation.open(new_file) as ev:
        assert (ev.info.municipality, ev.info.visit_end) == ("Testkommun", "2026-03-11")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Testkommun 2026"))


def test_auto_advance_and_na_only_where_allowed(qtbot, main_window, tmp_path, bank_2020):
    from kompassapp.bank.model import Subarea
    from dataclasses import replace

    area = bank_2020.areas[0]
    first = replace(area.subareas[0].questions[0], na_allowed=False)
    sub = Subarea(area.subareas[0].id, area.subareas[0].title, (first, *area.subareas[0].questions[1:]))
    bank = replace(bank_2020, areas=(replace(area, subareas=(sub, *area.subareas[1:])), *bank_2020.areas[1:]))
    path = tmp_path / "na.kompass"
    Evaluation.create(path, bank, municipality="Nakommun", year=2026).close()
    w = main_window(path)
    w.tree.setFocus()
    assert w.question_id == first.id
    assert all(key != "__na__" for key, _ in w.question_panel.option_buttons())
    qtbot.keyClick(w.tree, "0")
    assert w.stack.count() == 0
    w.ui.actionAutoAdvance.setChecked(True)
    qtbot.keyClick(w.tree, "2")
    assert w.question_id == area.subareas[0].questions[1].id
    assert Settings().auto_advance is True
    with Evaluation.open(path) as ev:
        assert ev.answer(first.id).choice == bank.scales[first.scale].options[1].key


def test_first_start_asks_for_the_auditors_name(qtbot, monkeypatch):
    from kompassapp.gui.base.name_prompt import NameDialog, ask_auditor_name

    seen = []

    def answer(dlg):
        qtbot.addWidget(dlg)
        ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        dlg.name_edit.setText("  Bo   Bedömare ")
        seen.append(ok.isEnabled())
        ok.click()
        return dlg.result()

    monkeypatch.setattr(NameDialog, "exec", answer)
    assert ask_auditor_name(Settings()) == "Bo Bedömare"
    assert seen == [False, True]  # no empty name
    assert Settings().auditor_name == "Bo Bedömare"
    assert ask_auditor_name(Settings()) == "Bo Bedömare" and len(seen) == 2  # asked once only


def test_the_name_can_be_postponed(qtbot, monkeypatch):
    from kompassapp.gui.base.name_prompt import NameDialog, ask_auditor_name

    monkeypatch.setattr(NameDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    assert ask_auditor_name(Settings()) == "" and Settings().auditor_name == ""


def test_the_app_asks_for_the_name_before_the_first_window(qapp, monkeypatch):
    from kompassapp.gui.shell import app as app_module

    asked = []
    monkeypatch.setattr(type(qapp), "platformName", staticmethod(lambda: "xcb"))  # a real display
    monkeypatch.setattr(app_module, "ask_auditor_name", lambda settings: asked.append(settings.auditor_name))
    monkeypatch.setattr(app_module.Windows, "start_dialog", lambda self: False)
    monkeypatch.setattr(app_module.errors, "install", lambda: None)  # keep pytest's excepthook
    assert app_module.run([]) == 0
    assert asked == [""]
