"""The steps an export reports to its progress callback: ids for programs, Swedish labels as data.

The window shows each step in the interface language by its id (never by matching the
Swedish text); `label` gives the Swedish text for anything else that shows progress.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Step(StrEnum):
    READ = "read"  # reading the evaluation
    READ_FILE = "read_file"  # reading one of several files (the jury workbook); the detail is its name
    WORKBOOK = "workbook"
    PDF = "pdf"
    DOCX = "docx"  # the Word report
    DONE = "done"

    def label(self, detail: str = "") -> str:
        """The step in Swedish, with `detail` (a file name) where the step names one."""
        return LABELS_SV[self].replace("%1", detail)


LABELS_SV = {
    Step.READ: "Läser utvärderingen",
    Step.READ_FILE: "Läser %1",
    Step.WORKBOOK: "Skriver arbetsboken",
    Step.PDF: "Skriver PDF-rapporten",
    Step.DOCX: "Skriver Word-rapporten",
    Step.DONE: "Klart",
}

# (step, steps, what, detail) for a progress bar: step of steps done, now `what` (on `detail`, e.g. a file name)
Progress = Callable[[int, int, Step, str], None]
