"""Column headers of the matrix: "Nr" over the Leistung's name, each line shortened at its end to the
column's width ("Personalaus…"), never cut on both sides; the full name is the header's tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter


def gekuerzt(text: str, header: QHeaderView, breite: int) -> str:
    """Every line of ``text`` shortened at its end to ``breite`` pixels."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # the style sheet's "font-weight: 600" for header sections
    fm = QFontMetrics(font)
    return "\n".join(fm.elidedText(line, Qt.TextElideMode.ElideRight, max(0, breite)) for line in text.split("\n"))


class MatrixKopf(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # what QTableView's own header has: sorting by a click
        self.setHighlightSections(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._kurz: dict[tuple[str, int], str] = {}  # (text, width) → shortened; each filter repaints the header

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._kurz.clear()
        super().changeEvent(event)

    def textbreite(self, logical: int, breite: int) -> int:
        """The width the text of a section gets: without the margins and the sort arrow."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        pfeil = 0
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            pfeil = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) + margin
        return breite - 2 * margin - pfeil

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        key = (option.text, self.textbreite(logical, rect.width()))
        kurz = self._kurz.get(key)
        if kurz is None:
            kurz = self._kurz[key] = gekuerzt(key[0], self, key[1])
        option.text = kurz
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
