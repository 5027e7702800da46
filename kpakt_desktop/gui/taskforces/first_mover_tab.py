"""Taskforces page, tab „First Mover“: per Leistung, how different its First Movers are, and who they are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.navigation import zeige_matrix
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.views import einpassen, knopf, read_only_table
from kpakt_desktop.services import first_mover as fm_service
from kpakt_desktop.services.first_mover import FirstMoverKommune, FirstMoverSet, Vielfalt


def _vielfalt_text(d: Vielfalt) -> str:
    if not d.verschiedene:
        return (
            "–"
            if not d.unbekannt
            else QCoreApplication.translate("TaskforcesPage", "unbekannt ({n})").format(n=d.unbekannt)
        )
    anteil = d.anteil_groesste or 0
    text = QCoreApplication.translate("TaskforcesPage", "{n} (größte {p} %)").format(
        n=d.verschiedene, p=round(100 * anteil)
    )
    if d.unbekannt:
        text += QCoreApplication.translate("TaskforcesPage", ", {n} unbek.").format(n=d.unbekannt)
    return ("✔ " if d.vielfaeltig else "✘ ") + text


def _urteil(s: FirstMoverSet) -> str:
    if s.anzahl == 0:
        return QCoreApplication.translate("TaskforcesPage", "keine First Mover gewählt")
    if s.anzahl == 1:
        return QCoreApplication.translate("TaskforcesPage", "nur ein First Mover")
    if s.unterschiedlich:
        return QCoreApplication.translate("TaskforcesPage", "✔ unterschiedlich ({n} von 4)").format(n=s.vielfaeltige)
    return QCoreApplication.translate("TaskforcesPage", "✘ zu ähnlich ({n} von 4)").format(n=s.vielfaeltige)


def _dim_wert(i: int) -> Callable[[FirstMoverSet], str]:
    return lambda s: _vielfalt_text(s.dimensionen[i])


def _dim_gruppen(i: int) -> Callable[[FirstMoverSet], str]:
    return lambda s: "\n".join(f"{k}: {n}" for k, n in s.dimensionen[i].gruppen.items())


def first_mover_spalten() -> list[Column[FirstMoverSet]]:
    columns: list[Column[FirstMoverSet]] = [
        Column(QCoreApplication.translate("Column", "Leistung"), lambda s: s.leistung),
        Column(QCoreApplication.translate("Column", "First Mover"), lambda s: s.anzahl, numeric=True),
        Column(QCoreApplication.translate("Column", "Voraussetzungen"), _urteil),
    ]
    for i, dim in enumerate(fm_service.DIMENSIONEN):
        columns.append(Column(dim, _dim_wert(i), tooltip=_dim_gruppen(i)))
    return columns


def first_mover_kommune_spalten() -> list[Column[FirstMoverKommune]]:
    return [
        Column(QCoreApplication.translate("Column", "Kommune"), lambda k: k.name),
        Column(QCoreApplication.translate("Column", "ARS"), lambda k: k.ars),
        Column(
            QCoreApplication.translate("Column", "Status"), lambda k: f"{k.status.symbol} {vocab_text.label(k.status)}"
        ),
        Column(QCoreApplication.translate("Column", "versorgte Einwohner"), lambda k: k.einwohner, numeric=True),
        Column(QCoreApplication.translate("Column", "Größenklasse"), lambda k: k.groessenklasse),
        Column(QCoreApplication.translate("Column", "Kreis"), lambda k: k.kreis),
        Column(QCoreApplication.translate("Column", "IT-Dienstleister"), lambda k: k.it_dienstleister or "–"),
        Column(QCoreApplication.translate("Column", "Fachverfahren"), lambda k: k.fachverfahren or "–"),
    ]


class FirstMoverTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        regel = QLabel(
            self.tr(
                "Der Kommunalpakt verlangt First Mover mit <i>bewusst unterschiedlichen Voraussetzungen</i>. "
                "Je Leistung wird geprüft: Größenklasse nach versorgten Einwohnern (unter 5.000 · 5.000–20.000 · "
                "20.000–100.000 · ab 100.000), Kreis, IT-Dienstleister, Fachverfahren. Eine Dimension ist vielfältig "
                "(✔), wenn sie mindestens zwei Werte hat und keine Gruppe mehr als zwei Drittel stellt; "
                "„unterschiedlich“ heißt: mindestens zwei First Mover und drei der vier Dimensionen vielfältig."
            )
        )
        regel.setWordWrap(True)
        regel.setObjectName("firstMoverRegel")
        layout.addWidget(regel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.fm_model: RowTableModel[FirstMoverSet] = RowTableModel(first_mover_spalten())
        self.fm_view = read_only_table("firstMoverTable", self.tr("First Mover je Leistung"))
        self.fm_view.setModel(self.fm_model)
        self.fm_view.horizontalHeader().setStretchLastSection(True)
        self.fm_view.selectionModel().currentRowChanged.connect(self._fm_details)
        splitter.addWidget(self.fm_view)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        titel_row = QHBoxLayout()
        self.fm_titel = QLabel()
        self.fm_titel.setObjectName("firstMoverTitel")
        titel_row.addWidget(self.fm_titel, 1)
        titel_row.addWidget(
            knopf(
                self.tr("In der &Matrix zeigen"),
                "firstMoverMatrix",
                self.tr("First Mover dieser Leistung in der Nachnutzungs-Matrix zeigen"),
                self.fm_in_matrix,
            )
        )
        inner.addLayout(titel_row)
        self.fmk_model: RowTableModel[FirstMoverKommune] = RowTableModel(first_mover_kommune_spalten())
        self.fmk_view = read_only_table("firstMoverKommunen", self.tr("First Mover der Leistung"))
        self.fmk_view.setModel(self.fmk_model)
        self.fmk_view.horizontalHeader().setStretchLastSection(True)
        inner.addWidget(self.fmk_view, 1)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        current = self.fm_view.currentIndex().row()
        self.fm_model.set_rows(fm_service.first_mover(self.ctx.store))
        if self.fm_model.rowCount():
            self.fm_view.selectRow(max(0, current))
        self._fm_details(self.fm_view.currentIndex())
        einpassen(self.fm_view)

    def _fm_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            self.fmk_model.set_rows([])
            self.fm_titel.setText("")
            return
        s = self.fm_model.row_at(index.row())
        self.fm_titel.setText(
            self.tr("<b>{l}</b>: {n} First Mover – {u}").format(l=s.leistung, n=s.anzahl, u=_urteil(s))
        )
        self.fmk_model.set_rows(s.kommunen)
        einpassen(self.fmk_view, 260)

    def fm_in_matrix(self) -> None:
        index = self.fm_view.currentIndex()
        if index.isValid():
            zeige_matrix(self, leistung_nr=self.fm_model.row_at(index.row()).leistung_nr, first_mover=True)
