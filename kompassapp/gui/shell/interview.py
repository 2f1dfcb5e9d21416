# SPDX-License-Identifier: MIT
"""The end of a running interview: its end time, and the question when the window closes during it.

An interview runs in the window (notes go to it) from Intervju ▸ Starta until Avsluta. Ending it
stores the time it ended, unless the register already has one; closing the window while it runs
asks first, so an interview is never left without an end by accident.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.gui.base import commands

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate
END, KEEP_OPEN, CANCEL = "end", "keep", "cancel"


def store_end_time(parent: QWidget, ev: Evaluation, stack: QUndoStack, session_id: str) -> bool:
    """The session's end time is now, if it has none yet (one undo step); False when the file refused it."""
    try:
        session = ev.get("session", session_id)
    except KompassError:  # deleted meanwhile: nothing to end
        return True
    if session.ends_at:
        return True
    now = datetime.now().strftime("%Y-%m-%d %H:%M")  # as the register writes a start time
    return commands.edit(parent, stack, commands.UpdateRecord(ev, "session", session_id, ends_at=now))


def ask_on_close(parent: QWidget, group_name: str) -> str:
    """END, KEEP_OPEN (close without ending it) or CANCEL (stay in the window); tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Interview", "En intervju pågår"),
                      translate("Interview", "Intervjun «%1» pågår fortfarande.").replace("%1", group_name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("Interview", "Avsluta den nu? Då sparas sluttiden i registret."))
    end = box.addButton(translate("Interview", "&Avsluta intervjun"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("Interview", "&Stäng utan att avsluta"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Interview", "Av&bryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(end)
    box.exec()
    clicked = box.clickedButton()
    return END if clicked is end else KEEP_OPEN if clicked is keep else CANCEL


def close_running(parent: QWidget, ev: Evaluation, stack: QUndoStack, session_id: str) -> bool:
    """Asked while an interview runs and its window closes: False to keep the window open."""
    try:
        name = ev.get("session", session_id).group_name
    except KompassError:
        return True
    choice = ask_on_close(parent, name)
    if choice == END:
        return store_end_time(parent, ev, stack, session_id)
    return choice == KEEP_OPEN
