"""The map as a tab: the painted map and, one keystroke away (T or Strg+T), the same marks as a table.

Used on the Übersicht, on the Nachnutzung page and in the Bundesansicht. The page gives it a
``Karte`` (``services.karte`` or the national view); a click on a mark, Enter on the current mark
or a double click in the table emits ``marke_gewaehlt`` with the ``Marke``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.karte.leinwand import KartenLeinwand, marken_text
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.views import read_only_table
from kpakt_desktop.services.karte import Karte, Marke


def marken_spalten(national: bool = False) -> list[Column[Marke]]:
    columns: list[Column[Marke]] = (
        [Column(QCoreApplication.translate("Karte", "Land"), lambda m: m.land)] if national else []
    )
    columns += [
        Column(QCoreApplication.translate("Karte", "Kommune"), lambda m: m.name),
        Column(QCoreApplication.translate("Karte", "Kreis"), lambda m: m.kreis),
        Column(
            QCoreApplication.translate("Karte", "Status"),
            lambda m: f"{m.status.symbol} {vocab_text.label(m.status)}" if m.status else "",
        ),
        Column(QCoreApplication.translate("Karte", "seit"), lambda m: f"{m.seit:%d.%m.%Y}" if m.seit else ""),
        Column(
            QCoreApplication.translate("Karte", "produktiv"),
            lambda m: m.produktiv if m.status is None else None,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Karte", "zählende Leistungen"),
            lambda m: m.zustaendig if m.status is None else None,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Karte", "Anteil produktiv %"),
            lambda m: None if m.anteil is None else 100 * m.anteil,
            numeric=True,
        ),
        Column(QCoreApplication.translate("Karte", "Einwohner"), lambda m: m.einwohner, numeric=True),
        Column(QCoreApplication.translate("Karte", "ARS"), lambda m: m.ars),
    ]
    return columns


class KartenAnsicht(QWidget):
    marke_gewaehlt = Signal(object)  # Marke
    leistung_geaendert = Signal()  # the own Leistung choice changed (when shown)

    def __init__(self, parent: QWidget | None = None, *, leistung_wahl: bool = False, national: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("karteAnsicht")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.leistung = QComboBox()
        self.leistung.setObjectName("karteLeistung")
        self.leistung.setAccessibleName(self.tr("Leistung der Karte"))
        self.leistung.addItem(self.tr("alle Leistungen (Anteil produktiv)"), None)
        self.leistung.setVisible(leistung_wahl)
        # long Leistung names must not widen the page (the sidebar would be squeezed)
        self.leistung.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.leistung.setMinimumContentsLength(26)
        self.leistung.currentIndexChanged.connect(lambda _i: self.leistung_geaendert.emit())
        row.addWidget(self.leistung)
        self.titel = QLabel()
        self.titel.setObjectName("karteTitel")
        self.titel.setWordWrap(True)
        row.addWidget(self.titel, 1)
        self.umschalter = QPushButton(self.tr("Als &Tabelle"))
        self.umschalter.setObjectName("karteTabelleUmschalten")
        self.umschalter.setCheckable(True)
        self.umschalter.setToolTip(self.tr("Dieselben Daten als Tabelle (T oder Strg+T)"))
        self.umschalter.toggled.connect(self._umschalten)
        row.addWidget(self.umschalter)
        layout.addLayout(row)

        self.stapel = QStackedWidget()
        self.leinwand = KartenLeinwand()
        self.leinwand.marke_gewaehlt.connect(self.marke_gewaehlt)
        self.leinwand.aktuelle_geaendert.connect(self._aktuelle)
        self.leinwand.tabelle_gewuenscht.connect(lambda: self.umschalter.setChecked(True))
        self.stapel.addWidget(self.leinwand)
        self.model: RowTableModel[Marke] = RowTableModel(marken_spalten(national))
        self.tabelle = read_only_table("karteTabelle", self.tr("Karte als Tabelle"))
        self.tabelle.setModel(self.model)
        self.tabelle.doubleClicked.connect(self._tabelle_gewaehlt)
        self.tabelle.activated.connect(self._tabelle_gewaehlt)
        self.stapel.addWidget(self.tabelle)
        layout.addWidget(self.stapel, 1)
        self.hinweis = QLabel(
            self.tr(
                "Pfeiltasten: von Marke zu Marke · Umschalt+Pfeile: verschieben · +/−: zoomen · 0: ganze Karte · "
                "Eingabe: in der Matrix zeigen · T: Tabelle"
            )
        )
        self.hinweis.setObjectName("karteHinweis")
        self.hinweis.setWordWrap(True)
        layout.addWidget(self.hinweis)
        self.aktuell = QLabel()
        self.aktuell.setObjectName("karteAktuell")
        self.aktuell.setWordWrap(True)
        layout.addWidget(self.aktuell)
        umschalten = QAction(self.tr("Karte oder Tabelle"), self)
        umschalten.setShortcut(QKeySequence("Ctrl+T"))
        umschalten.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        umschalten.triggered.connect(self.umschalter.toggle)
        self.addAction(umschalten)

    def set_leistungen(self, leistungen: list[tuple[int, str]]) -> None:
        """Fill the own Leistung choice, keeping the selection."""
        current = self.leistung.currentData()
        self.leistung.blockSignals(True)
        while self.leistung.count() > 1:
            self.leistung.removeItem(1)
        for nr, name in leistungen:
            self.leistung.addItem(f"{nr} {name}", nr)
        self.leistung.setCurrentIndex(max(0, self.leistung.findData(current)) if current is not None else 0)
        self.leistung.blockSignals(False)

    def leistung_nr(self) -> int | None:
        data = self.leistung.currentData()
        return None if data is None else int(data)

    def set_karte(self, karte: Karte) -> None:
        self.leinwand.set_karte(karte)
        self.model.set_rows(sorted(karte.marken, key=lambda m: (m.land, m.kreis, m.name)))
        text = self.tr("{titel}: {n} zuständige Kommunen").format(titel=karte.titel, n=len(karte.marken))
        if karte.ohne_position:
            text += self.tr(" ({n} ohne Koordinaten nicht eingezeichnet)").format(n=karte.ohne_position)
        self.titel.setText(text)

    def _umschalten(self, tabelle: bool) -> None:
        self.stapel.setCurrentIndex(1 if tabelle else 0)
        (self.tabelle if tabelle else self.leinwand).setFocus()

    def _aktuelle(self, marke: Marke | None) -> None:
        self.aktuell.setText(marken_text(marke) if marke else "")

    def _tabelle_gewaehlt(self, index: QModelIndex) -> None:
        if index.isValid():
            self.marke_gewaehlt.emit(self.model.row_at(index.row()))
