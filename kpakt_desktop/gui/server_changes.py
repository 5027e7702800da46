"""Other users' changes on a server database reach this window (thin adapter over store.aenderungen).

A daemon thread listens (PostgreSQL LISTEN) and emits ``arrived`` with the changed tables and ids;
Qt delivers the signal in the GUI thread, where the main window refreshes its pages.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.store.aenderungen import Aenderung, horche


class ServerChanges(QObject):
    arrived = Signal(object)  # list[Aenderung]

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.failed: str | None = None
        self._thread = threading.Thread(target=self._run, args=(url,), name="kpakt-server-changes", daemon=True)
        self._thread.start()

    def _run(self, url: str) -> None:
        try:
            horche(url, self._emit, self._stop)
        except (KpaktError, OSError, RuntimeError, ValueError) as err:
            # The server went away: no more announcements; the user's own actions still refresh the
            # pages, and the next write reports the server in German.
            self.failed = str(err)

    def _emit(self, aenderungen: list[Aenderung]) -> None:
        if not self._stop.is_set():
            self.arrived.emit(aenderungen)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2.0)
