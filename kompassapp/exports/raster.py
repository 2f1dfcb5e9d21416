"""A reportlab drawing as a PNG, drawn with Pillow: the compass rose for the Word report.

reportlab's own bitmap renderer (renderPM) needs a cairo backend (rlPyCairo + system cairo)
that neither the laptops nor the PyInstaller bundle carry, while Pillow comes with reportlab.
The rose uses only a few shapes (lines, polygons, circles, strings in groups that translate),
so they are drawn here from the very drawing the PDF embeds: one picture, two renderings.
Drawn at twice the size and scaled down, for smooth edges.
"""

from __future__ import annotations

import io
from math import hypot

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Polygon, Rect, String, UserNode
from reportlab.lib.colors import Color

from kompassapp.paths import resources_dir

_SUPERSAMPLE = 2


def _rgba(colour: Color | None, opacity: float | None = None) -> tuple[int, int, int, int] | None:
    if colour is None:
        return None
    alpha = colour.alpha if opacity is None else opacity
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255), round(alpha * 255))


class _Painter:
    def __init__(self, drawing: Drawing, dpi: int):
        self.scale = dpi / 72 * _SUPERSAMPLE
        self.height = drawing.height
        size = (round(drawing.width * self.scale), round(drawing.height * self.scale))
        self.image = Image.new("RGB", size, (255, 255, 255))
        self.fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    def _xy(self, x: float, y: float, dx: float, dy: float) -> tuple[float, float]:
        return (x + dx) * self.scale, (self.height - y - dy) * self.scale  # reportlab's y grows upwards

    def _font(self, name: str, size: float) -> ImageFont.FreeTypeFont:
        key = (name, size)
        if key not in self.fonts:
            self.fonts[key] = ImageFont.truetype(str(resources_dir() / "fonts" / f"{name}.ttf"),
                                                 max(1, round(size * self.scale)))
        return self.fonts[key]

    def _fill(self, points: list[tuple[float, float]], fill: tuple[int, int, int, int], rect: bool = False) -> None:
        """A fill; a translucent one is drawn on a layer of its own (only as big as the shape) and
        blended, so that the grid shows through."""
        if fill[3] == 255:
            draw = ImageDraw.Draw(self.image)
            draw.rectangle(points, fill=fill) if rect else draw.polygon(points, fill=fill)
            return
        x0, y0 = (max(0, int(min(c))) for c in zip(*points))
        x1, y1 = (int(max(c)) + 2 for c in zip(*points))
        layer = Image.new("RGBA", (max(1, x1 - x0), max(1, y1 - y0)), (0, 0, 0, 0))
        moved = [(x - x0, y - y0) for x, y in points]
        draw = ImageDraw.Draw(layer)
        draw.rectangle(moved, fill=fill) if rect else draw.polygon(moved, fill=fill)
        self.image.paste(layer, (x0, y0), layer)  # the layer's alpha as the mask: blended onto the picture

    def _stroke(self, points: list[tuple[float, float]], shape, closed: bool) -> None:
        colour = _rgba(getattr(shape, "strokeColor", None), getattr(shape, "strokeOpacity", None))
        width = getattr(shape, "strokeWidth", 1) or 0
        if colour is None or width <= 0 or len(points) < 2:
            return
        if closed:
            points = [*points, points[0]]
        w = max(1, round(width * self.scale))
        draw = ImageDraw.Draw(self.image)
        dash = getattr(shape, "strokeDashArray", None)
        if not dash:
            draw.line(points, fill=colour, width=w, joint="curve")
            return
        on, off = (d * self.scale for d in dash[:2])
        for (x0, y0), (x1, y1) in zip(points, points[1:]):  # dashes along each segment
            length = hypot(x1 - x0, y1 - y0)
            pos = 0.0
            while pos < length:
                end = min(pos + on, length)
                a, b = pos / length, end / length
                draw.line([(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)],
                          fill=colour, width=w)
                pos = end + off

    def paint(self, node, dx: float = 0.0, dy: float = 0.0) -> None:
        if isinstance(node, UserNode):
            node = node.provideNode()
        if isinstance(node, Group):
            a, b, c, d, e, f = node.transform
            if (a, b, c, d) != (1, 0, 0, 1):
                raise ValueError("only translating groups can be drawn")  # the rose never rotates or scales
            for child in node.contents:
                self.paint(child, dx + e, dy + f)
        elif isinstance(node, (Polygon, PolyLine)):
            pts = [self._xy(node.points[i], node.points[i + 1], dx, dy) for i in range(0, len(node.points) - 1, 2)]
            fill = _rgba(getattr(node, "fillColor", None), getattr(node, "fillOpacity", None))
            if isinstance(node, Polygon) and fill is not None and len(pts) > 2:
                self._fill(pts, fill)
            self._stroke(pts, node, closed=isinstance(node, Polygon))
        elif isinstance(node, Line):
            self._stroke([self._xy(node.x1, node.y1, dx, dy), self._xy(node.x2, node.y2, dx, dy)], node, False)
        elif isinstance(node, Rect):
            x0, y0 = self._xy(node.x, node.y + node.height, dx, dy)
            x1, y1 = self._xy(node.x + node.width, node.y, dx, dy)
            fill = _rgba(node.fillColor, getattr(node, "fillOpacity", None))
            if fill is not None:
                self._fill([(x0, y0), (x1, y1)], fill, rect=True)
        elif isinstance(node, Circle):
            x, y = self._xy(node.cx, node.cy, dx, dy)
            r = (node.r + (node.strokeWidth or 0) / 2 if node.strokeColor is not None else node.r) * self.scale
            fill = _rgba(node.fillColor, getattr(node, "fillOpacity", None)) or _rgba(node.strokeColor)
            ImageDraw.Draw(self.image).ellipse([x - r, y - r, x + r, y + r], fill=fill)
        elif isinstance(node, String):
            font = self._font(node.fontName, node.fontSize)
            x, y = self._xy(node.x, node.y, dx, dy)
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
            ImageDraw.Draw(self.image).text((x, y), node.text, font=font, fill=_rgba(node.fillColor), anchor=anchor)
        elif node is not None:
            raise ValueError(f"cannot draw a {type(node).__name__}")


def drawing_png(drawing: Drawing, dpi: int = 300) -> bytes:
    """The drawing as PNG bytes at `dpi` (its size in points stays its size on paper)."""
    painter = _Painter(drawing, dpi)
    for node in drawing.contents:
        painter.paint(node)
    image = painter.image.reduce(_SUPERSAMPLE)  # a box filter: smooth edges, and fast
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), compress_level=1)
    return out.getvalue()
