"""Reading a filled questionnaire back (Qt-free): every check before anything is written.

The workbook is someone else's file: it is data, never code. Its size and zip structure are
checked before openpyxl reads any of it (the bank workbook's guard); formulas are never
evaluated — a cell that Excel took for a formula ("=see above", "-not yet") is kept as the text
typed. A workbook for another evaluation or bank, with altered ids, moved, inserted or deleted
rows, merged cells, a renamed or missing sheet, or text outside the answer columns is refused
with `FILE: Sheet!CELL: message` and nothing is imported (the evaluation file is not touched).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from kompassapp.bank.xlsx_guard import check_workbook
from kompassapp.errors import BankError, KompassError
from kompassapp.evaluation import Evaluation, utc_now
from kompassapp.exports import sheet as sh  # noqa: F401  (imports openpyxl without numpy, see sheet.py)
from kompassapp.prepare.questionnaire import (ANSWER_COLUMNS, FIRST_ROW, FORMAT, HEADINGS, INSTRUCTIONS, META_SHEET,
                                              sheet_names)

import openpyxl  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

MAX_FILE_BYTES = 10 * 1024 * 1024  # a filled questionnaire of 200 questions is ~100 KB; pasted pictures add some
MAX_ANSWER = 32_767  # characters Excel itself keeps in one cell
REFS_LABEL = "Dokument och länkar"


class Refused(KompassError):
    """A questionnaire that cannot be imported: `FILE: Sheet!CELL: message`."""


def _refuse(name: str, where: str, message: str) -> Refused:
    return Refused(f"{name}: {where}: {message}" if where else f"{name}: {message}")


def _text(cell: Any) -> str:
    """A cell's content as the text the municipality typed; formulas stay as written, never computed."""
    value = cell.value
    if value is None:
        return ""
    if hasattr(value, "text") and not isinstance(value, str):  # an array formula
        value = value.text or ""
    if isinstance(value, bool):
        text = "SANT" if value else "FALSKT"
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="minutes")
    elif isinstance(value, (date, time)):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()
    link = getattr(cell.hyperlink, "target", None) if cell.hyperlink is not None else None
    if link and link not in text:
        text = f"{text} ({link})" if text else link
    return text


def _open(path: Path, name: str):
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _refuse(name, "", "no such file") from None
    except OSError as exc:
        raise _refuse(name, "", f"cannot read the file: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise _refuse(name, "", f"the file is {size / 1e6:.1f} MB; a questionnaire workbook is at most "
                      f"{MAX_FILE_BYTES / 1e6:.0f} MB (remove pasted pictures)")
    try:
        check_workbook(path, name)
    except BankError as exc:
        raise Refused(exc.problems[0].replace("a bank workbook", "a questionnaire workbook")) from None
    try:
        return openpyxl.load_workbook(path, data_only=False, keep_links=False, keep_vba=False, rich_text=False)
    except Exception as exc:  # openpyxl raises many kinds for a broken file; all mean the same to the user
        raise _refuse(name, "", f"not a readable Excel workbook (.xlsx): {exc}") from None


def _meta(wb, name: str) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames:
        raise _refuse(name, f"{INSTRUCTIONS}!A1", "not a questionnaire made by Kompassapp (its hidden sheet "
                      f"'{META_SHEET}' is missing); export one with 'kompassapp prepare --questionnaire'")
    ws = wb[META_SHEET]
    meta: dict[str, str] = {}
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 200), max_col=2):
        key, value = (_text(c) for c in row)
        if key:
            meta[key] = value
    if meta.get("format") != FORMAT:
        raise _refuse(name, f"{META_SHEET}!B1", f"not a questionnaire of format {FORMAT} (found "
                      f"'{meta.get('format', '')[:40]}')")
    return meta


def read_answers(ev: Evaluation, path: str | Path) -> dict[str, tuple[str, dict]]:
    """Check a filled questionnaire against `ev`; question id → (note text, provenance) for every
    question of the questionnaire ("" where the municipality left it empty). Raises `Refused`."""
    path = Path(path)
    name = path.name
    wb = _open(path, name)
    try:
        return _read(ev, wb, name)
    finally:
        wb.close()


def _read(ev: Evaluation, wb, name: str) -> dict[str, tuple[str, dict]]:
    meta = _meta(wb, name)
    info, bank = ev.info, ev.bank
    if meta.get("evaluation_id") != ev.evaluation_id:
        raise _refuse(name, f"{META_SHEET}!B2", f"made for another evaluation ({meta.get('municipality', '?')} "
                      f"{meta.get('year', '?')}), not for {info.municipality} {info.year}")
    if meta.get("bank") != bank.id or meta.get("revision") != str(bank.revision):
        raise _refuse(name, f"{META_SHEET}!B5", f"made for the bank {meta.get('bank', '?')} revision "
                      f"{meta.get('revision', '?')}; this evaluation uses {bank.id} revision {bank.revision} "
                      "(export a new questionnaire)")
    expected = sheet_names(ev)
    for sheet, questions in expected:
        if json.loads(meta.get(f"sheet:{sheet}", "null") or "null") != [q.id for q in questions]:
            raise _refuse(name, f"{META_SHEET}!A1", f"the questionnaire's list of questions for '{sheet}' "
                          "differs from the evaluation's (export a new questionnaire)")
    known = {INSTRUCTIONS, META_SHEET, *(s for s, _ in expected)}
    for sheet in wb.sheetnames:
        if sheet not in known:
            raise _refuse(name, f"{_quote(sheet)}!A1", "a sheet the questionnaire does not have (renamed or "
                          "added); answers belong in the area sheets as exported")
    for sheet, _ in expected:
        if sheet not in wb.sheetnames:
            raise _refuse(name, f"{_quote(sheet)}!A1", "the sheet is missing (renamed or deleted)")
    now = utc_now()
    answers: dict[str, tuple[str, dict]] = {}
    for sheet, questions in expected:
        answers.update(_read_sheet(wb[sheet], sheet, [q.id for q in questions], name, now))
    return answers


def _quote(sheet: str) -> str:
    return f"'{sheet}'" if " " in sheet else sheet


def _read_sheet(ws, sheet: str, ids: list[str], name: str, now: str) -> dict[str, tuple[str, dict]]:
    at = _quote(sheet)
    merged = sorted(str(r) for r in ws.merged_cells.ranges)
    if merged:
        raise _refuse(name, f"{at}!{merged[0]}", "merged cells; the questionnaire is read cell by cell (unmerge "
                      "them and write the text in one cell)")
    for col, heading in enumerate(HEADINGS, start=1):
        found = _text(ws.cell(row=1, column=col))
        if found != heading:
            raise _refuse(name, f"{at}!{get_column_letter(col)}1", f"the heading must be '{heading}', found "
                          f"'{found[:40]}' (columns moved, inserted or renamed)")
    last = FIRST_ROW + len(ids) - 1
    out: dict[str, tuple[str, dict]] = {}
    for row in ws.iter_rows(min_row=1, max_row=max(ws.max_row, last), max_col=max(ws.max_column, len(HEADINGS))):
        r = row[0].row
        for cell in row[len(HEADINGS):]:
            if _text(cell):
                raise _refuse(name, f"{at}!{cell.coordinate}", "text outside the questionnaire's columns; write it "
                              f"under '{HEADINGS[3]}' or '{REFS_LABEL}'")
        if r < FIRST_ROW:
            continue
        if r > last:
            content = next((c for c in row[:len(HEADINGS)] if _text(c)), None)
            if content is not None:
                raise _refuse(name, f"{at}!{content.coordinate}", f"text below the last question ({ids[-1]}, row "
                              f"{last}); rows must not be added (write in the row of the question it belongs to)")
            continue
        want = ids[r - FIRST_ROW]
        got = _text(row[0])
        if got != want:
            what = f"found '{got[:20]}'" if got else "found an empty cell"
            raise _refuse(name, f"{at}!A{r}", f"expected question {want} here, {what} (rows moved, inserted or "
                          "deleted, or the number changed)")
        answer, refs = (_text(row[c - 1]) for c in ANSWER_COLUMNS)
        for cell, text in ((row[ANSWER_COLUMNS[0] - 1], answer), (row[ANSWER_COLUMNS[1] - 1], refs)):
            if len(text) > MAX_ANSWER:
                raise _refuse(name, f"{at}!{cell.coordinate}", f"{len(text)} characters; a cell holds at most "
                              f"{MAX_ANSWER}")
        text = answer
        if refs:
            text = f"{answer}\n\n{REFS_LABEL}: {refs}" if answer else f"{REFS_LABEL}: {refs}"
        provenance = {"file": name, "sheet": sheet, "cell": f"{get_column_letter(ANSWER_COLUMNS[0])}{r}",
                      "refs_cell": f"{get_column_letter(ANSWER_COLUMNS[1])}{r}", "imported_at": now}
        out[want] = (text, provenance)
    return out


def import_questionnaire(ev: Evaluation, path: str | Path) -> dict[str, int]:
    """Check and import a filled questionnaire into the open evaluation, in one transaction; logged.
    Returns counts (added, updated, removed, unchanged)."""
    answers = read_answers(ev, path)
    return ev.import_municipality_answers(answers, Path(path).name)


def provenance_of(note_provenance: str) -> dict[str, str]:
    """A municipality note's provenance as a dict ({} when it has none)."""
    try:
        found = json.loads(note_provenance) if note_provenance else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}
