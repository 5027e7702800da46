"""Leistungen: the 16 Fokusleistungen, their details, and this Land's Vollzugsebene for each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.vollzug import AusnahmeArt, Vollzugsebene
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.leistungen.details import LeistungDetails
from kpakt_desktop.gui.leistungen.verband_regeln import VerbandRegelnBox
from kpakt_desktop.gui.leistungen.vollzug_panel import VollzugPanel, vorschau_text
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.services import leistungen as leistungen_service
from kpakt_desktop.services import vollzug_liste
from kpakt_desktop.services import vollzugsebene as vollzug_service
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.leistungen import LeistungDaten
from kpakt_desktop.services.vollzugsebene import VollzugRegeln, VollzugStand
from kpakt_desktop.services.zustaendigkeit import SyncResult
from kpakt_desktop.store.database import Store


@dataclass(frozen=True)
class LeistungZeile:
    daten: LeistungDaten
    stand: VollzugStand


def leistung_spalten(page: QWidget) -> list[Column[LeistungZeile]]:
    return [
        Column(QCoreApplication.translate("LeistungenPage", "Nr."), lambda r: r.daten.nr, numeric=True),
        Column(
            QCoreApplication.translate("LeistungenPage", "Leistung"),
            lambda r: r.daten.name,
            tooltip=lambda r: r.daten.name,
        ),
        Column(
            QCoreApplication.translate("LeistungenPage", "Hinweis"),
            lambda r: r.daten.sonderfall,
            tooltip=lambda r: r.daten.hinweis or "",
        ),
        Column(QCoreApplication.translate("LeistungenPage", "Ressort"), lambda r: r.daten.ressort),
        Column(QCoreApplication.translate("LeistungenPage", "FF-Länder"), lambda r: r.daten.federfuehrend or "–"),
        Column(
            QCoreApplication.translate("LeistungenPage", "Vollzugsebene"),
            lambda r: vocab_text.kurz(r.stand.ebene),
            tooltip=lambda r: vocab_text.label(r.stand.ebene),
        ),
        Column(
            QCoreApplication.translate("LeistungenPage", "Sicherheit"),
            lambda r: r.stand.sicherheit_text,
            tooltip=lambda r: r.stand.quelle,
        ),
        Column(QCoreApplication.translate("LeistungenPage", "zuständig"), lambda r: r.stand.zustaendig, numeric=True),
        Column(QCoreApplication.translate("LeistungenPage", "Einwohner"), lambda r: r.stand.einwohner, numeric=True),
        Column(QCoreApplication.translate("LeistungenPage", "EfA-Dienst"), lambda r: r.daten.efa_dienst or ""),
    ]


def sync_text(page: QWidget, result: SyncResult) -> str:
    return QCoreApplication.translate(
        "LeistungenPage",
        "{neu} Nachnutzungen neu angelegt, {raus} als „nicht mehr zuständig“ behalten, {wieder} wieder zuständig.",
    ).format(neu=result.neu, raus=result.nicht_mehr_zustaendig, wieder=result.wieder_zustaendig)


class LeistungenPage(Page):
    SHOWS = frozenset({Entity.LEISTUNG, Entity.VOLLZUG, Entity.KONTAKT, Entity.KOMMUNE, Entity.LAND})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Leistungen und Vollzugsebene")))
        self.model: RowTableModel[LeistungZeile] = RowTableModel(leistung_spalten(self))
        self.table = QTableView()
        self.table.setObjectName("leistungenListe")
        self.table.setAccessibleName(self.tr("Fokusleistungen"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 5):  # long names are elided; the full text is in the details on the right
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.details = LeistungDetails()
        self.details.save_requested.connect(self.save_leistung)
        self.vollzug = VollzugPanel()
        self.vollzug.preview_requested.connect(self.preview_ebene)
        self.vollzug.apply_requested.connect(self.apply_ebene)
        self.vollzug.add_requested.connect(self.add_ausnahme)
        self.vollzug.remove_requested.connect(self.remove_ausnahme)
        self.vollzug.confirm_requested.connect(self.confirm_ebene)
        self.vollzug.list_requested.connect(self.add_from_list)
        self.vollzug.vorgabe_requested.connect(self.apply_vorgabe)
        self.regeln = VerbandRegelnBox()
        self.regeln.toggled.connect(self.toggle_regel)
        v = self.vollzug  # only the Koordination changes Leistungen and Vollzug (gui/schreibschutz.py)
        for control in (self.details.save, v.confirm, v.vorgabe, v.apply, v.add, v.remove, v.liste, self.regeln):
            ctx.schreibschutz.schreibend(control, None)

        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.addWidget(self.details)
        rlayout.addWidget(self.vollzug)
        rlayout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(right)
        left = QWidget()
        llayout = QVBoxLayout(left)
        llayout.setContentsMargins(0, 0, 0, 0)
        llayout.addWidget(self.table, 1)
        llayout.addWidget(self.regeln)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # The detail panel needs ~700 px for its Vollzugsebene rows; the table scrolls sideways instead.
        splitter.setSizes([480, 720])
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_nr()
        daten = leistungen_service.leistungen(self.ctx.store)
        staende = {s.nr: s for s in vollzug_service.vollzug_stand(self.ctx.store)}
        self.model.set_rows([LeistungZeile(d, staende[d.nr]) for d in daten if d.nr in staende])
        self.details.set_kontakte(leistungen_service.kontakte_auswahl(self.ctx.store))
        self.vollzug.set_kommunen(vollzug_service.kommunen_wahl(self.ctx.store))
        self.regeln.blockSignals(True)
        self.regeln.show_regeln(vollzug_service.verband_regeln(self.ctx.store))
        self.regeln.blockSignals(False)
        for column, width in ((1, 190), (2, 110), (5, 150)):
            self.table.setColumnWidth(column, width)
        self.select_nr(current or 1)

    def current_nr(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).daten.nr if index.isValid() else None

    def select_nr(self, nr: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).daten.nr == nr:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._show_current()
                return

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        zeile = self.model.row_at(index.row())
        self.details.show_leistung(zeile.daten)
        self.vollzug.show_stand(zeile.stand)

    # -- Leistung fields ---------------------------------------------------------------------------
    def save_leistung(self, nr: int, werte: dict[str, Any]) -> None:
        Felder = tuple[dict[str, Any], dict[str, Any]]  # (to put back, what the fields hold now)

        def do(store: Store) -> Felder:
            return leistungen_service.leistung_tauschen(store, nr, werte)

        def restore(store: Store, state: Felder) -> Felder:
            zurueck, jetzt = state  # refused if the fields changed in between (CLI, other window)
            _alt, gespeichert = leistungen_service.leistung_tauschen(store, nr, zurueck, erwartet=jetzt)
            return jetzt, gespeichert

        text = self.tr("Leistung {nr} ändern").format(nr=nr)
        self.ctx.run(Operation(text, do, restore, ChangeSet.of(Entity.LEISTUNG)))

    # -- Vollzugsebene ------------------------------------------------------------------------------
    def preview_ebene(self, nr: int, code: str) -> None:
        self.vollzug.show_preview(vollzug_service.vorschau_ebene(self.ctx.store, nr, Vollzugsebene(code)))

    def apply_ebene(self, nr: int, code: str) -> None:
        ebene = Vollzugsebene(code)
        vorschau = vollzug_service.vorschau_ebene(self.ctx.store, nr, ebene)
        frage = self.tr("Vollzugsebene der Leistung {nr} auf „{e}“ setzen?\n\n{v}").format(
            nr=nr, e=vocab_text.label(ebene), v=vorschau_text(vorschau)
        )
        if not msgbox.ask(self, self.tr("Vollzugsebene ändern"), frage):
            self._show_current()  # the level shown is the saved one again
            return
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Vollzugsebene der Leistung {nr} ändern").format(nr=nr),
            lambda store: vollzug_service.setze_ebene(store, nr, ebene, benutzer=benutzer),
        )

    def confirm_ebene(self, nr: int) -> None:
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Vollzugsebene der Leistung {nr} bestätigen").format(nr=nr),
            lambda store: vollzug_service.bestaetige_ebene(store, nr, benutzer=benutzer),
        )

    def apply_vorgabe(self, nr: int) -> None:
        stand = {s.nr: s for s in vollzug_service.vollzug_stand(self.ctx.store)}[nr]
        if stand.vorgabe is None:
            return
        vorschau = vollzug_service.vorschau_ebene(self.ctx.store, nr, stand.vorgabe.ebene)
        frage = self.tr("Mitgelieferte Vorgabe für Leistung {nr} übernehmen: „{e}“ ({s})?\n\n{q}\n\n{v}").format(
            nr=nr,
            e=vocab_text.label(stand.vorgabe.ebene),
            s=vocab_text.label(stand.vorgabe.sicherheit),
            q=stand.vorgabe.quelle,
            v=vorschau_text(vorschau),
        )
        if not msgbox.ask(self, self.tr("Vorgabe übernehmen"), frage):
            return
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Vorgabe für Leistung {nr} übernehmen").format(nr=nr),
            lambda store: vollzug_service.vorgabe_uebernehmen(store, nr, benutzer=benutzer),
        )

    def add_from_list(self, nr: int) -> None:
        path = msgbox.open_as(
            self,
            msgbox.Ablage.LISTEN,
            self.tr("Liste zuständiger Kommunen für Leistung {nr}").format(nr=nr),
            self.tr("Listen (*.csv *.xlsx *.txt);;Alle Dateien (*)"),
        )
        if path is None:
            return
        try:
            vorschau = vollzug_liste.liste_pruefen(self.ctx.store, nr, path)
        except KpaktError as err:
            msgbox.error(self, self.tr("Liste einlesen"), str(err))
            return
        zeilen = [
            self.tr("{n} Kommunen erkannt:").format(n=len(vorschau.treffer)),
            *(f"  {t.name} ({t.ars})" for t in vorschau.treffer[:25]),
        ]
        if len(vorschau.treffer) > 25:
            zeilen.append(self.tr("  … und {n} weitere").format(n=len(vorschau.treffer) - 25))
        if vorschau.schon_eingetragen:
            zeilen.append(
                self.tr("{n} sind schon als Ausnahme eingetragen und bleiben unverändert.").format(
                    n=len(vorschau.schon_eingetragen)
                )
            )
        if vorschau.probleme:
            zeilen += [self.tr("Nicht erkannt:"), *(f"  {p}" for p in vorschau.probleme[:25])]
        zeilen += ["", vorschau_text(vorschau.wirkung)]
        if not vorschau.treffer:
            msgbox.error(self, self.tr("Liste einlesen"), "\n".join(zeilen))
            return
        frage = self.tr("Als zusätzlich zuständig für Leistung {nr} eintragen?").format(nr=nr)
        if not msgbox.ask(self, self.tr("Liste einlesen"), frage + "\n\n" + "\n".join(zeilen)):
            return
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Liste für Leistung {nr} übernehmen").format(nr=nr),
            lambda store: vollzug_liste.liste_uebernehmen(
                store, vorschau, f"aus Liste {vorschau.datei}", benutzer=benutzer
            ),
        )

    def add_ausnahme(self, nr: int, kommune_id: int, art: str, grund: str) -> None:
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Ausnahme bei Leistung {nr} eintragen").format(nr=nr),
            lambda store: vollzug_service.ausnahme_hinzufuegen(
                store, nr, kommune_id, AusnahmeArt(art), grund, benutzer=benutzer
            ),
        )

    def remove_ausnahme(self, ausnahme_id: int) -> None:
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Ausnahme entfernen"),
            lambda store: vollzug_service.ausnahme_entfernen(store, ausnahme_id, benutzer=benutzer),
        )

    def toggle_regel(self, art_code: str, verwaltet: bool) -> None:
        art = KommuneArt(art_code)
        wirkung = vollzug_service.vorschau_verband_regel(self.ctx.store, art, verwaltet)
        details = "\n".join(f"Leistung {nr}: {vorschau_text(v)}" for nr, v in sorted(wirkung.items()))
        frage = self.tr("„{art}“ {wie} für die Mitgliedsgemeinden?\n\n{d}").format(
            art=vocab_text.label(art),
            wie=self.tr("verwaltet") if verwaltet else self.tr("verwaltet nicht"),
            d=details or self.tr("Keine Leistung ist davon betroffen."),
        )
        if not msgbox.ask(self, self.tr("Gemeindeverbände"), frage):
            self.refresh()  # puts the checkbox back
            return
        benutzer = self.ctx.benutzer
        self._run(
            self.tr("Regel für {art} ändern").format(art=vocab_text.label(art)),
            lambda store: vollzug_service.setze_verband_regel(store, art, verwaltet, benutzer=benutzer),
        )

    def _run(self, text: str, action: Callable[[Store], SyncResult | None]) -> None:
        """A change of who is zuständig, undoable as a whole (levels, exceptions, rules)."""
        benutzer = self.ctx.benutzer
        Stand = tuple[VollzugRegeln, VollzugRegeln, SyncResult | None]  # (to put back, now, effect)

        def do(store: Store) -> Stand:
            vorher = vollzug_service.vollzug_regeln(store)
            result = action(store)
            return vorher, vollzug_service.vollzug_regeln(store), result

        def restore(store: Store, state: Stand) -> Stand:
            zurueck, jetzt, _ = state
            result = vollzug_service.vollzug_regeln_setzen(store, zurueck, erwartet=jetzt, benutzer=benutzer, was=text)
            return jetzt, zurueck, result

        def done(state: Stand) -> None:
            window = self.window()
            if state[2] is not None and isinstance(window, QMainWindow):
                window.statusBar().showMessage(sync_text(self, state[2]), 8000)

        self.ctx.run(
            Operation(text, do, restore, ChangeSet.of(Entity.VOLLZUG, Entity.NACHNUTZUNG), done=done, failed=None)
        )
