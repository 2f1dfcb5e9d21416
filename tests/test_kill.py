"""Killing the process at any moment never corrupts the file nor loses an edit that returned."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


from kompassapp import storage
from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from conftest import ROOT, SMALL_BANK
from kill_writer import OPTIONS, question_ids

FULL = os.environ.get("KOMPASSAPP_FULL") == "1"  # the whole robustness run; CI runs the fast subset
KILLS = int(os.environ.get("KOMPASSAPP_KILLS", "200" if FULL else "50"))


def expected_state(last: int, qids: list[str]) -> tuple[dict, set]:
    """Answers and note texts after edits 0..last, per kill_writer.edit."""
    answers, notes = {}, set()
    for n in range(last + 1):
        if n % 2 == 0:
            answers[qids[(n // 2) % len(qids)]] = (OPTIONS[(n // 2) % 3], str(n))
        else:
            notes.add(f"kill-note {n}")
    return answers, notes


def stored_state(path: Path) -> tuple[dict, set]:
    with Evaluation.open(path) as ev:  # opening runs the file checks
        answers = {q: (a.choice, a.comment) for q, a in ev.answers().items()}
        notes = {n.text for n in ev.notes()}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return answers, notes


def test_sigkill_during_edits_never_loses_a_returned_edit(tmp_path):
    path = tmp_path / "kill.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Killby", year=2026).close()
    qids = question_ids(load_bank(SMALL_BANK))
    rng = random.Random(int(os.environ.get("KOMPASSAPP_KILL_SEED", "1")))
    confirmed = -1
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "kill_writer.py"), str(path), "100000000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        # Wait until it has written at least once, then kill at a random moment.
        first = proc.stdout.readline()
        assert first.startswith("done"), proc.stderr.read()
        time.sleep(rng.uniform(0, 0.08))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        done = [int(line.split()[1]) for line in (first + out).splitlines() if line.startswith("done ")]
        confirmed = max(done)
        answers, notes = stored_state(path)
        # Every edit up to `confirmed` returned, so it must be there; the one in flight may be too.
        assert (answers, notes) in (expected_state(confirmed, qids), expected_state(confirmed + 1, qids))
    assert confirmed > KILLS  # it really did work between the kills


EXPORT_KILLS = int(os.environ.get("KOMPASSAPP_EXPORT_KILLS", "100" if FULL else "30"))
MERGE_KILLS = int(os.environ.get("KOMPASSAPP_MERGE_KILLS", "100" if FULL else "30"))


def _kill_after(args: list[str], delay: float) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kompassapp", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_sigkill_during_exports_never_leaves_a_half_written_file(demo_file, tmp_path):
    """The previous export stays whole under its name until a new one is complete."""
    from pypdf import PdfReader
    from openpyxl import load_workbook

    xlsx, pdf = tmp_path / "rapport.xlsx", tmp_path / "rapport.pdf"
    args = ["export", str(demo_file), "--xlsx", str(xlsx), "--pdf", str(pdf)]
    start = time.perf_counter()  # a first, whole export: later kills must leave these files whole
    assert subprocess.run([sys.executable, "-m", "kompassapp", *args], cwd=ROOT, capture_output=True).returncode == 0
    duration = time.perf_counter() - start
    rng = random.Random(3)
    for i in range(EXPORT_KILLS):
        _kill_after(args, rng.uniform(0.05, duration))
        assert load_workbook(xlsx, read_only=True).sheetnames[0] == "Sammanfattning", i
        assert len(PdfReader(pdf).pages) > 5, i
        names = {p.name for p in tmp_path.iterdir()}
        assert names <= {"rapport.xlsx", "rapport.pdf"} | {n for n in names if n.endswith(".tmp")}
    assert subprocess.run([sys.executable, "-m", "kompassapp", *args], cwd=ROOT, capture_output=True).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf", "rapport.xlsx"]  # leftovers cleaned


def test_sigkill_during_merges_leaves_each_merge_all_or_nothing(tmp_path):
    from kompassapp.merge import make_copy, merge

    bank = load_bank(SMALL_BANK)
    lead = tmp_path / "lead.kompass"
    Evaluation.create(lead, bank, municipality="Killby", year=2026, author="Lena").close()
    copies = []
    for name in ("Karin", "Per", "Sara"):
        path = make_copy(lead, tmp_path / f"{name}.kompass", name)
        with Evaluation.open(path, author=name) as ev:
            with storage.transaction(ev.conn):  # setup only: raw rows in one transaction
                for i in range(1500):
                    ev.conn.execute("INSERT INTO notes (id, text, source_kind, author, created_at, updated_at)"
                                    " VALUES (?, ?, 'observation', ?, '2026', '2026')", (f"{name}{i}", "x" * 200, name))
            ev.set_answer("1.1.1", choice="ja")
        copies.append(path)
    rng = random.Random(4)
    into = tmp_path / "into.kompass"
    for i in range(MERGE_KILLS):
        if into.exists():
            into.unlink()
        Path(f"{into}-wal").unlink(missing_ok=True)
        Path(f"{into}-shm").unlink(missing_ok=True)
        shutil.copy(lead, into)
        _kill_after(["merge", str(into), *map(str, copies)], rng.uniform(0.1, 1.2))
        with Evaluation.open(into) as ev:
            count = len(ev.notes())
            assert count % 1500 == 0, (i, count)  # whole copies only: each merge is one transaction
            for path in copies:  # finishing the interrupted work gives the full result
                merge(ev, path)
            assert len(ev.notes()) == 4500
        conn = sqlite3.connect(into)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


# -- making new files: new, new --from, demo, import-json ---------------------------------
# The command runs in a forked child (no interpreter start-up to wait through) and is killed at a
# random moment within its run time. Afterwards the target is absent or complete and correct, and a
# rerun works despite everything the killed runs left behind.
CREATE_KILLS = int(os.environ.get("KOMPASSAPP_CREATE_KILLS", "100" if FULL else "20"))


def _run_forked(args: list[str], delay: float | None) -> int | None:
    """Run the CLI with `args` in a forked child; SIGKILL it after `delay` s (None: let it finish)."""
    from kompassapp import cli

    pid = os.fork()
    if pid == 0:  # the child: no pytest machinery, no output, no exit handlers
        code = 70
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            code = cli.main(args)
        finally:
            os._exit(code)
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) if delay is None else None


def _kill_creating(tmp_path, args: list[str], target: Path, check) -> None:
    """Kill `args` (which write `target`) CREATE_KILLS times; check every survivor and a final rerun."""
    start = time.perf_counter()
    assert _run_forked(args, None) == 0
    duration = time.perf_counter() - start
    check(target)
    rng = random.Random(11)
    seen = {"absent": 0, "complete": 0}
    for i in range(CREATE_KILLS):
        for side in ("", "-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        _run_forked(args, rng.uniform(0, duration))
        if target.exists():
            check(target)  # complete and correct, or it would not carry its name
            seen["complete"] += 1
        else:
            seen["absent"] += 1
    for side in ("", "-wal", "-shm"):
        Path(f"{target}{side}").unlink(missing_ok=True)
    assert _run_forked(args, None) == 0, "a rerun after the kills failed"
    check(target)
    leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.")]
    assert not leftovers, leftovers  # the rerun cleaned what the killed runs left
    assert seen["absent"] > 0, seen  # the kills did land mid-way


def _summary(path: Path) -> tuple:
    with Evaluation.open(path, readonly=True) as ev:
        return (ev.info, ev.auditor, [m.name for m in ev.team()], len(ev.notes()), len(ev.changelog()),
                ev.profile().total)


def test_sigkill_during_new_leaves_no_half_made_file(tmp_path):
    target = tmp_path / "new.kompass"
    args = ["new", "--bank", str(SMALL_BANK), "--municipality", "Killby", "--year", "2026", "--team", "Lena",
            "--team", "Per", "--auditor", "Lena", "-o", str(target)]

    def check(path: Path) -> None:
        info, auditor, team, *_ = _summary(path)
        assert (info.municipality, info.year, auditor, team) == ("Killby", 2026, "Lena", ["Lena", "Per"])

    _kill_creating(tmp_path, args, target, check)


def test_sigkill_during_new_from_never_leaves_a_copy_owned_by_the_lead(tmp_path):
    from kompassapp.demo import build_demo

    lead = build_demo(tmp_path / "lead.kompass")
    lead_bytes = lead.read_bytes()
    expected = _summary(lead)
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "karin.kompass"

    def check(path: Path) -> None:
        info, auditor, team, notes, _, total = _summary(path)
        assert auditor == "Karin" and "Karin" in team
        assert (info, notes, total) == (expected[0], expected[3], expected[5])

    _kill_creating(folder, ["new", "--from", str(lead), "--auditor", "Karin", "-o", str(target)], target, check)
    assert lead.read_bytes() == lead_bytes


def test_sigkill_during_demo_leaves_no_demo_without_its_notes(tmp_path, demo_file):
    expected = _summary(demo_file)
    target = tmp_path / "demo.kompass"

    def check(path: Path) -> None:
        assert _summary(path) == expected

    _kill_creating(tmp_path, ["demo", "-o", str(target)], target, check)


def test_sigkill_during_import_json_leaves_nothing_half_imported(tmp_path, demo_file):
    from kompassapp.interchange import export_json

    source = tmp_path / "source.json"
    text = export_json(demo_file, source)
    folder = tmp_path / "imports"
    folder.mkdir()
    target = folder / "imported.kompass"

    def check(path: Path) -> None:
        assert export_json(path, None) == text  # every row, exactly

    _kill_creating(folder, ["import-json", str(source), "-o", str(target)], target, check)
