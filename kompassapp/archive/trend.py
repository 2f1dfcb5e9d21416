"""Archive rows as the exports' own objects: jury nominees, and a municipality's trend as a
workbook (one sheet per edition: table + native radar chart) or a PDF (one compass rose per edition)."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction
from pathlib import Path

from kompassapp.archive.result import Result
from kompassapp.evaluation import Info
from kompassapp.scoring import AreaScore, Profile, SubareaScore, Tally


def profile_of(r: Result) -> Profile:
    """The scoring profile a result came from: same tallies, so the same exact scores."""
    bank = r.bank()
    areas = []
    for area, a in zip(bank.areas, r.areas):
        subs = tuple(SubareaScore(sub, Tally(s.awarded, s.possible, s.answered, s.applicable, s.na))
                     for sub, s in zip(area.subareas, a.subareas))
        if a.possible is not None:
            tally = Tally(a.awarded, a.possible, a.answered or 0, a.applicable or 0, a.na or 0)
        else:  # a published score: a tally that reproduces it
            tally = Tally(a.score / a.max if a.max else Fraction(0), Fraction(1))
        areas.append(AreaScore(area, tally, subs))
    return Profile(tuple(areas))


def archive_nominee(r: Result):
    from kompassapp.exports.jury import Nominee

    info = Info(municipality=r.municipality, year=r.year)
    return Nominee(Path(f"arkiv {r.evaluation_id[:12]} v{r.version}"), info, r.bank(), r.auditors, profile_of(r))


def trend_xlsx(name: str, groups: dict[str, list[Result]], out: Path) -> None:
    from kompassapp.archive.reports import label
    from kompassapp.exports import sheet as sh
    from kompassapp.exports.sheet import Book, Reference
    from kompassapp.exports.sheet import Column as C

    wb = Book()
    taken: set[str] = set()
    try:
        for edition, items in groups.items():
            ws = wb.sheet(sh.sheet_title(f"Utgåva {edition}", taken))
            areas = items[0].areas
            columns = ([C("År", 12), C("Status", 12)] + [C(f"{a.id}. {a.short}", 14, sh.SCORE) for a in areas]
                       + [C("Totalt", 10, sh.SCORE), C("Källa", 40)])
            sh.set_widths(ws, columns)
            sh.print_setup(ws, f"Kommunkompassen – {name}", f"Utgåva {edition}")
            sh.put(ws, 1, 1, f"{name}: Kommunkompassen över åren, utgåva {edition}", font=sh.TITLE, align=sh.TOP)
            sh.put(ws, 2, 1, f"Ur resultatarkivet {datetime.now():%Y-%m-%d %H:%M}")
            top = 4
            ids = [a.id for a in areas]

            def records(items=items, ids=ids):
                for r in items:
                    by = {a.id: a.score for a in r.areas}
                    status = "publicerat" if r.kind == "published" else ("slutligt" if r.status == "final"
                                                                        else "preliminärt")
                    yield [label(r), status, *(by.get(i) for i in ids), r.total, r.source]

            end = sh.table(ws, top, columns, records(), freeze=False)
            cats = Reference(ws.ws, min_col=3, max_col=2 + len(areas), min_row=top, max_row=top)
            series = [(label(r), Reference(ws.ws, min_col=3, max_col=2 + len(areas), min_row=top + 1 + i,
                                           max_row=top + 1 + i)) for i, r in enumerate(items)]
            maximum = float(max(a.max for a in areas))
            sh.radar(ws, title=f"{name} – utgåva {edition}", labels=cats, series=series, maximum=maximum,
                     anchor=f"A{end + 1}", width_cm=20, height_cm=13)
    except BaseException:
        wb.discard()
        raise
    wb.properties.title = f"Kommunkompassen – {name} över åren"
    wb.properties.creator = "Kompassapp"
    wb.properties.language = "sv-SE"
    sh.save(wb, out)


def trend_pdf(name: str, groups: dict[str, list[Result]], out: Path) -> None:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from kompassapp.archive.reports import label
    from kompassapp.exports.common import sv_number
    from kompassapp.exports.pdf import FONT, register_fonts
    from kompassapp.exports.rose import Strand, compass_rose
    from kompassapp.fileio import write_atomic

    register_fonts()
    title = ParagraphStyle("t", fontName=FONT, fontSize=16, leading=20, spaceAfter=6)
    body = ParagraphStyle("b", fontName=FONT, fontSize=9.5, leading=13)
    story: list = [Paragraph(f"{_esc(name)}: Kommunkompassen över åren", title),
                   Paragraph(f"Ur resultatarkivet {datetime.now():%Y-%m-%d}", body), Spacer(1, 6 * mm)]
    for edition, items in groups.items():
        areas = items[0].areas
        story.append(Paragraph(f"Utgåva {_esc(edition)}", ParagraphStyle("h", parent=title, fontSize=13)))
        strands = [Strand(label(r), [float({a.id: a.score for a in r.areas}.get(a.id, 0)) for a in areas],
                          dashed=r.kind == "published") for r in items]
        story.append(compass_rose([a.short for a in areas], strands, float(max(a.max for a in areas)), font=FONT,
                                  height=300 + 16 * ((len(strands) + 1) // 2)))
        rows = [["År", *[a.id for a in areas], "Totalt"]]
        for r in items:
            by = {a.id: a.score for a in r.areas}
            rows.append([label(r), *(sv_number(by[a.id]) if a.id in by else "–" for a in areas), sv_number(r.total)])
        story += [Table(rows, style=[("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                                     ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                     ("LINEBELOW", (0, 0), (-1, 0), 0.6, "#1F4E79")]), Spacer(1, 8 * mm)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=f"Kommunkompassen – {name}", author="Kompassapp",
                      leftMargin=18 * mm, rightMargin=18 * mm).build(story)
    write_atomic(Path(out), buffer.getvalue())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
