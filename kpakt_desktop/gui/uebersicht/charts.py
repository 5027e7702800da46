"""The dashboard's QtCharts, each filled from ``services.kennzahlen`` and nothing else.

Every chart keeps what a bar stands for (Leistung and Status, Kreis, Hürden-Kategorie), so a
click can open the page behind it, filtered.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.status import ALLE, Status
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.services.fortschritt import Fortschritt
from kpakt_desktop.services.kennzahlen import GoLivePunkt
from kpakt_desktop.services.stats import LeistungStand

KATEGORIE_FARBEN = {
    HuerdeKategorie.ORGANISATORISCH: "#4e79a7",
    HuerdeKategorie.TECHNISCH: "#f28e2b",
    HuerdeKategorie.FINANZIELL: "#59a14f",
    HuerdeKategorie.RECHTLICH: "#b07aa1",
}
ACHSEN_SCHRIFT = 8


def kuerzen(text: str, n: int = 32) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _msecs(day: date) -> float:
    return datetime.combine(day, time(12, 0)).timestamp() * 1000


class ChartBox(QChartView):
    """A chart view with a title, antialiasing and a small font for axes."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSize(10)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(2)
        self.setChart(chart)

    def reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    @staticmethod
    def small(axis: QBarCategoryAxis | QValueAxis | QDateTimeAxis) -> None:
        font = QFont(axis.labelsFont())
        font.setPointSize(ACHSEN_SCHRIFT)
        axis.setLabelsFont(font)
        # Qt elides category labels by the space of its first layout pass; we shorten them ourselves.
        axis.setTruncateLabels(False)


class StatusJeLeistung(ChartBox):
    """Stacked bars: zuständige Kommunen per Leistung by status. Leistung 1 at the top."""

    bar_clicked = Signal(int, object)  # Leistung nr, Status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "chartStatus",
            QCoreApplication.translate("Uebersicht", "Stand je Leistung (zuständige Kommunen nach Status)"),
            parent,
        )
        self.sets: dict[Status, QBarSet] = {}
        self.nrs: list[int] = []

    def fill(self, leistungen: list[LeistungStand]) -> None:
        chart = self.reset()
        rows = list(reversed(leistungen))  # the first category is drawn at the bottom
        self.nrs = [item.nr for item in rows]
        series = QHorizontalStackedBarSeries()
        self.sets = {}
        for st in ALLE:
            if not st.aktiv:
                continue
            bar_set = QBarSet(vocab_text.label(st))
            bar_set.setColor(QColor(st.farbe))
            bar_set.setBorderColor(QColor("#8a8f98"))
            for item in rows:
                bar_set.append(item.by_status.get(st, 0))
            series.append(bar_set)
            self.sets[st] = bar_set
        series.setBarWidth(0.75)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([kuerzen(f"{item.nr} {item.name}", 40) for item in rows])
        self.small(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(1, max((item.zustaendig for item in rows), default=1)))
        values.applyNiceNumbers()
        self.small(values)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont(chart.legend().font())
        font.setPointSize(ACHSEN_SCHRIFT)
        chart.legend().setFont(font)

    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        status = next((st for st, s in self.sets.items() if s is bar_set), None)
        if 0 <= index < len(self.nrs):
            self.bar_clicked.emit(self.nrs[index], status)


class FortschrittJeKreis(ChartBox):
    """Share produktiv per Kreis (weighted over the Leistungen that count), best at the top."""

    bar_clicked = Signal(int)  # Kreis id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "chartKreise",
            QCoreApplication.translate("Uebersicht", "Fortschritt je Kreis (Anteil produktiv, %)"),
            parent,
        )
        self.bar_set: QBarSet | None = None
        self.kreise: list[Fortschritt] = []

    def fill(self, kreise: list[Fortschritt]) -> None:
        chart = self.reset()
        rows = sorted(kreise, key=lambda f: (f.anteil_produktiv or 0, f.name))
        self.kreise = rows
        self.bar_set = QBarSet(QCoreApplication.translate("Uebersicht", "produktiv"))
        self.bar_set.setColor(QColor(Status.PRODUKTIV.farbe))
        self.bar_set.setBorderColor(QColor("#5b7d55"))
        for f in rows:
            self.bar_set.append(round(100 * (f.anteil_produktiv or 0), 1))
        series = QHorizontalBarSeries()
        series.append(self.bar_set)
        series.setBarWidth(0.8)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([kuerzen(f.name, 30) for f in rows])
        self.small(categories)
        values = QValueAxis()
        # Scaled to the best Kreis (at least 10 %): early on every bar would be a sliver of 100 %.
        values.setRange(0, max(10.0, max((b for b in self._werte()), default=0)))
        values.applyNiceNumbers()
        values.setLabelFormat("%d %%")
        self.small(values)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().hide()

    def _werte(self) -> list[float]:
        return [] if self.bar_set is None else [self.bar_set.at(i) for i in range(self.bar_set.count())]

    def _clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self.kreise):
            self.bar_clicked.emit(self.kreise[index].key)


class GoLiveKurve(ChartBox):
    """Kommunen (and Nachnutzungen) produktiv at each month's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.titel = QCoreApplication.translate("Uebersicht", "Go-live-Kurve (produktiv am Monatsende)")
        super().__init__("chartGoLive", self.titel, parent)
        self.kommunen = QLineSeries()
        self.nachnutzungen = QLineSeries()

    def fill(self, punkte: list[GoLivePunkt]) -> None:
        chart = self.reset()
        self.kommunen = QLineSeries()
        self.kommunen.setName(QCoreApplication.translate("Uebersicht", "Kommunen (mind. eine Leistung)"))
        self.nachnutzungen = QLineSeries()
        self.nachnutzungen.setName(QCoreApplication.translate("Uebersicht", "Nachnutzungen"))
        for p in punkte:
            self.kommunen.append(_msecs(p.monat), p.kommunen)
            self.nachnutzungen.append(_msecs(p.monat), p.nachnutzungen)
        for series, colour in ((self.kommunen, "#1d4f91"), (self.nachnutzungen, "#7aa6d8")):
            pen = series.pen()
            pen.setWidth(2)
            pen.setColor(QColor(colour))
            series.setPen(pen)
            chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("MM.yyyy")
        x.setTickCount(min(8, max(2, len(punkte))) if punkte else 5)
        # Without any go-live yet the axis shows the last twelve months rather than 1970.
        von, bis = (punkte[0].monat, punkte[-1].monat) if punkte else (date.today() - timedelta(days=365), date.today())
        x.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(von))), QDateTime.fromMSecsSinceEpoch(int(_msecs(bis))))
        chart.setTitle(
            self.titel
            if punkte
            else QCoreApplication.translate("Uebersicht", "Go-live-Kurve – noch keine Kommune produktiv")
        )
        self.small(x)
        y = QValueAxis()
        y.setLabelFormat("%d")
        top = max((max(p.kommunen, p.nachnutzungen) for p in punkte), default=1)
        y.setRange(0, max(5, top))
        y.applyNiceNumbers()
        self.small(y)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (self.kommunen, self.nachnutzungen):
            series.attachAxis(x)
            series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont(chart.legend().font())
        font.setPointSize(ACHSEN_SCHRIFT)
        chart.legend().setFont(font)


class HuerdenJeKategorie(ChartBox):
    bar_clicked = Signal(object)  # HuerdeKategorie

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chartHuerden", QCoreApplication.translate("Uebersicht", "Offene Hürden je Kategorie"), parent)
        self.bar_set: QBarSet | None = None
        self.kategorien: list[HuerdeKategorie] = []

    def fill(self, offen: dict[HuerdeKategorie, int]) -> None:
        chart = self.reset()
        self.kategorien = list(HuerdeKategorie)
        self.bar_set = QBarSet(QCoreApplication.translate("Uebersicht", "offen"))
        self.bar_set.setColor(QColor("#c8553d"))
        for k in self.kategorien:
            self.bar_set.append(offen.get(k, 0))
        series = QBarSeries()
        series.append(self.bar_set)
        series.setLabelsVisible(True)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([vocab_text.label(k) for k in self.kategorien])
        self.small(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(4, max(offen.values(), default=0) + 1))
        values.applyNiceNumbers()
        self.small(values)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().hide()

    def _clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self.kategorien):
            self.bar_clicked.emit(self.kategorien[index])
