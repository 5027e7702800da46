"""The dashboard's QtCharts, each filled from ``services.kennzahlen`` and nothing else.

Every chart keeps what a bar stands for (Leistung and Status, Kreis, Hürden-Kategorie), so a
click can open the page behind it, filtered.
"""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.status import ALLE, Status
from kpakt_desktop.gui import farben, vocab_text
from kpakt_desktop.gui.barrierefrei import ansagen
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_value
from kpakt_desktop.gui.views import einpassen, read_only_table
from kpakt_desktop.services.fortschritt import Fortschritt
from kpakt_desktop.services.kennzahlen import GoLivePunkt
from kpakt_desktop.services.stats import LeistungStand

ACHSEN_SCHRIFT = 8


def _monat() -> str:
    return QCoreApplication.translate("Uebersicht", "Monat")


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
        self._init_tastatur()

    # Category labels on the left get at most this share of the chart's width; longer ones are
    # shortened at their end (full names: tooltip of the bar, table view, accessible description).
    ACHSE_ANTEIL = 0.36

    def kategorien_links(self, axis: QBarCategoryAxis, namen: list[str]) -> None:
        """Fill a left category axis with ``namen``, shortened to the room the chart has now."""
        self._links: tuple[QBarCategoryAxis, list[str]] | None = (axis, namen)
        self._links_einpassen()

    def _links_einpassen(self) -> None:
        links = getattr(self, "_links", None)
        if links is None:
            return
        axis, namen = links
        metrics = QFontMetrics(axis.labelsFont())
        raum = max(metrics.horizontalAdvance("0000 W…"), int(self.width() * self.ACHSE_ANTEIL))
        texte = [metrics.elidedText(name, Qt.TextElideMode.ElideRight, raum) for name in namen]
        if texte != axis.categories():
            axis.setCategories(texte)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._links_einpassen()

    def reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        self._links = None
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    # -- keyboard and screen readers (WCAG 1.1.1, 2.1.1) ----------------------------------------
    # The arrow keys choose a bar (↑/↓ along the categories of a horizontal chart, ←/→ along the
    # segments; the other way round for upright bars), Eingabe/Leertaste opens what a click opens,
    # T shows the data as a table. The choice is drawn, said to a screen reader, and kept in the
    # accessible description together with a summary of the whole chart.
    senkrecht = True  # categories run top to bottom (horizontal bars)

    def _init_tastatur(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.wahl: tuple[int, int] | None = None  # category, set
        self.tabellen_dialog: DiagrammTabelle | None = None
        self.setToolTip(
            QCoreApplication.translate(
                "Uebersicht", "Pfeiltasten: Balken wählen · Eingabetaste: öffnen · T: Daten als Tabelle"
            )
        )

    def bar_sets(self) -> list[QBarSet]:
        return []

    def kategorien_texte(self) -> list[str]:
        return []

    def zusammenfassung(self) -> str:
        return ""

    def tabelle(self) -> tuple[list[str], list[list[object]]]:
        """Headers and rows of the data the chart draws (the table view)."""
        sets = self.bar_sets()
        header = [QCoreApplication.translate("Uebersicht", "Kategorie"), *(b.label() for b in sets)]
        namen = self.kategorien_texte()
        rows = [[name, *(b.at(i) for b in sets)] for i, name in enumerate(namen)]
        return header, list(reversed(rows)) if self.senkrecht else rows

    def aktivieren(self, kategorie: int, satz: int) -> None:
        """What a click on that bar does."""

    def beschreiben(self) -> None:
        text = self.zusammenfassung()
        if self.wahl is not None:
            text = f"{self.gewaehlt_text()}. {text}"
        self.setAccessibleDescription(text)

    def gewaehlt_text(self) -> str:
        if self.wahl is None:
            return ""
        kategorie, satz = self.wahl
        sets = self.bar_sets()
        namen = self.kategorien_texte()
        if not sets or not 0 <= kategorie < len(namen):
            return ""
        wert = format_value(sets[satz].at(kategorie))
        return f"{namen[kategorie]}, {sets[satz].label()}: {wert}"

    def _waehlen(self, kategorie: int, satz: int) -> None:
        for b in self.bar_sets():
            b.deselectAllBars()
        self.wahl = (kategorie, satz)
        sets = self.bar_sets()
        sets[satz].setSelectedColor(QColor(farben.AUSWAHL))
        sets[satz].selectBar(kategorie)
        self.beschreiben()
        ansagen(self, self.gewaehlt_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        sets = self.bar_sets()
        n = len(self.kategorien_texte())
        if key == Qt.Key.Key_T:
            self.zeige_tabelle()
            return
        pfeile = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key in pfeile and sets and n:
            if self.wahl is None:  # the first arrow chooses the first bar the eye meets
                self._waehlen(n - 1 if self.senkrecht else 0, 0)
                return
            kategorie, satz = self.wahl
            entlang = (Qt.Key.Key_Up, Qt.Key.Key_Down) if self.senkrecht else (Qt.Key.Key_Left, Qt.Key.Key_Right)
            if key in entlang:
                vor = key in (Qt.Key.Key_Up, Qt.Key.Key_Right)
                kategorie = max(0, min(n - 1, kategorie + (1 if vor else -1)))
            else:
                vor = key in (Qt.Key.Key_Right, Qt.Key.Key_Up)
                satz = max(0, min(len(sets) - 1, satz + (1 if vor else -1)))
            self._waehlen(kategorie, satz)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.wahl is not None:
            self.aktivieren(*self.wahl)
            return
        super().keyPressEvent(event)

    def zeige_tabelle(self) -> None:
        if self.tabellen_dialog is not None:
            self.tabellen_dialog.close()
        header, rows = self.tabelle()
        self.tabellen_dialog = DiagrammTabelle(self.accessibleName(), header, rows, self)
        self.tabellen_dialog.show()

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
        self.namen: list[str] = []

    def fill(self, leistungen: list[LeistungStand]) -> None:
        chart = self.reset()
        rows = list(reversed(leistungen))  # the first category is drawn at the bottom
        self.nrs = [item.nr for item in rows]
        self.namen = [f"{item.nr} {item.name}" for item in rows]
        series = QHorizontalStackedBarSeries()
        self.sets = {}
        for st in ALLE:
            if not st.aktiv:
                continue
            bar_set = QBarSet(vocab_text.label(st))
            bar_set.setColor(QColor(st.farbe))
            bar_set.setBorderColor(QColor(farben.TRENNLINIE))  # neighbouring segments differ by more than hue
            for item in rows:
                bar_set.append(item.by_status.get(st, 0))
            series.append(bar_set)
            self.sets[st] = bar_set
        series.setBarWidth(0.75)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        self.small(categories)
        self.kategorien_links(categories, [f"{item.nr} {item.name}" for item in rows])
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

        self.wahl = None
        self.beschreiben()

    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        status = next((st for st, s in self.sets.items() if s is bar_set), None)
        if 0 <= index < len(self.nrs):
            self.bar_clicked.emit(self.nrs[index], status)

    def bar_sets(self) -> list[QBarSet]:
        return list(self.sets.values())

    def kategorien_texte(self) -> list[str]:
        return self.namen

    def aktivieren(self, kategorie: int, satz: int) -> None:
        self._clicked(kategorie, self.bar_sets()[satz])

    def zusammenfassung(self) -> str:
        summen = ", ".join(
            f"{b.label()} {format_value(int(sum(b.at(i) for i in range(b.count()))))}" for b in self.bar_sets()
        )
        return QCoreApplication.translate(
            "Uebersicht", "{n} Leistungen; zuständige Kommunen nach Status, zusammen: {summen}."
        ).format(n=len(self.nrs), summen=summen)


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
        self.bar_set.setBorderColor(QColor(farben.FORTSCHRITT_RAND))  # 3:1 against the white background
        for f in rows:
            self.bar_set.append(round(100 * (f.anteil_produktiv or 0), 1))
        series = QHorizontalBarSeries()
        series.append(self.bar_set)
        series.setBarWidth(0.8)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        self.small(categories)
        self.kategorien_links(categories, [f.name for f in rows])
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
        self.wahl = None
        self.beschreiben()

    def bar_sets(self) -> list[QBarSet]:
        return [] if self.bar_set is None else [self.bar_set]

    def kategorien_texte(self) -> list[str]:
        return [f.name for f in self.kreise]

    def aktivieren(self, kategorie: int, satz: int) -> None:
        self._clicked(kategorie, self.bar_set)  # type: ignore[arg-type]

    def gewaehlt_text(self) -> str:
        text = super().gewaehlt_text()
        return f"{text} %" if text else text

    def zusammenfassung(self) -> str:
        if not self.kreise:
            return ""
        werte = self._werte()
        return QCoreApplication.translate(
            "Uebersicht", "{n} Kreise; am weitesten: {best} ({bw} %), am wenigsten weit: {worst} ({ww} %)."
        ).format(
            n=len(self.kreise),
            best=self.kreise[-1].name,
            bw=format_value(werte[-1]),
            worst=self.kreise[0].name,
            ww=format_value(werte[0]),
        )

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
        self.punkte: list[GoLivePunkt] = []

    def tabelle(self) -> tuple[list[str], list[list[object]]]:
        header = [_monat(), self.kommunen.name(), self.nachnutzungen.name()]
        return header, [[p.monat.strftime("%m.%Y"), p.kommunen, p.nachnutzungen] for p in self.punkte]

    def zusammenfassung(self) -> str:
        if not self.punkte:
            return QCoreApplication.translate("Uebersicht", "Noch keine Kommune produktiv.")
        p = self.punkte[-1]
        return QCoreApplication.translate(
            "Uebersicht", "Stand {monat}: {k} Kommunen mit mindestens einer Leistung produktiv, {n} Nachnutzungen."
        ).format(monat=p.monat.strftime("%m.%Y"), k=format_value(p.kommunen), n=format_value(p.nachnutzungen))

    def fill(self, punkte: list[GoLivePunkt]) -> None:
        chart = self.reset()
        self.kommunen = QLineSeries()
        self.kommunen.setName(QCoreApplication.translate("Uebersicht", "Kommunen (mind. eine Leistung)"))
        self.nachnutzungen = QLineSeries()
        self.nachnutzungen.setName(QCoreApplication.translate("Uebersicht", "Nachnutzungen"))
        for p in punkte:
            self.kommunen.append(_msecs(p.monat), p.kommunen)
            self.nachnutzungen.append(_msecs(p.monat), p.nachnutzungen)
        self.punkte = punkte
        linien = (
            (self.kommunen, farben.GOLIVE_KOMMUNEN, Qt.PenStyle.SolidLine),
            (self.nachnutzungen, farben.GOLIVE_NACHNUTZUNGEN, Qt.PenStyle.DashLine),  # not by colour only
        )
        for series, colour, style in linien:
            pen = series.pen()
            pen.setWidth(2)
            pen.setStyle(style)
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
        self.beschreiben()


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
        self.bar_set.setColor(QColor(farben.HUERDEN_BALKEN))
        self.bar_set.setLabelColor(QColor(farben.DIAGRAMM_TEXT))  # above the bar, on white: 21:1
        for k in self.kategorien:
            self.bar_set.append(offen.get(k, 0))
        series = QBarSeries()
        series.append(self.bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
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
        self.wahl = None
        self.beschreiben()

    def _clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self.kategorien):
            self.bar_clicked.emit(self.kategorien[index])

    senkrecht = False

    def bar_sets(self) -> list[QBarSet]:
        return [] if self.bar_set is None else [self.bar_set]

    def kategorien_texte(self) -> list[str]:
        return [vocab_text.label(k) for k in self.kategorien]

    def aktivieren(self, kategorie: int, satz: int) -> None:
        self._clicked(kategorie, self.bar_set)  # type: ignore[arg-type]

    def zusammenfassung(self) -> str:
        if self.bar_set is None:
            return ""
        teile = ", ".join(
            f"{name} {format_value(int(self.bar_set.at(i)))}" for i, name in enumerate(self.kategorien_texte())
        )
        return QCoreApplication.translate("Uebersicht", "Offene Hürden: {teile}.").format(teile=teile)


def _spalte(i: int) -> Callable[[list[object]], object]:
    return lambda row: row[i]


class DiagrammTabelle(QDialog):
    """The data of a chart as a table (for screen readers and for reading exact figures)."""

    def __init__(self, titel: str, header: list[str], rows: list[list[object]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("diagrammTabelle")
        self.setWindowTitle(titel)
        layout = QVBoxLayout(self)
        columns: list[Column[list[object]]] = [Column(h, _spalte(i), numeric=i > 0) for i, h in enumerate(header)]
        self.model: RowTableModel[list[object]] = RowTableModel(columns, rows)
        self.table: QTableView = read_only_table("diagrammDaten", titel)
        self.table.setModel(self.model)
        einpassen(self.table, 400)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Uebersicht", "Schließen")
        )
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.table.setFocus()
