"""Berichte: the Excel and PDF reports the office takes to meetings, and the Rückmeldebögen round trip.

Every report is one click: choose the target, the service job runs in the worker with a
cancellable progress dialog, the window keeps painting.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import InputError, KpaktError
from kpakt_desktop.gui import meldungen, msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.datum import DatumFeld
from kpakt_desktop.gui.msgbox import Ablage
from kpakt_desktop.gui.operation import Operation, runner
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.jobs import Job
from kpakt_desktop.services.nachnutzung import Ergebnis, wiederherstellen
from kpakt_desktop.store.database import Store

if TYPE_CHECKING:
    from pathlib import Path

    from kpakt_desktop.services.rueckmeldung.pruefung import Pruefung
    from kpakt_desktop.services.rueckmeldung.uebernahme import Uebernahme
from kpakt_desktop.services.kennzahlen import KreisKurz, kreise

XLSX = QT_TRANSLATE_NOOP("BerichtePage", "Excel-Arbeitsmappe (*.xlsx)")


def _abgelehnt(pruefung: Pruefung) -> str:
    """Every problem of the refused forms, one a line, in the UI language."""
    return "\n".join(meldungen.text(p.meldung) for a in pruefung.abgelehnt for p in a.probleme)


def _button(text: str, name: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(text.replace("&", "").rstrip("…"))
    b.setToolTip(tip)
    return b


def _links(widget: QWidget) -> QHBoxLayout:
    """A button at its natural width, left-aligned in a form row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _combo(name: str, accessible: str) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    c.setAccessibleName(accessible)
    c.setMinimumContentsLength(28)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return c


class BerichtePage(Page):
    SHOWS = frozenset({Entity.KOMMUNE, Entity.LAND})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Berichte")))
        intro = QLabel(
            self.tr(
                "Alle Zahlen kommen aus derselben Berechnung wie die Übersicht. Die Excel-Dateien sind zum Drucken "
                "eingerichtet (A4 quer, auf Seitenbreite, Kopfzeilen auf jeder Seite)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # Bürgermeisterdienstversammlung
        box = QGroupBox(self.tr("Bürgermeisterdienstversammlung (Excel je Kreis)"))
        form = QFormLayout(box)
        self.bdv_kreis = _combo("bdvKreis", self.tr("Kreis für die Bürgermeisterdienstversammlung"))
        self.bdv_alle = QCheckBox(self.tr("für alle Krei&se (eine Datei je Kreis in einen Ordner)"))
        self.bdv_alle.setObjectName("bdvAlle")
        self.bdv_alle.setAccessibleName(self.tr("für alle Kreise"))
        self.bdv_alle.toggled.connect(lambda on: self.bdv_kreis.setEnabled(not on))
        kreis_row = QHBoxLayout()
        kreis_row.addWidget(self.bdv_kreis, 1)
        kreis_row.addWidget(self.bdv_alle)
        kreis_label = QLabel(self.tr("&Kreis:"))
        kreis_label.setBuddy(self.bdv_kreis)
        form.addRow(kreis_label, kreis_row)
        self.bdv_seit_an = QCheckBox(self.tr("Änderungen seit:"))
        self.bdv_seit_an.setObjectName("bdvSeitAn")
        self.bdv_seit_an.setAccessibleName(self.tr("Änderungen seit einem Datum"))
        self.bdv_seit_an.setToolTip(self.tr("Ohne Datum: seit der letzten Bürgermeisterdienstversammlung des Kreises"))
        self.bdv_seit = DatumFeld()
        self.bdv_seit.setObjectName("bdvSeit")
        self.bdv_seit.setAccessibleName(self.tr("Änderungen seit"))
        # changes "since" a future day: refused
        self.bdv_seit.einrichten(self.tr("Änderungen seit"), pflicht=True, hoechstens=date.today())
        vor_drei_monaten = QDate.currentDate().addMonths(-3)
        self.bdv_seit.set_datum(date(vor_drei_monaten.year(), vor_drei_monaten.month(), vor_drei_monaten.day()))
        self.bdv_seit.setEnabled(False)
        self.bdv_seit_an.toggled.connect(self.bdv_seit.setEnabled)
        seit_row = QHBoxLayout()
        seit_row.addWidget(self.bdv_seit_an)
        seit_row.addWidget(self.bdv_seit)
        seit_row.addWidget(QLabel(self.tr("(sonst seit der letzten BDV des Kreises)")))
        seit_row.addStretch(1)
        form.addRow("", seit_row)
        self.bdv_a3 = QCheckBox(self.tr("Matrix auf A&3 drucken (für Kreise mit vielen Kommunen)"))
        self.bdv_a3.setObjectName("bdvA3")
        self.bdv_a3.setAccessibleName(self.tr("Matrix auf A3 drucken"))
        form.addRow("", self.bdv_a3)
        self.bdv_button = _button(
            self.tr("&Excel erstellen…"), "bdvButton", self.tr("Matrix, Fortschritt, Änderungen, Hürden und Termine")
        )
        self.bdv_button.clicked.connect(self.bdv_erstellen)
        form.addRow("", _links(self.bdv_button))
        layout.addWidget(box)

        # Lagebericht
        box = QGroupBox(self.tr("Lagebericht (PDF)"))
        form = QFormLayout(box)
        self.lage_gebiet = _combo("lageGebiet", self.tr("Gebiet des Lageberichts"))
        form.addRow(self.tr("&Gebiet:"), self.lage_gebiet)
        self.lage_button = _button(
            self.tr("&PDF erstellen…"),
            "lageButton",
            self.tr("Kennzahlen, Diagramme, Tabellen, Hürden mit Empfehlungen"),
        )
        self.lage_button.clicked.connect(self.lage_erstellen)
        form.addRow("", _links(self.lage_button))
        layout.addWidget(box)

        # Nachfrage-Bündelung
        box = QGroupBox(self.tr("Nachfrage-Bündelung (Excel)"))
        row = QHBoxLayout(box)
        text = QLabel(
            self.tr(
                "Welche Kommunen welche Anbindung noch brauchen, je Fachverfahren/Hersteller und IT-Dienstleister – "
                "Grundlage für gebündelte Beschaffung und Rahmenverträge (§2 Abs. 3 c, §3)."
            )
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.buendelung_button = _button(
            self.tr("E&xcel erstellen…"), "buendelungButton", self.tr("Nachfrage-Bündelung")
        )
        self.buendelung_button.clicked.connect(self.buendelung_erstellen)
        row.addWidget(self.buendelung_button)
        layout.addWidget(box)

        # Kostenübersicht
        box = QGroupBox(self.tr("Kostenübersicht (Excel)"))
        row = QHBoxLayout(box)
        text = QLabel(
            self.tr(
                "Einmalige und jährliche Kosten je Leistung, Kreis, Fachverfahren/Hersteller und IT-Dienstleister, "
                "je Einwohner, mit den Nachnutzungen ohne Kostenangabe und der Entwicklung über die Zeit."
            )
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.kosten_button = _button(self.tr("Exce&l erstellen…"), "kostenButton", self.tr("Kostenübersicht"))
        self.kosten_button.clicked.connect(self.kosten_erstellen)
        row.addWidget(self.kosten_button)
        layout.addWidget(box)

        # Rückmeldebögen
        box = QGroupBox(self.tr("Rückmeldebögen an die Kommunen"))
        form = QFormLayout(box)
        self.rm_kreis = _combo("rueckmeldungKreis", self.tr("Kreis der Rückmeldebögen"))
        form.addRow(self.tr("K&reis:"), self.rm_kreis)
        self.rm_ars = QLineEdit()
        self.rm_ars.setObjectName("rueckmeldungArs")
        self.rm_ars.setAccessibleName(self.tr("ARS einer einzelnen Kommune"))
        self.rm_ars.setPlaceholderText(self.tr("leer: alle zuständigen Kommunen des Kreises; sonst ARS einer Kommune"))
        form.addRow(self.tr("Nur K&ommune:"), self.rm_ars)
        # Only digits (and spaces) can be typed; the hint says what is missing before any dialog opens.
        self.rm_ars.setValidator(QRegularExpressionValidator(QRegularExpression(r"(\s*\d){0,12}\s*"), self.rm_ars))
        self.rm_ars_hinweis = QLabel()
        self.rm_ars_hinweis.setObjectName("rueckmeldungArsHinweis")
        self.rm_ars_hinweis.setWordWrap(True)
        form.addRow("", self.rm_ars_hinweis)
        rm_row = QHBoxLayout()
        self.rm_export_button = _button(
            self.tr("Bögen &versenden…"),
            "rueckmeldungExport",
            self.tr("Ein geschütztes Excel-Formular je Kommune mit ihren Leistungen und dem heutigen Stand"),
        )
        self.rm_export_button.clicked.connect(self.boegen_erstellen)
        self.rm_import_button = _button(
            self.tr("Ausgefüllte Bögen e&inlesen…"),
            "rueckmeldungImport",
            self.tr("Zurückgesandte Bögen prüfen, Änderungen ansehen und übernehmen"),
        )
        self.rm_import_button.clicked.connect(self.boegen_einlesen)
        rm_row.addWidget(self.rm_export_button)
        rm_row.addWidget(self.rm_import_button)
        rm_row.addStretch(1)
        form.addRow("", rm_row)
        self.rm_ars.textChanged.connect(self._ars_pruefen)
        self._ars_pruefen()
        layout.addWidget(box)
        layout.addStretch(1)
        self._kreise: list[KreisKurz] = []
        self._uebernahme: Uebernahme | None = None  # written by the worker, read when it is done
        self.refresh()

    # -- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        self._kreise = kreise(self.ctx.store)
        for combo, land in ((self.bdv_kreis, False), (self.rm_kreis, False), (self.lage_gebiet, True)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if land:
                combo.addItem(self.tr("ganzes Land {name}").format(name=self.ctx.land.name), None)
            for k in self._kreise:
                combo.addItem(k.name, k.ars)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- running ------------------------------------------------------------------------------

    def _buttons(self, enabled: bool) -> None:
        for b in (self.bdv_button, self.lage_button, self.buendelung_button, self.kosten_button, self.rm_export_button):
            b.setEnabled(enabled)
        if enabled:
            self._ars_pruefen()  # the forms' button only for a complete, known ARS

    def _start(self, title: str, job: Job[Any], done: Any) -> None:
        self._buttons(False)

        def finished(result: Any) -> None:
            self._buttons(True)
            done(result)

        def failed(_err: KpaktError) -> bool:
            self._buttons(True)
            return False  # the runner shows the message

        runner().run(
            title,
            lambda: job,
            parent=self,
            on_done=finished,
            on_error=failed,
            on_cancel=lambda: self._buttons(True),
            retry=False,
        )

    def _fertig(self, title: str) -> Any:
        def done(result: Any) -> None:
            pfade = result if isinstance(result, list) else [result]
            if not pfade:
                return
            if len(pfade) == 1:
                text, ziel = self.tr("Gespeichert:\n%s") % str(pfade[0]), pfade[0]
            else:
                text, ziel = (
                    self.tr("%d Dateien gespeichert in:\n%s") % (len(pfade), str(pfade[0].parent)),
                    pfade[0].parent,
                )
            frage = self.tr("Jetzt öffnen?") if len(pfade) == 1 else self.tr("Ordner jetzt öffnen?")
            if msgbox.ask(self, title, f"{text}\n\n{frage}"):
                msgbox.open_path(ziel)

        return done

    # -- actions ------------------------------------------------------------------------------

    def _rm_ars(self) -> str:
        return "".join(self.rm_ars.text().split())

    def _ars_pruefen(self) -> None:
        """Format hint under the ARS field; the forms can be sent only for a complete, known ARS."""
        from kpakt_desktop.domain.keys import ARS_LEN
        from kpakt_desktop.services.aufloesung import find_by_ars

        ars = self._rm_ars()
        ok = True
        if not ars:
            text = self.tr("ARS: 12 Ziffern, z. B. 071315001000 (Land, Regierungsbezirk, Kreis, Verband, Gemeinde).")
        elif len(ars) < ARS_LEN:
            text = self.tr("Der ARS hat 12 Ziffern – es fehlen noch {n}.").format(n=ARS_LEN - len(ars))
            ok = False
        else:
            try:
                find_by_ars(self.ctx.store, ars)
            except KpaktError as err:
                text, ok = meldungen.text(err), False
            else:
                text = ""
        self.rm_ars_hinweis.setText(text)
        self.rm_ars.setAccessibleDescription(text)
        self.rm_export_button.setEnabled(ok)

    def _excel_ziel(self, vorschlag: str) -> Path | None:
        title = self.tr("Excel-Datei speichern unter")
        return msgbox.save_as(self, Ablage.BERICHTE, title, vorschlag, self.tr(str(XLSX)))

    def bdv_erstellen(self) -> None:
        # Imported when used: openpyxl, reportlab and the form reader would slow every start.
        from kpakt_desktop.services.berichte.bdv import bdv_job
        from kpakt_desktop.services.berichte.bdv import dateiname as bdv_dateiname

        title = self.tr("Bürgermeisterdienstversammlung")
        try:
            seit = self.bdv_seit.datum() if self.bdv_seit_an.isChecked() else None
        except InputError as err:
            msgbox.error(self, title, str(err))
            return
        if self.bdv_alle.isChecked():
            ziel = msgbox.folder_for(self, Ablage.BERICHTE, self.tr("Ordner für die Excel-Dateien aller Kreise"))
            if ziel is None:
                return
            job = bdv_job(self.ctx.store, ziel, alle=True, seit=seit, a3=self.bdv_a3.isChecked())
        else:
            ars = self.bdv_kreis.currentData()
            kreis = next((k for k in self._kreise if k.ars == ars), None)
            if kreis is None:
                return
            vorschlag = bdv_dateiname(kreis, datetime.now())
            ziel = self._excel_ziel(vorschlag)
            if ziel is None:
                return
            job = bdv_job(
                self.ctx.store, ziel.with_suffix(".xlsx"), kreis=kreis.ars, seit=seit, a3=self.bdv_a3.isChecked()
            )
        self._start(title, job, self._fertig(title))

    def lage_erstellen(self) -> None:
        # Imported when used: openpyxl, reportlab and the form reader would slow every start.
        from kpakt_desktop.services.berichte.lagebericht import lagebericht_job

        title = self.tr("Lagebericht")
        ars = self.lage_gebiet.currentData()
        name = self.lage_gebiet.currentText() if ars else self.ctx.land.name
        vorschlag = f"Lagebericht_{name.replace(' ', '_').replace(',', '')}.pdf"
        ziel = msgbox.save_as(self, Ablage.BERICHTE, self.tr("PDF speichern unter"), vorschlag, self.tr("PDF (*.pdf)"))
        if ziel is None:
            return
        self._start(title, lagebericht_job(self.ctx.store, ziel.with_suffix(".pdf"), kreis=ars), self._fertig(title))

    def buendelung_erstellen(self) -> None:
        # Imported when used: openpyxl, reportlab and the form reader would slow every start.
        from kpakt_desktop.services.berichte.buendelung import buendelung_job

        title = self.tr("Nachfrage-Bündelung")
        vorschlag = f"Nachfrage-Buendelung_{self.ctx.land.kuerzel}.xlsx"
        ziel = self._excel_ziel(vorschlag)
        if ziel is None:
            return
        self._start(title, buendelung_job(self.ctx.store, ziel.with_suffix(".xlsx")), self._fertig(title))

    def kosten_erstellen(self) -> None:
        # Imported when used: openpyxl, reportlab and the form reader would slow every start.
        from kpakt_desktop.services.berichte.kosten import kosten_job

        title = self.tr("Kostenübersicht")
        vorschlag = f"Kostenuebersicht_{self.ctx.land.kuerzel}.xlsx"
        ziel = self._excel_ziel(vorschlag)
        if ziel is None:
            return
        self._start(title, kosten_job(self.ctx.store, ziel.with_suffix(".xlsx")), self._fertig(title))

    def boegen_erstellen(self) -> None:
        # Imported when used: openpyxl, reportlab and the form reader would slow every start.
        from kpakt_desktop.services.rueckmeldung.export import export_job

        title = self.tr("Rückmeldebögen")
        ars = self._rm_ars()
        ziel = msgbox.folder_for(self, Ablage.RUECKMELDEBOEGEN, self.tr("Ordner für die Rückmeldebögen"))
        if ziel is None:
            return
        if ars:
            job = export_job(self.ctx.store, ziel, kommune_ars=ars)
        else:
            job = export_job(self.ctx.store, ziel, kreis=self.rm_kreis.currentData())
        self._start(title, job, lambda result: self._fertig(title)(result.dateien))

    def boegen_einlesen(self) -> None:
        # Imported when used: openpyxl, reportlab and the form reader would slow every start.
        from kpakt_desktop.services.rueckmeldung.pruefung import pruefen_job

        title = self.tr("Rückmeldebögen einlesen")
        dateien = msgbox.open_many_as(
            self, Ablage.RUECKMELDEBOEGEN, self.tr("Ausgefüllte Rückmeldebögen wählen"), self.tr(str(XLSX))
        )
        if not dateien:
            return

        def refused(err: KpaktError) -> bool:
            msgbox.error(self, title, self.tr("Nichts wurde übernommen.\n\n%s") % meldungen.text(err))
            return True

        runner().run(
            title,
            lambda: pruefen_job(self.ctx.store, dateien, teilweise=True),
            parent=self,
            on_done=self._boegen_geprueft,
            on_error=refused,
            retry=False,
        )

    def _boegen_geprueft(self, pruefung: Pruefung) -> None:
        from kpakt_desktop.gui.berichte.rueckmeldung_dialog import RueckmeldungDialog
        from kpakt_desktop.services.rueckmeldung.uebernahme import uebernehmen

        title = self.tr("Rückmeldebögen einlesen")
        if not pruefung.zeilen:
            bereits = [self.tr("%s: bereits übernommen") % r.datei.name for r in pruefung.rueckmeldungen if r.bereits]
            hinweise = [*bereits, *(meldungen.text(h) for r in pruefung.rueckmeldungen for h in r.hinweise)]
            if pruefung.abgelehnt:
                fehler = _abgelehnt(pruefung)
                msgbox.error(self, title, "\n".join([self.tr("Nichts wurde übernommen.\n\n%s") % fehler, *hinweise]))
                return
            text = self.tr("Die Bögen enthalten keine Änderungen.")
            msgbox.info(self, title, "\n".join([text, *hinweise]))
            return
        dialog = RueckmeldungDialog(pruefung, self)
        angenommen = dialog.exec() == RueckmeldungDialog.DialogCode.Accepted
        auswahl, zuordnung, rueckschritte = dialog.auswahl(), dialog.zuordnung(), dialog.rueckschritte_bestaetigt
        dialog.deleteLater()  # not left to the garbage collector with its items and combo boxes
        if not angenommen:
            return
        benutzer = self.ctx.benutzer

        def do(store: Store) -> Ergebnis | None:
            result = uebernehmen(
                store, pruefung, auswahl, benutzer=benutzer, zuordnung=zuordnung, rueckschritte=rueckschritte
            )
            self._uebernahme = result
            return result.ergebnis

        def restore(store: Store, stand: Ergebnis | None) -> Ergebnis | None:
            # Only remarks (nothing else changed) stay in the history: there is nothing to take back.
            return None if stand is None else wiederherstellen(store, stand, benutzer=benutzer)

        def done(_stand: Ergebnis | None) -> None:
            result = self._uebernahme
            assert result is not None
            text = self.tr("%d Nachnutzungen übernommen, %d nicht übernommen.") % (
                len(result.uebernommen),
                len(result.ausgelassen),
            )
            if result.bemerkungen:
                text += " " + self.tr("%d Bemerkungen ohne andere Änderung in der Historie gespeichert.") % len(
                    result.bemerkungen
                )
            if pruefung.abgelehnt:
                text += "\n\n" + self.tr("Nicht eingelesen:\n%s") % _abgelehnt(pruefung)
            msgbox.info(self, title, text)

        schritt = self.tr("Rückmeldebögen übernehmen")
        self.ctx.run(Operation(schritt, do, restore, ChangeSet.of(Entity.NACHNUTZUNG), done=done))
