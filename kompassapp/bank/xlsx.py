"""Question banks as Excel workbooks, for the people who maintain a bank in a spreadsheet (Qt-free).

`export_xlsx` writes one sheet per part of the bank (Metadata, Skalor, Områden, Delområden, Frågor)
plus a sheet of instructions; `import_xlsx` reads such a workbook back, also after it has been edited by
hand in Excel or LibreOffice, and writes the bank as YAML in the layout of the shipped banks.

Import reuses the YAML loader for every check, so a workbook is held to exactly the rules of a YAML
bank. The trick: the workbook is first turned into a validation YAML text with one field per line,
and we remember which cell each line came from; the loader's `LINE: message` problems are then
mapped back to `SHEET!CELL: message`. Problems only a spreadsheet can have (a missing sheet or column,
an id typed as a decimal number, a formula, a date) are found while reading the cells. Every problem is
reported, never only the first.

Export checks itself: the workbook it is about to write is read back in memory and must give a bank
equal to the original, otherwise nothing is written and the message says what would be lost.

The parts: xlsx_layout (sheets and columns), xlsx_export, xlsx_cells (reading cells), xlsx_locate (the
validation YAML and its lines → cells), xlsx_import, and dump (bank → YAML, the loader's inverse).
This module keeps the public imports in one place.
"""

from kompassapp.bank.dump import bank_yaml
from kompassapp.bank.xlsx_export import export_xlsx, workbook_bytes
from kompassapp.bank.xlsx_import import import_xlsx, read_workbook

__all__ = ["bank_yaml", "export_xlsx", "import_xlsx", "read_workbook", "workbook_bytes"]
