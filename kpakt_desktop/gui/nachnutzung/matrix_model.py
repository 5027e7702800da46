"""The Nachnutzung matrix model: the whole matrix in memory, filtered and sorted without a query.

``laden`` reads every row once (``MatrixQuery.alles``: ~5,000 Kommunen and ~29,000 cells on all
16 Länder); a filter or a sort is then ``MatrixDaten.ids`` in memory (a few milliseconds instead of
a query per filter), and the model holds the ordered Kommune ids it shows. A cell shows colour and a
short text with a symbol, so it reads in black and white too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import farben, paint_roles, vocab_text, zellzeichner
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.gui.zellzeichner import Zellbild
from kpakt_desktop.services.matrix import (
    SPALTE_KOMMUNE,
    SPALTE_KREIS,
    MatrixAuszug,
    MatrixDaten,
    MatrixFilter,
    MatrixQuery,
    MatrixSort,
    MatrixSpalte,
    MatrixZeile,
    MatrixZelle,
    zelle_passt,
)

Index = QModelIndex | QPersistentModelIndex
FESTE_SPALTEN = 2  # Kommune, Kreis
NACHNUTZUNG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KOMMUNE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
_MITTE = int(Qt.AlignmentFlag.AlignCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@cache
def _brush(farbe: str) -> QBrush:
    return QBrush(QColor(farbe))


@cache
def _color(farbe: str) -> QColor:
    return QColor(farbe)


FIRST_MOVER_ZEICHEN = "★"  # First Mover is marked by a sign, not by bold type alone (WCAG 1.4.1)


class MatrixModel(QAbstractTableModel):
    def __init__(self, query: MatrixQuery) -> None:
        super().__init__()
        self.query = query
        self.filter = MatrixFilter()
        self.sortierung = MatrixSort()
        self._spalten: list[MatrixSpalte] = []
        self._ids: list[int] = []
        self._daten = MatrixDaten({}, {})
        self._bold = QFont()
        self._bold.setBold(True)
        self._texte: dict[tuple[Status, bool], str] = {}  # cell text per status and First Mover

    # -- loading ------------------------------------------------------------------------------
    def laden(self, f: MatrixFilter | None = None, sort: MatrixSort | None = None) -> None:
        """Read the matrix anew (after a change) and show it under a filter/sort."""
        self.beginResetModel()
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sortierung = sort
        self._spalten = self.query.spalten()
        self._daten = self.query.alles()
        self._ids = self._daten.ids(self.filter, self.sortierung)
        self.endResetModel()

    def filtern(self, f: MatrixFilter) -> None:
        """Show the rows read last under another filter (in memory, no query).

        The rows shown are removed and the new ones inserted: the columns and their headers stay as they
        are (a reset or a layout change would lay out and repaint the headers too, each filter), the
        selection and current cell are cleared as a reset does. The views keep their scroll position
        only if the caller restores it (NachnutzungPage.apply_filter)."""
        if self._ids:
            self.beginRemoveRows(QModelIndex(), 0, len(self._ids) - 1)
            self._ids = []
            self.endRemoveRows()
        self.filter = f
        ids = self._daten.ids(f, self.sortierung)
        if ids:
            self.beginInsertRows(QModelIndex(), 0, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def aktualisieren(
        self, *, kommune_ids: Collection[int] = (), nachnutzung_ids: Collection[int] = ()
    ) -> MatrixAuszug | None:
        """After a change of these Kommunen or Nachnutzungen: read just their rows again and show them under
        the current filter and sort. Rows that stay where they are get ``dataChanged``; rows that enter,
        leave or move, a layout change (selection and current cell follow their Kommune). Gives the rows read,
        or None when the change alters the columns: then the caller reloads everything (:meth:`laden`)."""
        auszug = self.query.auszug(kommune_ids=kommune_ids, nachnutzung_ids=nachnutzung_ids)
        vorher = {nr for k in auszug.ids if k in self._daten.zeilen for nr in self._daten.zeilen[k].zellen}
        self._daten.ersetzen(auszug)
        nachher = {nr for z in auszug.zeilen.values() for nr in z.zellen}
        if not self._spalten_passen(vorher | nachher):
            return None
        ids = self._daten.ids(self.filter, self.sortierung)
        if ids == self._ids:
            last = self.columnCount() - 1
            for k in auszug.ids & self._daten.zeilen.keys():
                row = self.zeile_von(k)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        else:
            self._umordnen(ids)
        return auszug

    def _spalten_passen(self, leistungen: set[int]) -> bool:
        """Whether each of these Leistungen still has a column exactly when it has an active cell."""
        aktiv = self._daten.aktive_leistungen()
        gezeigt = {sp.nr for sp in self._spalten}
        return all((nr in aktiv) == (nr in gezeigt) for nr in leistungen)

    def _umordnen(self, ids: list[int]) -> None:
        """Show the rows ``ids`` in a layout change: persistent indexes (selection, current cell) follow
        their Kommune, and those of rows no longer shown become invalid."""
        self.layoutAboutToBeChanged.emit()
        alt = self._ids
        self._ids = ids
        neu_pos = {kid: i for i, kid in enumerate(ids)}
        persistent = self.persistentIndexList()
        moved = []
        for p in persistent:
            row = neu_pos.get(alt[p.row()])
            moved.append(self.index(row, p.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _zeile(self, row: int) -> MatrixZeile | None:
        return self._daten.zeilen.get(self._ids[row])

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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
            return self._text(zelle)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            seit = self.tr(" seit {d}").format(d=format_value(zelle.status_seit)) if zelle.status_seit else ""
            fm = self.tr(", First Mover") if zelle.first_mover else ""
            return (
                f"{zeile.name} – {self._spalten[col - FESTE_SPALTEN].name}: {vocab_text.label(zelle.status)}{seit}{fm}"
            )
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            hinten, vorn = self._farben(zeile, zelle, nr or 0)
            return hinten if role == Qt.ItemDataRole.BackgroundRole else vorn
        if role == Qt.ItemDataRole.FontRole and zelle.first_mover:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _MITTE
        if role == NACHNUTZUNG_ID_ROLE:
            return zelle.id
        if role == STATUS_ROLE:
            return zelle.status.value
        return None

    def _text(self, zelle: MatrixZelle) -> str:
        key = (zelle.status, zelle.first_mover)
        text = self._texte.get(key)
        if text is None:
            fm = f" {FIRST_MOVER_ZEICHEN}" if zelle.first_mover else ""
            text = self._texte[key] = f"{zelle.status.symbol} {vocab_text.kurz(zelle.status)}{fm}"
        return text

    def _farben(self, zeile: MatrixZeile, zelle: MatrixZelle, nr: int) -> tuple[QBrush, QBrush]:
        """Background and text colour of a cell (brushes made once per colour)."""
        hinten, vorn = self._farbnamen(zeile, zelle, nr)
        return _brush(hinten), _brush(vorn)

    def _farbnamen(self, zeile: MatrixZeile, zelle: MatrixZelle, nr: int) -> tuple[str, str]:
        if self.filter.zellfilter and not zelle_passt(self.filter, zeile, nr):
            return farben.ZELLE_GEDIMMT, farben.ZELLE_GEDIMMT_TEXT  # matched through another cell
        nmz = zelle.status is Status.NICHT_MEHR_ZUSTAENDIG
        return zelle.status.farbe, farben.NICHT_MEHR_ZUSTAENDIG_TEXT if nmz else farben.ZELLE_TEXT

    def zellbild(self, row: int, column: int) -> Zellbild | None:
        """A cell for :class:`~kpakt_desktop.gui.zellzeichner.SchlichteZellen`: the same text, colours,
        alignment and bold type (First Mover, the Kreis's own row) as :meth:`data`."""
        ids = self._ids
        zeile = self._daten.zeilen.get(ids[row]) if 0 <= row < len(ids) else None
        if zeile is None:
            return None
        if column < FESTE_SPALTEN:
            if column == 1:
                return zeile.kreis, zellzeichner.LINKS, None, None, False
            return zeile.name, zellzeichner.LINKS, None, None, zeile.kommune_id == self._kreis_kopf(zeile)
        nr = self.leistung_nr(column)
        zelle = zeile.zellen.get(nr) if nr is not None else None
        if zelle is None:
            return "", zellzeichner.LINKS, None, None, False  # not zuständig: an empty cell
        hinten, vorn = self._farbnamen(zeile, zelle, nr or 0)
        return self._text(zelle), zellzeichner.MITTE, _color(vorn), _brush(hinten), zelle.first_mover

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The delegate's roles for painting a cell in one call (the same values as :meth:`data`, see
        :mod:`~kpakt_desktop.gui.paint_roles`); any other span asks :meth:`data`."""
        span = roleDataSpan
        paint = paint_roles.paint_span(span)
        n = index.row()
        if paint is not None and 0 <= n < len(self._ids) and paint_roles.fuellen(paint, self._paint_werte(n, index)):
            return
        items = (span,) if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        for item in items:
            item.setData(self.data(index, item.role()))

    def _paint_werte(self, n: int, index: Index) -> dict[int, object]:
        """The values of the painted roles of a cell: those of its :meth:`zellbild`."""
        bild = self.zellbild(n, index.column())
        return zellzeichner.rollenwerte(bild, self._bold) if bild is not None else {}

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
        self.sortierung = MatrixSort(spalte, order == Qt.SortOrder.DescendingOrder)
        # Selections and the current cell follow their Kommune to its new row.
        self._umordnen(self._daten.ids(self.filter, self.sortierung))
