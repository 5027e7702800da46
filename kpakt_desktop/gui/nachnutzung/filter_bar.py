"""Filters of the matrix: Kreis, status, Leistung, First Mover, IT-Dienstleister, Fachverfahren, text."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.barrierefrei import beschriftung
from kpakt_desktop.gui.views import auswahl_fuellen, schmale_auswahl
from kpakt_desktop.services.matrix import MatrixFilter, MatrixSpalte
from kpakt_desktop.services.nachnutzung import Auswahl

TEXT_DELAY_MS = 250  # typing pauses before the query runs


def _combo(name: str, accessible: str, alle: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(alle, None)
    combo.setMaximumWidth(190)
    return schmale_auswahl(combo)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kreis = _combo("filterKreis", self.tr("Kreis"), self.tr("alle Kreise"))
        self.status = _combo("filterStatus", self.tr("Status"), self.tr("jeder Status"))
        for st in Status:
            self.status.addItem(f"{st.symbol} {vocab_text.label(st)}", st.value)
        self.leistung = _combo("filterLeistung", self.tr("Leistung"), self.tr("alle Leistungen"))
        self.itdl = _combo("filterItdl", self.tr("IT-Dienstleister"), self.tr("alle IT-Dienstleister"))
        self.fachverfahren = _combo("filterFachverfahren", self.tr("Fachverfahren"), self.tr("alle Fachverfahren"))
        self.first_mover = QCheckBox(self.tr("nur First Mover"))
        self.first_mover.setObjectName("filterFirstMover")
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(self.tr("Suche: Name oder ARS"))
        self.text.setAccessibleName(self.tr("Freitextsuche"))
        self.text.setClearButtonEnabled(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        second = QHBoxLayout()
        outer.addLayout(second)
        # Each filter with its visible label as buddy: a screen reader says "Kreis: alle Kreise".
        for row, w, text in (
            (layout, self.kreis, self.tr("Kreis:")),
            (layout, self.status, self.tr("Status:")),
            (layout, self.leistung, self.tr("Leistung:")),
            (second, self.itdl, self.tr("IT-Dienstleister:")),
            (second, self.fachverfahren, self.tr("Fachverfahren:")),
        ):
            row.addWidget(beschriftung(text, w))
            row.addWidget(w, 1)
        second.addWidget(self.text, 1)
        second.addWidget(self.first_mover)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.kreis, self.status, self.leistung, self.itdl, self.fachverfahren):
            combo.currentIndexChanged.connect(self.changed)
        self.first_mover.toggled.connect(self.changed)

    def fill(self, auswahl: Auswahl, spalten: list[MatrixSpalte]) -> None:
        """Refill the choices, keeping what is selected (signals held back meanwhile)."""
        for combo, items in (
            (self.kreis, [(w.text, w.id) for w in auswahl.kreise]),
            (self.leistung, [(f"{sp.nr} {sp.name}", sp.nr) for sp in spalten]),
            (self.itdl, [(w.text, w.id) for w in auswahl.it_dienstleister]),
            (self.fachverfahren, [(fv.text, fv.id) for fv in auswahl.fachverfahren]),
        ):
            auswahl_fuellen(combo, items)

    def setzen(
        self,
        *,
        leistung_nr: int | None = None,
        status: Status | None = None,
        kreis_id: int | None = None,
        first_mover: bool = False,
    ) -> None:
        """Replace every filter at once (one ``changed`` is left to the caller)."""
        widgets = (self.kreis, self.status, self.leistung, self.itdl, self.fachverfahren, self.first_mover, self.text)
        for w in widgets:
            w.blockSignals(True)
        for combo, data in (
            (self.kreis, kreis_id),
            (self.status, status.value if status else None),
            (self.leistung, leistung_nr),
            (self.itdl, None),
            (self.fachverfahren, None),
        ):
            combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)
        self.first_mover.setChecked(first_mover)
        self.text.clear()
        for w in widgets:
            w.blockSignals(False)

    def value(self) -> MatrixFilter:
        status = self.status.currentData()
        return MatrixFilter(
            kreis_id=self.kreis.currentData(),
            status=Status(status) if status else None,
            leistung_nr=self.leistung.currentData(),
            first_mover=self.first_mover.isChecked(),
            it_dienstleister_id=self.itdl.currentData(),
            fachverfahren_id=self.fachverfahren.currentData(),
            text=self.text.text(),
        )
