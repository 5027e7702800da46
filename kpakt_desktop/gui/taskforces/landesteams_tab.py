"""Taskforces page, tab „Landesteams“: Kernteam and Umsetzungsbegleitteam with their members."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kpakt_desktop.domain.teams import LandesteamArt
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.operation import saved_record
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.taskforces.records import LANDESTEAM, TEAMS
from kpakt_desktop.gui.taskforces.rollout_dialog import LandesteamDialog
from kpakt_desktop.gui.views import knopf, read_only_table
from kpakt_desktop.services import landesteams as lt_service
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.landesteams import LandesteamDaten, LandesteamMitgliedDaten


def mitglied_spalten() -> list[Column[LandesteamMitgliedDaten]]:
    return [
        Column(QCoreApplication.translate("Column", "Name"), lambda m: m.person.name),
        Column(QCoreApplication.translate("Column", "Rolle"), lambda m: m.rolle),
        Column(QCoreApplication.translate("Column", "Organisation"), lambda m: m.person.organisation),
        Column(QCoreApplication.translate("Column", "E-Mail"), lambda m: m.person.email),
    ]


class LandesteamsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor: Any = None
        self.landesteams: dict[LandesteamArt, LandesteamDaten] = {}
        grid = QGridLayout(self)
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
            ctx.schreibschutz.knoepfe(box, None, f"landesteamBearbeiten_{art.value}")

    def reload(self) -> None:
        teams = {t.art: t for t in lt_service.landesteams(self.ctx.store)}
        self.landesteams = teams
        for art, (box, info, model) in self.landes_boxen.items():
            team = teams.get(art)
            box.setTitle(team.name if team else vocab_text.label(art))
            info.setText(
                self.tr("{n} Mitglieder").format(n=len(team.mitglieder)) if team else self.tr("noch nicht eingerichtet")
            )
            model.set_rows(list(team.mitglieder) if team else [])

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
