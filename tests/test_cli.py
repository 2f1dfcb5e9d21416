"""The command line, end to end through the real entry point."""

import argparse
import json
import os
import re
import sqlite3
import string
import subprocess
import sys
from pathlib import Path

import pytest

from kompassapp import cli, messages
from kompassapp.evaluation import Evaluation
from conftest import ROOT, assert_no_traceback, run_cli

BOTKYRKA_2003 = [83, 76.5, 89.5, 81.5, 76, 72.5, 67, 93]


def test_demo_and_summary_reproduce_the_published_botkyrka_profile(tmp_path):
    out = tmp_path / "demo.kompass"
    run_cli("demo", "-o", out, check=True)
    data = json.loads(run_cli("summary", out, "--json", check=True).stdout)
    assert [a["score"] for a in data["areas"]] == BOTKYRKA_2003
    assert data["total"] == 639 and data["max"] == 800
    assert data["demo"] is True and "Demonstrationsdata" in data["notice"]
    assert data["bank"] == {"id": "kommunkompassen-2003", "edition": "2003", "revision": 2}
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


@pytest.mark.parametrize("args, swedish, english", [
    (["new", "--bank", "nosuchbank", "--municipality", "X", "--year", "2026", "-o", "{tmp}/x.kompass"],
     "ingen bankfil eller medföljande bank heter 'nosuchbank'", "no bank file"),
    (["new", "--bank", "kommunkompassen-2003", "--municipality", " ", "--year", "2026", "-o", "{tmp}/x.kompass"],
     "kommunens namn är tomt", "empty"),
    (["new", "--from", "{tmp}/lead.kompass", "-o", "{tmp}/x.kompass"], "--from behöver --auditor NAMN",
     "--from needs --auditor NAME"),
    (["summary", "{tmp}/missing.kompass"], "missing.kompass: filen finns inte", "missing.kompass: no such file"),
    (["export-json", "{tmp}/missing.kompass"], "filen finns inte", "no such file"),
    (["import-json", "{tmp}/missing.json", "-o", "{tmp}/x.kompass"], "missing.json: filen kan inte läsas (",
     "cannot read"),
])
def test_errors_are_one_clear_line_in_either_language(tmp_path, args, swedish, english):
    args = [a.format(tmp=tmp_path) for a in args]
    for lang, framing, message in (("sv", "kompassapp: fel: ", swedish), ("en", "kompassapp: error: ", english)):
        r = run_cli(*args, "--lang", lang)
        assert r.returncode == 1
        assert_no_traceback(r)
        assert r.stderr.count("\n") == 1 and r.stderr.startswith(framing) and message in r.stderr, r.stderr
    assert run_cli(*args).stderr == run_cli(*args, "--lang", "sv").stderr  # Swedish is the default


def test_the_common_file_errors_read_in_swedish(tmp_path, demo_file):
    """What an auditor meets most: a missing, foreign, empty, truncated or damaged file."""
    text, empty, short, foreign, damaged = (tmp_path / n for n in ("a.kompass", "b.kompass", "c.kompass",
                                                                    "d.kompass", "e.kompass"))
    text.write_text("hej")
    empty.write_bytes(b"")
    data = demo_file.read_bytes()
    short.write_bytes(data[:50])
    foreign_db = sqlite3.connect(foreign)
    foreign_db.execute("CREATE TABLE t (x)")
    foreign_db.commit()
    foreign_db.close()
    damaged.write_bytes(data[:4096] + b"\xff" * 4096 + data[8192:])
    expected = {text: "ingen utvärderingsfil från Kompassapp", empty: "filen är tom", short: "filen är skadad (avkortad)",
                foreign: "en SQLite-databas, men ingen utvärderingsfil", damaged: "filen är skadad"}
    for path, message in expected.items():
        before = path.read_bytes()
        r = run_cli("summary", path)
        assert r.returncode == 1 and r.stderr == f"kompassapp: fel: {path}: {r.stderr.split(': ', 3)[-1]}"
        assert message in r.stderr, r.stderr
        assert path.read_bytes() == before


def test_summary_and_help_follow_the_language(demo_file):
    swedish, english = run_cli("summary", demo_file, check=True).stdout, \
        run_cli("--lang", "en", "summary", demo_file, check=True).stdout
    assert "Besök: 2003-06-10" in swedish and "Totalt" in swedish and "besvarade 215/215" in swedish
    assert "Visit: 2003-06-10" in english and "Total " in english and "answered 215/215" in english
    assert "besvarade" not in english and "Besök" not in english
    assert run_cli("summary", demo_file, "--lang", "en", check=True).stdout == english  # after the command too
    help_sv, help_en = run_cli("--help", check=True).stdout, run_cli("--lang", "en", "--help", check=True).stdout
    assert help_sv.startswith("användning: kompassapp") and "visa poäng per område" in help_sv
    assert help_en.startswith("usage: kompassapp") and "print area scores" in help_en
    usage = run_cli("summary")
    assert usage.returncode == 2 and "kompassapp summary: fel: dessa argument saknas: FILE" in usage.stderr


def test_machine_output_does_not_change_with_the_language(demo_file, tmp_path):
    for args in (["summary", demo_file, "--json"], ["export-json", demo_file]):
        assert run_cli(*args, check=True).stdout == run_cli(*args, "--lang", "en", check=True).stdout


def _run_with_settings(settings: Path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "KOMPASSAPP_SETTINGS": str(settings)}
    return subprocess.run([sys.executable, "-m", "kompassapp", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.mark.parametrize("ini", [
    "[%General]\nversion=1\nlanguage=en\n",  # QSettings' group "general" (the scheme before issue 10 item 1)
    "[General]\nlanguage=en\nauditor_name=Karin\n",  # keys without a group
    "[General]\nversion=1\n\n[%General]\nlanguage=en\n\n[%General]\nauditor_name=Karin\n",  # as Qt writes it
    "\ufeff[General]\r\nlanguage=en\r\n",  # saved by a Windows editor
])
def test_the_settings_language_is_the_default(tmp_path, demo_file, ini):
    settings = tmp_path / "kompassapp.ini"
    settings.write_text(ini, encoding="utf-8")
    assert "answered 215/215" in _run_with_settings(settings, "summary", demo_file).stdout
    assert "besvarade 215/215" in _run_with_settings(settings, "summary", demo_file, "--lang", "sv").stdout
    for broken in ("[General\nlanguage=en", "[General]\nlanguage=de\n", "\xff\xfe"):
        settings.write_text(broken, encoding="latin-1")
        assert "besvarade 215/215" in _run_with_settings(settings, "summary", demo_file).stdout


def test_the_language_chosen_in_the_window_reaches_the_command_line(tmp_path, demo_file):
    """Written by the app's own Settings (QSettings) in one process, read by the Qt-free CLI in another."""
    settings = tmp_path / "settings" / "kompassapp.ini"
    code = ("import sys; from kompassapp.gui.base.settings import Settings; s = Settings(sys.argv[1]); "
            "s.language = sys.argv[2]; s.q.sync()")
    subprocess.run([sys.executable, "-c", code, str(settings), "en"], check=True, timeout=120)
    assert "answered 215/215" in _run_with_settings(settings, "summary", demo_file).stdout
    subprocess.run([sys.executable, "-c", code, str(settings), "sv"], check=True, timeout=120)
    assert "besvarade 215/215" in _run_with_settings(settings, "summary", demo_file).stdout


def test_the_cli_reads_the_same_settings_file_as_the_window(monkeypatch, tmp_path):
    from kompassapp.gui.base import settings

    assert messages.settings_path() == settings.settings_path()
    monkeypatch.delenv("KOMPASSAPP_SETTINGS")
    assert messages.settings_path() == settings.settings_path()


def test_merge_report_counts_with_plurals_in_both_languages(tmp_path):
    lead, karin, per = tmp_path / "lead.kompass", tmp_path / "karin.kompass", tmp_path / "per.kompass"
    run_cli("new", "--bank", "kommunkompassen-2020", "--municipality", "Exempelby", "--year", "2026", "-o", lead,
            check=True)
    r = run_cli("new", "--from", lead, "--auditor", "Karin", "-o", karin, check=True)
    assert f"{karin}: Karins kopia av {lead}" in r.stdout
    run_cli("new", "--from", lead, "--auditor", "Lars", "-o", per, "--lang", "en", check=True)

    def options(ev, qid):
        return ev.bank.scales[ev.bank.questions[qid].scale].options

    with Evaluation.open(karin) as ev:
        for qid in ("1.1.1", "1.1.2", "1.1.3"):
            ev.set_answer(qid, choice=options(ev, qid)[0].key)
        ev.add_note("Protokollen ligger på webben", question_ids=["1.1.1"])
        ev.add_note("Ingen e-tjänst", question_ids=["1.1.2"])
    with Evaluation.open(per) as ev:
        ev.set_answer("1.1.1", choice=options(ev, "1.1.1")[-1].key)
    swedish = run_cli("merge", lead, karin, per, check=True).stdout.splitlines()
    assert swedish[0] == f"{karin}: 3 svar, 1 utvärderare, 2 anteckningar"
    assert swedish[1] == f"{per}: 1 svar, 1 utvärderare"
    assert swedish[-1] == "1 fråga där utvärderarna är oeniga (fastställ ett svar i vyn Samsyn): 1.1.1"
    english = run_cli("--lang", "en", "merge", lead, karin, check=True).stdout
    assert english.strip() == f"{karin}: nothing new\n1 question where auditors disagree (agree on an answer " \
                              "in the consensus view): 1.1.1"


def test_plural_forms_of_the_catalogue():
    messages.set_language("sv")
    assert [messages.count(n, "answer") for n in (1, 3)] == ["1 svar", "3 svar"]
    assert [messages.count(n, "note") for n in (1, 2)] == ["1 anteckning", "2 anteckningar"]
    assert messages.t("merge.disputed", n=2, ids="1.1.1, 1.1.2").startswith("2 frågor där")
    assert (messages.genitive("Olle"), messages.genitive("Lars")) == ("Olles", "Lars")
    messages.set_language("en")
    assert [messages.count(n, "answer") for n in (1, 3)] == ["1 answer", "3 answers"]
    assert [messages.count(n, "note") for n in (1, 2)] == ["1 note", "2 notes"]
    assert messages.t("merge.disputed", n=1, ids="1.1.1").startswith("1 question where")
    messages.set_language("sv")


def test_every_message_has_both_languages_with_the_same_fields():
    def fields(template):
        forms = template if isinstance(template, tuple) else (template,)
        return {tuple(sorted(f for _, f, _, _ in string.Formatter().parse(form) if f)) for form in forms}

    for msg_id, forms in messages.MESSAGES.items():
        assert set(forms) == set(messages.LANGUAGES), msg_id
        assert fields(forms["sv"]) == fields(forms["en"]), msg_id
        assert all(isinstance(f, str) or len(f) == 2 for f in forms.values()), msg_id
    for noun, forms in messages.NOUNS.items():
        assert set(forms) == set(messages.LANGUAGES) and all(len(f) == 2 for f in forms.values()), noun
    # every help text of the parser has its Swedish translation
    parser = cli.build_parser()
    texts = [parser.description]
    stack = [parser]
    while stack:
        p = stack.pop()
        for action in p._actions:
            texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                texts += [c.help for c in action._choices_actions]
                stack += action.choices.values()
    missing = {t for t in texts if t and t not in messages.ARGPARSE_SV}
    assert not missing


def test_usage_errors_and_help():
    r = run_cli("summary")
    assert r.returncode == 2 and "användning:" in r.stderr
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
    assert "ingen skärm hittades" in capsys.readouterr().err
    assert launch.main(["--lang", "en", "--demo"]) == 2
    assert "no display found" in capsys.readouterr().err


def _launch(*args, cwd) -> subprocess.CompletedProcess:
    """The real entry point as a script runs it, with a display: a window would block until the timeout."""
    code = ("import sys; from kompassapp.launch import main; rc = main(sys.argv[1:]); "
            "print('Qt imported' if 'PySide6' in sys.modules else 'no Qt'); sys.exit(rc)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=60)


@pytest.mark.parametrize("args, word", [
    (["prepar", "x.kompass"], "prepar"),
    (["sumary", "demo.kompass"], "sumary"),
    (["--lang", "en", "prepar"], "prepar"),
    (["--frobnicate"], "--frobnicate"),
    (["notes.txt"], "notes.txt"),
])
def test_a_mistyped_command_is_a_usage_error_and_never_opens_the_window(tmp_path, args, word):
    r = _launch(*args, cwd=tmp_path)
    assert r.returncode == 2 and r.stdout.strip() == "no Qt", r.stderr
    lines = r.stderr.splitlines()
    assert lines[0].startswith("användning: kompassapp" if "en" not in args else "usage: kompassapp")
    assert f"'{word}'" in lines[1] and "bank, new, summary" in lines[1] and len(lines) == 2
    assert lines[1].startswith("kompassapp: fel: " if "en" not in args else "kompassapp: error: ")


def test_only_a_file_or_nothing_goes_to_the_window(monkeypatch, tmp_path, capsys):
    """An existing path, a *.kompass (the window says it is missing) or no word at all reach the window."""
    from kompassapp import launch

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(launch.sys, "platform", "linux")
    existing = tmp_path / "notes.txt"
    existing.write_text("x")
    for args in ([], [str(existing)], [str(tmp_path / "missing.kompass")], ["--demo", "--quit-after-start"]):
        assert launch.main(args) == 2
        assert "ingen skärm hittades" in capsys.readouterr().err, args


def test_the_role_word_is_utvarderare():
    """The method's word for the role (issue 10 item 8): never "granskare" in the CLI's texts or the README."""
    texts = [f for forms in messages.MESSAGES.values() for f in (forms["sv"] if isinstance(forms["sv"], tuple)
                                                                  else (forms["sv"],))]
    texts += [*messages.ARGPARSE_SV.values(), *(f for forms in messages.NOUNS.values() for f in forms["sv"]),
              (ROOT / "README.md").read_text(encoding="utf-8")]
    assert not [t for t in texts if re.search(r"granskar(e|en|na|nas|es)\b", t, re.I)]
    assert messages.NOUNS["member"]["sv"] == ("utvärderare", "utvärderare")


@pytest.mark.parametrize("english, swedish", [
    ("/m/a.kompass: the file is in use by another program (still locked after 3 seconds); close it there and try "
     "again", "/m/a.kompass: filen används av ett annat program (fortfarande låst efter 3 sekunder); stäng den där "
     "och försök igen"),
    ("/m/a.kompass: the disk is full; make room and try again (nothing was half-stored)",
     "/m/a.kompass: disken är full; frigör utrymme och försök igen (inget sparades till hälften)"),
    ("/m/a.kompass: made by a newer Kompassapp (file format 9, this version reads up to 3); update Kompassapp to "
     "open it", "/m/a.kompass: skapad av en nyare Kompassapp (filformat 9, den här versionen läser till och med 3); "
     "uppdatera Kompassapp för att öppna den"),
    ("a.kompass: the file is damaged (its table 'notes' is missing)", "a.kompass: filen är skadad (its table 'notes' "
     "is missing)"),
    ("b.yaml:1: cannot read the file: no such file\nc.yaml:1: cannot read the file: not a file",
     "b.yaml:1: filen kan inte läsas (no such file)\nc.yaml:1: filen kan inte läsas (not a file)"),
    ("a rare message no pattern knows", "a rare message no pattern knows"),
])
def test_domain_errors_in_swedish_keep_names_and_details(english, swedish):
    messages.set_language("sv")
    assert messages.domain_error(english) == swedish
    messages.set_language("en")
    assert messages.domain_error(english) == english
    messages.set_language("sv")


def test_readme_quick_start_names_the_display_libraries_and_stays_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Quick start"):readme.index("## The command line")]
    apt = " ".join(quick[quick.index("sudo apt-get install"):].split("`")[0].split())
    for package in ("libxkbcommon-x11-0", "libxcb-cursor0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3"):
        assert f" {package}" in apt, package
    commands = re.findall(r"```bash\n(.*?)```", quick[:quick.index("### ")], re.S)
    assert len(commands) == 2 and all(c.count("\n") == 1 for c in commands)
    for topic in ("asks for your name", "--lang en", "backups", "kompassapp-error.log", "kompassapp.ini", "Documents"):
        assert topic in quick, topic
