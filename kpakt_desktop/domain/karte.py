"""Maps of the roll-out: where a zuständige Kommune sits, the projection, and how a mark looks.

No boundary data: a Gemeinde sits at its coordinates from the register; every other Kommune (a
Verwaltungsträger such as a Verbandsgemeinde or Amt, a Kreis) at the Einwohner-weighted centre of
the Gemeinden it serves (``domain.versorgung``). The projection is a spherical transverse Mercator
around 10° E in km: across Germany (5.9° … 15.0° E) it is close to true in area and shape, unlike
raw degrees, which stretch the country east–west by about 1.6.

A mark shows its status by colour **and** shape (Okabe–Ito colours, safe for colour-blind readers;
the shapes keep it readable on a black-and-white print), its area grows with the Einwohner. The
GUI (Qt), the PDF (reportlab) and the Excel picture (Pillow) all draw from the outlines here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import Versorgung

ERDRADIUS_KM = 6371.0
MITTELMERIDIAN = 10.0  # ° E
BEZUGSBREITE = 51.0  # ° N: y = 0 lies roughly in the middle of Germany


def projektion(laenge: float, breite: float) -> tuple[float, float]:
    """(x, y) in km east and north of 51° N, 10° E; spherical transverse Mercator."""
    lam = math.radians(laenge - MITTELMERIDIAN)
    phi = math.radians(breite)
    b = math.cos(phi) * math.sin(lam)
    x = ERDRADIUS_KM * math.atanh(b)
    y = ERDRADIUS_KM * (math.atan2(math.tan(phi), math.cos(lam)) - math.radians(BEZUGSBREITE))
    return x, y


def schwerpunkt(punkte: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Einwohner-weighted mean of (Länge, Breite, Einwohner); the plain mean if nobody lives there."""
    items = list(punkte)
    if not items:
        return None
    gewicht = sum(max(e, 0) for _, _, e in items)
    if gewicht <= 0:
        return sum(p[0] for p in items) / len(items), sum(p[1] for p in items) / len(items)
    return (
        sum(lon * max(e, 0) for lon, _, e in items) / gewicht,
        sum(lat * max(e, 0) for _, lat, e in items) / gewicht,
    )


def positionen(koordinaten: Mapping[int, tuple[float, float]], vers: Versorgung) -> dict[int, tuple[float, float]]:
    """Kommune id → (Länge, Breite) for every Kommune that serves at least one placed Gemeinde.

    ``koordinaten``: Gemeinde id → (Länge, Breite) from the register. A Gemeinde serves itself,
    so it keeps its own coordinates; a Verband or Kreis gets the Einwohner-weighted centre of its
    Gemeinden (those without coordinates do not count). A Gemeinde without coordinates sits at
    the centre of its Verband, else of its Kreis.
    """
    result: dict[int, tuple[float, float]] = {}
    for kid, gemeinden in vers.gemeinden.items():
        if kid in koordinaten:
            result[kid] = koordinaten[kid]
            continue
        p = schwerpunkt((*koordinaten[g], vers.einwohner.get(g, 0)) for g in gemeinden if g in koordinaten)
        if p is not None:
            result[kid] = p
    for gemeinde, kette in vers.kette.items():
        if gemeinde not in result:
            ersatz = next((result[k] for k in kette if k in result), None)
            if ersatz is not None:
                result[gemeinde] = ersatz
    return result


class Form(Enum):
    KREIS = "kreis"
    DREIECK_UNTEN = "dreieck_unten"
    RAUTE = "raute"
    QUADRAT = "quadrat"
    DREIECK = "dreieck"
    KREUZ = "kreuz"


@dataclass(frozen=True)
class Zeichen:
    form: Form
    farbe: str  # fill, hex
    rand: str = "#1a1a1a"  # outline, hex


# Okabe–Ito colours; a filled circle for produktiv and a hollow one for offen, like the matrix' ● and ○.
ZEICHEN: dict[Status, Zeichen] = {
    Status.OFFEN: Zeichen(Form.KREIS, "#ffffff"),
    Status.INTERESSE: Zeichen(Form.DREIECK_UNTEN, "#e69f00"),
    Status.VEREINBARUNG: Zeichen(Form.RAUTE, "#f0e442"),
    Status.ANBINDUNG: Zeichen(Form.QUADRAT, "#56b4e9"),
    Status.TEST: Zeichen(Form.DREIECK, "#0072b2"),
    Status.PRODUKTIV: Zeichen(Form.KREIS, "#009e73"),
    Status.ZURUECKGESTELLT: Zeichen(Form.KREUZ, "#cc79a7"),
}
ANTEIL_FARBE = "#009e73"  # "alle Leistungen": the produktiv share as a filled sector of a white circle
KARTEN_STATUS: tuple[Status, ...] = tuple(ZEICHEN)


def umriss(form: Form, r: float) -> list[tuple[float, float]]:
    """Corners of a shape of "radius" ``r`` around (0, 0), y pointing up; empty for a circle.

    Every shape covers about the area of the circle of radius ``r``, so size stays a measure of
    Einwohner whatever the status.
    """
    if form is Form.KREIS:
        return []
    if form is Form.QUADRAT:
        a = r * math.sqrt(math.pi) / 2
        return [(-a, -a), (a, -a), (a, a), (-a, a)]
    if form is Form.RAUTE:
        a = r * math.sqrt(math.pi / 2)
        return [(0, -a), (a, 0), (0, a), (-a, 0)]
    if form in (Form.DREIECK, Form.DREIECK_UNTEN):
        s = 1.0 if form is Form.DREIECK else -1.0
        a = r * math.sqrt(4 * math.pi / (3 * math.sqrt(3)))  # circumradius of an equal-area triangle
        return [(a * math.cos(w), s * a * math.sin(w)) for w in (math.pi / 2, 7 * math.pi / 6, 11 * math.pi / 6)]
    # A cross (×) of two bars, as one outline.
    a, b = r * 1.15, r * 0.38
    pts = []
    for k in range(4):
        w = math.pi / 4 + k * math.pi / 2
        c, s_ = math.cos(w), math.sin(w)
        for px, py in ((a, -b), (a, b)):
            pts.append((px * c - py * s_, px * s_ + py * c))
        w2 = w + math.pi / 4
        pts.append((b * math.sqrt(2) * math.cos(w2), b * math.sqrt(2) * math.sin(w2)))
    return pts


RADIUS_MIN = 3.0
RADIUS_MAX = 22.0


def radius(einwohner: int, faktor: float = 1.0) -> float:
    """Radius (px or pt) of a mark: its area grows with the Einwohner (√), within limits."""
    return max(RADIUS_MIN, min(RADIUS_MAX, math.sqrt(max(einwohner, 0)) / 55.0)) * faktor


def massstab_km(km_pro_einheit: float, max_einheiten: float) -> float:
    """A round length (1, 2, 5 × 10^n km) that fits in ``max_einheiten`` screen or page units."""
    if km_pro_einheit <= 0 or max_einheiten <= 0:
        return 0.0
    grenze = km_pro_einheit * max_einheiten
    stufe = 10 ** math.floor(math.log10(grenze))
    for f in (5, 2, 1):
        if f * stufe <= grenze:
            return f * stufe
    return stufe
