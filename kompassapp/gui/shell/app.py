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
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kompassapp import __version__
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.paths import resources_dir
from kompassapp.gui.base import errors
from kompassapp.gui import privacy
from kompassapp.gui.base import i18n
from kompassapp.gui.shell.dialogs import NewEvaluationDialog
from kompassapp.gui.base.errors import Msg, show_kompass_error
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
        path = Path(path)
        for w in self.windows:
            if w.ev.path.resolve() == path.resolve():
                w.raise_()
                w.activateWindow()
                return w
        try:
            ev = privacy.open_evaluation(parent, path, author=self.settings.auditor_name)  # asks a passphrase
        except KompassError as exc:
            show_kompass_error(parent, exc, opening=True)
            if not path.exists():
                self.settings.remove_recent(path)
            return None
        return self.show(ev) if ev is not None else None

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

    def start_dialog(self) -> bool:
        """The start dialog until something opens; False when the user leaves."""
        while True:
            dlg = StartDialog(self.settings)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            if dlg.evaluation is not None:
                self.show(dlg.evaluation)
                return True
            if dlg.path is not None and self.open_path(dlg.path):
                return True

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def quit(self) -> None:
        for w in list(self.windows):
            w.close()
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
        if not any([windows.open_path(Path(f)) for f in files]):
            return 1
    elif not windows.start_dialog():
        return 0
    if "--quit-after-start" in argv:  # for smoke tests and start-up benchmarks
        QTimer.singleShot(0, windows.quit)
    return app.exec()
