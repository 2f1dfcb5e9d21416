"""Damaged input: mutated .kompass files, interchange JSON and bank files.

Each case must end in a clear KompassError (or open fine), never another exception,
and must leave the file it was given byte for byte as it was. KOMPASSAPP_FUZZ_SCALE
multiplies the number of cases (CI runs the default, ~800 cases; KOMPASSAPP_FULL=1 five times that).
"""

import json
import os
import random
import shutil
import sqlite3

import pytest

from kompassapp.bank import load_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.interchange import export_json, import_json
from conftest import ROOT, SMALL_BANK, assert_no_traceback, run_cli

SCALE = int(os.environ.get("KOMPASSAPP_FUZZ_SCALE", "5" if os.environ.get("KOMPASSAPP_FULL") == "1" else "1"))
SAMPLE = ROOT / "tests" / "fixtures" / "kompass_v2" / "sample.kompass"


def use_everything(path):
    """Open a file and read all of it as the app would."""
    with Evaluation.open(path) as ev:
        ev.profile()
        ev.notes(include_deleted=True)
        ev.sessions()
        ev.participants()
        ev.documents()
        ev.findings()
        ev.changelog()
        ev.answers()


def kompass_mutations(rng: random.Random, data: bytes):
    size = len(data)
    yield "truncated", data[: rng.randrange(0, size)]
    flipped = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        flipped[rng.randrange(size)] ^= 1 << rng.randrange(8)
    yield "bits flipped", bytes(flipped)
    page = rng.randrange(size // 4096) * 4096
    yield "page zeroed", data[:page] + b"\0" * 4096 + data[page + 4096:]
    yield "page of noise", data[:page] + rng.randbytes(4096) + data[page + 4096:]
    yield "random bytes", rng.randbytes(rng.randrange(1, 9000))
    yield "text file", ("Anteckningar från intervjun\n" * rng.randint(1, 50)).encode()


def test_damaged_kompass_files(tmp_path):
    rng = random.Random(6)
    data = SAMPLE.read_bytes()
    outcomes = {"refused": 0, "opened": 0}
    cases = 0
    for round_ in range(60 * SCALE):
        for kind, mutated in kompass_mutations(rng, data):
            path = tmp_path / f"case{round_}.kompass"
            path.write_bytes(mutated)
            try:
                use_everything(path)
                outcomes["opened"] += 1
            except KompassError:
                outcomes["refused"] += 1
                assert path.read_bytes() == mutated, (kind, round_)
            path.unlink()
            for extra in tmp_path.glob("case*"):
                extra.unlink()
            cases += 1
    assert cases >= 300 and outcomes["refused"] > cases // 2


def test_refused_kompass_files_are_left_unchanged(tmp_path):
    rng = random.Random(7)
    data = SAMPLE.read_bytes()
    for _round in range(20 * SCALE):
        for kind, mutated in kompass_mutations(rng, data):
            for old in tmp_path.glob("case.kompass*"):
                old.unlink()
            path = tmp_path / "case.kompass"
            path.write_bytes(mutated)
            try:
                Evaluation.open(path).close()
            except KompassError:
                assert path.read_bytes() == mutated, kind
                assert not (tmp_path / "case.kompass-wal").exists()


def test_structurally_wrong_kompass_files(tmp_path):
    cases = {
        "missing table": "DROP TABLE notes",
        "renamed column": "ALTER TABLE answers RENAME COLUMN choice TO val",
        "bank gone": "DELETE FROM meta WHERE key = 'bank'",
        "bank not json": "UPDATE meta SET value = 'x{' WHERE key = 'bank'",
        "bank wrong shape": "UPDATE meta SET value = '{\"id\": 1}' WHERE key = 'bank'",
        "newer schema": "PRAGMA user_version = 42",
        "foreign id": "PRAGMA application_id = 7",
    }
    for name, sql in cases.items():
        path = tmp_path / f"{name}.kompass"
        shutil.copy(SAMPLE, path)
        conn = sqlite3.connect(path)
        conn.execute(sql)
        conn.commit()
        conn.close()
        before = path.read_bytes()
        with pytest.raises(KompassError):
            use_everything(path)
        assert path.read_bytes() == before, name
        r = run_cli("summary", path)
        assert r.returncode == 1, name
        assert_no_traceback(r)


def json_mutations(rng: random.Random, text: str, doc: dict):
    yield "truncated", text[: rng.randrange(len(text))]
    chars = list(text)
    for _ in range(rng.randint(1, 10)):
        chars[rng.randrange(len(chars))] = rng.choice('{}[]",:0a\\ \n')
    yield "characters replaced", "".join(chars)
    broken = json.loads(text)
    table = rng.choice(["answers", "notes", "findings", "sessions", "documents", "changelog", "team"])
    if broken[table]:
        row = rng.choice(broken[table])
        column = rng.choice(list(row))
        row[column] = rng.choice([None, 7, -1.5, True, [], {}, "x" * 5, "__na__"])
    yield f"{table} value", json.dumps(broken)
    broken = json.loads(text)
    del broken[rng.choice(list(broken))]
    yield "key removed", json.dumps(broken)
    broken = json.loads(text)
    broken["meta"]["bank"]["areas"][0]["max"] = rng.choice([-1, "hundra", None, 0])
    yield "bank broken", json.dumps(broken)


def test_damaged_interchange_json(tmp_path):
    rng = random.Random(8)
    source = tmp_path / "sample.kompass"
    shutil.copy(SAMPLE, source)
    text = export_json(source, None)
    doc = json.loads(text)
    cases = imported = 0
    for _round in range(40 * SCALE):
        for kind, mutated in json_mutations(rng, text, doc):
            path = tmp_path / "case.json"
            path.write_text(mutated, encoding="utf-8")
            out = tmp_path / f"out{cases}.kompass"
            try:
                import_json(path, out)
                use_everything(out)
                imported += 1
            except KompassError:
                assert not out.exists(), kind
            assert path.read_text(encoding="utf-8") == mutated
            cases += 1
    assert cases >= 200


def test_damaged_bank_files(tmp_path):
    rng = random.Random(9)
    text = SMALL_BANK.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    cases = 0
    for _round in range(30 * SCALE):
        variants = [
            text[: rng.randrange(len(text))],
            "".join(rng.sample(lines, len(lines))),
            "".join(line for line in lines if rng.random() > 0.1),
            "".join(c if rng.random() > 0.01 else rng.choice(":-[]{}#&*!|>'\"%@` \t\n") for c in text),
            text.replace("  ", " ", rng.randint(1, 5)),
        ]
        for mutated in variants:
            path = tmp_path / "bank.yaml"
            path.write_text(mutated, encoding="utf-8")
            try:
                load_bank(path)
            except KompassError as exc:
                assert all(p.startswith(f"{path}:") for p in exc.problems), exc.problems
            assert path.read_text(encoding="utf-8") == mutated
            cases += 1
    assert cases >= 150
