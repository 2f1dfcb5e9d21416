"""The workbook sheet "Täckning": the coverage table (covered / expected per area and source), the
questions with no evidence and the planned groups not yet interviewed (see prepare.coverage)."""

from __future__ import annotations

from kompassapp.bank.model import Bank
from kompassapp.exports import sheet as sh
from kompassapp.exports.sheet import Column as C
from kompassapp.prepare.coverage import Coverage

TITLE = "Täckning"
NOTE = ("Per område och källa: frågor med underlag från källan / frågor som väntar sig källan (bankens källor, "
        "frågeunderlaget och intervjugrupperna). Kommunens svar räknas aldrig som utvärderarnas eget underlag.")


def write_sheet(ws: sh.Sheet, cov: Coverage, bank: Bank, heading: str) -> None:
    columns = [C("Nr", 8, center=True), C("Område", 40),
               *(C(c.label, max(12, min(22, len(c.label) + 2)), center=True) for c in cov.columns)]
    sh.set_widths(ws, columns)
    sh.print_setup(ws, heading, TITLE)
    sh.put(ws, 1, 1, "Täckning av underlag", font=sh.TITLE, align=sh.TOP)
    sh.put(ws, 2, 1, NOTE, align=sh.WRAP)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(columns))
    ws.row_dimensions[2].height = 32
    row = 4
    sh.header(ws, row, columns)
    row += 1
    for area, cells in cov.areas:
        row = sh.rows_out(ws, row, columns, [area.id, area.title, *(c.text for c in cells)])
    row = sh.rows_out(ws, row, columns, ["", "Totalt", *(c.text for c in cov.totals)], font=sh.BOLD,
                      fill=sh.SECTION_FILL)
    if not cov.has_groups:
        row += 1
        sh.put(ws, row, 1, "Banken har inga intervjugrupper (format kompassapp-bank/1): inga gruppkolumner.")
        row += 1
    row += 1
    sh.put(ws, row, 1, f"Frågor utan något underlag ({len(cov.no_evidence)})", font=sh.SUBTITLE, align=sh.TOP)
    row += 1
    for qid in cov.no_evidence:
        sh.put(ws, row, 1, qid)
        sh.put(ws, row, 2, bank.questions[qid].text)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(columns))
        row += 1
    row += 1
    sh.put(ws, row, 1, f"Planerade grupper som inte har intervjuats ({len(cov.not_interviewed)})",
           font=sh.SUBTITLE, align=sh.TOP)
    row += 1
    for g in cov.not_interviewed:
        sh.put(ws, row, 2, bank.group_by_id[g].label)
        row += 1
