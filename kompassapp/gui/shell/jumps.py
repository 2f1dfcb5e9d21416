# SPDX-License-Identifier: MIT
"""Going to where something is: a search hit, a note, a record named by its kind and id.

The window's pages and docks are the shell's own, so these live beside it; features reach
them through the host (`Host.show_record`), e.g. an export that found an interviewee's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kompassapp.gui.answering.search import Hit
from kompassapp.gui.interviews.registers import select_row

if TYPE_CHECKING:
    from kompassapp.gui.shell.mainwindow import MainWindow


def jump(w: MainWindow, hit: Hit) -> None:
    """A search hit: its question (the comment field for a comment), note or finding."""
    if hit.kind in ("question", "guidance", "comment"):
        w.show_question(hit.target)
        if hit.kind == "comment":
            w.question_panel.ui.commentEdit.setFocus()
    elif hit.kind == "note":
        jump_to_note(w, hit.target)
    elif hit.kind == "finding":
        show_record(w, "finding", hit.target)


def jump_to_note(w: MainWindow, note_id: str) -> None:
    note = w.ev.note(note_id)
    if note.question_ids:
        w.show_question(note.question_ids[0])
        w.evidence_dock.show()
        w.evidence.select_note(note_id)
    elif note.session_id:
        show_record(w, "session", note.session_id)


def show_record(w: MainWindow, kind: str, record_id: str) -> None:
    """A finding, an interview, a participant (its interview), a document or an analysis text, on its page."""
    if kind == "finding":
        w.show_page(w.findings_panel)
        w.findings_panel.select_finding(record_id)
    elif kind in ("session", "participant"):
        session_id = record_id if kind == "session" else w.ev.get("participant", record_id).session_id
        w.show_page(w.sessions_panel)
        w.sessions_panel.select_session(session_id)
    elif kind == "document":
        w.show_page(w.documents_panel)
        select_row(w.documents_panel.ui.documentsTable, record_id)
    elif kind == "analysis":  # record id "kind:area id"
        part, _, area_id = record_id.partition(":")
        w.show_page(w.analysis_panel)
        w.analysis_panel.show_part(part, area_id)
