# SPDX-License-Identifier: MIT
"""What the user sees when something fails: named Swedish messages and one last-resort handler.

A KompassError from the core (damaged file, removed USB stick, full disk) is something the
user can act on, so it is shown as a plain dialog. Anything else is a bug: the traceback goes
to a log file, and the dialog says calmly that the work is saved, with "copy details" for a
bug report. An auditor never sees a raw traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kompassapp.errors import FileFormatError, KompassError
from kompassapp.fileio import append_private
from kompassapp.gui.base.settings import data_dir

log = logging.getLogger("kompassapp")


class Msg:
    """The messages a screen can show (tests compare against these)."""

    CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "Utvärderingen kan inte öppnas")
    CANNOT_SAVE = QT_TRANSLATE_NOOP("Errors", "Ändringen kunde inte sparas")
    CANNOT_CREATE = QT_TRANSLATE_NOOP("Errors", "Utvärderingen kunde inte skapas")
    CANNOT_COMPARE = QT_TRANSLATE_NOOP("Errors", "Jämförelsen kan inte visas")
    SAVE_HINT = QT_TRANSLATE_NOOP("Errors", "Det du redan gjort finns kvar i filen. Kontrollera att disken "
                                            "eller USB-minnet sitter i och har plats, och försök igen.")
    OPEN_HINT = QT_TRANSLATE_NOOP("Errors", "Filen har inte ändrats. Är det en säkerhetskopia du kan använda i "
                                            "stället, eller ligger filen på ett minne som har tagits ut?")
    INTERNAL = QT_TRANSLATE_NOOP("Errors", "Något gick fel i Kompassapp")
    INTERNAL_TEXT = QT_TRANSLATE_NOOP("Errors", "Allt du hade gjort fram till nu är sparat i utvärderingsfilen. "
                                                "Du kan fortsätta arbeta; starta om programmet om felet kommer "
                                                "tillbaka.")
    INTERNAL_LOG = QT_TRANSLATE_NOOP("Errors", "En teknisk beskrivning har sparats i %1.")
    COPY_DETAILS = QT_TRANSLATE_NOOP("Errors", "Kopiera detaljer")
    DETAIL = QT_TRANSLATE_NOOP("Errors", "Teknisk uppgift: %1")
    MISSING = QT_TRANSLATE_NOOP("Errors", "Filen %1 finns inte.")
    MISSING_HINT = QT_TRANSLATE_NOOP("Errors", "Den kan ha flyttats eller bytt namn, eller ligga på ett USB-minne "
                                               "som inte sitter i.")
    UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Filen %1 kan inte läsas som en utvärdering.")
    MISSING_DETAIL = QT_TRANSLATE_NOOP("Errors", "%1: filen finns inte")
    FOLDER_DETAIL = QT_TRANSLATE_NOOP("Errors", "%1: är en mapp, inte en fil")
    DENIED_DETAIL = QT_TRANSLATE_NOOP("Errors", "%1: du har inte behörighet att läsa filen")
    EMPTY_DETAIL = QT_TRANSLATE_NOOP("Errors", "%1: filen är tom")
    DAMAGED_DETAIL = QT_TRANSLATE_NOOP("Errors", "%1: skadad, inte en utvärderingsfil, eller från en nyare version "
                                                 "av Kompassapp")


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def log_path() -> Path:
    return data_dir() / "kompassapp-error.log"


def show_error(parent: QWidget | None, title: str, text: str, hint: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and file content are never markup
    if hint:
        box.setInformativeText(hint)
    box.exec()


def show_kompass_error(parent: QWidget | None, exc: KompassError, *, opening: bool = False) -> None:
    """A core error: what happened in Swedish, the core's exact wording as a detail line."""
    if isinstance(exc, FileFormatError) or opening:
        title, hint = tr(Msg.CANNOT_OPEN), tr(Msg.OPEN_HINT)
    else:
        title, hint = tr(Msg.CANNOT_SAVE), tr(Msg.SAVE_HINT)
    show_error(parent, title, title + ".", hint + "\n\n" + tr(Msg.DETAIL).replace("%1", str(exc)))


@dataclass(frozen=True)
class OpenFailure:
    """Why a file could not be opened, in the interface language; `core` is the core's own wording (for support)."""

    path: Path
    text: str
    hint: str
    technical: str  # "Teknisk uppgift: …", in the interface language
    core: str


def open_failure(path: Path, exc: KompassError) -> OpenFailure:
    """Describe a refused open from what the file system says, not from the core's (English) wording."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        text, hint, detail = tr(Msg.MISSING), tr(Msg.MISSING_HINT), tr(Msg.MISSING_DETAIL)
    else:
        text, hint = tr(Msg.UNREADABLE), tr(Msg.OPEN_HINT)
        if path.is_dir():
            detail = tr(Msg.FOLDER_DETAIL)
        elif not os.access(path, os.R_OK):
            detail = tr(Msg.DENIED_DETAIL)
        elif path.stat().st_size == 0:
            detail = tr(Msg.EMPTY_DETAIL)
        else:
            detail = tr(Msg.DAMAGED_DETAIL)
    return OpenFailure(path, text.replace("%1", path.name), hint, tr(Msg.DETAIL).replace("%1", detail.replace("%1", name)),
                       str(exc))


def show_open_error(parent: QWidget | None, failure: OpenFailure) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr(Msg.CANNOT_OPEN), failure.text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(failure.hint + "\n\n" + failure.technical)
    box.setDetailedText(failure.core)
    box.exec()


def write_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    path = log_path()
    try:  # private to the user, and never through a link planted in its place
        append_private(path, "".join(traceback.format_exception(exc_type, exc, tb)))
        return path
    except OSError:
        return None


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: never a raw traceback in front of an auditor."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, KompassError):
        show_kompass_error(parent, exc)
        return
    path = write_log(exc_type, exc, tb)
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, tr(Msg.INTERNAL), tr(Msg.INTERNAL) + ".",
                      QMessageBox.StandardButton.Ok, parent)
    info = tr(Msg.INTERNAL_TEXT)
    if path:
        info += "\n\n" + tr(Msg.INTERNAL_LOG).replace("%1", str(path))
    box.setInformativeText(info)
    copy = box.addButton(tr(Msg.COPY_DETAILS), QMessageBox.ButtonRole.ActionRole)
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def install() -> None:
    sys.excepthook = excepthook
