"""Results archive benchmark: 10 000 archived evaluations, on SQLite and on PostgreSQL.

Run: python bench/bench_archive.py   [targets: average < 100 ms, jury of 50 < 2 s, trend < 1 s]
The PostgreSQL half starts a throw-away server like the tests do (Debian's `postgresql`
package; skipped with a note when it is not installed). KOMPASSAPP_BENCH_PG=postgresql://…
uses an existing, EMPTY database instead.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
import uuid
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import report, timed  # noqa: E402

from kompassapp.archive import db  # noqa: E402
from kompassapp.archive.reports import average, write_jury, write_trend  # noqa: E402
from kompassapp.archive.store import Archive, rebuild_sums  # noqa: E402
from kompassapp.bank import load_bank  # noqa: E402

N = 10_000
JURY_YEAR, JURY_SIZE = 2024, 50
MUNICIPALITIES = 290


def fill(archive: Archive) -> float:
    """Bulk-insert N evaluations (8 areas, 37 sub-areas, findings, auditors each) in one transaction."""
    bank = load_bank(ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml")
    structure = {"areas": [{"id": a.id, "title": a.title, "short": a.short, "max": str(a.max),
                            "subareas": [{"id": s.id, "title": s.title} for s in a.subareas]} for a in bank.areas]}
    rng = random.Random(15)
    evaluations, results, areas, subareas, texts, auditors = [], [], [], [], [], []
    for i in range(N):
        rid = i + 1
        eid = uuid.UUID(int=rng.getrandbits(128)).hex
        year = JURY_YEAR if i < JURY_SIZE else 1995 + i % 29
        total = Fraction(0)
        for j, a in enumerate(bank.areas):
            possible = sum(q.points for q in a.questions)
            awarded = Fraction(rng.randrange(0, int(possible) * 2 + 1), 2)
            score = a.max * awarded / possible
            total += score
            areas.append({"result_id": rid, "area_id": a.id, "position": j, "score_num": score.numerator,
                          "score_den": score.denominator, "awarded": str(awarded), "possible": str(possible),
                          "answered": len(a.questions), "applicable": len(a.questions), "na": 0})
            for k, s in enumerate(a.subareas):
                sp = sum(q.points for q in s.questions)
                subareas.append({"result_id": rid, "area_id": a.id, "subarea_id": s.id, "position": k,
                                 "awarded": str(sp / 2), "possible": str(sp), "answered": len(s.questions),
                                 "applicable": len(s.questions), "na": 0})
            texts.append({"result_id": rid, "area_id": a.id, "kind": "strength", "position": 0,
                          "text": f"Styrka {i}/{a.id}: " + "tydlig styrning " * 8, "municipality": ""})
        auditors += [{"result_id": rid, "position": 0, "name": "Anna Ek"}, {"result_id": rid, "position": 1,
                                                                              "name": "Bo Berg"}]
        results.append({"id": rid, "evaluation_id": eid, "version": 1, "kind": "evaluation",
                        "municipality": f"Kommun {i % MUNICIPALITIES}", "municipality_key": f"kommun {i % MUNICIPALITIES}",
                        "municipality_code": f"{1000 + i % MUNICIPALITIES}", "year": year, "edition": "2003",
                        "bank_id": bank.id, "bank_revision": bank.revision, "status": "final", "total": str(total),
                        "max_total": "800", "answered": 214, "applicable": 214, "source": "",
                        "content_hash": f"{rid:064x}", "pushed_at": "2026-01-01T00:00:00+00:00"})
        evaluations.append({"evaluation_id": eid, "kind": "evaluation", "latest_version": 1, "latest_result_id": rid})
    start = time.perf_counter()
    with archive.connect(write=True) as conn:
        conn.execute(db.banks.insert(), [{"bank_id": bank.id, "revision": bank.revision, "edition": "2003",
                                          "title": bank.title, "structure": json.dumps(structure)}])
        conn.execute(db.evaluations.insert(), evaluations)  # latest_result_id is a plain column
        for table, rows in ((db.results, results), (db.area_scores, areas), (db.subarea_scores, subareas),
                            (db.texts, texts), (db.auditors, auditors)):
            if archive.postgres:  # COPY: PostgreSQL's bulk path, on the transaction's own connection
                columns = list(rows[0])
                cursor = conn.connection.driver_connection.cursor()
                with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row([row[c] for c in columns])
                continue
            for k in range(0, len(rows), 20_000):
                conn.execute(table.insert(), rows[k:k + 20_000])
        rebuild_sums(conn)  # the running sums every push keeps, computed once for the bulk load
        if archive.postgres:
            from sqlalchemy import text

            conn.execute(text("SELECT setval('results_id_seq', :n)"), {"n": N})
            conn.execute(text("ANALYZE"))
    return time.perf_counter() - start


def run(name: str, spec: str, folder: Path) -> None:
    with Archive(spec) as archive:
        seconds = fill(archive)
        print(f"{name}: bulk insert of {N} evaluations (with 370 000 sub-area rows): {seconds:.1f} s")
        ref = average(archive, "2003")
        assert f"{N} " in ref.name, ref.name
        report(f"{name}: average over {N} evaluations", timed(lambda: average(archive, "2003"), 10), "< 100 ms")
        out = folder / f"jury-{name}.xlsx"
        assert write_jury(archive, JURY_YEAR, out) == JURY_SIZE
        report(f"{name}: jury workbook of {JURY_SIZE}", timed(lambda: write_jury(archive, JURY_YEAR, out), 3),
               "< 2000 ms")
        for suffix in ("xlsx", "pdf"):
            out = folder / f"trend-{name}.{suffix}"
            report(f"{name}: trend of one municipality ({suffix})",
                   timed(lambda out=out: write_trend(archive, "Kommun 7", out), 3), "< 1000 ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        run("sqlite", str(folder / "arkiv.sqlite"), folder)
        spec = os.environ.get("KOMPASSAPP_BENCH_PG")
        if not spec:
            sys.path.insert(0, str(ROOT / "tests"))
            try:
                import test_archive_server as pg

                server = pg._start()
            except BaseException as exc:  # pytest's Skipped when PostgreSQL is not installed
                print(f"postgresql: skipped ({exc})")
                return
            spec = server.new_database("bench")
        run("postgresql", spec, folder)


if __name__ == "__main__":
    main()
