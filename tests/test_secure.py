"""Encrypted evaluation files: nothing readable on disk, the passphrase never on the command line,
conversions in place, backups and copies encrypted, and secure deletion on every writing connection."""

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kompassapp import backups, crypto, storage
from kompassapp.bank import load_bank
from kompassapp.evaluation import Evaluation
from conftest import SMALL_BANK, assert_no_traceback, run_cli

PASS = "korrekt häst batteri"
OTHER = "ett helt annat lösen"
PLANTED = ("Xerxes Hammarplog", "QUUXNOTE kommunchefen sade i förtroende", "Zyzzyva Blomqvist")


@pytest.fixture(autouse=True)
def clean(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMPASSAPP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv(crypto.ENV, raising=False)
    monkeypatch.delenv(crypto.NEW_ENV, raising=False)
    crypto.forget()
    yield
    crypto.forget()


def fill(ev: Evaluation) -> None:
    """Plant names and note texts, and give the file scores and findings."""
    session = ev.add("session", group_name="Ledningsgrupp")
    person = ev.add("participant", session_id=session.id, name=PLANTED[0], role="kommunchef")
    ev.add("participant", session_id=session.id, name=PLANTED[2], role="ekonomichef")
    ev.add_note(PLANTED[1], question_ids=["1.1.1"], source_kind="interview", session_id=session.id,
                participant_id=person.id)
    ev.set_answer("1.1.1", choice="ja", comment="tydligt")
    ev.set_answer("2.1.1", choice="delvis")
    ev.add("finding", area_id=ev.bank.areas[0].id, kind="strength", text="God öppenhet")


def raw(path: Path) -> bytes:
    found = b""
    for p in (path, Path(f"{path}-wal")):
        if p.exists():
            found += p.read_bytes()
    return found


def assert_none_planted(data: bytes) -> None:
    for text in PLANTED:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(enc) not in data, text
        assert json.dumps(text).encode() not in data


def state(ev: Evaluation) -> tuple:
    return (ev.profile().total, sorted((f.area_id, f.kind, f.text) for f in ev.findings()),
            {q: (a.choice, a.comment) for q, a in ev.answers().items()})


def test_an_encrypted_file_its_wal_and_backups_hold_no_planted_text(tmp_path):
    path = tmp_path / "e.kompass"
    ev = Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, author="Lead",
                           passphrase=PASS)
    fill(ev)
    snapshot = backups.take(ev)
    assert Path(f"{path}-wal").stat().st_size > 0  # open: the edits are in the WAL, encrypted too
    assert_none_planted(raw(path))
    assert_none_planted(snapshot.read_bytes())
    before = state(ev)
    ev.close()
    assert_none_planted(raw(path))
    assert not path.read_bytes().startswith(storage.SQLITE_MAGIC)
    # Opened anew, with the passphrase from the environment: everything is there.
    crypto.forget()
    os.environ[crypto.ENV] = PASS
    try:
        with Evaluation.open(path) as again:
            assert state(again) == before
            assert {p.name for p in again.participants()} == {PLANTED[0], PLANTED[2]}
        with Evaluation.open(snapshot, readonly=True) as old:  # the backup opens with the same passphrase
            assert state(old) == before
    finally:
        del os.environ[crypto.ENV]


def test_wrong_or_missing_passphrase_is_one_clear_line_and_changes_nothing(tmp_path):
    path = tmp_path / "e.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, passphrase=PASS).close()
    before = path.read_bytes()
    env_before = os.environ.get(crypto.ENV)
    r = run_cli("summary", path)
    assert r.returncode == 1 and "krypterad" in r.stderr and "lösenfras" in r.stderr
    os.environ[crypto.ENV] = "fel lösenfras"
    try:
        for args in (("summary", path), ("purge", path, "--yes"), ("encrypt", path), ("decrypt", path)):
            r = run_cli(*args, "--lang", "en")
            assert r.returncode == 1, args
            assert r.stderr.count("\n") == 1 and "passphrase does not open" in r.stderr, r.stderr
            assert "ERROR" not in r.stderr and "sqlcipher" not in r.stderr.lower()
            assert_no_traceback(r)
    finally:
        os.environ.pop(crypto.ENV, None)
        if env_before:
            os.environ[crypto.ENV] = env_before
    assert path.read_bytes() == before and not Path(f"{path}-wal").exists()


def test_passphrase_file_and_environment_open_it_across_processes(tmp_path):
    path, secret = tmp_path / "e.kompass", tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    r = run_cli("new", "--bank", str(SMALL_BANK), "--municipality", "Kryptby", "--year", "2026", "-o", path,
                "--encrypt", "--new-passphrase-file", secret)
    assert r.returncode == 0, r.stderr
    assert not path.read_bytes().startswith(storage.SQLITE_MAGIC)
    r = run_cli("summary", path, "--json", "--passphrase-file", secret)
    assert r.returncode == 0 and json.loads(r.stdout)["municipality"] == "Kryptby"
    r = run_cli("--passphrase-file", str(secret), "summary", path)  # before the command as well
    assert r.returncode == 0, r.stderr
    # No new passphrase given and nobody to ask: refused, nothing made.
    r = run_cli("new", "--bank", str(SMALL_BANK), "--municipality", "K", "--year", "2026", "-o", tmp_path / "n.kompass",
                "--encrypt")
    assert r.returncode == 1 and "KOMPASSAPP_NEW_PASSPHRASE" in r.stderr and not (tmp_path / "n.kompass").exists()


def test_encrypt_rekey_decrypt_in_place(tmp_path):
    path = tmp_path / "e.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, author="Lead") as ev:
        fill(ev)
        backups.take(ev)
        before = state(ev)
    assert PLANTED[1].encode() in path.read_bytes()
    env = {crypto.NEW_ENV: PASS}
    r = _cli_env(env, "encrypt", path)
    assert r.returncode == 0, r.stderr
    assert_none_planted(raw(path))
    for b in (tmp_path / "data" / "backups").rglob("*.kompass"):  # the plain backups were replaced
        assert_none_planted(b.read_bytes())
    r = _cli_env({crypto.ENV: PASS, crypto.NEW_ENV: OTHER}, "rekey", path)
    assert r.returncode == 0, r.stderr
    assert _cli_env({crypto.ENV: PASS}, "summary", path).returncode == 1  # the old passphrase no longer opens it
    assert _cli_env({crypto.ENV: OTHER}, "summary", path).returncode == 0
    r = _cli_env({crypto.ENV: OTHER}, "decrypt", path)
    assert r.returncode == 0, r.stderr
    assert path.read_bytes().startswith(storage.SQLITE_MAGIC)
    with Evaluation.open(path) as ev:
        assert state(ev) == before
        assert ev.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "e.kompass"]  # nothing left beside it
    r = _cli_env({crypto.NEW_ENV: "kort"}, "encrypt", path)
    assert r.returncode == 1 and "för kort" in r.stderr


def _cli_env(env: dict, *args):
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return run_cli(*args)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def test_copies_of_an_encrypted_file_are_encrypted_and_merge(tmp_path):
    lead = tmp_path / "lead.kompass"
    with Evaluation.create(lead, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, author="Lead",
                           passphrase=PASS) as ev:
        fill(ev)
    r = _cli_env({crypto.ENV: PASS}, "new", "--from", lead, "--auditor", "Anna", "-o", tmp_path / "anna.kompass")
    assert r.returncode == 0, r.stderr
    copy = tmp_path / "anna.kompass"
    assert_none_planted(raw(copy))
    crypto.forget()
    crypto.set_default(PASS)
    with Evaluation.open(copy, author="Anna") as ev:
        ev.set_answer("2.1.1", choice="ja", comment="Annas svar")
        ev.add_note("Annas anteckning", question_ids=["2.1.1"])
    r = _cli_env({crypto.ENV: PASS}, "merge", lead, copy)
    assert r.returncode == 0, r.stderr
    with Evaluation.open(lead) as ev:
        assert "Annas anteckning" in {n.text for n in ev.notes()}
    assert_none_planted(raw(lead))
    assert b"Annas" not in raw(lead)


def test_export_json_of_an_encrypted_file_needs_the_flag_and_says_it_is_plain_text(tmp_path):
    path = tmp_path / "e.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, passphrase=PASS) as ev:
        fill(ev)
    out = tmp_path / "e.json"
    r = _cli_env({crypto.ENV: PASS}, "export-json", path, "-o", out)
    assert r.returncode == 1 and "--plaintext" in r.stderr and not out.exists()
    r = _cli_env({crypto.ENV: PASS}, "export-json", path, "-o", out, "--plaintext")
    assert r.returncode == 0 and "klartext" in r.stderr
    assert PLANTED[1] in out.read_text(encoding="utf-8")


def _delete_probe(conn: sqlite3.Connection, path: Path) -> bytes:
    """Store a distinctive text, checkpoint, delete it, checkpoint: the file's bytes afterwards."""
    with storage.transaction(conn):
        conn.execute("INSERT INTO meta VALUES ('probe', ?)", ("Raderasson " * 300,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with storage.transaction(conn):
        conn.execute("DELETE FROM meta WHERE key = 'probe'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def test_secure_delete_is_on_for_every_writing_connection(tmp_path):
    plain = Evaluation.create(tmp_path / "p.kompass", load_bank(SMALL_BANK), municipality="P", year=2026)
    locked = Evaluation.create(tmp_path / "e.kompass", load_bank(SMALL_BANK), municipality="E", year=2026,
                               passphrase=PASS)
    for ev in (plain, locked):
        assert ev.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        ev.close()
    conn = storage.open_existing(tmp_path / "p.kompass")
    assert b"Raderasson" not in _delete_probe(conn, tmp_path / "p.kompass")
    storage.close(conn)
    # The same without it (the probe can see what lingers): the deleted text stays in a free page.
    shutil.copyfile(tmp_path / "p.kompass", tmp_path / "q.kompass")
    conn = sqlite3.connect(tmp_path / "q.kompass", isolation_level=None)
    conn.execute("PRAGMA secure_delete = OFF")
    assert b"Raderasson" in _delete_probe(conn, tmp_path / "q.kompass")
    conn.close()


def test_check_refuses_random_bytes_without_a_passphrase_as_before(tmp_path):
    junk = tmp_path / "junk.kompass"
    junk.write_bytes(os.urandom(300))
    r = run_cli("summary", junk)
    assert r.returncode == 1 and "ingen utvärderingsfil" in r.stderr and "krypterad" not in r.stderr


def test_long_notes_are_read_in_pieces_from_an_encrypted_file_too(tmp_path):
    path = tmp_path / "e.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, passphrase=PASS) as ev:
        note = ev.add_note("långt svar åäö " * 500, question_ids=["1.1.1"])
        assert "".join(ev.note_text_pieces(note.id, size=7)) == note.text
        assert [n.text for n in ev.iter_notes(text_limit=10)] == [""]
        assert [n.text for n in ev.iter_notes(text_limit=1 << 20)] == [note.text]
    r = _cli_env({crypto.ENV: PASS}, "summary", path, "--json")
    assert r.returncode == 0, r.stderr


def _on_a_terminal(args: list[str], answers: list[str], env: dict) -> tuple[int, str]:
    """Run the CLI with a terminal of its own; type each answer when a prompt ends with ': '."""
    import pty
    import select
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, as in a shell
        os.chdir(Path(__file__).resolve().parent.parent)
        os.execve(sys.executable, [sys.executable, "-m", "kompassapp", *args], {**os.environ, **env})
    out, pending = b"", list(answers)
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if pending and out.rstrip(b" ").endswith(b":"):
            os.write(fd, (pending.pop(0) + "\n").encode())
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def test_on_a_terminal_the_passphrase_is_asked_for_hidden(tmp_path):
    path = tmp_path / "e.kompass"
    Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026, passphrase=PASS).close()
    env = {"KOMPASSAPP_DATA": str(tmp_path / "data"), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    code, out = _on_a_terminal(["summary", str(path)], ["fel fras igen", PASS], env)
    assert code == 0 and "Kryptby 2026" in out, out
    assert out.count("Lösenfras för") == 2 and PASS not in out  # asked again after a wrong one; never echoed


def test_a_file_open_in_another_program_is_not_converted(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "e.kompass"
    with Evaluation.create(path, load_bank(SMALL_BANK), municipality="Kryptby", year=2026) as ev:
        ev.set_answer("1.1.1", choice="ja")
    holder = subprocess.Popen(  # the window, say: the file open and idle; its next edit would go to the old file
        [sys.executable, "-c", "import sys, time; from kompassapp.evaluation import Evaluation; "
         "ev = Evaluation.open(sys.argv[1]); print('open', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)
    try:
        assert holder.stdout.readline().startswith("open")
        before = path.read_bytes()
        r = _cli_env({crypto.NEW_ENV: PASS}, "encrypt", path)
        assert r.returncode == 1 and "används av ett annat program" in r.stderr, r.stderr
        assert path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    r = _cli_env({crypto.NEW_ENV: PASS}, "encrypt", path)  # closed: converted
    assert r.returncode == 0, r.stderr
