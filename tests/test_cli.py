"""The command line, end to end through the real entry point."""

import json

import pytest

from kompassapp import cli
from kompassapp.evaluation import Evaluation
from conftest import assert_no_traceback, run_cli

BOTKYRKA_2003 = [83, 76.5, 89.5, 81.5, 76, 72.5, 67, 93]


def test_demo_and_summary_reproduce_the_published_botkyrka_profile(tmp_path):
    out = tmp_path / "demo.kompass"
    run_cli("demo", "-o", out, check=True)
    data = json.loads(run_cli("summary", out, "--json", check=True).stdout)
    assert [a["score"] for a in data["areas"]] == BOTKYRKA_2003
    assert data["total"] == 639 and data["max"] == 800
    assert data["demo"] is True and "Demonstrationsdata" in data["notice"]
    assert data["bank"] == {"id": "kommunkompassen-2003", "edition": "2003", "revision": 1}
    assert set(data) >= {"municipality", "year", "bank", "areas", "total", "max"}
    assert set(data["areas"][0]) == {"id", "title", "short", "score", "max", "answered", "applicable"}
    text = run_cli("summary", out, check=True).stdout
    assert "76,5" in text and "639 / 800" in text and "Demonstrationsdata" in text
    assert "(demo)" in data["municipality"]


def test_demo_content_is_rich_and_marks_what_is_illustrative(demo_file):
    with Evaluation.open(demo_file) as ev:
        notes, findings = ev.notes(), ev.findings()
        assert len(ev.sessions()) >= 6 and len(ev.documents()) >= 10 and len(notes) >= 60
        assert {ev.bank.area_of[q].id for n in notes for q in n.question_ids} == {a.id for a in ev.bank.areas}
        assert {f.kind for f in findings} == {"strength", "development", "example"}
        # Areas 4–8 lie beyond the published text: everything there is marked illustrative.
        late = [f for f in findings if f.area_id in "45678"]
        assert late and all(f.text.startswith("[Illustrativt]") for f in late if f.area_id != "4")
        assert all("(illustrativt)" in s.group_name for s in ev.sessions())
        assert all("(fiktiv)" in p.name for p in ev.participants())


def test_new_creates_an_evaluation_that_summary_reads(tmp_path):
    out = tmp_path / "ny.kompass"
    r = run_cli("new", "--bank", "kommunkompassen-2020", "--municipality", "Exempelby", "--year", "2026",
                "--visit-start", "2026-10-05", "--team", "Karin", "--team", "Per", "-o", out)
    assert r.returncode == 0, r.stderr
    data = json.loads(run_cli("summary", out, "--json", check=True).stdout)
    assert data["municipality"] == "Exempelby" and data["total"] == 0 and len(data["areas"]) == 8
    assert data["areas"][0]["applicable"] > 0 and data["answered"] == 0
    with Evaluation.open(out) as ev:
        assert [m.name for m in ev.team()] == ["Karin", "Per"] and ev.info.visit_start == "2026-10-05"


@pytest.mark.parametrize("args, message", [
    (["new", "--bank", "nosuchbank", "--municipality", "X", "--year", "2026", "-o", "{tmp}/x.kompass"], "no bank file"),
    (["new", "--bank", "kommunkompassen-2003", "--municipality", " ", "--year", "2026", "-o", "{tmp}/x.kompass"], "empty"),
    (["summary", "{tmp}/missing.kompass"], "no such file"),
    (["export-json", "{tmp}/missing.kompass"], "no such file"),
    (["import-json", "{tmp}/missing.json", "-o", "{tmp}/x.kompass"], "cannot read"),
])
def test_errors_are_one_clear_line(tmp_path, args, message):
    r = run_cli(*[a.format(tmp=tmp_path) for a in args])
    assert r.returncode == 1
    assert_no_traceback(r)
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("kompassapp: error: ") and message in r.stderr


def test_usage_errors_and_help():
    r = run_cli("summary")
    assert r.returncode == 2 and "usage:" in r.stderr
    for command in cli.COMMANDS:
        assert run_cli(command, "--help").returncode == 0, command
    assert run_cli("--version").stdout.startswith("kompassapp ")


def test_every_command_is_known_to_the_launcher():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(cli.COMMANDS)


def test_without_a_display_the_launcher_says_so(monkeypatch, capsys):
    from kompassapp import launch

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(launch.sys, "platform", "linux")
    assert launch.main(["--demo"]) == 2
    assert "no display found" in capsys.readouterr().err
