"""Taskforces page, tab „Roll-Out-Teams“: the table, new, edit and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.operation import deleted_record, saved_record
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.taskforces.records import ROLLOUTTEAM, TEAMS
from kpakt_desktop.gui.taskforces.rollout_dialog import RolloutTeamDialog
from kpakt_desktop.gui.views import einpassen, knopf, liste_mit_knoepfen, sortierbare_tabelle, zeile
from kpakt_desktop.services import rolloutteams as rt_service
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.rolloutteams import RolloutTeamDaten, RolloutTeamZeile


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


class RolloutTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor: Any = None
        self.rt_model: RowTableModel[RolloutTeamZeile] = RowTableModel(rollout_spalten())
        self.rt_view = sortierbare_tabelle("rolloutTable", self.tr("Roll-Out-Teams"), self.rt_model)
        liste_mit_knoepfen(
            self,
            self.tr(
                "Roll-Out-Teams der Themenfeld-Federführer je Leistung (§ 3): Vor-Ort-Termine inkl. Tests, "
                "Informationsmaterial, Prozessunterstützung, Selbstregistrierung, Rahmenverträge …"
            ),
            self.rt_view,
            [
                knopf(self.tr("&Neues Roll-Out-Team…"), "rolloutNeu", self.tr("Neues Roll-Out-Team"), self.rollout_neu),
                knopf(
                    self.tr("Bea&rbeiten…"),
                    "rolloutBearbeiten",
                    self.tr("Roll-Out-Team bearbeiten"),
                    self.rollout_bearbeiten,
                ),
                knopf(self.tr("&Löschen"), "rolloutLoeschen", self.tr("Roll-Out-Team löschen"), self.rollout_loeschen),
            ],
            self.rollout_bearbeiten,
        )
        ctx.schreibschutz.knoepfe(self, None, "rolloutNeu", "rolloutBearbeiten", "rolloutLoeschen")

    def reload(self) -> None:
        self.rt_model.set_rows(rt_service.rolloutteams(self.ctx.store))
        einpassen(self.rt_view)

    def _fehler(self, title: str, err: KpaktError) -> None:
        msgbox.error(self, title, str(err))

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
