"""Taskforces page: regionale OZG-Taskforces, Roll-Out-Teams, Landesteams and the First Movers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.teams import LandesteamArt, TaskforceStatus
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.navigation import zeige_matrix
from kpakt_desktop.gui.operation import deleted_record, saved_record
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.taskforces.rollout_dialog import LandesteamDialog, RolloutTeamDialog
from kpakt_desktop.gui.taskforces.taskforce_dialog import TaskforceDialog
from kpakt_desktop.gui.views import einpassen, knopf, read_only_table, sortierbare_tabelle, zeile
from kpakt_desktop.services import first_mover as fm_service
from kpakt_desktop.services import landesteams as lt_service
from kpakt_desktop.services import rolloutteams as rt_service
from kpakt_desktop.services import taskforces as tf_service
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.first_mover import FirstMoverKommune, FirstMoverSet, Vielfalt
from kpakt_desktop.services.landesteams import LandesteamDaten, LandesteamMitgliedDaten
from kpakt_desktop.services.rolloutteams import RolloutTeamDaten, RolloutTeamZeile
from kpakt_desktop.services.rueckgaengig import Funktionen, oder_none
from kpakt_desktop.services.taskforces import TaskforceDaten, TaskforceZeile
from kpakt_desktop.store.database import Store

R = TypeVar("R")


def _landesteam_laden(store: Store, team_id: int) -> LandesteamDaten | None:
    return next((t for t in lt_service.landesteams(store) if t.id == team_id), None)


TASKFORCE = Funktionen(
    oder_none(tf_service.taskforce_laden),
    lambda store, d: tf_service.taskforce_speichern(store, d, wiederherstellen=True),
    tf_service.taskforce_loeschen,
)
ROLLOUTTEAM = Funktionen(
    oder_none(rt_service.rolloutteam_laden),
    lambda store, d: rt_service.rolloutteam_speichern(store, d, wiederherstellen=True),
    rt_service.rolloutteam_loeschen,
)
LANDESTEAM = Funktionen(
    _landesteam_laden,
    lambda store, d: lt_service.landesteam_speichern(store, d, wiederherstellen=True),
    lt_service.landesteam_loeschen,
)
TEAMS = ChangeSet.of(Entity.TASKFORCE, Entity.ROLLOUTTEAM, Entity.LANDESTEAM, Entity.KONTAKT)


def _vielfalt_text(d: Vielfalt) -> str:
    if not d.verschiedene:
        return (
            "–"
            if not d.unbekannt
            else QCoreApplication.translate("TaskforcesPage", "unbekannt ({n})").format(n=d.unbekannt)
        )
    anteil = d.anteil_groesste or 0
    text = QCoreApplication.translate("TaskforcesPage", "{n} (größte {p} %)").format(
        n=d.verschiedene, p=round(100 * anteil)
    )
    if d.unbekannt:
        text += QCoreApplication.translate("TaskforcesPage", ", {n} unbek.").format(n=d.unbekannt)
    return ("✔ " if d.vielfaeltig else "✘ ") + text


def _urteil(s: FirstMoverSet) -> str:
    if s.anzahl == 0:
        return QCoreApplication.translate("TaskforcesPage", "keine First Mover gewählt")
    if s.anzahl == 1:
        return QCoreApplication.translate("TaskforcesPage", "nur ein First Mover")
    if s.unterschiedlich:
        return QCoreApplication.translate("TaskforcesPage", "✔ unterschiedlich ({n} von 4)").format(n=s.vielfaeltige)
    return QCoreApplication.translate("TaskforcesPage", "✘ zu ähnlich ({n} von 4)").format(n=s.vielfaeltige)


def _dim_wert(i: int) -> Callable[[FirstMoverSet], str]:
    return lambda s: _vielfalt_text(s.dimensionen[i])


def _dim_gruppen(i: int) -> Callable[[FirstMoverSet], str]:
    return lambda s: "\n".join(f"{k}: {n}" for k, n in s.dimensionen[i].gruppen.items())


def _zeitraum(r: TaskforceZeile) -> str:
    if r.beginn is None:
        return ""
    if r.ende:
        return f"{r.beginn:%d.%m.%Y} – {r.ende:%d.%m.%Y}"
    return QCoreApplication.translate("TaskforcesPage", "seit {datum}").format(datum=f"{r.beginn:%d.%m.%Y}")


def taskforce_spalten() -> list[Column[TaskforceZeile]]:
    return [
        Column(QCoreApplication.translate("Column", "Name"), lambda r: r.name, tooltip=lambda r: r.name),
        Column(QCoreApplication.translate("Column", "Status"), lambda r: vocab_text.label(r.status)),
        Column(QCoreApplication.translate("Column", "Leistungen"), lambda r: r.leistungen),
        Column(QCoreApplication.translate("Column", "Projektleitung"), lambda r: r.projektleitung),
        Column(
            QCoreApplication.translate("Column", "fehlende Rollen"),
            lambda r: ", ".join(vocab_text.label(x) for x in r.fehlende_rollen) or "–",
            tooltip=lambda r: (
                QCoreApplication.translate("TaskforcesPage", "Alle vier Rollen besetzt")
                if not r.fehlende_rollen
                else QCoreApplication.translate("TaskforcesPage", "Noch nicht besetzt")
            ),
        ),
        Column(
            QCoreApplication.translate("Column", "begleitet"),
            lambda r: r.begleitet,
            numeric=True,
            tooltip=lambda r: QCoreApplication.translate("TaskforcesPage", "begleitete Kommunen"),
        ),
        Column(QCoreApplication.translate("Column", "Mitglieder"), lambda r: r.mitglieder, numeric=True),
        Column(QCoreApplication.translate("Column", "Zeitraum"), _zeitraum),
        Column(QCoreApplication.translate("Column", "Region"), lambda r: r.region, tooltip=lambda r: r.region),
        Column(QCoreApplication.translate("Column", "Roll-Out-Team"), lambda r: r.rolloutteam),
    ]


def rollout_spalten() -> list[Column[RolloutTeamZeile]]:
    return [
        Column(QCoreApplication.translate("Column", "Leistung"), lambda r: r.leistung, tooltip=lambda r: r.name),
        Column(QCoreApplication.translate("Column", "FF-Land"), lambda r: r.ff_land),
        Column(
            QCoreApplication.translate("Column", "Angebote"),
            lambda r: r.angebote,
            tooltip=lambda r: r.angebote.replace("; ", "\n"),
        ),
        Column(
            QCoreApplication.translate("Column", "letztes Angebot"),
            lambda r: r.letztes_angebot.strftime("%d.%m.%Y") if r.letztes_angebot else "",
        ),
        Column(QCoreApplication.translate("Column", "Kontakt"), lambda r: r.kontakt),
        Column(QCoreApplication.translate("Column", "E-Mail"), lambda r: r.email),
        Column(QCoreApplication.translate("Column", "Taskforces"), lambda r: r.taskforces, numeric=True),
        Column(QCoreApplication.translate("Column", "Roll-Out-Team"), lambda r: r.name),
    ]


def mitglied_spalten() -> list[Column[LandesteamMitgliedDaten]]:
    return [
        Column(QCoreApplication.translate("Column", "Name"), lambda m: m.person.name),
        Column(QCoreApplication.translate("Column", "Rolle"), lambda m: m.rolle),
        Column(QCoreApplication.translate("Column", "Organisation"), lambda m: m.person.organisation),
        Column(QCoreApplication.translate("Column", "E-Mail"), lambda m: m.person.email),
    ]


def first_mover_spalten() -> list[Column[FirstMoverSet]]:
    columns: list[Column[FirstMoverSet]] = [
        Column(QCoreApplication.translate("Column", "Leistung"), lambda s: s.leistung),
        Column(QCoreApplication.translate("Column", "First Mover"), lambda s: s.anzahl, numeric=True),
        Column(QCoreApplication.translate("Column", "Voraussetzungen"), _urteil),
    ]
    for i, dim in enumerate(fm_service.DIMENSIONEN):
        columns.append(Column(dim, _dim_wert(i), tooltip=_dim_gruppen(i)))
    return columns


def first_mover_kommune_spalten() -> list[Column[FirstMoverKommune]]:
    return [
        Column(QCoreApplication.translate("Column", "Kommune"), lambda k: k.name),
        Column(QCoreApplication.translate("Column", "ARS"), lambda k: k.ars),
        Column(
            QCoreApplication.translate("Column", "Status"), lambda k: f"{k.status.symbol} {vocab_text.label(k.status)}"
        ),
        Column(QCoreApplication.translate("Column", "versorgte Einwohner"), lambda k: k.einwohner, numeric=True),
        Column(QCoreApplication.translate("Column", "Größenklasse"), lambda k: k.groessenklasse),
        Column(QCoreApplication.translate("Column", "Kreis"), lambda k: k.kreis),
        Column(QCoreApplication.translate("Column", "IT-Dienstleister"), lambda k: k.it_dienstleister or "–"),
        Column(QCoreApplication.translate("Column", "Fachverfahren"), lambda k: k.fachverfahren or "–"),
    ]


class TaskforcesPage(Page):
    SHOWS = frozenset(
        {
            Entity.TASKFORCE,
            Entity.ROLLOUTTEAM,
            Entity.LANDESTEAM,
            Entity.KONTAKT,
            Entity.KOMMUNE,
            Entity.NACHNUTZUNG,
            Entity.LEISTUNG,
            Entity.LAND,
        }
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.editor: Any = None
        self.landesteams: dict[LandesteamArt, LandesteamDaten] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Taskforces und Teams")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("taskforcesTabs")
        self.tabs.setAccessibleName(self.tr("Bereiche"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._taskforce_tab(), self.tr("Regionale OZG-Taskforces"))
        self.tabs.addTab(self._rollout_tab(), self.tr("Roll-Out-Teams"))
        self.tabs.addTab(self._landes_tab(), self.tr("Landesteams"))
        self.tabs.addTab(self._first_mover_tab(), self.tr("First Mover"))
        self.refresh()

    # -- construction -------------------------------------------------------------------------
    def _taskforce_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Regionale OZG-Taskforces (§ 2 Abs. 3 a): Projektleitung, fachliche und technische Expertise, "
                "unterstützt vom kommunalen IT-Dienstleister; sie begleiten vor allem die First Mover."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tf_model: RowTableModel[TaskforceZeile] = RowTableModel(taskforce_spalten())
        self.tf_view = sortierbare_tabelle("taskforceTable", self.tr("Taskforces"), self.tf_model)
        self.tf_view.doubleClicked.connect(lambda _i: self.taskforce_bearbeiten())
        layout.addWidget(self.tf_view, 1)
        row = QHBoxLayout()
        row.addWidget(knopf(self.tr("&Neue Taskforce…"), "taskforceNeu", self.tr("Neue Taskforce"), self.taskforce_neu))
        row.addWidget(
            knopf(
                self.tr("Bea&rbeiten…"),
                "taskforceBearbeiten",
                self.tr("Taskforce bearbeiten"),
                self.taskforce_bearbeiten,
            )
        )
        row.addWidget(
            knopf(self.tr("&Löschen"), "taskforceLoeschen", self.tr("Taskforce löschen"), self.taskforce_loeschen)
        )
        row.addStretch(1)
        self.tf_count = QLabel()
        row.addWidget(self.tf_count)
        layout.addLayout(row)
        return tab

    def _rollout_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Roll-Out-Teams der Themenfeld-Federführer je Leistung (§ 3): Vor-Ort-Termine inkl. Tests, "
                "Informationsmaterial, Prozessunterstützung, Selbstregistrierung, Rahmenverträge …"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rt_model: RowTableModel[RolloutTeamZeile] = RowTableModel(rollout_spalten())
        self.rt_view = sortierbare_tabelle("rolloutTable", self.tr("Roll-Out-Teams"), self.rt_model)
        self.rt_view.doubleClicked.connect(lambda _i: self.rollout_bearbeiten())
        layout.addWidget(self.rt_view, 1)
        row = QHBoxLayout()
        row.addWidget(
            knopf(self.tr("&Neues Roll-Out-Team…"), "rolloutNeu", self.tr("Neues Roll-Out-Team"), self.rollout_neu)
        )
        row.addWidget(
            knopf(
                self.tr("Bea&rbeiten…"),
                "rolloutBearbeiten",
                self.tr("Roll-Out-Team bearbeiten"),
                self.rollout_bearbeiten,
            )
        )
        row.addWidget(
            knopf(self.tr("&Löschen"), "rolloutLoeschen", self.tr("Roll-Out-Team löschen"), self.rollout_loeschen)
        )
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _landes_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        self.landes_boxen: dict[LandesteamArt, tuple[QGroupBox, QLabel, RowTableModel[LandesteamMitgliedDaten]]] = {}
        texte = {
            LandesteamArt.KERNTEAM: self.tr(
                "Leistungsübergreifende Voraussetzungen der Nachnutzung: Ansprechpersonen der Ressorts, "
                "OZG-Koordination, IT-Dienstleister, Rechtsexpertise."
            ),
            LandesteamArt.UMSETZUNGSBEGLEITTEAM: self.tr(
                "Unterstützt die Kommunen direkt (organisatorisch, technisch, methodisch) "
                "bei der operativen Nachnutzung."
            ),
        }
        for col, art in enumerate(LandesteamArt):
            box = QGroupBox(vocab_text.label(art))
            box.setObjectName(f"box_{art.value}")
            inner = QVBoxLayout(box)
            text = QLabel(texte[art])
            text.setWordWrap(True)
            inner.addWidget(text)
            info = QLabel()
            inner.addWidget(info)
            model: RowTableModel[LandesteamMitgliedDaten] = RowTableModel(mitglied_spalten())
            view = read_only_table(f"landesteam_{art.value}", vocab_text.label(art))
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(True)
            inner.addWidget(view, 1)
            inner.addWidget(
                knopf(
                    self.tr("Team &bearbeiten…") if col == 0 else self.tr("Team b&earbeiten…"),
                    f"landesteamBearbeiten_{art.value}",
                    self.tr("{team} bearbeiten").format(team=vocab_text.label(art)),
                    self._landesteam_slot(art),
                )
            )
            grid.addWidget(box, 0, col)
            self.landes_boxen[art] = (box, info, model)
        return tab

    def _first_mover_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        regel = QLabel(
            self.tr(
                "Der Kommunalpakt verlangt First Mover mit <i>bewusst unterschiedlichen Voraussetzungen</i>. "
                "Je Leistung wird geprüft: Größenklasse nach versorgten Einwohnern (unter 5.000 · 5.000–20.000 · "
                "20.000–100.000 · ab 100.000), Kreis, IT-Dienstleister, Fachverfahren. Eine Dimension ist vielfältig "
                "(✔), wenn sie mindestens zwei Werte hat und keine Gruppe mehr als zwei Drittel stellt; "
                "„unterschiedlich“ heißt: mindestens zwei First Mover und drei der vier Dimensionen vielfältig."
            )
        )
        regel.setWordWrap(True)
        regel.setObjectName("firstMoverRegel")
        layout.addWidget(regel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.fm_model: RowTableModel[FirstMoverSet] = RowTableModel(first_mover_spalten())
        self.fm_view = read_only_table("firstMoverTable", self.tr("First Mover je Leistung"))
        self.fm_view.setModel(self.fm_model)
        self.fm_view.horizontalHeader().setStretchLastSection(True)
        self.fm_view.selectionModel().currentRowChanged.connect(self._fm_details)
        splitter.addWidget(self.fm_view)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        titel_row = QHBoxLayout()
        self.fm_titel = QLabel()
        self.fm_titel.setObjectName("firstMoverTitel")
        titel_row.addWidget(self.fm_titel, 1)
        titel_row.addWidget(
            knopf(
                self.tr("In der &Matrix zeigen"),
                "firstMoverMatrix",
                self.tr("First Mover dieser Leistung in der Nachnutzungs-Matrix zeigen"),
                self.fm_in_matrix,
            )
        )
        inner.addLayout(titel_row)
        self.fmk_model: RowTableModel[FirstMoverKommune] = RowTableModel(first_mover_kommune_spalten())
        self.fmk_view = read_only_table("firstMoverKommunen", self.tr("First Mover der Leistung"))
        self.fmk_view.setModel(self.fmk_model)
        self.fmk_view.horizontalHeader().setStretchLastSection(True)
        inner.addWidget(self.fmk_view, 1)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        return tab

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.ctx.store
        self.tf_model.set_rows(tf_service.taskforces(store))
        aktiv = sum(1 for t in self.tf_model._rows if t.status is TaskforceStatus.AKTIV)
        self.tf_count.setText(self.tr("{n} Taskforces, davon {a} aktiv").format(n=self.tf_model.rowCount(), a=aktiv))
        einpassen(self.tf_view, 260)
        self.rt_model.set_rows(rt_service.rolloutteams(store))
        einpassen(self.rt_view)
        teams = {t.art: t for t in lt_service.landesteams(store)}
        self.landesteams = teams
        for art, (box, info, model) in self.landes_boxen.items():
            team = teams.get(art)
            box.setTitle(team.name if team else vocab_text.label(art))
            info.setText(
                self.tr("{n} Mitglieder").format(n=len(team.mitglieder)) if team else self.tr("noch nicht eingerichtet")
            )
            model.set_rows(list(team.mitglieder) if team else [])
        current = self.fm_view.currentIndex().row()
        self.fm_model.set_rows(fm_service.first_mover(store))
        if self.fm_model.rowCount():
            self.fm_view.selectRow(max(0, current))
        self._fm_details(self.fm_view.currentIndex())
        einpassen(self.fm_view)

    def _fm_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            self.fmk_model.set_rows([])
            self.fm_titel.setText("")
            return
        s = self.fm_model.row_at(index.row())
        self.fm_titel.setText(
            self.tr("<b>{l}</b>: {n} First Mover – {u}").format(l=s.leistung, n=s.anzahl, u=_urteil(s))
        )
        self.fmk_model.set_rows(s.kommunen)
        einpassen(self.fmk_view, 260)

    def fm_in_matrix(self) -> None:
        index = self.fm_view.currentIndex()
        if index.isValid():
            zeige_matrix(self, leistung_nr=self.fm_model.row_at(index.row()).leistung_nr, first_mover=True)

    def _fehler(self, title: str, err: KpaktError) -> None:
        msgbox.error(self, title, str(err))

    # -- Taskforces ---------------------------------------------------------------------------
    def taskforce_neu(self) -> None:
        self._taskforce_editor(TaskforceDaten(None, ""))

    def taskforce_bearbeiten(self) -> None:
        row = zeile(self.tf_view, self.tf_model)
        if row is None:
            msgbox.info(self, self.tr("Taskforce"), self.tr("Bitte eine Taskforce auswählen."))
            return
        try:
            daten = tf_service.taskforce_laden(self.ctx.store, row.id)
        except KpaktError as err:
            self._fehler(self.tr("Taskforce"), err)
            return
        self._taskforce_editor(daten)

    def _taskforce_editor(self, daten: TaskforceDaten) -> None:
        store = self.ctx.store
        text = self.tr("Taskforce speichern") if daten.id else self.tr("Taskforce anlegen")
        vorher = daten if daten.id else None
        self.editor = TaskforceDialog(
            self,
            daten,
            vk.wahlen(store),
            rt_service.rolloutteams(store),
            lambda d: saved_record(text, TASKFORCE, vorher, lambda st: tf_service.taskforce_speichern(st, d), TEAMS),
        )
        self.editor.open()

    def taskforce_loeschen(self) -> None:
        row = zeile(self.tf_view, self.tf_model)
        if row is None:
            return
        if not msgbox.ask(
            self,
            self.tr("Taskforce löschen"),
            self.tr("Die Taskforce „{name}“ löschen? Ihre Kontakte bleiben erhalten.").format(name=row.name),
        ):
            return
        self.ctx.run(deleted_record(self.tr("Taskforce löschen"), TASKFORCE, row.id, TEAMS))

    # -- Roll-Out-Teams -----------------------------------------------------------------------
    def rollout_neu(self) -> None:
        self._rollout_editor(RolloutTeamDaten(None, 1, ""))

    def rollout_bearbeiten(self) -> None:
        row = zeile(self.rt_view, self.rt_model)
        if row is None:
            msgbox.info(self, self.tr("Roll-Out-Team"), self.tr("Bitte ein Roll-Out-Team auswählen."))
            return
        try:
            daten = rt_service.rolloutteam_laden(self.ctx.store, row.id)
        except KpaktError as err:
            self._fehler(self.tr("Roll-Out-Team"), err)
            return
        self._rollout_editor(daten)

    def _rollout_editor(self, daten: RolloutTeamDaten) -> None:
        store = self.ctx.store
        text = self.tr("Roll-Out-Team speichern") if daten.id else self.tr("Roll-Out-Team anlegen")
        vorher = daten if daten.id else None
        self.editor = RolloutTeamDialog(
            self,
            daten,
            vk.wahlen(store),
            lambda d: saved_record(
                text, ROLLOUTTEAM, vorher, lambda st: rt_service.rolloutteam_speichern(st, d), TEAMS
            ),
        )
        self.editor.open()

    def rollout_loeschen(self) -> None:
        row = zeile(self.rt_view, self.rt_model)
        if row is None:
            return
        if not msgbox.ask(
            self,
            self.tr("Roll-Out-Team löschen"),
            self.tr("„{name}“ löschen? Taskforces verlieren nur die Verknüpfung.").format(name=row.name),
        ):
            return
        # Taskforces lose their link to a deleted team; an undo brings back the team and the links.
        self.ctx.run(deleted_record(self.tr("Roll-Out-Team löschen"), ROLLOUTTEAM, row.id, TEAMS))

    # -- Landesteams --------------------------------------------------------------------------
    def _landesteam_slot(self, art: LandesteamArt) -> Callable[[], None]:
        return lambda: self.landesteam_bearbeiten(art)

    def landesteam_bearbeiten(self, art: LandesteamArt) -> None:
        store = self.ctx.store
        daten = self.landesteams.get(art) or LandesteamDaten(
            None, art, f"{vocab_text.label(art)} {self.ctx.land.kuerzel}"
        )
        text = self.tr("{team} bearbeiten").format(team=vocab_text.label(art))
        vorher = daten if daten.id else None
        self.editor = LandesteamDialog(
            self,
            daten,
            vk.wahlen(store),
            lambda d: saved_record(text, LANDESTEAM, vorher, lambda st: lt_service.landesteam_speichern(st, d), TEAMS),
        )
        self.editor.open()
