"""The `prepare` and `import-questionnaire` commands (registered on cli.py's parser by `add_parsers`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.messages import count, t

COMMANDS = ("prepare", "import-questionnaire")


def cmd_prepare(args: argparse.Namespace) -> int:
    if not (args.questionnaire or args.documents or args.guides):
        print(t("error", prog="kompassapp", message=t("prepare.nothing")), file=sys.stderr)
        return 2
    if args.questionnaire:
        from kompassapp.prepare.questionnaire import sheet_names, write_questionnaire

        with Evaluation.open(args.file, readonly=True) as ev:
            n = write_questionnaire(ev, args.questionnaire, deadline=args.deadline or "", contact=args.contact or "")
            areas = len(sheet_names(ev))
        print(t("prepare.questionnaire", out=args.questionnaire, questions=count(n, "question"),
                areas=count(areas, "area")))
    if args.documents:
        from kompassapp.prepare.documents import register_requested, write_request

        with Evaluation.open(args.file, author=args.author) as ev:
            n = write_request(ev, args.documents)
            new = register_requested(ev)
        print(t("prepare.documents", out=args.documents, documents=count(n, "document"), new=new))
    if args.guides:
        from kompassapp.prepare.guides import write_guides

        with Evaluation.open(args.file, readonly=True) as ev:
            written = write_guides(ev, args.guides)
        if not written:
            raise KompassError(t("prepare.no_sessions"))
        for path, group, questions in written:
            print(t("prepare.guide", out=path, group=group, questions=count(questions, "question")))
    return 0


def cmd_import_questionnaire(args: argparse.Namespace) -> int:
    from kompassapp.prepare.questionnaire_import import read_answers

    with Evaluation.open(args.file, readonly=True) as ev:  # checked in full before the file is opened to write
        answers = read_answers(ev, args.workbook)
    with Evaluation.open(args.file, author=args.author) as ev:
        counts = ev.import_municipality_answers(answers, Path(args.workbook).name)
    print(t("questionnaire.imported", file=args.workbook, target=args.file, **counts))
    return 0


def add_parsers(sub, default_author: str) -> None:
    """Register the commands on the main parser's subparsers."""
    p = sub.add_parser("prepare", help="before the visit: the municipality's questionnaire, the document request, "
                       "interview guides")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--questionnaire", type=Path, metavar="OUT.xlsx",
                   help="write the municipality's questionnaire (Excel) to fill in")
    p.add_argument("--documents", type=Path, metavar="OUT",
                   help="write the list of documents to request (.xlsx or .pdf) and mark them requested in the "
                        "register")
    p.add_argument("--guides", type=Path, metavar="DIR",
                   help="write one interview guide (PDF) per planned interview into this folder")
    p.add_argument("--deadline", help="last day to answer (YYYY-MM-DD; default three weeks before the visit)")
    p.add_argument("--contact", help="whom the municipality asks about the questionnaire (default: the team)")
    p.add_argument("--author", default=default_author, help="your name, stamped on the change log")
    p.set_defaults(func=cmd_prepare)
    i = sub.add_parser("import-questionnaire", help="read the municipality's filled questionnaire into the "
                       "evaluation (again: updates, no duplicates)")
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("workbook", type=Path, metavar="IN.xlsx")
    i.add_argument("--author", default=default_author, help="your name, stamped on the change log")
    i.set_defaults(func=cmd_import_questionnaire)
