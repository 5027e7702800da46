"""The main window's status bar: Land and register Stand stay; the database path gives way.

The path is a *normal* status-bar widget with stretch: it takes the room that is left, is shortened in
the middle ("…/kommunalpakt-desktop/demo-07.sqlite") with the full path in its tooltip, and a
temporary message (``showMessage``) takes its place instead of being clipped by it. Nothing in the
bar asks for more than the window has, so nothing overlaps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class GekuerzterText(QLabel):
    """A one-line label that shortens its text in the middle to the width it gets."""

    def __init__(self) -> None:
        super().__init__()
        self._voll = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._voll = text
        self.setAccessibleName(text)  # a screen reader hears the whole path
        self._kuerzen()

    def text(self) -> str:
        return self._voll

    def gezeigt(self) -> str:
        """What is drawn (the shortened text)."""
        return super().text()

    def _kuerzen(self) -> None:
        breite = max(0, self.contentsRect().width())
        super().setText(self.fontMetrics().elidedText(self._voll, Qt.TextElideMode.ElideMiddle, breite))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._kuerzen()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._voll) + margins.left() + margins.right(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())


def einrichten(bar: QStatusBar, links: QLabel, mitte: GekuerzterText, rechts: QLabel) -> None:
    """``mitte`` (the path) stretches and yields to messages; ``links`` and ``rechts`` stay on the right."""
    bar.addWidget(mitte, 1)
    for label in (links, rechts):
        label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(label)
