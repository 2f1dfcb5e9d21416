"""Preparation benchmarks (whole process, as the auditor runs them): the questionnaire of the full 2020 bank
exported, the same workbook filled with an answer to every question imported into a fresh copy, and all guides.

Run: python bench/bench_prepare.py   (prints one line per figure; targets in brackets)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from timing import report  # noqa: E402
from kompassapp.bank import load_bank  # noqa: E402
from kompassapp.evaluation import Evaluation  # noqa: E402

BANK = ROOT / "question_bank" / "kommunkompassen-2020.sv.yaml"
ANSWER = ("Kommunfullmäktige antog en ny policy i juni 2023 som gäller för alla nämnder.\n"
          "Uppföljning sker två gånger om året i kommunstyrelsen; se bilaga 4 och www.testby.se/styrning.")


def run(*args) -> float:
    import time

    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - t) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master = folder / "master.kompass"
        bank = load_bank(BANK)
        with Evaluation.create(master, bank, municipality="Testby", year=2026, visit_start="2026-03-10") as ev:
            for g in bank.groups:
                ev.add("session", group_name=g.label, bank_groups=(g.id,), state="planned")
        out = folder / "q.xlsx"
        report("questionnaire export, 188 questions (process)",
               [run("prepare", master, "--questionnaire", out) for _ in range(5)], "< 1000 ms")
        wb = openpyxl.load_workbook(out)
        answered = 0
        for ws in wb.worksheets[1:-1]:
            for row in range(2, ws.max_row + 1):
                ws.cell(row=row, column=4, value=ANSWER)
                ws.cell(row=row, column=5, value="Bilaga 4; https://testby.se/styrning")
                answered += 1
        filled = folder / "filled.xlsx"
        wb.save(filled)
        samples = []
        for i in range(5):
            copy = folder / f"copy{i}.kompass"
            shutil.copy(master, copy)
            samples.append(run("import-questionnaire", copy, filled))
        report(f"questionnaire import, {answered} answers (process)", samples, "< 1000 ms")
        report("questionnaire re-import, nothing changed (process)",
               [run("import-questionnaire", folder / "copy0.kompass", filled) for _ in range(3)], "< 1000 ms")
        report(f"guides, {len(bank.groups)} groups (process)",
               [run("prepare", folder / "copy0.kompass", "--guides", folder / "g") for _ in range(3)])


if __name__ == "__main__":
    main()
