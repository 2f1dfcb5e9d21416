# SPDX-License-Identifier: MIT
"""Close an evaluation's window, change the file as a whole, and open it again in a fresh window.

A bank upgrade gives the file another bank (other questions, texts, maxima) and a restored backup
is another file: every view, the undo stack and the caches would be stale. Reopening builds them
all anew, the same way as opening a file; the layout (kept in the settings on close), the
selected question and the comparison carry over.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kompassapp.errors import KompassError
from kompassapp.references import check_comparable
from kompassapp.gui.base.errors import open_failure, show_open_error
from kompassapp.gui import privacy

if TYPE_CHECKING:
    from kompassapp.gui.shell.app import Windows
    from kompassapp.gui.shell.mainwindow import MainWindow
    from kompassapp.gui.base.settings import Settings


def reopen(window: MainWindow, between: Callable[[], object] | None = None) -> MainWindow | None:
    """Close `window` (and its file), run `between()`, open the file again; None if it could not close or open.

    An error from `between` propagates, after the file has been opened again.
    """
    path, settings, controller = window.ev.path, window.settings, window.controller
    question, comparison, source = window.question_id, window.comparison, window.comparison_source
    app = QApplication.instance()
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the app must not end between the two windows
    try:
        if not window.close():  # a comment that could not be stored: the window stays, nothing happens
            return None
        error: BaseException | None = None
        try:
            if between is not None:
                between()
        except BaseException as exc:  # raised again once the file is open again
            error = exc
        new = _open(path, settings, controller, type(window))
        if new is not None:
            if comparison is not None:
                try:
                    check_comparable(comparison, new.ev.bank)
                    new.set_comparison(comparison, source)
                except KompassError:
                    pass  # e.g. a backup from before an upgrade: the comparison no longer fits
            if question and question in new.ev.bank.questions:
                new.select_question(question)
        if error is not None:
            raise error
        return new
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last)


def _open(path: Path, settings: Settings, controller: Windows | None, window_class: type[MainWindow]) -> MainWindow | None:
    try:
        ev = privacy.open_evaluation(None, path, author=settings.auditor_name)  # asks for a passphrase
        if ev is None:
            raise KompassError(f"{path}: opening was cancelled (no passphrase)")
    except KompassError as exc:
        show_open_error(None, open_failure(path, exc))
        if controller is not None and not controller.windows:
            controller.start_dialog()
        return None
    if controller is not None:
        return controller.show(ev)
    window = window_class(ev, settings)
    window.show()
    return window
