"""Bundesansicht: a national database (the IT-Planungsrat's merge), opened read-only.

Länder overview with each Land's Stand; selecting a Land drills down to its Leistungen matrix.
A window of its own (opened from the Standardpaket page): it shows another database than the
Land database of the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.status import ALLE, Status
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.karte.ansicht import KartenAnsicht
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.standardpaket.bund_dashboard import HeatModel, prozent, veraenderung_text
from kpakt_desktop.gui.views import read_only_table
from kpakt_desktop.services.karte import Marke, bundes_karte
from kpakt_desktop.services.standardpaket.national_view import (
    Bundesstand,
    LandStand,
    MatrixZeile,
    Zelle,
    load_bundesstand,
)


def _percent(value: float | None) -> float | None:
    return None if value is None else 100 * value


def _land_columns() -> list[Column[LandStand]]:
    return [
        Column(QCoreApplication.translate("Column", "Land"), lambda x: f"{x.kuerzel} {x.name}"),
        Column(QCoreApplication.translate("Column", "Stand (UTC)"), lambda x: f"{x.stand:%d.%m.%Y %H:%M}"),
        Column(QCoreApplication.translate("Column", "Paket"), lambda x: x.sequenz, numeric=True),
        Column(QCoreApplication.translate("Column", "Kommunen"), lambda x: x.kommunen, numeric=True),
        Column(QCoreApplication.translate("Column", "Einwohner"), lambda x: x.einwohner, numeric=True),
        Column(
            QCoreApplication.translate("Column", "produktiv (Ø %)"),
            lambda x: _mean([z.anteil_produktiv for z in x.zellen]),
            numeric=True,
            tooltip=lambda _x: QCoreApplication.translate(
                "Column", "Mittel der Anteile produktiver Kommunen über die zählenden Leistungen"
            ),
        ),
        Column(
            QCoreApplication.translate("Column", "seit vorigem Paket"),
            lambda x: veraenderung_text(x.veraenderung()),
            tooltip=lambda x: (
                QCoreApplication.translate(
                    "Column", "Veränderung der produktiven Nachnutzungen seit Paket Nr. {nr} vom {datum}"
                ).format(nr=x.vorher.sequenz, datum=f"{x.vorher.stand:%d.%m.%Y}")
                if x.vorher
                else QCoreApplication.translate("Column", "kein früheres Paket zusammengeführt")
            ),
        ),
    ]


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return 100 * sum(present) / len(present) if present else None


def _status_count(status: Status) -> Callable[[Zelle], int]:
    def count(z: Zelle) -> int:
        return z.by_status.get(status, 0)

    return count


def _cell_columns(names: dict[int, str]) -> list[Column[Zelle]]:
    columns: list[Column[Zelle]] = [
        Column(QCoreApplication.translate("Column", "Nr."), lambda z: z.nr, numeric=True),
        Column(QCoreApplication.translate("Column", "Leistung"), lambda z: names.get(z.nr, "")),
        Column(
            QCoreApplication.translate("Column", "Vollzugsebene"),
            lambda z: vocab_text.label(z.ebene) if z.ebene else "–",
        ),
        Column(QCoreApplication.translate("Column", "zuständig"), lambda z: z.zustaendig, numeric=True),
    ]
    for status in ALLE:
        if status.aktiv:
            columns.append(Column(vocab_text.label(status), _status_count(status), numeric=True))
    columns += [
        Column(
            QCoreApplication.translate("Column", "produktiv %"), lambda z: _percent(z.anteil_produktiv), numeric=True
        ),
        Column(
            QCoreApplication.translate("Column", "Einwohner produktiv %"),
            lambda z: _percent(z.anteil_einwohner),
            numeric=True,
        ),
    ]
    return columns


def _status_of(nr: int) -> Callable[[MatrixZeile], str]:
    def text(z: MatrixZeile) -> str:
        status = z.status.get(nr)
        return "" if status is None else f"{status.symbol} {vocab_text.kurz(status)}"

    return text


def _constant(text: str) -> Callable[[MatrixZeile], str]:
    return lambda _z: text


def _kommune_columns(names: dict[int, str]) -> list[Column[MatrixZeile]]:
    """Kommune × Leistung with symbol and short text, readable without colour."""
    columns: list[Column[MatrixZeile]] = [
        Column(QCoreApplication.translate("Column", "Kreis"), lambda z: z.kreis),
        Column(QCoreApplication.translate("Column", "Kommune"), lambda z: z.name),
        Column(QCoreApplication.translate("Column", "ARS"), lambda z: z.ars),
    ]
    for nr in sorted(names):
        columns.append(Column(str(nr), _status_of(nr), tooltip=_constant(names[nr])))
    return columns


class BundesansichtWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundesansicht")
        self.setWindowTitle(self.tr("Bundesansicht – Kommunalpakt Desktop"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Bundesansicht"))
        title.setObjectName("pageHeading")  # styled like a page heading
        layout.addWidget(title)
        row = QHBoxLayout()
        self.source_label = QLabel(
            self.tr("Öffnen Sie eine Bundesdatenbank (Ergebnis von „kpakt merge“). Sie wird nur gelesen.")
        )
        self.source_label.setObjectName("bundQuelle")
        self.source_label.setWordWrap(True)
        row.addWidget(self.source_label, 1)
        self.open_button = QPushButton(self.tr("Bundesdatenbank &öffnen…"))
        self.open_button.setObjectName("bundOeffnen")
        self.open_button.clicked.connect(self.choose_database)
        row.addWidget(self.open_button)
        layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.laender_model: RowTableModel[LandStand] = RowTableModel(_land_columns())
        self.laender_view = read_only_table("bundLaender", self.tr("Länder"))
        self.laender_view.setModel(self.laender_model)
        self.laender_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_land(current.row())
        )
        splitter.addWidget(self.laender_view)
        self.matrix_label = QLabel()
        self.matrix_model: RowTableModel[Zelle] = RowTableModel(_cell_columns({}))
        self.matrix_view = read_only_table("bundMatrix", self.tr("Leistungen des gewählten Landes"))
        self.matrix_view.setModel(self.matrix_model)
        self.kommunen_model: RowTableModel[MatrixZeile] = RowTableModel(_kommune_columns({}))
        self.kommunen_view = read_only_table("bundKommunen", self.tr("Matrix des gewählten Landes"))
        self.kommunen_view.setModel(self.kommunen_model)
        self.drilldown = QTabWidget()
        self.drilldown.addTab(self.matrix_view, self.tr("Leistungen"))
        self.drilldown.addTab(self.kommunen_view, self.tr("Matrix Kommunen × Leistungen"))
        splitter.addWidget(self.drilldown)
        splitter.setSizes([220, 460])
        self.deutschland_label = QLabel()
        self.deutschland_label.setObjectName("bundDeutschland")
        self.deutschland_label.setWordWrap(True)
        layout.addWidget(self.deutschland_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bundTabs")
        self.tabs.addTab(splitter, self.tr("Länder"))
        self.heat_model = HeatModel()
        self.heat_view = QTableView()
        self.heat_view.setObjectName("bundHeat")
        self.heat_view.setAccessibleName(self.tr("Länder × Leistungen: Anteil produktiv (zuständige Kommunen)"))
        self.heat_view.setModel(self.heat_model)
        self.heat_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heat_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.heat_view, self.tr("Länder × Leistungen"))
        self.karte = KartenAnsicht(leistung_wahl=True, national=True)
        self.karte.leistung_geaendert.connect(self._karte_laden)
        self.karte.marke_gewaehlt.connect(self._marke_gewaehlt)
        self.tabs.addTab(self.karte, self.tr("&Karte"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.matrix_label)
        self.bund: Bundesstand | None = None

    def choose_database(self) -> None:
        path = msgbox.open_as(
            self,
            msgbox.Ablage.STANDARDPAKET,
            self.tr("Bundesdatenbank öffnen"),
            self.tr("Bundesdatenbank (*.sqlite *.db);;Alle Dateien (*)"),
        )
        if path is not None:
            self.laden(path)

    def laden(self, path: Path) -> None:
        """Open the national database at ``path`` (read-only) and show its figures."""
        try:
            bund = load_bundesstand(path)
        except KpaktError as err:
            msgbox.error(self, self.tr("Bundesansicht"), str(err))
            return
        self.bund = bund
        self.source_label.setText(self.tr("%s – %d Länder, nur lesend geöffnet.") % (str(path), len(bund.laender)))
        self.laender_model.set_rows(bund.laender)
        self.matrix_model = RowTableModel(_cell_columns(dict(bund.leistungen)))
        self.matrix_view.setModel(self.matrix_model)
        self.kommunen_model = RowTableModel(_kommune_columns(dict(bund.leistungen)))
        self.kommunen_view.setModel(self.kommunen_model)
        if bund.laender:
            self.laender_view.selectRow(0)
        self.heat_model.set_bund(bund)
        self.karte.set_leistungen(list(bund.leistungen))
        self._karte_laden()
        zustaendig = sum(x.zustaendig for x in bund.laender)
        produktiv = sum(x.produktiv for x in bund.laender)
        self.deutschland_label.setText(
            self.tr(
                "<b>Deutschland</b> ({n} Länder): {p} von {z} zuständigen Nachnutzungen produktiv ({anteil}), "
                "ohne Nr. 7 und 8; {k} zuständige Kommunen."
            ).format(
                n=len(bund.laender),
                p=f"{produktiv:,}".replace(",", "."),
                z=f"{zustaendig:,}".replace(",", "."),
                anteil=prozent(produktiv / zustaendig if zustaendig else None),
                k=f"{sum(len(x.matrix) for x in bund.laender):,}".replace(",", "."),
            )
        )

    def _karte_laden(self) -> None:
        if self.bund is None:
            return
        titel = self.tr("Deutschland – {leistung}").format(leistung=self.karte.leistung.currentText())
        self.karte.set_karte(bundes_karte(self.bund, self.karte.leistung_nr(), titel=titel))

    def _marke_gewaehlt(self, marke: Marke) -> None:
        """Show the Kommune's row in its Land's matrix."""
        if self.bund is None:
            return
        row = next((i for i, x in enumerate(self.bund.laender) if x.kuerzel == marke.land), None)
        if row is None:
            return
        self.tabs.setCurrentIndex(0)
        self.laender_view.selectRow(row)
        self.drilldown.setCurrentWidget(self.kommunen_view)
        zeile = next((i for i, z in enumerate(self.bund.laender[row].matrix) if z.ars == marke.ars), None)
        if zeile is not None:
            self.kommunen_view.selectRow(zeile)
            self.kommunen_view.scrollTo(self.kommunen_model.index(zeile, 0))
            self.kommunen_view.setFocus()

    def show_land(self, row: int) -> None:
        if self.bund is None or not 0 <= row < len(self.bund.laender):
            return
        land = self.bund.laender[row]
        self.matrix_model.set_rows(land.zellen)
        self.kommunen_model.set_rows(land.matrix)
        self.matrix_label.setText(
            self.tr("%s: Stand %s UTC, Paket Nr. %d, zusammengeführt am %s UTC.")
            % (land.name, f"{land.stand:%d.%m.%Y %H:%M}", land.sequenz, f"{land.zusammengefuehrt_am:%d.%m.%Y %H:%M}")
        )
