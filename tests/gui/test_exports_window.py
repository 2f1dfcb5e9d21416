# SPDX-License-Identifier: MIT
"""File ▸ Exportera arbetsbok…, Exportera återkopplingsrapport (PDF)… and Juryarbetsbok… from the window.

The dialogs are filled in place of a user; the checks are on the files written (read back with
openpyxl and pypdf), on the progress the dialog showed and on the messages a failure gives.
"""

import os
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kompassapp.evaluation import Evaluation
from kompassapp.gui.report import export_actions
from kompassapp.gui.report.export_actions import ExportDialog, JuryDialog





def fill_export(monkeypatch, target: Path, *, final=False, anonymize=False, seen=None):
    def fill(dlg):
        if seen is not None:
            seen.update(title=dlg.windowTitle(), compare=dlg.ui.compareLabel.text(), file=dlg.ui.fileEdit.text(),
                        final_visible=not dlg.ui.finalCheck.isHidden(),
                        anonymize_visible=not dlg.ui.anonymizeCheck.isHidden())
        dlg.ui.finalCheck.setChecked(final)  # first: it changes the suggested name
        dlg.ui.anonymizeCheck.setChecked(anonymize)
        dlg.ui.fileEdit.setText(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill)


def cells(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def test_workbook_with_the_reference_and_anonymised(qtbot, main_window, demo_copy, tmp_path, monkeypatch, shown):
    w = main_window(demo_copy)
    w.compare_with("botkyrka-2003")
    w.question_panel.ui.commentEdit.setPlainText("Skrivet strax före exporten")  # not yet stored: flushed first
    target = tmp_path / "ut" / "botkyrka.xlsx"
    target.parent.mkdir()
    seen = {}
    fill_export(monkeypatch, target, anonymize=True, seen=seen)
    w.features["exports"].workbook_action.trigger()
    assert seen["title"] == "Exportera arbetsbok" and seen["compare"] == "Botkyrka 2003"
    assert seen["anonymize_visible"] and not seen["final_visible"]
    assert seen["file"] == str(demo_copy.with_suffix(".xlsx"))
    assert shown == [] and target.exists() and str(target) in w.statusBar().currentMessage()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "Sammanfattning" and wb["Sammanfattning"]._charts  # the radar chart
    text = cells(target)
    assert any("Botkyrka 2003" in t for t in text)  # the comparison column and the facts
    assert "Skrivet strax före exporten" in text
    with Evaluation.open(demo_copy) as ev:
        names = [p.name for p in ev.participants()]
    assert names and not any(name in t for name in names for t in text)


def test_pdf_report_with_progress_and_the_reference(qtbot, main_window, new_file, tmp_path, monkeypatch, shown):
    w = main_window(new_file)
    w.tree.setFocus()
    for k in "1213":
        qtbot.keyClick(w.tree, k)
        qtbot.keyClick(w.tree, Qt.Key.Key_PageDown)
    w.compare_menu.refresh()  # as when it opens
    w.compare_menu.reference_actions["skr-medel-2021"].trigger()
    target = tmp_path / "rapport.pdf"
    seen = {}
    fill_export(monkeypatch, target, final=True, seen=seen)
    w.features["exports"].pdf_action.trigger()
    assert seen["final_visible"] and not seen["anonymize_visible"] and seen["compare"] == "SKR:s snitt (2021)"
    assert shown == [] and target.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Testkommun" in text and "SKR:s snitt (2021)" in text and "Innehåll" in text
    steps = export_actions.last_progress
    assert steps[0][:2] == (0, 2) and steps[-1] == (2, 2, "Klart")
    assert export_actions.step_text("Skriver PDF-rapporten") == "Skriver PDF-rapporten"


def test_a_typed_in_reference_reaches_the_workbook(qtbot, main_window, new_file, tmp_path, monkeypatch, shown):
    from fractions import Fraction

    from kompassapp.references import from_profile

    w = main_window(new_file)
    w.set_comparison(from_profile("Grannkommunen 2024", w.ev.bank, {a.id: Fraction(40) for a in w.ev.bank.areas}))
    target = tmp_path / "granne.xlsx"
    fill_export(monkeypatch, target)
    w.features["exports"].workbook_action.trigger()
    assert shown == [] and any("Grannkommunen 2024" in t for t in cells(target))


def test_a_target_that_cannot_be_written_gives_a_dialog_and_keeps_the_old_file(qtbot, main_window, new_file,
                                                                              tmp_path, monkeypatch, shown):
    w = main_window(new_file)
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"%PDF-1.4 the previous report")
    real_replace = os.replace

    def locked(src, dst, *a, **k):  # what Windows says while the PDF is open in a reader
        if Path(dst) == target:
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", locked)
    fill_export(monkeypatch, target)
    w.features["exports"].pdf_action.trigger()
    (title, text, info), = shown
    assert title == "Exporten kunde inte sparas" and "rapport.pdf" in text
    assert "Excel" in info and "oförändrad" in info and "Traceback" not in info
    assert target.read_bytes() == b"%PDF-1.4 the previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".rapport.pdf")] == []


def test_jury_workbook_of_three(qtbot, main_window, new_file, tmp_path, bank_2020, monkeypatch, shown):
    others = []
    for name, year, key in (("Alfaby", 2025, 0), ("Betaholm", 2024, 1)):
        path = tmp_path / f"{name}.kompass"
        with Evaluation.create(path, bank_2020, municipality=name, year=year) as ev:
            for q in bank_2020.questions.values():
                ev.set_answer(q.id, choice=bank_2020.scales[q.scale].options[key].key)
        others.append(path)
    w = main_window(new_file)
    out = tmp_path / "jury.xlsx"

    def fill(dlg):
        assert dlg.paths() == [new_file]  # the open evaluation is listed first
        dlg.add(others + [new_file])  # a file given twice is listed once
        dlg.ui.fileEdit.setText(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(JuryDialog, "exec", fill)
    w.features["exports"].jury_action.trigger()
    assert shown == [] and out.exists()
    text = cells(out)
    for name in ("Testkommun", "Alfaby", "Betaholm"):
        assert any(name in t for t in text)
    steps = export_actions.last_progress
    assert [s[2] for s in steps] == ["Läser Testkommun-2026.kompass", "Läser Alfaby.kompass",
                                     "Läser Betaholm.kompass", "Skriver arbetsboken", "Klart"]
    assert export_actions.step_text(steps[0][2]) == "Läser Testkommun-2026.kompass"


def test_jury_of_different_editions_is_refused_clearly(qtbot, main_window, new_file, demo_file, tmp_path,
                                                        monkeypatch, shown):
    w = main_window(new_file)
    out = tmp_path / "jury.xlsx"

    def fill(dlg):
        dlg.add([demo_file])
        dlg.ui.fileEdit.setText(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(JuryDialog, "exec", fill)
    w.features["exports"].jury_action.trigger()
    (title, text, info), = shown
    assert title == "Juryarbetsboken kan inte skapas" and "Traceback" not in info and not out.exists()


def test_jury_dialog_needs_two_files(qtbot, new_file):
    dlg = JuryDialog(new_file)
    qtbot.addWidget(dlg)
    assert [dlg.ui.filesList.item(0).text()] == ["Testkommun 2026  (Testkommun-2026.kompass)"]
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and "två" in dlg.ui.problemLabel.text()
    dlg.ui.filesList.item(0).setSelected(True)
    dlg.remove_selected()
    assert dlg.paths() == []


def test_file_menu_offers_the_exports(qtbot, main_window, new_file):
    w = main_window(new_file)
    texts = [a.text() for a in w.ui.menuFile.actions()]
    i = texts.index("Exportera &arbetsbok…")
    assert texts[i:i + 3] == ["Exportera &arbetsbok…", "Exportera åter&kopplingsrapport (PDF)…", "&Juryarbetsbok…"]
    assert "Åter&ställ säkerhetskopia…" in texts and "&Uppgradera frågebanken…" in texts
    assert w.compare_menu.menuAction() in w.ui.menuFile.actions()


def test_one_comparison_for_the_chart_the_presentation_and_the_exports(qtbot, main_window, demo_copy, shown):
    """The comparison is held once per window (gui/base/comparison.py); whoever shows or uses it follows its signal."""
    w = main_window(demo_copy)
    comparison = w.host.comparison
    seen = []
    comparison.changed.connect(seen.append)
    w.compare_with("botkyrka-2003")  # through the Jämför med menu
    assert [r.name for r in seen] == ["Botkyrka 2003"] and comparison.source == "botkyrka-2003"
    w.toggle_presentation()
    pv = w.presentation
    try:
        assert pv.radar.comparison_scores == w.profile_panel.radar.comparison_scores is not None
        with export_actions.comparison_spec(w.host) as spec:
            assert spec == "botkyrka-2003"
        none = w.compare_menu.none_action
        assert none.isEnabled()
        none.trigger()  # Ingen jämförelse
        assert seen[-1] is None and comparison.reference is None and not none.isEnabled()
        assert pv.radar.comparison_scores is None and w.profile_panel.radar.comparison_scores is None
        with export_actions.comparison_spec(w.host) as spec:
            assert spec is None
    finally:
        pv.close()
    assert shown == []


def _with_names(path: Path) -> str:
    """An interviewee, and a finding naming her in the genitive; returns the finding's id."""
    with Evaluation.open(path, author="Anna Granskare") as ev:
        s = ev.add("session", starts_at="2026-03-10T09:00", group_name="Ledande politiker", place="Sessionssalen")
        ev.add("participant", session_id=s.id, name="Olof Palme", role="Kommunstyrelsens ordförande")
        area = ev.bank.areas[2].id
        ev.add("finding", area_id=area, kind="strength", text="Tydliga mål i budgeten.")
        return ev.add("finding", area_id=area, kind="development", text="Olof Palmes förslag är inte genomfört.").id


def test_pdf_dialog_lists_names_and_exports_once_each_is_accepted(qtbot, main_window, new_file, tmp_path,
                                                                   monkeypatch, shown):
    _with_names(new_file)
    w = main_window(new_file)
    target = tmp_path / "rapport.pdf"
    seen = {}

    def fill(dlg):
        rows = [dlg.ui.namesList.item(i).text() for i in range(dlg.ui.namesList.count())]
        seen.update(rows=rows, visible=not dlg.ui.namesList.isHidden())
        dlg.ui.fileEdit.setText(str(target))
        dlg.accept()  # refused: nothing accepted yet
        seen.update(problem=dlg.ui.problemLabel.text(), result=dlg.result())
        dlg.ui.namesList.item(0).setCheckState(Qt.CheckState.Checked)
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(ExportDialog, "exec", fill)
    w.features["exports"].pdf_action.trigger()
    assert seen["visible"] and seen["rows"] == ["Fynd 3.2: 'Olof Palmes' liknar deltagaren Olof Palme"]
    assert "1 kvar" in seen["problem"] and seen["result"] != QDialog.DialogCode.Accepted
    assert shown == [] and target.exists()  # accepted by the auditor: written as it stands
    assert "Palmes" in "".join(page.extract_text() for page in PdfReader(target).pages)


def test_going_to_a_name_shows_the_finding_and_exports_nothing(qtbot, main_window, new_file, tmp_path,
                                                               monkeypatch, shown):
    finding = _with_names(new_file)
    w = main_window(new_file)
    target = tmp_path / "rapport.pdf"

    def fill(dlg):
        dlg.ui.fileEdit.setText(str(target))
        dlg.ui.namesList.setCurrentRow(0)
        dlg.ui.goToButton.click()
        return dlg.result()

    monkeypatch.setattr(ExportDialog, "exec", fill)
    w.features["exports"].pdf_action.trigger()
    assert not target.exists() and shown == []
    assert w.ui.pages.currentWidget() is w.findings_panel
    view = w.findings_panel.views["development"]
    assert view.model().record(view.currentIndex().row()).id == finding


def test_workbook_dialog_shows_no_name_list(qtbot, main_window, new_file, tmp_path, monkeypatch, shown):
    _with_names(new_file)
    w = main_window(new_file)
    seen = {}
    fill_export(monkeypatch, tmp_path / "bok.xlsx")
    real = ExportDialog.exec

    def spy(dlg):
        seen["hidden"] = dlg.ui.namesList.isHidden()
        return real(dlg)

    monkeypatch.setattr(ExportDialog, "exec", spy)
    w.features["exports"].workbook_action.trigger()
    assert seen["hidden"] and (tmp_path / "bok.xlsx").exists()


def test_pdf_dialog_writes_the_word_report_beside_it(qtbot, main_window, new_file, tmp_path, monkeypatch, shown):
    import docx

    w = main_window(new_file)
    with Evaluation.open(new_file, author="Anna Granskare") as ev:
        ev.set_analysis("summary", "Sammanfattningen som rapporten bygger på.")
    target = tmp_path / "rapport.pdf"

    def fill(dlg):
        assert not dlg.docxCheck.isHidden()
        dlg.ui.finalCheck.setChecked(True)
        dlg.docxCheck.setChecked(True)
        dlg.ui.fileEdit.setText(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill)
    w.features["exports"].pdf_action.trigger()
    assert shown == [] and target.exists()
    document = docx.Document(str(target.with_suffix(".docx")))
    assert "Sammanfattningen som rapporten bygger på." in [p.text for p in document.paragraphs]
    assert [s[2] for s in export_actions.last_progress][-2:] == ["Skriver Word-rapporten", "Klart"]


def test_jury_dialog_takes_published_results(qtbot, main_window, new_file, tmp_path, monkeypatch, shown):
    table = tmp_path / "publicerat.csv"
    table.write_text("municipality,year,edition,1,2,3,4,5,6,7,8\n"
                     "Vallentuna,2021,2020,63,65,73,64,61,59,68,64\n", encoding="utf-8")
    w = main_window(new_file)
    out = tmp_path / "jury.xlsx"

    def fill(dlg):
        dlg.add([table])
        assert dlg.ui.filesList.item(1).text() == "Publicerade resultat  (publicerat.csv)"
        dlg.ui.fileEdit.setText(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(JuryDialog, "exec", fill)
    w.features["exports"].jury_action.trigger()
    assert shown == [] and out.exists()
    text = cells(out)
    assert "Vallentuna 2021" in text and "publicerat resultat" in text and "Testkommun 2026" in text
