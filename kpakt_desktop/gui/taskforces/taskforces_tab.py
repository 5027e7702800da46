"""Taskforces page, tab „Regionale OZG-Taskforces“: the table, new, edit and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.teams import TaskforceStatus
from kpakt_desktop.gui import msgbox, vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.operation import deleted_record, saved_version
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.taskforces.records import TASKFORCE, TEAMS
from kpakt_desktop.gui.taskforces.taskforce_dialog import TaskforceDialog
from kpakt_desktop.gui.views import einpassen, knopf, liste_mit_knoepfen, sortierbare_tabelle, zeile
from kpakt_desktop.services import rolloutteams as rt_service
from kpakt_desktop.services import taskforces as tf_service
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.taskforces import TaskforceDaten, TaskforceZeile
from kpakt_desktop.store.database import Store


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


class TaskforcesTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor: Any = None
        self.tf_model: RowTableModel[TaskforceZeile] = RowTableModel(taskforce_spalten())
        self.tf_view = sortierbare_tabelle("taskforceTable", self.tr("Taskforces"), self.tf_model)
        row = liste_mit_knoepfen(
            self,
            self.tr(
                "Regionale OZG-Taskforces (§ 2 Abs. 3 a): Projektleitung, fachliche und technische Expertise, "
                "unterstützt vom kommunalen IT-Dienstleister; sie begleiten vor allem die First Mover."
            ),
            self.tf_view,
            [
                knopf(self.tr("&Neue Taskforce…"), "taskforceNeu", self.tr("Neue Taskforce"), self.taskforce_neu),
                knopf(
                    self.tr("Bea&rbeiten…"),
                    "taskforceBearbeiten",
                    self.tr("Taskforce bearbeiten"),
                    self.taskforce_bearbeiten,
                ),
                knopf(self.tr("&Löschen"), "taskforceLoeschen", self.tr("Taskforce löschen"), self.taskforce_loeschen),
            ],
            self.taskforce_bearbeiten,
        )
        self.tf_count = QLabel()
        row.addWidget(self.tf_count)
        ctx.schreibschutz.knoepfe(self, None, "taskforceNeu", "taskforceBearbeiten", "taskforceLoeschen")

    def reload(self) -> None:
        self.tf_model.set_rows(tf_service.taskforces(self.ctx.store))
        aktiv = sum(1 for t in self.tf_model._rows if t.status is TaskforceStatus.AKTIV)
        self.tf_count.setText(self.tr("{n} Taskforces, davon {a} aktiv").format(n=self.tf_model.rowCount(), a=aktiv))
        einpassen(self.tf_view, 260)

    def _fehler(self, title: str, err: KpaktError) -> None:
        msgbox.error(self, title, str(err))

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
        benutzer = self.ctx.benutzer

        def speichern(st: Store, d: TaskforceDaten, gesehen: TaskforceDaten | None) -> int:
            return tf_service.taskforce_speichern(st, d, gesehen=gesehen, benutzer=benutzer)

        self.editor = TaskforceDialog(
            self,
            daten,
            vk.wahlen(store),
            rt_service.rolloutteams(store),
            lambda d: saved_version(text, TASKFORCE, vorher, d, speichern, TEAMS),
            tf_service.zustaendige_je_leistung(store),
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
