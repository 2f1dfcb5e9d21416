"""Core benchmarks: bank load, file open with 10 000 notes, one answer edit, demo build.

Run: python bench/bench_core.py   (prints one line per figure; targets in brackets)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import report, timed  # noqa: E402
from kompassapp.bank import load_bank  # noqa: E402
from kompassapp.demo import build_demo  # noqa: E402
from kompassapp.evaluation import Evaluation, new_id  # noqa: E402
from kompassapp.interchange import dump, import_json, to_json  # noqa: E402

BANK = ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml"


def file_with_notes(folder: Path, count: int) -> Path:
    """A demo evaluation plus `count` evidence notes, built through the JSON import (one transaction)."""
    demo = build_demo(folder / "demo.kompass")
    ev = Evaluation.open(demo)
    doc = dump(ev.conn)
    ev.close()
    qids = sorted(load_bank(BANK).questions)
    for i in range(count):
        nid = new_id()
        doc["notes"].append({"id": nid, "text": f"Anteckning {i}: " + "intervjusvar " * 20, "source_kind": "observation",
                             "session_id": None, "participant_id": None, "document_id": None, "url": "", "area_id": "",
                             "deleted": 0, "author": "bench", "provenance": "", "created_at": f"2026-05-04T10:{i % 60:02d}:00",
                             "updated_at": f"2026-05-04T10:{i % 60:02d}:00"})
        doc["note_questions"].append({"note_id": nid, "question_id": qids[i % len(qids)]})
    src = folder / "big.json"
    src.write_text(to_json(doc), encoding="utf-8")
    out = folder / "big.kompass"
    import_json(src, out)
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report("bank: load + validate 2003 bank", timed(lambda: load_bank(BANK), 30), "< 50 ms")
        report("demo: build the demo evaluation", timed(lambda: build_demo(folder / f"d{time.time_ns()}.kompass"), 3))
        big = file_with_notes(folder, 10_000)
        print(f"{'file: size with 10 000 notes':<44} {big.stat().st_size / 1e6:8.2f} MB")

        def open_and_score():
            ev = Evaluation.open(big)
            ev.profile()
            ev.close()

        report("file: open 10 000-note file + score", timed(open_and_score, 20), "< 200 ms")

        def read_and_score():  # how summary, exports and the jury open a file
            with Evaluation.open(big, readonly=True) as ev:
                ev.profile()

        report("file: open it read-only + score", timed(read_and_score, 20))
        ev = Evaluation.open(big, author="bench")
        report("notes: list one question's notes", timed(lambda: ev.notes(question_id="1.1.1"), 50))
        qids = sorted(ev.bank.questions)
        choices = ["ja", "delvis", "nej"]
        edits = iter(range(10**9))

        def one_edit():
            i = next(edits)
            q = qids[i % len(qids)]
            ev.set_answer(q, choice=choices[i % 3] if ev.bank.questions[q].scale == "jdn" else None)

        report("edit: one answer (durable commit)", timed(one_edit, 300), "< 5 ms median")
        report("edit: answer + rescore profile", timed(lambda: (one_edit(), ev.profile()), 100))
        report("notes: store one note", timed(lambda: ev.add_note("Snabb anteckning", question_ids=["1.1.1"]), 200))
        ev.close()


if __name__ == "__main__":
    main()
