"""Writes edits to an evaluation in a loop, printing "done N" after each edit returns.

Run by test_kill.py, which SIGKILLs it at random moments. Edit N is a pure function of N
(see `edit`), so the test can compute what the file must hold; a restarted writer
resumes after the last edit found in the file.
"""

import sys

from kompassapp.evaluation import Evaluation

OPTIONS = ("ja", "delvis", "nej")


def question_ids(bank) -> list[str]:
    return sorted(q.id for q in bank.questions.values() if q.scale == "jdn")


def edit(ev: Evaluation, n: int, qids: list[str]) -> None:
    if n % 2 == 0:
        ev.set_answer(qids[(n // 2) % len(qids)], choice=OPTIONS[(n // 2) % 3], comment=str(n))
    else:
        ev.add_note(f"kill-note {n}", question_ids=[qids[n % len(qids)]])


def last_edit(ev: Evaluation) -> int:
    numbers = [int(a.comment) for a in ev.answers().values() if a.comment]
    numbers += [int(n.text.split()[1]) for n in ev.notes()]
    return max(numbers, default=-1)


def main(path: str, limit: int) -> None:
    ev = Evaluation.open(path, author="kill-test")
    qids = question_ids(ev.bank)
    n = last_edit(ev) + 1
    while n < limit:
        edit(ev, n, qids)
        print(f"done {n}", flush=True)
        n += 1
    ev.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
