"""The main window as a user starts it: on a database file, shown and exposed (again after a
"restart": a new window on the same settings)."""

from __future__ import annotations

from pathlib import Path

from kpakt_desktop.app import make_application
from kpakt_desktop.gui.main_window import MainWindow
from kpakt_desktop.gui.opened import OpenedDatabase


def starten(qtbot: object, path: Path) -> MainWindow:
    make_application([])
    window = MainWindow(OpenedDatabase(path))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window
