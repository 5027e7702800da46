"""Hürde editor (Designer form ``ui/huerde_dialog.ui``) and the status-change dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kpakt_desktop.domain.huerden import UNTERARTEN, HuerdeKategorie, HuerdeStatus
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.auswahl import CheckListe, in_host, name_it
from kpakt_desktop.gui.datum import DatumFeld
from kpakt_desktop.gui.editor_dialog import EditorDialog
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.services.huerden import HuerdeDaten
from kpakt_desktop.services.verknuepfungen import Wahlen


class HuerdeDialog(EditorDialog):
    bereich = "huerde"

    def __init__(
        self,
        parent: QWidget | None,
        daten: HuerdeDaten,
        wahlen: Wahlen,
        speichern: Callable[[HuerdeDaten], Operation[Any]],
    ) -> None:
        super().__init__("huerde_dialog", parent, speichern)
        d = self.dialog
        self.daten = daten
        d.setWindowTitle(
            QCoreApplication.translate("HuerdeDialog", "Hürde bearbeiten")
            if daten.id
            else QCoreApplication.translate("HuerdeDialog", "Neue Hürde")
        )
        self.titel = child(d, QLineEdit, "titelEdit")
        self.titel.setText(daten.titel)
        self.kategorie = child(d, QComboBox, "kategorieCombo")
        for k in HuerdeKategorie:
            self.kategorie.addItem(vocab_text.label(k), k.value)
        self.kategorie.setCurrentIndex(self.kategorie.findData(daten.kategorie.value))
        self.unterart = child(d, QComboBox, "unterartCombo")
        self._unterarten(daten.unterart)
        self.kategorie.currentIndexChanged.connect(lambda _i: self._unterarten(self.unterart.currentText()))
        self.erfasst = child(d, DatumFeld, "erfasstEdit")
        self.erfasst.einrichten(QCoreApplication.translate("HuerdeDialog", "Erfasst am"), hoechstens=date.today())
        self.erfasst.set_datum(daten.erfasst_am or date.today())
        self.beschreibung = child(d, QPlainTextEdit, "beschreibungEdit")
        self.beschreibung.setPlainText(daten.beschreibung)
        self.loesung = child(d, QPlainTextEdit, "loesungEdit")
        self.loesung.setPlainText(daten.loesung)
        self.empfehlung = child(d, QPlainTextEdit, "empfehlungEdit")
        self.empfehlung.setPlainText(daten.handlungsempfehlung)
        for w, acc in (
            (self.titel, QCoreApplication.translate("HuerdeDialog", "Titel")),
            (self.kategorie, QCoreApplication.translate("HuerdeDialog", "Kategorie")),
            (self.unterart, QCoreApplication.translate("HuerdeDialog", "Unterart")),
            (self.erfasst, QCoreApplication.translate("HuerdeDialog", "Erfasst am")),
            (self.beschreibung, QCoreApplication.translate("HuerdeDialog", "Beschreibung")),
            (self.loesung, QCoreApplication.translate("HuerdeDialog", "Lösung")),
            (self.empfehlung, QCoreApplication.translate("HuerdeDialog", "Handlungsempfehlung")),
        ):
            w.setAccessibleName(acc)
        self.leistungen = CheckListe("leistungenListe", QCoreApplication.translate("HuerdeDialog", "Leistungen"))
        self.leistungen.set_items(((f"{nr} {name}", nr) for nr, name in wahlen.leistungen), daten.leistung_nrs)
        in_host(d, "leistungenHost", self.leistungen)
        self.kommunen = CheckListe("kommunenListe", QCoreApplication.translate("HuerdeDialog", "Kommunen"), suche=True)
        self.kommunen.set_items(((k.text, k.id) for k in wahlen.kommunen), daten.kommune_ids)
        in_host(d, "kommunenHost", self.kommunen)

    def _unterarten(self, keep: str) -> None:
        kategorie = HuerdeKategorie(self.kategorie.currentData())
        self.unterart.clear()
        self.unterart.addItem(QCoreApplication.translate("HuerdeDialog", "(keine)"), "")
        for u in UNTERARTEN[kategorie]:
            self.unterart.addItem(u, u)
        self.unterart.setCurrentIndex(max(0, self.unterart.findData(keep)))

    def collect(self) -> HuerdeDaten:
        return HuerdeDaten(
            self.daten.id,
            self.titel.text(),
            HuerdeKategorie(self.kategorie.currentData()),
            self.unterart.currentData() or "",
            self.beschreibung.toPlainText(),
            self.erfasst.datum(),
            self.loesung.toPlainText(),
            self.empfehlung.toPlainText(),
            self.kommunen.checked(),
            self.leistungen.checked(),
            self.daten.status,
        )


class StatusDialog(EditorDialog):
    """Asks what the change needs: date and note; the Lösung for gelöst, the Handlungsempfehlung on the way."""

    bereich = "huerde"

    def __init__(
        self,
        parent: QWidget | None,
        daten: HuerdeDaten,
        neu: HuerdeStatus,
        speichern: Callable[[tuple[date | None, str, str | None, str | None]], Operation[Any]],
    ) -> None:
        titel = (
            QCoreApplication.translate("HuerdeDialog", "An Forum Kommunalpakt eskalieren")
            if neu is HuerdeStatus.ESKALIERT
            else QCoreApplication.translate("HuerdeDialog", "Status: {s}").format(s=vocab_text.label(neu))
        )
        dialog, body = EditorDialog.frame(parent, "StatusDialog", titel)
        super().__init__(dialog, parent, speichern)
        dialog.setMinimumWidth(520)
        self.neu = neu
        info = QLabel(
            QCoreApplication.translate("HuerdeDialog", "„{t}“: {alt} → <b>{neu}</b>").format(
                t=daten.titel, alt=vocab_text.label(daten.status), neu=vocab_text.label(neu)
            )
        )
        info.setWordWrap(True)
        body.addWidget(info)
        form = QFormLayout()
        body.addLayout(form)
        self.datum = DatumFeld()
        name_it(self.datum, "datumEdit", QCoreApplication.translate("HuerdeDialog", "Datum"))
        self.datum.einrichten(QCoreApplication.translate("HuerdeDialog", "Datum"))
        self.datum.set_datum(date.today())
        form.addRow(QCoreApplication.translate("HuerdeDialog", "&Datum:"), self.datum)
        self.notiz = QPlainTextEdit()
        name_it(self.notiz, "notizEdit", QCoreApplication.translate("HuerdeDialog", "Notiz"))
        self.notiz.setTabChangesFocus(True)
        self.notiz.setMaximumHeight(80)
        form.addRow(QCoreApplication.translate("HuerdeDialog", "&Notiz:"), self.notiz)
        self.loesung: QPlainTextEdit | None = None
        self.empfehlung: QPlainTextEdit | None = None
        if neu is HuerdeStatus.GELOEST:
            self.loesung = QPlainTextEdit(daten.loesung)
            name_it(self.loesung, "loesungEdit", QCoreApplication.translate("HuerdeDialog", "Lösung"))
            self.loesung.setTabChangesFocus(True)
            form.addRow(QCoreApplication.translate("HuerdeDialog", "&Lösung:"), self.loesung)
        if neu in (HuerdeStatus.ESKALIERT, HuerdeStatus.GELOEST, HuerdeStatus.NICHT_LOESBAR):
            self.empfehlung = QPlainTextEdit(daten.handlungsempfehlung)
            name_it(
                self.empfehlung, "empfehlungEdit", QCoreApplication.translate("HuerdeDialog", "Handlungsempfehlung")
            )
            self.empfehlung.setTabChangesFocus(True)
            form.addRow(QCoreApplication.translate("HuerdeDialog", "&Handlungsempfehlung:"), self.empfehlung)

    def collect(self) -> tuple[date | None, str, str | None, str | None]:
        return (
            self.datum.datum(),
            self.notiz.toPlainText(),
            self.loesung.toPlainText() if self.loesung is not None else None,
            self.empfehlung.toPlainText() if self.empfehlung is not None else None,
        )
