"""The `kompassapp` command line (Qt-free): banks, evaluation files, summaries, JSON, the demo.

Errors reach the user as one line on stderr and a non-zero exit, never as a traceback;
an unexpected failure is logged to a file whose path the message names. Everything written for
people goes through `kompassapp.messages` (Swedish; English with --lang en or the app's setting);
machine output (--json, export-json) does not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path

from kompassapp import __version__, bank_cli, messages, secure_cli
from kompassapp.bank import resolve_bank
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.messages import count, t
from kompassapp.scoring import Profile, as_number, display

PROG = "kompassapp"
COMMANDS = ("bank", "new", "summary", "export-json", "import-json", "demo", "export", "jury", "upgrade",
            "reference", "merge", "archive", "prepare", "import-questionnaire",
            "encrypt", "decrypt", "rekey", "purge", "final")  # every subcommand (tests check)


def _default_author() -> str:
    return os.environ.get("KOMPASSAPP_AUTHOR") or os.environ.get("USER") or os.environ.get("USERNAME") or ""


def _sv(value) -> str:
    """A score the Swedish way: 76,5."""
    return str(display(value)).replace(".", ",")


# -- commands -------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    if args.from_file:
        from kompassapp.merge import make_copy

        if not args.auditor:
            raise KompassError(t("new.needs_auditor"))
        make_copy(args.from_file, args.output, args.auditor, author=args.author)
        print(t("new.copy", out=args.output, owner=messages.genitive(args.auditor), lead=args.from_file, prog=PROG))
        return 0
    missing = [f"--{n}" for n in ("bank", "municipality", "year") if getattr(args, n) is None]
    if missing:
        raise KompassError(t("new.missing", missing=", ".join(missing)))
    bank = resolve_bank(args.bank)
    ev = Evaluation.create(args.output, bank, municipality=args.municipality, year=args.year,
                           visit_start=args.visit_start or "", visit_end=args.visit_end or "",
                           team=args.team or (), author=args.auditor or args.author,
                           passphrase=secure_cli.new_passphrase(args) if args.encrypt else None)
    ev.close()
    print(t("new.created", out=args.output, municipality=args.municipality, year=args.year, id=bank.id,
            revision=bank.revision))
    return 0


def _conflict_text(c) -> str:
    """A merge conflict in the current language (merge.Conflict's own str() is the English log line)."""
    if c.entity == "answer":
        what = t("conflict.answer", id=c.ident, auditor=c.auditor or "?")
    elif c.entity == "consensus":
        what = t("conflict.consensus", id=c.ident)
    elif c.label:
        what = t("conflict.record", entity=messages.noun(c.entity), label=c.label[:40])
    else:
        what = t("conflict.record_id", entity=messages.noun(c.entity), id=c.ident)
    if c.kind == "deleted":
        return t("conflict.deleted", what=what)
    return t("conflict.edited", what=what, field=c.field, author=c.author or "?", at=c.at[:16].replace("T", " "))


def cmd_merge(args: argparse.Namespace) -> int:
    from kompassapp.merge import merge

    with Evaluation.open(args.into, author=args.author) as ev:
        for source in args.sources:
            report = merge(ev, source)
            came = ", ".join(count(n, k) for k, n in sorted(report.added.items())) or t("merge.nothing")
            print(t("merge.came", source=source, items=came))
            if report.updated:
                print(t("merge.updated", items=", ".join(count(n, k) for k, n in sorted(report.updated.items()))))
            for conflict in report.conflicts:
                print(t("merge.conflict", what=_conflict_text(conflict)))
        disputed = ev.disputed()
        if disputed:
            print(t("merge.disputed", n=len(disputed), ids=", ".join(disputed)))
    return 0


def summary_dict(ev: Evaluation, profile: Profile) -> dict:
    """The `summary --json` contract for scripts."""
    info = ev.info
    tally = profile.tally
    return {
        "municipality": info.municipality,
        "year": info.year,
        "demo": info.demo,
        **({"notice": info.notice} if info.notice else {}),
        "bank": {"id": ev.bank.id, "edition": ev.bank.edition, "revision": ev.bank.revision},
        "areas": [
            {"id": a.area.id, "title": a.area.title, "short": a.area.short, "score": as_number(a.score),
             "max": as_number(a.area.max), "answered": a.tally.answered, "applicable": a.tally.applicable}
            for a in profile.areas
        ],
        "total": as_number(profile.total),
        "max": as_number(profile.max_total),
        "answered": tally.answered,
        "applicable": tally.applicable,
        "coverage": _coverage(ev),
    }


def _coverage(ev: Evaluation) -> dict:
    from kompassapp.prepare.coverage import coverage  # evidence per area and source (issue 13)

    return coverage(ev).to_json()


def cmd_summary(args: argparse.Namespace) -> int:
    with Evaluation.open(args.file, readonly=True) as ev:
        profile = ev.profile()
        if args.json:
            print(json.dumps(summary_dict(ev, profile), ensure_ascii=False, indent=2))
            return 0
        info, bank = ev.info, ev.bank
        print(t("summary.head", municipality=info.municipality, year=info.year, title=bank.title,
                edition=bank.edition, revision=bank.revision))
        if info.visit_start:
            print(t("summary.visit", dates=info.visit_start + (" – " + info.visit_end if info.visit_end else "")))
        if info.notice:
            print(t("summary.notice", notice=info.notice))
        total = t("summary.total")
        width = max(len(total), *(len(a.area.title) for a in profile.areas))
        for a in profile.areas:
            print(f"{a.area.id:>3}  {a.area.title:<{width}}  {_sv(a.score):>5} / {_sv(a.area.max):<4}"
                  f"  {t('summary.answered', answered=a.tally.answered, applicable=a.tally.applicable)}")
        tally = profile.tally
        print(f"{'':>3}  {total:<{width}}  {_sv(profile.total):>5} / {_sv(profile.max_total):<4}"
              f"  {t('summary.answered', answered=tally.answered, applicable=tally.applicable)}")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from kompassapp.interchange import export_json

    secure_cli.check_plaintext_export(args)  # the JSON of an encrypted file is plain text: only when asked for
    text = export_json(Path(args.file), Path(args.output) if args.output else None)
    if not args.output:
        sys.stdout.write(text)
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from kompassapp.interchange import import_json

    import_json(Path(args.file), Path(args.output))
    print(t("imported", out=args.output, source=args.file))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kompassapp.demo import build_demo

    build_demo(Path(args.output))
    print(t("demo.written", out=args.output))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kompassapp.exports.commands import export

    for path in export(args.file, xlsx=args.xlsx, pdf=args.pdf, docx=args.docx, final=args.final,
                       compare=args.compare, anonymize=args.anonymize, allow_names=args.allow_names):
        print(t("written", out=path))
    return 0


def cmd_jury(args: argparse.Namespace) -> int:
    from kompassapp.exports.commands import jury

    out = jury(args.files, args.output, published=args.published or [])
    if args.published:
        print(t("jury.written_published", out=out, evaluations=count(len(args.files), "evaluation"),
                tables=count(len(args.published), "table")))
    else:
        print(t("jury.written", out=out, evaluations=count(len(args.files), "evaluation")))
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from kompassapp import upgrade

    new_bank = resolve_bank(args.bank)
    with Evaluation.open(args.file, author=args.author, readonly=args.dry_run) as ev:
        plan = upgrade.plan(ev, new_bank)
        print(t("upgrade.head", file=args.file, id=ev.bank.id, old=plan.old_bank.revision, new=new_bank.revision))
        for q in plan.added:
            print(t("upgrade.added", id=q.id, points=_sv(q.points), text=q.text))
        for c in plan.changed:
            print(t("upgrade.changed", id=c.new.id, fields=", ".join(c.fields)))
        for q in plan.removed:
            print(t("upgrade.removed", id=q.id, text=q.text))
        for qid in plan.invalid_answers:
            print(t("upgrade.invalid", id=qid))
        for area in new_bank.areas:
            before, after = plan.scores_before[area.id], plan.scores_after[area.id]
            if before != after:
                print(t("upgrade.area", id=area.id, before=_sv(before), after=_sv(after)))
        if plan.is_empty:
            print(t("upgrade.nothing"))
        if args.dry_run:
            print(t("upgrade.dry_run"))
            return 0
        upgrade.apply(ev, new_bank)
        print(t("upgrade.done", file=args.file, revision=new_bank.revision))
    return 0


def cmd_reference_list(args: argparse.Namespace) -> int:
    from kompassapp.references import bundled_references

    for r in bundled_references():
        scores = "; ".join(_sv(v) for v in r.scores.values())
        print(t("reference.line", id=r.id, name=r.name, edition=r.edition, scores=scores, total=_sv(r.total)))
        print(t("reference.source", pad="", source=r.source))
    return 0


def cmd_reference_save(args: argparse.Namespace) -> int:
    from kompassapp.references import from_profile, save_reference

    with Evaluation.open(args.file, readonly=True) as ev:
        name = args.name or f"{ev.info.municipality} {ev.info.year}"
        ref = from_profile(name, ev.bank, {a.area.id: a.score for a in ev.profile().areas}, source=str(args.file))
    save_reference(ref, args.output)
    print(t("reference.saved", out=args.output, name=ref.name, edition=ref.edition, total=_sv(ref.total)))
    return 0


def cmd_reference_new(args: argparse.Namespace) -> int:
    from fractions import Fraction

    from kompassapp.references import check_comparable, from_profile, save_reference

    bank = resolve_bank(args.bank)
    values = [v.strip().replace(",", ".") for v in args.scores.split(";" if ";" in args.scores else ",")]
    if len(values) != len(bank.areas):
        raise KompassError(t("reference.count", values=t("values", n=len(values)), areas=count(len(bank.areas), "area")))
    try:
        scores = {a.id: Fraction(v) for a, v in zip(bank.areas, values)}
    except ValueError:
        raise KompassError(t("reference.not_numbers", scores=args.scores)) from None
    ref = from_profile(args.name, bank, scores, source=args.source or "inmatad för hand")
    check_comparable(ref, bank)
    save_reference(ref, args.output)
    print(t("reference.saved", out=args.output, name=ref.name, edition=ref.edition, total=_sv(ref.total)))
    return 0


# -- parser ---------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG, description="Kompassapp: Kommunkompassen evaluations. Without a command, the desktop app starts.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    bank_cli.add_parser(sub)

    n = sub.add_parser("new", help="create a new evaluation file, or an auditor's copy of one (--from)")
    n.add_argument("--bank", help="bank file, or the id of a bundled bank (e.g. kommunkompassen-2003)")
    n.add_argument("--municipality")
    n.add_argument("--year", type=int)
    n.add_argument("--visit-start", help="first day of the site visit (YYYY-MM-DD)")
    n.add_argument("--visit-end", help="last day of the site visit (YYYY-MM-DD)")
    n.add_argument("--team", action="append", metavar="NAME", help="an auditor of the team (repeat for each)")
    n.add_argument("--from", dest="from_file", type=Path, metavar="LEAD.kompass",
                   help="make a copy of the lead's evaluation for one auditor (with --auditor)")
    n.add_argument("--auditor", help="whose file this is: their answers are the ones edited in it")
    n.add_argument("--author", default=_default_author(), help="your name, stamped on the change log")
    n.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    secure_cli.add_new_options(n)  # --encrypt, --new-passphrase-file
    n.set_defaults(func=cmd_new)

    m = sub.add_parser("merge", help="bring the auditors' copies into one evaluation; prints what came in")
    m.add_argument("into", type=Path, metavar="INTO.kompass")
    m.add_argument("sources", nargs="+", type=Path, metavar="FROM.kompass")
    m.add_argument("--author", default=_default_author(), help="your name, stamped on the change log")
    m.set_defaults(func=cmd_merge)

    s = sub.add_parser("summary", help="print area scores, total and completeness")
    s.add_argument("file", type=Path, metavar="FILE")
    s.add_argument("--json", action="store_true", help="machine-readable output (a stable contract)")
    s.set_defaults(func=cmd_summary)

    e = sub.add_parser("export-json", help="write the whole evaluation as interchange JSON")
    e.add_argument("file", type=Path, metavar="FILE")
    e.add_argument("-o", "--output", type=Path, metavar="JSON", help="output file (default: standard output)")
    secure_cli.add_export_json_options(e)  # --plaintext
    e.set_defaults(func=cmd_export_json)

    i = sub.add_parser("import-json", help="create an evaluation file from interchange JSON")
    i.add_argument("file", type=Path, metavar="JSON")
    i.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    i.set_defaults(func=cmd_import_json)

    d = sub.add_parser("demo", help="write the demo evaluation (Botkyrka 2003, demonstration data)")
    d.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    d.set_defaults(func=cmd_demo)

    x = sub.add_parser("export", help="write the Excel workbook and/or the PDF feedback report of an evaluation")
    x.add_argument("file", type=Path, metavar="FILE")
    x.add_argument("--xlsx", type=Path, metavar="OUT", help="Excel workbook to write")
    x.add_argument("--pdf", type=Path, metavar="OUT", help="PDF report to write")
    x.add_argument("--docx", type=Path, metavar="OUT", help="Word report to write (editable, accessible)")
    x.add_argument("--final", action="store_true", help="the full written report (with a table of contents) "
                   "instead of the feedback at the end of the visit")
    x.add_argument("--compare", metavar="G", help="profile to draw as comparison: another evaluation (.kompass), "
                   "a reference file, or a shipped reference id (see 'reference list'); same edition only")
    x.add_argument("--anonymize", action="store_true", help="interviewees as role + number, not names; also "
                   "every name written in findings, notes, titles and comments (genitives, first names alone, …)")
    x.add_argument("--allow-names", action="store_true", help="export even though the text seems to name "
                   "interviewees (the PDF is otherwise refused with the list of places)")
    x.set_defaults(func=cmd_export)

    j = sub.add_parser("jury", help="write the jury workbook comparing several evaluations")
    j.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="evaluations (.kompass) and reference profiles (.yaml) to rank")
    j.add_argument("--published", action="append", type=Path, metavar="TABLE",
                   help="published totals to rank with them (csv or xlsx: municipality,year,edition,1…8)")
    j.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    j.set_defaults(func=cmd_jury)
    u = sub.add_parser("upgrade", help="move an evaluation to a newer revision of its bank (shows the changes first)")
    u.add_argument("file", type=Path, metavar="FILE")
    u.add_argument("--bank", required=True, help="the newer bank file, or the id of a bundled bank")
    u.add_argument("--dry-run", action="store_true", help="only show what would change")
    u.add_argument("--author", default=_default_author(), help="your name, stamped on the change log")
    u.set_defaults(func=cmd_upgrade)

    r = sub.add_parser("reference", help="reference profiles to compare with (published or your own)")
    r_sub = r.add_subparsers(dest="reference_command", metavar="REFCOMMAND", required=True)
    r_sub.add_parser("list", help="the shipped reference profiles and their sources").set_defaults(
        func=cmd_reference_list)
    rs = r_sub.add_parser("save", help="save an evaluation's profile as a reference file")
    rs.add_argument("file", type=Path, metavar="FILE")
    rs.add_argument("--name", help="name in legends (default: municipality and year)")
    rs.add_argument("-o", "--output", required=True, type=Path, metavar="REF.yaml")
    rs.set_defaults(func=cmd_reference_save)
    rn = r_sub.add_parser("new", help="type in a profile as a reference file")
    rn.add_argument("--bank", required=True, help="bank file or bundled bank id the scores refer to")
    rn.add_argument("--name", required=True)
    rn.add_argument("--scores", required=True, help="one score per area in order, e.g. '63;65;73;64;61;59;68;64'")
    rn.add_argument("--source", help="where the figures come from")
    rn.add_argument("-o", "--output", required=True, type=Path, metavar="REF.yaml")
    rn.set_defaults(func=cmd_reference_new)

    from kompassapp.archive.cli import add_parser as add_archive  # the results archive's commands

    add_archive(sub)
    from kompassapp.prepare.commands import add_parsers as add_prepare  # before and during the visit

    add_prepare(sub, _default_author())
    secure_cli.add_parser(sub, _default_author())  # --passphrase-file is taken from argv first (see main)
    return p


def _log_crash() -> str:
    """The traceback, appended to a log only the user can read in their data folder; where it went."""
    from kompassapp.backups import data_dir
    from kompassapp.fileio import append_private

    path = data_dir() / "kompassapp-error.log"
    try:
        append_private(path, traceback.format_exc())
    except OSError as exc:
        return f"not saved: {exc}"
    return str(path)


def _parser(argv: list[str]) -> argparse.ArgumentParser:
    messages.set_language(messages.choose_language(messages.requested_language(argv)))
    with messages.argparse_language():
        return messages.localize_parser(build_parser())


def usage_error(argv: list[str], word: str) -> int:
    """What the launcher says for a word that is neither a command nor a file to open (exit 2)."""
    parser = _parser(argv)
    with messages.argparse_language():
        sys.stderr.write(parser.format_usage())
    print(t("usage.unknown_option" if word.startswith("-") else "usage.unknown_command", prog=PROG, word=word,
            commands=", ".join(COMMANDS)), file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    argv, passphrase_file = secure_cli.take_passphrase_file(argv)  # valid before or after the command
    parser = _parser(argv)
    with messages.argparse_language():
        args = parser.parse_args(argv)
    if args.command is None:
        print(t("no_window_in_cli", prog=PROG), file=sys.stderr)
        return 2
    try:
        return secure_cli.run(args, passphrase_file)  # asks for a passphrase on a terminal
    except KompassError as exc:
        print(t("error", prog=PROG, message=messages.domain_error(str(exc))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: one line for the user, the traceback in a log
        print(t("internal", prog=PROG, message=f"{exc.__class__.__name__}: {exc}", log=_log_crash()), file=sys.stderr)
        return 70
