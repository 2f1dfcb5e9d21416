"""Purging personal data after the report (gallring; `kompassapp purge`, Arkiv ▸ Gallra personuppgifter).

What goes: participant names (sessions keep group, role and counts), note texts (the evidence keeps
its source kind, question links and counts), the change-log values of those fields, and every
soft-deleted record. What stays: scores, answers, findings, analysis texts and the document register.
The file is then vacuumed (secure_delete is on), its backups in the data folder are removed and one
new snapshot of the purged file is taken. The purge is logged: when, who and how much.

Notes' `provenance` (schema 3: the questionnaire file and cell a note was imported from) names a file,
not a person, and stays: it is the evidence trail. A session's planned participants may be names, and go.

A purged file refuses a merge from a copy without this purge (made before it): that copy would bring
the names back. Exports made before the purge cannot be reached from here; `stale_exports` names
those beside the file, and every purge message names the kinds (the xlsx *Underlag* sheet, JSON).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from kompassapp import backups, storage
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.records import ChangeKind, utc_now

# Table -> column -> its blank value: the columns that hold personal data (checked against the file's own
# columns). A session's planned participants (schema 3) may be names ("a role, '3 enhetschefer' or a name").
PERSONAL = {"participants": {"name": ""}, "notes": {"text": ""}, "sessions": {"planned_participants": "[]"}}
ENTITIES = {"team": "member", "sessions": "session", "participants": "participant", "documents": "document",
            "notes": "note", "findings": "finding", "answers": "answer", "consensus": "consensus"}
REMIND_DAYS = 90  # default: remind the lead this long after the report was marked final
EXPORT_KINDS = ("xlsx", "json")  # exports that carry note texts or names (the Underlag sheet; export-json)


@dataclass
class Plan:
    """What a purge would remove, counted, for the confirmation."""

    blank: dict[str, int] = field(default_factory=dict)  # table -> live records whose personal fields go
    log_entries: int = 0  # change-log values of those fields
    deleted: dict[str, int] = field(default_factory=dict)  # table -> soft-deleted records to erase

    @property
    def participants(self) -> int:  # names to blank
        return self.blank.get("participants", 0)

    @property
    def notes(self) -> int:  # note texts to blank
        return self.blank.get("notes", 0)

    @property
    def plans(self) -> int:  # planned sessions whose list of expected participants goes
        return self.blank.get("sessions", 0)

    @property
    def empty(self) -> bool:
        return not (any(self.blank.values()) or self.log_entries or any(self.deleted.values()))


def plan(ev: Evaluation) -> Plan:
    """What `purge(ev)` would remove (read only)."""
    conn, p = ev.conn, Plan()
    for table in storage.TABLES:
        names = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        present = [c for c in PERSONAL.get(table, {}) if c in names]
        if present:
            values = [PERSONAL[table][c] for c in present]
            p.blank[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0 AND "
                                          f"({' OR '.join(f'{c} <> ?' for c in present)})", values).fetchone()[0]
            p.log_entries += conn.execute(
                "SELECT count(*) FROM changelog WHERE entity = ? AND field IN (SELECT value FROM json_each(?))"
                " AND (old IS NOT NULL OR new IS NOT NULL)", (ENTITIES[table], json.dumps([*present, "created"]))
            ).fetchone()[0]
        if "deleted" in names:
            n = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted <> 0").fetchone()[0]
            if n:
                p.deleted[table] = n
    return p


def purge(ev: Evaluation, *, clock: Any = utc_now) -> dict[str, Any]:
    """Purge personal data from the open evaluation (see module doc); returns the logged summary."""
    with ev.bulk(ChangeKind.ALL) as w:
        counts = w.purge_personal(PERSONAL, ENTITIES)
        summary = {"at": w.now, "by": ev.author, **counts}
        w.record_purge(ev.evaluation_id, summary)
    try:
        storage.vacuum(ev.conn)
    except storage.sqlite3.Error as exc:
        raise storage.write_error(ev.path, exc) from None
    removed = 0
    for old in [b.path for b in backups.list_backups(ev)] + backups.before_upgrade_copies(ev):  # they hold it still
        old.unlink(missing_ok=True)
        removed += 1
    backups.take(ev)  # one snapshot, of the purged file
    summary["backups_removed"] = removed
    return summary


def purged(conn: Any) -> dict[str, Any] | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'purged'").fetchone()
    return json.loads(row[0]) if row else None


def refuse_stale_merge(into: Any, other: Any, source: Path) -> None:
    """A purged file takes no merge from a copy made before its purge (the copy still holds the names)."""
    mine = purged(into)
    if not mine:
        return
    theirs = purged(other)
    if not theirs or theirs["at"] < mine["at"]:
        raise KompassError(f"{source}: the copy was made before personal data was purged from this file "
                           f"({mine['at'][:10]}); merging it would bring the names and notes back, so it is refused "
                           "— purge the copy first, or make a new copy from this file")


def stale_exports(path: Path) -> list[Path]:
    """Exports beside the file, by name, that may still hold personal data (made before the purge)."""
    path = Path(path)
    found = []
    for kind in EXPORT_KINDS:
        found += sorted(p for p in path.parent.glob(f"{path.stem}*.{kind}") if p.is_file())
    return found


def mark_final(ev: Evaluation, final: bool = True) -> None:
    """The report is final (or no longer): the purge reminder counts from now."""
    with ev.bulk(ChangeKind.INFO) as w:
        w.set_final(ev.evaluation_id, w.now if final else None)


def final_at(conn: Any) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'final_at'").fetchone()
    return json.loads(row[0]) if row else None


def reminder_due(ev: Evaluation, days: int = REMIND_DAYS, now: datetime | None = None) -> bool:
    """Whether to remind the lead to purge: final for `days` or more, and personal data still there."""
    at = final_at(ev.conn)
    if not at or days <= 0:
        return False
    now = now or datetime.now(timezone.utc)
    if now - datetime.fromisoformat(at) < timedelta(days=days):
        return False
    return not plan(ev).empty
