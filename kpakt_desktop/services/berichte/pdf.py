"""PDF building blocks of the reports: embedded fonts, styles, tables, page numbers.

The font is DejaVu Sans, shipped in ``resources/fonts`` with its licence: embedded (as a subset)
in every PDF, so umlauts, „Anführungszeichen“, €, →, Δ, ✓ and the letters of Polish or Sorbian
place and person names (ź, ł, ć) print the same on any machine, frozen app included.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.rl_config import _unset_

from kpakt_desktop.paths import resource

SCHRIFT = "KpaktDejaVuSans"
SCHRIFT_FETT = "KpaktDejaVuSans-Bold"
SCHRIFT_DATEIEN = {SCHRIFT: "DejaVuSans.ttf", SCHRIFT_FETT: "DejaVuSans-Bold.ttf"}


def schrift_datei(name: str) -> Path:
    """The TrueType file of one of the report fonts (also what the tests check glyphs against)."""
    return resource("fonts", SCHRIFT_DATEIEN[name])


@cache
def schriften() -> tuple[str, str]:
    for name in SCHRIFT_DATEIEN:
        pdfmetrics.registerFont(TTFont(name, str(schrift_datei(name))))
    # The reports set no italics; <i> in a paragraph falls back to the upright faces.
    pdfmetrics.registerFontFamily(SCHRIFT, normal=SCHRIFT, bold=SCHRIFT_FETT, italic=SCHRIFT, boldItalic=SCHRIFT_FETT)
    return SCHRIFT, SCHRIFT_FETT


class Zeichnung(Drawing):
    """A chart drawing whose initial font is the report font: reportlab's graphics start every
    drawing in Helvetica, which would be referenced (not embedded) even if no text uses it."""

    def draw(self, showBoundary: Any = _unset_) -> None:
        normal, _ = schriften()
        vorher = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = normal
        try:
            super().draw(showBoundary)
        finally:
            STATE_DEFAULTS["fontName"] = vorher


def stile() -> StyleSheet1:
    normal, fett = schriften()
    sheet = getSampleStyleSheet()
    for name in ("Normal", "BodyText", "Title", "Heading1", "Heading2", "Heading3"):
        sheet[name].fontName = fett if name != "Normal" and name != "BodyText" else normal
    for name in ("Heading1", "Heading2", "Heading3"):
        sheet[name].keepWithNext = 1  # never a heading alone at the foot of a page
    sheet["BodyText"].fontSize = 9.5
    sheet["BodyText"].leading = 12.5
    sheet.add(ParagraphStyle("Klein", parent=sheet["BodyText"], fontSize=7.5, leading=9.5))
    sheet.add(ParagraphStyle("Zelle", parent=sheet["BodyText"], fontSize=7.5, leading=9))
    sheet.add(ParagraphStyle("ZelleFett", parent=sheet["Zelle"], fontName=fett))
    sheet.add(ParagraphStyle("Gross", parent=sheet["Title"], fontSize=26, leading=32, spaceAfter=14))
    sheet.add(ParagraphStyle("Untertitel", parent=sheet["BodyText"], fontSize=14, leading=18, spaceAfter=6))
    return sheet


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: text from the database is never markup)."""
    return Paragraph(escape(text), style)


def tabelle(
    zeilen: Sequence[Sequence[Any]],
    breiten: Sequence[float | None] | None = None,
    *,
    rechts_ab: int | None = None,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header row repeats on every page; numbers right-aligned from column ``rechts_ab``."""
    normal, fett = schriften()
    if breiten and all(b is not None for b in breiten):
        breiten = wortbreiten(zeilen, [float(b or 0) for b in breiten])
    table = Table([list(z) for z in zeilen], colWidths=list(breiten) if breiten else None, repeatRows=1)
    befehle: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), normal),
        ("FONTNAME", (0, 0), (-1, 0), fett),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("LEADING", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F6F6")]),
    ]
    if rechts_ab is not None:
        befehle.append(("ALIGN", (rechts_ab, 1), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle([*befehle, *extra]))
    return table


ZELLRAND = 13.0  # the table's left + right cell padding (6 + 6) and a point to spare


def _zelltext(zelle: Any) -> tuple[str, bool]:
    if isinstance(zelle, Paragraph):
        return zelle.getPlainText(), zelle.style.fontName == SCHRIFT_FETT
    return (zelle if isinstance(zelle, str) else ""), False


def wortbreiten(zeilen: Sequence[Sequence[Any]], breiten: list[float]) -> list[float]:
    """Column widths in which every word fits on a line (header bold, cells 7.5 pt): a column
    narrower than its longest word gets the room from the columns that have some to spare. Only a
    word wider than 40 % of the table (a pasted link) may still be broken."""
    normal, fett = schriften()
    gesamt = sum(breiten)
    mindest = [0.0] * len(breiten)
    for r, z in enumerate(zeilen):
        for c, zelle in enumerate(z[: len(breiten)]):
            text, ist_fett = _zelltext(zelle)
            font = fett if r == 0 or ist_fett else normal
            for wort in text.split():
                mindest[c] = max(mindest[c], min(stringWidth(wort, font, 7.5) + ZELLRAND, 0.4 * gesamt))
    neu = [max(b, m) for b, m in zip(breiten, mindest, strict=True)]
    zuviel = sum(neu) - gesamt
    spielraum = [max(0.0, b - m) for b, m in zip(neu, mindest, strict=True)]
    frei = sum(spielraum)
    if zuviel > 0 and frei > 0:
        anteil = min(1.0, zuviel / frei)
        neu = [b - s * anteil for b, s in zip(neu, spielraum, strict=True)]
    return neu


def nummerierte_seiten(kopf_links: str, kopf_rechts: str) -> type[Canvas]:
    """A canvas class that writes "Seite x von y" and a running head on every page but the title page."""
    normal, _ = schriften()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The document template passes None explicitly: else Helvetica is referenced, not embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or normal
            super().__init__(*args, **kwargs)
            self._seiten: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._seiten.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            gesamt = len(self._seiten)
            for state in self._seiten:
                self.__dict__.update(state)
                self._kopf_fuss(gesamt)
                super().showPage()
            super().save()

        def _kopf_fuss(self, gesamt: int) -> None:
            breite, hoehe = self._pagesize
            nr = self._pageNumber
            self.saveState()
            self.setFont(normal, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            if nr > 1:
                self.drawString(36, hoehe - 24, kopf_links)
                self.drawRightString(breite - 36, hoehe - 24, kopf_rechts)
                self.setStrokeColor(colors.HexColor("#BBBBBB"))
                self.line(36, hoehe - 28, breite - 36, hoehe - 28)
            self.drawString(36, 20, "Kommunalpakt Desktop")
            self.drawRightString(breite - 36, 20, f"Seite {nr} von {gesamt}")
            self.restoreState()

    return NumberedCanvas
