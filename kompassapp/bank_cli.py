"""The command line of question banks: `bank validate`, `bank export-xlsx`, `bank import-xlsx`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompassapp import messages
from kompassapp.bank import load_bank, resolve_bank
from kompassapp.errors import BankError, KompassError
from kompassapp.messages import count, t

PROG = "kompassapp"


def cmd_bank_validate(args: argparse.Namespace) -> int:
    from kompassapp.bank import is_translation_file, load_translation

    failed = 0
    banks = {}
    translations = []
    for name in args.files:
        if is_translation_file(name):  # reads only the head: a hostile file may be huge
            translations.append(name)
            continue
        try:
            bank = load_bank(name)
        except BankError as exc:
            failed += 1
            print("\n".join(exc.problems))
            continue
        banks[bank.id] = bank
        if not args.quiet:
            print(t("bank.ok", name=name, id=bank.id, revision=bank.revision, areas=count(len(bank.areas), "area"),
                    subareas=count(sum(len(a.subareas) for a in bank.areas), "subarea"),
                    questions=count(len(bank.questions), "question")))
    for name in translations:  # checked against their bank when it is given too, or bundled
        try:
            data = load_translation(name)
            bank = banks.get(data["bank"]) or resolve_bank(data["bank"])
            load_translation(name, bank)
        except BankError as exc:
            failed += 1
            print("\n".join(exc.problems))
            continue
        except KompassError as exc:
            failed += 1
            print(f"{name}:1: {messages.domain_error(str(exc))}")
            continue
        if not args.quiet:
            print(t("bank.translation_ok", name=name, language=data["language"], id=bank.id, revision=bank.revision,
                    done=len(data.get("questions", {})), questions=count(len(bank.questions), "question")))
    return 1 if failed else 0


def cmd_bank_export_xlsx(args: argparse.Namespace) -> int:
    from kompassapp.bank.xlsx import export_xlsx

    bank = resolve_bank(args.bank)
    export_xlsx(bank, args.output)
    print(t("bank.xlsx_written", out=args.output, id=bank.id, revision=bank.revision,
            questions=count(len(bank.questions), "question")))
    return 0


def cmd_bank_import_xlsx(args: argparse.Namespace) -> int:
    from kompassapp.bank.xlsx import import_xlsx

    try:
        bank, warnings = import_xlsx(args.file, args.output)
    except BankError as exc:  # every problem on its own line, then one summary line
        for line in exc.problems:
            print(line, file=sys.stderr)
        refused = t("bank.import_refused", file=args.file, problems=count(len(exc.problems), "problem"), out=args.output)
        print(t("error", prog=PROG, message=refused), file=sys.stderr)
        return 1
    for line in warnings:
        print(t("warning", prog=PROG, message=line), file=sys.stderr)
    print(t("bank.yaml_written", out=args.output, id=bank.id, revision=bank.revision,
            areas=count(len(bank.areas), "area"), questions=count(len(bank.questions), "question")))
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    bank = sub.add_parser("bank", help="work with question bank files")
    bank_sub = bank.add_subparsers(dest="bank_command", metavar="BANKCOMMAND", required=True)
    v = bank_sub.add_parser("validate", help="check bank files; print every problem as FILE:LINE: message")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    v.set_defaults(func=cmd_bank_validate)
    bx = bank_sub.add_parser("export-xlsx", help="write a bank as an Excel workbook, for editing in a spreadsheet")
    bx.add_argument("bank", metavar="BANK", help="bank file, or the id of a bundled bank (e.g. kommunkompassen-2020)")
    bx.add_argument("-o", "--output", required=True, type=Path, metavar="XLSX")
    bx.set_defaults(func=cmd_bank_export_xlsx)
    bi = bank_sub.add_parser("import-xlsx", help="read a bank workbook, check it like a YAML bank and write the YAML; "
                             "every problem is printed as FILE: SHEET!CELL: message")
    bi.add_argument("file", type=Path, metavar="XLSX")
    bi.add_argument("-o", "--output", required=True, type=Path, metavar="BANK", help="YAML bank file to write")
    bi.set_defaults(func=cmd_bank_import_xlsx)
