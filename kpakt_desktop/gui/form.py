"""Typed access to the widgets of a loaded Designer form."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def child(form: QWidget, cls: type[W], name: str) -> W:
    """The form's widget ``name``; a missing one is a broken installation, said plainly."""
    widget = form.findChild(cls, name)
    if widget is None:
        raise RuntimeError(f"Im Formular {form.objectName()} fehlt das Element {name} ({cls.__name__}).")
    return widget
