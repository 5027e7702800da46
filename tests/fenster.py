"""The main window as a user starts it (as app.main: the frame first, its content after the first
paint, then the database file), shown and exposed (again after a "restart": a new window on the same
settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kpakt_desktop.app import make_application
from kpakt_desktop.gui.erstes_bild import nach_erstem_bild
from kpakt_desktop.gui.main_window import MainWindow
from kpakt_desktop.gui.opened import OpenedDatabase


def starten(qtbot: object, path: Path) -> MainWindow:
    make_application([])
    window = MainWindow(rahmen_zuerst=True)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    nach_erstem_bild(window, lambda: window.attach(OpenedDatabase(path)))
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=10_000)  # type: ignore[attr-defined]
    # the page was laid out in the shown window by posted events: as the user sees it once they ran
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    return window
