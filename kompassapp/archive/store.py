"""The archive itself: push results, read them back. One code path for SQLite and PostgreSQL.

A push is one transaction: the evaluation's row is locked (SELECT … FOR UPDATE on PostgreSQL;
SQLite's BEGIN IMMEDIATE serialises writers), so concurrent pushes queue, versions are
consecutive and none is lost; a killed push rolls back and leaves the archive as it was.
An unchanged result (same content hash as the latest version) changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from fractions import Fraction

from sqlalchemy import and_, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from kompassapp.archive import db
from kompassapp.archive.db import (ArchiveError, area_scores, auditors, average_counts, average_sums, banks,
                                   evaluations, municipalities, results, subarea_scores, texts)
from kompassapp.archive.result import AreaResult, Result, SubareaResult, Text, frac, ftext
from kompassapp.messages import t

SCHEMA_LOCK = 7270015  # PostgreSQL advisory lock: one process creates or migrates the schema


@dataclass(frozen=True)
class Pushed:
    evaluation_id: str
    version: int
    changed: bool  # False: the archive already held exactly this result


@dataclass(frozen=True)
class Row:
    """One line of `archive list`: the version that counts of one evaluation."""

    evaluation_id: str
    kind: str
    municipality: str
    code: str | None
    year: int
    edition: str
    status: str
    total: Fraction
    answered: int | None
    applicable: int | None
    version: int
    pushed_at: str
    source: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Archive:
    """An archive at a URL (see db.resolve_url). `prompt` asks for a password if the server wants one."""

    def __init__(self, spec: str | None = None, *, prompt: Callable[[str], str] | None = None,
                 password: str | None = None):
        self.url = db.resolve_url(spec)
        if password and self.url.drivername != "sqlite":  # asked for by the window; kept in memory only
            self.url = self.url.set(password=password)
        self.prompt = prompt
        self.engine = db.make_engine(self.url)
        self._ready = False

    @property
    def where(self) -> str:
        return db.masked(self.url)

    @property
    def postgres(self) -> bool:
        return db.is_postgres(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections ----------------------------------------------------------------
    def _raw_connect(self, write: bool = False) -> Connection:
        with db.translate_errors(self.url, writing=write):
            try:
                return self.engine.connect()
            except db.exc.OperationalError as error:
                if not self.postgres or self.prompt is None or self.url.password or not _wants_password(error):
                    raise
        password = self.prompt(t("archive.password_prompt", where=self.where))
        self.engine.dispose()
        self.url = self.url.set(password=password)  # kept in memory only, never written or shown
        self.engine = db.make_engine(self.url)
        with db.translate_errors(self.url, writing=write):
            return self.engine.connect()

    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[Connection]:
        """A connection inside one transaction (committed at the end of the block)."""
        conn = self._raw_connect(write)
        try:
            if write:
                conn = conn.execution_options(write=True)
            if not self._ready:
                self._prepare(conn, write)
            with db.translate_errors(self.url, writing=write), conn.begin():
                yield conn
        finally:
            conn.close()

    def _prepare(self, conn: Connection, write: bool) -> None:
        with db.translate_errors(self.url, writing=write):
            with conn.begin():
                version = db.stored_version(conn)
            if version == db.SCHEMA_VERSION:
                self._ready = True
                return
            if version is not None and version > db.SCHEMA_VERSION:
                db.ensure_schema(conn, self.where)  # raises the clear refusal
            with conn.execution_options(write=True).begin():
                if self.postgres:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
                db.ensure_schema(conn, self.where)
            self._ready = True

    # -- writing --------------------------------------------------------------------
    def push(self, result: Result) -> Pushed:
        with self.connect(write=True) as conn:
            return write_result(conn, result)

    # -- reading --------------------------------------------------------------------
    def rows(self, *, edition: str | None = None, municipality: str | None = None, year: int | None = None,
             kind: str | None = None) -> list[Row]:
        r = results
        q = (select(r).join(evaluations, evaluations.c.latest_result_id == r.c.id))
        if edition:
            q = q.where(r.c.edition == edition)
        if municipality:
            m = municipality.strip()
            q = q.where((r.c.municipality_key == m.casefold()) | (r.c.municipality_code == m))
        if year is not None:
            q = q.where(r.c.year == year)
        if kind:
            q = q.where(r.c.kind == kind)
        q = q.order_by(r.c.edition, r.c.municipality_key, r.c.year, r.c.evaluation_id)
        with self.connect() as conn:
            return [Row(x.evaluation_id, x.kind, x.municipality, x.municipality_code, x.year, x.edition, x.status,
                        Fraction(x.total), x.answered, x.applicable, x.version, x.pushed_at, x.source)
                    for x in conn.execute(q)]

    def get(self, evaluation_id: str, version: int | None = None) -> Result:
        with self.connect() as conn:
            return read_result(conn, evaluation_id, version)

    def results(self, ids: list[str]) -> list[Result]:
        """The latest version of each id, in the order given."""
        with self.connect() as conn:
            return read_latest(conn, ids)


def _wants_password(error: db.exc.OperationalError) -> bool:
    text_ = str(error.orig or error)
    return "no password supplied" in text_ or "password authentication failed" in text_


def _insert(conn: Connection, table):
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def write_result(conn: Connection, result: Result) -> Pushed:
    """Store `result` as the next version of its evaluation, unless the latest one is identical.

    Runs inside the caller's write transaction (so a killed process leaves nothing behind).
    """
    key = result.municipality.casefold()
    if result.code:  # remembered, so later pushes and published rows of the same municipality get it
        conn.execute(_insert(conn, municipalities).values(name_key=key, name=result.municipality, code=result.code)
                     .on_conflict_do_update(index_elements=["name_key"], set_={"code": result.code}))
    else:
        known = conn.execute(select(municipalities.c.code).where(municipalities.c.name_key == key)).scalar()
        result = replace(result, code=known)
    digest = result.content_hash()
    eid = result.evaluation_id
    conn.execute(_insert(conn, evaluations).values(evaluation_id=eid, kind=result.kind, latest_version=0)
                 .on_conflict_do_nothing(index_elements=["evaluation_id"]))
    current = conn.execute(select(evaluations.c.latest_version, evaluations.c.latest_result_id)
                           .where(evaluations.c.evaluation_id == eid).with_for_update()).one()
    if current.latest_result_id is not None:
        latest = conn.execute(select(results.c.content_hash).where(results.c.id == current.latest_result_id)).scalar()
        if latest == digest:
            return Pushed(eid, current.latest_version, False)
    if result.bank_id and result.bank_revision is not None:
        conn.execute(_insert(conn, banks).values(
            bank_id=result.bank_id, revision=result.bank_revision, edition=result.edition, title=result.bank_title,
            structure=json.dumps(result.structure(), ensure_ascii=False)).on_conflict_do_nothing())
    version = current.latest_version + 1
    total = result.total
    rid = conn.execute(results.insert().values(
        evaluation_id=eid, version=version, kind=result.kind, municipality=result.municipality, municipality_key=key,
        municipality_code=result.code, year=result.year, edition=result.edition, bank_id=result.bank_id,
        bank_revision=result.bank_revision, status=result.status, total=str(total),
        max_total=str(result.max_total), answered=result.answered, applicable=result.applicable,
        source=result.source, content_hash=digest, pushed_at=_now())).inserted_primary_key[0]
    conn.execute(area_scores.insert(), [
        {"result_id": rid, "area_id": a.id, "position": i, "score_num": a.score.numerator,
         "score_den": a.score.denominator, "awarded": ftext(a.awarded), "possible": ftext(a.possible),
         "answered": a.answered, "applicable": a.applicable, "na": a.na} for i, a in enumerate(result.areas)])
    subs = [{"result_id": rid, "area_id": a.id, "subarea_id": s.id, "position": j, "awarded": str(s.awarded),
             "possible": str(s.possible), "answered": s.answered, "applicable": s.applicable, "na": s.na}
            for a in result.areas for j, s in enumerate(a.subareas)]
    if subs:
        conn.execute(subarea_scores.insert(), subs)
    if result.texts:
        conn.execute(texts.insert(), [{"result_id": rid, "area_id": x.area_id, "kind": x.kind, "position": x.position,
                                       "text": x.text, "municipality": x.municipality} for x in result.texts])
    if result.auditors:
        conn.execute(auditors.insert(), [{"result_id": rid, "position": i, "name": n}
                                         for i, n in enumerate(result.auditors)])
    conn.execute(evaluations.update().where(evaluations.c.evaluation_id == eid)
                 .values(latest_version=version, latest_result_id=rid))
    _move_sums(conn, current.latest_result_id, result)
    return Pushed(eid, version, True)


def _counts(result: Result) -> bool:
    return result.kind == "evaluation" and result.status == "final"


def _move_sums(conn: Connection, old_id: int | None, new: Result) -> None:
    """Keep average_sums/average_counts in step: the old latest version out, the new one in.
    Keys are applied in sorted order, so concurrent pushes never lock them in a cycle."""
    deltas: dict[tuple, list[int]] = {}  # (edition, year, area, den) -> [position, num, n]
    counts: dict[tuple, int] = {}
    if old_id is not None:
        old = conn.execute(select(results.c.kind, results.c.status, results.c.edition, results.c.year)
                           .where(results.c.id == old_id)).one()
        if old.kind == "evaluation" and old.status == "final":
            counts[(old.edition, old.year)] = -1
            for a in conn.execute(select(area_scores).where(area_scores.c.result_id == old_id)):
                d = deltas.setdefault((old.edition, old.year, a.area_id, a.score_den), [a.position, 0, 0])
                d[1] -= a.score_num
                d[2] -= 1
    if _counts(new):
        counts[(new.edition, new.year)] = counts.get((new.edition, new.year), 0) + 1
        for i, a in enumerate(new.areas):
            d = deltas.setdefault((new.edition, new.year, a.id, a.score.denominator), [i, 0, 0])
            d[1] += a.score.numerator
            d[2] += 1
    for (edition, year, area, den), (position, num, n) in sorted(deltas.items()):
        if num or n:
            conn.execute(_insert(conn, average_sums).values(
                edition=edition, year=year, area_id=area, score_den=den, position=position, sum_num=num, n=n)
                .on_conflict_do_update(index_elements=["edition", "year", "area_id", "score_den"],
                                       set_={"sum_num": average_sums.c.sum_num + num, "n": average_sums.c.n + n}))
    for (edition, year), n in sorted(counts.items()):
        if n:
            conn.execute(_insert(conn, average_counts).values(edition=edition, year=year, n=n)
                         .on_conflict_do_update(index_elements=["edition", "year"],
                                                set_={"n": average_counts.c.n + n}))


def rebuild_sums(conn: Connection) -> None:
    """Recompute the running sums from the results (after a bulk load, or to check them)."""
    latest = (results.join(evaluations, evaluations.c.latest_result_id == results.c.id))
    final = [results.c.kind == "evaluation", results.c.status == "final"]
    conn.execute(average_sums.delete())
    conn.execute(average_counts.delete())
    conn.execute(average_sums.insert().from_select(
        ["edition", "year", "area_id", "score_den", "position", "sum_num", "n"],
        select(results.c.edition, results.c.year, area_scores.c.area_id, area_scores.c.score_den,
               func.min(area_scores.c.position), func.sum(area_scores.c.score_num), func.count())
        .select_from(latest.join(area_scores, area_scores.c.result_id == results.c.id)).where(*final)
        .group_by(results.c.edition, results.c.year, area_scores.c.area_id, area_scores.c.score_den)))
    conn.execute(average_counts.insert().from_select(
        ["edition", "year", "n"],
        select(results.c.edition, results.c.year, func.count()).select_from(latest).where(*final)
        .group_by(results.c.edition, results.c.year)))


def _structure(conn: Connection, bank_id: str | None, revision: int | None) -> tuple[str, dict]:
    if bank_id is None or revision is None:
        return "", {}
    row = conn.execute(select(banks.c.title, banks.c.structure)
                       .where(and_(banks.c.bank_id == bank_id, banks.c.revision == revision))).first()
    return (row.title, json.loads(row.structure)) if row else ("", {})


def read_result(conn: Connection, evaluation_id: str, version: int | None = None) -> Result:
    q = select(results).where(results.c.evaluation_id == evaluation_id)
    q = q.where(results.c.version == version) if version else q.order_by(results.c.version.desc()).limit(1)
    r = conn.execute(q).first()
    if r is None:
        raise ArchiveError(t("archive.unknown_id", id=evaluation_id))
    return read_many(conn, [r])[0]


def read_latest(conn: Connection, ids: list[str]) -> list[Result]:
    """The latest version of each id, in the order given (a few queries for any number of ids)."""
    by_id = {}
    for chunk in _chunks(ids):
        for r in conn.execute(select(results).join(evaluations, evaluations.c.latest_result_id == results.c.id)
                              .where(results.c.evaluation_id.in_(chunk))):
            by_id[r.evaluation_id] = r
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise ArchiveError(t("archive.unknown_id", id=missing[0]))
    return read_many(conn, [by_id[i] for i in ids])


def _chunks(items: list, size: int = 500):
    for k in range(0, len(items), size):
        yield items[k:k + size]


def _children(conn: Connection, table, rids: list[int], *order) -> dict[int, list]:
    out: dict[int, list] = {}
    for chunk in _chunks(rids):
        for row in conn.execute(select(table).where(table.c.result_id.in_(chunk)).order_by(table.c.result_id, *order)):
            out.setdefault(row.result_id, []).append(row)
    return out


def read_many(conn: Connection, rows: list) -> list[Result]:
    """Results from their `results` rows, with their scores, texts, auditors and history."""
    rids = [r.id for r in rows]
    all_subs = _children(conn, subarea_scores, rids, subarea_scores.c.area_id, subarea_scores.c.position)
    all_areas = _children(conn, area_scores, rids, area_scores.c.position)
    all_texts = _children(conn, texts, rids, texts.c.area_id, texts.c.kind, texts.c.position)
    all_names = _children(conn, auditors, rids, auditors.c.position)
    history: dict[str, list] = {}
    for chunk in _chunks(sorted({r.evaluation_id for r in rows})):
        for h in conn.execute(select(results.c.evaluation_id, results.c.version, results.c.pushed_at, results.c.total)
                              .where(results.c.evaluation_id.in_(chunk)).order_by(results.c.version)):
            history.setdefault(h.evaluation_id, []).append((h.version, h.pushed_at, h.total))
    shapes: dict[tuple, tuple[str, dict]] = {}
    out = []
    for r in rows:
        key = (r.bank_id, r.bank_revision)
        if key not in shapes:
            shapes[key] = _structure(conn, r.bank_id, r.bank_revision)
        title, structure = shapes[key]
        shape = {a["id"]: a for a in structure.get("areas", [])}
        subs: dict[str, list] = {}
        for s in all_subs.get(r.id, ()):
            titles = {x["id"]: x["title"] for x in shape.get(s.area_id, {}).get("subareas", [])}
            subs.setdefault(s.area_id, []).append(SubareaResult(
                s.subarea_id, titles.get(s.subarea_id, s.subarea_id), Fraction(s.awarded), Fraction(s.possible),
                s.answered, s.applicable, s.na))
        areas = []
        for a in all_areas.get(r.id, ()):
            info = shape.get(a.area_id, {})
            areas.append(AreaResult(a.area_id, info.get("title", a.area_id), info.get("short", a.area_id),
                                    Fraction(info["max"]) if "max" in info else _default_max(r.edition),
                                    Fraction(a.score_num, a.score_den), frac(a.awarded), frac(a.possible),
                                    a.answered, a.applicable, a.na, tuple(subs.get(a.area_id, ()))))
        result = Result(
            evaluation_id=r.evaluation_id, kind=r.kind, municipality=r.municipality, year=r.year, edition=r.edition,
            status=r.status, areas=tuple(areas), code=r.municipality_code, bank_id=r.bank_id,
            bank_revision=r.bank_revision, bank_title=title, answered=r.answered, applicable=r.applicable,
            texts=tuple(Text(x.area_id, x.kind, x.position, x.text, x.municipality) for x in all_texts.get(r.id, ())),
            auditors=tuple(x.name for x in all_names.get(r.id, ())), source=r.source, version=r.version,
            pushed_at=r.pushed_at, history=tuple(history.get(r.evaluation_id, ())))
        if not structure:  # published totals: area titles from the bundled bank of the edition, if any
            result = replace(result, areas=tuple(_titled(result.areas, r.edition)))
        out.append(result)
    return out


def _default_max(edition: str) -> Fraction:
    bank = edition_bank(edition)
    return bank.areas[0].max if bank else Fraction(100)


def _titled(areas, edition: str):
    bank = edition_bank(edition)
    known = {a.id: a for a in bank.areas} if bank else {}
    for a in areas:
        k = known.get(a.id)
        yield replace(a, title=k.title, short=k.short, max=k.max) if k else a


_EDITION_BANKS: dict[str, object] = {}


def edition_bank(edition: str):
    """The bundled bank of an edition (the newest revision), or None: for published totals."""
    if edition not in _EDITION_BANKS:
        from kompassapp.bank import bundled_banks, load_bank

        found = None
        for path in bundled_banks():
            bank = load_bank(path)
            if bank.edition == edition and (found is None or bank.revision > found.revision):
                found = bank
        _EDITION_BANKS[edition] = found
    return _EDITION_BANKS[edition]


def latest_filter(edition: str, year_from: int | None, year_to: int | None):
    """Conditions on `results` for the final results that count in an edition and a span of years."""
    conds = [results.c.edition == edition, results.c.status == "final"]
    if year_from is not None:
        conds.append(results.c.year >= year_from)
    if year_to is not None:
        conds.append(results.c.year <= year_to)
    return conds


def count_versions(conn: Connection, evaluation_id: str) -> int:
    return conn.execute(select(func.count()).select_from(results)
                        .where(results.c.evaluation_id == evaluation_id)).scalar_one()
