"""`kompassapp archive …`: the results archive on the command line (registered by kompassapp.cli).

Output for people goes through kompassapp.messages; --json output is machine-readable and the
same in every language. Every command takes --db URL (else KOMPASSAPP_ARCHIVE, else the SQLite
archive in the user's data folder); a password is never taken from an option we print.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from fractions import Fraction
from pathlib import Path

from kompassapp.messages import count, t
from kompassapp.scoring import as_number, display


KINDS = ("strength", "development", "example", "analysis", "summary", "introduction", "conclusion")


def _sv(value) -> str:
    return str(display(value)).replace(".", ",")


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _archive(args: argparse.Namespace):
    """The archive of --db / KOMPASSAPP_ARCHIVE / the data folder; a password is asked for only at a
    terminal (elsewhere the connection error says what is missing)."""
    from kompassapp.archive.store import Archive

    return Archive(args.db, prompt=getpass.getpass if _interactive() else None)


def cmd_push(args: argparse.Namespace) -> int:
    from kompassapp.archive.result import check_code, from_evaluation
    from kompassapp.evaluation import Evaluation

    with Evaluation.open(args.file, readonly=True) as ev:  # readonly: the file is never touched
        result = from_evaluation(ev, check_code(args.code))
    if args.dry_run:
        print(json.dumps(result.payload(), ensure_ascii=False, indent=2))
        return 0
    with _archive(args) as archive:
        pushed = archive.push(result)
        where = archive.where
    if pushed.changed:
        print(t("archive.pushed", file=args.file, id=pushed.evaluation_id, version=pushed.version, where=where,
                status=t(f"archive.status.{result.status}"), total=_sv(result.total)))
    else:
        print(t("archive.unchanged", file=args.file, id=pushed.evaluation_id, version=pushed.version, where=where))
    return 0


def _row_dict(r) -> dict:
    return {"id": r.evaluation_id, "kind": r.kind, "municipality": r.municipality, "code": r.code, "year": r.year,
            "edition": r.edition, "status": r.status, "total": as_number(r.total), "total_exact": str(r.total),
            "answered": r.answered, "applicable": r.applicable, "version": r.version, "pushed_at": r.pushed_at,
            "source": r.source}


def cmd_list(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        rows = archive.rows(edition=args.edition, municipality=args.municipality)
    if args.json:
        print(json.dumps([_row_dict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        status = t("archive.status.published") if r.kind == "published" else t(f"archive.status.{r.status}")
        where = f"{r.municipality} ({r.code})" if r.code else r.municipality
        print(t("archive.list_line", municipality=where, year=r.year, edition=r.edition, total=_sv(r.total),
                status=status, version=r.version, id=r.evaluation_id))
    print(t("archive.list_count", results=count(len(rows), "result")))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        r = archive.get(args.id, args.version)
    if args.json:
        data = r.payload()
        data.update(version=r.version, pushed_at=r.pushed_at,
                    history=[{"version": v, "pushed_at": at, "total": as_number(Fraction(tot))}
                             for v, at, tot in r.history],
                    areas=[{**a, "score": as_number(Fraction(a["score"])), "score_exact": a["score"]}
                           for a in data["areas"]])
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    code = f" ({r.code})" if r.code else ""
    print(t("archive.show_head", municipality=r.municipality, code=code, year=r.year, edition=r.edition,
            id=r.evaluation_id, version=r.version))
    status = t("archive.status.published") if r.kind == "published" else t(f"archive.status.{r.status}")
    print(t("archive.show_status", status=status, bank=f"{r.bank_id} rev {r.bank_revision}" if r.bank_id else "–",
            source=r.source or "–"))
    width = max(len(a.title) for a in r.areas)
    for a in r.areas:
        print(f"{a.id:>3}  {a.title:<{width}}  {_sv(a.score):>5} / {_sv(a.max)}")
    print(f"{'':>3}  {t('summary.total'):<{width}}  {_sv(r.total):>5} / {_sv(r.max_total)}")
    if r.applicable is not None:
        print(t("archive.show_answered", answered=r.answered, applicable=r.applicable))
    if r.auditors:
        print(t("archive.show_auditors", names=", ".join(r.auditors)))
    for x in r.texts:
        print(t("archive.show_text", area=x.area_id, kind=t(f"archive.kind.{x.kind}") if x.kind in KINDS else x.kind,
                text=x.text))
    for v, at, tot in r.history:
        print(t("archive.show_version", version=v, at=at, total=_sv(Fraction(tot))))
    return 0


def cmd_average(args: argparse.Namespace) -> int:
    from kompassapp.archive.reports import average
    from kompassapp.references import save_reference

    with _archive(args) as archive:
        ref = average(archive, args.edition, args.year_from, args.year_to)
    save_reference(ref, args.output)
    print(t("archive.average_written", out=args.output, name=ref.name, total=_sv(ref.total)))
    return 0


def cmd_jury(args: argparse.Namespace) -> int:
    from kompassapp.archive.reports import write_jury

    with _archive(args) as archive:
        n = write_jury(archive, args.year, args.output, args.edition)
    print(t("jury.written", out=args.output, evaluations=count(n, "evaluation")))
    return 0


def cmd_trend(args: argparse.Namespace) -> int:
    from kompassapp.archive.reports import write_trend

    with _archive(args) as archive:
        n = write_trend(archive, args.municipality, args.output)
    print(t("archive.trend_written", out=args.output, results=count(n, "result")))
    return 0


def cmd_import_published(args: argparse.Namespace) -> int:
    from kompassapp.archive.published import read_published
    from kompassapp.archive.store import write_result

    found = read_published(args.file)  # the whole file is checked before anything is sent
    with _archive(args) as archive:
        with archive.connect(write=True) as conn:  # one transaction: all rows land, or none
            pushed = [write_result(conn, r) for r in found]
        where = archive.where
    changed = sum(p.changed for p in pushed)
    print(t("archive.imported", file=args.file, results=count(len(found), "result"), changed=changed,
            where=where))
    return 0


def add_parser(sub) -> None:
    """Register `archive` and its commands on the main parser's subparsers."""
    a = sub.add_parser("archive", help="the results archive: push results, list them, averages, jury, trends")
    a_sub = a.add_subparsers(dest="archive_command", metavar="ARCHIVECOMMAND", required=True)

    def command(name: str, help_: str, func) -> argparse.ArgumentParser:
        p = a_sub.add_parser(name, help=help_)
        p.add_argument("--db", metavar="URL", help="postgresql://user@host/db or an SQLite file (default: "
                       "KOMPASSAPP_ARCHIVE, else the archive in your data folder); the password comes from "
                       "PGPASSWORD, a pgpass file or a prompt")
        p.set_defaults(func=func)
        return p

    p = command("push", "send an evaluation's result (scores, findings, auditors; never notes or participants)",
                cmd_push)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--code", help="the municipality's four-digit code (kept for the municipality)")
    p.add_argument("--dry-run", action="store_true", help="print exactly what would be sent, as JSON; send nothing")
    p = command("list", "the archived results (the latest version of each)", cmd_list)
    p.add_argument("--edition")
    p.add_argument("--municipality", help="name or four-digit code")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = command("show", "one archived result with its versions", cmd_show)
    p.add_argument("id", metavar="ID")
    p.add_argument("--version", type=int, help="an earlier version (default: the latest)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = command("average", "the edition's average of final results as a reference profile", cmd_average)
    p.add_argument("--edition", required=True)
    p.add_argument("--from", dest="year_from", type=int, metavar="YEAR")
    p.add_argument("--to", dest="year_to", type=int, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="REF.yaml")
    p = command("jury", "the jury workbook of a year's evaluations, from the archive", cmd_jury)
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--edition", help="when the year has evaluations of several editions")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="JURY.xlsx")
    p = command("trend", "a municipality's profiles over the years, per edition (xlsx or pdf)", cmd_trend)
    p.add_argument("--municipality", required=True, help="name or four-digit code")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="T.xlsx|T.pdf")
    p = command("import-published", "published totals (csv or xlsx: municipality,year,edition,1…8[,source])",
                cmd_import_published)
    p.add_argument("file", type=Path, metavar="FILE")
