# SPDX-License-Identifier: MIT
"""The bank's interview groups and documents in the exports (bank format /2, issue 12).

The workbook's area sheets name, per question, whom to ask and what to request; the PDF gets
one appendix listing each interview group with the questions it is asked, and each document
with the questions that use it. A /1 bank has neither: no columns, no appendix.
"""

from __future__ import annotations

from kompassapp.bank.model import Bank, Question


def group_labels(bank: Bank, q: Question) -> str:
    return "; ".join(bank.group_by_id[g].label for g in q.groups if g in bank.group_by_id)


def document_titles(bank: Bank, q: Question) -> str:
    return "; ".join(bank.document_by_id[d].title for d in q.documents if d in bank.document_by_id)


def has_instruments(bank: Bank) -> bool:
    """Whether the bank names groups or documents (format /2), i.e. whether the exports list them."""
    return bool(bank.groups or bank.documents)


def asked_of(bank: Bank) -> list[tuple[str, list[str]]]:
    """(group label, question ids) per group, in the bank's order; groups no question names are left out."""
    return [(g.label, ids) for g in bank.groups
            if (ids := [q.id for q in bank.questions.values() if g.id in q.groups])]


def used_by(bank: Bank) -> list[tuple[str, list[str]]]:
    """(document title, question ids) per document, in the bank's order."""
    return [(d.title, ids) for d in bank.documents
            if (ids := [q.id for q in bank.questions.values() if d.id in q.documents])]


def bank_appendix(bank: Bank, s: dict, number: int = 4) -> list:
    """PDF flowables: the appendix on the bank's interview groups and documents ([] for a /1 bank)."""
    # here, not at the top: the workbook uses this module too, and need not load reportlab
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph

    if not has_instruments(bank):
        return []
    from kompassapp.exports.pdf import _table, text  # pdf.py calls this: imported when it runs

    story = [CondPageBreak(60 * mm), Paragraph(f"Bilaga {number}. Intervjugrupper och dokument i frågebanken", s["h1"]),
             Paragraph("Frågebanken anger för varje fråga vilka grupper utvärderarna frågar och vilka dokument de "
                       "begär eller läser. Tabellerna visar vilka frågor som ställs till varje grupp och vilka "
                       "frågor varje dokument underbygger.", s["body"])]
    for heading, entries in (("Intervjugrupp", asked_of(bank)), ("Dokument", used_by(bank))):
        if not entries:
            continue
        rows = [[Paragraph(h, s["head"]) for h in (heading, "Frågor")]]
        rows += [[Paragraph(text(label), s["cell"]),
                  Paragraph(text(f"{', '.join(ids)} ({len(ids)})"), s["cell"])] for label, ids in entries]
        story.append(_table(rows, [62 * mm, 104 * mm]))
        story.append(Paragraph("", s["body"]))
    return story
