"""Answering the delegate's painting span in ``multiData`` (the hot path of painting a large table).

``QStyledItemDelegate::initStyleOption`` asks a model for seven roles of a cell in one ``multiData``
call (:data:`PAINT_ROLES`). Qt reuses that span from cell to cell (and from table to table), so every
role in it must be set on every call: a role left alone would keep the previous cell's value (a bold
font, a colour, an icon). :func:`fuellen` sets each role to the value given for it, or clears it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

FONT = Qt.ItemDataRole.FontRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
DISPLAY = Qt.ItemDataRole.DisplayRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
PAINT_ROLES = (
    FONT,
    ALIGNMENT,
    FOREGROUND,
    Qt.ItemDataRole.CheckStateRole.value,
    Qt.ItemDataRole.DecorationRole.value,
    DISPLAY,
    BACKGROUND,
)
_PAINTED = frozenset(PAINT_ROLES)


def paint_span(span: QModelRoleDataSpan | QModelRoleData) -> QModelRoleDataSpan | None:
    """``span`` if it may be the delegate's painting span (seven roles; :func:`fuellen` checks them)."""
    if isinstance(span, QModelRoleDataSpan) and span.size() == len(PAINT_ROLES):
        return span
    return None


def fuellen(span: QModelRoleDataSpan, werte: Mapping[int, object]) -> bool:
    """Set every role of ``span``: to its value in ``werte``, else to nothing. False (and the caller
    answers the span the general way) if the span holds a role that painting does not ask for."""
    for item in cast(Iterable[QModelRoleData], span):
        role = item.role()
        if role not in _PAINTED:
            return False
        wert = werte.get(role)
        if wert is None:
            item.clearData()
        else:
            item.setData(wert)
    return True
