"""Termine page: upcoming and past Termine (optionally of one Kreis), overdue Aufgaben, .ics export."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.operation import Operation, deleted_record, saved_version
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_value
from kpakt_desktop.gui.termine.dialog import TerminDialog
from kpakt_desktop.gui.views import einpassen, knopf, schmale_auswahl, sortierbare_tabelle, zeile
from kpakt_desktop.services import ics
from kpakt_desktop.services import termine as service
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.kennzahlen import kreise
from kpakt_desktop.services.rueckgaengig import Funktionen, oder_none
from kpakt_desktop.services.termine import AufgabeZeile, TerminDaten, TerminZeile
from kpakt_desktop.store.database import Store

TERMIN = Funktionen(
    oder_none(service.termin_laden),
    lambda store, d: service.termin_speichern(store, d, wiederherstellen=True),
    service.termin_loeschen,
)
AENDERT = ChangeSet.of(Entity.TERMIN, Entity.AUFGABE)

ICS_PATTERN = QT_TRANSLATE_NOOP("TerminePage", "iCalendar-Datei (*.ics);;Alle Dateien (*)")


def termin_spalten() -> list[Column[TerminZeile]]:
    return [
        Column(QCoreApplication.translate("Column", "Datum"), lambda t: t.beginn),
        Column(QCoreApplication.translate("Column", "Titel"), lambda t: t.titel, tooltip=lambda t: t.titel),
        Column(QCoreApplication.translate("Column", "Kommunen"), lambda t: t.kommunen),
        Column(QCoreApplication.translate("Column", "Aufgaben offen"), lambda t: t.aufgaben_offen, numeric=True),
        Column(QCoreApplication.translate("Column", "Protokoll"), lambda t: "✔" if t.protokoll else ""),
        Column(QCoreApplication.translate("Column", "Art"), lambda t: vocab_text.label(t.art)),
        Column(QCoreApplication.translate("Column", "Ort"), lambda t: t.ort),
        Column(QCoreApplication.translate("Column", "Leistungen"), lambda t: t.leistungen),
    ]


def aufgabe_spalten() -> list[Column[AufgabeZeile]]:
    return [
        Column(
            QCoreApplication.translate("Column", "fällig"),
            lambda a: a.faellig,
            sort_key=lambda a: a.faellig.isoformat() if a.faellig else "",
        ),
        Column(
            QCoreApplication.translate("Column", "Tage über"),
            lambda a: a.tage_ueberfaellig,
            numeric=True,
            tooltip=lambda a: QCoreApplication.translate("Column", "Tage überfällig"),
        ),
        Column(QCoreApplication.translate("Column", "Was"), lambda a: a.was),
        Column(QCoreApplication.translate("Column", "Wer"), lambda a: a.wer),
        Column(QCoreApplication.translate("Column", "Termin"), lambda a: a.termin),
    ]


class TerminePage(Page):
    SHOWS = frozenset({Entity.TERMIN, Entity.AUFGABE, Entity.KOMMUNE, Entity.TASKFORCE, Entity.LEISTUNG, Entity.LAND})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.editor: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Termine und Aufgaben")))
        top = QHBoxLayout()
        kreis_label = QLabel(self.tr("&Kreis:"))
        top.addWidget(kreis_label)
        self.kreis = QComboBox()
        self.kreis.setObjectName("filterKreis")
        self.kreis.setAccessibleName(self.tr("Kreis"))
        self.kreis.addItem(self.tr("alle Kreise"), None)
        schmale_auswahl(self.kreis, 24)
        self.kreis.currentIndexChanged.connect(lambda _i: self.refresh())
        kreis_label.setBuddy(self.kreis)
        top.addWidget(self.kreis)
        top.addStretch(1)
        top.addWidget(knopf(self.tr("&Neuer Termin…"), "terminNeu", self.tr("Neuer Termin"), self.neu))
        top.addWidget(knopf(self.tr("Bea&rbeiten…"), "terminBearbeiten", self.tr("Termin bearbeiten"), self.bearbeiten))
        top.addWidget(knopf(self.tr("&Löschen"), "terminLoeschen", self.tr("Termin löschen"), self.loeschen))
        top.addWidget(
            knopf(self.tr("Als .&ics exportieren…"), "terminIcs", self.tr("Als ics-Datei exportieren"), self.ics_export)
        )
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("termineTabs")
        self.tabs.setAccessibleName(self.tr("Ansichten"))
        self.kommend_model: RowTableModel[TerminZeile] = RowTableModel(termin_spalten())
        self.kommend = sortierbare_tabelle("anstehendTable", self.tr("Anstehende Termine"), self.kommend_model)
        self.vergangen_model: RowTableModel[TerminZeile] = RowTableModel(termin_spalten())
        self.vergangen = sortierbare_tabelle("vergangenTable", self.tr("Vergangene Termine"), self.vergangen_model)
        for view in (self.kommend, self.vergangen):
            view.doubleClicked.connect(lambda _i: self.bearbeiten())
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._details())
        self.tabs.addTab(self.kommend, self.tr("Anstehend"))
        self.tabs.addTab(self.vergangen, self.tr("Vergangen"))
        aufgaben_tab = QWidget()
        alayout = QVBoxLayout(aufgaben_tab)
        self.aufgaben_model: RowTableModel[AufgabeZeile] = RowTableModel(aufgabe_spalten())
        self.aufgaben_view = sortierbare_tabelle(
            "ueberfaelligTable", self.tr("Überfällige Aufgaben"), self.aufgaben_model
        )
        self.aufgaben_view.doubleClicked.connect(lambda _i: self._aufgabe_termin())
        alayout.addWidget(self.aufgaben_view, 1)
        arow = QHBoxLayout()
        arow.addWidget(
            knopf(self.tr("Als &erledigt markieren"), "aufgabeErledigt", self.tr("Aufgabe erledigt"), self.erledigt)
        )
        arow.addWidget(
            knopf(
                self.tr("&Termin öffnen…"), "aufgabeTermin", self.tr("Termin der Aufgabe öffnen"), self._aufgabe_termin
            )
        )
        arow.addStretch(1)
        alayout.addLayout(arow)
        self.tabs.addTab(aufgaben_tab, self.tr("Überfällige Aufgaben"))
        self.tabs.currentChanged.connect(lambda _i: self._details())
        splitter.addWidget(self.tabs)
        self.detail = QTextBrowser()
        self.detail.setObjectName("terminDetail")
        self.detail.setAccessibleName(self.tr("Details des Termins"))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 320])
        layout.addWidget(splitter, 1)
        ctx.schreibschutz.knoepfe(self, "termin", "terminNeu", "terminBearbeiten", "terminLoeschen", "aufgabeErledigt")
        self.refresh()

    @staticmethod
    def heute() -> date:
        return date.today()

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.kreis.currentData()
        self.kreis.blockSignals(True)
        while self.kreis.count() > 1:
            self.kreis.removeItem(1)
        for k in kreise(self.ctx.store):
            self.kreis.addItem(k.name, k.id)
        self.kreis.setCurrentIndex(max(0, self.kreis.findData(current)) if current is not None else 0)
        self.kreis.blockSignals(False)
        kreis_id = self.kreis.currentData()
        heute = self.heute()
        store = self.ctx.store
        self.kommend_model.set_rows(service.anstehende(store, heute, kreis_id=kreis_id))
        self.vergangen_model.set_rows(service.vergangene(store, heute, kreis_id=kreis_id))
        aufgaben = service.ueberfaellige_aufgaben(store, heute)
        if kreis_id is not None:
            im_kreis = {t.id for t in self.vergangen_model._rows} | {t.id for t in self.kommend_model._rows}
            aufgaben = [a for a in aufgaben if a.termin_id in im_kreis]
        self.aufgaben_model.set_rows(aufgaben)
        for view in (self.kommend, self.vergangen, self.aufgaben_view):
            einpassen(view, 320)
            if not view.currentIndex().isValid() and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
        self.tabs.setTabText(0, self.tr("Anstehend ({n})").format(n=self.kommend_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Vergangen ({n})").format(n=self.vergangen_model.rowCount()))
        self.tabs.setTabText(2, self.tr("Überfällige Aufgaben ({n})").format(n=len(aufgaben)))
        self._details()

    def selected_termin(self) -> int | None:
        if self.tabs.currentIndex() == 0:
            t = zeile(self.kommend, self.kommend_model)
            return t.id if t else None
        if self.tabs.currentIndex() == 1:
            t = zeile(self.vergangen, self.vergangen_model)
            return t.id if t else None
        a = zeile(self.aufgaben_view, self.aufgaben_model)
        return a.termin_id if a else None

    def _details(self) -> None:
        tid = self.selected_termin()
        if tid is None:
            self.detail.setHtml(self.tr("<p>Kein Termin ausgewählt.</p>"))
            return
        try:
            d = service.termin_laden(self.ctx.store, tid)
        except KpaktError as err:
            self.detail.setPlainText(str(err))
            return

        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")

        ende = f" – {d.ende:%H:%M}" if d.ende else ""
        bis = self.tr(" bis {datum}")
        aufgaben = "".join(
            f"<li>{'✔ ' if a.erledigt_am else ''}{esc(a.was)}"
            f"{' (' + esc(a.wer) + ')' if a.wer else ''}"
            f"{bis.format(datum=format_value(a.faellig)) if a.faellig else ''}</li>"
            for a in d.aufgaben
        )
        # Labels outside the f-string: pyside6-lupdate does not look inside f-strings.
        teilnehmende, ergebnis, aufgaben_titel = (
            self.tr("Teilnehmende"),
            self.tr("Ergebnis/Protokoll"),
            self.tr("Aufgaben"),
        )
        self.detail.setHtml(
            f"<h3>{esc(d.titel)}</h3><p>{vocab_text.label(d.art)}<br>"
            f"{d.beginn:%d.%m.%Y %H:%M}{ende}<br>{esc(d.ort)}</p>"
            f"<p><b>{teilnehmende}</b><br>{esc(d.teilnehmende) or '–'}</p>"
            f"<p><b>{ergebnis}</b><br>{esc(d.ergebnis) or '–'}</p>"
            f"<p><b>{aufgaben_titel}</b></p><ul>{aufgaben}</ul>"
        )

    # -- actions ------------------------------------------------------------------------------
    def neu(self) -> None:
        morgen = datetime.combine(self.heute() + timedelta(days=1), time(10, 0))
        kreis_id = self.kreis.currentData()
        self._editor(TerminDaten(None, TerminArt.BDV, "", morgen, kommune_ids=(kreis_id,) if kreis_id else ()))

    def bearbeiten(self) -> None:
        tid = self.selected_termin()
        if tid is None:
            msgbox.info(self, self.tr("Termin"), self.tr("Bitte einen Termin auswählen."))
            return
        try:
            daten = service.termin_laden(self.ctx.store, tid)
        except KpaktError as err:
            msgbox.error(self, self.tr("Termin"), str(err))
            return
        self._editor(daten)

    def _aufgabe_termin(self) -> None:
        if self.tabs.currentIndex() == 2:
            self.bearbeiten()

    def _editor(self, daten: TerminDaten) -> None:
        store = self.ctx.store
        text = self.tr("Termin speichern") if daten.id else self.tr("Termin anlegen")
        vorher = daten if daten.id else None
        benutzer = self.ctx.benutzer

        def speichern(st: Store, d: TerminDaten, gesehen: TerminDaten | None) -> int:
            return service.termin_speichern(st, d, gesehen=gesehen, benutzer=benutzer)

        self.editor = TerminDialog(
            self,
            daten,
            vk.wahlen(store),
            lambda d: saved_version(text, TERMIN, vorher, d, speichern, AENDERT),
        )
        self.editor.open()

    def loeschen(self) -> None:
        tid = self.selected_termin()
        if tid is None or self.tabs.currentIndex() == 2:
            return
        if not msgbox.ask(self, self.tr("Termin löschen"), self.tr("Diesen Termin mit seinen Aufgaben löschen?")):
            return
        self.ctx.run(deleted_record(self.tr("Termin löschen"), TERMIN, tid, AENDERT))

    def erledigt(self) -> None:
        a = zeile(self.aufgaben_view, self.aufgaben_model)
        if a is None:
            return
        aid, alt, heute = a.id, a.erledigt_am, self.heute()

        def do(store: Store) -> tuple[date | None, date | None]:
            service.aufgabe_erledigt(store, aid, heute)
            return alt, heute

        def restore(store: Store, state: tuple[date | None, date | None]) -> tuple[date | None, date | None]:
            service.aufgabe_erledigt(store, aid, state[0])
            return state[1], state[0]

        self.ctx.run(Operation(self.tr("Aufgabe erledigt"), do, restore, AENDERT))

    def ics_export(self) -> None:
        tid = self.selected_termin()
        if tid is None:
            msgbox.info(self, self.tr("Als .ics exportieren"), self.tr("Bitte einen Termin auswählen."))
            return
        d = service.termin_laden(self.ctx.store, tid)
        erlaubt = "".join(c if c.isalnum() or c in " -_" else "_" for c in d.titel)[:60].strip()
        path = msgbox.save_as(
            self,
            msgbox.Ablage.TERMINE,
            self.tr("Termin als .ics exportieren"),
            f"{d.beginn:%Y-%m-%d} {erlaubt}.ics",
            QCoreApplication.translate("TerminePage", str(ICS_PATTERN)),
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            ics.termin_exportieren(self.ctx.store, tid, path)
        except (KpaktError, OSError) as err:
            msgbox.error(self, self.tr("Als .ics exportieren"), str(err))
            return
        msgbox.info(
            self,
            self.tr("Als .ics exportieren"),
            self.tr("Der Termin wurde als {name} gespeichert. Doppelklick öffnet ihn in Outlook.").format(
                name=path.name
            ),
        )
