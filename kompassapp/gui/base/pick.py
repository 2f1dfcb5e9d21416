# SPDX-License-Identifier: MIT
"""Choosing and naming files: the open dialog for evaluations and a file-name field that follows a suggestion.

Shared by the shell (open, new evaluation) and the rooms (copies for auditors, exports, comparisons),
so it lives below both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIX = ".kompass"
translate = QCoreApplication.translate


def safe_file_name(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else "-" for c in text.strip())
    return "-".join(keep.split()) or "utvardering"


def choose_file(parent: QWidget | None, folder: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("Start", "Öppna utvärdering"), folder,
                                          translate("Start", "Utvärderingar (*.kompass)"))
    return Path(path) if path else None


class SuggestedPath:
    """A file-name field that follows a suggestion until the user types in it or browses.

    `browsed` is the path chosen in the file dialog, which has already asked about replacing it.
    """

    def __init__(self, edit, browse_button, suggest: Callable[[], Path], caption: str, *, suffix: str = SUFFIX,
                 file_filter: str = ""):
        self.edit, self.suggest, self.caption, self.suffix = edit, suggest, caption, suffix
        self.file_filter = file_filter or QCoreApplication.translate("Dialogs", "Utvärderingar (*.kompass)")
        self.edited = False
        self.browsed: Path | None = None
        edit.textEdited.connect(lambda _: setattr(self, "edited", True))
        browse_button.clicked.connect(self.browse)
        self.refresh()

    def refresh(self, *_: object) -> None:
        if not self.edited:
            self.edit.setText(str(self.suggest()))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.edit.window(), self.caption, self.edit.text(), self.file_filter)
        if path:
            path = path if path.lower().endswith(self.suffix) else path + self.suffix
            self.edited = True
            self.browsed = Path(path)
            self.edit.setText(path)
