"""The written report as a Word document (python-docx), for the auditors to finish and the
municipality to publish.

Built for publishing on the web (public-sector documents must be accessible): real heading
styles in order (Word's navigation pane and table of contents use them), the compass rose as
a picture with alternative text that lists every score, tables whose first row is marked as a
header row (repeated on every page), document language sv-SE, title and authors in the
properties. It says what the PDF says (kompassapp.exports.prose) and, like the PDF, it shows
no interviewee's name and no note: interviews appear as roles and counts only.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from kompassapp.exports.common import (FINDING_KINDS_ORDER, FINDING_PLURAL_SV, Report, short_notice, sv_date,
                                       sv_number, sv_percent, sv_period)
from kompassapp.exports.prose import (METHOD, bank_text, extremes, held_sessions, interviews_text, metadata,
                                      method_bank_text, preliminary_more, preliminary_text, roles_text, rose_caption,
                                      rose_drawing, scale_lines, score_text, session_roles, typographic)
from kompassapp.fileio import write_atomic

LANGUAGE = "sv-SE"
FONT = "Arial"  # on every Windows and Mac; LibreOffice shows it as the metric-compatible Liberation Sans
BLUE = RGBColor(0x1F, 0x4E, 0x79)
NOTICE_INK = RGBColor(0x9C, 0x34, 0x00)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(value: str) -> str:
    """User text as XML can hold it: control characters out (a docx refuses them)."""
    return _CONTROL.sub("", value or "")


# -- document set-up -----------------------------------------------------------------------
def _set_language(doc) -> None:
    """sv-SE for every run by default (styles' document defaults), so spelling and screen readers
    use Swedish."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANGUAGE)


def _set_up(doc, r: Report, final: bool) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    # A4 margins as the PDF's (left 22, right 20, top 24, bottom 22 mm)
    section.left_margin, section.right_margin = Mm(22), Mm(20)
    section.top_margin, section.bottom_margin = Mm(24), Mm(22)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    meta = metadata(r, final)
    props = doc.core_properties
    props.title, props.author, props.subject = meta["title"], meta["author"], meta["subject"]
    props.keywords, props.language = meta["keywords"], LANGUAGE
    props.comments = "Skapad med Kompassapp"
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)  # python-docx's template says 2013
    props.created = props.modified = now
    props.revision = 1
    props.last_modified_by = meta["author"]
    _set_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    normal.paragraph_format.space_after = Pt(5)
    for name, size in (("Title", 30), ("Heading 1", 17), ("Heading 2", 12)):
        st = doc.styles[name]
        st.font.name, st.font.size, st.font.color.rgb, st.font.bold = FONT, Pt(size), BLUE, True
    for name in ("Title", "Heading 1", "Heading 2"):  # their theme fonts would otherwise win over the name
        fonts = doc.styles[name].element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


def _header_footer(doc, r: Report, kind: str) -> None:
    section = doc.sections[0]
    for name in ("Header", "Footer"):
        doc.styles[name].font.size = Pt(8)
    head = section.header.paragraphs[0]
    head.text = f"Kommunkompassen · {clean(r.label)} · {kind}"
    foot = section.footer.paragraphs[0]
    notice = r.info.notice or ("Demonstrationsdata." if r.info.demo else "")
    if notice:
        run = foot.add_run(typographic(clean(short_notice(notice))) + "  ")
        run.font.size, run.font.color.rgb, run.bold = Pt(8), NOTICE_INK, True
    run = foot.add_run("Sida ")
    run.font.size = Pt(8)
    _field(foot, "PAGE")
    run = foot.add_run(" av ")
    run.font.size = Pt(8)
    _field(foot, "NUMPAGES")


def _field(paragraph, instruction: str) -> None:
    """A field Word fills in (page number, page count)."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    for tag, text in (("w:fldChar", "begin"), ("w:instrText", instruction), ("w:fldChar", "separate"),
                      ("w:t", "1"), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), text)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


# -- content helpers -----------------------------------------------------------------------
def _style(doc, name: str):
    """A style by name, looked up once (python-docx searches every style on each lookup)."""
    cache = doc.__dict__.setdefault("_kompass_styles", {})
    if name not in cache:
        cache[name] = doc.styles[name]
    return cache[name]


def _styled(doc, text: str, name: str | None):
    """A paragraph in the named style, set by its id (python-docx's own setter looks up the
    document's default style on every call)."""
    p = doc.add_paragraph(text)
    if name:
        p._p.style = _style(doc, name).style_id
    return p


def _heading(doc, title: str, level: int):
    return _styled(doc, clean(title), f"Heading {level}")

def _text(doc, value: str, style: str | None = None, *, bold_lead: str = ""):
    p = _styled(doc, "", style)
    if bold_lead:
        p.add_run(clean(bold_lead)).bold = True
    p.add_run(clean(value))
    return p


def _prose(doc, value: str) -> None:
    for part in (p.strip() for p in re.split(r"\n\s*\n", clean(value))):
        if part:
            doc.add_paragraph(part)


def _dxa(mm: float) -> int:
    return round(mm * 1440 / 25.4)  # twentieths of a point


def _cell(value: str, width: float, *, bold: bool, right: bool, header: bool) -> str:
    lines = [escape(line) for line in clean(str(value)).split("\n")]
    run_pr = f"<w:rPr>{'<w:b/>' if bold else ''}<w:sz w:val=\"18\"/></w:rPr>"  # 9 pt
    runs = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="DCE6F0"/>' if header else ""
    align = '<w:jc w:val="right"/>' if right else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{_dxa(width)}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:spacing w:after="0"/>{align}</w:pPr><w:r>{run_pr}{runs}</w:r></w:p></w:tc>')


def _table(doc, head: list[str], rows: list[list[str]], widths_mm: list[float], *, numeric: set[int] = frozenset(),
           total: bool = False):
    """A table whose first row is a header row: marked (w:tblHeader) so that it repeats on every page
    and screen readers announce the columns. Written as XML in one piece: python-docx's cell API
    takes a third of a second for the report's tables."""
    style = _style(doc, "Table Grid").style_id
    grid = "".join(f'<w:gridCol w:w="{_dxa(w)}"/>' for w in widths_mm)
    body = []
    for i, values in enumerate([head, *rows]):
        header = i == 0
        bold = header or (total and i == len(rows))
        cells = "".join(_cell(v, widths_mm[j], bold=bold, right=j in numeric, header=header)
                        for j, v in enumerate(values))
        body.append(f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if header else ''}{cells}</w:tr>")
    xml = (f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"{style}\"/>"
           f'<w:tblW w:w="{_dxa(sum(widths_mm))}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="{int(total)}" w:firstColumn="0" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>')
    tbl = parse_xml(xml)
    doc.element.body._insert_tbl(tbl)
    doc.add_paragraph()
    return tbl


def rose_alt_text(r: Report) -> str:
    """What the picture shows, in words: every area's score (a screen reader reads this)."""
    p = r.profile
    parts = [f"{a.area.id}. {a.area.title}: {score_text(a)} av {sv_number(a.area.max)}" for a in p.areas]
    text = (f"Kompassros för {r.label}, poäng per område: " + "; ".join(parts)
            + f". Totalt {sv_number(p.total)} av {sv_number(p.max_total)} poäng.")
    if r.comparison:
        other = r.comparison.scores
        text += (f" Jämförelse, {r.comparison.name}: "
                 + "; ".join(f"{a.area.id}. {sv_number(other[a.area.id])}" for a in p.areas) + ".")
    return clean(text)


def _rose(doc, r: Report) -> None:
    from kompassapp.exports.raster import drawing_png
    from kompassapp.exports.rose import FONT as ROSE_FONT
    from kompassapp.exports.rose import register_fonts

    register_fonts((ROSE_FONT,))
    drawing = rose_drawing(r)
    if drawing is None:
        return
    doc.add_picture(io.BytesIO(drawing_png(drawing, dpi=300)), width=Mm(166))
    pic = doc.paragraphs[-1]
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc_pr = pic._p.xpath(".//wp:docPr")[0]
    doc_pr.set("name", "Kompassros")
    doc_pr.set("descr", rose_alt_text(r))
    doc_pr.set("title", "Kompassros")
    caption = _styled(doc, rose_caption(r), "Caption")
    caption.alignment = WD_ALIGN_PARAGRAPH.LEFT


# -- the parts ---------------------------------------------------------------------------
def _cover(doc, r: Report, final: bool) -> None:
    info = r.info
    kicker = doc.add_paragraph("Kommunkompassen · utvärdering av styrning och ledning")
    kicker.runs[0].bold, kicker.runs[0].font.color.rgb, kicker.runs[0].font.size = True, BLUE, Pt(13)
    _styled(doc, ("Rapport" if final else "Återkoppling") + f": {clean(info.municipality)}", "Title")
    facts = [("Utvärderingsår", str(info.year)), ("Besök", sv_period(info.visit_start, info.visit_end)),
             ("Utvärderare", ", ".join(r.team)), ("Frågebank", f"{bank_text(r)}, revision {r.bank.revision}"),
             ("Datum", sv_date(date.today().isoformat())),
             ("Status", preliminary_text(r.profile) if r.profile.preliminary else "")]
    for label, value in facts:
        if value:
            _text(doc, value, bold_lead=f"{label}: ")
    if info.notice or info.demo:
        p = doc.add_paragraph()
        run = p.add_run(typographic(clean(info.notice or "Demonstrationsdata.")))
        run.bold, run.font.color.rgb = True, NOTICE_INK
    doc.add_page_break()


def _summary(doc, r: Report, final: bool) -> None:
    p = r.profile
    _heading(doc, "Sammanfattning", 1)
    doc.add_paragraph(f"Kommunkompassen granskar hur en kommun styrs och leds inom {len(p.areas)} områden. "
                      f"{clean(r.info.municipality)} fick sammanlagt {sv_number(p.total)} av "
                      f"{sv_number(p.max_total)} poäng. " + extremes(p, clean))
    if p.preliminary:
        _text(doc, " " + preliminary_more(r), bold_lead=f"{preliminary_text(p)}.")
    elif not final:
        doc.add_paragraph("Resultatet är en första återkoppling efter besöket; den skriftliga rapporten följer.")
    if final:
        _prose(doc, r.scrub_names(r.analysis("summary")))
    _rose(doc, r)
    _heading(doc, "Poäng per område", 2)
    head = ["Område", "Poäng", "Max"] + ([r.comparison.name] if r.comparison else []) + ["Besvarade frågor"]
    rows = []
    for a in p.areas:
        row = [f"{a.area.id}. {a.area.title}", score_text(a), sv_number(a.area.max)]
        if r.comparison:
            row.append(sv_number(r.comparison.scores[a.area.id]))
        rows.append([*row, f"{a.tally.answered} av {a.tally.applicable}"])
    t = p.tally
    rows.append(["Totalt", sv_number(p.total), sv_number(p.max_total)]
                + ([sv_number(r.comparison.total)] if r.comparison else []) + [f"{t.answered} av {t.applicable}"])
    widths = [86, 18, 16] + ([24] if r.comparison else []) + [24]
    _table(doc, head, rows, widths, numeric=set(range(1, len(head))), total=True)


def _area(doc, r: Report, a, final: bool) -> None:
    area = a.area
    doc.add_page_break()
    _heading(doc, f"{area.id}. {clean(area.title)}", 1)
    line = f"{sv_number(a.score)} av {sv_number(area.max)} poäng" if a.assessed else "Ännu inte bedömt"
    if r.comparison:
        line += f" · {r.comparison.name}: {sv_number(r.comparison.scores[area.id])}"
    score = doc.add_paragraph()
    run = score.add_run(clean(line))
    run.bold, run.font.size = True, Pt(13)
    if a.tally.preliminary:
        doc.add_paragraph(f"Preliminärt: {a.tally.assessed} av {a.tally.questions} frågor bedömda.")
    _heading(doc, "Delområden", 2)
    rows = []
    for sub in a.subareas:
        st = sub.tally
        if st.possible and not st.assessed:
            points, share = "\u2013", "ännu inte bedömt"
        elif st.possible:
            points, share = f"{sv_number(st.awarded)} av {sv_number(st.possible)}", sv_percent(st.awarded, st.possible)
        else:
            points, share = "\u2013", "ej tillämpligt"
        rows.append([f"{sub.subarea.id} {sub.subarea.title}", points, share])
    _table(doc, ["Delområde", "Poäng", "Andel"], rows, [110, 30, 26], numeric={1, 2})
    analysis = r.scrub_names(r.analysis("area", area.id))
    if final:  # the debrief stays short, as the PDF's: scores and findings
        _heading(doc, "Analys", 2)
        if analysis:
            _prose(doc, analysis)
        else:
            doc.add_paragraph("Ingen analys är skriven ännu.")
    findings = r.findings.get(area.id, ())
    for kind in FINDING_KINDS_ORDER:
        _heading(doc, FINDING_PLURAL_SV[kind], 2)
        items = [f for f in findings if f.kind == kind]
        if not items:
            doc.add_paragraph("Inga noterade.")
        for f in items:
            _text(doc, r.scrub_names(f.text), "List Bullet",
                  bold_lead=f"{r.scrub_names(f.municipality)}: " if f.municipality else "")


def _appendix(doc, r: Report) -> None:
    doc.add_page_break()
    _heading(doc, "Bilaga 1. Metoden i korthet", 1)
    for paragraph in [*METHOD, method_bank_text(r), "Frågorna besvaras på någon av följande svarsskalor (inom "
                      "parentes den andel av frågans poäng som svaret ger):"]:
        doc.add_paragraph(clean(paragraph))
    for line in scale_lines(r):
        _styled(doc, clean(line), "List Bullet")
    _heading(doc, "Bilaga 2. Intervjuer", 1)
    doc.add_paragraph(interviews_text(r))
    rows = []
    for session in held_sessions(r):
        roles = session_roles(r, session)
        rows.append([r.scrub_names(session.group_name), sv_date(session.starts_at), str(sum(n for _, n in roles)),
                     r.scrub_names(roles_text(roles))])
    _table(doc, ["Intervjugrupp", "Datum", "Antal", "Roller"], rows, [46, 27, 16, 77], numeric={2})
    _heading(doc, "Bilaga 3. Granskade dokument", 1)
    if r.documents:
        _table(doc, ["Dokument", "Typ", "Datum"],
               [[r.scrub_names(d.title), d.kind, sv_date(d.date)] for d in r.documents], [100, 36, 30])
    else:
        doc.add_paragraph("Inga dokument har registrerats.")
    _bank_appendix(doc, r)


def _bank_appendix(doc, r: Report) -> None:
    """Bilaga 4, as the PDF's: which questions each of the bank's interview groups and documents serve."""
    from kompassapp.exports.bank_appendix import asked_of, has_instruments, used_by

    if not has_instruments(r.bank):
        return
    _heading(doc, "Bilaga 4. Intervjugrupper och dokument i frågebanken", 1)
    doc.add_paragraph("Frågebanken anger för varje fråga vilka grupper utvärderarna frågar och vilka dokument de "
                      "begär eller läser. Tabellerna visar vilka frågor som ställs till varje grupp och vilka frågor "
                      "varje dokument underbygger.")
    for heading, entries in (("Intervjugrupp", asked_of(r.bank)), ("Dokument", used_by(r.bank))):
        if entries:
            _table(doc, [heading, "Frågor"], [[label, f"{', '.join(ids)} ({len(ids)})"] for label, ids in entries],
                   [62, 104])


def build_docx(r: Report, *, final: bool = False) -> bytes:
    kind = "Rapport" if final else "Återkoppling"
    doc = Document()
    _set_up(doc, r, final)
    _header_footer(doc, r, kind)
    _cover(doc, r, final)
    intro = r.scrub_names(r.analysis("introduction")) if final else ""
    if intro:
        _heading(doc, f"Om {clean(r.info.municipality)}", 1)
        _prose(doc, intro)
        doc.add_page_break()
    _summary(doc, r, final)
    for a in r.profile.areas:
        _area(doc, r, a, final)
    end = r.scrub_names(r.analysis("conclusion")) if final else ""
    if end:
        doc.add_page_break()
        _heading(doc, "Avslutning", 1)
        _prose(doc, end)
    _appendix(doc, r)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def write_docx(r: Report, out: Path, *, final: bool = False) -> None:
    write_atomic(Path(out), build_docx(r, final=final))
