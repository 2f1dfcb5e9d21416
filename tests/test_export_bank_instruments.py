# SPDX-License-Identifier: MIT
"""Issue 12 section 3: the workbook's area sheets and the PDF appendix list the bank's interview
groups and documents (format /2); a /1 bank's exports stay as they were."""

import re
from pathlib import Path

import pytest
from conftest import BANK_2020, SMALL_BANK, run_cli

from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation

openpyxl = pytest.importorskip("openpyxl")
pypdf = pytest.importorskip("pypdf")


def _evaluation(tmp_path: Path, bank_path: Path) -> Path:
    path = tmp_path / "Testkommun-2026.kompass"
    bank = load_bank(bank_path)
    with Evaluation.create(path, bank, municipality="Testkommun", year=2026, team=["Anna Granskare"]) as ev:
        first = next(iter(bank.questions.values()))
        ev.set_answer(first.id, choice=bank.scales[first.scale].options[0].key)
    return path


def _export(tmp_path: Path, path: Path) -> tuple[Path, Path]:
    xlsx, pdf = tmp_path / "out.xlsx", tmp_path / "out.pdf"
    result = run_cli("export", path, "--xlsx", xlsx, "--pdf", pdf)  # the whole process, as a user runs it
    assert result.returncode == 0, result.stderr
    return xlsx, pdf


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _question_rows(ws):
    """The header row of the question table and the question rows under it (up to the first empty id)."""
    rows = list(ws.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r and r[1] == "Id")
    body = []
    for r in rows[top + 1:]:
        if not r[1]:
            break
        body.append(r)
    return rows[top], body


def test_area_sheets_and_pdf_list_groups_and_documents(tmp_path):
    bank = load_bank(BANK_2020)
    xlsx, pdf = _export(tmp_path, _evaluation(tmp_path, BANK_2020))
    wb = openpyxl.load_workbook(xlsx)
    seen = {}
    for area in bank.areas:
        ws = next(wb[n] for n in wb.sheetnames if n.startswith(f"{area.id} "))
        header, rows = _question_rows(ws)
        g, d = header.index("Grupper"), header.index("Dokument")
        for row in rows:
            seen[row[1]] = (row[g] or "", row[d] or "")
    assert set(seen) == set(bank.questions)
    for q in bank.questions.values():
        groups, documents = seen[q.id]
        assert groups == "; ".join(bank.group_by_id[x].label for x in q.groups)
        assert documents == "; ".join(bank.document_by_id[x].title for x in q.documents)
    text = _flat("".join(page.extract_text() or "" for page in pypdf.PdfReader(str(pdf)).pages))
    assert _flat("Intervjugrupper och dokument i frågebanken") in text
    appendix = text[text.index(_flat("Intervjugrupper och dokument i frågebanken")):]
    for group in bank.groups:
        asked = [q.id for q in bank.questions.values() if group.id in q.groups]
        assert _flat(group.label) in appendix and _flat(f"{', '.join(asked)} ({len(asked)})") in appendix
    for document in bank.documents:
        assert _flat(document.title) in appendix


def test_a_format_1_bank_exports_as_before(tmp_path):
    xlsx, pdf = _export(tmp_path, _evaluation(tmp_path, SMALL_BANK))
    wb = openpyxl.load_workbook(xlsx)
    header, rows = _question_rows(wb[next(n for n in wb.sheetnames if n.startswith("1 "))])
    assert rows and "Grupper" not in header and "Dokument" not in header
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(str(pdf)).pages)
    assert "Intervjugrupper och dokument i frågebanken" not in text
