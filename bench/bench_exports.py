"""Export benchmarks: the PDF and the Word report of the demo (whole process), its workbook, a jury
workbook of six.

Run: python bench/bench_exports.py   (prints one line per figure; targets in brackets)
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import report, timed  # noqa: E402
from kompassapp.bank import load_bank  # noqa: E402
from kompassapp.demo import build_demo  # noqa: E402
from kompassapp.evaluation import Evaluation  # noqa: E402
from kompassapp.exports import commands  # noqa: E402

BANK = ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml"
NOMINEES = ("Borås", "Eskilstuna", "Helsingborg", "Karlstad", "Kävlinge", "Västerås")


def nominees(folder: Path) -> list[Path]:
    """Six fully answered evaluations of the 2003 bank, each with its own profile."""
    bank = load_bank(BANK)
    files = []
    for i, name in enumerate(NOMINEES):
        rng = random.Random(i)
        path = folder / f"{name}.kompass"
        with Evaluation.create(path, bank, municipality=name, year=2015) as ev:
            for q in bank.questions.values():
                ev.set_answer(q.id, choice=rng.choice(bank.scales[q.scale].options).key, status="done")
        files.append(path)
    return files


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        demo = build_demo(tmp / "demo.kompass")
        cli = [sys.executable, "-m", "kompassapp", "export", str(demo)]
        report("PDF of the demo (whole process)",
               timed(lambda: subprocess.run([*cli, "--pdf", str(tmp / "d.pdf")], check=True, capture_output=True),
                     5), "< 1500 ms")
        report("PDF of the demo, --final (whole process)",
               timed(lambda: subprocess.run([*cli, "--pdf", str(tmp / "f.pdf"), "--final"], check=True,
                                            capture_output=True), 5), "< 1500 ms")
        report("Word report of the demo, --final (whole process)",
               timed(lambda: subprocess.run([*cli, "--docx", str(tmp / "f.docx"), "--final"], check=True,
                                            capture_output=True), 5), "< 1000 ms")
        commands.export(demo, xlsx=tmp / "warm.xlsx")  # imports out of the way: the window pays them once
        report("workbook of the demo (in process)", timed(lambda: commands.export(demo, xlsx=tmp / "d.xlsx"), 5),
               "< 1000 ms")
        report("workbook of the demo (whole process)",
               timed(lambda: subprocess.run([*cli, "--xlsx", str(tmp / "p.xlsx")], check=True, capture_output=True),
                     5), "< 1000 ms")
        files = nominees(tmp)
        report("jury workbook of 6 (in process)", timed(lambda: commands.jury(files, tmp / "j.xlsx"), 5), "< 3000 ms")
        jury = [sys.executable, "-m", "kompassapp", "jury", *map(str, files), "-o", str(tmp / "k.xlsx")]
        report("jury workbook of 6 (whole process)",
               timed(lambda: subprocess.run(jury, check=True, capture_output=True), 5), "< 3000 ms")


if __name__ == "__main__":
    main()
