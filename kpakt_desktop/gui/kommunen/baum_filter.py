"""The Gliederung under the page's search: the Kommunen the search finds, with the Kreise and
Gemeindeverbände above them (in italics: the way to the hits, not hits themselves)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from kpakt_desktop.gui.kommunen.baum_model import KommunenBaum
from kpakt_desktop.gui.kommunen.tabelle_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class BaumFilter(QSortFilterProxyModel):
    def __init__(self, baum: KommunenBaum, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.baum = baum
        self.treffer: frozenset[int] | None = None  # None: no search, the whole Gliederung
        self.setRecursiveFilteringEnabled(True)  # a hit keeps its parents
        self.setSourceModel(baum)
        self._kursiv = QFont()
        self._kursiv.setItalic(True)

    def set_treffer(self, ids: Collection[int] | None) -> None:
        treffer = None if ids is None else frozenset(ids)
        if treffer != self.treffer:
            self.beginFilterChange()
            self.treffer = treffer
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def anzahl(self) -> int:
        """How many hits the Gliederung shows (every node when nothing is searched)."""
        alle = self.baum.alle_ids()
        return len(alle) if self.treffer is None else len(self.treffer & alle)

    def gesamt(self) -> int:
        return len(self.baum.alle_ids())

    def index_of(self, kommune_id: int) -> QModelIndex:
        return self.mapFromSource(self.baum.index_of(kommune_id))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.treffer is None:
            return True
        return self.baum.index(source_row, 0, source_parent).data(ID_ROLE) in self.treffer

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        treffer = self.treffer
        if role == Qt.ItemDataRole.FontRole and treffer is not None and index.data(ID_ROLE) not in treffer:
            return self._kursiv
        return super().data(index, role)
