"""A user's mouse on a table's column header: click a column to sort, drag a column's edge."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView


def kopf(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def _maus(header: QHeaderView, art: QMouseEvent.Type, x: int, gedrueckt: bool) -> None:
    pos = QPointF(x, header.height() / 2)
    button = Qt.MouseButton.LeftButton
    buttons = button if gedrueckt else Qt.MouseButton.NoButton
    global_pos = QPointF(header.viewport().mapToGlobal(pos.toPoint()))
    event = QMouseEvent(
        art,
        pos,
        global_pos,
        Qt.MouseButton.NoButton if art == QMouseEvent.Type.MouseMove else button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(header.viewport(), event)


def klicke_spalte(view: QAbstractItemView, section: int) -> None:
    """Click the middle of a column's header (as a user choosing the sort)."""
    header = kopf(view)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    _maus(header, QMouseEvent.Type.MouseButtonPress, x, True)
    _maus(header, QMouseEvent.Type.MouseButtonRelease, x, False)


def ziehe_spalte(view: QAbstractItemView, section: int, breite: int) -> None:
    """Drag the right edge of a column's header until the column is ``breite`` wide."""
    header = kopf(view)
    rand = header.sectionViewportPosition(section) + header.sectionSize(section) - 1
    ziel = rand + breite - header.sectionSize(section)
    _maus(header, QMouseEvent.Type.MouseButtonPress, rand, True)
    for x in (rand + (ziel - rand) // 2, ziel):
        _maus(header, QMouseEvent.Type.MouseMove, x, True)
    _maus(header, QMouseEvent.Type.MouseButtonRelease, ziel, False)
    assert header.sectionSize(section) == breite, (header.sectionSize(section), breite)
