"""Team work: hand out copies of an evaluation and merge them back, losing nothing.

Every record has a stable id, so copies merge as a union. Where two copies hold different
versions of one record, each field takes the value of its later edit (ties broken by value,
so the result is the same whatever order the copies are merged in), and every superseded
version is kept in the change log under an id derived from its content — merging the same
file twice adds nothing.
Answers are kept per auditor; where auditors disagree the lead sets the agreed answer
(`Evaluation.set_consensus`), and until then the question counts as open.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kompassapp import fileio, storage
from kompassapp.edits import Bulk
from kompassapp.errors import KompassError
from kompassapp.evaluation import ChangeKind, Evaluation
from kompassapp.purge import refuse_stale_merge

# Tables merged record by record: table -> (key columns, entity name in the change log).
KEYED = {
    "team": (("id",), "member"),
    "sessions": (("id",), "session"),
    "participants": (("id",), "participant"),
    "documents": (("id",), "document"),
    "notes": (("id",), "note"),
    "findings": (("id",), "finding"),
    "analyses": (("id",), "analysis"),
    "answers": (("question_id", "auditor"), "answer"),
    "consensus": (("question_id",), "consensus"),
}
INFO_FIELDS = ("municipality", "year", "visit_start", "visit_end")


@dataclass(frozen=True)
class Conflict:
    """A record two copies changed differently. `str()` gives the line the command line prints."""

    entity: str  # note, document, session, answer, …
    ident: str  # the record's id; for answers the question id
    label: str  # a few words that name it for people: the note's text, the document's title …
    kind: str  # "edited": a field edited in both, the later kept | "deleted": deleted in one, edited in another
    field: str = ""  # for "edited": which field
    author: str = ""  # for "edited": who made the superseded edit, and when (UTC)
    at: str = ""
    auditor: str = ""  # for answers: whose answer

    def __str__(self) -> str:
        if self.entity == "answer":
            what = f"answer {self.ident} ({self.auditor or '?'})"
        elif self.entity == "consensus":
            what = f"agreed answer {self.ident}"
        else:
            what = f"{self.entity} «{self.label[:40]}»" if self.label else f"{self.entity} {self.ident}"
        if self.kind == "deleted":
            return f"{what}: deleted in one copy and edited in another; it stays deleted, with the latest edits in it"
        return (f"{what}: {self.field} was edited in two copies; kept the later edit, the one by {self.author or '?'} "
                f"at {self.at[:16].replace('T', ' ')} is in the change log")


@dataclass
class MergeReport:
    source: str
    added: Counter = field(default_factory=Counter)  # entity → records new to this file
    updated: Counter = field(default_factory=Counter)  # entity → records where the other copy's edit was later
    conflicts: list[Conflict] = field(default_factory=list)  # records changed differently in two copies
    log_entries: int = 0
    disagreements: list[str] = field(default_factory=list)  # question ids with differing auditor answers

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.log_entries)


def _canonical(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def _wins(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True if version `a` beats `b`: the later edit; equal times are decided by content."""
    return (a["updated_at"], _canonical(a)) > (b["updated_at"], _canonical(b))


def _rows(conn: sqlite3.Connection, table: str, key: tuple[str, ...]) -> dict[tuple, dict[str, Any]]:
    return {tuple(r[k] for k in key): dict(r) for r in conn.execute(f"SELECT * FROM {table}")}


def _links(conn: sqlite3.Connection) -> dict[str, set[str]]:
    links: dict[str, set[str]] = {}
    for note_id, question_id in conn.execute("SELECT note_id, question_id FROM note_questions"):
        links.setdefault(note_id, set()).add(question_id)
    return links


def _conflict(entity: str, row: dict[str, Any], kind: str, **details: str) -> Conflict:
    label = row.get("text") or row.get("title") or row.get("name") or row.get("group_name") or ""
    return Conflict(entity, row.get("question_id") or row.get("id"), label, kind, auditor=row.get("auditor", ""),
                    **details)


def merge(into: Evaluation, source: str | Path) -> MergeReport:
    """Bring everything from the copy `source` into the open evaluation `into`, in one transaction.

    Observers hear `ChangeKind.ALL` once, after the details in memory follow the file.
    """
    source = Path(source)
    if source.resolve() == into.path.resolve():
        raise KompassError(f"{source}: cannot merge a file into itself")
    report = MergeReport(str(source))
    other = storage.open_readonly(source)  # read only: an older format is migrated in memory, not in its file
    try:
        _check_same_evaluation(into, other, source)
        refuse_stale_merge(into.conn, other, source)  # a purged file never takes the purged data back
        with into.bulk(ChangeKind.ALL) as w:
            _merge_info(into, other, w, report)
            for table, (key, entity) in KEYED.items():
                _merge_table(into, other, w, table, key, entity, report)
            report.log_entries += w.take_log(other.execute("SELECT * FROM changelog ORDER BY seq"))
    finally:
        other.close()
    report.disagreements = into.disputed()
    return report


def _check_same_evaluation(into: Evaluation, other: sqlite3.Connection, source: Path) -> None:
    meta = {k: json.loads(v) for k, v in other.execute("SELECT key, value FROM meta")}
    if meta.get("evaluation_id") != into.evaluation_id:
        raise KompassError(f"{source}: not a copy of this evaluation ({meta.get('municipality')} "
                           f"{meta.get('year')}); only copies made from the same evaluation can be merged")
    bank = meta["bank"]
    if (bank["id"], bank["revision"]) != (into.bank.id, into.bank.revision):
        raise KompassError(f"{source}: uses {bank['id']} revision {bank['revision']}, this file revision "
                           f"{into.bank.revision}; upgrade both to the same revision first")


def _merge_info(into: Evaluation, other: sqlite3.Connection, w: Bulk, report: MergeReport) -> None:
    """Evaluation details: per field, the value from the copy that changed it last."""
    theirs = {k: json.loads(v) for k, v in other.execute("SELECT key, value FROM meta")}

    def last_change(conn: sqlite3.Connection, name: str) -> str:
        row = conn.execute("SELECT MAX(at) FROM changelog WHERE entity = 'info' AND field = ?", (name,)).fetchone()
        return row[0] or ""

    info = into.info
    for name in INFO_FIELDS:
        mine, other_value = getattr(info, name), theirs.get(name)
        if other_value is None or mine == other_value:
            continue
        if (last_change(other, name), json.dumps(other_value)) > (last_change(into.conn, name), json.dumps(mine)):
            w.take_detail(name, other_value)
            report.updated["info"] += 1


def _merge_table(into: Evaluation, other: sqlite3.Connection, w: Bulk, table: str, key: tuple[str, ...],
                 entity: str, report: MergeReport) -> None:
    mine, theirs = _rows(into.conn, table, key), _rows(other, table, key)
    is_notes = table == "notes"
    my_links, their_links = (_links(into.conn), _links(other)) if is_notes else ({}, {})
    for k, their in theirs.items():
        ours = mine.get(k)
        if is_notes:  # a note's question links belong to its version
            their = {**their, "_links": sorted(their_links.get(k[0], ()))}
            if ours is not None:
                ours = {**ours, "_links": sorted(my_links.get(k[0], ()))}
        if ours == their:
            continue
        if ours is None:
            w.take_row(table, key, their, insert=True)
            report.added[entity] += 1
            continue
        if entity == "answer":  # an auditor's answer is one unit: the later version wins whole
            result = their if _wins(their, ours) else ours
            lost = [("answer", _canonical(v), v["updated_at"], v["author"]) for v in (ours, their) if v is not result]
        else:
            result, lost = _combine(into.conn, other, entity, k, ours, their)
        if result != ours:
            w.take_row(table, key, result, insert=False)
            report.updated[entity] += 1
        if result.get("deleted") and not (ours.get("deleted") and their.get("deleted")):
            alive = their if ours.get("deleted") else ours
            if _edited(other if alive is their else into.conn, entity, k):
                report.conflicts.append(_conflict(entity, result, "deleted"))
        for column, value, at, author in lost:
            if _keep_superseded(w, entity, k, column, value, at, author):
                report.log_entries += 1
                report.conflicts.append(_conflict(entity, result, "edited", field=column, author=author, at=at))


def _edited(conn: sqlite3.Connection, entity: str, key: tuple) -> bool:
    """Whether that copy's change log shows edits to the record beyond creating and (un)deleting it."""
    return conn.execute("SELECT 1 FROM changelog WHERE entity = ? AND entity_id = ? AND field NOT IN"
                        " ('created', 'deleted') LIMIT 1", (entity, "|".join(map(str, key)))).fetchone() is not None


Lost = tuple[str, str, str, str]  # (field, superseded value as JSON, when it was set, by whom)


def _combine(into: sqlite3.Connection, other: sqlite3.Connection, entity: str, key: tuple,
             ours: dict[str, Any], their: dict[str, Any]) -> tuple[dict[str, Any], list[Lost]]:
    """Field by field, the value of the later change, so that edits of different fields both survive.

    A field's change time comes from each copy's change log; ties are broken by the value.
    The superseded values are returned per field: the set of them, like the result, does not
    depend on the order in which copies are merged.
    """
    entity_id = "|".join(map(str, key))

    def last_change(conn: sqlite3.Connection, column: str) -> tuple[str, str]:
        """(time, author) of the field's last edit in that copy; ("", "") if it still has its first value."""
        name = "question_ids" if column == "_links" else column
        found = conn.execute("SELECT at, author FROM changelog WHERE entity = ? AND entity_id = ? AND field = ?"
                             " ORDER BY at DESC LIMIT 1", (entity, entity_id, name)).fetchone()
        return (found[0], found[1]) if found else ("", "")

    result = dict(their if _wins(their, ours) else ours)
    lost: list[Lost] = []
    for column in ours:
        if column in ("author", "updated_at") or ours[column] == their[column]:
            continue
        mine_at, mine_by = last_change(into, column)
        their_at, their_by = last_change(other, column)
        mine_key = (mine_at, _canonical({"v": ours[column]}))
        their_key = (their_at, _canonical({"v": their[column]}))
        take_theirs = their_key > mine_key
        result[column] = their[column] if take_theirs else ours[column]
        loser, at, by = (ours[column], mine_at, mine_by) if take_theirs else (their[column], their_at, their_by)
        if at:  # an edit lost to a later one; a first value replaced by an edit is a plain update
            lost.append((column, _canonical({"v": loser}), at, by))
    return result, lost


def _keep_superseded(w: Bulk, entity: str, key: tuple, column: str, value: str, at: str, author: str) -> bool:
    """Log a superseded value once: its entry id is derived from what it was, when and by whom."""
    entity_id = "|".join(map(str, key))
    entry_id = hashlib.sha256(f"{entity}|{entity_id}|{column}|{value}|{at}|{author}".encode()).hexdigest()[:32]
    return w.keep_superseded(entity, entity_id, column, value, at, author, entry_id)


def make_copy(lead: str | Path, out: str | Path, auditor: str, *, author: str = "") -> Path:
    """A copy of the lead's evaluation for one auditor's laptop (`kompassapp new --from`)."""
    lead, out = Path(lead), Path(out)
    if not auditor.strip():
        raise KompassError("the auditor's name is empty")
    if out.exists():
        raise KompassError(f"{out}: the file already exists; choose another name")
    # Built complete (owned by the auditor) under a temporary name, then renamed: never a copy that still
    # says it is the lead's. The source is read through the checks: nothing foreign is copied.
    with fileio.new_file(out) as tmp:
        source = storage.open_readonly(lead)
        try:
            storage.snapshot(source, tmp)  # consistent while the lead has it open; encrypted like the lead's
        except sqlite3.Error as exc:
            raise storage.write_error(out, exc) from None
        finally:
            source.close()
        with Evaluation.open(tmp, author=author or auditor) as ev:
            ev.conn.execute("PRAGMA synchronous = OFF")  # fsynced once when complete
            ev.set_auditor(auditor)
            if auditor not in [m.name for m in ev.team()]:
                ev.add("member", name=auditor)
    return out
