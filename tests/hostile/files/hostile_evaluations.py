"""Builds the hostile evaluation files and interchange JSON files of tests/hostile/test_hostile_files.py.

Generated rather than committed: each case is a small, readable recipe applied to a valid
evaluation made by this version, so the corpus follows the file format as it evolves.
`build(folder)` returns the cases; each names the command to run and the files it must leave as they were.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SMALL_BANK = ROOT / "tests" / "banks" / "small.yaml"


@dataclass
class Case:
    name: str
    args: list[str]  # the command line, with {F} for the hostile file, {G} for a good one, {OUT} for an output
    hostile: Path  # the file the message must name
    inputs: list[Path] = field(default_factory=list)  # every file that must stay byte-identical
    message: str = ""  # a part of the expected message


def _good(folder: Path, name: str, municipality: str = "Goodby", author: str = "Lena") -> Path:
    from kompassapp.bank import load_bank
    from kompassapp.evaluation import Evaluation

    path = folder / f"{name}.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality=municipality, year=2026, author=author,
                           team=[author]) as ev:
        ev.set_answer("1.1.1", choice="ja", comment="Protokollen finns")
        session = ev.add("session", group_name="Ledande politiker")
        ev.add("participant", session_id=session.id, name="Olof Palme", role="KSO")
        for i in range(5):
            ev.add_note(f"Anteckning {i}", question_ids=["1.1.1"])
    return path


def _sql(base: Path, path: Path, *statements: str, pragma: str = "") -> Path:
    """A copy of `base` changed by raw SQL, as someone with an SQLite tool could do."""
    shutil.copy(base, path)
    conn = sqlite3.connect(path, isolation_level=None)
    if pragma:
        conn.execute(pragma)
    for s in statements:
        conn.execute(s)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _bytes(base: Path, path: Path, change: Callable[[bytes], bytes]) -> Path:
    path.write_bytes(change(base.read_bytes()))
    return path


def _wal_of(base: Path, work: Path, *statements: str, page_size: int = 0) -> bytes:
    """The WAL a process leaves when it dies after committing `statements` to (a copy of) `base`."""
    path = work / f"walsource{len(list(work.iterdir()))}.kompass"
    if page_size:  # any SQLite database of another page size
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute(f"PRAGMA page_size = {page_size}")
        conn.execute("PRAGMA journal_mode = WAL")
    else:
        shutil.copy(base, path)
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for s in statements:
        conn.execute(s)
    wal = Path(f"{path}-wal").read_bytes()  # what a SIGKILL would leave beside the file
    conn.close()
    return wal


def _app_wal(base: Path, work: Path, edit: Callable) -> bytes:
    """The WAL Kompassapp leaves beside (a copy of) `base` when killed after `edit` returned."""
    from kompassapp.evaluation import Evaluation

    path = work / f"appwal{len(list(work.iterdir()))}.kompass"
    shutil.copy(base, path)
    ev = Evaluation.open(path, author="Lena")
    ev.conn.execute("PRAGMA wal_autocheckpoint = 0")
    edit(ev)
    wal = Path(f"{path}-wal").read_bytes()
    ev.close()
    return wal


def evaluation_cases(folder: Path) -> list[Case]:
    work = folder / "work"
    work.mkdir()
    good = _good(folder, "good")
    other = _good(work, "other", municipality="Otherby", author="Per")
    cases: list[Case] = []

    def add(name: str, path: Path, command: str = "summary", message: str = "", extra: list[Path] = ()) -> None:
        args = {
            "summary": ["summary", "{F}"],
            "summary-json": ["summary", "{F}", "--json"],
            "export": ["export", "{F}", "--xlsx", "{OUT}.xlsx", "--pdf", "{OUT}.pdf"],
            "export-json": ["export-json", "{F}", "-o", "{OUT}.json"],
            "jury": ["jury", "{G}", "{F}", "-o", "{OUT}.xlsx"],
            "compare": ["export", "{G}", "--pdf", "{OUT}.pdf", "--compare", "{F}"],
            "reference": ["reference", "save", "{F}", "-o", "{OUT}.yaml"],
            "merge-into": ["merge", "{F}", "{G}"],
            "merge-from": ["merge", "{G}", "{F}"],
            "copy": ["new", "--from", "{F}", "--auditor", "Karin", "-o", "{OUT}.kompass"],
            "upgrade": ["upgrade", "{F}", "--bank", str(SMALL_BANK), "--dry-run"],
        }[command]
        sides = [Path(f"{path}{s}") for s in ("-wal", "-shm") if Path(f"{path}{s}").exists()]
        cases.append(Case(name, args, path, [path, *sides, *extra], message))

    trigger = ("CREATE TRIGGER wipe AFTER INSERT ON changelog BEGIN DELETE FROM notes; "
               "UPDATE answers SET choice = NULL; END")
    for command in ("summary", "merge-into", "merge-from", "copy", "export", "export-json", "jury", "compare",
                    "reference", "upgrade"):
        add(f"trigger-{command}", _sql(good, folder / f"trigger-{command}.kompass", trigger), command,
            "wipe")
    add("trigger-on-notes", _sql(good, folder / "t2.kompass",
        "CREATE TRIGGER t2 BEFORE UPDATE ON notes BEGIN SELECT 1; END"), "merge-into", "t2")
    add("trigger-temp-named", _sql(good, folder / "t3.kompass",
        "CREATE TRIGGER changelog_id AFTER DELETE ON answers BEGIN DELETE FROM team; END"), "summary", "changelog_id")
    add("view", _sql(good, folder / "view.kompass", "CREATE VIEW v AS SELECT * FROM notes"), "summary", "'v'")
    add("view-replaces-table", _sql(good, folder / "viewtable.kompass", "DROP INDEX notes_by_session",
        "ALTER TABLE notes RENAME TO notes_real", "CREATE VIEW notes AS SELECT * FROM notes_real"), "export-json")
    add("extra-index", _sql(good, folder / "index.kompass", "CREATE INDEX evil ON notes(text)"), "summary",
        "evil")
    add("expression-index", _sql(good, folder / "exprindex.kompass",
        "CREATE INDEX evil2 ON notes(lower(text))"), "copy", "evil2")
    add("partial-index", _sql(good, folder / "partial.kompass",
        "CREATE INDEX evil3 ON answers(choice) WHERE length(comment) > 0"), "merge-from", "evil3")
    add("extra-table", _sql(good, folder / "table.kompass", "CREATE TABLE payload (x BLOB)"), "copy",
        "payload")
    add("extra-column", _sql(good, folder / "column.kompass", "ALTER TABLE notes ADD COLUMN x TEXT DEFAULT 'a'"),
        "summary", "notes")
    add("generated-column", _sql(good, folder / "generated.kompass",
        "ALTER TABLE notes ADD COLUMN g TEXT GENERATED ALWAYS AS (upper(text)) VIRTUAL"), "export-json", "notes")
    add("check-removed", _sql(good, folder / "check.kompass", "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, \"CHECK (status IN ('not_started', 'draft', 'done'))\", '') "
        "WHERE name = 'answers'"), "merge-into", "answers")
    add("missing-table", _sql(good, folder / "missing.kompass", "DROP TABLE consensus"), "summary",
        "consensus")
    add("missing-index", _sql(good, folder / "missingindex.kompass", "DROP INDEX notes_by_session"), "summary",
        "notes_by_session")
    add("no-tables", _sql(good, folder / "empty-schema.kompass", *(f"DROP TABLE {t}" for t in (
        "note_questions", "notes", "participants", "sessions", "documents", "findings", "answers", "consensus",
        "changelog", "team", "meta"))), "summary", "")
    try:
        add("virtual-table", _sql(good, folder / "fts.kompass", "CREATE VIRTUAL TABLE search USING fts5(text)"),
            "summary", "search")
    except sqlite3.OperationalError:  # an SQLite without fts5: the rtree module is as good a stranger
        add("virtual-table", _sql(good, folder / "fts.kompass", "CREATE VIRTUAL TABLE search USING rtree(id, a, b)"),
            "summary", "search")
    for version in (0, -1):
        add(f"user-version-{version}", _sql(good, folder / f"uv{version}.kompass", pragma=f"PRAGMA user_version = {version}"),
            "summary", "")
    add("user-version-newer", _sql(good, folder / "uv99.kompass", pragma="PRAGMA user_version = 99"), "export",
        "")
    add("application-id", _sql(good, folder / "appid.kompass", pragma="PRAGMA application_id = 7"), "summary",
        "")
    add("not-sqlite", _bytes(good, folder / "text.kompass", lambda b: b"municipality: Evilby\n" * 50), "summary",
        "")
    add("empty", _bytes(good, folder / "empty.kompass", lambda b: b""), "merge-from", "")
    add("truncated-header", _bytes(good, folder / "short.kompass", lambda b: b[:60]), "summary", "")
    add("", _bytes(good, folder / "cut.kompass", lambda b: b[:4096 * 3]), "export-json", "")
    add("garbage-pages", _bytes(good, folder / "garbage.kompass",
        lambda b: b[:8192] + bytes(range(256)) * 16 + b[8192 + 4096:]), "summary", "")
    add("bad-page-size", _bytes(good, folder / "pagesize.kompass", lambda b: b[:16] + b"\x00\x03" + b[18:]),
        "summary", "")
    add("meta-not-json", _sql(good, folder / "meta.kompass", "UPDATE meta SET value = '{' WHERE key = 'bank'"),
        "summary", "")
    add("meta-no-bank", _sql(good, folder / "nobank.kompass", "DELETE FROM meta WHERE key = 'bank'"), "jury", "")

    # A WAL beside a file that is not its own (issue 11.2): another evaluation's, a copy's, garbage.
    def beside(name: str, base: Path, wal: bytes) -> Path:
        path = folder / f"{name}.kompass"
        shutil.copy(base, path)
        Path(f"{path}-wal").write_bytes(wal)
        return path

    other_wal = _wal_of(other, work, "UPDATE meta SET value = '\"Walby\"' WHERE key = 'municipality'",
                        *(f"INSERT INTO notes (id, text, source_kind, author, created_at, updated_at) VALUES "
                          f"('w{i}', 'from the other file', 'observation', 'Per', '2026', '2026')" for i in range(50)))
    for command in ("summary", "merge-into", "copy", "export-json", "reference"):
        add(f"foreign-wal-{command}", beside(f"fwal-{command}", good, other_wal), command, "-wal")
    from kompassapp.merge import make_copy

    copy = make_copy(good, work / "copy.kompass", "Karin")
    copy_wal = _app_wal(good, work, lambda ev: ev.set_answer("1.1.1", comment="from the lead"))
    add("copy-wal-beside-copy", beside("copywal", copy, copy_wal), "summary", "-wal")
    add("garbage-wal", beside("garbagewal", good, bytes(range(256)) * 16), "summary", "-wal")
    add("wal-other-page-size", beside("pagewal", good, _wal_of(good, work, "CREATE TABLE t (x)",
        "INSERT INTO t VALUES (1)", page_size=1024)), "summary", "-wal")
    journal = folder / "journal.kompass"
    shutil.copy(good, journal)
    Path(f"{journal}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(4088))  # a hot journal's magic
    add("journal-beside-wal-file", journal, "merge-into", "-journal")
    add("wal-adds-trigger", beside("trigwal", good, _wal_of(good, work, trigger)), "merge-into", "wipe")
    return cases


def _doc(good: Path) -> dict:
    from kompassapp.interchange import dump
    from kompassapp.storage import open_readonly

    conn = open_readonly(good)
    try:
        return dump(conn)
    finally:
        conn.close()


def json_cases(folder: Path, good: Path) -> list[Case]:
    base = _doc(good)
    cases: list[Case] = []

    def add(name: str, text: str | bytes, message: str = "") -> None:
        path = folder / f"{name}.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        cases.append(Case(f"json-{name}", ["import-json", "{F}", "-o", "{OUT}.kompass"], path, [path], message))

    def changed(name: str, change: Callable[[dict], None], message: str = "") -> None:
        doc = json.loads(json.dumps(base))
        change(doc)
        add(name, json.dumps(doc, ensure_ascii=False), message)

    def meta(key, value):
        return lambda d: d["meta"].__setitem__(key, value)

    text = json.dumps(base)
    add("int-beyond-64-bits", text.replace('"year": 2026', f'"year": {2**70}'), "")
    add("5000-digits", text.replace('"year": 2026', '"year": ' + "9" * 5000), "")
    add("long-float", text.replace('"year": 2026', '"year": 1' + "0" * 400 + ".5"), "")
    add("nan", text.replace('"year": 2026', '"year": NaN'), "")
    add("infinity", text.replace('"year": 2026', '"year": 1e999'), "")
    add("lone-surrogate", text.replace('"Anteckning 0"', '"Anteckning \\ud800"'), "")
    add("deep-nesting", '{"format": "kompassapp-evaluation/1", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "")
    add("deep-in-bank", text.replace('"bank": {', '"bank": {"x": ' + "[" * 900 + "]" * 900 + ", ", 1), "")
    add("not-utf8", "municipality: Åby".encode("latin-1"), "")
    add("binary", bytes(range(256)) * 8, "")
    add("top-level-list", "[1, 2, 3]", "")
    add("empty", "", "")
    add("year-1e30", text.replace('"year": 2026', '"year": 1' + "0" * 30), "")
    changed("year-2-62", meta("year", 2**62), "meta.year")
    changed("year-3000", meta("year", 3000), "meta.year")
    changed("year-string", meta("year", "2026"), "meta.year")
    changed("year-bool", meta("year", True), "meta.year")
    changed("empty-municipality", meta("municipality", "  "), "meta.municipality")
    changed("visit-start-number", meta("visit_start", 12345), "meta.visit_start")
    changed("visit-start-text", meta("visit_start", "förra veckan"), "meta.visit")
    changed("visit-end-bad-date", meta("visit_end", "2026-02-30"), "meta.visit")
    changed("demo-text", meta("demo", "yes"), "meta.demo")
    changed("bank-broken", lambda d: d["meta"]["bank"].__setitem__("scales", {}), "meta.bank")
    changed("bank-missing", lambda d: d["meta"].pop("bank"), "meta.bank")
    changed("choice-bogus", lambda d: d["answers"][0].__setitem__("choice", "BOGUS"), "BOGUS")
    changed("consensus-bogus", lambda d: d["consensus"].append({**{k: "" for k in (
        "comment", "author", "updated_at")}, "question_id": "1.1.1", "decided": 1, "choice": "kanske"}), "kanske")
    changed("na-not-allowed", lambda d: d["answers"].append({**d["answers"][0], "question_id": "1.1.2",
                                                             "choice": "__na__"}), "answers[")
    changed("status-bogus", lambda d: d["answers"][0].__setitem__("status", "maybe"), "answers[0].status")
    changed("seq-max", lambda d: d["changelog"][0].__setitem__("seq", 2**63 - 1), "changelog[0].seq")
    changed("seq-zero", lambda d: d["changelog"][0].__setitem__("seq", 0), "changelog[0].seq")
    changed("seq-repeated", lambda d: d["changelog"][1].__setitem__("seq", d["changelog"][0]["seq"]),
            "changelog[1].seq")
    changed("duplicate-note", lambda d: d["notes"].append(d["notes"][0]), "notes[")
    changed("note-unknown-session", lambda d: d["notes"][0].__setitem__("session_id", "nowhere"), "notes[0].session_id")
    changed("participant-unknown-session", lambda d: d["participants"][0].__setitem__("session_id", "x"),
            "participants[0].session_id")
    changed("finding-unknown-area", lambda d: d["findings"].append({
        "id": "f1", "area_id": "99", "kind": "strength", "text": "t", "municipality": "", "position": 0,
        "deleted": 0, "author": "", "updated_at": ""}), "findings[")
    changed("deleted-two", lambda d: d["notes"][0].__setitem__("deleted", 2), "notes[0].deleted")
    changed("unknown-table", lambda d: d.__setitem__("payload", []), "payload")
    changed("sql-in-text", lambda d: d["notes"][0].__setitem__("source_kind", "x'); DROP TABLE notes; --"),
            "notes[0].source_kind")
    changed("schema-version-0", lambda d: d.__setitem__("schema_version", 0), "schema_version")
    changed("schema-version-minus-1", lambda d: d.__setitem__("schema_version", -1), "schema_version")
    changed("schema-version-99", lambda d: d.__setitem__("schema_version", 99), "schema_version")
    return cases


def build(folder: Path) -> tuple[list[Case], Path]:
    """Every case, built in `folder`; and a good evaluation file the cases may use beside the hostile one."""
    cases = evaluation_cases(folder)
    good = folder / "good.kompass"
    cases += json_cases(folder, good)
    return cases, good
