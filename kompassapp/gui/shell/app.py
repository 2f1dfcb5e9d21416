# SPDX-License-Identifier: MIT
"""Start the desktop app: QApplication, translations, the error handler, then a file or the start dialog.

`kompassapp FILE` opens FILE, `kompassapp --demo` the demo evaluation; otherwise the start dialog
offers recent files, open, new evaluation and the demo. Each open evaluation gets its own window (and its own undo stack).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from kompassapp import __version__
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.paths import resources_dir
from kompassapp.gui.base import errors
from kompassapp.gui import privacy
from kompassapp.gui.base import i18n
from kompassapp.gui.shell.dialogs import NewEvaluationDialog
from kompassapp.gui.base.errors import Msg, OpenFailure, open_failure, show_open_error
from kompassapp.gui.base.pick import choose_file
from kompassapp.gui.shell.mainwindow import MainWindow
from kompassapp.gui.base.name_prompt import ask_auditor_name
from kompassapp.gui.base.settings import Settings
from kompassapp.gui.shell.start import StartDialog, ensure_demo


class Windows:
    """The open evaluation windows; opens files, new evaluations and the demo."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.windows: list[MainWindow] = []

    def show(self, ev: Evaluation) -> MainWindow:
        self.settings.add_recent(ev.path)
        w = MainWindow(ev, self.settings, self)
        self.windows.append(w)
        w.show_sized()
        return w

    def open_path(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """The file's window (a dialog says why when it cannot be opened)."""
        opened = self.try_open(path, parent)
        if isinstance(opened, OpenFailure):
            show_open_error(parent, opened)
            return None
        return opened

    def try_open(self, path: Path, parent: QWidget | None = None) -> MainWindow | OpenFailure | None:
        """The file's window; an OpenFailure says why not; None when the auditor cancelled (passphrase)."""
        path = Path(path)
        for w in self.windows:
            if w.ev.path.resolve() == path.resolve():
                w.raise_()
                w.activateWindow()
                return w
        try:
            ev = privacy.open_evaluation(parent, path, author=self.settings.auditor_name)  # asks a passphrase
        except KompassError as exc:
            if not path.exists():
                self.settings.remove_recent(path)
            return open_failure(path, exc)
        return self.show(ev) if ev is not None else None  # None: the auditor cancelled the passphrase

    def open_files(self, paths: list[Path]) -> bool:
        """The command line's files; when none opens, the start dialog says why (and offers backups)."""
        failures, opened_any = [], False
        for path in paths:
            opened = self.try_open(path)
            if isinstance(opened, OpenFailure):
                failures.append(opened)
            elif opened is not None:
                opened_any = True
        if opened_any:  # a window is open: the others' problems as dialogs
            for failure in failures:
                show_open_error(self.windows[-1], failure)
            return True
        return self.start_dialog(failures[-1] if failures else None)

    def choose_and_open(self, parent: MainWindow) -> MainWindow | None:
        path = choose_file(parent, str(parent.ev.path.parent))
        return self.open_path(path, parent) if path else None

    def fill_recent(self, menu: QMenu, parent: QWidget) -> None:
        """Arkiv ▸ Senaste filer, just before it shows."""
        menu.clear()
        for p in self.settings.existing_recent():
            a = menu.addAction(p.name)
            a.setToolTip(str(p))
            a.triggered.connect(lambda _=False, path=p: self.open_path(path, parent))
        if not menu.actions():
            a = menu.addAction(QCoreApplication.translate("MainWindow", "(inga)"))
            a.setEnabled(False)

    def new_evaluation(self, parent: QWidget | None = None) -> MainWindow | None:
        dlg = NewEvaluationDialog(self.settings, parent)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.evaluation:
            return self.show(dlg.evaluation)
        return None

    def open_demo(self, parent: QWidget | None = None) -> MainWindow | None:
        try:
            path = ensure_demo()
        except KompassError as exc:
            errors.show_error(parent, errors.tr(Msg.CANNOT_CREATE), errors.tr(Msg.CANNOT_CREATE) + ".", str(exc))
            return None
        return self.open_path(path, parent)

    def start_dialog(self, problem: OpenFailure | None = None) -> bool:
        """The start dialog until something opens; False when the user leaves."""
        while True:
            dlg = StartDialog(self.settings, problem=problem)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            if dlg.evaluation is not None:
                self.show(dlg.evaluation)
                return True
            if dlg.path is None:
                continue
            opened = self.try_open(dlg.path)
            if not isinstance(opened, OpenFailure):
                return True
            problem = opened  # said at the top of the start dialog, as for the command line

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def quit(self) -> None:
        """Close every window, then leave; a window that stays open (an interview to go back to) stops it."""
        for w in list(self.windows):
            if not w.close():
                return
        QCoreApplication.quit()


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Kompassapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Kompassapp")
    app.setQuitOnLastWindowClosed(True)
    icon = resources_dir() / "icons" / "kompassapp.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(argv: list[str]) -> int:
    """The GUI entry point (kompassapp.launch): returns the exit code."""
    app = make_application(argv)
    settings = Settings()
    i18n.install(app, settings.language)
    errors.install()
    if app.platformName() not in ("offscreen", "minimal"):  # no one could answer it there (smoke runs, kill tests)
        ask_auditor_name(settings)
    windows = Windows(settings)
    files = [a for a in argv if not a.startswith("-")]
    if "--demo" in argv:
        if windows.open_demo() is None:
            return 1
    elif files:
        if not windows.open_files([Path(f) for f in files]):
            return 0  # the auditor left from the start dialog
    elif not windows.start_dialog():
        return 0
    if "--quit-after-start" in argv:  # for smoke tests and start-up benchmarks
        QTimer.singleShot(0, windows.quit)
    return app.exec()
