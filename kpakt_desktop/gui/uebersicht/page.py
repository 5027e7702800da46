"""Übersicht: the coordinator's morning dashboard, for the Land or one Kreis.

Every figure comes from ``services.kennzahlen`` (the reports read the same service): tiles, the
status per Leistung, progress per Kreis, the go-live curve, open Hürden, next Termine and overdue
Aufgaben. A click on a bar opens the page behind it, filtered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.status import ALLE, Status
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.karte.ansicht import KartenAnsicht
from kpakt_desktop.gui.navigation import zeige_kommune_in_matrix, zeige_matrix, zeige_seite
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_prozent, format_value
from kpakt_desktop.gui.uebersicht.charts import FortschrittJeKreis, GoLiveKurve, HuerdenJeKategorie, StatusJeLeistung
from kpakt_desktop.gui.views import einpassen, read_only_table
from kpakt_desktop.services.fortschritt import DEFINITIONEN
from kpakt_desktop.services.karte import Marke, land_karte
from kpakt_desktop.services.kennzahlen import AufgabeKurz, Kennzahlen, TerminKurz, kennzahlen, kreise
from kpakt_desktop.services.matrix import MatrixFilter
from kpakt_desktop.services.stats import LeistungStand

NICHT_GEZAEHLT = QT_TRANSLATE_NOOP(
    "Column",
    "zählt für keine Quote – Anlage 1: Nr. 7 „ist bereits vollständig realisiert“, Nr. 8 „wird direkt von BMFSFJ "
    "umgesetzt (kein FF-Land, da Projekt bereits vor OZG gestartet)“",
)
ZEILE_PX = 17  # height per category in the horizontal bar charts


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
            tooltip=lambda r: "" if r.zaehlt_fuer_quote else QCoreApplication.translate("Column", str(NICHT_GEZAEHLT)),
        )
    )
    return columns


def termin_columns() -> list[Column[TerminKurz]]:
    return [
        Column(QCoreApplication.translate("Column", "Datum"), lambda t: t.beginn),
        Column(
            QCoreApplication.translate("Column", "Termin"),
            lambda t: t.titel,
            tooltip=lambda t: "\n".join([t.titel, t.ort or "", ", ".join(t.kommunen)]),
        ),
    ]


def aufgabe_columns(stichtag: Callable[[], date]) -> list[Column[AufgabeKurz]]:
    return [
        Column(QCoreApplication.translate("Column", "fällig"), lambda a: a.faellig),
        Column(QCoreApplication.translate("Column", "Tage"), lambda a: (stichtag() - a.faellig).days, numeric=True),
        Column(QCoreApplication.translate("Column", "Was"), lambda a: a.was, tooltip=lambda a: a.was),
        Column(QCoreApplication.translate("Column", "Wer"), lambda a: a.wer or ""),
        Column(
            QCoreApplication.translate("Column", "Termin"),
            lambda a: a.termin_titel or "",
            tooltip=lambda a: a.termin_titel or "",
        ),
    ]


class Kachel(QFrame):
    """A figure with its caption."""

    def __init__(self, caption: str, name: str, definition: str = "") -> None:
        super().__init__()
        self.caption = caption
        self.setObjectName("kachel")
        self.setToolTip(definition)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        self.value.setProperty("role", "figure")
        self.value.setAccessibleName(caption)
        layout.addWidget(self.value)
        text = QLabel(caption)
        text.setWordWrap(True)
        layout.addWidget(text)

    def set(self, value: object) -> None:
        self.set_text(format_value(value))

    def set_text(self, text: str) -> None:
        self.value.setText(text)
        # A screen reader reads the figure with what it counts ("1.174 zuständige Nachnutzungen").
        self.value.setAccessibleName(f"{text} {self.caption}")


def _anteil(wert: float | None) -> str:
    return format_prozent(wert)


class UebersichtPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.k: Kennzahlen | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Übersicht")))
        top.addStretch(1)
        ansicht = QLabel(self.tr("A&nsicht:"))
        top.addWidget(ansicht)
        self.kreis = QComboBox()
        self.kreis.setObjectName("uebersichtKreis")
        self.kreis.setAccessibleName(self.tr("Ansicht: ganzes Land oder ein Kreis"))
        self.kreis.setMinimumWidth(260)
        ansicht.setBuddy(self.kreis)
        self.kreis.addItem(self.tr("ganzes Land"), None)
        self.kreis.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.kreis)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setObjectName("uebersichtScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("uebersichtTabs")
        self.tabs.addTab(scroll, self.tr("Kennzahlen"))
        self.karte = KartenAnsicht(leistung_wahl=True)
        self.karte.leistung_geaendert.connect(self._karte_laden)
        self.karte.marke_gewaehlt.connect(self._marke_gewaehlt)
        self.tabs.addTab(self.karte, self.tr("&Karte"))
        self.tabs.currentChanged.connect(lambda _i: self._karte_laden(nur_wenn_sichtbar=True))
        self._karte_aktuell = False
        outer.addWidget(self.tabs, 1)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        tiles = QWidget()
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        d = dict(DEFINITIONEN)
        self.kacheln = {
            "zustaendig": Kachel(
                self.tr("zuständige Nachnutzungen (ohne Nr. 7, 8)"), "figZustaendig", d["Zuständige Nachnutzungen"]
            ),
            "produktiv": Kachel(self.tr("davon produktiv"), "figProduktiv", d["Anteil produktiv"]),
            "anteil": Kachel(self.tr("Anteil produktiv"), "figAnteil", d["Anteil produktiv"]),
            "kommunen": Kachel(
                self.tr("Kommunen mit mind. einer Leistung produktiv"),
                "figKommunenProduktiv",
                d["Kommunen mit mindestens einer produktiven Leistung"],
            ),
            "einwohner_kommunen": Kachel(
                self.tr("Einwohner in Kommunen, in denen mind. eine Leistung produktiv ist"),
                "figEinwohnerKommunen",
                d["Einwohner in Kommunen, in denen mindestens eine Leistung produktiv ist"],
            ),
            "einwohner_gewichtet": Kachel(
                self.tr("Einwohnergewichteter Anteil produktiv (über die Leistungen)"),
                "figEinwohnerGewichtet",
                d["Einwohnergewichteter Anteil produktiv"],
            ),
            "huerden": Kachel(self.tr("offene Hürden"), "figHuerden"),
            "aufgaben": Kachel(self.tr("überfällige Aufgaben"), "figAufgaben"),
        }
        for i, tile in enumerate(self.kacheln.values()):
            grid.addWidget(tile, i // 4, i % 4)
        layout.addWidget(tiles)

        charts = QGridLayout()
        self.status_chart = StatusJeLeistung()
        self.status_chart.setMinimumHeight(16 * ZEILE_PX + 150)
        self.status_chart.bar_clicked.connect(self._status_clicked)
        self.status_chart.setToolTip(self.tr("Klick auf einen Balken: Matrix gefiltert nach Leistung und Status"))
        self.golive_chart = GoLiveKurve()
        self.kreis_chart = FortschrittJeKreis()
        self.kreis_chart.bar_clicked.connect(lambda kid: zeige_matrix(self, kreis_id=kid))
        self.kreis_chart.setToolTip(self.tr("Klick auf einen Balken: Matrix dieses Kreises"))
        self.huerden_chart = HuerdenJeKategorie()
        self.huerden_chart.bar_clicked.connect(self._huerden_clicked)
        self.huerden_chart.setToolTip(self.tr("Klick auf einen Balken: offene Hürden dieser Kategorie"))
        charts.addWidget(self.status_chart, 0, 0)
        charts.addWidget(self.golive_chart, 0, 1)
        charts.addWidget(self.kreis_chart, 1, 0, 2, 1)
        charts.addWidget(self.huerden_chart, 1, 1)
        lists = QWidget()
        llayout = QVBoxLayout(lists)
        llayout.setContentsMargins(0, 0, 0, 0)
        llayout.addWidget(QLabel(self.tr("<b>Nächste Termine</b>")))
        self.termine_model: RowTableModel[TerminKurz] = RowTableModel(termin_columns())
        self.termine_view = read_only_table("naechsteTermine", self.tr("Nächste Termine"))
        self.termine_view.setModel(self.termine_model)
        self.termine_view.doubleClicked.connect(lambda _i: zeige_seite(self, "termine"))
        llayout.addWidget(self.termine_view, 1)
        llayout.addWidget(QLabel(self.tr("<b>Überfällige Aufgaben</b>")))
        self.aufgaben_model: RowTableModel[AufgabeKurz] = RowTableModel(aufgabe_columns(self._stichtag))
        self.aufgaben_view = read_only_table("ueberfaelligeAufgaben", self.tr("Überfällige Aufgaben"))
        self.aufgaben_view.setModel(self.aufgaben_model)
        self.aufgaben_view.doubleClicked.connect(lambda _i: zeige_seite(self, "termine"))
        llayout.addWidget(self.aufgaben_view, 1)
        charts.addWidget(lists, 2, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        self.huerden_chart.setFixedHeight(250)
        self.golive_chart.setMinimumHeight(16 * ZEILE_PX + 150)
        layout.addLayout(charts)

        layout.addWidget(QLabel(self.tr("<b>Stand der Nachnutzung je Leistung</b>")))
        self.model: RowTableModel[LeistungStand] = RowTableModel(leistung_columns())
        self.table = read_only_table("leistungenTable", self.tr("Stand je Leistung"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(16 * 30 + 30)
        layout.addWidget(self.table)
        self.refresh()

    def _stichtag(self) -> date:
        return self.k.stichtag if self.k else date.today()

    def reload(self) -> None:
        current = self.kreis.currentData()
        self.kreis.blockSignals(True)
        while self.kreis.count() > 1:
            self.kreis.removeItem(1)
        for kr in kreise(self.ctx.store):
            self.kreis.addItem(kr.name, kr.id)
        self.kreis.setCurrentIndex(max(0, self.kreis.findData(current)) if current is not None else 0)
        self.kreis.blockSignals(False)
        k = kennzahlen(self.ctx.store, stichtag=date.today(), kreis_id=self.kreis.currentData())
        self.k = k
        g = k.gesamt
        self.kacheln["zustaendig"].set(g.zustaendig)
        self.kacheln["produktiv"].set(g.produktiv)
        self.kacheln["anteil"].set_text(_anteil(g.anteil_produktiv))
        self.kacheln["kommunen"].set(g.kommunen_produktiv)
        self.kacheln["einwohner_kommunen"].set_text(_anteil(g.anteil_einwohner_in_produktiven))
        self.kacheln["einwohner_gewichtet"].set_text(_anteil(g.anteil_einwohner_gewichtet))
        self.kacheln["huerden"].set(sum(k.huerden_offen.values()))
        self.kacheln["aufgaben"].set(len(k.ueberfaellige_aufgaben))
        self.status_chart.fill(k.leistungen)
        self.golive_chart.fill(k.golive)
        self.kreis_chart.fill(k.fortschritt_kreis)
        self.kreis_chart.setMinimumHeight(max(260, len(k.fortschritt_kreis) * ZEILE_PX + 90))
        self.huerden_chart.fill(k.huerden_offen)
        self.termine_model.set_rows(k.naechste_termine)
        self.aufgaben_model.set_rows(k.ueberfaellige_aufgaben)
        self.model.set_rows(k.leistungen)
        for view in (self.termine_view, self.aufgaben_view):
            einpassen(view, 230)
        self.table.resizeColumnsToContents()
        self.karte.set_leistungen([(item.nr, item.name) for item in k.leistungen if item.zustaendig])
        self._karte_aktuell = False
        self._karte_laden(nur_wenn_sichtbar=True)

    # -- map --------------------------------------------------------------------------------------
    def _karte_filter(self) -> MatrixFilter:
        return MatrixFilter(kreis_id=self.kreis.currentData(), leistung_nr=self.karte.leistung_nr())

    def _karte_laden(self, nur_wenn_sichtbar: bool = False) -> None:
        if nur_wenn_sichtbar and (self.tabs.currentWidget() is not self.karte or self._karte_aktuell):
            return
        titel = f"{self.kreis.currentText()} – {self.karte.leistung.currentText()}"
        self.karte.set_karte(land_karte(self.ctx.store, self._karte_filter(), titel=titel))
        self._karte_aktuell = True

    def _marke_gewaehlt(self, marke: Marke) -> None:
        f = self._karte_filter()
        zeige_kommune_in_matrix(self, marke.kommune_id, leistung_nr=f.leistung_nr, kreis_id=f.kreis_id)

    def _status_clicked(self, nr: int, status: Status | None) -> None:
        zeige_matrix(self, leistung_nr=nr, status=status, kreis_id=self.kreis.currentData())

    def _huerden_clicked(self, kategorie: HuerdeKategorie) -> None:
        page = zeige_seite(self, "huerden")
        if page is not None:
            page.zeige_gefiltert(kategorie=kategorie, nur_offene=True)
