"""Interview guides: one PDF per planned interview session (Qt-free).

A guide is what the interviewer holds at the table: the group, time and place; a short opening;
the questions whose bank `groups` include the session's groups, ordered by area, each with its
large id, the descriptor of every answer option and what the municipality answered in its
questionnaire (if anything); a closing. It names no other session's participants.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from kompassapp.bank.model import Question
from kompassapp.evaluation import Evaluation
from kompassapp.fileio import write_atomic
from kompassapp.prepare import pdfdoc
from kompassapp.prepare.pdfdoc import text
from kompassapp.prepare.scope import group_questions, require_groups
from kompassapp.records import MUNICIPALITY, Session

OPENING = (
    "Presentera er och Kommunkompassen: en utvärdering av hur kommunen styrs och leds, gjord av externa "
    "utvärderare. Berätta att intervjun tar den tid som är planerad, att ingen citeras med namn i rapporten och att "
    "det som sägs används som underlag tillsammans med dokument, webbplats och de andra intervjuerna. Be "
    "deltagarna presentera sig med roll. Ställ frågorna öppet och be om exempel; beskrivningarna under varje fråga "
    "är till för er bedömning och läses inte upp.")
CLOSING = (
    "Fråga om det finns något deltagarna vill tillägga eller något ni inte har frågat om. Tala om vilka dokument ni "
    "eventuellt vill få efter intervjun och när rapporten kommer. Tacka för deltagandet. Skriv in anteckningarna i "
    "Kompassapp samma dag, knutna till frågorna.")


def guide_sessions(ev: Evaluation) -> list[Session]:
    """The sessions a guide is made for: undeleted, with at least one of the bank's groups."""
    return [s for s in ev.sessions() if s.bank_groups]


def municipality_answers(ev: Evaluation) -> dict[str, list[str]]:
    """Question id → the municipality's questionnaire answers tied to it."""
    out: dict[str, list[str]] = {}
    for n in ev.notes():
        if n.source_kind == MUNICIPALITY:
            for q in n.question_ids:
                out.setdefault(q, []).append(n.text)
    return out


def _when(s: Session) -> str:
    start, end = s.starts_at.replace("T", " ")[:16], s.ends_at.replace("T", " ")[:16]
    if start and end and start[:10] == end[:10]:
        return f"{start} – {end[11:]}"
    return " – ".join(x for x in (start, end) if x) or "ej bestämd"


def _question(ev: Evaluation, q: Question, answers: list[str], st: dict) -> KeepTogether:
    scale = ev.bank.scales[q.scale]
    rows = [[Paragraph(text(q.id), st["qid"]), Paragraph(text(q.text), st["question"])]]
    head = Table(rows, colWidths=[26 * mm, None], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, pdfdoc.RULE), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    parts: list = [head]
    for option in scale.options:
        descriptor = q.levels.get(option.key, "")
        parts.append(Paragraph(f"<b>{text(option.label)}</b>" + (f": {text(descriptor)}" if descriptor else ""),
                               st["small"]))
    said = " ".join(answers).strip()
    parts.append(Paragraph("<b>Kommunens svar i frågeunderlaget:</b> " + (text(said[:1200] + ("…" if len(said) > 1200
                                                                                          else ""))
                                                                          if said else "– (inget svar)"), st["small"]))
    parts.append(Paragraph("<b>Anteckningar:</b>", st["small"]))
    parts.append(Spacer(1, 16 * mm))
    return KeepTogether(parts)


def build_guide(ev: Evaluation, session: Session, answers: dict[str, list[str]] | None = None
                ) -> tuple[bytes, list[Question]]:
    """The PDF of one session's guide and the questions in it."""
    require_groups(ev.bank)
    answers = municipality_answers(ev) if answers is None else answers
    st = pdfdoc.styles()
    labels = [ev.bank.group_by_id[g].label if g in ev.bank.group_by_id else g for g in session.bank_groups]
    questions = group_questions(ev.bank, session.bank_groups)
    info = ev.info
    story: list = [Paragraph(f"Intervjuguide – {text(', '.join(labels))}", st["title"]),
                   Paragraph(f"Kommunkompassen {text(info.municipality)} {info.year}", st["muted"])]
    facts = [("Grupp", ", ".join(labels)), ("Tid", _when(session)), ("Plats", session.place or "ej bestämd"),
             ("Leds av", ", ".join(session.auditors) or "ej bestämt"),
             ("Planerade deltagare", "; ".join(session.planned_participants) or "–"),
             ("Frågor", f"{len(questions)}")]
    if session.group_name and session.group_name not in labels:
        facts.insert(1, ("Intervju", session.group_name))
    story.append(Table([[Paragraph(f"<b>{text(k)}</b>", st["body"]), Paragraph(text(v), st["body"])]
                        for k, v in facts], colWidths=[45 * mm, None],
                       style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1),
                                                                                  pdfdoc.LIGHT),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 6)])))
    story += [Paragraph("Inledning", st["h1"]), Paragraph(text(OPENING), st["body"])]
    current = None
    for q in questions:
        area = ev.bank.area_of[q.id]
        if area is not current:
            current = area
            story.append(Paragraph(f"Område {text(area.id)} – {text(area.title)}", st["h1"]))
        story.append(_question(ev, q, answers.get(q.id, []), st))
    story += [Paragraph("Avslutning", st["h1"]), Paragraph(text(CLOSING), st["body"])]
    footer = f"Intervjuguide · {info.municipality} {info.year} · {', '.join(labels)}"
    return pdfdoc.build(story, title=f"Intervjuguide – {', '.join(labels)}", footer=footer), questions


def _slug(value: str) -> str:
    return re.sub(r"[^0-9A-Za-zÅÄÖåäö]+", "-", value).strip("-")[:40] or "intervju"


def write_guides(ev: Evaluation, folder: str | Path) -> list[tuple[Path, str, int]]:
    """One guide per planned session into `folder` (made if missing); (path, group labels, questions) each."""
    require_groups(ev.bank)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    answers = municipality_answers(ev)
    written = []
    for i, s in enumerate(guide_sessions(ev), start=1):
        data, questions = build_guide(ev, s, answers)
        labels = ", ".join(ev.bank.group_by_id[g].label if g in ev.bank.group_by_id else g for g in s.bank_groups)
        path = folder / f"{i:02d}-{s.starts_at[:10] or 'odaterad'}-{_slug(labels)}.pdf"
        write_atomic(path, data)
        written.append((path, labels, len(questions)))
    return written
