"""The area the pages are shown in: a page always takes the width and height of the window's free
area and scrolls only below its own (small) minimum size, e.g. at 200 % scaling on a 1920×1080 screen.

``QScrollArea.setWidgetResizable(True)`` would hold a page with word-wrapped labels at its
*preferred* height for the width (its height-for-width), so a page that fits would still scroll and
its tables would run past the window's edge. Here the page is sized from its minimum size only; its
tables then scroll inside themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class SeitenFlaeche(QScrollArea):
    def __init__(self, seite: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(seite)
        self.viewport().installEventFilter(self)

    def mindestgroesse(self) -> QSize:
        """The page's own minimum: below it, and only below it, the area scrolls."""
        seite = self.widget()
        if seite is None:
            return QSize(0, 0)
        return seite.minimumSizeHint().expandedTo(seite.minimumSize())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's layout changed (LayoutRequest reaches the viewport, its parent) or the area resized.
        if watched is self.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.einpassen()
        return super().eventFilter(watched, event)

    def einpassen(self) -> None:
        seite = self.widget()
        if seite is None:
            return
        mini = self.mindestgroesse()
        frei = self.maximumViewportSize()  # the viewport without scroll bars
        balken = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        quer = mini.width() > frei.width()
        hoch = mini.height() > frei.height() - (balken if quer else 0)
        quer = quer or mini.width() > frei.width() - (balken if hoch else 0)
        breite = frei.width() - (balken if hoch else 0)
        hoehe = frei.height() - (balken if quer else 0)
        ziel = QSize(max(breite, mini.width()), max(hoehe, mini.height()))
        if seite.size() != ziel:
            seite.resize(ziel)
