"""Übersicht: the figures of ``kpakt stats`` at a glance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kpakt_desktop.domain.kommunen import Ebene
from kpakt_desktop.domain.status import ALLE, Status
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.models.row_table import Column, RowTableModel, format_value
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.services.stats import LeistungStand, Stats, compute_stats


def _count_of(status: Status) -> Callable[[LeistungStand], int]:
    return lambda row: row.by_status[status]


def leistung_columns() -> list[Column[LeistungStand]]:
    columns: list[Column[LeistungStand]] = [
        Column(QCoreApplication.translate("Column", "Nr."), lambda r: r.nr, numeric=True),
        Column(QCoreApplication.translate("Column", "Leistung"), lambda r: r.name),
        Column(
            QCoreApplication.translate("Column", "Vollzugsebene"),
            lambda r: vocab_text.kurz(r.vollzugsebene),
            tooltip=lambda r: vocab_text.label(r.vollzugsebene),
        ),
        Column(QCoreApplication.translate("Column", "zuständig"), lambda r: r.zustaendig, numeric=True),
    ]
    for status in ALLE:
        if status.aktiv:
            header = (
                QCoreApplication.translate("Column", "Interesse")
                if status is Status.INTERESSE
                else vocab_text.label(status)
            )
            columns.append(Column(header, _count_of(status), numeric=True))
    columns.append(
        Column(
            QCoreApplication.translate("Column", "produktiv %"),
            lambda r: "–" if r.produktiv_anteil is None or not r.zaehlt_fuer_quote else 100 * r.produktiv_anteil,
            numeric=True,
            tooltip=lambda r: (
                ""
                if r.zaehlt_fuer_quote
                else QCoreApplication.translate(
                    "Column", "zählt für keine Quote (bereits realisiert bzw. vom Bund umgesetzt)"
                )
            ),
        )
    )
    return columns


class Kachel(QFrame):
    """A figure with its caption."""

    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        self.setObjectName("kachel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        self.value.setProperty("role", "figure")
        self.value.setAccessibleName(caption)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(caption))

    def set(self, value: object) -> None:
        self.value.setText(format_value(value))


class UebersichtPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Übersicht")))
        tiles = QWidget()
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kacheln = {
            "kreise": Kachel(self.tr("Kreise und kreisfreie Städte"), "figKreise"),
            "verbaende": Kachel(self.tr("Gemeindeverbände"), "figVerbaende"),
            "gemeinden": Kachel(self.tr("Gemeinden"), "figGemeinden"),
            "nachnutzungen": Kachel(self.tr("Nachnutzungen"), "figNachnutzungen"),
            "produktiv": Kachel(self.tr("davon produktiv"), "figProduktiv"),
            "taskforces": Kachel(self.tr("Taskforces"), "figTaskforces"),
            "huerden": Kachel(self.tr("Hürden"), "figHuerden"),
            "termine": Kachel(self.tr("Termine"), "figTermine"),
            "kontakte": Kachel(self.tr("Kontakte"), "figKontakte"),
        }
        for i, tile in enumerate(self.kacheln.values()):
            grid.addWidget(tile, i // 5, i % 5)
        layout.addWidget(tiles)
        layout.addWidget(QLabel(self.tr("Stand der Nachnutzung je Leistung")))
        self.model: RowTableModel[LeistungStand] = RowTableModel(leistung_columns())
        self.table = QTableView()
        self.table.setObjectName("leistungenTable")
        self.table.setAccessibleName(self.tr("Stand je Leistung"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.stats: Stats | None = None
        self.refresh()

    def refresh(self) -> None:
        stats = compute_stats(self.ctx.store)
        self.stats = stats
        by_ebene = {e: 0 for e in Ebene}
        gemeinden = 0
        for art, n in stats.kommunen.items():
            by_ebene[art.ebene] += n
            gemeinden += n if art.gemeinde_ebene else 0
        k = self.kacheln
        k["kreise"].set(by_ebene[Ebene.KREIS])
        k["verbaende"].set(by_ebene[Ebene.GEMEINDEVERBAND])
        k["gemeinden"].set(gemeinden)
        k["nachnutzungen"].set(stats.nachnutzungen_total)
        k["produktiv"].set(sum(item.by_status[Status.PRODUKTIV] for item in stats.leistungen))
        k["taskforces"].set(stats.taskforces)
        k["huerden"].set(stats.huerden)
        k["termine"].set(stats.termine)
        k["kontakte"].set(stats.kontakte)
        self.model.set_rows(stats.leistungen)
