"""The command line of encryption and purging: `encrypt`, `decrypt`, `rekey`, `purge`, `final`.

Passphrases never come from the command line (other users see it in the process list): the
passphrase of encrypted files comes from KOMPASSAPP_PASSPHRASE, `--passphrase-file` or a prompt
on a terminal; a new one (encrypt, rekey, `new --encrypt`) from KOMPASSAPP_NEW_PASSPHRASE,
`--new-passphrase-file` or a prompt asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kompassapp import crypto
from kompassapp.errors import KompassError
from kompassapp.messages import t

PASSPHRASE_FILE = "--passphrase-file"


def read_passphrase_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise KompassError(t("secure.bad_file", path=path, why=getattr(exc, "strerror", None) or exc)) from None


def take_passphrase_file(argv: list[str]) -> tuple[list[str], str | None]:
    """Remove `--passphrase-file F` (anywhere before `--`) from argv; return the rest and F."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == PASSPHRASE_FILE and i + 1 < len(argv):
            return argv[:i] + argv[i + 2:], argv[i + 1]
        if arg.startswith(PASSPHRASE_FILE + "="):
            return argv[:i] + argv[i + 1:], arg.partition("=")[2]
    return argv, None


def prompt_passphrase(path: Path) -> bool:
    """On a terminal, ask for the passphrase of `path`; False where nobody can answer."""
    if not sys.stdin.isatty():
        return False
    crypto.remember(path, getpass.getpass(t("secure.prompt", path=path)))
    return True


def new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        return crypto.check_passphrase(read_passphrase_file(args.new_passphrase_file))
    if os.environ.get(crypto.NEW_ENV):
        return crypto.check_passphrase(os.environ[crypto.NEW_ENV])
    if not sys.stdin.isatty():
        raise KompassError(t("secure.no_new"))
    first = crypto.check_passphrase(getpass.getpass(t("secure.prompt_new")))
    if getpass.getpass(t("secure.prompt_again")) != first:
        raise KompassError(t("secure.mismatch"))
    return first


def run(args: argparse.Namespace, passphrase_file: str | None) -> int:
    """Run the command; on a terminal a missing or wrong passphrase is asked for (three times)."""
    if passphrase_file:
        crypto.set_default(read_passphrase_file(passphrase_file))
    for attempt in range(4):
        try:
            return args.func(args)
        except (crypto.PassphraseNeeded, crypto.WrongPassphrase) as exc:
            if attempt == 3 or not prompt_passphrase(Path(str(exc).partition(": ")[0])):
                raise
    raise AssertionError("unreachable")


def check_plaintext_export(args: argparse.Namespace) -> None:
    """export-json of an encrypted file: refused without --plaintext, and with it said to be plain text."""
    from kompassapp.encryption import is_encrypted

    if args.file.is_file() and is_encrypted(args.file):
        if not args.plaintext:
            raise KompassError(t("secure.json_refused", path=args.file))
        print(t("secure.json_plain", path=args.file), file=sys.stderr)


def add_new_options(n: argparse.ArgumentParser) -> None:
    n.add_argument("--encrypt", action="store_true", help="encrypt the new file (passphrase as for encrypt)")
    n.add_argument("--new-passphrase-file", metavar="PATH",
                   help="a file whose first line is the new passphrase (for scripts)")


def add_export_json_options(e: argparse.ArgumentParser) -> None:
    e.add_argument("--plaintext", action="store_true", help="allow a plain-text JSON export of an encrypted file")


# -- commands -------------------------------------------------------------------------
def cmd_encrypt(args: argparse.Namespace) -> int:
    from kompassapp import encryption, storage

    storage.check(args.file)  # a file that cannot be opened is said so before a passphrase is asked for
    n = encryption.encrypt(args.file, new_passphrase(args))
    print(t("secure.encrypted", path=args.file, n=n))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from kompassapp import encryption, storage

    storage.check(args.file)  # the old passphrase first, before asking for a new one
    n = encryption.rekey(args.file, new_passphrase(args))
    print(t("secure.rekeyed", path=args.file, n=n))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from kompassapp import encryption

    encryption.decrypt(args.file)
    print(t("secure.decrypted", path=args.file))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from kompassapp import purge
    from kompassapp.evaluation import Evaluation

    with Evaluation.open(args.file, author=args.author) as ev:
        plan = purge.plan(ev)
        if plan.empty:
            print(t("purge.nothing", path=args.file))
        else:
            print(t("purge.plan", path=args.file, participants=plan.participants, notes=plan.notes, plans=plan.plans,
                    log=plan.log_entries, deleted=sum(plan.deleted.values())))
            if not args.yes:
                if not sys.stdin.isatty():
                    raise KompassError(t("purge.needs_yes"))
                if input(t("purge.confirm")).strip().lower() not in ("ja", "yes", "j", "y"):
                    print(t("purge.cancelled"))
                    return 1
            done = purge.purge(ev)
            print(t("purge.done", path=args.file, at=done["at"][:16].replace("T", " "), by=done["by"] or "?",
                    participants=done.get("blanked_participants", 0), notes=done.get("blanked_notes", 0),
                    log=sum(v for k, v in done.items() if k.startswith("log_")),
                    deleted=sum(v for k, v in done.items() if k.startswith("deleted_")),
                    backups=done["backups_removed"]))
    found = purge.stale_exports(args.file)
    print(t("purge.exports", found=t("purge.found", files=", ".join(map(str, found))) if found else ""))
    return 0


def cmd_final(args: argparse.Namespace) -> int:
    from kompassapp import purge
    from kompassapp.evaluation import Evaluation

    with Evaluation.open(args.file, author=args.author) as ev:
        purge.mark_final(ev, not args.undo)
        at = purge.final_at(ev.conn)
    if args.undo:
        print(t("final.unmarked", path=args.file))
    else:
        print(t("final.marked", path=args.file, at=at[:10], days=purge.REMIND_DAYS))
    return 0


def add_parser(sub, author: str) -> None:
    """Register the commands on the main parser's subparsers."""
    new_file = "a file whose first line is the new passphrase (for scripts)"
    e = sub.add_parser("encrypt", help="encrypt an evaluation file in place (passphrase from "
                       "KOMPASSAPP_NEW_PASSPHRASE, --new-passphrase-file or a prompt)")
    e.add_argument("file", type=Path, metavar="FILE")
    e.add_argument("--new-passphrase-file", metavar="PATH", help=new_file)
    e.set_defaults(func=cmd_encrypt)
    d = sub.add_parser("decrypt", help="store an encrypted evaluation file as plain SQLite again")
    d.add_argument("file", type=Path, metavar="FILE")
    d.set_defaults(func=cmd_decrypt)
    r = sub.add_parser("rekey", help="give an encrypted evaluation file a new passphrase")
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--new-passphrase-file", metavar="PATH", help=new_file)
    r.set_defaults(func=cmd_rekey)
    p = sub.add_parser("purge", help="purge personal data (names, note texts, deleted records) after the final report")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    p.add_argument("--author", default=author, help="your name, stamped on the change log")
    p.set_defaults(func=cmd_purge)
    f = sub.add_parser("final", help="mark the report final (the purge reminder counts from then)")
    f.add_argument("file", type=Path, metavar="FILE")
    f.add_argument("--undo", action="store_true", help="the report is no longer final")
    f.add_argument("--author", default=author, help="your name, stamped on the change log")
    f.set_defaults(func=cmd_final)
