"""Draws the app icon (a compass rose over an eight-sided profile) into PNG, ICO and ICNS.

Run: python resources/icons/make_icon.py   (Pillow comes with reportlab)
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BLUE, LIGHT, WHITE = (31, 78, 121), (90, 150, 210), (255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c, r = size / 2, size * 0.47
    d.ellipse([c - r, c - r, c + r, c + r], fill=BLUE)

    def point(radius: float, angle: float) -> tuple[float, float]:
        return c + radius * math.sin(angle), c - radius * math.cos(angle)

    # the profile: an octagon with uneven spokes, like a score chart
    profile = [0.83, 0.76, 0.9, 0.8, 0.74, 0.7, 0.66, 0.92]
    d.polygon([point(r * 0.78 * v, i * math.pi / 4) for i, v in enumerate(profile)], fill=LIGHT)
    # the compass rose: four long and four short points
    star = []
    for i in range(16):
        angle = i * math.pi / 8
        radius = r * (0.86 if i % 4 == 0 else 0.5 if i % 2 == 0 else 0.17)
        star.append(point(radius, angle))
    d.polygon(star, fill=WHITE)
    d.ellipse([c - r * 0.07, c - r * 0.07, c + r * 0.07, c + r * 0.07], fill=BLUE)
    return img


def main() -> None:
    img = draw()
    img.resize((256, 256), Image.LANCZOS).save(HERE / "kompassapp.png")
    img.save(HERE / "kompassapp.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    img.resize((512, 512), Image.LANCZOS).save(HERE / "kompassapp.icns")


if __name__ == "__main__":
    main()
