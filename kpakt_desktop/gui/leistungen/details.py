"""The editable details of one Leistung: Ressort, FF-Länder, EfA service, Roll-Out contact, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.services.leistungen import KontaktWahl, LeistungDaten


def _line(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class LeistungDetails(QGroupBox):
    """Emits ``save_requested(nr, changed_values)`` with only the fields the user changed."""

    save_requested = Signal(int, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Leistung"), parent)
        self.daten: LeistungDaten | None = None
        self.titel = QLabel()
        self.titel.setObjectName("leistungTitel")
        self.titel.setWordWrap(True)
        self.sonderfall = QLabel()
        self.sonderfall.setObjectName("leistungSonderfall")
        self.sonderfall.setWordWrap(True)
        self.sonderfall.setStyleSheet("QLabel { background: #fff4d6; padding: 4px; border: 1px solid #e0c080; }")
        self.themen = QLabel()
        self.themen.setWordWrap(True)
        self.ressort = _line("ressortEdit", self.tr("Ressort"))
        self.ff = _line("ffEdit", self.tr("federführende Länder"))
        self.ff.setPlaceholderText(self.tr("Länderkürzel, z. B. HB, NW"))
        self.efa_dienst = _line("efaDienstEdit", self.tr("EfA-Dienst"))
        self.efa_anbieter = _line("efaAnbieterEdit", self.tr("Anbieter des EfA-Dienstes"))
        self.marktplatz = _line("marktplatzEdit", self.tr("FIT-Store/GovDigital"))
        self.marktplatz.setPlaceholderText(self.tr("z. B. FIT-Store, Marktplatz GovDigital"))
        self.link = _line("linkEdit", self.tr("Link"))
        self.link.setPlaceholderText("https://…")
        self.kontakt = QComboBox()
        self.kontakt.setObjectName("rolloutKontaktCombo")
        # Long "Name (Organisation)" entries must not widen the whole panel beyond the window.
        self.kontakt.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kontakt.setMinimumContentsLength(24)
        self.kontakt.setAccessibleName(self.tr("Kontakt des Roll-Out-Teams"))
        self.notiz = QPlainTextEdit()
        self.notiz.setObjectName("leistungNotiz")
        self.notiz.setMaximumHeight(70)
        self.save = QPushButton(self.tr("Änderungen &speichern"))
        self.save.setObjectName("leistungSpeichern")
        self.save.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("&Ressort:"), self.ressort)
        form.addRow(self.tr("&Federführende Länder:"), self.ff)
        form.addRow(self.tr("EfA-D&ienst:"), self.efa_dienst)
        form.addRow(self.tr("A&nbieter:"), self.efa_anbieter)
        form.addRow(self.tr("FIT-Store/&GovDigital:"), self.marktplatz)
        form.addRow(self.tr("&Link:"), self.link)
        form.addRow(self.tr("Roll-Out-&Team:"), self.kontakt)
        form.addRow(self.tr("N&otiz:"), self.notiz)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titel)
        layout.addWidget(self.sonderfall)
        layout.addWidget(self.themen)
        layout.addLayout(form)
        layout.addWidget(self.save)

    def set_kontakte(self, kontakte: list[KontaktWahl]) -> None:
        self.kontakt.clear()
        self.kontakt.addItem(self.tr("(kein Kontakt)"), None)
        for k in kontakte:
            self.kontakt.addItem(k.text, k.id)

    def show_leistung(self, d: LeistungDaten) -> None:
        self.daten = d
        self.titel.setText(f"<h3>{d.nr}. {d.name}</h3>")
        self.sonderfall.setVisible(not d.zaehlt_fuer_quote)
        if d.vollstaendig_realisiert:
            self.sonderfall.setText(self.tr("Bereits vollständig realisiert – zählt in keiner Quote mit."))
        elif d.bund_direkt:
            self.sonderfall.setText(self.tr("Wird direkt durch das BMFSFJ betrieben – zählt in keiner Quote mit."))
        self.themen.setText(
            self.tr("Themenfeld: {t} · Behörde: {b}{h}").format(
                t=d.themenfeld or "–", b=d.behoerde or "–", h=f" · {d.hinweis}" if d.hinweis else ""
            )
        )
        self.ressort.setText(d.ressort)
        self.ff.setText(d.federfuehrend)
        self.efa_dienst.setText(d.efa_dienst or "")
        self.efa_anbieter.setText(d.efa_anbieter or "")
        self.marktplatz.setText(d.marktplatz or "")
        self.link.setText(d.link or "")
        self.kontakt.setCurrentIndex(max(0, self.kontakt.findData(d.rollout_kontakt_id)))
        self.notiz.setPlainText(d.notiz or "")

    def werte(self) -> dict[str, Any]:
        return {
            "ressort": self.ressort.text().strip(),
            "federfuehrend": self.ff.text().strip(),
            "efa_dienst": self.efa_dienst.text().strip() or None,
            "efa_anbieter": self.efa_anbieter.text().strip() or None,
            "marktplatz": self.marktplatz.text().strip() or None,
            "link": self.link.text().strip() or None,
            "rollout_kontakt_id": self.kontakt.currentData(),
            "notiz": self.notiz.toPlainText().strip() or None,
        }

    def _save(self) -> None:
        if self.daten is None:
            return
        changed = {k: v for k, v in self.werte().items() if getattr(self.daten, k) != v}
        if changed:
            self.save_requested.emit(self.daten.nr, changed)
