"""Editor of one regionale OZG-Taskforce (Designer form ``ui/taskforce_dialog.ui``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kpakt_desktop.domain.teams import TaskforceRolle, TaskforceStatus
from kpakt_desktop.gui import vocab_text
from kpakt_desktop.gui.auswahl import CheckListe, MitgliederTabelle, in_host
from kpakt_desktop.gui.datum import DatumFeld
from kpakt_desktop.gui.editor_dialog import EditorDialog
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.services.rolloutteams import RolloutTeamZeile
from kpakt_desktop.services.taskforces import Mitglied, TaskforceDaten
from kpakt_desktop.services.verknuepfungen import Wahlen


class TaskforceDialog(EditorDialog):
    def __init__(
        self,
        parent: QWidget | None,
        daten: TaskforceDaten,
        wahlen: Wahlen,
        teams: list[RolloutTeamZeile],
        speichern: Callable[[TaskforceDaten], Operation[Any]],
        zustaendig: dict[int, frozenset[int]] | None = None,
    ) -> None:
        super().__init__("taskforce_dialog", parent, speichern)
        d = self.dialog
        self.daten = daten
        self.dialog.setWindowTitle(self.tr("Taskforce bearbeiten") if daten.id else self.tr("Neue Taskforce"))
        self.name = child(d, QLineEdit, "nameEdit")
        self.name.setText(daten.name)
        self.status = child(d, QComboBox, "statusCombo")
        for st in TaskforceStatus:
            self.status.addItem(vocab_text.label(st), st.value)
        self.status.setCurrentIndex(self.status.findData(daten.status.value))
        self.region = child(d, QLineEdit, "regionEdit")
        self.region.setText(daten.region)
        self.beginn = child(d, DatumFeld, "beginnEdit").einrichten(self.tr("Beginn"))
        self.beginn.set_datum(daten.beginn)
        self.ende = child(d, DatumFeld, "endeEdit").einrichten(self.tr("Ende"))
        self.ende.set_datum(daten.ende)
        self.rollout = child(d, QComboBox, "rolloutCombo")
        self.rollout.addItem(self.tr("(keines)"), None)
        for t in teams:
            self.rollout.addItem(f"{t.name} – {t.leistung}", t.id)
        self.rollout.setCurrentIndex(max(0, self.rollout.findData(daten.rolloutteam_id)))
        self.notiz = child(d, QPlainTextEdit, "notizEdit")
        self.notiz.setPlainText(daten.notiz)
        for w, acc in (
            (self.name, self.tr("Name")),
            (self.status, self.tr("Status")),
            (self.region, self.tr("Region")),
            (self.beginn, self.tr("Beginn")),
            (self.ende, self.tr("Ende")),
            (self.rollout, self.tr("Roll-Out-Team")),
            (self.notiz, self.tr("Notiz")),
        ):
            w.setAccessibleName(acc)
        self.leistungen = CheckListe("leistungenListe", self.tr("Leistungen"))
        self.leistungen.set_items(((f"{nr} {name}", nr) for nr, name in wahlen.leistungen), daten.leistung_nrs)
        in_host(d, "leistungenHost", self.leistungen)
        self.kreise = CheckListe("regionListe", self.tr("Region"), suche=True)
        self.kreise.set_items(((k.name, k.id) for k in wahlen.kreise), daten.region_ids)
        in_host(d, "regionHost", self.kreise)
        self.kommunen = CheckListe("kommunenListe", self.tr("Begleitete Kommunen"), suche=True)
        self.wahlen = wahlen
        self.zustaendig = zustaendig or {}
        self.alle_kommunen = QCheckBox(self.tr("Alle Kommunen &zeigen, nicht nur die der Region"))
        self.alle_kommunen.setObjectName("alleKommunenZeigen")
        self.kommunen.set_items([], daten.kommune_ids)
        self._kommunen_zeigen()
        self.alle_kommunen.toggled.connect(self._kommunen_zeigen)
        self.kreise.model.dataChanged.connect(self._kommunen_zeigen)
        self.leistungen.model.dataChanged.connect(self._kommunen_zeigen)
        child(d, QLabel, "kommunenCaption").setText(
            self.tr("Kommunen der Region, die die Taskforce begleitet (für ihre Leistungen zuständige zuerst):")
        )
        in_host(d, "kommunenHost", self.alle_kommunen)
        in_host(d, "kommunenHost", self.kommunen)
        self.mitglieder = MitgliederTabelle(
            "mitgliederTabelle", wahlen.kontakte, [(vocab_text.label(r), r.value) for r in TaskforceRolle]
        )
        for m in daten.mitglieder:
            self.mitglieder.add(m.person, m.rolle.value)
        in_host(d, "mitgliederHost", self.mitglieder)

    def _kommunen_zeigen(self, *_args: object) -> None:
        """Begleitete Kommunen: those of the chosen region (all without a region or when asked), the
        ones zuständig for the chosen Leistungen first; a checked Kommune always stays in the list."""
        checked = set(self.kommunen.model.checked)
        region = set(self.kreise.checked())
        alle = self.alle_kommunen.isChecked() or not region
        zustaendig: set[int] = set()
        for nr in self.leistungen.checked():
            zustaendig |= self.zustaendig.get(nr, frozenset())
        fm = self.tr(" – First Mover")
        gezeigt = [k for k in self.wahlen.kommunen if alle or k.id in checked or k.id in region or k.kreis_id in region]
        gezeigt.sort(key=lambda k: k.id not in zustaendig)  # stable: First Movers, then by name
        self.kommunen.set_items(
            ((k.text + (fm if k.id in self.wahlen.first_mover else ""), k.id) for k in gezeigt), checked
        )

    def collect(self) -> TaskforceDaten:
        return TaskforceDaten(
            id=self.daten.id,
            name=self.name.text(),
            status=TaskforceStatus(self.status.currentData()),
            region=self.region.text(),
            beginn=self.beginn.datum(),
            ende=self.ende.datum(),
            rolloutteam_id=self.rollout.currentData(),
            notiz=self.notiz.toPlainText(),
            region_ids=self.kreise.checked(),
            kommune_ids=self.kommunen.checked(),
            leistung_nrs=self.leistungen.checked(),
            mitglieder=tuple(Mitglied(TaskforceRolle(rolle), person) for rolle, person in self.mitglieder.mitglieder()),
        )
