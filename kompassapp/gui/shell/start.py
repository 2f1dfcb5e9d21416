# SPDX-License-Identifier: MIT
"""The start dialog (recent files, open, new evaluation, demo) and the demo file itself.

When a file named on the command line cannot be opened, the start dialog says why at the top and,
where backups of that file were taken here, offers to restore one (the app does not just end).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from kompassapp import backups
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.gui.base.errors import Msg, OpenFailure, show_error, tr as tr_error
from kompassapp.gui.base.plaintext import esc
from kompassapp.gui.files.backup_actions import RestoreDialog, backups_of
from kompassapp.gui.base.pick import choose_file
from kompassapp.gui.shell.dialogs import NewEvaluationDialog
from kompassapp.gui.forms.ui_start_dialog import Ui_StartDialog
from kompassapp.gui.base.settings import Settings, data_dir

PATH_ROLE = Qt.ItemDataRole.UserRole + 40
translate = QCoreApplication.translate
DEMO_NAME = "botkyrka-2003-demo.kompass"


def demo_path() -> Path:
    return data_dir() / "demo" / DEMO_NAME


def ensure_demo() -> Path:
    """The demo evaluation in the user's data folder, written on first use (build_demo makes it
    appear whole or not at all, so an interrupted build is never opened)."""
    from kompassapp.demo import build_demo  # loads YAML: only when the demo is asked for

    path = demo_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path)
    return path


class StartDialog(QDialog):
    """On accept: `path` is a file to open, or `evaluation` a newly created one."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, problem: OpenFailure | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_StartDialog()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.evaluation: Evaluation | None = None
        self.problem = problem
        self.found = backups_of(settings, problem.path) if problem else []
        self.ui.problemLabel.setVisible(problem is not None)
        if problem is not None:
            self.ui.problemLabel.setText(
                f"<p style='color:#b02020'><b>{esc(tr_error(Msg.CANNOT_OPEN))}.</b> {esc(problem.text)}</p>"
                f"<p>{esc(problem.hint)}<br><small>{esc(problem.technical)}</small></p>")
            self.ui.problemLabel.setToolTip(problem.core)
        self.ui.restoreButton.setVisible(bool(self.found))
        self.ui.restoreButton.clicked.connect(self.restore_backup)
        for p in settings.existing_recent():
            item = QListWidgetItem(f"{p.stem}\n{p.parent}")
            item.setData(PATH_ROLE, str(p))
            item.setToolTip(str(p))
            self.ui.recentList.addItem(item)
        has_recent = self.ui.recentList.count() > 0
        if has_recent:
            self.ui.recentList.setCurrentRow(0)
        self.ui.openRecentButton.setEnabled(has_recent)
        self.ui.recentList.itemActivated.connect(lambda _: self.open_recent())
        self.ui.openRecentButton.clicked.connect(self.open_recent)
        self.ui.openButton.clicked.connect(self.open_file)
        self.ui.newButton.clicked.connect(self.new_evaluation)
        self.ui.demoButton.clicked.connect(self.open_demo)
        self.ui.quitButton.clicked.connect(self.reject)
        (self.ui.restoreButton if self.found else self.ui.openRecentButton if has_recent
         else self.ui.newButton).setDefault(True)

    def restore_backup(self) -> None:
        """Put a backup back in place of the file that could not be opened (kept beside it if it exists), then open it."""
        target = self.problem.path
        dlg = RestoreDialog(f"<b>{esc(target.name)}</b>", self.found, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.chosen() is None:
            return
        try:
            backups.restore(dlg.chosen().path, target)
        except KompassError as exc:
            show_error(self, translate("Backups", "Säkerhetskopian kunde inte återställas"),
                       translate("Start", "Filen är oförändrad."), tr_error(Msg.DETAIL).replace("%1", str(exc)))
            return
        self.path = target
        self.accept()

    def open_recent(self) -> None:
        item = self.ui.recentList.currentItem()
        if item:
            self.path = Path(item.data(PATH_ROLE))
            self.accept()

    def open_file(self) -> None:
        path = choose_file(self)
        if path:
            self.path = path
            self.accept()

    def new_evaluation(self) -> None:
        dlg = NewEvaluationDialog(self.settings, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.evaluation = dlg.evaluation
            self.accept()

    def open_demo(self) -> None:
        self.path = ensure_demo()
        self.accept()
