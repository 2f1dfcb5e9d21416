"""The PDF feedback report (reportlab platypus): cover, summary with the compass rose, one
section per area, and an appendix on method, interviews and documents.

The PDF goes to the municipality, so it carries no personal data: interviews appear only
as counts by role, notes never appear, and free text is scrubbed of interviewees' names.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from kompassapp.exports.common import FINDING_KINDS_ORDER, FINDING_PLURAL_SV, Report, short_notice, sv_date, \
    sv_number, sv_percent, sv_period
from kompassapp.exports.prose import (METHOD, extremes, held_sessions, interviews_text, method_bank_text,
                                      preliminary_more, preliminary_text, roles_text, scale_lines, score_text,
                                      session_roles, typographic)
from kompassapp.exports.bank_appendix import bank_appendix
from kompassapp.exports.prose import bank_text, edition_text, metadata, rose_caption, rose_drawing
from kompassapp.exports.rose import BOLD, FONT, ITALIC, register_fonts, share_bar  # noqa: F401 (re-exported)
from kompassapp.fileio import write_atomic

INK = colors.HexColor("#1A1A1A")
BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#EEF3F8")
RULE = colors.HexColor("#B8C2CC")
NOTICE_BG = colors.HexColor("#FFF2CC")
NOTICE_INK = colors.HexColor("#9C3400")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=14, textColor=INK,
                          spaceAfter=5)
    s = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11.5),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12, spaceAfter=0),
        "cellnum": ParagraphStyle("cellnum", base, fontSize=9, leading=12, spaceAfter=0, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=9, leading=12, spaceAfter=0,
                               textColor=colors.white),
        "headnum": ParagraphStyle("headnum", base, fontName=BOLD, fontSize=9, leading=12, spaceAfter=0,
                                  textColor=colors.white, alignment=TA_RIGHT),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=17, leading=22, textColor=BLUE, spaceBefore=14,
                             spaceAfter=10),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=12, leading=16, textColor=BLUE, spaceBefore=10,
                             spaceAfter=4),
        "bullet": ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=3, spaceAfter=4),
        "score": ParagraphStyle("score", base, fontName=BOLD, fontSize=13, leading=18, spaceAfter=8),
        "cover_kicker": ParagraphStyle("ck", base, fontName=BOLD, fontSize=13, leading=17, textColor=BLUE),
        "cover_title": ParagraphStyle("ct", base, fontName=BOLD, fontSize=34, leading=40, textColor=BLUE,
                                      spaceAfter=14),
        "cover_name": ParagraphStyle("cn", base, fontName=BOLD, fontSize=22, leading=28, spaceAfter=18),
        "cover_fact": ParagraphStyle("cf", base, fontSize=11, leading=16, spaceAfter=2),
        "notice": ParagraphStyle("notice", base, fontName=BOLD, fontSize=9.5, leading=13, textColor=NOTICE_INK,
                                 spaceAfter=0),
        "toc1": ParagraphStyle("toc1", base, fontSize=11, leading=16, leftIndent=0, firstLineIndent=0),
        "toc2": ParagraphStyle("toc2", base, fontSize=9.5, leading=13, leftIndent=16, firstLineIndent=0),
    }
    return s


def text(value: str) -> str:
    """User text as safe paragraph markup: control characters out, <, > and & escaped, line breaks kept."""
    return escape(_CONTROL.sub("", value or "")).replace("\n", "<br/>")


# -- page furniture ---------------------------------------------------------------------
class _PageTotal(Flowable):
    """Invisible; makes multiBuild run until the page total is known, so footers can say
    "Sida 3 av 12". (A canvas that holds pages back would break the bookmarks.)"""

    def __init__(self, doc: _Doc):
        super().__init__()
        self.doc = doc
        self.width = self.height = 0
        self._seen: int | None = None

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._seen = self.doc.total_pages

    def afterBuild(self) -> None:
        self.doc.total_pages = self.doc.page

    def isSatisfied(self) -> bool:
        return self._seen == self.doc.total_pages

    def notify(self, kind, stuff) -> None:  # multiBuild sends table-of-contents entries to every indexer
        pass

    def wrap(self, *_):
        return 0, 0

    def draw(self) -> None:
        pass


class _Doc(BaseDocTemplate):
    def __init__(self, buffer, report: Report, kind: str, **kw):
        super().__init__(buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                         bottomMargin=22 * mm, **kw)
        self.report, self.kind = report, kind
        self.total_pages: int | None = None
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, A4[1] - self.bottomMargin - 40 * mm,
                      id="cover")
        self.addPageTemplates([PageTemplate("cover", [cover], onPage=self._cover_page),
                               PageTemplate("body", [body], onPage=self._body_page)])

    def _footer_notice(self, c) -> None:
        notice = self.report.info.notice or ("Demonstrationsdata." if self.report.info.demo else "")
        if notice:
            c.setFont(BOLD, 8)
            c.setFillColor(NOTICE_INK)
            c.drawString(self.leftMargin, 12 * mm, typographic(short_notice(notice)))

    def _cover_page(self, c, doc) -> None:
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 18)
        c.drawString(self.leftMargin, A4[1] - 17 * mm, "Kommunkompassen")
        c.setFont(FONT, 10)
        c.drawRightString(A4[0] - self.rightMargin, A4[1] - 17 * mm, edition_text(self.report))
        self._footer_notice(c)
        c.restoreState()

    def _body_page(self, c, doc) -> None:
        c.saveState()
        c.setFont(FONT, 8)
        c.setFillColor(colors.HexColor("#5F6B76"))
        top = A4[1] - 14 * mm
        c.drawString(self.leftMargin, top, f"Kommunkompassen · {self.report.label}")
        c.drawRightString(A4[0] - self.rightMargin, top, self.kind)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(self.leftMargin, top - 2.5 * mm, A4[0] - self.rightMargin, top - 2.5 * mm)
        c.line(self.leftMargin, 16 * mm, A4[0] - self.rightMargin, 16 * mm)
        c.drawRightString(A4[0] - self.rightMargin, 12 * mm, f"Sida {doc.page} av {self.total_pages or doc.page}")
        self._footer_notice(c)
        c.restoreState()

    def afterFlowable(self, flowable) -> None:
        """Headings become PDF bookmarks and table-of-contents entries."""
        style = getattr(flowable, "style", None)
        if not isinstance(flowable, Paragraph) or style is None or style.name not in ("h1", "h2"):
            return
        level = 0 if style.name == "h1" else 1
        title = flowable.getPlainText()
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if level == 0:  # areas and the main parts; the sub-headings would only repeat per area
            self.notify("TOCEntry", (level, title, self.page, key))


# -- content ------------------------------------------------------------------------------
def _table(rows: list[list], widths: list[float], *, numeric_from: int | None = None, total: bool = False) -> Table:
    """A table with a coloured header that repeats when it runs onto the next page."""
    t = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, 0), BLUE),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE)]
    style += [("BACKGROUND", (0, i), (-1, i), LIGHT) for i in range(2, len(rows), 2)]
    if total:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.9, INK), ("BACKGROUND", (0, -1), (-1, -1), colors.white)]
    t.setStyle(TableStyle(style))
    return t


def _cover(r: Report, s, final: bool) -> list:
    info = r.info
    story = [Spacer(1, 18 * mm), Paragraph("Utvärdering av styrning och ledning", s["cover_kicker"]),
             Paragraph("Rapport" if final else "Återkoppling", s["cover_title"]),
             Paragraph(text(info.municipality), s["cover_name"])]
    facts = [("Utvärderingsår", str(info.year)),
             ("Besök", sv_period(info.visit_start, info.visit_end)),
             ("Utvärderare", ", ".join(r.team)),
             ("Frågebank", f"{bank_text(r)}, revision {r.bank.revision}"),
             ("Datum", sv_date(date.today().isoformat())),
             ("Status", preliminary_text(r.profile) if r.profile.preliminary else "")]
    for label, value in facts:
        if value:
            story.append(Paragraph(f"<b>{label}:</b> {text(value)}", s["cover_fact"]))
    if info.notice or info.demo:
        box = Table([[Paragraph(text(typographic(info.notice or "Demonstrationsdata.")), s["notice"])]],
                    colWidths=[166 * mm])
        box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
                                 ("BOX", (0, 0), (-1, -1), 1, NOTICE_INK),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story += [Spacer(1, 14 * mm), box]
    return story


def _prose(value: str, s, style: str = "body") -> list:
    """A text written in the window, paragraph by paragraph (a blank line starts a new one)."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
    return [Paragraph(text(p), s[style]) for p in parts]


def _summary(r: Report, s, final: bool) -> list:
    p, name = r.profile, text(r.info.municipality)
    t = p.tally
    n = len(p.areas)
    story = [Paragraph("Sammanfattning", s["h1"]),
             Paragraph(f"Kommunkompassen granskar hur en kommun styrs och leds inom {n} områden. "
                       f"{name} fick sammanlagt <b>{sv_number(p.total)} av {sv_number(p.max_total)} poäng</b>. "
                       + extremes(p, text), s["body"])]
    if p.preliminary:
        story.append(Paragraph(f"<b>{preliminary_text(p)}.</b> {preliminary_more(r)}", s["body"]))
    elif not final:
        story.append(Paragraph("Resultatet är en första återkoppling efter besöket; den skriftliga rapporten "
                               "följer.", s["body"]))
    if final:
        story += _prose(r.scrub_names(r.analysis("summary")), s)
    # While preliminary the extra sentence takes two lines: the rose gives them up, so that the
    # score table still fits on the summary's page instead of leaving a third of it empty.
    story += _rose(r, s, height=(100 if p.preliminary else 112) * mm)
    head = ["Område", "Poäng", "Max"] + ([r.comparison.name] if r.comparison else []) + ["Besvarade frågor"]
    rows = [[Paragraph(h, s["head"] if i == 0 else s["headnum"]) for i, h in enumerate(head)]]
    compared = r.comparison.scores if r.comparison else {}
    for a in p.areas:
        row = [Paragraph(f"{a.area.id}. {text(a.area.title)}", s["cell"]),
               Paragraph(score_text(a), s["cellnum"]), Paragraph(sv_number(a.area.max), s["cellnum"])]
        if r.comparison:
            row.append(Paragraph(sv_number(compared[a.area.id]), s["cellnum"]))
        row.append(Paragraph(f"{a.tally.answered} av {a.tally.applicable}", s["cellnum"]))
        rows.append(row)
    total = [Paragraph("<b>Totalt</b>", s["cell"]), Paragraph(f"<b>{sv_number(p.total)}</b>", s["cellnum"]),
             Paragraph(sv_number(p.max_total), s["cellnum"])]
    if r.comparison:
        total.append(Paragraph(sv_number(r.comparison.total), s["cellnum"]))
    total.append(Paragraph(f"{t.answered} av {t.applicable}", s["cellnum"]))
    rows.append(total)
    widths = [86 * mm, 18 * mm, 16 * mm] + ([24 * mm] if r.comparison else []) + [24 * mm]
    story += [Spacer(1, 4 * mm), KeepTogether([Paragraph("Poäng per område", s["h2"]),
                                               _table(rows, widths, total=True)])]
    return story


def _introduction(r: Report, s) -> list:
    intro = r.scrub_names(r.analysis("introduction"))
    if not intro:
        return []
    return [Paragraph(f"Om {text(r.info.municipality)}", s["h1"]), *_prose(intro, s), PageBreak()]


def _conclusion(r: Report, s) -> list:
    end = r.scrub_names(r.analysis("conclusion"))
    return [PageBreak(), Paragraph("Avslutning", s["h1"]), *_prose(end, s)] if end else []


def _rose(r: Report, s, height: float = 112 * mm) -> list:
    drawing = rose_drawing(r, height=height)
    if drawing is None:  # two spokes make a line, not a rose; the table says it all
        return []
    return [Spacer(1, 4 * mm), drawing, Paragraph(rose_caption(r), s["small"])]


def _area(r: Report, a, s, final: bool = False) -> list:
    area = a.area
    compared = r.comparison.scores[area.id] if r.comparison else None
    line = f"{sv_number(a.score)} av {sv_number(area.max)} poäng" if a.assessed else "Ännu inte bedömt"
    if compared is not None:
        line += f'<font name="{FONT}" size="10" color="#5F6B76">  ·  {text(r.comparison.name)}: ' \
                f"{sv_number(compared)}</font>"
    story = [Paragraph(f"{area.id}. {text(area.title)}", s["h1"]), Paragraph(line, s["score"])]
    if a.tally.preliminary:
        story.append(Paragraph(f"Preliminärt: {a.tally.assessed} av {a.tally.questions} frågor bedömda.",
                               s["small"]))

    rows = [[Paragraph(h, s["head"]) for h in ("Delområde", "Poäng", "Andel")]]
    for sub in a.subareas:
        st = sub.tally
        if st.possible and not st.assessed:
            share, points = Paragraph("ännu inte bedömt", s["cell"]), "\u2013"
        elif st.possible:
            share = Table([[share_bar(float(st.share), font=FONT, width=24 * mm),
                            Paragraph(sv_percent(st.awarded, st.possible), s["cellnum"])]],
                          colWidths=[26 * mm, 13 * mm], style=[("FONTNAME", (0, 0), (-1, -1), FONT),
                                                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
            points = f"{sv_number(st.awarded)} av {sv_number(st.possible)}"
        else:
            share, points = Paragraph("ej tillämpligt", s["cell"]), "–"
        rows.append([Paragraph(f"{sub.subarea.id} {text(sub.subarea.title)}", s["cell"]),
                     Paragraph(points, s["cellnum"]), share])
    story += [Paragraph("Delområden", s["h2"]), _table(rows, [96 * mm, 26 * mm, 42 * mm])]
    analysis = r.scrub_names(r.analysis("area", area.id)) if final else ""
    if analysis:
        story += [CondPageBreak(30 * mm), Paragraph("Analys", s["h2"]), *_prose(analysis, s)]

    findings = r.findings.get(area.id, ())
    for kind in FINDING_KINDS_ORDER:
        items = [f for f in findings if f.kind == kind]
        block = [Paragraph(FINDING_PLURAL_SV[kind], s["h2"])]
        if not items:
            block.append(Paragraph("Inga noterade.", s["body"]))
        for f in items:
            where = f"<b>{text(f.municipality)}:</b> " if f.municipality else ""
            block.append(Paragraph(where + text(r.scrub_names(f.text)), s["bullet"], bulletText="•"))
        story += [CondPageBreak(30 * mm), *block]
    return story


def _appendix(r: Report, s) -> list:
    story = [Paragraph("Bilaga 1. Metoden i korthet", s["h1"]), *[Paragraph(t, s["body"]) for t in METHOD],
             Paragraph(text(method_bank_text(r)), s["body"]),
             Paragraph("Frågorna besvaras på någon av följande svarsskalor (inom parentes den andel av "
                       "frågans poäng som svaret ger):", s["body"])]
    story += [Paragraph(text(line), s["bullet"], bulletText="•") for line in scale_lines(r)]

    story += [CondPageBreak(60 * mm), Paragraph("Bilaga 2. Intervjuer", s["h1"]),
              Paragraph(text(interviews_text(r)), s["body"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Intervjugrupp", "Datum")] + [Paragraph("Antal", s["headnum"]),
                                                                             Paragraph("Roller", s["head"])]]
    for session in held_sessions(r):
        roles = session_roles(r, session)
        rows.append([Paragraph(text(r.scrub_names(session.group_name)), s["cell"]),
                     Paragraph(sv_date(session.starts_at), s["cell"]),
                     Paragraph(str(sum(n for _, n in roles)), s["cellnum"]),
                     Paragraph(text(r.scrub_names(roles_text(roles))), s["cell"])])
    story.append(_table(rows, [46 * mm, 27 * mm, 16 * mm, 77 * mm]))

    story += [CondPageBreak(50 * mm), Paragraph("Bilaga 3. Granskade dokument", s["h1"])]
    if r.documents:
        rows = [[Paragraph(h, s["head"]) for h in ("Dokument", "Typ", "Datum")]]
        rows += [[Paragraph(text(r.scrub_names(d.title)), s["cell"]), Paragraph(text(d.kind), s["cell"]),
                  Paragraph(text(sv_date(d.date)), s["cell"])] for d in r.documents]
        story.append(_table(rows, [100 * mm, 36 * mm, 30 * mm]))
    else:
        story.append(Paragraph("Inga dokument har registrerats.", s["body"]))
    return story


def build_pdf(r: Report, *, final: bool = False) -> bytes:
    register_fonts()
    s = _styles()
    kind = "Rapport" if final else "Återkoppling"
    buffer = io.BytesIO()
    meta = metadata(r, final)
    doc = _Doc(buffer, r, kind, title=meta["title"], author=meta["author"], subject=meta["subject"],
               keywords=meta["keywords"], creator="Kompassapp", lang="sv-SE", initialFontName=FONT,
               displayDocTitle=1)
    story: list = [_PageTotal(doc), NextPageTemplate("body"), *_cover(r, s, final), PageBreak()]
    if final:
        # The contents' table and dot leaders in the embedded font (reportlab's default is Helvetica,
        # which would be referenced without being embedded).
        toc = TableOfContents(levelStyles=[s["toc1"], s["toc2"]], dotsMinLevel=0,
                              tableStyle=TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Paragraph("Innehåll", ParagraphStyle("contents", s["h1"])), toc, PageBreak()]
        story += _introduction(r, s)
    story += _summary(r, s, final)
    for a in r.profile.areas:
        story += [PageBreak(), *_area(r, a, s, final)]
    if final:
        story += _conclusion(r, s)
    story += [PageBreak(), *_appendix(r, s)]
    story += bank_appendix(r.bank, s)  # the bank's interview groups and documents (format /2)
    doc.multiBuild(story)
    return buffer.getvalue()


def write_pdf(r: Report, out: Path, *, final: bool = False) -> None:
    write_atomic(Path(out), build_pdf(r, final=final))
