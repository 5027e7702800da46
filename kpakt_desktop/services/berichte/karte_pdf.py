"""The map as a reportlab drawing (vector, prints sharp): the same marks, labels and legend as the
map on screen (``domain.karte``), a scale bar, and a frame. Used by the Lagebericht."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String, Wedge
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kpakt_desktop.domain.karte import (
    ANTEIL_FARBE,
    KARTEN_STATUS,
    ZEICHEN,
    Form,
    massstab_km,
    radius,
    umriss,
)
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.berichte import pdf
from kpakt_desktop.services.karte import Karte, Marke

LEGENDE_BREITE = 118.0
RAND = 8.0
GROESSE = 0.75  # mark radius in pt per px on screen: a printed page is denser than a screen
RAND_LINIE = 0.35


def _zeichen(form: Form, x: float, y: float, r: float, fuellung: str) -> Polygon | Circle:
    punkte = umriss(form, r)
    if not punkte:
        return Circle(x, y, r, fillColor=colors.HexColor(fuellung), strokeColor=colors.black, strokeWidth=RAND_LINIE)
    flach = [v for px, py in punkte for v in (x + px, y + py)]
    return Polygon(flach, fillColor=colors.HexColor(fuellung), strokeColor=colors.black, strokeWidth=RAND_LINIE)


def _anteil(x: float, y: float, r: float, anteil: float) -> Group:
    g = Group()
    voll = anteil >= 1
    g.add(
        Circle(
            x,
            y,
            r,
            fillColor=colors.HexColor(ANTEIL_FARBE if voll else "#ffffff"),
            strokeColor=colors.black,
            strokeWidth=RAND_LINIE,
        )
    )
    if 0 < anteil < 1:
        # clockwise from 12 o'clock, as on screen
        g.add(
            Wedge(
                x,
                y,
                r,
                90 - 360 * anteil,
                90,
                fillColor=colors.HexColor(ANTEIL_FARBE),
                strokeColor=colors.black,
                strokeWidth=RAND_LINIE,
            )
        )
    return g


def groesse(n: int) -> float:
    """Mark radius in pt per px on screen: smaller when many marks share the page (Bayern's 1,400)."""
    return min(GROESSE, max(0.35, GROESSE * math.sqrt(400 / max(n, 1))))


def marke_zeichnen(m: Marke, x: float, y: float, faktor: float = GROESSE) -> Group | Polygon | Circle:
    r = radius(m.einwohner, faktor)
    if m.status is None:
        return _anteil(x, y, r, m.anteil or 0.0)
    z = ZEICHEN.get(m.status, ZEICHEN[Status.OFFEN])
    return _zeichen(z.form, x, y, r, z.farbe)


def karten_zeichnung(karte: Karte, breite: float, hoehe: float) -> Drawing:
    """The map in ``breite`` × ``hoehe`` pt; the legend on the right. The marks are the children of
    the group ``d.marken`` (one per mark, biggest first so that small ones stay visible)."""
    schrift, fett = pdf.schriften()
    d = pdf.Zeichnung(breite, hoehe)
    d.add(Rect(0, 0, breite, hoehe, fillColor=None, strokeColor=colors.HexColor("#999999"), strokeWidth=0.5))
    flaeche_b = breite - LEGENDE_BREITE - 3 * RAND
    flaeche_h = hoehe - 2 * RAND - 14
    grenzen = karte.grenzen()
    faktor = groesse(len(karte.marken))
    marken = Group()
    beschriftungen = Group()
    massstab = 1.0
    if grenzen is not None:
        x0, y0, x1, y1 = grenzen
        massstab = min(flaeche_b / max(x1 - x0, 1.0), flaeche_h / max(y1 - y0, 1.0))
        ox = RAND + (flaeche_b - (x1 - x0) * massstab) / 2 - x0 * massstab
        oy = RAND + 14 + (flaeche_h - (y1 - y0) * massstab) / 2 - y0 * massstab
        for m in karte.marken:
            marken.add(marke_zeichnen(m, ox + m.x * massstab, oy + m.y * massstab, faktor))
        belegt: list[tuple[float, float, float, float]] = []
        for b in karte.beschriftungen:
            w = stringWidth(b.text, schrift, 6)
            bx, by = ox + b.x * massstab - w / 2, oy + b.y * massstab + 4
            box = (bx - 1, by - 1.5, bx + w + 1, by + 6)
            if any(not (box[2] < o[0] or box[0] > o[2] or box[3] < o[1] or box[1] > o[3]) for o in belegt):
                continue
            belegt.append(box)
            beschriftungen.add(
                Rect(
                    box[0],
                    box[1],
                    box[2] - box[0],
                    box[3] - box[1],
                    fillColor=colors.Color(1, 1, 1, 0.7),
                    strokeColor=None,
                )
            )
            beschriftungen.add(
                String(bx, by, b.text, fontName=schrift, fontSize=6, fillColor=colors.HexColor("#333333"))
            )
    d.add(marken, name="marken")
    d.add(beschriftungen)
    _legende(d, karte, breite - LEGENDE_BREITE - RAND, hoehe - RAND, schrift, fett, faktor)
    _massstab(d, massstab, RAND + 2, RAND + 2, schrift)
    return d


def _legende(d: Drawing, karte: Karte, x: float, oben: float, schrift: str, fett: str, faktor: float) -> None:
    zeile = 11.0
    y = oben - 9
    titel = "Anteil produktiv" if karte.leistung_nr is None else "Status"
    d.add(String(x, y, titel, fontName=fett, fontSize=7))
    y -= zeile
    if karte.leistung_nr is None:
        for anteil in (0.0, 0.5, 1.0):
            d.add(_anteil(x + 5, y + 2.5, 3.5, anteil))
            d.add(
                String(x + 14, y, f"{round(100 * anteil)} % der Leistungen produktiv", fontName=schrift, fontSize=6.5)
            )
            y -= zeile
    else:
        for status in KARTEN_STATUS:
            z = ZEICHEN[status]
            d.add(_zeichen(z.form, x + 5, y + 2.5, 3.5, z.farbe))
            d.add(String(x + 14, y, status.label, fontName=schrift, fontSize=6.5))
            y -= zeile
    y -= 3
    d.add(String(x, y, "Einwohner", fontName=fett, fontSize=7))
    for einwohner, text in ((10_000, "10.000"), (100_000, "100.000"), (1_000_000, "1 Mio.")):
        r = radius(einwohner, faktor)
        y -= max(zeile, 2 * r + 3)
        d.add(Circle(x + 7, y + 2.5, r, fillColor=None, strokeColor=colors.black, strokeWidth=RAND_LINIE))
        d.add(String(x + 20, y, text, fontName=schrift, fontSize=6.5))
    y -= zeile + 4
    grau = colors.HexColor("#555555")
    for i, text in enumerate(("Gemeindeverband, Kreis: im einwohner-", "gewichteten Mittelpunkt der Gemeinden")):
        d.add(String(x, y - 7 * i, text, fontName=schrift, fontSize=5.5, fillColor=grau))


def _massstab(d: Drawing, massstab: float, x: float, y: float, schrift: str) -> None:
    km = massstab_km(1 / massstab, 90)
    if km <= 0:
        return
    laenge = km * massstab
    d.add(Line(x, y + 3, x + laenge, y + 3, strokeColor=colors.black, strokeWidth=1))
    d.add(Line(x, y, x, y + 6, strokeColor=colors.black, strokeWidth=0.8))
    d.add(Line(x + laenge, y, x + laenge, y + 6, strokeColor=colors.black, strokeWidth=0.8))
    d.add(String(x + laenge + 4, y + 1, f"{km:g} km", fontName=schrift, fontSize=6.5))
