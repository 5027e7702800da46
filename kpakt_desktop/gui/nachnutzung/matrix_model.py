"""The Nachnutzung matrix model: ID-backed, rows fetched lazily a page at a time.

The model holds the ordered Kommune ids of the current filter and sort (both done in SQL by
``MatrixQuery``) and a cache of the rows painted so far. A cell shows colour and a short text
with a symbol, so it reads in black and white too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import farben, vocab_text
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.services.matrix import (
    SPALTE_KOMMUNE,
    SPALTE_KREIS,
    MatrixFilter,
    MatrixQuery,
    MatrixSort,
    MatrixSpalte,
    MatrixZeile,
    zelle_passt,
)

Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows fetched per query: one screen and some scrolling
CACHE_MAX = 5000  # rows kept; beyond that the cache starts over (memory stays flat on 16 Länder)
FESTE_SPALTEN = 2  # Kommune, Kreis
NACHNUTZUNG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KOMMUNE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
_GEDIMMT = QColor(farben.ZELLE_GEDIMMT)
FIRST_MOVER_ZEICHEN = "★"  # First Mover is marked by a sign, not by bold type alone (WCAG 1.4.1)


class MatrixModel(QAbstractTableModel):
    def __init__(self, query: MatrixQuery) -> None:
        super().__init__()
        self.query = query
        self.filter = MatrixFilter()
        self.sortierung = MatrixSort()
        self._spalten: list[MatrixSpalte] = []
        self._ids: list[int] = []
        self._cache: dict[int, MatrixZeile] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ------------------------------------------------------------------------------
    def laden(self, f: MatrixFilter | None = None, sort: MatrixSort | None = None) -> None:
        """(Re)load the ids for a filter/sort; rows are fetched when painted."""
        self.beginResetModel()
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sortierung = sort
        self._spalten = self.query.spalten()
        self._ids = self.query.zeilen_ids(self.filter, self.sortierung)
        self._cache = {}
        self.endResetModel()

    def _zeile(self, row: int) -> MatrixZeile | None:
        kid = self._ids[row]
        zeile = self._cache.get(kid)
        if zeile is None:
            if len(self._cache) > CACHE_MAX:
                self._cache = {}
            start = max(0, row - PAGE // 4)
            self._cache.update(self.query.zeilen(self._ids[start : start + PAGE]))
            zeile = self._cache.get(kid)
        return zeile

    # -- lookups for the page --------------------------------------------------------------------
    @property
    def spalten(self) -> list[MatrixSpalte]:
        return self._spalten

    def leistung_nr(self, column: int) -> int | None:
        i = column - FESTE_SPALTEN
        return self._spalten[i].nr if 0 <= i < len(self._spalten) else None

    def spalte_von(self, nr: int) -> int | None:
        for i, sp in enumerate(self._spalten):
            if sp.nr == nr:
                return i + FESTE_SPALTEN
        return None

    def kommune_id(self, row: int) -> int:
        return self._ids[row]

    def zeile_von(self, kommune_id: int) -> int | None:
        try:
            return self._ids.index(kommune_id)
        except ValueError:
            return None

    # -- Qt interface ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FESTE_SPALTEN + len(self._spalten)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        zeile = self._zeile(index.row())
        if zeile is None:
            return None
        col = index.column()
        if role == KOMMUNE_ID_ROLE:
            return zeile.kommune_id
        if col == 0:
            return self._kommune_data(zeile, role)
        if col == 1:
            return zeile.kreis if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        nr = self.leistung_nr(col)
        zelle = zeile.zellen.get(nr) if nr is not None else None
        if zelle is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("nicht zuständig")
            if role == Qt.ItemDataRole.AccessibleTextRole and nr is not None:
                leistung = self._spalten[col - FESTE_SPALTEN].name
                return self.tr("{kommune} – {leistung}: nicht zuständig").format(kommune=zeile.name, leistung=leistung)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fm = f" {FIRST_MOVER_ZEICHEN}" if zelle.first_mover else ""
            return f"{zelle.status.symbol} {vocab_text.kurz(zelle.status)}{fm}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            seit = self.tr(" seit {d}").format(d=format_value(zelle.status_seit)) if zelle.status_seit else ""
            fm = self.tr(", First Mover") if zelle.first_mover else ""
            return (
                f"{zeile.name} – {self._spalten[col - FESTE_SPALTEN].name}: {vocab_text.label(zelle.status)}{seit}{fm}"
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.filter.zellfilter and not zelle_passt(self.filter, zeile, nr or 0):
                return QBrush(_GEDIMMT)  # the row matched through another cell: keep this one quiet
            return QBrush(QColor(zelle.status.farbe))
        if role == Qt.ItemDataRole.ForegroundRole:
            dim = self.filter.zellfilter and not zelle_passt(self.filter, zeile, nr or 0)
            if dim:
                return QBrush(QColor(farben.ZELLE_GEDIMMT_TEXT))
            nmz = zelle.status is Status.NICHT_MEHR_ZUSTAENDIG
            return QBrush(QColor(farben.NICHT_MEHR_ZUSTAENDIG_TEXT if nmz else farben.ZELLE_TEXT))
        if role == Qt.ItemDataRole.FontRole and zelle.first_mover:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == NACHNUTZUNG_ID_ROLE:
            return zelle.id
        if role == STATUS_ROLE:
            return zelle.status.value
        return None

    def _kommune_data(self, zeile: MatrixZeile, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return zeile.name
        if role == Qt.ItemDataRole.ToolTipRole:
            fm = self.tr(" – First Mover") if zeile.first_mover else ""
            return f"{zeile.name} ({zeile.art}, ARS {zeile.ars}){fm}"
        if role == Qt.ItemDataRole.FontRole and zeile.kommune_id == self._kreis_kopf(zeile):
            return self._bold
        return None

    def _kreis_kopf(self, zeile: MatrixZeile) -> int | None:
        # The Kreis's own row heads its group: shown bold so the grouping reads at a glance.
        return zeile.kommune_id if zeile.kreis == zeile.name else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids) else None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Kommune") if role == Qt.ItemDataRole.DisplayRole else None
        if section == 1:
            return self.tr("Kreis") if role == Qt.ItemDataRole.DisplayRole else None
        sp = self._spalten[section - FESTE_SPALTEN]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{sp.nr}\n{sp.name}"  # the header shortens it to the column's width (kopfzeile.py)
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = "" if sp.zaehlt_fuer_quote else self.tr(" – zählt nicht für die Quote")
            return f"{sp.nr} {sp.name}{extra}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spalte: str | int
        if column == 0:
            spalte = SPALTE_KOMMUNE
        elif column == 1:
            spalte = SPALTE_KREIS
        else:
            spalte = self.leistung_nr(column) or SPALTE_KREIS
        self.layoutAboutToBeChanged.emit()
        self.sortierung = MatrixSort(spalte, order == Qt.SortOrder.DescendingOrder)
        alt = self._ids
        self._ids = self.query.zeilen_ids(self.filter, self.sortierung)
        neu_pos = {kid: i for i, kid in enumerate(self._ids)}
        persistent = self.persistentIndexList()
        # Selections and the current cell follow their Kommune to its new row.
        moved = [self.index(neu_pos[alt[p.row()]], p.column()) for p in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
