"""Encryption and secure deletion: what they cost, beside the plain figures.

Run: python bench/bench_secure.py   (prints one line per figure; the target for an encrypted file is
under 2x the plain figure). "cold" opens include deriving the key from the passphrase (PBKDF2-SHA512,
256 000 rounds, once per file and process); "warm" ones reuse it, as every open after the first does.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

os.environ.setdefault("KOMPASSAPP_DATA", tempfile.mkdtemp(prefix="kompassapp-bench-"))

from bench_core import file_with_notes  # noqa: E402
from timing import report, timed  # noqa: E402
from kompassapp import crypto, encryption  # noqa: E402
from kompassapp.evaluation import Evaluation  # noqa: E402

PASS = "bench-lösenfras"


def editor(path: Path, *, secure_delete: bool = True, notes: bool = False):
    """The open evaluation and one edit on it: an answer, or (notes) rewriting a long note text."""
    ev = Evaluation.open(path, author="bench")
    if not secure_delete:
        ev.conn.execute("PRAGMA secure_delete = OFF")
    qids = sorted(q.id for q in ev.bank.questions.values() if q.scale == "jdn")
    targets = ev.notes()[:200] if notes else []
    state = {"i": 0}

    def one() -> None:
        i = state["i"] = state["i"] + 1
        if notes:  # overwritten text is what secure_delete zeroes
            ev.update_note(targets[i % len(targets)].id, text=f"omskriven {secure_delete} {i} " + "svar " * 80)
        else:
            ev.set_answer(qids[i % len(qids)], choice=("ja", "delvis", "nej")[i % 3], comment=f"kommentar {i} " * 8)

    return ev, one


def pair(a: tuple, b: tuple, n: int) -> tuple[list[float], list[float]]:
    try:
        return interleaved(a[1], b[1], n)
    finally:
        a[0].close()
        b[0].close()


def interleaved(a, b, n: int) -> tuple[list[float], list[float]]:
    """Samples of two calls taken in turn, so that the machine's load hits both alike."""
    sa, sb = [], []
    for _ in range(n):
        sa += timed(a, 1)
        sb += timed(b, 1)
    return sa, sb


def open_and_score(path: Path, *, cold: bool) -> None:
    if cold:
        crypto.forget()
        crypto.set_default(PASS)
    ev = Evaluation.open(path)
    ev.profile()
    ev.close()


def ratio(a: list[float], b: list[float]) -> str:
    return f"{statistics.median(a) / statistics.median(b):.2f}x"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = file_with_notes(folder, 10_000)
        locked = folder / "locked.kompass"
        shutil.copyfile(plain, locked)
        crypto.set_default(PASS)
        cost = timed(lambda: encryption.encrypt(locked, PASS), 1)
        report("encrypt: a 10 000-note file in place", cost)
        small_plain, small_locked = folder / "sp.kompass", folder / "sl.kompass"
        from kompassapp.bank import load_bank
        bank = load_bank(ROOT / "question_bank" / "kommunkompassen-2003.sv.yaml")
        Evaluation.create(small_plain, bank, municipality="Bench", year=2026).close()
        Evaluation.create(small_locked, bank, municipality="Bench", year=2026, passphrase=PASS).close()

        p, e = pair(editor(small_plain), editor(small_locked), 200)
        report("edit: one durable answer edit, plain", p)
        report("edit: one durable answer edit, encrypted", e, f"< 2x plain; is {ratio(e, p)}")
        big_p, big_e = pair(editor(plain), editor(locked), 100)
        report("edit: answer edit, 10 000-note file, plain", big_p)
        report("edit: answer edit, 10 000-note file, encr.", big_e, f"< 2x plain; is {ratio(big_e, big_p)}")

        op, ow = interleaved(lambda: open_and_score(plain, cold=False), lambda: open_and_score(locked, cold=False), 40)
        oc = timed(lambda: open_and_score(locked, cold=True), 5)
        report("open: 10 000-note file + score, plain", op)
        report("open: same, encrypted (warm key)", ow, f"< 2x plain; is {ratio(ow, op)}")
        report("open: same, encrypted (cold: derives key)", oc, f"is {ratio(oc, op)}")
        report("key: derive from passphrase (PBKDF2 256k)",
               timed(lambda: crypto.derive(PASS + str(os.urandom(4)), os.urandom(16)), 5))

        other = folder / "other.kompass"
        shutil.copyfile(plain, other)
        on, off = pair(editor(plain), editor(other, secure_delete=False), 200)
        report("secure_delete: answer edit, ON", on)
        report("secure_delete: answer edit, OFF", off, f"ON costs {ratio(on, off)}")
        on, off = pair(editor(plain, notes=True), editor(other, secure_delete=False, notes=True), 100)
        report("secure_delete: long note rewrite, ON", on)
        report("secure_delete: long note rewrite, OFF", off, f"ON costs {ratio(on, off)}")
        print(f"{'file: size 10 000 notes plain / encrypted':<44} {plain.stat().st_size / 1e6:8.2f} MB"
              f" / {locked.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
