"""Where the archive lives and its tables: one SQLAlchemy Core schema for SQLite and PostgreSQL.

The default is an embedded SQLite file in the user's data folder, so a single auditor needs
nothing; `--db postgresql://…` or KOMPASSAPP_ARCHIVE points at a shared server. Credentials
come only from that URL's environment variable, libpq's PGPASSWORD / pgpass file, or a prompt;
every URL we show has its password masked.

Scores are stored exactly: an area score as numerator and denominator (integers, so averages
can be summed in SQL per denominator), tallies as fraction text ("153/2"). Never floats.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import (BigInteger, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, create_engine, event, exc, select)
from sqlalchemy.engine import URL, Connection, Engine, make_url

from kompassapp.errors import KompassError
from kompassapp.messages import t
from kompassapp.paths import data_dir

ENV = "KOMPASSAPP_ARCHIVE"
SCHEMA_VERSION = 2  # 1: results; 2: + the running sums behind `average`
FILE_NAME = "resultatarkiv.sqlite"

metadata = MetaData()
ID = BigInteger().with_variant(Integer(), "sqlite")  # SQLite's rowid alias must be INTEGER

schema_info = Table("schema_info", metadata,
                    Column("key", String(40), primary_key=True),
                    Column("value", String(200), nullable=False))

municipalities = Table("municipalities", metadata,  # a code, once given, is remembered for the name
                       Column("name_key", String(200), primary_key=True),
                       Column("name", String(200), nullable=False),
                       Column("code", String(4)))

banks = Table("banks", metadata,  # a bank's structure (areas, sub-areas, maxima): enough to read results back
              Column("bank_id", String(200), primary_key=True),
              Column("revision", Integer, primary_key=True),
              Column("edition", String(40), nullable=False),
              Column("title", String(400), nullable=False),
              Column("structure", Text, nullable=False))

evaluations = Table("evaluations", metadata,  # one row per evaluation id: which version counts
                    Column("evaluation_id", String(200), primary_key=True),
                    Column("kind", String(20), nullable=False),  # evaluation | published
                    Column("latest_version", Integer, nullable=False, server_default="0"),
                    Column("latest_result_id", ID))

results = Table("results", metadata,
                Column("id", ID, primary_key=True, autoincrement=True),
                Column("evaluation_id", String(200), ForeignKey("evaluations.evaluation_id"), nullable=False),
                Column("version", Integer, nullable=False),
                Column("kind", String(20), nullable=False),  # evaluation | published
                Column("municipality", String(200), nullable=False),
                Column("municipality_key", String(200), nullable=False),  # casefolded, for look-ups
                Column("municipality_code", String(4)),
                Column("year", Integer, nullable=False),
                Column("edition", String(40), nullable=False),
                Column("bank_id", String(200)),
                Column("bank_revision", Integer),
                Column("status", String(20), nullable=False),  # preliminary | final
                Column("total", String(60), nullable=False),  # exact fraction text
                Column("max_total", String(60)),
                Column("answered", Integer),
                Column("applicable", Integer),
                Column("source", Text, nullable=False, server_default=""),
                Column("content_hash", String(64), nullable=False),
                Column("pushed_at", String(40), nullable=False),
                UniqueConstraint("evaluation_id", "version", name="results_one_version"))
Index("results_edition_year", results.c.edition, results.c.year)
Index("results_municipality", results.c.municipality_key)

area_scores = Table("area_scores", metadata,
                    Column("result_id", ID, ForeignKey("results.id"), primary_key=True),
                    Column("area_id", String(40), primary_key=True),
                    Column("position", Integer, nullable=False),
                    Column("score_num", BigInteger, nullable=False),
                    Column("score_den", BigInteger, nullable=False),
                    Column("awarded", String(60)),  # fraction text; absent for published totals
                    Column("possible", String(60)),
                    Column("answered", Integer),
                    Column("applicable", Integer),
                    Column("na", Integer))

subarea_scores = Table("subarea_scores", metadata,
                       Column("result_id", ID, ForeignKey("results.id"), primary_key=True),
                       Column("area_id", String(40), primary_key=True),
                       Column("subarea_id", String(40), primary_key=True),
                       Column("position", Integer, nullable=False),
                       Column("awarded", String(60), nullable=False),
                       Column("possible", String(60), nullable=False),
                       Column("answered", Integer, nullable=False),
                       Column("applicable", Integer, nullable=False),
                       Column("na", Integer, nullable=False))

texts = Table("texts", metadata,  # findings; the analysis texts (per area "analysis", and the whole's)
              Column("result_id", ID, ForeignKey("results.id"), primary_key=True),
              Column("area_id", String(40), primary_key=True),
              Column("kind", String(20), primary_key=True),  # finding kinds, analysis, summary, introduction, conclusion
              Column("position", Integer, primary_key=True),
              Column("text", Text, nullable=False),
              Column("municipality", String(200), nullable=False, server_default=""))

auditors = Table("auditors", metadata,  # the team that signs the report; never participants
                 Column("result_id", ID, ForeignKey("results.id"), primary_key=True),
                 Column("position", Integer, primary_key=True),
                 Column("name", String(200), nullable=False))

Index("evaluations_latest", evaluations.c.latest_result_id)

# Running sums for `average`, kept by every push in the same transaction (the latest final
# evaluation of each id counts): the average of 10 000 results then reads a few dozen rows.
# store.rebuild_sums() recomputes them from the results (after a bulk load; the tests compare).
average_sums = Table("average_sums", metadata,
                     Column("edition", String(40), primary_key=True),
                     Column("year", Integer, primary_key=True),
                     Column("area_id", String(40), primary_key=True),
                     Column("score_den", BigInteger, primary_key=True),
                     Column("position", Integer, nullable=False),
                     Column("sum_num", BigInteger, nullable=False),
                     Column("n", Integer, nullable=False))
average_counts = Table("average_counts", metadata,
                       Column("edition", String(40), primary_key=True),
                       Column("year", Integer, primary_key=True),
                       Column("n", Integer, nullable=False))

# Migrations: from version N to N+1, run in one transaction with the version bump (under a
# PostgreSQL advisory lock, so one process migrates while the others wait).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def _add_running_sums(conn: Connection) -> None:
    """Version 1 → 2: the running sums, computed once from the results already archived."""
    from kompassapp.archive.store import rebuild_sums  # the one place that knows how to compute them

    metadata.create_all(conn, tables=[average_sums, average_counts])
    rebuild_sums(conn)


MIGRATIONS[1] = _add_running_sums


class ArchiveError(KompassError):
    """The archive cannot be used (connection, permissions, version): one line for the user."""


# -- where ------------------------------------------------------------------------------
def default_path() -> Path:
    return data_dir() / FILE_NAME


def resolve_url(spec: str | None = None) -> URL:
    """The archive URL: --db, else KOMPASSAPP_ARCHIVE, else the SQLite file in the data folder."""
    spec = spec or os.environ.get(ENV) or ""
    if not spec:
        return make_url(f"sqlite:///{default_path()}")
    if "://" not in spec:  # a plain path names an SQLite archive file
        return make_url(f"sqlite:///{Path(spec).expanduser().resolve()}")
    try:
        url = make_url(spec)
    except exc.ArgumentError:
        raise ArchiveError(t("archive.bad_url", url=mask_text(spec))) from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if url.drivername == "sqlite":
        return url
    raise ArchiveError(t("archive.bad_url", url=masked(url)))


def masked(url: URL) -> str:
    """The archive's address for people: an SQLite file's path, a server URL with its password as ***."""
    if url.drivername == "sqlite":
        return url.database or ""
    if url.drivername.startswith("postgresql"):
        url = url.set(drivername="postgresql")  # as the user wrote it, without our driver's name
    return url.render_as_string(hide_password=True)


_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def mask_text(text: str, password: str | None = None) -> str:
    """Any text with passwords hidden: those in URLs, and the given one wherever it appears."""
    text = _PASSWORD_IN_URL.sub(r"\1***@", text)
    return text.replace(password, "***") if password else text


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def make_engine(url: URL) -> Engine:
    if url.drivername == "sqlite":
        path = Path(url.database or "")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi, _record) -> None:
            dbapi.isolation_level = None  # we issue BEGIN ourselves (pysqlite's own is deferred)
            dbapi.execute("PRAGMA journal_mode = WAL")
            dbapi.execute("PRAGMA synchronous = FULL")
            dbapi.execute("PRAGMA foreign_keys = ON")

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:
            # A writer takes the write lock at once: concurrent pushes queue instead of deadlocking.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        return engine
    # Named here, not only found by SQLAlchemy at run time, so that bundlers (PyInstaller) pack the driver.
    import psycopg  # noqa: F401
    from sqlalchemy.dialects.postgresql import psycopg as _dialect  # noqa: F401

    return create_engine(url, pool_pre_ping=False, connect_args={"connect_timeout": 10})


# -- schema version -------------------------------------------------------------------
def stored_version(conn: Connection) -> int | None:
    if not conn.dialect.has_table(conn, "schema_info"):
        return None
    value = conn.execute(select(schema_info.c.value).where(schema_info.c.key == "version")).scalar()
    return int(value) if value is not None else None


def ensure_schema(conn: Connection, where: str) -> None:
    """Create the tables in an empty archive, migrate an older one, refuse a newer one."""
    version = stored_version(conn)
    if version is None:
        metadata.create_all(conn)
        conn.execute(schema_info.insert().values(key="version", value=str(SCHEMA_VERSION)))
        return
    if version > SCHEMA_VERSION:
        raise ArchiveError(t("archive.newer", where=where, version=version, known=SCHEMA_VERSION))
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
        conn.execute(schema_info.update().where(schema_info.c.key == "version").values(value=str(version)))


@contextmanager
def translate_errors(url: URL, *, writing: bool = False) -> Iterator[None]:
    """Database errors as one clear line, with the password masked."""
    try:
        yield
    except exc.DBAPIError as error:
        raise ArchiveError(describe(error, url, writing=writing)) from None


def describe(error: exc.DBAPIError, url: URL, *, writing: bool = False) -> str:
    orig = error.orig
    reason = " ".join(str(orig).split()) if orig is not None else str(error).splitlines()[0]
    reason = mask_text(reason, url.password if isinstance(url.password, str) else None)
    sqlstate = getattr(orig, "sqlstate", None)
    if "FATAL:" in reason:  # libpq's "connection to server at … failed: FATAL: why": the why is enough
        reason = reason.rsplit("FATAL:", 1)[1].strip()
    elif ": " in reason and "connection" in reason:
        reason = reason.rsplit(": ", 1)[1].strip()
    if sqlstate == "42501":  # insufficient_privilege
        return t("archive.read_only" if writing else "archive.no_privilege", where=masked(url))
    if sqlstate in ("28P01", "28000") or "password authentication failed" in reason or "no password" in reason:
        return t("archive.login_failed" if writing else "archive.login_failed_read", where=masked(url), reason=reason)
    if isinstance(error, exc.OperationalError) and (sqlstate is None or sqlstate.startswith("08")):
        if url.drivername == "sqlite":
            return t("archive.sqlite_failed", where=url.database, reason=reason)
        return t("archive.unreachable" if writing else "archive.unreachable_read", where=masked(url), reason=reason)
    return t("archive.db_error", where=masked(url), reason=reason)
