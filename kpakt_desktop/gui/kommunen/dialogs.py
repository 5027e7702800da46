"""Small dialogs of the Kommunen page: Kontakt and IT-Dienstleister forms (Designer .ui), picking an IT-DL."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.barrierefrei import beschriftung
from kpakt_desktop.gui.editor_dialog import EditorDialog
from kpakt_desktop.gui.form import child
from kpakt_desktop.services import it_dienstleister as itdl_service
from kpakt_desktop.services import kontakte as kontakt_service
from kpakt_desktop.services.it_dienstleister import ITDLDaten
from kpakt_desktop.services.kontakte import KontaktDaten


class KontaktDialog(EditorDialog):
    bereich = "kontakt"

    def __init__(self, parent: QWidget | None, daten: KontaktDaten) -> None:
        super().__init__("kontakt_dialog", parent, self._pruefen)
        self.daten = daten
        self.funktion: QComboBox = child(self.dialog, QComboBox, "funktionCombo")
        for f in KontaktFunktion:
            self.funktion.addItem(vocab_text.label(f), f.value)
        self.funktion.setCurrentIndex(self.funktion.findData(daten.funktion.value))
        for name, value in (
            ("nameEdit", daten.name),
            ("organisationEdit", daten.organisation),
            ("emailEdit", daten.email),
            ("telefonEdit", daten.telefon),
        ):
            self.line(name).setText(value)
        self.text("notizEdit").setPlainText(daten.notiz)

    def collect(self) -> KontaktDaten:
        return replace(
            self.daten,
            name=self.line("nameEdit").text(),
            funktion=KontaktFunktion(self.funktion.currentData()),
            organisation=self.line("organisationEdit").text(),
            email=self.line("emailEdit").text(),
            telefon=self.line("telefonEdit").text(),
            notiz=self.text("notizEdit").toPlainText(),
        )

    def _pruefen(self, value: KontaktDaten) -> int:
        self.ergebnis = kontakt_service.pruefen(value)  # the page writes it
        return 0


class ITDLDialog(EditorDialog):
    _FIELDS = ("name", "ansprechpartner", "email", "telefon", "webseite")

    def __init__(self, parent: QWidget | None, daten: ITDLDaten) -> None:
        super().__init__("it_dienstleister_dialog", parent, self._pruefen)
        self.daten = daten
        for field in self._FIELDS:
            self.line(f"{field}Edit").setText(getattr(daten, field))
        self.text("notizEdit").setPlainText(daten.notiz)

    def collect(self) -> ITDLDaten:
        text = {field: self.line(f"{field}Edit").text() for field in self._FIELDS}
        return ITDLDaten(
            self.daten.id,
            text["name"],
            text["ansprechpartner"],
            text["email"],
            text["telefon"],
            text["webseite"],
            self.text("notizEdit").toPlainText(),
        )

    def _pruefen(self, value: ITDLDaten) -> int:
        self.ergebnis = itdl_service.pruefen(value)  # the page writes it
        return 0


class Auswahl(QDialog):
    """Pick one entry of a list (e.g. the IT-Dienstleister for many Kommunen)."""

    def __init__(self, parent: QWidget | None, title: str, text: str, items: list[tuple[str, Any]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        self.combo.setObjectName("auswahlCombo")
        self.combo.setAccessibleName(text)
        for label, value in items:
            self.combo.addItem(label, value)
        layout.addWidget(beschriftung(text, self.combo))  # the visible text labels the combo (AT-SPI)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self) -> tuple[bool, Any]:
        return (True, self.combo.currentData()) if self.exec() else (False, None)
