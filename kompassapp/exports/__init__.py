"""Exports that leave the auditors' laptops: the Excel workbook of one evaluation, the jury
workbook of several, and the PDF feedback report. Qt-free, shared by the CLI and the window."""
