"""WCAG 2.1 contrast: relative luminance, contrast ratio, and moving a colour until a pair passes.

Pure arithmetic on ``#rrggbb`` strings, imported before the first window shows (``palette``).
"""

from __future__ import annotations

TEXT = 4.5  # WCAG 1.4.3 AA, normal text
GRAFIK = 3.0  # WCAG 1.4.11, graphical objects and component boundaries


def _rgb(farbe: str) -> tuple[float, float, float]:
    h = farbe.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminanz(farbe: str) -> float:
    """Relative luminance (WCAG 2.1, sRGB)."""
    r, g, b = (_linear(c) for c in _rgb(farbe))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def kontrast(a: str, b: str) -> float:
    la, lb = sorted((luminanz(a), luminanz(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mischen(vorne: str, hinten: str, alpha: float) -> str:
    """``vorne`` drawn with opacity ``alpha`` over ``hinten``."""
    f, h = _rgb(vorne), _rgb(hinten)
    return "#" + "".join(f"{round(255 * (alpha * x + (1 - alpha) * y)):02x}" for x, y in zip(f, h, strict=True))


def angleichen(farbe: str, gegen: str, minimum: float) -> str:
    """``farbe`` moved away from ``gegen`` (darker on a light, lighter on a dark one) until the pair
    reaches ``minimum``; the hue is kept as far as possible."""
    ziel = "#000000" if luminanz(gegen) > 0.18 else "#ffffff"  # black on a light, white on a dark one
    for schritt in range(0, 101, 2):
        kandidat = mischen(ziel, farbe, schritt / 100)
        if kontrast(kandidat, gegen) >= minimum:
            return kandidat
    return ziel
