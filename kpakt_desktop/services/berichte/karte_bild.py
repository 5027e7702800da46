"""The map as a PNG picture (Pillow, no Qt): for the cover sheet of the BDV workbook.

The same marks, labels and legend as on screen and in the Lagebericht (``domain.karte``). Drawn
at three times the size and scaled down, so that the outlines are smooth; printed at 150 dpi or
more it stays sharp.
"""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont

from kpakt_desktop.domain.karte import ANTEIL_FARBE, KARTEN_STATUS, ZEICHEN, Form, massstab_km, radius, umriss
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.berichte import pdf
from kpakt_desktop.services.karte import Karte, Marke

UEBER = 3  # drawn at three times the size, then scaled down (smooth outlines)
GROESSE = 0.9  # mark radius per screen px at the picture's scale
LEGENDE = 210  # px


def _schrift(px: float, fett: bool = False) -> ImageFont.FreeTypeFont:
    name = pdf.SCHRIFT_FETT if fett else pdf.SCHRIFT
    return ImageFont.truetype(str(pdf.schrift_datei(name)), max(int(px), 6))


def _form(draw: ImageDraw.ImageDraw, form: Form, x: float, y: float, r: float, farbe: str, linie: int) -> None:
    punkte = umriss(form, r)
    if not punkte:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=farbe, outline="#1a1a1a", width=linie)
    else:
        # y points down in the picture
        draw.polygon([(x + px, y - py) for px, py in punkte], fill=farbe, outline="#1a1a1a", width=linie)


def _anteil(draw: ImageDraw.ImageDraw, x: float, y: float, r: float, anteil: float, linie: int) -> None:
    box = (x - r, y - r, x + r, y + r)
    draw.ellipse(box, fill=ANTEIL_FARBE if anteil >= 1 else "#ffffff", outline="#1a1a1a", width=linie)
    if 0 < anteil < 1:
        draw.pieslice(box, -90, -90 + 360 * anteil, fill=ANTEIL_FARBE, outline="#1a1a1a", width=linie)


def groesse(n: int) -> float:
    """Mark radius per screen px: larger on a Kreis with a dozen marks, smaller on a whole Land."""
    return min(1.4, max(0.5, GROESSE * math.sqrt(400 / max(n, 1))))


def _marke(draw: ImageDraw.ImageDraw, m: Marke, x: float, y: float, s: float, linie: int, faktor: float) -> None:
    r = radius(m.einwohner, faktor) * s
    if m.status is None:
        _anteil(draw, x, y, r, m.anteil or 0.0, linie)
    else:
        z = ZEICHEN.get(m.status, ZEICHEN[Status.OFFEN])
        _form(draw, z.form, x, y, r, z.farbe, linie)


def karten_png(karte: Karte, breite: int, hoehe: int) -> bytes:
    """The map in ``breite`` × ``hoehe`` px (picture size; drawn larger and scaled down)."""
    s = UEBER
    bild = Image.new("RGB", (breite * s, hoehe * s), "#ffffff")
    draw = ImageDraw.Draw(bild)
    linie = max(1, round(0.8 * s))
    rand = 18 * s  # room for the marks at the edge
    draw.rectangle((0, 0, breite * s - 1, hoehe * s - 1), outline="#999999", width=linie)
    flaeche_b = breite * s - LEGENDE * s - 3 * rand
    flaeche_h = hoehe * s - 2 * rand - 18 * s
    grenzen = karte.grenzen()
    massstab = 1.0
    if grenzen is not None:
        x0, y0, x1, y1 = grenzen
        massstab = min(flaeche_b / max(x1 - x0, 1.0), flaeche_h / max(y1 - y0, 1.0))
        ox = rand + (flaeche_b - (x1 - x0) * massstab) / 2 - x0 * massstab
        oben = rand + (flaeche_h - (y1 - y0) * massstab) / 2 + y1 * massstab
        faktor = groesse(len(karte.marken))
        for m in karte.marken:
            _marke(draw, m, ox + m.x * massstab, oben - m.y * massstab, s, linie, faktor)
        schrift = _schrift(10 * s)
        belegt: list[tuple[float, float, float, float]] = []
        for b in karte.beschriftungen:
            links, top, rechts, unten = draw.textbbox((0, 0), b.text, font=schrift)
            x = ox + b.x * massstab - (rechts - links) / 2
            y = oben - b.y * massstab - 8 * s - (unten - top)
            box = (x - 2 * s, y + top - s, x + rechts + 2 * s, y + unten + s)
            if any(not (box[2] < o[0] or box[0] > o[2] or box[3] < o[1] or box[1] > o[3]) for o in belegt):
                continue
            belegt.append(box)
            draw.rectangle(box, fill="#ffffff")
            draw.text((x, y), b.text, fill="#333333", font=schrift)
    _legende(draw, karte, breite * s - LEGENDE * s - rand, rand, s, linie, groesse(len(karte.marken)))
    _massstab(draw, massstab, rand + 4 * s, hoehe * s - rand - 10 * s, s)
    bild = bild.resize((breite, hoehe), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    bild.save(out, format="PNG", dpi=(150, 150))
    return out.getvalue()


def _legende(draw: ImageDraw.ImageDraw, karte: Karte, x: float, y: float, s: float, linie: int, faktor: float) -> None:
    fett, normal = _schrift(11 * s, fett=True), _schrift(10 * s)
    zeile = 17 * s
    draw.text((x, y), "Anteil produktiv" if karte.leistung_nr is None else "Status", fill="#000000", font=fett)
    y += zeile
    if karte.leistung_nr is None:
        for anteil in (0.0, 0.5, 1.0):
            _anteil(draw, x + 7 * s, y + 7 * s, 6 * s, anteil, linie)
            draw.text((x + 20 * s, y), f"{round(100 * anteil)} % der Leistungen produktiv", fill="#000000", font=normal)
            y += zeile
    else:
        for status in KARTEN_STATUS:
            z = ZEICHEN[status]
            _form(draw, z.form, x + 7 * s, y + 7 * s, 6 * s, z.farbe, linie)
            draw.text((x + 20 * s, y), status.label, fill="#000000", font=normal)
            y += zeile
    y += 4 * s
    draw.text((x, y), "Einwohner", fill="#000000", font=fett)
    y += zeile
    for einwohner, text in ((10_000, "10.000"), (100_000, "100.000"), (1_000_000, "1 Mio.")):
        r = radius(einwohner, faktor) * s
        cx, cy = x + max(9 * s, r), y + max(7 * s, r)  # the circle's centre: below the line above
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline="#1a1a1a", width=linie)
        draw.text((cx + r + 8 * s, cy - 7 * s), text, fill="#000000", font=normal)
        y = cy + max(zeile - 7 * s, r + 4 * s)
    klein = _schrift(8.5 * s)
    for text in ("Gemeindeverband, Kreis: im", "einwohnergewichteten Mittelpunkt", "seiner Gemeinden"):
        draw.text((x, y), text, fill="#555555", font=klein)
        y += 12 * s


def _massstab(draw: ImageDraw.ImageDraw, massstab: float, x: float, y: float, s: float) -> None:
    km = massstab_km(1 / massstab, 120 * s)
    if km <= 0:
        return
    laenge = km * massstab
    w = max(1, round(1.5 * s))
    draw.line((x, y, x + laenge, y), fill="#000000", width=w)
    draw.line((x, y - 4 * s, x, y + 4 * s), fill="#000000", width=w)
    draw.line((x + laenge, y - 4 * s, x + laenge, y + 4 * s), fill="#000000", width=w)
    draw.text((x + laenge + 6 * s, y - 7 * s), f"{km:g} km", fill="#000000", font=_schrift(10 * s))
