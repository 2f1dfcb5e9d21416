"""The results archive: the same tests against SQLite and a real PostgreSQL server (never a mock).

The server is started once per session by test_archive_server.server(); each test gets its own
database there, or its own SQLite file.
"""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import tempfile
import uuid
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import BANK_2003, BANK_2020, SMALL_BANK
from openpyxl import load_workbook
from test_archive_server import server

from kompassapp.bank import load_bank
from kompassapp.cli import main
from kompassapp.evaluation import Evaluation
from kompassapp.purge import mark_final
from kompassapp.references import check_comparable, load_reference
from kompassapp.scoring import NA

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(params=ENGINES)
def db(request, tmp_path) -> str:
    """An empty archive: its --db value."""
    if request.param == "sqlite":
        return str(tmp_path / "arkiv.sqlite")
    return server().new_database(f"t_{uuid.uuid4().hex[:12]}")


def dump(db: str) -> str:
    """The whole archive database as text (pg_dump / sqlite iterdump)."""
    if db.startswith("postgresql://"):
        text = server().dump(db.rsplit("/", 1)[1])  # without pg_dump's random per-dump \restrict keys
        return "\n".join(line for line in text.splitlines() if not line.startswith(("\\restrict", "\\unrestrict")))
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


_BUILT: dict[tuple, Path] = {}
_CACHE = Path(tempfile.mkdtemp(prefix="kompassapp-archive-tests-"))


@functools.cache
def bank_at(path: Path):
    return load_bank(path)


def make(path: Path, *, municipality="Botkyrka", year=2015, share=1.0, bank_path=BANK_2003, team=("Anna Ek",),
         findings=(("1", "strength", "Öppna nämndmöten"),), final=True) -> Path:
    """An evaluation whose first `share` of each area's questions get the best option, the rest the lowest,
    with an analysis text for area 2, marked final unless `final` is False.
    Built once per set of arguments and copied (the copy has the same evaluation id)."""
    key = (municipality, year, share, bank_path, team, findings, final)
    if key not in _BUILT:
        built = _CACHE / f"{len(_BUILT)}.kompass"
        bank = bank_at(bank_path)
        with Evaluation.create(built, bank, municipality=municipality, year=year, team=team) as ev:
            ev.conn.execute("PRAGMA synchronous = OFF")  # test set-up speed only: no fsync per answer
            for area in bank.areas:
                qs = area.questions
                for i, q in enumerate(qs):
                    options = bank.scales[q.scale].options
                    pick = max if i < round(share * len(qs)) else min
                    ev.set_answer(q.id, choice=pick(options, key=lambda o: o.value).key)
            for area_id, kind, text in findings:
                ev.add("finding", area_id=area_id, kind=kind, text=text)
            ev.set_analysis("area", f"Analys av område 2 i {municipality}", area_id="2")
            if final:
                mark_final(ev)
        _BUILT[key] = built
    shutil.copyfile(_BUILT[key], path)
    return path


def listed(capsys, db, *extra) -> list[dict]:
    code, out, err = cli(capsys, "archive", "list", "--db", db, "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_push_list_show_and_exact_scores(db, tmp_path, capsys):
    f = make(tmp_path / "a.kompass", share=0.4)
    with Evaluation.open(f) as ev:  # questions marked N/A until an area's score is not a whole number
        for q in (q for a in ev.bank.areas for q in a.questions if q.na_allowed):
            if any(a.score.denominator != 1 for a in ev.profile().areas):
                break
            ev.set_answer(q.id, choice=NA)
        expected = {a.area.id: a.score for a in ev.profile().areas}
        total = ev.profile().total
    assert any(s.denominator != 1 for s in expected.values())  # something not whole, to keep exact
    before = f.read_bytes()
    code, out, err = cli(capsys, "archive", "push", f, "--db", db, "--code", "0127")
    assert code == 0, err
    assert "skickat till" in out and "version 1" in out
    assert f.read_bytes() == before  # the evaluation is never touched
    [row] = listed(capsys, db)
    assert (row["municipality"], row["code"], row["year"], row["edition"], row["version"], row["kind"]) == \
        ("Botkyrka", "0127", 2015, "2003", 1, "evaluation")
    assert Fraction(row["total_exact"]) == total
    code, out, err = cli(capsys, "archive", "show", row["id"], "--db", db, "--json")
    data = json.loads(out)
    assert {a["id"]: Fraction(a["score_exact"]) for a in data["areas"]} == expected
    assert data["auditors"] == ["Anna Ek"] and data["status"] == "final"
    assert [(x["area"], x["kind"], x["text"]) for x in data["texts"]] == \
        [("1", "strength", "Öppna nämndmöten"), ("2", "analysis", "Analys av område 2 i Botkyrka")]
    code, out, err = cli(capsys, "archive", "show", row["id"], "--db", db)
    assert "Botkyrka (0127) 2015, utgåva 2003" in out and "Utvärderare: Anna Ek" in out


def test_unchanged_push_changes_nothing_and_a_change_is_a_new_version(db, tmp_path, capsys):
    f = make(tmp_path / "a.kompass", share=0.5)
    assert cli(capsys, "archive", "push", f, "--db", db)[0] == 0
    code, out, _ = cli(capsys, "archive", "push", f, "--db", db)
    assert code == 0 and "oförändrat" in out
    text_before = dump(db)
    with Evaluation.open(f) as ev:
        q = ev.bank.areas[0].questions[-1]
        ev.set_answer(q.id, choice=max(ev.bank.scales[q.scale].options, key=lambda o: o.value).key)
        new_total = ev.profile().total
    assert cli(capsys, "archive", "push", f, "--db", db)[0] == 0
    [row] = listed(capsys, db)
    assert row["version"] == 2 and Fraction(row["total_exact"]) == new_total  # the latest counts
    data = json.loads(cli(capsys, "archive", "show", row["id"], "--db", db, "--json")[1])
    assert [h["version"] for h in data["history"]] == [1, 2]  # the history is kept
    old = json.loads(cli(capsys, "archive", "show", row["id"], "--db", db, "--json", "--version", "1")[1])
    assert old["version"] == 1 and old["total"] != data["total"]
    assert text_before != dump(db)


def test_status_is_preliminary_until_the_report_is_marked_final(db, tmp_path, capsys):
    """The domain's own notion of final: the lead marks the report final (kompassapp.purge)."""
    bank = load_bank(SMALL_BANK)
    f = tmp_path / "s.kompass"
    with Evaluation.create(f, bank, municipality="Salem", year=2020, team=["Eva"]) as ev:
        for q, c in (("1.1.1", "ja"), ("1.1.2", "4"), ("2.1.1", "delvis"), ("2.1.2", "nej")):
            ev.set_answer(q, choice=c)
    cli(capsys, "archive", "push", f, "--db", db)
    assert listed(capsys, db)[0]["status"] == "preliminary"  # all answered, but not yet final
    with Evaluation.open(f) as ev:
        mark_final(ev)
    cli(capsys, "archive", "push", f, "--db", db)
    [row] = listed(capsys, db)
    assert (row["status"], row["version"]) == ("final", 2)


def test_nothing_but_results_leaves_the_laptop(db, tmp_path, capsys):
    """Participants, notes, answer comments and the change log never reach the archive."""
    f = make(tmp_path / "p.kompass", share=0.7, team=("Anna Auditorsson",),
             findings=(("2", "development", "Synpunktshanteringen saknar uppföljning"),))
    planted = ["Olof Hemligsson", "Greta Gömdadottir", "ANTECKNING-XYZZY hemlig", "KOMMENTAR-PLUGH",
               "Intervjugrupp Qwerty", "Rådhuset rum 7"]
    with Evaluation.open(f, author="Loggförfattare Zorro") as ev:
        s = ev.add("session", group_name="Intervjugrupp Qwerty", place="Rådhuset rum 7")
        p = ev.add("participant", session_id=s.id, name="Olof Hemligsson", role="KS ordf")
        ev.add("participant", session_id=s.id, name="Greta Gömdadottir")
        ev.add_note("ANTECKNING-XYZZY hemlig: Olof Hemligsson sa", source_kind="interview", session_id=s.id,
                    participant_id=p.id, question_ids=[ev.bank.areas[0].questions[0].id])
        q = ev.bank.areas[0].questions[1]
        ev.set_answer(q.id, comment="KOMMENTAR-PLUGH enligt Greta Gömdadottir")
    assert cli(capsys, "archive", "push", f, "--db", db)[0] == 0
    everything = dump(db)
    for secret in [*planted, "Loggförfattare Zorro"]:
        assert secret not in everything
    assert "Anna Auditorsson" in everything and "Synpunktshanteringen saknar uppföljning" in everything


def test_average_is_a_reference_usable_like_any_other(db, tmp_path, capsys):
    for i, (name, share) in enumerate([("Borås", 0.5), ("Kalmar", 0.8), ("Umeå", 0.2)]):
        cli(capsys, "archive", "push", make(tmp_path / f"{i}.kompass", municipality=name, year=2010 + i,
                                           share=share), "--db", db)
    pre = tmp_path / "pre.kompass"  # a preliminary result does not count
    bank = load_bank(BANK_2003)
    with Evaluation.create(pre, bank, municipality="Lund", year=2011) as ev:
        ev.set_answer(bank.areas[0].questions[0].id, choice="ja")
    cli(capsys, "archive", "push", pre, "--db", db)
    csv = tmp_path / "pub.csv"  # a published total for one of them must not count twice; another one counts
    csv.write_text("municipality,year,edition,1,2,3,4,5,6,7,8,source\n"
                   "Kalmar,2011,2003,1,1,1,1,1,1,1,1,Rapport\n"
                   "Ystad,2012,2003,50,50,50,50,50,50,50,50,Ystads webbplats\n", encoding="utf-8")
    assert cli(capsys, "archive", "import-published", csv, "--db", db)[0] == 0
    out = tmp_path / "ref.yaml"
    code, text, err = cli(capsys, "archive", "average", "--edition", "2003", "--db", db, "-o", out)
    assert code == 0, err
    ref = load_reference(out)
    scores = {}
    for r in listed(capsys, db):
        if r["status"] == "final" and not (r["kind"] == "published" and r["municipality"] == "Kalmar"):
            shown = json.loads(cli(capsys, "archive", "show", r["id"], "--db", db, "--json")[1])
            for a in shown["areas"]:
                scores.setdefault(a["id"], []).append(Fraction(a["score_exact"]))
    assert all(len(v) == 4 for v in scores.values())
    assert {k: round(sum(v) / 4, 2) for k, v in scores.items()} == {k: round(v, 2) for k, v in ref.scores.items()}
    assert ref.kind == "average" and "4 utvärderingar" in ref.name and "4 slutliga resultat" in ref.source
    check_comparable(ref, bank)
    ranged = tmp_path / "r2.yaml"
    assert cli(capsys, "archive", "average", "--edition", "2003", "--from", "2012", "--db", db, "-o", ranged)[0] == 0
    assert "(2012, 2 utvärderingar)" in load_reference(ranged).name  # Umeå and Ystad
    xlsx = tmp_path / "cmp.xlsx"
    code, _, err = cli(capsys, "export", tmp_path / "0.kompass", "--xlsx", xlsx, "--compare", out)
    assert code == 0, err
    code, _, err = cli(capsys, "archive", "average", "--edition", "2020", "--db", db, "-o", tmp_path / "x.yaml")
    assert code == 1 and "inga slutliga resultat" in err


def test_jury_workbook_from_the_archive(db, tmp_path, capsys):
    for name, share in [("Borås", 0.35), ("Eskilstuna", 0.8), ("Karlstad", 0.6)]:
        cli(capsys, "archive", "push", make(tmp_path / f"{name}.kompass", municipality=name, share=share), "--db", db)
    cli(capsys, "archive", "push", make(tmp_path / "other.kompass", municipality="Nora", year=2016), "--db", db)
    out = tmp_path / "jury.xlsx"
    code, text, err = cli(capsys, "archive", "jury", "--year", "2015", "--db", db, "-o", out)
    assert code == 0, err and "3 utvärderingar" in text
    ws = load_workbook(out)["Jämförelse"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(i for i, r in enumerate(rows) if r[0] == "Rang")
    ranking = [(r[0], r[1]) for r in rows[head + 1:head + 4]]
    assert ranking == [(1, "Eskilstuna 2015"), (2, "Karlstad 2015"), (3, "Borås 2015")]
    code, _, err = cli(capsys, "archive", "jury", "--year", "1999", "--db", db, "-o", tmp_path / "none.xlsx")
    assert code == 1 and "inga utvärderingar från 1999" in err
    cli(capsys, "archive", "push", make(tmp_path / "new.kompass", municipality="Ny", bank_path=BANK_2020), "--db", db)
    code, _, err = cli(capsys, "archive", "jury", "--year", "2015", "--db", db, "-o", out)
    assert code == 1 and "olika utgåvor (2003, 2020)" in err and "--edition" in err
    assert cli(capsys, "archive", "jury", "--year", "2015", "--edition", "2003", "--db", db, "-o", out)[0] == 0


def test_trend_over_the_years_as_workbook_and_pdf(db, tmp_path, capsys):
    for year, share in [(2008, 0.3), (2012, 0.6), (2016, 0.9)]:
        cli(capsys, "archive", "push", make(tmp_path / f"{year}.kompass", year=year, share=share), "--db", db,
            "--code", "0127")
    cli(capsys, "archive", "push", make(tmp_path / "2020.kompass", year=2021, share=0.5,
                                        bank_path=BANK_2020), "--db", db)
    xlsx, pdf = tmp_path / "t.xlsx", tmp_path / "t.pdf"
    assert cli(capsys, "archive", "trend", "--municipality", "0127", "--db", db, "-o", xlsx)[0] == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Utgåva 2003", "Utgåva 2020"]
    assert len(wb["Utgåva 2003"]._charts) == 1  # openpyxl keeps charts it reads only on the sheet object
    years = [r[0].value for r in wb["Utgåva 2003"].iter_rows(min_row=5) if r[0].value]
    assert years == ["2008", "2012", "2016"]
    assert cli(capsys, "archive", "trend", "--municipality", "botkyrka", "--db", db, "-o", pdf)[0] == 0
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Botkyrka" in text and "2016" in text and "Utgåva 2020" in text
    code, _, err = cli(capsys, "archive", "trend", "--municipality", "botkyrka", "--db", db, "-o", tmp_path / "t.txt")
    assert code == 1 and ".xlsx eller .pdf" in err


def test_default_archive_in_the_data_folder_persists_across_processes(tmp_path):
    """No --db: the SQLite archive in the user's data folder; a second process reads what the first pushed.
    KOMPASSAPP_ARCHIVE, when set, points every command elsewhere."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    f = make(tmp_path / "a.kompass", municipality="Nacka", year=2019)
    env = {**os.environ, "KOMPASSAPP_DATA": str(tmp_path / "data")}
    env.pop("KOMPASSAPP_ARCHIVE", None)

    def run(*args, extra=None):
        return subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], capture_output=True, text=True,
                              cwd=ROOT, env={**env, **(extra or {})}, timeout=120)

    pushed = run("archive", "push", f, "--code", "0182")
    assert pushed.returncode == 0, pushed.stderr
    assert (tmp_path / "data" / "resultatarkiv.sqlite").exists()
    shown = run("archive", "list", "--municipality", "0182", "--lang", "en")
    assert shown.returncode == 0 and "Nacka (0182) 2019, edition 2003" in shown.stdout and "1 result in" in shown.stdout
    other = tmp_path / "other.sqlite"
    elsewhere = run("archive", "list", "--json", extra={"KOMPASSAPP_ARCHIVE": str(other)})
    assert elsewhere.returncode == 0 and json.loads(elsewhere.stdout) == [] and other.exists()
    dry = run("archive", "push", f, "--dry-run")
    assert dry.returncode == 0 and json.loads(dry.stdout)["municipality"] == "Nacka"
