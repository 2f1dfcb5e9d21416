"""Vector drawings for the PDF: the compass rose (reportlab's SpiderChart on our own grid) and
the small bars of the sub-area tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import cos, pi, sin

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kompassapp.errors import KompassError
from kompassapp.paths import resources_dir

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"

GRID = colors.HexColor("#B8C2CC")
TEXT = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6B76")
PALETTE = (colors.HexColor("#1F5FAF"), colors.HexColor("#E07B00"), colors.HexColor("#2E8B57"),
           colors.HexColor("#B22222"), colors.HexColor("#7B3FA0"), colors.HexColor("#8C6D1F"))


def register_fonts(names: tuple[str, ...] = (FONT, BOLD, ITALIC)) -> None:
    """Embed DejaVu Sans (shipped in resources/fonts): åäö and Latin Extended-A, e.g. Łódź, Şahin.
    The rose alone needs only the regular face (reading a font file takes a tenth of a second)."""
    folder = resources_dir() / "fonts"
    known = set(pdfmetrics.getRegisteredFontNames())
    try:
        for name in names:
            if name not in known:
                pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    except Exception as exc:  # reportlab raises TTFError or OSError; either way the install is broken
        raise KompassError(f"the report font is missing or damaged in {folder} ({exc}); reinstall the app") from None
    if {FONT, BOLD, ITALIC} <= set(pdfmetrics.getRegisteredFontNames()):
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@dataclass(frozen=True)
class Strand:
    name: str
    values: Sequence[float]
    dashed: bool = False


def compass_rose(labels: Sequence[str], strands: Sequence[Strand], maximum: float, *, font: str,
                 width: float = 440, height: float = 330, rings: int = 5) -> Drawing:
    """The profile as a spider chart from 0 to `maximum`, one closed line per strand, with a legend.

    SpiderChart scales to the largest value it is given, so an invisible strand at `maximum`
    pins the scale; the rings and their values are drawn here, since SpiderChart has none.
    """
    n = len(labels)
    legend_h = 16 * ((len(strands) + 1) // 2) + 6
    d = Drawing(width, height, initialFontName=font)  # else reportlab references Helvetica, unembedded
    # Room for the spoke labels (two lines of 10.5 pt, at 1.1 radius) above and below the rings.
    radius = min(width * 0.5 - 95, ((height - legend_h) * 0.5 - 24) / 1.1)
    cx, cy = width / 2, legend_h + (height - legend_h) / 2
    angles = [pi / 2 - 2 * pi * i / n for i in range(n)]  # from 12 o'clock, clockwise (as SpiderChart)
    # The ring values sit halfway between the first and the last spoke, where no data point is
    # drawn (on the spoke itself a score near a ring covered its value).
    half = pi / 2 + pi / n
    for k in range(1, rings + 1):
        r = radius * k / rings
        points = [c for a in angles for c in (cx + r * cos(a), cy + r * sin(a))]
        d.add(Polygon(points, strokeColor=GRID, strokeWidth=0.6 if k < rings else 0.9, fillColor=None))
        edge = r * cos(pi / n)  # the ring's edge between the two spokes
        d.add(String(cx + edge * cos(half), cy + edge * sin(half) + 1.5, _number(maximum * k / rings),
                     fontName=font, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))

    chart = SpiderChart()
    chart.x, chart.y = cx - radius, cy - radius
    chart.width = chart.height = 2 * radius
    chart.data = [[float(v) for v in s.values] for s in strands] + [[float(maximum)] * n]
    chart.labels = list(labels)
    chart.startAngle, chart.direction = 90, "clockwise"
    for i, s in enumerate(strands):
        colour = PALETTE[i % len(PALETTE)]
        chart.strands[i].strokeColor = colour
        chart.strands[i].strokeWidth = 2 if i == 0 else 1.6
        chart.strands[i].fillColor = colors.Color(colour.red, colour.green, colour.blue, alpha=0.16) if i == 0 else None
        chart.strands[i].strokeDashArray = (4, 2) if s.dashed else None
        chart.strands[i].symbol = "FilledCircle"
        chart.strands[i].symbolSize = 4
        for j in range(n):
            chart.strands[i, j].fillColor = colour  # the marker's colour (the strand fill is set above)
    hidden = len(strands)
    chart.strands[hidden].strokeColor = None
    chart.strands[hidden].fillColor = None
    for j in range(n):
        chart.strands[hidden, j].symbol = None
    chart.spokes.strokeColor = GRID
    chart.spokes.strokeWidth = 0.6
    chart.spokes.labelRadius = 1.1
    chart.spokeLabels.boxAnchor = "autox"  # anchored by angle, so a label sits outside the ring
    chart.spokeLabels.leading = 10.5
    chart.spokeLabels.fontName = font
    chart.spokeLabels.fontSize = 8.5
    chart.spokeLabels.fillColor = TEXT
    d.add(chart)

    for i, s in enumerate(strands):  # legend in two columns under the chart
        x = width / 2 - 190 + (i % 2) * 200
        y = legend_h - 14 - 16 * (i // 2)
        colour = PALETTE[i % len(PALETTE)]
        d.add(Line(x, y + 3, x + 22, y + 3, strokeColor=colour, strokeWidth=2,
                   strokeDashArray=(4, 2) if s.dashed else None))
        d.add(String(x + 28, y, s.name, fontName=font, fontSize=8.5, fillColor=TEXT))
    return d


def share_bar(share: float, *, font: str, width: float = 80, height: float = 8) -> Drawing:
    """A horizontal bar filled to `share` (0–1) of its width."""
    d = Drawing(width, height, initialFontName=font)
    d.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#E4E9EE"), strokeColor=None))
    d.add(Rect(0, 0, width * max(0.0, min(1.0, share)), height, fillColor=PALETTE[0], strokeColor=None))
    return d


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")
