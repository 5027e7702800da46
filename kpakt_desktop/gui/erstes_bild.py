"""Run something once the window has been drawn for the first time.

``show()`` only asks for the window; under X11 and Windows the first paint comes with the server's
expose event, after the next turns of the event loop. Work started with ``QTimer.singleShot(0, …)``
right after ``show()`` (opening the database, building the first page: ~0.2 s) ran before that paint,
and the user saw a black window meanwhile. Here the work waits for the first Paint event of the window
or any widget in it: a main window whose children cover it gets no Paint event of its own, and waiting
for one cost the fallback second at every start. Several callbacks for one window run in the order
they were given (the main window builds its content before the database is attached).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SPAETESTENS_MS = 1000  # a window that is not drawn (minimised, hidden desktop) must not wait forever


class _ErstesBild(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], spaetestens_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks = [callback]
        self._erledigt = False
        self._app = QCoreApplication.instance()
        if self._app is not None:  # only until the first paint: then the filter goes again
            self._app.installEventFilter(self)
        handle = window.windowHandle()
        # already on screen (shown and drawn before we were asked): no Paint event may follow
        QTimer.singleShot(0 if handle is not None and handle.isExposed() else spaetestens_ms, self._los)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and not self._erledigt
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self._los)  # after this paint has been flushed to the screen
        return False

    def _los(self) -> None:
        if self._erledigt:
            return
        self._erledigt = True
        if self._app is not None:
            self._app.removeEventFilter(self)
        for callback in self._callbacks:
            callback()
        self.deleteLater()


def nach_erstem_bild(window: QWidget, callback: Callable[[], None], spaetestens_ms: int = SPAETESTENS_MS) -> None:
    """Call ``callback`` once, right after ``window`` was first painted (or after ``spaetestens_ms``)."""
    for wartend in window.findChildren(_ErstesBild):
        if not wartend._erledigt:
            wartend._callbacks.append(callback)
            return
    _ErstesBild(window, callback, spaetestens_ms)
