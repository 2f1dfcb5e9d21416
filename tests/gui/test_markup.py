# SPDX-License-Identifier: MIT
"""Text from a file or a person is shown as text, never as markup (issue 11 item 7).

Every text field of an evaluation file (municipality, area and question titles via its bank,
team, participants, session groups, documents, findings, notes, answers' comments) holds an
`<img>` tag pointing at a real local image. Every label the window, its pages and the
presentation show must display the tag literally: as a plain-text label, or escaped.
"""

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from kompassapp.gui.base import errors

SMALL = Path(__file__).parent.parent / "banks" / "small.yaml"


def hostile_bank(tmp_path: Path, tag: str) -> Path:
    text = SMALL.read_text(encoding="utf-8")
    for field in ("title", "short", "text", "guidance"):
        # every title, short name, question text and guidance gets the tag (YAML-quoted)
        text = re.sub(rf"^(\s*(?:- )?{field}: )(.+)$", lambda m: f"{m.group(1)}'{tag} {m.group(2)}'", text, flags=re.M)
    text = re.sub(r"label: ([^,}]+)", lambda m: f"label: '{tag}{m.group(1)}'", text)
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def hostile_file(tmp_path: Path) -> tuple[Path, str]:
    png = tmp_path / "pixel.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    assert image.save(str(png))
    tag = f'<img src="{png}">'
    bank = load_bank(hostile_bank(tmp_path, tag))
    path = tmp_path / "hostile.kompass"
    with Evaluation.create(path, bank, municipality=f"{tag}Kommun<b>fet", year=2026, team=[f"{tag}Anna"],
                           author=f"{tag}Anna") as ev:
        s = ev.add("session", group_name=f"{tag}Ledningsgruppen", place=f"{tag}rum")
        p = ev.add("participant", session_id=s.id, name=f"{tag}Olof Palme", role=f"{tag}KSO", unit=f"{tag}KS")
        d = ev.add("document", title=f"{tag}Årsredovisning", kind=f"{tag}rapport")
        ev.add("finding", area_id="1", kind="strength", text=f"{tag}Öppna protokoll")
        ev.add("finding", area_id="1", kind="example", text=f"{tag}Zebra", municipality=f"{tag}Helsingborg")
        ev.add_note(f"{tag}Anteckning", question_ids=["1.1.1"], source_kind="interview", session_id=s.id,
                    participant_id=p.id)
        ev.add_note(f"{tag}Ur dokumentet", question_ids=["1.1.1"], source_kind="document", document_id=d.id)
        ev.set_answer("1.1.1", choice="ja", comment=f"{tag}kommentar")
    return path, tag


def rich_labels_showing(tag: str) -> list[tuple[str, str]]:
    """Labels that would render `tag` as an image: rich or auto-detected text containing it."""
    found = []
    for top in QApplication.topLevelWidgets():
        for label in [top, *top.findChildren(QLabel)]:
            if isinstance(label, QLabel) and tag in label.text() \
                    and label.textFormat() != Qt.TextFormat.PlainText:
                found.append((label.objectName() or type(label.parent()).__name__, label.text()))
    return found


def test_markup_in_a_file_is_shown_as_text(qtbot, main_window, tmp_path, monkeypatch):
    path, tag = hostile_file(tmp_path)
    w = main_window(path, auditor=f"{tag}Anna")
    w.select_question("1.1.1")
    shown = [w.question_panel.ui.locationLabel, w.findings_panel.ui.areaLabel]
    assert any(tag in label.text() for label in shown)  # the texts are there, as text
    # interviews: the session running, its participant selected (status bar, evidence, register)
    sid = w.ev.sessions()[0].id
    w.start_session(sid)
    w.show_page(w.sessions_panel)
    w.sessions_panel.select_session(sid)
    w.sessions_panel.ui.participantsTable.setCurrentIndex(w.sessions_panel.participants.index(0, 0))
    assert "Olof Palme" in w.sessions_panel.ui.notesLabel.text()
    w.show_page(w.findings_panel)
    w.show_page(w.documents_panel)
    w.profile_panel  # noqa: B018 (builds the chart and its legend)
    w.toggle_presentation()
    qtbot.waitUntil(lambda: w.presentation is not None and w.presentation.isVisible())
    assert tag in w.presentation.ui.municipalityLabel.text()
    assert rich_labels_showing(tag) == []
    # tooltips are rich text when they look like it: the tree's and the notes' show the tag escaped
    model = w.tree_model
    tip = model.data(model.index_of("question", "1.1.1"), Qt.ItemDataRole.ToolTipRole)
    assert tag not in tip and "&lt;img" in tip
    tips = [w.evidence.ui.notesList.item(i).toolTip() for i in range(w.evidence.ui.notesList.count())]
    assert tips and all(tag not in t and "&lt;img" in t for t in tips)
    w.presentation.close()


def test_error_dialogs_show_file_text_as_text(qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(
        [(label.textFormat(), label.text()) for label in box.findChildren(QLabel) if label.text()]))
    errors.show_error(None, "Fel", '<img src="/tmp/x.png">.kompass', 'detalj <img src="/tmp/x.png">')
    assert seen and all(fmt == Qt.TextFormat.PlainText for fmt, _ in seen[0])
