"""Painting the plain cells of a large table directly (the Kommunen table, the Nachnutzung matrix).

Qt's ``QStyledItemDelegate`` paints a cell by asking the model for seven roles (a Python call per cell
and a Python object per role) and handing them to the style, which lays the text out in a
``QTextLayout`` of its own. For a screen of ~250 cells that is half of a frame. Most cells are plain:
one line of text that fits, maybe a background and a text colour, maybe bold, maybe selected, not
current. For those the model gives a :data:`Zellbild` (:class:`SchlichteZellen` asks
``bild(row, column)``) and the delegate draws exactly what the style would draw: the same text
position, colour, background and selection highlight, the text laid out once in a ``QStaticText``
(``tests/test_zellzeichner.py`` compares the pixels). Every other cell (current, hovered, edited,
text too wide for the cell, another font, an icon: ``bild`` gives None) is painted by Qt as before.
The model's ``data``/``multiData`` are unchanged: tooltips, accessibility and sizes read them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kpakt_desktop.gui import paint_roles

Index = QModelIndex | QPersistentModelIndex
# text (one line), alignment (Qt.AlignmentFlag as int, vertically centred: LINKS, RECHTS, MITTE),
# text colour or None (the palette's), background or None, bold
Zellbild: TypeAlias = tuple[str, int, QColor | None, QBrush | None, bool]

_SONDER = (QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Editing).value
_GEWAEHLT = QStyle.StateFlag.State_Selected.value
_AKTIV = QStyle.StateFlag.State_Active.value
_AN = QStyle.StateFlag.State_Enabled.value
_FARBSTATUS = _AN | _AKTIV | _GEWAEHLT  # what picks the palette's colour group and role
_RECHTS = Qt.AlignmentFlag.AlignRight.value
_MITTE = Qt.AlignmentFlag.AlignHCenter.value
_SENKRECHT_MITTE = Qt.AlignmentFlag.AlignVCenter.value
_TEXTE_HOECHSTENS = 20_000  # texts kept laid out per view (a few screens of a table; then laid out anew)
_NEU_MESSEN = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
LINKS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
RECHTS = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
MITTE = Qt.AlignmentFlag.AlignCenter.value


class _Schrift:
    """One font of a view's cells: its metrics, the widths of the texts and the texts laid out."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.hoehe = round(self.metrics.ascent() + self.metrics.descent())  # QTextLine's height, as the style rounds it
        self.breiten: dict[str, float] = {}
        self.texte: dict[str, QStaticText] = {}  # laid out once, drawn many times (a third of drawText's time)

    def breite(self, text: str) -> float:
        breite = self.breiten.get(text)
        if breite is None:
            # A line break makes several lines: never a plain cell.
            breite = self.breiten[text] = float("inf") if "\n" in text else self.metrics.horizontalAdvance(text)
        return breite

    def text(self, text: str) -> QStaticText:
        statisch = self.texte.get(text)
        if statisch is None:
            if len(self.texte) >= _TEXTE_HOECHSTENS:
                self.texte.clear()
            statisch = self.texte[text] = QStaticText(text)
            statisch.setTextFormat(Qt.TextFormat.PlainText)
        return statisch


class _Masse:
    """What every cell of one view shares: its fonts (bold: the model's bold font resolved against the
    view's, as ``initStyleOption`` does), the style's text margin, the text colours."""

    def __init__(self, option: QStyleOptionViewItem) -> None:
        self.normal = _Schrift(QFont(option.font))
        fett = QFont(option.font)
        fett.setBold(True)
        self.fett = _Schrift(fett)
        widget = option.widget
        style = widget.style() if widget is not None else None
        self.rand = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) if style else 2) + 1
        # Right-to-left text and a font the painter does not have go the style's way.
        self.direkt = option.direction == Qt.LayoutDirection.LeftToRight
        self.farben: dict[int, QColor] = {}
        self.auswahlen: dict[int, QBrush] = {}
        self.ganz_markiert = option.showDecorationSelected  # the whole cell highlighted, not just its text

    def textfarbe(self, option: QStyleOptionViewItem, state: int) -> QColor:
        """The palette's text colour for the state (highlighted text when selected), as ``QCommonStyle``
        picks it for an item."""
        key = state & _FARBSTATUS
        farbe = self.farben.get(key)
        if farbe is None:
            rolle = QPalette.ColorRole.HighlightedText if state & _GEWAEHLT else QPalette.ColorRole.Text
            farbe = self.farben[key] = option.palette.color(_gruppe(state), rolle)
        return farbe

    def auswahl(self, option: QStyleOptionViewItem, state: int) -> QBrush:
        """The background of a selected cell: the palette's highlight."""
        key = state & _FARBSTATUS
        pinsel = self.auswahlen.get(key)
        if pinsel is None:
            pinsel = self.auswahlen[key] = option.palette.brush(_gruppe(state), QPalette.ColorRole.Highlight)
        return pinsel


def rollenwerte(bild: Zellbild, fett: QFont) -> dict[int, object]:
    """The same cell as the delegate's painted roles (``paint_roles.fuellen``), for the cells Qt paints
    (current, hovered, edited): one description of a cell for both ways of painting it."""
    text, ausrichtung, farbe, hintergrund, ist_fett = bild
    werte: dict[int, object] = {paint_roles.DISPLAY: text, paint_roles.ALIGNMENT: ausrichtung}
    if farbe is not None:
        werte[paint_roles.FOREGROUND] = farbe
    if hintergrund is not None:
        werte[paint_roles.BACKGROUND] = hintergrund
    if ist_fett:
        werte[paint_roles.FONT] = fett
    return werte


def _gruppe(state: int) -> QPalette.ColorGroup:
    if not state & _AN:
        return QPalette.ColorGroup.Disabled
    return QPalette.ColorGroup.Normal if state & _AKTIV else QPalette.ColorGroup.Inactive


class SchlichteZellen(QStyledItemDelegate):
    """A view's delegate: plain cells (``bild`` gives their :data:`Zellbild`) painted directly, the rest by Qt."""

    def __init__(self, view: QAbstractItemView, bild: Callable[[int, int], Zellbild | None]) -> None:
        super().__init__(view)
        self._bild = bild
        self._masse: _Masse | None = None
        view.installEventFilter(self)  # a new font, palette or style: measured again
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _NEU_MESSEN:
            self._masse = None
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        bild = None if state & _SONDER else self._bild(index.row(), index.column())
        masse = self._masse
        if masse is None and bild is not None:
            masse = self._masse = _Masse(option)
            masse.direkt = masse.direkt and painter.font() == option.font
        if bild is None or masse is None or not masse.direkt or not bild[1] & _SENKRECHT_MITTE:
            super().paint(painter, option, index)
            return
        text, ausrichtung, farbe, hintergrund, fett = bild
        schrift = masse.fett if fett else masse.normal
        x, y, w, h = cast(tuple[int, int, int, int], option.rect.getRect())
        frei = w - 2 * masse.rand
        breite = (schrift.breiten.get(text) or schrift.breite(text)) if text else 0.0  # ~230 cells a frame
        if breite > frei:  # shortened with "…" by the style
            super().paint(painter, option, index)
            return
        if state & _GEWAEHLT:  # the highlight over the cell, the highlighted text colour over the model's
            if not (state & _AN and masse.ganz_markiert):
                super().paint(painter, option, index)
                return
            hintergrund = masse.auswahlen.get(state & _FARBSTATUS) or masse.auswahl(option, state)
            farbe = None
        if hintergrund is not None:
            painter.fillRect(x, y, w, h, hintergrund)
        if not text:
            return
        if farbe is None:
            farbe = masse.farben.get(state & _FARBSTATUS) or masse.textfarbe(option, state)
        painter.setPen(farbe)
        links: float = x + masse.rand
        if ausrichtung & _RECHTS:
            links += frei - breite
        elif ausrichtung & _MITTE:
            links += (frei - breite) / 2
        if fett:
            painter.setFont(schrift.font)
        statisch = schrift.texte.get(text) or schrift.text(text)
        painter.drawStaticText(QPointF(links, y + (h - schrift.hoehe) // 2), statisch)
        if fett:
            painter.setFont(masse.normal.font)
