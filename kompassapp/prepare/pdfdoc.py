"""A4 documents for the visit's preparation (reportlab): the report's embedded fonts, a footer with
"Sida N av M" on every page, and a few paragraph styles sized to be read on paper at a table."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import SimpleDocTemplate

from kompassapp.exports.pdf import BOLD, FONT, ITALIC, register_fonts
from kompassapp.exports.sheet import clean_text

INK = colors.HexColor("#1A1A1A")
BLUE = colors.HexColor("#1F4E79")
GREY = colors.HexColor("#5F6B76")
LIGHT = colors.HexColor("#EEF3F8")
RULE = colors.HexColor("#B8C2CC")


def text(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept, characters the PDF cannot carry removed."""
    return escape(clean_text(value)).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15, textColor=INK, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=2),
        "muted": ParagraphStyle("muted", parent=body, fontName=ITALIC, fontSize=10, leading=13.5, textColor=GREY),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20, leading=25, textColor=BLUE,
                                spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18, textColor=BLUE,
                             spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12, leading=16, spaceBefore=6, spaceAfter=3),
        "qid": ParagraphStyle("qid", parent=body, fontName=BOLD, fontSize=18, leading=22, textColor=BLUE),
        "question": ParagraphStyle("question", parent=body, fontName=BOLD, fontSize=12, leading=16),
    }


def _numbered(footer: str):
    class NumberedCanvas(pdfcanvas.Canvas):
        """Keeps each page until the end, so every footer can say how many pages there are."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 9)
                self.setFillColor(GREY)
                self.drawString(18 * mm, 10 * mm, clean_text(footer)[:110])
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Sida {self._pageNumber} av {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def build(flowables: list, *, title: str, footer: str) -> bytes:
    """The PDF bytes of `flowables` on A4 with the footer and page numbers."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=clean_text(title), author="Kompassapp")
    doc.build(flowables, canvasmaker=_numbered(footer))
    return buffer.getvalue()
