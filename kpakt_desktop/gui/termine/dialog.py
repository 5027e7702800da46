"""Termin editor (Designer form ``ui/termin_dialog.ui``) with its follow-up Aufgaben."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.auswahl import CheckListe, in_host, name_it
from kpakt_desktop.gui.datum import DatumFeld, datum_text, parse_datum
from kpakt_desktop.gui.editor_dialog import EditorDialog
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.services.termine import AufgabeDaten, TerminDaten
from kpakt_desktop.services.verknuepfungen import Wahlen


class AufgabenTabelle(QWidget):
    """Was / Wer / Fällig / Erledigt am; ids of existing Aufgaben ride along in the first cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabelle = QTableWidget(0, 4)
        name_it(self.tabelle, "aufgabenTabelle", QCoreApplication.translate("TerminDialog", "Aufgaben"))
        self.tabelle.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TerminDialog", "Was"),
                QCoreApplication.translate("TerminDialog", "Wer"),
                QCoreApplication.translate("TerminDialog", "Fällig"),
                QCoreApplication.translate("TerminDialog", "Erledigt am"),
            ]
        )
        self.tabelle.verticalHeader().hide()
        self.tabelle.setColumnWidth(0, 360)
        self.tabelle.setColumnWidth(1, 160)
        self.tabelle.setColumnWidth(2, 100)
        self.tabelle.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.tabelle, 1)
        row = QHBoxLayout()
        self.neu = QPushButton(QCoreApplication.translate("TerminDialog", "Aufgabe &hinzufügen"))
        name_it(self.neu, "aufgabeNeu", QCoreApplication.translate("TerminDialog", "Aufgabe hinzufügen"))
        self.neu.clicked.connect(self._neu)
        self.entfernen = QPushButton(QCoreApplication.translate("TerminDialog", "Aufgabe &entfernen"))
        name_it(self.entfernen, "aufgabeEntfernen", QCoreApplication.translate("TerminDialog", "Aufgabe entfernen"))
        self.entfernen.clicked.connect(lambda: self.tabelle.removeRow(self.tabelle.currentRow()))
        row.addWidget(self.neu)
        row.addWidget(self.entfernen)
        row.addStretch(1)
        layout.addLayout(row)

    def _neu(self) -> None:
        r = self.add(AufgabeDaten(None, ""))
        item = self.tabelle.item(r, 0)
        if item is not None:
            self.tabelle.setCurrentItem(item)
            self.tabelle.editItem(item)

    def add(self, a: AufgabeDaten) -> int:
        r = self.tabelle.rowCount()
        self.tabelle.insertRow(r)
        for c, text in enumerate((a.was, a.wer, datum_text(a.faellig), datum_text(a.erledigt_am))):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.tabelle.setItem(r, c, item)
        return r

    def set_row(self, r: int, was: str, wer: str, faellig: str, erledigt: str = "") -> None:
        for c, text in enumerate((was, wer, faellig, erledigt)):
            item = self.tabelle.item(r, c)
            if item is not None:
                item.setText(text)

    def aufgaben(self) -> tuple[AufgabeDaten, ...]:
        out = []
        for r in range(self.tabelle.rowCount()):
            cells = [self.tabelle.item(r, c) for c in range(4)]
            texts = [c.text() if c else "" for c in cells]
            if not any(t.strip() for t in texts):
                continue  # an empty line added by mistake
            aid = cells[0].data(Qt.ItemDataRole.UserRole) if cells[0] else None
            n = r + 1
            out.append(
                AufgabeDaten(
                    aid,
                    texts[0],
                    texts[1],
                    parse_datum(
                        texts[2], QCoreApplication.translate("TerminDialog", "Aufgabe {n}, Fällig").format(n=n)
                    ),
                    parse_datum(
                        texts[3], QCoreApplication.translate("TerminDialog", "Aufgabe {n}, Erledigt am").format(n=n)
                    ),
                )
            )
        return tuple(out)


class TerminDialog(EditorDialog):
    bereich = "termin"

    def __init__(
        self,
        parent: QWidget | None,
        daten: TerminDaten,
        wahlen: Wahlen,
        speichern: Callable[[TerminDaten], Operation[Any]],
    ) -> None:
        super().__init__("termin_dialog", parent, speichern)
        d = self.dialog
        self.daten = daten
        d.setWindowTitle(
            QCoreApplication.translate("TerminDialog", "Termin bearbeiten")
            if daten.id
            else QCoreApplication.translate("TerminDialog", "Neuer Termin")
        )
        self.art = child(d, QComboBox, "artCombo")
        for art in TerminArt:
            self.art.addItem(vocab_text.label(art), art.value)
        self.art.setCurrentIndex(self.art.findData(daten.art.value))
        self.titel = child(d, QLineEdit, "titelEdit")
        self.titel.setText(daten.titel)
        self.beginn = child(d, DatumFeld, "beginnEdit")
        self.beginn.einrichten(QCoreApplication.translate("TerminDialog", "Beginn"), pflicht=True, mit_zeit=True)
        self.beginn.set_datum(daten.beginn)
        self.ende = child(d, DatumFeld, "endeEdit")
        self.ende.einrichten(QCoreApplication.translate("TerminDialog", "Ende"), mit_zeit=True)
        self.ende.set_datum(daten.ende or daten.beginn.replace(hour=min(23, daten.beginn.hour + 2)))
        self.ort = child(d, QLineEdit, "ortEdit")
        self.ort.setText(daten.ort)
        self.teilnehmende = child(d, QPlainTextEdit, "teilnehmendeEdit")
        self.teilnehmende.setPlainText(daten.teilnehmende)
        self.ergebnis = child(d, QPlainTextEdit, "ergebnisEdit")
        self.ergebnis.setPlainText(daten.ergebnis)
        for w, acc in (
            (self.art, QCoreApplication.translate("TerminDialog", "Art")),
            (self.titel, QCoreApplication.translate("TerminDialog", "Titel")),
            (self.beginn, QCoreApplication.translate("TerminDialog", "Beginn")),
            (self.ende, QCoreApplication.translate("TerminDialog", "Ende")),
            (self.ort, QCoreApplication.translate("TerminDialog", "Ort")),
            (self.teilnehmende, QCoreApplication.translate("TerminDialog", "Teilnehmende")),
            (self.ergebnis, QCoreApplication.translate("TerminDialog", "Ergebnis/Protokoll")),
        ):
            w.setAccessibleName(acc)
        self.leistungen = CheckListe("leistungenListe", QCoreApplication.translate("TerminDialog", "Leistungen"))
        self.leistungen.set_items(((f"{nr} {name}", nr) for nr, name in wahlen.leistungen), daten.leistung_nrs)
        in_host(d, "leistungenHost", self.leistungen)
        self.kommunen = CheckListe("kommunenListe", QCoreApplication.translate("TerminDialog", "Kommunen"), suche=True)
        self.kommunen.set_items(((k.text, k.id) for k in wahlen.kommunen), daten.kommune_ids)
        in_host(d, "kommunenHost", self.kommunen)
        self.aufgaben = AufgabenTabelle()
        for a in daten.aufgaben:
            self.aufgaben.add(a)
        in_host(d, "aufgabenHost", self.aufgaben)

    def collect(self) -> TerminDaten:
        return TerminDaten(
            self.daten.id,
            TerminArt(self.art.currentData()),
            self.titel.text(),
            self._beginn(),
            self.ende.zeitpunkt(),
            self.ort.text(),
            self.teilnehmende.toPlainText(),
            self.ergebnis.toPlainText(),
            self.kommunen.checked(),
            self.leistungen.checked(),
            self.aufgaben.aufgaben(),
        )

    def _beginn(self) -> datetime:
        beginn = self.beginn.zeitpunkt()
        assert beginn is not None  # a required field: empty raises InputError
        return beginn
