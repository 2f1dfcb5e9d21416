# SPDX-License-Identifier: MIT
"""File ▸ Exportera arbetsbok…, Exportera återkopplingsrapport (PDF)… and Juryarbetsbok….

The window only chooses files and options; the Qt-free `kompassapp.exports.commands` writes
(the same code as `kompassapp export` and `kompassapp jury`). The PDF and the jury workbook run
on a worker thread behind a progress dialog fed by the core's (step, steps, text) callback; the
workbook of one evaluation takes well under a second and is written directly.
Exports read the evaluation file itself, so the comment being typed is stored first. The core
writes atomically: when a target cannot be written (open in Excel, read-only, disk full) the
user gets a dialog and the previous file stays as it was.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QMessageBox,
                               QProgressDialog, QWidget)

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.exports.names import Hit
from kompassapp.exports.steps import Step
from kompassapp.gui.base.errors import Msg, show_error, show_kompass_error, tr as tr_error
from kompassapp.gui.base.host import Host
from kompassapp.gui.base.pick import SuggestedPath
from kompassapp.gui.base.plaintext import esc
from kompassapp.gui.forms.ui_export_dialog import Ui_ExportDialog
from kompassapp.gui.forms.ui_jury_dialog import Ui_JuryDialog

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
Progress = Callable[[int, int, Step, str], None]

# The core reports its steps by id (kompassapp.exports.steps); shown in the interface language.
STEP_TEXTS: dict[str, str] = {
    Step.READ: QT_TRANSLATE_NOOP("Exports", "Läser utvärderingen"),
    Step.READ_FILE: QT_TRANSLATE_NOOP("Exports", "Läser %1"),  # "Läser botkyrka.kompass"
    Step.WORKBOOK: QT_TRANSLATE_NOOP("Exports", "Skriver arbetsboken"),
    Step.PDF: QT_TRANSLATE_NOOP("Exports", "Skriver PDF-rapporten"),
    Step.DOCX: QT_TRANSLATE_NOOP("Exports", "Skriver Word-rapporten"),
    Step.DONE: QT_TRANSLATE_NOOP("Exports", "Klart"),
}


def step_text(step: str, detail: str = "") -> str:
    text = STEP_TEXTS.get(step)
    return translate("Exports", text).replace("%1", detail) if text else step


# -- running an export ---------------------------------------------------------------------
class _Worker(QThread):
    step = Signal(int, int, str, str)

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(lambda step, steps, what, detail: self.step.emit(step, steps, what, detail))
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.error = exc


class _ProgressView(QObject):
    """Lives in the GUI thread: the worker's steps reach the dialog through a queued connection."""

    def __init__(self, dialog: QProgressDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.seen: list[tuple[int, int, str]] = []

    @Slot(int, int, str, str)
    def show_step(self, step: int, steps: int, what: str, detail: str) -> None:
        text = step_text(what, detail)
        self.seen.append((step, steps, text))
        self.dialog.setMaximum(max(steps, 1))
        self.dialog.setValue(min(step, steps))
        self.dialog.setLabelText(text)


last_progress: list[tuple[int, int, str]] = []  # the steps the last progress dialog showed (for tests)


def run_with_progress(parent: QWidget, title: str, work: Callable[[Progress], Any]) -> Any:
    """Run `work(progress)` on a worker thread behind a window-modal progress dialog; re-raises its error."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(translate("Exports", "Förbereder…"))
    dialog.setCancelButton(None)  # the core's writers cannot stop half-way; each takes seconds at most
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    view = _ProgressView(dialog)
    worker = _Worker(work)
    worker.step.connect(view.show_step, Qt.ConnectionType.QueuedConnection)
    loop = QEventLoop()
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.show()
    try:
        worker.start()
        loop.exec()
        worker.wait()
        QCoreApplication.processEvents()  # the last queued steps
    finally:
        last_progress[:] = view.seen
        dialog.close()
        dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result


def run_busy(work: Callable[[Progress | None], Any]) -> Any:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work(None)
    finally:
        QApplication.restoreOverrideCursor()


def show_export_error(parent: QWidget, target: Path, exc: BaseException) -> None:
    show_error(parent, translate("Exports", "Exporten kunde inte sparas"),
               translate("Exports", "%1 kunde inte skrivas.").replace("%1", target.name),
               translate("Exports", "Är filen öppen i Excel eller i ett PDF-program? Stäng den och försök igen, "
                                    "eller välj ett annat namn. Är mappen skrivskyddad eller disken full, välj en "
                                    "annan mapp. En tidigare fil med samma namn är oförändrad.")
               + "\n\n" + tr_error(Msg.DETAIL).replace("%1", str(getattr(exc, "strerror", None) or exc)))


@contextmanager
def comparison_spec(host: Host) -> Iterator[str | Path | None]:
    """What to pass as `compare`: the window's comparison; a typed-in one as a temporary reference file."""
    comparison = host.comparison
    if comparison.reference is None:
        yield None
    elif comparison.source is not None:
        yield comparison.source
    else:
        from kompassapp.references import save_reference

        with tempfile.TemporaryDirectory(prefix="kompassapp-") as folder:
            path = Path(folder) / "referens.yaml"
            save_reference(comparison.reference, path)
            yield path


def _ask_overwrite(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(parent, translate("Exports", "Ersätta filen?"),
                                  translate("Exports", "%1 finns redan. Vill du ersätta den?").replace("%1", path.name))
    return answer == QMessageBox.StandardButton.Yes


# -- one evaluation: workbook or PDF ------------------------------------------------------------
HIT_ROLE = Qt.ItemDataRole.UserRole + 61
GO_TO = 2  # the dialog's result when the auditor goes to a name to fix it (instead of exporting)


class ExportDialog(QDialog):
    """Target file and options of one export; `kind` is "xlsx" or "pdf".

    `hits` are the places where an export that promises no names would still show something
    like an interviewee's name (`kompassapp.exports.names`): listed, each to be accepted (ticked)
    or fixed (Gå till: the dialog closes with GO_TO and `go_to` set) before the export can run."""

    def __init__(self, ev: Evaluation, kind: str, comparison_name: str | None, parent: QWidget | None = None,
                 hits: list[Hit] | tuple[Hit, ...] = ()):
        super().__init__(parent)
        self.ev, self.kind = ev, kind
        self.hits = list(hits)
        self.go_to: Hit | None = None
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        for widget in (self.ui.namesLabel, self.ui.namesList, self.ui.goToButton, self.ui.acceptAllButton):
            widget.setVisible(bool(self.hits))
        for i, hit in enumerate(self.hits):
            item = QListWidgetItem(str(hit))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(HIT_ROLE, i)
            self.ui.namesList.addItem(item)
        if self.hits:
            self.ui.namesList.setCurrentRow(0)
            self.resize(max(self.width(), 760), self.height() + 200)
        self.ui.namesList.itemDoubleClicked.connect(self._go_to)
        self.ui.goToButton.clicked.connect(lambda: self._go_to(self.ui.namesList.currentItem()))
        self.ui.acceptAllButton.clicked.connect(self.accept_all)
        pdf = kind == "pdf"
        # The Word report beside the PDF, same name (issue 14): the auditors finish it in Word.
        self.docxCheck = QCheckBox(self.tr("Även som &Word-dokument (.docx) bredvid, för att redigera"), self)
        self.docxCheck.setObjectName("docxCheck")
        self.ui.finalCheck.parentWidget().layout().insertWidget(
            self.ui.finalCheck.parentWidget().layout().indexOf(self.ui.finalCheck) + 1, self.docxCheck)
        self.docxCheck.setVisible(pdf)
        self.ui.finalCheck.setVisible(pdf)
        self.ui.anonymizeCheck.setVisible(not pdf)
        if pdf:
            self.setWindowTitle(self.tr("Exportera återkopplingsrapport (PDF)"))
            self.ui.introLabel.setText(self.tr("Återkopplingen till kommunen: poäng, kompassros, styrkor, "
                                               "utvecklingsområden och goda exempel per område. Rapporten innehåller "
                                               "aldrig de intervjuades namn."))
        else:
            self.setWindowTitle(self.tr("Exportera arbetsbok"))
            self.ui.introLabel.setText(self.tr("Arbetsboken i Excel: sammanfattning med diagram, ett blad per område "
                                               "med varje fråga, underlaget och registren över intervjuer och dokument."))
        self.ui.compareLabel.setText(comparison_name or self.tr("Ingen (välj en under Jämför med)"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exportera"))
        kinds = {"xlsx": self.tr("Excel-arbetsböcker (*.xlsx)"), "pdf": self.tr("PDF-dokument (*.pdf)")}
        self.file = SuggestedPath(self.ui.fileEdit, self.ui.browseButton, self._suggested, self.windowTitle(),
                                  suffix=self.suffix, file_filter=kinds[self.kind])
        self.ui.finalCheck.toggled.connect(self.file.refresh)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def suffix(self) -> str:
        return "." + self.kind

    def _suggested(self) -> Path:
        stem = self.ev.path.stem
        if self.kind == "pdf":
            stem += "-rapport" if self.ui.finalCheck.isChecked() else "-aterkoppling"
        return self.ev.path.with_name(stem + self.suffix)

    def path(self) -> Path:
        path = Path(self.ui.fileEdit.text().strip()).expanduser()
        return path if path.suffix.lower() == self.suffix else path.with_name(path.name + self.suffix)

    def accept_all(self) -> None:
        for i in range(self.ui.namesList.count()):
            self.ui.namesList.item(i).setCheckState(Qt.CheckState.Checked)

    def unaccepted(self) -> int:
        return sum(self.ui.namesList.item(i).checkState() != Qt.CheckState.Checked
                   for i in range(self.ui.namesList.count()))

    def _go_to(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.go_to = self.hits[item.data(HIT_ROLE)]
        self.done(GO_TO)

    def accept(self) -> None:
        if not self.ui.fileEdit.text().strip():
            self.ui.problemLabel.setText("<b>" + self.tr("Välj var filen ska sparas.") + "</b>")
            return
        if self.unaccepted():
            self.ui.problemLabel.setText("<b>" + self.tr("Rätta eller godta först varje ställe i listan som liknar "
                                                         "ett namn (%1 kvar).").replace("%1", str(self.unaccepted()))
                                         + "</b>")
            return
        path = self.path()
        if not path.parent.is_dir():
            self.ui.problemLabel.setText("<b>" + self.tr("Mappen %1 finns inte.").replace("%1", str(path.parent)) + "</b>")
            return
        if path.exists() and self.file.browsed != path and not _ask_overwrite(self, path):
            return
        super().accept()


def go_to_hit(host: Host, hit: Hit) -> None:
    """Show the record a name was found in, for the auditor to fix the text."""
    host.show_record(hit.kind, hit.record_id)


def _export(host: Host, kind: str) -> Path | None:
    window, comparison = host.widget, host.comparison.reference
    # Stored first: the exports (and the search for names) read the file itself.
    if not host.flush_edits():  # the file could not take the comment: a dialog said so
        return None
    from kompassapp.exports import commands

    source = host.ev.path
    try:  # the PDF promises no interviewees' names (the workbook only anonymised, which replaces them all)
        hits = commands.name_hits(source) if kind == "pdf" else []
    except KompassError as exc:
        show_kompass_error(window, exc)
        return None
    dlg = ExportDialog(host.ev, kind, comparison.name if comparison else None, window, hits)
    result = dlg.exec()
    if result == GO_TO and dlg.go_to is not None:
        go_to_hit(host, dlg.go_to)
        return None
    if result != QDialog.DialogCode.Accepted:
        return None
    target = dlg.path()
    final, anonymize = dlg.ui.finalCheck.isChecked(), dlg.ui.anonymizeCheck.isChecked()
    docx = target.with_suffix(".docx") if kind == "pdf" and dlg.docxCheck.isChecked() else None
    try:
        with comparison_spec(host) as compare:
            if kind == "pdf":
                run_with_progress(window, translate("Exports", "Återkopplingsrapport"),
                                  lambda progress: commands.export(source, pdf=target, final=final, compare=compare,
                                                                   allow_names=bool(hits), progress=progress,
                                                                   docx=docx))
            else:
                run_busy(lambda progress: commands.export(source, xlsx=target, compare=compare, anonymize=anonymize,
                                                          progress=progress))
    except (KompassError, OSError) as exc:
        show_export_error(window, target, exc)
        return None
    host.status(translate("Exports", "Sparade %1").replace("%1", str(target)), 10000)
    return target


def export_workbook(host: Host) -> Path | None:
    return _export(host, "xlsx")


def export_pdf(host: Host) -> Path | None:
    return _export(host, "pdf")


# -- the jury workbook -------------------------------------------------------------------------
PATH_ROLE = Qt.ItemDataRole.UserRole + 60


def is_published_table(path: Path) -> bool:
    """A table of published totals (csv, or xlsx other than the workbook being written)."""
    return Path(path).suffix.lower() in (".csv", ".xlsx")


class JuryDialog(QDialog):
    """The nominees' evaluation files (the open one listed first) and the workbook to write."""

    def __init__(self, current: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_JuryDialog()
        self.ui.setupUi(self)
        self.folder = current.parent if current else Path.home()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Skapa arbetsboken"))
        self.ui.fileEdit.setText(str(self.folder / self.tr("juryarbetsbok.xlsx")))
        self.ui.addButton.clicked.connect(self._choose)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if current:
            self.add([current])

    def paths(self) -> list[Path]:
        return [Path(self.ui.filesList.item(i).data(PATH_ROLE)) for i in range(self.ui.filesList.count())]

    def add(self, paths: list[Path]) -> None:
        have = {p.resolve() for p in self.paths()}
        for path in map(Path, paths):
            if path.resolve() in have:
                continue
            have.add(path.resolve())
            label = path.name
            try:
                if is_published_table(path):
                    label = self.tr("Publicerade resultat  (%1)").replace("%1", path.name)
                elif path.suffix.lower() in (".yaml", ".yml"):
                    from kompassapp.references import load_reference

                    label = self.tr("Referensprofil %1  (%2)").replace("%1", load_reference(path).name) \
                        .replace("%2", path.name)
                else:
                    with Evaluation.open(path, readonly=True) as ev:
                        label = f"{ev.info.municipality} {ev.info.year}  ({path.name})"
            except KompassError:
                pass  # named by its file; the export explains what is wrong with it
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.ui.filesList.addItem(item)

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Välj de nominerades utvärderingar"), str(self.folder),
            self.tr("Utvärderingar, referensprofiler och publicerade resultat (*.kompass *.yaml *.yml *.csv *.xlsx)"))
        if paths:
            self.folder = Path(paths[0]).parent
            self.add([Path(p) for p in paths])

    def remove_selected(self) -> None:
        for item in self.ui.filesList.selectedItems():
            self.ui.filesList.takeItem(self.ui.filesList.row(item))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.ui.fileEdit.text(),
                                              self.tr("Excel-arbetsböcker (*.xlsx)"))
        if path:
            self.ui.fileEdit.setText(path)
            self._confirmed = self.target()

    def target(self) -> Path:
        path = Path(self.ui.fileEdit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def accept(self) -> None:
        problem = ""
        if len(self.paths()) < 2 and not any(map(is_published_table, self.paths())):
            problem = self.tr("Välj minst två utvärderingar att jämföra.")
        elif not self.ui.fileEdit.text().strip():
            problem = self.tr("Välj var arbetsboken ska sparas.")
        elif not self.target().parent.is_dir():
            problem = self.tr("Mappen %1 finns inte.").replace("%1", esc(str(self.target().parent)))
        if problem:
            self.ui.problemLabel.setText(f"<b>{problem}</b>")
            return
        target = self.target()
        if target.exists() and getattr(self, "_confirmed", None) != target and not _ask_overwrite(self, target):
            return
        super().accept()


def jury_workbook(host: Host) -> Path | None:
    window = host.widget
    dlg = JuryDialog(host.ev.path, window)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dlg.target()
    paths = [p for p in dlg.paths() if not is_published_table(p)]
    published = [p for p in dlg.paths() if is_published_table(p)]  # rows of published totals (issue 14)
    if not host.flush_edits():
        return None
    from kompassapp.exports import commands

    try:
        run_with_progress(window, translate("Exports", "Juryarbetsbok"),
                          lambda progress: commands.jury(paths, target, progress=progress, published=published))
    except (KompassError, OSError) as exc:
        if isinstance(exc, KompassError) and str(target) not in str(exc):  # about the evaluations, not the target
            show_error(window, translate("Exports", "Juryarbetsboken kan inte skapas"),
                       translate("Exports", "Utvärderingarna kan inte jämföras i en arbetsbok."),
                       tr_error(Msg.DETAIL).replace("%1", str(exc)))
        else:
            show_export_error(window, target, exc)
        return None
    host.status(translate("Exports", "Sparade %1").replace("%1", str(target)), 10000)
    return target
