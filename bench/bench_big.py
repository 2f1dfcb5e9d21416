"""Big content: the workbook of evaluations with 10 000 and 100 000 notes, and with one huge note.

Each export runs as its own process (`kompassapp export F --xlsx OUT`); the figures are its wall
time and its peak resident memory (the child's own maxrss from wait4). Time should grow linearly
with the content and memory should stay flat with the number of notes (a huge single note costs
about its own size, not a multiple of it).

Run: python bench/bench_big.py [--quick]   (--quick: 10 000 notes and a 10 MB note only)
The anonymised cases also look for every interviewee's name in every text (kompassapp.exports.names).
The evaluation files are built once (the demo plus copies of its notes, inserted in one batch)
and cached in the temp folder, so a rerun only measures the exports.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "kompassapp-bench-big"
NOTE_COUNTS = (10_000, 100_000)
BIG_NOTES_MB = (10, 100)


def _with_notes(path: Path, count: int, text_for) -> Path:
    """The demo evaluation plus `count` notes shaped like the demo's own (same sources and questions)."""
    from kompassapp.demo import build_demo
    from kompassapp.evaluation import Evaluation, new_id

    tmp = path.with_suffix(".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    build_demo(tmp)
    with Evaluation.open(tmp, author="Bench") as ev:
        models = ev.notes()
        with ev.batch("note") as now:  # one transaction: the domain's own unit of a bulk change
            for start in range(0, count, 10_000):
                rows, links = [], []
                for i in range(start, min(count, start + 10_000)):
                    m = models[i % len(models)]
                    note_id = new_id()
                    rows.append((note_id, text_for(i, m.text), m.source_kind, m.session_id, m.participant_id,
                                 m.document_id, m.url, m.area_id, "Bench", now, now))
                    links += [(note_id, q) for q in m.question_ids]
                ev.conn.executemany(
                    "INSERT INTO notes (id, text, source_kind, session_id, participant_id, document_id, url,"
                    " area_id, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                ev.conn.executemany("INSERT INTO note_questions VALUES (?, ?)", links)
    os.replace(tmp, path)
    return path


def build(kind: str, size: int) -> Path:
    """Build one file; runs in its own process (see `cached`)."""
    if kind == "notes":
        return _with_notes(CACHE / f"notes-{size}.kompass", size, lambda i, text: f"{i}: {text}")
    paragraph = ("Kommunstyrelsen följer upp målen i årsredovisningen och nämnderna rapporterar "
                 "varje tertial; Olof Palme menade att uppföljningen borde bli tätare.\n")
    body = paragraph * (size * 1_000_000 // len(paragraph) + 1)
    return _with_notes(CACHE / f"bignote-{size}mb.kompass", 1, lambda i, text: body[:size * 1_000_000])


def cached(kind: str, size: int) -> Path:
    """The file, built by a child process when missing. This process must stay small: a child
    starts with its parent's peak memory as its own maxrss (Linux keeps it across exec)."""
    path = CACHE / (f"notes-{size}.kompass" if kind == "notes" else f"bignote-{size}mb.kompass")
    if not path.exists():
        subprocess.run([sys.executable, __file__, "--build", kind, str(size)], check=True)
    return path


def measure(source: Path, out: Path, *options: str) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB) of one `kompassapp export --xlsx` process. The CPU time
    (user + system) says more than the wall time on a machine shared with other work."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kompassapp", "export", str(source), "--xlsx", str(out), *options],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"export of {source.name} failed: {child.stderr.read().decode(errors='replace')}")
    child.stderr.close()
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux reports kilobytes


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    if sys.argv[1:2] == ["--build"]:
        build(sys.argv[2], int(sys.argv[3]))
        return
    quick = "--quick" in sys.argv
    cases = [(f"xlsx, {n:_} notes".replace("_", " "), cached("notes", n), n)
             for n in (NOTE_COUNTS[:1] if quick else NOTE_COUNTS)]
    cases.append(("xlsx --anonymize, 10 000 notes", cached("notes", 10_000), 10_000))
    cases += [(f"xlsx, one note of {mb} MB", cached("big", mb), mb)
              for mb in (BIG_NOTES_MB[:1] if quick else BIG_NOTES_MB)]
    if not quick:
        mb = BIG_NOTES_MB[-1]
        cases.append((f"xlsx --anonymize, one note of {mb} MB", cached("big", mb), mb))
    with tempfile.TemporaryDirectory() as tmp:
        measure(cases[0][1], Path(tmp) / "warm.xlsx")  # page cache and imports warm, as for the others
        for name, source, size in cases:
            options = ["--anonymize"] if "anonymize" in name else []
            seconds, cpu, peak = measure(source, Path(tmp) / "out.xlsx", *options)
            unit = "note" if "notes" in name else "MB"
            print(f"{name:<38} wall {seconds * 1000:7.0f} ms   cpu {cpu * 1000:7.0f} ms   peak {peak:5.0f} MB   "
                  f"cpu {cpu * 1e3 / size:7.3f} ms per {unit}   out {(Path(tmp) / 'out.xlsx').stat().st_size / 1e6:5.1f} MB")


if __name__ == "__main__":
    main()
