"""Loading Qt Designer forms from ui/ at run time."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from kpakt_desktop import paths
from kpakt_desktop.gui.datum import DatumFeld


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget of ``ui/<name>.ui``; children are found with ``findChild`` by objectName."""
    path = paths.ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Formular {path} fehlt in der Installation.")
    try:
        loader = QUiLoader()
        loader.registerCustomWidget(DatumFeld)  # <widget class="DatumFeld"> in the forms
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Formular {path} konnte nicht geladen werden.")
    return widget
