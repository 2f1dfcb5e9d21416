"""The archive under pressure, on SQLite and a real PostgreSQL server: concurrent pushes, killed
pushes, connection failures, roles, a newer schema, and published totals from csv/xlsx."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import time
import uuid
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import ROOT
from openpyxl import Workbook
from test_archive import cli, db, dump, listed, make  # noqa: F401  (db is a fixture)
from test_archive_server import server

from kompassapp.archive.result import AreaResult, Result
from kompassapp.archive.store import Archive, rebuild_sums, write_result

FORK = multiprocessing.get_context("fork")  # children start at once, with everything imported


def result(eid: str, score: Fraction) -> Result:
    return Result(evaluation_id=eid, kind="evaluation", municipality="Salem", year=2020, edition="2003",
                  status="final", areas=(AreaResult("1", "Område", "O", Fraction(100), score),))


def pusher(url: str, i: int, out) -> None:
    with Archive(url) as archive:
        shared = archive.push(result("delad", Fraction(i, 2)))
        own = archive.push(result(f"egen-{i}", Fraction(i)))
    out.put((i, shared.version, own.version))


def killed_pusher(url: str, out) -> None:
    with Archive(url) as archive:
        with archive.connect(write=True) as conn:
            write_result(conn, result("delad", Fraction(999, 2)))
            out.put("inside")  # rows written, not committed
            time.sleep(120)


def push_one(url: str, i: int) -> int:
    with Archive(url) as archive:
        return archive.push(result("delad", Fraction(i, 2))).version


def table_counts(db: str) -> dict:
    tables = ["evaluations", "results", "area_scores", "subarea_scores", "texts", "auditors"]
    if db.startswith("postgresql://"):
        name = db.rsplit("/", 1)[1]
        return {t: int(server().psql(f"SELECT count(*) FROM {t}", name)) for t in tables}
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def sql(db: str, statement: str) -> str:
    if db.startswith("postgresql://"):
        return server().psql(statement, db.rsplit("/", 1)[1])
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(statement).fetchall()
        conn.commit()
        return "\n".join("|".join(map(str, r)) for r in rows)
    finally:
        conn.close()


def test_twenty_processes_pushing_at_once(db, capsys):
    assert cli(capsys, "archive", "list", "--db", db)[0] == 0  # the schema exists before the race
    out = FORK.Queue()
    procs = [FORK.Process(target=pusher, args=(db, i, out)) for i in range(20)]
    for p in procs:
        p.start()
    got = sorted(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert all(p.exitcode == 0 for p in procs)
    assert sorted(v for _, v, _ in got) == list(range(1, 21))  # every push landed once, in turn
    assert all(own == 1 for _, _, own in got)
    rows = sql(db, "SELECT version, content_hash FROM results WHERE evaluation_id = 'delad' ORDER BY version")
    versions = [line.split("|") for line in rows.split()]
    assert [int(v) for v, _ in versions] == list(range(1, 21))  # consecutive
    assert len({h for _, h in versions}) == 20  # no duplicates, nothing lost
    scores = sql(db, "SELECT a.score_num, a.score_den FROM area_scores a JOIN results r ON r.id = a.result_id "
                     "WHERE r.evaluation_id = 'delad'")
    assert sorted(tuple(map(int, x.split("|"))) for x in scores.split()) == \
        sorted((i // 2, 1) if i % 2 == 0 else (i, 2) for i in range(20))
    last = max(got, key=lambda g: g[1])[0]  # whoever came last holds the latest version
    assert sql(db, "SELECT latest_version FROM evaluations WHERE evaluation_id = 'delad'").strip() == "20"
    assert push_one(db, last) == 20  # re-pushing the latest content changes nothing
    assert len(listed(capsys, db)) == 21
    assert_sums_match_a_rebuild(db)


def assert_sums_match_a_rebuild(db: str) -> None:
    """The running sums kept by concurrent pushes equal the sums computed afresh from the results."""
    query = ("SELECT edition, year, area_id, score_den, sum_num, n FROM average_sums WHERE n <> 0 "
             "ORDER BY 1, 2, 3, 4; SELECT * FROM average_counts WHERE n <> 0 ORDER BY 1, 2")
    kept = [sql(db, q) for q in query.split("; ")]
    with Archive(db) as archive, archive.connect(write=True) as conn:
        rebuild_sums(conn)
    assert [sql(db, q) for q in query.split("; ")] == kept
    assert kept[0] and kept[1]


def test_a_killed_push_leaves_the_archive_as_it_was(db, capsys):
    assert push_one(db, 3) == 1
    before, rows_before = table_counts(db), listed(capsys, db)
    out = FORK.Queue()
    proc = FORK.Process(target=killed_pusher, args=(db, out))
    proc.start()
    assert out.get(timeout=60) == "inside"
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(timeout=30)
    assert table_counts(db) == before and listed(capsys, db) == rows_before
    assert push_one(db, 5) == 2  # not left locked, and the next version is consecutive


def test_a_newer_archive_is_refused_and_left_untouched(db, tmp_path, capsys):
    f = make(tmp_path / "a.kompass")
    assert cli(capsys, "archive", "push", f, "--db", db)[0] == 0
    sql(db, "UPDATE schema_info SET value = '99' WHERE key = 'version'")
    before = dump(db)
    code, out, err = cli(capsys, "archive", "push", f, "--db", db)
    assert code == 1 and "nyare version (99)" in err and "lämnades orört" in err and len(err.splitlines()) == 1
    assert cli(capsys, "archive", "list", "--db", db)[0] == 1
    assert dump(db) == before


def test_a_version_1_archive_is_migrated_to_the_current_one(db, tmp_path, capsys):
    """Version 1 had no running sums: opening it adds them, computed from the results it holds."""
    for i, share in enumerate((0.4, 0.8)):
        assert cli(capsys, "archive", "push", make(tmp_path / f"{i}.kompass", municipality=f"K{i}", share=share),
                   "--db", db)[0] == 0
    current = cli(capsys, "archive", "average", "--edition", "2003", "--db", db, "-o", tmp_path / "now.yaml")
    assert current[0] == 0
    sql(db, "DROP TABLE average_sums")  # back to version 1 exactly
    sql(db, "DROP TABLE average_counts")
    sql(db, "UPDATE schema_info SET value = '1' WHERE key = 'version'")
    code, out, err = cli(capsys, "archive", "average", "--edition", "2003", "--db", db, "-o", tmp_path / "v1.yaml")
    assert code == 0, err
    assert (tmp_path / "v1.yaml").read_text() == (tmp_path / "now.yaml").read_text()
    assert sql(db, "SELECT value FROM schema_info WHERE key = 'version'").strip() == "2"
    assert cli(capsys, "archive", "push", make(tmp_path / "2.kompass", municipality="K2", share=0.2), "--db", db)[0] == 0
    assert_sums_match_a_rebuild(db)


def test_published_totals_from_csv_and_xlsx(db, tmp_path, capsys):
    semi = tmp_path / "pub.csv"
    semi.write_bytes("\ufeffmunicipality;year;edition;1;2;3;4;5;6;7;8;source\n"
                     "Botkyrka;2008;2003;76,5;60;61;62;63;64;65;66,25;SKR:s rapport 2009\n".encode("utf-8"))
    code, out, err = cli(capsys, "archive", "import-published", semi, "--db", db)
    assert code == 0, err
    assert "1 resultat inlästa som publicerade, 1 nya" in out
    [row] = listed(capsys, db)
    assert (row["kind"], row["status"], row["source"], row["total_exact"]) == \
        ("published", "final", "SKR:s rapport 2009", "2071/4")  # 76.5 + … + 66.25, exactly
    shown = json.loads(cli(capsys, "archive", "show", row["id"], "--db", db, "--json")[1])
    assert shown["areas"][0]["score_exact"] == "153/2"  # halves stay halves
    assert "oförändrat" not in out
    code, out, _ = cli(capsys, "archive", "import-published", semi, "--db", db)
    assert "0 nya" in out  # the same file again changes nothing
    semi.write_text("municipality,year,edition,1,2,3,4,5,6,7,8,source\n"
                    "botkyrka,2008,2003,77,60,61,62,63,64,65,66.25,SKR:s rättelse\n", encoding="utf-8")
    assert cli(capsys, "archive", "import-published", semi, "--db", db)[0] == 0
    [row] = listed(capsys, db, "--municipality", "BOTKYRKA")
    assert (row["version"], row["source"], row["total_exact"]) == (2, "SKR:s rättelse", "2073/4")
    code, out, err = cli(capsys, "archive", "show", "finns-inte", "--db", db)
    assert code == 1 and "inget resultat med id finns-inte" in err
    wb = Workbook()
    wb.active.append(["municipality", "year", "edition", *range(1, 9)])
    wb.active.append(["Salem", 2009, "2003", 50.5, 40, 41, 42, 43, 44, 45, 46])
    wb.save(tmp_path / "pub.xlsx")
    assert cli(capsys, "archive", "import-published", tmp_path / "pub.xlsx", "--db", db)[0] == 0
    salem = [r for r in listed(capsys, db) if r["municipality"] == "Salem"][0]
    assert salem["total_exact"] == "703/2" and salem["source"] == "pub.xlsx"


@pytest.mark.parametrize("content, why", [
    ("municipality,year,edition,1,2,3\nA,2008,2003,1,2,3\n", "rad 1: rubrikraden ska vara"),
    ("municipality,year,edition,1,2,3,4,5,6,7,8\nA,2008,2003,1,2,3,4,5,6,7,8\nB,2008,2003,1,2,3\n",
     "rad 3: 6 kolumner"),
    ("municipality,year,edition,1,2,3,4,5,6,7,8\nA,2008,2003,1,2,3,4,5,6,7,8\nB,tjugo,2003,1,2,3,4,5,6,7,8\n",
     "rad 3: fältet year"),
    ("municipality,year,edition,1,2,3,4,5,6,7,8\nA,2008,2003,1,2,3,4,5,6,7,hundra\n", "rad 2: område 8"),
    ("municipality,year,edition,1,2,3,4,5,6,7,8\nA,2008,2003,1,2,3,4,5,6,7,180\n", "rad 2: område 8: 180"),
])
def test_a_bad_published_row_refuses_the_whole_file(content, why, tmp_path, capsys):
    db = str(tmp_path / "arkiv.sqlite")  # parsing happens before any database is touched
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    code, out, err = cli(capsys, "archive", "import-published", path, "--db", db)
    assert code == 1 and why in err and "inget lästes in" in err and "Traceback" not in err
    assert path.read_bytes() == before and not Path(db).exists()


# -- PostgreSQL only: the network and the server's roles ---------------------------------
def test_server_down_or_wrong_password_is_one_clear_line(tmp_path, capsys, monkeypatch):
    s = server()
    name = f"t_{uuid.uuid4().hex[:12]}"
    s.new_database(name)
    f = make(tmp_path / "a.kompass")
    before = f.read_bytes()
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    code, out, err = cli(capsys, "archive", "push", f, "--db", f"postgresql://x:hemligt-1@127.0.0.1:{dead}/{name}")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "kan inte nås" in err
    assert "hemligt-1" not in err + out and "***" in err
    code, out, err = cli(capsys, "archive", "push", f, "--db", s.url(name, password="fel-lösen-42"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "inloggningen" in err
    assert "fel-lösen-42" not in err + out
    monkeypatch.setenv("KOMPASSAPP_ARCHIVE", s.url(name, password="fel-lösen-43"))  # from the environment
    code, out, err = cli(capsys, "archive", "list")
    assert code == 1 and "fel-lösen-43" not in err + out
    assert f.read_bytes() == before


def test_roles_auditors_push_and_the_jury_only_reads(tmp_path, capsys, monkeypatch):
    s = server()
    name = f"t_{uuid.uuid4().hex[:12]}"
    s.new_database(name)
    assert cli(capsys, "archive", "list", "--db", s.url(name))[0] == 0  # the owner creates the tables
    roles = (ROOT / "kompassapp" / "archive" / "roles.sql").read_text(encoding="utf-8")
    s.psql(roles, name)
    s.psql(roles, name)  # runs again safely
    tag = uuid.uuid4().hex[:8]
    s.psql(f"CREATE ROLE anna_{tag} LOGIN PASSWORD 'anna-pw' IN ROLE kompass_auditor;"
           f"CREATE ROLE jury_{tag} LOGIN PASSWORD 'jury-pw' IN ROLE kompass_jury")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{s.port}:{name}:anna_{tag}:anna-pw\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))  # the auditor's password from a pgpass file
    auditor = s.url(name, user=f"anna_{tag}", password=None)
    for i, share in enumerate((0.3, 0.9)):
        code, out, err = cli(capsys, "archive", "push", make(tmp_path / f"{i}.kompass", municipality=f"K{i}",
                                                              share=share), "--db", auditor)
        assert code == 0, err
    monkeypatch.setenv("PGPASSWORD", "jury-pw")  # the jury's from the environment
    jury = s.url(name, user=f"jury_{tag}", password=None)
    code, out, err = cli(capsys, "archive", "push", make(tmp_path / "j.kompass", municipality="Nej"), "--db", jury)
    assert code == 1 and "kan bara läsas med den här rollen" in err and len(err.strip().splitlines()) == 1
    assert len(listed(capsys, jury)) == 2
    assert cli(capsys, "archive", "jury", "--year", "2015", "--db", jury, "-o", tmp_path / "j.xlsx")[0] == 0
    assert cli(capsys, "archive", "average", "--edition", "2003", "--db", jury, "-o", tmp_path / "r.yaml")[0] == 0
    code, out, err = cli(capsys, "archive", "import-published", _one_row(tmp_path), "--db", jury)
    assert code == 1 and "kan bara läsas" in err
    assert os.environ.get("PGPASSWORD") == "jury-pw"


def _one_row(tmp_path: Path) -> Path:
    path = tmp_path / "one.csv"
    path.write_text("municipality,year,edition,1,2,3,4,5,6,7,8\nA,2008,2003,1,2,3,4,5,6,7,8\n", encoding="utf-8")
    return path
