"""The municipality's questionnaire (frågeunderlag) as an Excel workbook (Qt-free).

The layout is a contract — the municipality fills these workbooks and `import-questionnaire`
reads them back:

- a sheet "Instruktioner" (what to do, the deadline, whom to contact);
- per area a sheet named "<area id> <short name>" with the heading row 1 — A "Nr", B "Fråga",
  C "Beskriv", D "Kommunens svar", E "Dokument och länkar" — and from row 2 one row per
  question of the questionnaire (scope.questionnaire_questions), in the bank's order, the
  question id in column A;
- a very hidden sheet "Kompassapp" that names the evaluation, the bank and revision, and
  each area sheet's question ids.

Columns A–C and the headings are locked (sheet protection without password: it guards against
slips, not against intent, and the import checks everything anyway); D and E of the question
rows are open. The workbook's structure is locked so sheets are not renamed, moved or added.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from kompassapp.bank.model import Question
from kompassapp.evaluation import Evaluation
from kompassapp.exports import sheet as sh  # noqa: F401  (imports openpyxl without numpy, see sheet.py)
from kompassapp.fileio import write_atomic
from kompassapp.prepare.scope import questionnaire_questions

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill, Protection  # noqa: E402
from openpyxl.workbook.protection import WorkbookProtection  # noqa: E402

FORMAT = "kompassapp-questionnaire/1"
META_SHEET = "Kompassapp"
INSTRUCTIONS = "Instruktioner"
HEADINGS = ("Nr", "Fråga", "Beskriv", "Kommunens svar", "Dokument och länkar")
WIDTHS = (9, 55, 42, 70, 40)
ANSWER_COLUMNS = (4, 5)  # D, E: the municipality writes here
FIRST_ROW = 2
BAD_TITLE_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})

_WRAP = Alignment(wrap_text=True, vertical="top")
_HEAD_FONT = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF9E5")
_ID_FONT = Font(name="Calibri", size=12, bold=True)
_OPEN = Protection(locked=False)


def sheet_names(ev: Evaluation) -> list[tuple[str, list[Question]]]:
    """(sheet name, questions) per area that has questionnaire questions, in the bank's order."""
    chosen = {q.id for q in questionnaire_questions(ev.bank)}
    out = []
    for area in ev.bank.areas:
        questions = [q for q in area.questions if q.id in chosen]
        if questions:
            out.append((f"{area.id} {area.short}".translate(BAD_TITLE_CHARS)[:31].strip(), questions))
    return out


def describe(ev: Evaluation, q: Question) -> str:
    """What the municipality is asked to describe for a question (from its sources and documents)."""
    parts = ["Beskriv hur det ser ut i kommunen i dag och vad som är beslutat."]
    titles = [ev.bank.document_by_id[d].title for d in q.documents if d in ev.bank.document_by_id]
    if titles:
        parts.append("Hänvisa till eller bifoga: " + "; ".join(titles) + ".")
    elif "dokument" in q.sources:
        parts.append("Hänvisa till de beslut eller dokument som gäller.")
    if "webb" in q.sources:
        parts.append("Ange länk till sidan på kommunens webbplats.")
    return " ".join(parts)


def default_deadline(visit_start: str) -> str:
    """Three weeks before the visit: time for the auditors to read the answers and the documents."""
    try:
        return (date.fromisoformat(visit_start) - timedelta(days=21)).isoformat()
    except ValueError:
        return ""


def _text(ws, row: int, col: int, value: str, **style):
    cell = ws.cell(row=row, column=col, value=sh.clean_text(value))
    if cell.data_type == "f":  # a text that starts with "=" stays text, never a formula
        cell.data_type = "s"
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def build(ev: Evaluation, *, deadline: str = "", contact: str = "") -> Workbook:
    info, bank = ev.info, ev.bank
    deadline = deadline or default_deadline(info.visit_start)
    contact = contact or ", ".join(m.name for m in ev.team() if m.name) or "utvärderingsteamet"
    wb = Workbook()
    ws = wb.active
    ws.title = INSTRUCTIONS
    areas = sheet_names(ev)
    lines = [
        (f"Frågeunderlag inför Kommunkompassen – {info.municipality} {info.year}", Font(name="Calibri", bold=True,
                                                                                      size=15)),
        ("", None),
        (f"Utvärdering: {bank.title} {bank.edition} (revision {bank.revision})", None),
        (f"Besök: {info.visit_start}" + (f" – {info.visit_end}" if info.visit_end else "") if info.visit_start
         else "Besök: enligt överenskommelse", None),
        (f"Svara senast: {deadline}" if deadline else "Svara senast: enligt överenskommelse med teamet",
         Font(name="Calibri", bold=True, size=11)),
        (f"Frågor om underlaget: {contact}", None),
        ("", None),
        ("Så här fyller ni i underlaget", Font(name="Calibri", bold=True, size=12)),
        (f"1. Varje område har en egen flik ({len(areas)} flikar efter den här). En rad är en fråga.", None),
        ("2. Skriv kommunens svar i kolumnen ”Kommunens svar”: beskriv hur det ser ut i dag och vad som är "
         "beslutat. Radbrytningar går bra (Alt+Enter).", None),
        ("3. Ange dokument och länkar i kolumnen ”Dokument och länkar”, och skicka dokumenten till teamet.", None),
        ("4. Lämna en rad tom om ni inte har något att säga; den kan tas upp vid intervjuerna.", None),
        ("5. Ändra inte frågekolumnerna, flytta eller ta inte bort rader och slå inte ihop celler: underlaget "
         "läses in automatiskt och ett ändrat underlag kan inte läsas in.", None),
        ("6. Spara som Excel-arbetsbok (.xlsx) och skicka tillbaka filen.", None),
        ("", None),
        ("Svaren är kommunens egen beskrivning. Utvärderarna bedömer frågorna utifrån dokument, webbplats, "
         "intervjuer och egna iakttagelser.", Font(name="Calibri", italic=True, size=11)),
    ]
    for i, (value, font) in enumerate(lines, start=1):
        cell = _text(ws, i, 1, value, alignment=_WRAP)
        if font is not None:
            cell.font = font
    ws.column_dimensions["A"].width = 110
    ws.protection.sheet = True
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

    for name, questions in areas:
        _area_sheet(wb.create_sheet(name), ev, name, questions)

    meta = wb.create_sheet(META_SHEET)
    rows = [("format", FORMAT), ("evaluation_id", ev.evaluation_id), ("municipality", info.municipality),
            ("year", str(info.year)), ("bank", bank.id), ("revision", str(bank.revision)),
            *((f"sheet:{name}", json.dumps([q.id for q in questions])) for name, questions in areas)]
    for r, (key, value) in enumerate(rows, start=1):
        _text(meta, r, 1, key)
        _text(meta, r, 2, value)
    meta.protection.sheet = True
    meta.sheet_state = "veryHidden"
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    wb.properties.title = sh.clean_text(f"Frågeunderlag – {info.municipality} {info.year}")
    wb.properties.creator = "Kompassapp"
    wb.properties.language = "sv-SE"
    return wb


def _area_sheet(ws, ev: Evaluation, name: str, questions: list[Question]) -> None:
    area = ev.bank.area_of[questions[0].id]
    for col, (title, width) in enumerate(zip(HEADINGS, WIDTHS), start=1):
        _text(ws, 1, col, title, font=_HEAD_FONT, fill=_HEAD_FILL, alignment=_WRAP)
        ws.column_dimensions[chr(64 + col)].width = width
    for row, q in enumerate(questions, start=FIRST_ROW):
        _text(ws, row, 1, q.id, font=_ID_FONT, alignment=_WRAP)
        _text(ws, row, 2, q.text, alignment=_WRAP)
        _text(ws, row, 3, describe(ev, q), alignment=_WRAP)
        for col in ANSWER_COLUMNS:
            cell = ws.cell(row=row, column=col)
            cell.protection, cell.alignment, cell.fill = _OPEN, _WRAP, _ANSWER_FILL
        ws.row_dimensions[row].height = max(60, 15 * (1 + len(q.text) // 50))
    ws.freeze_panes = "C2"
    ws.protection.sheet = True
    ws.protection.formatRows = False  # allowed: rows may grow with the answers
    ws.protection.formatColumns = False
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddHeader.center.text = sh.clean_text(f"{area.id} {area.title}").replace("&", "&&")
    ws.oddFooter.center.text = "Sida &P av &N"


def write_questionnaire(ev: Evaluation, out: Path, *, deadline: str = "", contact: str = "") -> int:
    """Write the questionnaire workbook; returns how many questions it asks."""
    import io

    wb = build(ev, deadline=deadline, contact=contact)
    buffer = io.BytesIO()
    wb.save(buffer)
    write_atomic(Path(out), buffer.getvalue())
    return len(questionnaire_questions(ev.bank))
