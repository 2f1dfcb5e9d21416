"""The one write path of an evaluation: transactions, the change log and authorship.

Every change to an open evaluation goes through `Edits`: one transaction per change,
each changed field logged with who changed it and when, and the observers told once,
after the commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kompassapp import storage
from kompassapp.bank.model import Bank
from kompassapp.errors import KompassError
from kompassapp.observe import Observers
from kompassapp.records import Change, log_text, new_id


class Edits:
    """The state every part of an evaluation shares, and the write path they all use."""

    path: Path
    conn: sqlite3.Connection
    author: str  # stamped on every edit and log entry; the GUI passes the settings' name
    auditor: str  # whose copy this is: their answers are the editable ones
    clock: Callable[[], str]
    changed: Observers  # callbacks receive a Change
    bank: Bank

    def log(self, entity: str, entity_id: str, field: str, old: Any, new: Any, now: str) -> None:
        """Add a change-log entry; call inside `batch` (or an edit method) so it commits with the change."""
        self.conn.execute(
            "INSERT INTO changelog (id, at, author, entity, entity_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), now, self.author, entity, entity_id, field, log_text(old), log_text(new)))

    @contextmanager
    def batch(self, kind: str, ids: tuple[str, ...] = ()) -> Iterator[str]:
        """One durable transaction for a change of many rows (an upgrade, a merge); yields its time.

        Observers hear of it once, after the commit.
        """
        now = self.clock()
        try:
            with storage.transaction(self.conn):
                yield now
        except sqlite3.IntegrityError as exc:
            raise KompassError(f"the change was refused: {exc}") from None
        except sqlite3.OperationalError as exc:
            raise KompassError(f"{self.path}: the change could not be stored ({exc}); "
                               "check that the disk is present and not full") from None
        self.changed.emit(Change(kind, ids))

    def _write(self, kind: str, ids: tuple[str, ...], work: Callable[[str], None]) -> None:
        with self.batch(kind, ids) as now:
            work(now)

    def _check_question(self, question_id: str) -> None:
        if question_id not in self.bank.questions:
            raise KompassError(f"unknown question '{question_id}' in bank {self.bank.id}")
