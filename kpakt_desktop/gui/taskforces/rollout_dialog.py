"""Editors of a Roll-Out-Team (contact, offers with dates) and of a Landesteam (members)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.teams import LandesteamArt, RolloutAngebot
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.auswahl import MitgliederTabelle, name_it
from kpakt_desktop.gui.datum import datum_text, parse_datum
from kpakt_desktop.gui.editor_dialog import EditorDialog
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.services.landesteams import LandesteamDaten, LandesteamMitgliedDaten
from kpakt_desktop.services.rolloutteams import Angebot, RolloutTeamDaten
from kpakt_desktop.services.verknuepfungen import Wahlen


class RolloutTeamDialog(EditorDialog):
    def __init__(
        self,
        parent: QWidget | None,
        daten: RolloutTeamDaten,
        wahlen: Wahlen,
        speichern: Callable[[RolloutTeamDaten], Operation[Any]],
    ) -> None:
        dialog, body = EditorDialog.frame(
            parent,
            "RolloutTeamDialog",
            QCoreApplication.translate("RolloutDialog", "Roll-Out-Team bearbeiten")
            if daten.id
            else QCoreApplication.translate("RolloutDialog", "Neues Roll-Out-Team"),
        )
        super().__init__(dialog, parent, speichern)
        dialog.setMinimumSize(720, 480)
        self.daten = daten
        form = QFormLayout()
        body.addLayout(form)
        self.leistung = QComboBox()
        name_it(self.leistung, "leistungCombo", QCoreApplication.translate("RolloutDialog", "Leistung"))
        for nr, name in wahlen.leistungen:
            self.leistung.addItem(f"{nr} {name}", nr)
        self.leistung.setCurrentIndex(max(0, self.leistung.findData(daten.leistung_nr)))
        form.addRow(QCoreApplication.translate("RolloutDialog", "&Leistung:"), self.leistung)
        self.name = QLineEdit(daten.name)
        name_it(self.name, "nameEdit", QCoreApplication.translate("RolloutDialog", "Name"))
        form.addRow(QCoreApplication.translate("RolloutDialog", "&Name:"), self.name)
        self.ff = QLineEdit(daten.ff_land)
        name_it(self.ff, "ffEdit", QCoreApplication.translate("RolloutDialog", "Federführendes Land"))
        self.ff.setPlaceholderText(QCoreApplication.translate("RolloutDialog", "z. B. HH"))
        form.addRow(QCoreApplication.translate("RolloutDialog", "&Federführendes Land:"), self.ff)
        self.kontakt = MitgliederTabelle("kontaktTabelle", wahlen.kontakte, None, einzeln=True)
        self.kontakt.tabelle.setColumnHidden(0, True)  # one contact, no role
        self.kontakt.setMaximumHeight(130)
        if daten.kontakt is not None:
            self.kontakt.add(daten.kontakt, "")
        form.addRow(QCoreApplication.translate("RolloutDialog", "&Kontakt:"), self.kontakt)
        self.notiz = QPlainTextEdit(daten.notiz)
        name_it(self.notiz, "notizEdit", QCoreApplication.translate("RolloutDialog", "Notiz"))
        self.notiz.setMaximumHeight(60)
        form.addRow(QCoreApplication.translate("RolloutDialog", "N&otiz:"), self.notiz)
        body.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "RolloutDialog", "<b>Angebote</b> (Vor-Ort-Termin inkl. Tests, Informationsmaterial, …) und wann"
                )
            )
        )
        self.angebote = QTableWidget(0, 3)
        name_it(self.angebote, "angeboteTabelle", QCoreApplication.translate("RolloutDialog", "Angebote"))
        self.angebote.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RolloutDialog", "Angebot"),
                QCoreApplication.translate("RolloutDialog", "Datum"),
                QCoreApplication.translate("RolloutDialog", "Beschreibung"),
            ]
        )
        self.angebote.verticalHeader().hide()
        self.angebote.setColumnWidth(0, 300)
        self.angebote.setColumnWidth(1, 100)
        self.angebote.horizontalHeader().setStretchLastSection(True)
        body.addWidget(self.angebote, 1)
        row = QHBoxLayout()
        add = QPushButton(QCoreApplication.translate("RolloutDialog", "Angebot &hinzufügen"))
        name_it(add, "angebotNeu", QCoreApplication.translate("RolloutDialog", "Angebot hinzufügen"))
        add.clicked.connect(lambda: self.add_angebot(Angebot(RolloutAngebot.VOR_ORT_TERMIN)))
        remove = QPushButton(QCoreApplication.translate("RolloutDialog", "Angebot &entfernen"))
        name_it(remove, "angebotEntfernen", QCoreApplication.translate("RolloutDialog", "Angebot entfernen"))
        remove.clicked.connect(lambda: self.angebote.removeRow(self.angebote.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        body.addLayout(row)
        for a in daten.angebote:
            self.add_angebot(a)

    def add_angebot(self, a: Angebot) -> None:
        r = self.angebote.rowCount()
        self.angebote.insertRow(r)
        combo = QComboBox()
        name_it(combo, f"angebotArt{r}", QCoreApplication.translate("RolloutDialog", "Angebot"))
        for art in RolloutAngebot:
            combo.addItem(vocab_text.label(art), art.value)
        combo.setCurrentIndex(combo.findData(a.art.value))
        self.angebote.setCellWidget(r, 0, combo)
        self.angebote.setItem(r, 1, QTableWidgetItem(datum_text(a.datum)))
        self.angebote.setItem(r, 2, QTableWidgetItem(a.beschreibung))

    def collect(self) -> RolloutTeamDaten:
        angebote = []
        for r in range(self.angebote.rowCount()):
            combo = self.angebote.cellWidget(r, 0)
            assert isinstance(combo, QComboBox)
            datum = self.angebote.item(r, 1)
            text = self.angebote.item(r, 2)
            angebote.append(
                Angebot(
                    RolloutAngebot(combo.currentData()),
                    parse_datum(
                        datum.text() if datum else "",
                        QCoreApplication.translate("RolloutDialog", "Angebot {n}, Datum").format(n=r + 1),
                    ),
                    text.text() if text else "",
                )
            )
        personen = [p for _, p in self.kontakt.mitglieder()]  # at most one (einzeln)
        if self.kontakt.tabelle.rowCount() and not personen:
            # "Neue Person" replaced the Kontakt but no name was typed: ask, rather than unlink silently.
            raise InputError(
                QCoreApplication.translate(
                    "RolloutDialog", "Kontakt: bitte einen Namen eingeben oder die Zeile mit „Entfernen“ löschen."
                )
            )
        return RolloutTeamDaten(
            self.daten.id,
            int(self.leistung.currentData()),
            self.name.text(),
            self.ff.text(),
            personen[0] if personen else None,
            self.notiz.toPlainText(),
            tuple(angebote),
            self.daten.taskforce_ids,
        )


class LandesteamDialog(EditorDialog):
    def __init__(
        self,
        parent: QWidget | None,
        daten: LandesteamDaten,
        wahlen: Wahlen,
        speichern: Callable[[LandesteamDaten], Operation[Any]],
    ) -> None:
        dialog, body = EditorDialog.frame(parent, "LandesteamDialog", vocab_text.label(daten.art))
        super().__init__(dialog, parent, speichern)
        dialog.setMinimumSize(760, 420)
        self.daten = daten
        form = QFormLayout()
        body.addLayout(form)
        self.name = QLineEdit(daten.name)
        name_it(self.name, "nameEdit", QCoreApplication.translate("RolloutDialog", "Name"))
        form.addRow(QCoreApplication.translate("RolloutDialog", "&Name:"), self.name)
        self.notiz = QPlainTextEdit(daten.notiz)
        name_it(self.notiz, "notizEdit", QCoreApplication.translate("RolloutDialog", "Notiz"))
        self.notiz.setMaximumHeight(60)
        form.addRow(QCoreApplication.translate("RolloutDialog", "N&otiz:"), self.notiz)
        self.mitglieder = MitgliederTabelle("mitgliederTabelle", wahlen.kontakte, None)
        for m in daten.mitglieder:
            self.mitglieder.add(m.person, m.rolle)
        body.addWidget(self.mitglieder, 1)

    def collect(self) -> LandesteamDaten:
        return LandesteamDaten(
            self.daten.id,
            self.daten.art,
            self.name.text(),
            self.notiz.toPlainText(),
            tuple(LandesteamMitgliedDaten(p, str(rolle)) for rolle, p in self.mitglieder.mitglieder()),
        )


def neues_landesteam(art: LandesteamArt, kuerzel: str) -> LandesteamDaten:
    return LandesteamDaten(None, art, f"{vocab_text.label(art)} {kuerzel}")
