"""The Bundesansicht as a national dashboard: Länder × Leistungen heat table with the totals row for
Germany, and the change since each Land's previous package. Every cell carries its numbers as
text ("42 % (118)"), so the colour is an aid, never the only carrier of the value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kpakt_desktop.gui import farben
from kpakt_desktop.services.standardpaket.national_view import Bundesstand, LandStand, Zelle, deutschland

Index = QModelIndex | QPersistentModelIndex
# Sequential, colour-blind safe ramp (ColorBrewer "BuGn"): the darker, the more produktiv.
RAMPE = farben.HEAT_RAMPE


def prozent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def veraenderung_text(change: tuple[int, float | None] | None) -> str:
    """ "+12 (+2,5 Pp.)" since the previous package; "" without one."""
    if change is None:
        return ""
    n, punkte = change
    text = f"{n:+d}"
    if punkte is not None:
        text += " (" + f"{punkte:+.1f}".replace(".", ",") + QCoreApplication.translate("Bundesansicht", " Pp.") + ")"
    return text


def farbe(anteil: float | None) -> QColor | None:
    if anteil is None:
        return None
    return QColor(RAMPE[min(int(anteil * len(RAMPE)), len(RAMPE) - 1)])


class HeatModel(QAbstractTableModel):
    """Rows: Deutschland, then the Länder; columns: all Leistungen together, then each Leistung."""

    def __init__(self) -> None:
        super().__init__()
        self._leistungen: list[tuple[int, str]] = []
        self._zeilen: list[tuple[str, dict[int, Zelle], LandStand | None]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_bund(self, bund: Bundesstand) -> None:
        self.beginResetModel()
        self._leistungen = list(bund.leistungen)
        self._zeilen = [
            (QCoreApplication.translate("Bundesansicht", "Deutschland"), {z.nr: z for z in deutschland(bund)}, None)
        ]
        self._zeilen += [(f"{x.kuerzel} {x.name}", {z.nr: z for z in x.zellen}, x) for x in bund.laender]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._zeilen)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._zeilen else len(self._leistungen) + 1

    def _gesamt(self, zellen: dict[int, Zelle]) -> tuple[int, int]:
        zaehlt = [z for z in zellen.values() if z.zaehlt_fuer_quote]
        return sum(z.zustaendig for z in zaehlt), sum(z.produktiv for z in zaehlt)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, zellen, land = self._zeilen[index.row()]
        if index.column() == 0:
            zustaendig, produktiv = self._gesamt(zellen)
            anteil = produktiv / zustaendig if zustaendig else None
            change = land.veraenderung() if land is not None else None
            leistung = QCoreApplication.translate("Bundesansicht", "alle zählenden Leistungen")
        else:
            nr, leistung = self._leistungen[index.column() - 1]
            z = zellen.get(nr)
            if z is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            zustaendig, produktiv, anteil = z.zustaendig, z.produktiv, z.anteil_produktiv
            change = land.veraenderung(nr) if land is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{prozent(anteil)} ({zustaendig})"
            # the change since the previous package, when there is one (details in the tooltip)
            return f"{text} {change[0]:+d}" if change is not None and change[0] else text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate(
                "Bundesansicht", "{land}, {leistung}: {p} von {n} zuständigen Kommunen produktiv ({anteil})"
            ).format(land=name, leistung=leistung, p=produktiv, n=zustaendig, anteil=prozent(anteil))
            if change is not None and land is not None and land.vorher is not None:
                text += "\n" + QCoreApplication.translate(
                    "Bundesansicht", "seit Paket Nr. {nr} ({datum}): {aenderung}"
                ).format(
                    nr=land.vorher.sequenz, datum=f"{land.vorher.stand:%d.%m.%Y}", aenderung=veraenderung_text(change)
                )
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            c = farbe(anteil)
            return QBrush(c) if c is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            dunkel = anteil is not None and min(int(anteil * len(RAMPE)), len(RAMPE) - 1) >= farben.HEAT_WEISS_AB
            return QBrush(QColor(farben.WEISS)) if dunkel else None
        if role == Qt.ItemDataRole.FontRole and (land is None or index.column() == 0):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._zeilen):
                return self._zeilen[section][0]
            return None
        if section == 0:
            texts = (
                QCoreApplication.translate("Bundesansicht", "gesamt"),
                QCoreApplication.translate("Bundesansicht", "alle Leistungen außer Nr. 7 und 8"),
            )
        elif 0 < section <= len(self._leistungen):
            nr, name = self._leistungen[section - 1]
            texts = (str(nr), f"{nr} {name}")
        else:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts[1]
        return None
