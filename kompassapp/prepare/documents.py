"""The document request (which of the bank's documents to ask the municipality for, and why) and
the register's side of it: each requested document enters the register as `requested`, linked
to the bank's document id; the auditors move it on to `received` and `read` (Qt-free)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Paragraph

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.exports import sheet as sh
from kompassapp.exports.sheet import Column as C
from kompassapp.fileio import write_atomic
from kompassapp.prepare import pdfdoc
from kompassapp.prepare.pdfdoc import text
from kompassapp.prepare.scope import Requested, requested_documents

STATUS_SV = {"requested": "Begärt", "received": "Mottaget", "read": "Läst"}
COLUMNS = [C("Dokument", 34), C("Beskrivning", 60), C("Behövs för frågorna", 60), C("Status", 12, center=True)]
INTRO = ("Skicka gärna dokumenten nedan till utvärderingsteamet före besöket, som filer eller länkar. Finns ett "
         "dokument inte, eller heter det något annat hos er, skriv det i svaret. Kolumnen till höger visar vilka "
         "frågor i Kommunkompassen dokumentet behövs för.")
INTRO_PDF = INTRO.replace("Kolumnen till höger visar", "Under varje dokument står")


def _why(item: Requested) -> str:
    return "; ".join(f"{q.id} {q.text}" for q in item.questions)


def _status(ev: Evaluation) -> dict[str, str]:
    """Bank document id → the register's status (the furthest along if several register entries link it)."""
    order = list(STATUS_SV)
    found: dict[str, str] = {}
    for d in ev.documents():
        if d.bank_document and order.index(d.status) >= order.index(found.get(d.bank_document, "requested")):
            found[d.bank_document] = d.status
    return found


def write_request(ev: Evaluation, out: str | Path) -> int:
    """Write the request as .xlsx or .pdf (by the suffix); returns how many documents it lists."""
    out = Path(out)
    items = requested_documents(ev.bank)
    status = _status(ev)
    info = ev.info
    heading = f"Dokumentbegäran – {info.municipality} {info.year}"
    if out.suffix.lower() == ".xlsx":
        wb = sh.Book()
        try:
            ws = wb.sheet("Dokument")
            sh.set_widths(ws, COLUMNS)
            sh.print_setup(ws, heading, "Kommunkompassen")
            sh.put(ws, 1, 1, heading, font=sh.TITLE, align=sh.TOP)
            sh.put(ws, 2, 1, INTRO, align=sh.WRAP)
            ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(COLUMNS))
            ws.row_dimensions[2].height = 48
            sh.table(ws, 4, COLUMNS, ([i.document.title, i.document.description, _why(i),
                                        STATUS_SV.get(status.get(i.document.id, ""), "Ej begärt")] for i in items))
            sh.save(wb, out)
        except BaseException:
            wb.discard()
            raise
    elif out.suffix.lower() == ".pdf":
        st = pdfdoc.styles()
        story = [Paragraph(text(heading), st["title"]), Paragraph(text(INTRO_PDF), st["body"])]
        for i in items:  # flowing paragraphs, not a table: a document serving 40 questions runs over pages
            story.append(Paragraph(text(i.document.title), st["h2"]))
            if i.document.description:
                story.append(Paragraph(text(i.document.description), st["body"]))
            story.append(Paragraph("<b>Behövs för frågorna:</b>", st["small"]))
            story += [Paragraph(f"<b>{text(q.id)}</b> {text(q.text)}", st["small"]) for q in i.questions]
        write_atomic(out, pdfdoc.build(story, title=heading, footer=f"{heading} · Kommunkompassen"))
    else:
        raise KompassError(f"{out}: the document request is written as .xlsx or .pdf")
    return len(items)


def register_requested(ev: Evaluation) -> int:
    """Enter every requested bank document the register does not link yet, as `requested`; returns how many."""
    linked = {d.bank_document for d in ev.documents() if d.bank_document}
    new = 0
    for item in requested_documents(ev.bank):
        if item.document.id not in linked:
            ev.add("document", title=item.document.title, kind="Begärt dokument", status="requested",
                   bank_document=item.document.id)
            new += 1
    return new


def questions_served(ev: Evaluation, document_id: str) -> list[str]:
    """The question ids a registered document serves (through its bank document), in the bank's order."""
    doc = ev.get("document", document_id)
    return [q.id for q in ev.bank.questions.values() if doc.bank_document and doc.bank_document in q.documents]
