"""Run something once the window has been drawn for the first time.

``show()`` only asks for the window; under X11 and Windows the first paint comes with the server's
expose event, after the next turns of the event loop. Work started with ``QTimer.singleShot(0, …)``
right after ``show()`` (opening the database, building the first page: ~0.2 s) ran before that paint,
and the user saw a black window meanwhile. Here the work waits for the window's first Paint event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SPAETESTENS_MS = 1000  # a window that is not drawn (minimised, hidden desktop) must not wait forever


class _ErstesBild(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], spaetestens_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._erledigt = False
        window.installEventFilter(self)
        QTimer.singleShot(spaetestens_ms, self._los)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._erledigt:
            QTimer.singleShot(0, self._los)  # after this paint has been flushed to the screen
        return False

    def _los(self) -> None:
        if self._erledigt:
            return
        self._erledigt = True
        self._window.removeEventFilter(self)
        self._callback()


def nach_erstem_bild(window: QWidget, callback: Callable[[], None], spaetestens_ms: int = SPAETESTENS_MS) -> None:
    """Call ``callback`` once, right after ``window`` was first painted (or after ``spaetestens_ms``)."""
    _ErstesBild(window, callback, spaetestens_ms)
