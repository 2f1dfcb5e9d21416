# SPDX-License-Identifier: MIT
"""The live spider chart ("kompassros"): one axis per bank area, drawn with pyqtgraph.

pyqtgraph has no polar item, so the chart is a locked-aspect PlotWidget with closed
PlotCurveItems for the rings, one `connect="pairs"` curve for the spokes, TextItems for the
labels, and two filled polygons (`fillLevel="enclosed"`): the profile and an optional
comparison. Every item is created once per bank; an answer only calls setData/setText.
Each axis runs from 0 to its own area's max, so rings mark 20/40/60/80/100 % of each area.
An area without any assessed question stays at the centre and its value reads "–", not 0.
Value labels are placed in screen pixels: each sits just outside its vertex, moved along its
spoke until it is clear of the ring labels, the axis labels and the labels already placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem, QWidget

from kompassapp.bank.model import Area
from kompassapp.scoring import Profile
from kompassapp.gui.base.i18n import score_text

RINGS = (20, 40, 60, 80, 100)
R = 100.0  # every axis is drawn in percent of its area's max
MARKER_R = 2.2  # vertex dot radius, in the same units
NOT_ASSESSED = "–"
CLEARANCE_PX = 2.0  # empty space kept around a value label


@dataclass(frozen=True)
class Theme:
    background: tuple[int, int, int]
    text: tuple[int, int, int]
    grid: tuple[int, int, int]
    profile: tuple[int, int, int]
    comparison: tuple[int, int, int]
    value_fill: tuple[int, int, int, int]


LIGHT = Theme((255, 255, 255), (25, 25, 30), (195, 198, 205), (20, 90, 200), (220, 110, 20), (255, 255, 255, 215))
DARK = Theme((16, 18, 24), (236, 238, 242), (88, 94, 108), (90, 170, 255), (255, 170, 60), (16, 18, 24, 215))
THEMES = {"light": LIGHT, "dark": DARK}


class Label(QGraphicsSimpleTextItem):
    """Text at a data point, in screen pixels, placed by an anchor (0..1 of its size), optionally on a fill.

    pyqtgraph's TextItem lays out a QTextDocument on every paint; a simple text item is several
    times cheaper, which matters because every answer repaints the chart.
    """

    PAD = 2.0

    def __init__(self, text: str = "", anchor: tuple[float, float] = (0.5, 0.5)):
        super().__init__(text)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.anchor = anchor
        self.fill: QBrush | None = None
        self._place()

    def _place(self) -> None:
        r = super().boundingRect()
        self.extent = (r.width(), r.height())  # kept: the value-label placement asks for it often
        self.setTransform(QTransform.fromTranslate(-self.anchor[0] * r.width(), -self.anchor[1] * r.height()))

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._place()

    def setFont(self, font: QFont) -> None:  # noqa: N802
        super().setFont(font)
        self._place()

    def setColor(self, color) -> None:  # noqa: N802
        self.setBrush(QColor(*color) if isinstance(color, tuple) else QColor(color))

    def toPlainText(self) -> str:  # noqa: N802
        return self.text()

    def size(self) -> QRectF:
        return super().boundingRect()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().adjusted(-self.PAD, -self.PAD, self.PAD, self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.fill is not None:
            painter.fillRect(self.boundingRect(), self.fill)
        super().paint(painter, option, widget)


class RadarWidget(pg.PlotWidget):
    """Promoted into the forms from `kompassapp.gui.chart.radar`; call `set_areas` once, then `set_profile`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w")
        self.areas: tuple[Area, ...] = ()
        self.scores: list[Fraction] = []  # the profile shown, per area (area units, not percent)
        self.assessed: list[bool] = []  # per area: has at least one assessed question
        self._placed_for: tuple | None = None  # what the value labels were last placed for
        self._fixed: tuple = (None, [])  # (key, boxes of the ring and axis labels shown)
        self.comparison_scores: list[Fraction] | None = None
        self.theme = LIGHT
        self.font_pt = 9.0
        self.bold_labels = False
        pi = self.getPlotItem()
        pi.hideAxis("left")
        pi.hideAxis("bottom")
        pi.hideButtons()
        pi.setMenuEnabled(False)
        pi.setMouseEnabled(x=False, y=False)
        pi.setAspectLocked(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAntialiasing(True)
        # A few dozen items: a BSP index costs more to update on every setData than it saves.
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        # the view box takes its new size after resizeEvent: place the value labels again then
        pi.getViewBox().sigTransformChanged.connect(lambda _vb: self._place_values(self._percents(self.scores)))

    # -- building -------------------------------------------------------------------
    def set_areas(self, areas: Sequence[Area]) -> None:
        pi = self.getPlotItem()
        pi.clear()
        self.areas = tuple(areas)
        n = len(self.areas)
        theta = np.pi / 2 - 2 * np.pi * np.arange(n) / n  # first area at 12 o'clock, then clockwise
        self._c, self._s = np.cos(theta), np.sin(theta)
        self.rings = [pg.PlotCurveItem(*self._closed([r] * n)) for r in RINGS]
        spokes_x = np.column_stack([np.zeros(n), R * self._c]).ravel()
        spokes_y = np.column_stack([np.zeros(n), R * self._s]).ravel()
        self.spokes = pg.PlotCurveItem(spokes_x, spokes_y, connect="pairs")
        for item in (*self.rings, self.spokes):
            pi.addItem(item)
        # ring values half-way between the first two spokes, clear of the profile's labels
        half = np.pi / 2 - np.pi / max(n, 1)
        self.ring_labels = []
        for r in RINGS:
            t = Label(str(r), anchor=(0.5, 0.5))
            t.setPos(r * np.cos(half), r * np.sin(half))
            pi.addItem(t)
            self.ring_labels.append(t)
        self.axis_labels = []
        for area, c, s in zip(self.areas, self._c, self._s):
            t = Label(wrap_label(area.short), anchor=(0.5 - 0.55 * c, 0.5 + 0.55 * s))
            t.setPos(1.07 * R * c, 1.07 * R * s)
            pi.addItem(t)
            self.axis_labels.append(t)
        # Each polygon is a fill without antialiasing plus an antialiased outline on top: the
        # outline hides the fill's edge, and an antialiased fill costs most of a repaint.
        self.comparison_fill = pg.PlotCurveItem(fillLevel="enclosed", antialias=False, pen=None)
        self.comparison = pg.PlotCurveItem(antialias=True)
        self.profile_fill = pg.PlotCurveItem(fillLevel="enclosed", antialias=False, pen=None)
        self.profile = pg.PlotCurveItem(antialias=True)
        self.markers = QGraphicsPathItem()  # vertex dots: one path, far cheaper to paint than a scatter item
        for item in (self.comparison_fill, self.comparison, self.profile_fill, self.profile, self.markers):
            pi.addItem(item)
        self.comparison_fill.setVisible(False)
        self.comparison.setVisible(False)
        self.value_labels = []
        for _ in self.areas:
            t = Label("", anchor=(0.5, 0.5))
            t.setZValue(10)
            pi.addItem(t)
            self.value_labels.append(t)
        self.scores = [Fraction(0)] * n
        self.assessed = [False] * n
        self.apply_theme(self.theme, self.font_pt)
        self._update_profile()

    def _closed(self, percents: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
        v = np.clip(np.asarray(percents, dtype=float), 0, R)
        x, y = v * self._c, v * self._s
        return np.append(x, x[:1]), np.append(y, y[:1])

    def _percents(self, scores: Sequence[Fraction]) -> list[float]:
        return [float(s / a.max * 100) if a.max else 0.0 for s, a in zip(scores, self.areas)]

    # -- data -----------------------------------------------------------------------
    def set_profile(self, profile: Profile) -> None:
        self.scores = [a.score for a in profile.areas]
        self.assessed = [a.assessed for a in profile.areas]  # the domain rule (scoring.AreaScore)
        self._update_profile()

    def _update_profile(self) -> None:
        pct = self._percents(self.scores)
        x, y = self._closed(pct)
        self.profile_fill.setData(x, y)
        self.profile.setData(x, y)
        dots = QPainterPath()
        r = MARKER_R
        for px, py in zip(x[:-1], y[:-1]):
            dots.addEllipse(QPointF(px, py), r, r)
        self.markers.setPath(dots)
        for t, s, done in zip(self.value_labels, self.scores, self.assessed):
            text = score_text(s) if done else NOT_ASSESSED
            if t.toPlainText() != text:  # unchanged: no repaint of its label
                t.setText(text)
        self._place_values(pct)

    def _place_values(self, pct: Sequence[float]) -> None:
        """Each value label just outside its vertex, moved along the spoke until nothing is hit."""
        if not self.areas:
            return
        upp_x, upp_y = self._units_per_pixel()
        fixed_key = (upp_x, upp_y, *(t.extent for t in (*self.ring_labels, *self.axis_labels)))
        key = (fixed_key, tuple(pct), tuple(t.extent for t in self.value_labels))
        if key == self._placed_for:
            return  # nothing moved (most answers change one area; this runs on every one)
        self._placed_for = key
        if self._fixed[0] != fixed_key:
            self._fixed = (fixed_key, self._ring_boxes(upp_x, upp_y) + [self._box(t, upp_x, upp_y) for t in self.axis_labels])
        taken = list(self._fixed[1])
        for t, p, c, sn in zip(self.value_labels, pct, self._c, self._s):
            wanted = min(p + 9, 91)
            choice, fewest = wanted, len(taken) + 1
            for r in _CANDIDATES[round(wanted)]:
                box = self._box(t, upp_x, upp_y, (r * c, r * sn))
                hits = sum(1 for other in taken if _hit(box, other))
                if hits < fewest:  # the nearest clear place, else the least crowded one
                    choice, fewest = r, hits
                    if not hits:
                        break
            pos = (choice * c, choice * sn)
            taken.append(self._box(t, upp_x, upp_y, pos))
            if (t.pos().x(), t.pos().y()) != pos:
                t.setPos(*pos)

    def _ring_boxes(self, upp_x: float, upp_y: float) -> list[tuple[float, float, float, float]]:
        """Show the ring values that fit, and return where they are.

        Rings closer than a label's height (a small chart): every second value (100, 60, 20), or only
        100; none in the crowded middle, where the labels of low scores need the room.
        """
        gap = (RINGS[1] - RINGS[0]) / upp_y
        height = max(t.extent[1] for t in self.ring_labels) + 2
        step = next((k for k in (1, 2) if k * gap >= height), len(RINGS))
        boxes = []
        for i, t in enumerate(self.ring_labels):
            top = i == len(RINGS) - 1
            show = top or ((len(RINGS) - 1 - i) % step == 0 and RINGS[i] / upp_y >= 2.5 * height)
            if t.isVisible() != show:
                t.setVisible(show)
            if show:
                boxes.append(self._box(t, upp_x, upp_y))
        return boxes

    def _units_per_pixel(self) -> tuple[float, float]:
        vb = self.getPlotItem().getViewBox()
        bounds, view = vb.rect(), vb.viewRect()  # the view box in pixels, and what it shows
        if bounds.width() > 1 and bounds.height() > 1 and view.width() > 0 and view.height() > 0:
            return view.width() / bounds.width(), view.height() / bounds.height()
        u = 2 * R * 1.07 / max(min(self.width(), self.height()), 50)  # not laid out yet
        return u, u

    @staticmethod
    def _box(t: Label, upp_x: float, upp_y: float, pos: tuple[float, float] | None = None):
        """The label's rectangle in data units (x0, y0, x1, y1), with some clearance."""
        if pos is None:
            p = t.pos()
            x, y = p.x(), p.y()
        else:
            x, y = pos
        width, height = t.extent
        pad = Label.PAD + CLEARANCE_PX
        w, h = width + 2 * pad, height + 2 * pad
        ax, ay = t.anchor
        left = x - (ax * width + pad) * upp_x
        top = y + (ay * height + pad) * upp_y  # pixels grow downwards, data upwards
        return (left, top - h * upp_y, left + w * upp_x, top)

    def set_comparison(self, scores: Sequence[Fraction] | None) -> None:
        """Overlay another profile (area units, in this chart's area order), or remove it with None."""
        self.comparison_scores = list(scores) if scores is not None else None
        for item in (self.comparison_fill, self.comparison):
            if scores is None:
                item.setData([], [])
            else:
                item.setData(*self._closed(self._percents(scores)))
            item.setVisible(scores is not None)

    def profile_points(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn profile polygon (closed), for tests and exports."""
        x, y = self.profile.getData()
        return np.asarray(x), np.asarray(y)

    def percents(self) -> list[float]:
        return self._percents(self.scores)

    def polygon(self, scores: Sequence[Fraction]) -> tuple[np.ndarray, np.ndarray]:
        """The closed polygon of any profile (area units, this chart's area order), for extra overlays."""
        return self._closed(self._percents(scores))

    # -- fitting the labels --------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Scale so that the rim plus the (pixel-sized) axis labels fill the widget."""
        if not getattr(self, "areas", ()):  # also called by GraphicsView.__init__
            return
        w, h = max(self.width(), 50), max(self.height(), 50)
        # In a small dock (a laptop at 125 %) long axis names would leave a tiny chart: smaller
        # names first, down to 70 % of the size, until the rim gets a fair share of the room.
        for scale in (1.0, 0.85, 0.7):
            self._axis_font(scale)
            rpx = self._rim_px(w, h)
            if rpx >= 0.3 * min(w, h):
                break
        rpx = max(rpx, 20)  # pixels from the centre to the 100 % ring
        xr, yr = R * 1.07 * (w / 2) / rpx, R * 1.07 * (h / 2) / rpx
        self.getPlotItem().setRange(xRange=(-xr, xr), yRange=(-yr, yr), padding=0)
        self._place_values(self._percents(self.scores))

    def _rim_px(self, w: float, h: float) -> float:
        margin, rpx = 6, min(w, h) / 2
        for t, c, sn in zip(self.axis_labels, self._c, self._s):
            box = t.size()
            for half, extent, k in ((w / 2, box.width(), abs(c)), (h / 2, box.height(), abs(sn))):
                if k > 0.01:  # label at 1.07 × rim along the axis, sticking out by part of its size
                    rpx = min(rpx, (half - margin - (0.5 + 0.55 * k) * extent) / (1.07 * k))
        return rpx

    def _axis_font(self, scale: float) -> None:
        """All label fonts at `scale` of their theme size (axis names, ring values, area values)."""
        if getattr(self, "_axis_scale", None) == scale:
            return
        self._axis_scale = scale
        for labels, size, bold in ((self.axis_labels, 1.0, self.bold_labels), (self.ring_labels, 0.8, False),
                                   (self.value_labels, 0.9, self.bold_labels)):
            font = QFont()
            font.setPointSizeF(self.font_pt * size * scale)
            font.setBold(bold)
            for t in labels:
                t.setFont(font)

    # -- look -----------------------------------------------------------------------
    def apply_theme(self, theme: Theme | str, font_pt: float | None = None, bold_labels: bool | None = None) -> None:
        self.theme = THEMES[theme] if isinstance(theme, str) else theme
        if font_pt is not None:
            self.font_pt = font_pt
        if bold_labels is not None:
            self.bold_labels = bold_labels
        th = self.theme
        self.setBackground(th.background)
        if not self.areas:
            return
        grid = pg.mkPen(th.grid, width=1)
        for ring in self.rings:
            ring.setPen(grid)
        self.rings[-1].setPen(pg.mkPen(th.grid, width=2))
        self.spokes.setPen(grid)
        small, label, value = QFont(), QFont(), QFont()
        small.setPointSizeF(self.font_pt * 0.8)
        label.setPointSizeF(self.font_pt)
        label.setBold(self.bold_labels)
        value.setPointSizeF(self.font_pt * 0.9)
        value.setBold(self.bold_labels)  # on the projector the scores must carry to the back row
        for t in self.ring_labels:
            t.setColor(QColor(*th.grid).darker(130) if th is LIGHT else QColor(*th.grid).lighter(140))
            t.setFont(small)
        for t in self.axis_labels:
            t.setColor(th.text)
            t.setFont(label)
        self._axis_scale = 1.0
        for t in self.value_labels:
            t.setColor(th.profile if th is LIGHT else th.text)
            t.setFont(value)
            t.fill = pg.mkBrush(*th.value_fill)
            t.update()
        width = max(2.0, self.font_pt / 4)
        self.profile.setPen(pg.mkPen(th.profile, width=width))
        self.profile_fill.setBrush(pg.mkBrush(*th.profile, 80))
        outline = pg.mkPen(th.background, width=1)
        outline.setCosmetic(True)
        self.markers.setPen(outline)
        self.markers.setBrush(pg.mkBrush(*th.profile))
        self.comparison.setPen(pg.mkPen(th.comparison, width=width, style=Qt.PenStyle.DashLine))
        self.comparison_fill.setBrush(pg.mkBrush(*th.comparison, 40))
        self._fit()


# the radii to try for a value label, nearest to the wanted one first (outwards on a tie)
_CANDIDATES = [sorted(range(10, 97, 3), key=lambda r, w=w: (abs(r - w), -r)) for w in range(101)]


def _hit(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def wrap_label(text: str) -> str:
    """Break a long axis label after a dash or at its middle space, so side labels leave room for the chart."""
    if len(text) <= 12:
        return text
    for sep in ("–", "-", " "):
        i = text.find(sep, len(text) // 3)
        if 0 < i < len(text) - 1:
            return text[:i + 1].rstrip() + "\n" + text[i + 1:].lstrip() if sep != " " else \
                text[:i] + "\n" + text[i + 1:]
    return text


def swatch_html(color: tuple[int, int, int], text: str, dashed: bool = False) -> str:
    """One legend entry for a QLabel: a coloured bar and the name (`text` is markup: escape names first)."""
    r, g, b = color
    bar = "╍╍" if dashed else "━━"
    return f'<span style="color: rgb({r},{g},{b}); font-weight: bold">{bar}</span>&nbsp;{text}'
