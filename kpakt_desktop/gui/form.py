"""Typed access to the widgets of a loaded Designer form (the one ``child()`` lookup of the GUI)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def child(form: QObject, cls: type[W], name: str) -> W:
    """The form's widget ``name``; a missing one is a broken installation, said plainly."""
    widget = form.findChild(cls, name)
    if widget is None:
        raise RuntimeError(f"Im Formular {form.objectName()} fehlt das Element {name} ({cls.__name__}).")
    return widget
