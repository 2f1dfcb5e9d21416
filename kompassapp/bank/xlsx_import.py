"""Reading a bank workbook back into a bank, and `bank import-xlsx` (Qt-free).

The workbook is turned into a validation YAML text with one field per line (xlsx_locate), which the
YAML loader checks with exactly the rules of a YAML bank; its `LINE: message` problems are mapped back
to `SHEET!CELL: message`. Every problem is reported, never only the first.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from kompassapp.bank.dump import _dq, bank_yaml
from kompassapp.bank.loader import parse_bank
from kompassapp.bank.model import FORMAT, Bank
from kompassapp.bank.xlsx_guard import check_workbook
from kompassapp.bank.xlsx_cells import Loc, _Reader, _Row, _sorted
from kompassapp.bank.xlsx_layout import (AREAS, DOCUMENTS, GROUPS, LEVELS, META, META_FIELDS, META_KIND, META_LABEL,
                                         QUESTIONS, SCALES, SHEETS, SUBAREAS, THEMES, _cell, _fold)
from kompassapp.bank.xlsx_locate import _Doc, _locate
from kompassapp.errors import BankError
from kompassapp.fileio import write_atomic


def read_workbook(source, filename: str) -> Bank:
    """Read a bank workbook (a path or a binary file object); BankError lists every problem."""
    from openpyxl import load_workbook

    r = _Reader(filename)
    check_workbook(source, filename)  # sizes, ratios, parts, dimensions: before openpyxl reads anything
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops (LibreOffice, Excel)
            # read-only: rows stream from the XML instead of a cell object per cell held in memory
            wb = load_workbook(source, read_only=True, data_only=False)
    except FileNotFoundError:
        raise BankError([f"{filename}: cannot read the file: no such file"]) from None
    except OSError as exc:
        raise BankError([f"{filename}: cannot read the file: {exc.strerror or exc}"]) from None
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError, XML errors ...
        hint = " (an old .xls file: save it as .xlsx first)" if "xls" in str(exc) and "old" in str(exc) else ""
        raise BankError([f"{filename}: not an Excel workbook (.xlsx){hint}: "
                         f"{str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}"]) from None
    try:
        return _read(r, wb)
    except BankError:
        raise
    except Exception as exc:  # broken XML inside a sheet shows only while its rows stream
        raise BankError([f"{filename}: not an Excel workbook (.xlsx): "
                         f"{str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}"]) from None
    finally:
        wb.close()


def _read(r: _Reader, wb) -> Bank:
    sheets = {spec.name: r.sheet(wb, spec) for spec in SHEETS}
    headers = {}
    for spec in SHEETS:
        ws = sheets[spec.name]
        if ws is not None and spec is not META:
            headers[spec.name] = r.header(ws, spec)
    if sheets[META.name] is not None:
        headers[META.name] = r.header(sheets[META.name], META)
    if r.problems:  # without every sheet and column there is no bank to check
        raise BankError(_sorted(r.problems))

    doc = _Doc()
    _metadata(r, doc, sheets[META.name], headers[META.name])
    _scales(r, doc, r.rows(sheets[SCALES.name], SCALES, headers[SCALES.name], "scale option"))
    areas = r.rows(sheets[AREAS.name], AREAS, headers[AREAS.name], "area")
    subs = r.rows(sheets[SUBAREAS.name], SUBAREAS, headers[SUBAREAS.name], "sub-area")
    questions = r.rows(sheets[QUESTIONS.name], QUESTIONS, headers[QUESTIONS.name], "question")
    # format /2: each optional sheet, when present, is read like the others
    extra = {spec.name: r.rows(sheets[spec.name], spec, headers[spec.name], label) if sheets[spec.name] else []
             for spec, label in ((LEVELS, "level"), (GROUPS, "group"), (DOCUMENTS, "document"), (THEMES, "theme"))}
    _vocabularies(doc, extra[GROUPS.name], extra[DOCUMENTS.name], extra[THEMES.name])
    _areas(r, doc, areas, subs, questions, _levels(r, extra[LEVELS.name], questions))

    text = doc.text()
    try:
        bank = parse_bank(text, "\0")
    except BankError as exc:
        mapped = []
        for problem in exc.problems:
            m = re.match(r"\0:(\d+): (.*)", problem, re.S)
            line, msg = (int(m.group(1)), m.group(2)) if m else (1, problem)
            mapped.append(_locate(doc, line, msg))
        # an area's point sum means little while one of its questions' points could not be read
        points_col = headers[QUESTIONS.name]["points"]
        bad_points = {row for sheet, row, col in r.bad_cells if sheet == QUESTIONS.name and col == points_col}
        bad_points |= {p[1] for p in mapped if p and p[0] == QUESTIONS.name and p[2] == points_col
                       and ("must be a number" in p[3] or p[3].endswith("is empty"))}
        read_bad = set(r.bad_cells)
        for p in mapped:
            if p is None:
                continue
            sheet, row, col, msg = p
            if "question points sum to" in msg and bad_points & doc.area_questions.get(row, set()):
                continue
            if (sheet, row, col) in read_bad:
                continue  # already reported, in the spreadsheet's own words
            r.problem(sheet, row, col, msg)
        if not r.problems:  # pragma: no cover - every loader problem maps to a cell
            r.problem(META.name, None, None, "the bank is not valid")
        raise BankError(_sorted(r.problems)) from None
    if r.problems:
        raise BankError(_sorted(r.problems))
    return bank


def _metadata(r: _Reader, doc: _Doc, ws, cols: dict[str, int]) -> None:
    by_label = {}
    for key, label, _, _ in META_FIELDS:
        by_label[_fold(key)] = key
        by_label[_fold(label)] = key
    seen: dict[str, int] = {}
    fcol, vcol = cols["field"], cols["value"]
    for row, cells in r.grid(ws, META, max(fcol, vcol)):
        fcell, vcell = cells[fcol - 1], cells[vcol - 1]
        name = fcell.value
        has_value = vcell.value is not None and str(vcell.value).strip() != ""
        if name is None or not str(name).strip():
            if has_value:
                r.problem(META.name, row, fcol,
                          f"a value without a field name in column '{META.col('field').header}'")
            continue
        doc.meta_next_row = max(doc.meta_next_row, row + 1)
        key = by_label.get(_fold(name))
        if key is None:
            known = ", ".join(label for _, label, _, _ in META_FIELDS)
            r.problem(META.name, row, fcol, f"unknown field '{name}' (known: {known})")
            continue
        if key in seen:
            r.problem(META.name, row, fcol, f"field '{META_LABEL[key]}' appears twice (first at "
                                            f"{_cell(META.name, seen[key], fcol)})")
            continue
        seen[key] = row
        value = r.convert(vcell, META_KIND[key], META.name, f"field '{META_LABEL[key]}'", row, vcol)
        if value is None:
            if key == "description":
                continue
            if META_KIND[key] == "int":
                r.problem(META.name, row, vcol, f"field '{META_LABEL[key]}' is empty")
                doc.reported.add(key)
                continue
            value = ""
        doc.field("", key, value, Loc(META.name, row, vcol))


def _scales(r: _Reader, doc: _Doc, rows: list[_Row]) -> None:
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        name = row.values.get("scale")
        if name is None or not str(name).strip():
            r.problem(SCALES.name, row.row, row.cols["scale"], "the scale name is empty")
            continue
        groups.setdefault(str(name).strip(), []).append(row)
    doc.add("scales:" + ("" if groups else " {}"), Loc(SCALES.name, 2, 1))
    for name, options in groups.items():
        first = options[0]
        doc.add(f"  {_dq(name)}:", Loc(SCALES.name, first.row, first.cols["scale"]))
        for row in options:
            loc = lambda key: Loc(SCALES.name, row.row, row.cols[key], row.cols)  # noqa: E731
            doc.field("    - ", "key", row.values.get("key", ""), loc("key"))
            doc.field("      ", "label", row.values.get("label", ""), loc("label"))
            if "value" in row.values:
                doc.field("      ", "value", row.values["value"], loc("value"))


def _id(row: _Row, key: str) -> str:
    return str(row.values.get(key, "")).strip()


def _vocabularies(doc: _Doc, groups: list[_Row], documents: list[_Row], themes: list[_Row]) -> None:
    for key, spec, rows, fields in (("groups", GROUPS, groups, ("label", "description")),
                                    ("documents", DOCUMENTS, documents, ("title", "description")),
                                    ("themes", THEMES, themes, ("title", "areas"))):
        if not rows:
            continue
        doc.add(f"{key}:", Loc(spec.name, rows[0].row, 1))
        for row in rows:
            loc = lambda k, row=row, spec=spec: Loc(spec.name, row.row, row.cols.get(k), row.cols)  # noqa: E731
            doc.field("  - ", "id", row.values.get("id", ""), loc("id"))
            for name in fields:
                if name in row.values or name != "description":
                    doc.field("    ", name, row.values.get(name, "" if name != "areas" else []), loc(name))


def _levels(r: _Reader, rows: list[_Row], questions: list[_Row]) -> dict[str, list[_Row]]:
    """Rows of sheet Nivåer by question id; a row naming no question of sheet Frågor is reported here."""
    known = {_id(q, "id") for q in questions}
    out: dict[str, list[_Row]] = {}
    for row in rows:
        qid = _id(row, "question")
        if qid not in known:
            r.problem(LEVELS.name, row.row, row.cols["question"], "the question is empty" if not qid else
                      f"question '{qid}' is not in sheet '{QUESTIONS.name}'")
            continue
        out.setdefault(qid, []).append(row)
    return out


def _areas(r: _Reader, doc: _Doc, areas: list[_Row], subs: list[_Row], questions: list[_Row],
           levels: dict[str, list[_Row]]) -> None:
    area_ids: dict[str, _Row] = {}
    for a in areas:
        if area_ids.setdefault(_id(a, "id"), a) is not a:
            doc.duplicates.add((AREAS.name, a.row))
    sub_of_area: dict[str, list[_Row]] = {}
    sub_ids: dict[str, _Row] = {}
    orphans: set[int] = set()  # rows of sub-areas without a known area: reported once, their questions skipped
    for s in subs:
        aid = _id(s, "area")
        if not aid or aid not in area_ids:
            r.problem(SUBAREAS.name, s.row, s.cols["area"], f"sub-area {_id(s, 'id')}: the area is empty" if not aid
                      else f"sub-area {_id(s, 'id')}: area '{aid}' is not in sheet '{AREAS.name}'")
            orphans.add(s.row)
            sub_ids.setdefault(_id(s, "id"), s)
            continue
        sub_of_area.setdefault(aid, []).append(s)
        if sub_ids.setdefault(_id(s, "id"), s) is not s:
            doc.duplicates.add((SUBAREAS.name, s.row))
    q_of_sub: dict[int, list[_Row]] = {}
    q_first: dict[str, _Row] = {}  # levels go to the first question with an id; a duplicate is reported anyway
    for q in questions:
        q_first.setdefault(_id(q, "id"), q)
    for q in questions:
        sid = _id(q, "subarea")
        if not sid:
            r.problem(QUESTIONS.name, q.row, q.cols["subarea"], f"question {_id(q, 'id')}: the sub-area is empty")
            continue
        s = sub_ids.get(sid)
        if s is None:
            r.problem(QUESTIONS.name, q.row, q.cols["subarea"],
                      f"question {_id(q, 'id')}: sub-area '{sid}' is not in sheet '{SUBAREAS.name}'")
            continue
        if s.row in orphans:
            continue
        aid = _id(q, "area")
        if aid and aid != _id(s, "area"):
            r.problem(QUESTIONS.name, q.row, q.cols["area"],
                      f"question {_id(q, 'id')}: area '{aid}' does not match sub-area {sid}, which belongs to area "
                      f"'{_id(s, 'area')}' ({_cell(SUBAREAS.name, s.row, s.cols['area'])})")
        q_of_sub.setdefault(s.row, []).append(q)

    doc.add("areas:" + ("" if areas else " []"), Loc(AREAS.name, 2, 1))
    for a in areas:
        loc = lambda key, row=a: Loc(AREAS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
        doc.field("  - ", "id", a.values.get("id", ""), loc("id"))
        for key in ("title", "short"):
            doc.field("    ", key, a.values.get(key, ""), loc(key))
        for key in ("aliases", "role", "max"):
            if key in a.values:
                doc.field("    ", key, a.values[key], loc(key))
        mine = sub_of_area.get(_id(a, "id"), []) if area_ids.get(_id(a, "id")) is a else []
        doc.add("    subareas:" + ("" if mine else " []"), loc("id"))
        for s in mine:
            sloc = lambda key, row=s: Loc(SUBAREAS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
            doc.field("      - ", "id", s.values.get("id", ""), sloc("id"))
            doc.field("        ", "title", s.values.get("title", ""), sloc("title"))
            qs = q_of_sub.get(s.row, [])
            doc.add("        questions:" + ("" if qs else " []"), sloc("id"))
            doc.area_questions.setdefault(a.row, set()).update(q.row for q in qs)
            for q in qs:
                qloc = lambda key, row=q: Loc(QUESTIONS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
                doc.field("          - ", "id", q.values.get("id", ""), qloc("id"))
                doc.field("            ", "text", q.values.get("text", ""), qloc("text"))
                for key in ("guidance", "points"):
                    if key in q.values:
                        doc.field("            ", key, q.values[key], qloc(key))
                doc.field("            ", "scale", q.values.get("scale", ""), qloc("scale"))
                for key in ("sources", "na_allowed", "groups", "documents", "basis", "statute", "na_when"):
                    if key in q.values and q.values[key] != []:
                        doc.field("            ", key, q.values[key], qloc(key))
                mine = levels.get(_id(q, "id"), []) if q_first.get(_id(q, "id")) is q else []
                if mine:
                    doc.add("            levels:", qloc("id"))
                    for lv in mine:
                        lloc = lambda key, row=lv: Loc(LEVELS.name, row.row, row.cols.get(key), row.cols)  # noqa: E731
                        doc.add(f"              {_dq(str(lv.values.get('key', '')))}: "
                                f"{_dq(str(lv.values.get('text', '')))}", lloc("key"))


def import_xlsx(source: str | Path, dest: str | Path) -> tuple[Bank, list[str]]:
    """Read a bank workbook and write it as YAML; return the bank and warnings (e.g. revision not raised).

    Raises BankError (every problem, as `FILE: SHEET!CELL: message`) and writes nothing if the workbook is
    not a valid bank."""
    source, dest = Path(source), Path(dest)
    if not source.is_file():
        raise BankError([f"{source}: cannot read the file: {'no such file' if not source.exists() else 'not a file'}"])
    bank = read_workbook(source, str(source))
    warnings_: list[str] = []
    header = None
    if dest.is_file():
        old_text = dest.read_text(encoding="utf-8", errors="replace")
        header = _leading_comment(old_text)
        try:
            old = parse_bank(old_text, str(dest))
        except BankError:
            old = None
        if old is not None and old.id == bank.id and old.revision == bank.revision and old != bank:
            warnings_.append(f"{dest}: the questions, points or scales changed but the revision is still "
                             f"{bank.revision}; raise 'Revision' in sheet Metadata so that evaluations can tell "
                             "the two apart")
    if header is None:
        header = (f"# {bank.title} {bank.edition} — question bank for Kompassapp, written from a workbook\n"
                  f"# by `kompassapp bank import-xlsx`.\n"
                  f"# Format: {FORMAT}, documented by schema/bank.schema.json.\n")
    write_atomic(dest, bank_yaml(bank, header).encode("utf-8"))
    return bank, warnings_


def _leading_comment(text: str) -> str | None:
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines) or None
