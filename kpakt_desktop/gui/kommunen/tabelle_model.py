"""Flat table of the Kommunen with search-as-you-type and sorting, done inside the model.

~16,000 rows: a QSortFilterProxyModel would call a Python ``filterAcceptsRow`` per row and
keystroke and a Python ``lessThan`` per comparison. Here the rows stay tuples with a pre-folded
search key; a keystroke is one list comprehension (over the previous hits when the text only
grew) and one ``layoutChanged`` (no reset: the view keeps its header, scroll bar and selection
state), a sort is one ``list.sort`` with a key; where a Kommune is shown is a binary search over
its place in the sorted list. The cell texts of a row are formatted once and kept; the view paints
plain cells from :meth:`KommunenTabelle.zellbild` (gui/zellzeichner.py), the others through
``multiData`` (once per cell instead of ``data`` once per role).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kpakt_desktop.gui import paint_roles, vocab_text, zellzeichner
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.gui.zellzeichner import Zellbild
from kpakt_desktop.services.kommunen import KommuneZeile

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_AUFGELOEST: Final = 12  # positions in KommuneZeile (checked below)
_SUCHTEXT: Final = 14
assert KommuneZeile._fields[_AUFGELOEST] == "aufgeloest" and KommuneZeile._fields[_SUCHTEXT] == "suchtext"


def _tr(text: str) -> str:
    return QCoreApplication.translate("KommunenTabelle", text)


# (header, value, sort key, numeric); headers are marked for lupdate, translated when shown
_COLUMNS: list[tuple[object, Callable[[KommuneZeile], Any], Callable[[KommuneZeile], Any], bool]] = [
    (QT_TRANSLATE_NOOP("KommunenTabelle", "Name"), lambda r: r.name, lambda r: (r.name.casefold(), r.ars), False),
    (QT_TRANSLATE_NOOP("KommunenTabelle", "ARS"), lambda r: r.ars, lambda r: r.ars, False),
    (QT_TRANSLATE_NOOP("KommunenTabelle", "AGS"), lambda r: r.ags, lambda r: r.ags, False),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "Art"),
        lambda r: vocab_text.translated(r.art),
        lambda r: (r.art, r.name.casefold()),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "Einwohner"),
        lambda r: r.einwohner,
        lambda r: -1 if r.einwohner is None else r.einwohner,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "Kreis"),
        lambda r: r.kreis,
        lambda r: (r.kreis.casefold(), r.name.casefold()),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "Gemeindeverband"),
        lambda r: r.verband,
        lambda r: (r.verband.casefold(), r.name.casefold()),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "IT-Dienstleister"),
        lambda r: r.it_dienstleister,
        lambda r: (r.it_dienstleister.casefold(), r.name),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "First Mover"),
        lambda r: r.first_mover,
        lambda r: (not r.first_mover, r.name.casefold()),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("KommunenTabelle", "Spitzenverband"),
        lambda r: r.spitzenverband,
        lambda r: (r.spitzenverband, r.name.casefold()),
        False,
    ),
]


_AUSRICHTUNG = [zellzeichner.RECHTS if numeric else zellzeichner.LINKS for *_, numeric in _COLUMNS]


def _display(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("KommunenTabelle", "ja") if value else ""
    return format_value(value)


class KommunenTabelle(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._all: list[KommuneZeile] = []
        self._by_id: dict[int, KommuneZeile] = {}  # Kommune id → its row as shown
        self._rang: dict[int, int] = {}  # Kommune id → its place in _all (every list shown keeps that order)
        self._rows: list[KommuneZeile] = []
        self._text = ""
        self._aufgeloeste = False
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._headers: list[str] = []  # translated when first shown
        self._texts: dict[int, tuple[str, ...]] = {}  # Kommune id → its cell texts, formatted when first shown
        self._hits: dict[str, list[KommuneZeile]] = {}  # search text → its rows (see set_filter)

    # -- data ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[KommuneZeile]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._by_id = {r.id: r for r in self._all}
        self._texts.clear()
        self._hits.clear()
        self._sort_all()
        self._rows = self._hits[self._text] = self._filtered(self._all)
        self.endResetModel()

    def update_rows(self, rows: Sequence[KommuneZeile]) -> None:
        """Show new values of some rows (after an edit) without resetting the table.

        Only the changed rows are touched (found through ``_by_id`` and a binary search), and
        only their cells are repainted; the rows keep their place until the next sort or filter."""
        last = self.columnCount() - 1
        for new in rows:
            old = self._by_id.get(new.id)
            if old is None:
                continue
            self._by_id[new.id] = new
            self._texts.pop(new.id, None)
            if new.suchtext != old.suchtext or new.aufgeloest != old.aufgeloest:
                self._hits = {self._text: self._rows}  # kept hits of other texts may no longer match
            for kept in {id(hits): hits for hits in (self._all, self._rows, *self._hits.values())}.values():
                n = self._position(kept, old)
                if n is not None:
                    kept[n] = new
            n = self._position(self._rows, new)
            if n is not None:
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def set_filter(self, text: str, *, aufgeloeste: bool | None = None) -> None:
        """Show the rows whose name, ARS, AGS or PLZ contain ``text`` (case-insensitive)."""
        folded = text.strip().casefold()
        show_dissolved = self._aufgeloeste if aufgeloeste is None else aufgeloeste
        if folded == self._text and show_dissolved == self._aufgeloeste:
            return
        if show_dissolved != self._aufgeloeste:
            self._hits.clear()
        self._text = folded
        self._aufgeloeste = show_dissolved
        # The hits of every prefix of the text are kept: typing on filters the hits of the longest
        # one, deleting (Backspace, clearing the field) shows kept hits again without a search.
        for kept in [k for k in self._hits if not folded.startswith(k)]:
            del self._hits[kept]
        rows = self._hits.get(folded)
        if rows is None:
            longest = max(self._hits, key=len, default=None)
            rows = self._hits[folded] = self._filtered(self._all if longest is None else self._hits[longest])
        self._replace_rows(rows)

    def _filtered(self, rows: list[KommuneZeile]) -> list[KommuneZeile]:
        # Tuple positions instead of attribute names: half the time per row on 16,000 rows.
        text, dissolved = self._text, self._aufgeloeste
        if not text:
            return list(rows) if dissolved else [r for r in rows if not r[_AUFGELOEST]]
        if dissolved:
            return [r for r in rows if text in r[_SUCHTEXT]]
        return [r for r in rows if text in r[_SUCHTEXT] and not r[_AUFGELOEST]]

    def _sort_all(self) -> None:
        column, order = self._sort
        self._all.sort(key=_COLUMNS[column][2], reverse=order == Qt.SortOrder.DescendingOrder)
        self._rang = {r.id: n for n, r in enumerate(self._all)}

    def _position(self, rows: list[KommuneZeile], row: KommuneZeile) -> int | None:
        """Where the Kommune of ``row`` is in ``rows`` (a binary search: every list of rows is a part of
        ``_all`` in its order, so their places in ``_all`` ascend; ~14 steps instead of a scan of 16,000)."""
        rang = self._rang
        ziel = rang.get(row.id)
        if ziel is None:
            return None
        n = bisect_left(rows, ziel, key=lambda r: rang[r.id])
        return n if n < len(rows) and rows[n].id == row.id else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        self._sort = (column, order)
        self._sort_all()
        self._hits.clear()
        self._replace_rows(self._filtered(self._all))
        self._hits[self._text] = self._rows

    def _replace_rows(self, rows: list[KommuneZeile]) -> None:
        """Show ``rows`` as a layout change: selected and current rows stay where their Kommune is."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(self._rows[i.row()], i.column()) for i in old]
        self._rows = rows
        if old:
            position = {row: self._position(rows, row) for row, _ in old_rows}
            new = [QModelIndex() if (n := position[row]) is None else self.index(n, c) for row, c in old_rows]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> KommuneZeile:
        return self._rows[row]

    def row_of(self, kommune_id: int) -> int | None:
        row = self._by_id.get(kommune_id)
        return None if row is None else self._position(self._rows, row)

    @property
    def total(self) -> int:
        return len(self._all)

    # -- Qt interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def _cell_texts(self, row: KommuneZeile) -> tuple[str, ...]:
        texts = self._texts.get(row.id)
        if texts is None:
            texts = self._texts[row.id] = tuple(_display(column[1](row)) for column in _COLUMNS)
        return texts

    def _value(self, row: KommuneZeile, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._cell_texts(row)[column]
        if role == ID_ROLE:
            return row.id
        if role == _ALIGNMENT and _COLUMNS[column][3]:
            return _RIGHT
        if role == _FONT and row.aufgeloest:
            return self._italic
        if role == _TOOLTIP and row.aufgeloest:
            return QCoreApplication.translate("KommunenTabelle", "aufgelöst")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """All roles the delegate asks for when painting a cell, in one call instead of one ``data`` each
        (the same values as :meth:`data`).

        Painting is the hot path (a full screen is ~230 cells per keystroke): the delegate's span is
        filled in one pass (:mod:`~kpakt_desktop.gui.paint_roles`); any other span goes through the loop."""
        n = index.row()
        rows = self._rows
        if not 0 <= n < len(rows):  # an invalid index has row -1
            return
        row, column = rows[n], index.column()
        span = roleDataSpan
        paint = paint_roles.paint_span(span)
        if paint is not None:
            texts = self._texts.get(row.id) or self._cell_texts(row)
            werte: dict[int, object] = {_DISPLAY: texts[column]}
            if _COLUMNS[column][3]:
                werte[_ALIGNMENT] = _RIGHT
            if row.aufgeloest:
                werte[_FONT] = self._italic
            if paint_roles.fuellen(paint, werte):
                return
        items = (span,) if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        for item in items:
            role = item.role()
            if role == _DISPLAY:
                item.setData(self._cell_texts(row)[column])
            else:  # every role is set: Qt may reuse the span, a role left alone keeps another cell's value
                value = self._value(row, column, role) if role in (_ALIGNMENT, ID_ROLE) or row.aufgeloest else None
                if value is None:
                    item.clearData()
                else:
                    item.setData(value)

    def zellbild(self, row: int, column: int) -> Zellbild | None:
        """A plain cell for :class:`~kpakt_desktop.gui.zellzeichner.SchlichteZellen` (the same text and
        alignment as :meth:`data`); a dissolved Kommune's row (italic) is painted by Qt."""
        rows = self._rows
        if not 0 <= row < len(rows):
            return None
        kommune = rows[row]
        if kommune[_AUFGELOEST]:
            return None
        texts = self._texts.get(kommune.id) or self._cell_texts(kommune)
        return texts[column], _AUSRICHTUNG[column], None, None, False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(_COLUMNS):
            if not self._headers:
                self._headers = [_tr(str(column[0])) for column in _COLUMNS]
            return self._headers[section]
        return None
