"""Merge benchmark: three auditors' copies with 5 000 new notes each merged into the lead's file.

Run: python bench/bench_merge.py   [target: < 2 s for all three]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompassapp import storage  # noqa: E402
from kompassapp.bank import load_bank  # noqa: E402
from kompassapp.evaluation import Evaluation  # noqa: E402
from kompassapp.merge import make_copy, merge  # noqa: E402

NOTES = 5_000


def main() -> None:
    bank = load_bank(ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml")
    qids = sorted(bank.questions)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        lead = d / "lead.kompass"
        Evaluation.create(lead, bank, municipality="Benchby", year=2026, author="Lena").close()
        copies = []
        t = time.perf_counter()
        for name in ("Karin", "Per", "Sara"):
            path = make_copy(lead, d / f"{name}.kompass", name)
            with Evaluation.open(path, author=name) as ev:
                with storage.transaction(ev.conn):  # setup only: raw rows in one transaction for speed
                    for i in range(NOTES):
                        ev.conn.execute(
                            "INSERT INTO notes (id, text, source_kind, author, created_at, updated_at)"
                            " VALUES (?, ?, 'observation', ?, ?, ?)",
                            (f"{name}{i}", f"{name}: anteckning {i} " + "intervjusvar " * 15, name,
                             f"2026-05-04T10:{i % 60:02d}", f"2026-05-04T10:{i % 60:02d}"))
                        ev.conn.execute("INSERT INTO note_questions VALUES (?, ?)", (f"{name}{i}", qids[i % len(qids)]))
                for q in qids:
                    ev.set_answer(q, choice="ja" if bank.questions[q].scale == "jdn" else None)
            copies.append(path)
        print(f"setup: 3 copies x {NOTES} notes + {len(qids)} answers each: {time.perf_counter() - t:.1f} s")
        into = d / "merged.kompass"
        shutil.copy(lead, into)
        with Evaluation.open(into, author="Lena") as ev:
            t = time.perf_counter()
            for path in copies:
                start = time.perf_counter()
                report = merge(ev, path)
                print(f"merge {path.name}: {sum(report.added.values())} records in "
                      f"{(time.perf_counter() - start) * 1000:.0f} ms")
            total = time.perf_counter() - t
            print(f"{'merge: 3 copies x 5 000 notes':<44} {total * 1000:8.0f} ms   [target < 2000 ms]")
            t = time.perf_counter()
            merge(ev, copies[0])
            print(f"{'merge: the same copy again (no change)':<44} {(time.perf_counter() - t) * 1000:8.0f} ms")
            assert len(ev.notes()) == 3 * NOTES


if __name__ == "__main__":
    main()
