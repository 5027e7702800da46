"""Jumping from one page to another, filtered (the Übersicht's charts, the First-Mover table).

Pages do not know the main window; they ask the window they sit in to show a page by key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.status import Status


def zeige_seite(widget: QWidget, key: str) -> Any:
    """The page ``key`` after switching to it, or None when the widget is not in a main window."""
    window = widget.window()
    show_page = getattr(window, "show_page", None)
    return show_page(key) if callable(show_page) else None


def zeige_matrix(
    widget: QWidget,
    *,
    leistung_nr: int | None = None,
    status: Status | None = None,
    kreis_id: int | None = None,
    first_mover: bool = False,
) -> bool:
    page = zeige_seite(widget, "nachnutzung")
    if page is None:
        return False
    page.zeige_gefiltert(leistung_nr=leistung_nr, status=status, kreis_id=kreis_id, first_mover=first_mover)
    return True


def zeige_kommune_in_matrix(
    widget: QWidget, kommune_id: int, *, leistung_nr: int | None = None, kreis_id: int | None = None
) -> bool:
    """The matrix filtered like the map the user clicked, with the Kommune's row selected."""
    page = zeige_seite(widget, "nachnutzung")
    if page is None:
        return False
    page.zeige_gefiltert(leistung_nr=leistung_nr, kreis_id=kreis_id)
    return bool(page.zeige_kommune(kommune_id))
