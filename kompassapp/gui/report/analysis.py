# SPDX-License-Identifier: MIT
"""The written report's texts: an analysis per area, the summary, the introduction to the
municipality and the conclusion ("Analys", beside Iakttagelser).

Each text is stored as it is typed (after a short pause, and when the field loses focus); Ctrl+Z
takes a run of typing back in one step. Where auditors wrote their own versions of a text
(seen after a merge), the page shows them side by side until one text is written here; the
consensus page lists them too (`DisputedAnalyses`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from kompassapp.errors import KompassError
from kompassapp.evaluation import Change, ChangeKind, Evaluation
from kompassapp.gui.base import commands
from kompassapp.gui.base.banktext import display_bank
from kompassapp.gui.base.bridge import Bridge
from kompassapp.gui.base.errors import show_kompass_error
from kompassapp.gui.base.plaintext import esc

translate = QCoreApplication.translate
SAVE_AFTER_MS = 700  # a pause in typing stores the text


def part_title(ev: Evaluation, kind: str, area_id: str) -> str:
    if kind == "area":
        area = display_bank(ev).area(area_id)
        return translate("Analysis", "Analys %1 %2").replace("%1", area.id).replace("%2", area.title)
    return {"introduction": translate("Analysis", "Inledning: om kommunen"),
            "summary": translate("Analysis", "Sammanfattande analys"),
            "conclusion": translate("Analysis", "Avslutning")}[kind]


def parts(ev: Evaluation) -> list[tuple[str, str]]:
    """(kind, area id) in the report's order."""
    return [("introduction", ""), ("summary", ""), *(("area", a.id) for a in ev.bank.areas), ("conclusion", "")]


class _TextEdit(QPlainTextEdit):
    left = Signal()  # focus went elsewhere: store what is typed

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.left.emit()


class AnalysisPanel(QWidget):
    partChanged = Signal(str, str)

    def __init__(self, ev: Evaluation, bridge: Bridge, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev, self.stack = ev, stack
        self.kind, self.area_id = "summary", ""
        self.partList = QListWidget()
        self.partList.setObjectName("analysisParts")
        self.titleLabel = QLabel()
        self.titleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.disputeLabel = QLabel()
        self.disputeLabel.setWordWrap(True)
        self.disputeLabel.setTextFormat(Qt.TextFormat.RichText)
        self.textEdit = _TextEdit()
        self.textEdit.setObjectName("analysisText")
        self.textEdit.setPlaceholderText(translate(
            "Analysis", "Skriv analysen här. En tom rad börjar ett nytt stycke. Texten sparas medan du skriver "
            "och kommer med i Word- och PDF-rapporten (--final) och i arbetsboken."))
        self.textEdit.setTabChangesFocus(True)
        self.versions = QWidget()
        self.versions.setLayout(QHBoxLayout())
        self.versions.layout().setContentsMargins(0, 0, 0, 0)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (self.titleLabel, self.disputeLabel, self.versions, self.textEdit):
            box.addWidget(w)
        box.setStretch(3, 1)
        splitter = QSplitter()
        splitter.addWidget(self.partList)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 600])
        QVBoxLayout(self).addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        self.textEdit.textChanged.connect(self._typed)
        self._loading = False
        self._dirty = False  # typed since the text was loaded or stored: only then is it written
        self.textEdit.left.connect(self._left)
        self.partList.currentRowChanged.connect(self._row_changed)
        bridge.changed.connect(self._changed)
        self._fill_list()
        self.show_part("summary")

    # -- the list of parts -----------------------------------------------------------------
    def _fill_list(self) -> None:
        disputed = set(self.ev.disputed_analyses())
        self.partList.blockSignals(True)
        row = self.partList.currentRow()
        self.partList.clear()
        for kind, area_id in parts(self.ev):
            text = part_title(self.ev, kind, area_id)
            written = bool(self.ev.analysis_text(kind, area_id).strip())
            mark = (translate("Analysis", " · två versioner") if (kind, area_id) in disputed
                    else ("" if written else translate("Analysis", " · ej skriven")))
            item = QListWidgetItem(text + mark)
            item.setData(Qt.ItemDataRole.UserRole, (kind, area_id))
            self.partList.addItem(item)
        self.partList.setCurrentRow(row)
        self.partList.blockSignals(False)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        kind, area_id = self.partList.item(row).data(Qt.ItemDataRole.UserRole)
        self.show_part(kind, area_id)

    def set_area(self, area_id: str) -> None:
        """Follow the area of the question tree (as Iakttagelser does)."""
        if area_id and (self.kind, self.area_id) != ("area", area_id):
            self.show_part("area", area_id)

    def show_part(self, kind: str, area_id: str = "") -> None:
        self.save()
        self.kind, self.area_id = kind, area_id
        for i in range(self.partList.count()):
            if self.partList.item(i).data(Qt.ItemDataRole.UserRole) == (kind, area_id):
                self.partList.blockSignals(True)
                self.partList.setCurrentRow(i)
                self.partList.blockSignals(False)
        self._load()
        self.partChanged.emit(kind, area_id)

    # -- the text --------------------------------------------------------------------------
    def _load(self) -> None:
        versions = self.ev.analysis_versions(self.kind, self.area_id)
        self.titleLabel.setText(f"<h3>{esc(part_title(self.ev, self.kind, self.area_id))}</h3>")
        self._loading, self._dirty = True, False
        text = versions[0].text if versions else ""
        if self.textEdit.toPlainText() != text:
            self.textEdit.setPlainText(text)
        self._loading = False
        layout = self.versions.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        differ = len({v.text.strip() for v in versions}) > 1
        self.disputeLabel.setVisible(differ)
        self.versions.setVisible(differ)
        if differ:
            self.disputeLabel.setText(translate(
                "Analysis", "<b>Utvärderarna har skrivit olika versioner.</b> Välj en att utgå från eller skriv "
                "den gemensamma texten nedan; den ersätter versionerna (Ctrl+Z ångrar)."))
            for v in versions:
                layout.addWidget(self._version_box(v))

    def _version_box(self, version) -> QGroupBox:
        box = QGroupBox(translate("Analysis", "%1, %2").replace("%1", version.author)
                        .replace("%2", version.updated_at[:16].replace("T", " ")))
        inner = QVBoxLayout(box)
        label = QLabel(esc(version.text).replace("\n", "<br>"))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        use = QPushButton(translate("Analysis", "Använd den här"))
        use.clicked.connect(lambda _=False, t=version.text: self.write(t))
        inner.addWidget(label)
        inner.addWidget(use)
        return box

    def _typed(self) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def _left(self) -> None:
        if self._timer.isActive():  # only when something is waiting to be stored (never while closing)
            self.save()

    def save(self) -> None:
        """Store what is typed, if it differs from what is stored."""
        self._timer.stop()
        if not getattr(self, "_dirty", False):  # nothing typed: looking at differing versions agrees on none
            return
        self._dirty = False
        text = self.textEdit.toPlainText()
        versions = self.ev.analysis_versions(self.kind, self.area_id)
        if (not versions and not text.strip()) or (len(versions) == 1 and versions[0].text == text):
            return
        self.write(text)

    def write(self, text: str) -> None:
        try:
            commands.push(self.stack, commands.SetAnalysis(self.ev, self.kind, text, self.area_id))
        except KompassError as exc:
            show_kompass_error(self, exc)

    def _changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.ANALYSIS, ChangeKind.ALL):
            self._fill_list()
            if not self._timer.isActive():  # typing in progress is never overwritten
                self._load()


class DisputedAnalyses(QGroupBox):
    """For the consensus page: the analysis texts whose auditors' versions differ, each a button
    to the Analys page where one text is written."""

    openPart = Signal(str, str)

    def __init__(self, ev: Evaluation, bridge: Bridge, parent: QWidget | None = None):
        super().__init__(translate("Analysis", "Analystexter med olika versioner"), parent)
        self.ev = ev
        self.setObjectName("disputedAnalyses")
        QVBoxLayout(self)
        bridge.changed.connect(lambda change: self.refresh() if change.kind in (ChangeKind.ANALYSIS, ChangeKind.ALL)
                               else None)
        self.refresh()

    def refresh(self) -> None:
        layout = self.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        disputed = self.ev.disputed_analyses()
        for kind, area_id in disputed:
            authors = ", ".join(sorted({v.author for v in self.ev.analysis_versions(kind, area_id)}))
            button = QPushButton(f"{part_title(self.ev, kind, area_id)} ({authors})")
            button.clicked.connect(lambda _=False, k=kind, a=area_id: self.openPart.emit(k, a))
            layout.addWidget(button)
        self.setVisible(bool(disputed))


def install_in_consensus(panel: QWidget, ev: Evaluation, bridge: Bridge, open_part) -> DisputedAnalyses:
    """The hook for the consensus page: the disputed texts under its own list."""
    box = DisputedAnalyses(ev, bridge, panel)
    box.openPart.connect(open_part)
    panel.layout().addWidget(box)
    return box


def install(window, consensus: QWidget | None = None) -> AnalysisPanel:
    """Put the Analys page into the main window, beside Iakttagelser: it follows the tree's area;
    the consensus page (when given) lists the texts with differing versions and opens them here."""
    panel = AnalysisPanel(window.ev, window.bridge, window.stack)
    panel.setObjectName("analysisPanel")
    pages = window.ui.pages
    pages.insertTab(pages.indexOf(window.findings_panel) + 1, panel, translate("Analysis", "Analys"))
    window.tree.areaSelected.connect(panel.set_area)

    def open_part(kind: str, area_id: str) -> None:
        pages.setCurrentWidget(panel)
        panel.show_part(kind, area_id)
        panel.textEdit.setFocus()

    if consensus is not None:
        install_in_consensus(consensus, window.ev, window.bridge, open_part)
    return panel
