"""Loading Qt Designer forms from ui/ at run time."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from kpakt_desktop import paths

W = TypeVar("W", bound=QObject)


def child(form: QWidget, cls: type[W], name: str) -> W:
    """A named child of a loaded form; a missing one is an installation fault, said plainly."""
    found = form.findChild(cls, name)
    if found is None:
        raise LookupError(f"Im Formular {form.objectName()} fehlt das Element {name}.")
    return found


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget of ``ui/<name>.ui``; children are found with ``findChild`` by objectName."""
    path = paths.ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Formular {path} fehlt in der Installation.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Formular {path} konnte nicht geladen werden.")
    return widget
