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
        self._gezeigt: set[int] = set()  # node positions of the hits and of the nodes above them
        baum.modelReset.connect(self._neu_berechnen)  # before the proxy's own slot: it filters with these
        self.setSourceModel(baum)
        self._kursiv = QFont()
        self._kursiv.setItalic(True)

    def set_treffer(self, ids: Collection[int] | None) -> None:
        treffer = None if ids is None else frozenset(ids)
        if treffer != self.treffer:
            # A reset, not a filter change: removing rows one by one from a tree with thousands of
            # unfolded nodes takes seconds; a reset is filtered anew at once.
            self.beginResetModel()
            self.treffer = treffer
            self._neu_berechnen()
            self.endResetModel()

    def _neu_berechnen(self) -> None:
        self._gezeigt = set() if self.treffer is None else self.baum.mit_vorfahren(self.treffer)

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
        return self.baum.position(source_row, source_parent) in self._gezeigt

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        treffer = self.treffer
        if role == Qt.ItemDataRole.FontRole and treffer is not None and index.data(ID_ROLE) not in treffer:
            return self._kursiv
        return super().data(index, role)
