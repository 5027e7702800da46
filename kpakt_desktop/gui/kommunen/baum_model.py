"""Tree Kreis / kreisfreie Stadt → Gemeindeverband → Gemeinde with Gemeinden and Einwohner per node.

Nodes live in one flat list; an index carries the node's position in it as internal id, so no
Python object has to survive inside a QModelIndex.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.kommunen.tabelle_model import ID_ROLE
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.services.kommunen import BaumKnoten

Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("KommunenBaum", "Name"),
    QT_TRANSLATE_NOOP("KommunenBaum", "Art"),
    QT_TRANSLATE_NOOP("KommunenBaum", "Gemeinden"),
    QT_TRANSLATE_NOOP("KommunenBaum", "Einwohner"),
)


@dataclass
class _Node:
    knoten: BaumKnoten
    parent: int  # position of the parent in the flat list, -1 for the roots
    row: int
    children: list[int]


class KommunenBaum(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self._nodes: list[_Node] = []
        self._roots: list[int] = []
        self._position: dict[int, int] = {}  # Kommune id → its node's position

    def set_roots(self, roots: Sequence[BaumKnoten]) -> None:
        self.beginResetModel()
        self._nodes = []
        self._roots = [self._add(k, -1, row) for row, k in enumerate(roots)]
        self._position = {node.knoten.id: position for position, node in enumerate(self._nodes)}
        self.endResetModel()

    def alle_ids(self) -> frozenset[int]:
        return frozenset(self._position)

    def _add(self, knoten: BaumKnoten, parent: int, row: int) -> int:
        position = len(self._nodes)
        node = _Node(knoten, parent, row, [])
        self._nodes.append(node)
        node.children = [self._add(child, position, r) for r, child in enumerate(knoten.kinder)]
        return position

    def knoten(self, index: Index) -> BaumKnoten | None:
        return self._nodes[index.internalId()].knoten if index.isValid() else None

    def ids_below(self, index: Index) -> list[int]:
        """The node's Kommune and every Kommune below it."""
        if not index.isValid():
            return []

        def walk(position: int) -> Iterator[int]:
            node = self._nodes[position]
            yield node.knoten.id
            for child in node.children:
                yield from walk(child)

        return list(walk(index.internalId()))

    def index_of(self, kommune_id: int) -> QModelIndex:
        position = self._position.get(kommune_id)
        return QModelIndex() if position is None else self.createIndex(self._nodes[position].row, 0, position)

    def position(self, row: int, parent: Index) -> int:
        """The node at ``row`` under ``parent`` (its place in the flat list)."""
        return (self._nodes[parent.internalId()].children if parent.isValid() else self._roots)[row]

    def mit_vorfahren(self, ids: Iterable[int]) -> set[int]:
        """The positions of these Kommunen's nodes and of every node above them."""
        out: set[int] = set()
        for kommune_id in ids:
            position = self._position.get(kommune_id, -1)
            while position >= 0 and position not in out:
                out.add(position)
                position = self._nodes[position].parent
        return out

    def knoten_von(self, kommune_id: int) -> BaumKnoten | None:
        """The Kommune's node: its Gemeinden and Einwohner as the Gliederung counts them."""
        position = self._position.get(kommune_id)
        return None if position is None else self._nodes[position].knoten

    # -- Qt interface --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._nodes[parent.internalId()].children if parent.isValid() else self._roots
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[index.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        k = self._nodes[index.internalId()].knoten
        if role == Qt.ItemDataRole.DisplayRole:
            return (k.name, vocab_text.translated(k.art), format_value(k.gemeinden), format_value(k.einwohner))[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return k.ars
        if role == ID_ROLE:
            return k.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("KommunenBaum", str(_HEADERS[section]))
        return None
