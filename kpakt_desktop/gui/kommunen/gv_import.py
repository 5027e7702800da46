"""*Gemeindeverzeichnis aktualisieren…*: choose a file, preview the difference, apply, decide on dissolved Kommunen.

Reading, comparing and applying run as service jobs in the worker with a cancellable progress
dialog; cancelling closes the job, so the write transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.datum import DatumFeld
from kpakt_desktop.gui.operation import Cancelled, Operation, runner
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.services.aufloesung import (
    Aufloesung,
    archivieren,
    kandidaten,
    offene_aufloesungen,
    uebertragen,
)
from kpakt_desktop.services.changes import ChangeSet
from kpakt_desktop.services.gv_abgleich import GvDiff, GvErgebnis, apply_job, preview_job
from kpakt_desktop.store.database import Store

_GROUPS = (
    ("neu", QT_TRANSLATE_NOOP("GvImport", "Neue Kommunen")),
    ("aufgeloest", QT_TRANSLATE_NOOP("GvImport", "Aufgelöste Kommunen")),
    ("umbenannt", QT_TRANSLATE_NOOP("GvImport", "Umbenannt")),
    ("verschoben", QT_TRANSLATE_NOOP("GvImport", "In anderen Gemeindeverband oder Kreis gewechselt")),
    ("einwohner", QT_TRANSLATE_NOOP("GvImport", "Einwohnerzahl geändert")),
    ("sonstiges", QT_TRANSLATE_NOOP("GvImport", "Sonstige Registerangaben geändert")),
)
LATER, ARCHIVE = -1, -2


def _tr(text: str) -> str:
    return QCoreApplication.translate("GvImport", text)


class GvVorschau(QDialog):
    """The difference to the database, grouped by kind; OK applies it."""

    def __init__(self, diff: GvDiff, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gemeindeverzeichnis aktualisieren – Vorschau"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "{source}: {new} neu, {dissolved} aufgelöst, {renamed} umbenannt, {moved} gewechselt, "
                "{ew} mit neuer Einwohnerzahl. Aufgelöste Kommunen werden nicht gelöscht, sondern als "
                "„aufgelöst“ markiert; ihre Daten bleiben erhalten."
            ).format(
                source=diff.source,
                new=len(diff.new),
                dissolved=len(diff.dissolved),
                renamed=len(diff.renamed),
                moved=len(diff.moved),
                ew=diff.einwohner_changed,
            )
        )
        summary.setWordWrap(True)
        summary.setObjectName("gvSummary")
        layout.addWidget(summary)
        self.warnungen = QLabel("\n".join([self.tr("Warnungen zur Datei:"), *diff.warnungen]))
        self.warnungen.setObjectName("gvWarnungen")
        self.warnungen.setWordWrap(True)
        self.warnungen.setTextFormat(Qt.TextFormat.PlainText)
        self.warnungen.setVisible(bool(diff.warnungen))
        layout.addWidget(self.warnungen)
        layout.addLayout(self._herkunft(diff))
        self.tree = QTreeWidget()
        self.tree.setObjectName("gvDiffTree")
        self.tree.setHeaderLabels([self.tr("Kommune"), self.tr("ARS"), self.tr("Änderung")])
        for key, title in _GROUPS:
            lines = [line for line in diff.lines if line.art == key]
            if not lines:
                continue
            group = QTreeWidgetItem(self.tree, [f"{_tr(str(title))} ({len(lines)})"])
            for line in lines:
                QTreeWidgetItem(group, [line.name, line.ars, line.detail])
            group.setExpanded(len(lines) <= 50)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _herkunft(self, diff: GvDiff) -> QFormLayout:
        """What the file says about itself; the Einwohner-Stichtag is asked for where it does not."""
        form = QFormLayout()
        unbekannt = self.tr("von der Datei nicht angegeben")
        gebiet = format_value(diff.stand_gebiet) if diff.stand_gebiet else unbekannt
        form.addRow(self.tr("Format:"), QLabel(diff.format))
        form.addRow(self.tr("Gebietsstand:"), QLabel(gebiet))
        self.einwohner_edit = DatumFeld()
        self.einwohner_edit.setObjectName("einwohnerStand")
        self.einwohner_edit.setAccessibleName(self.tr("Stichtag der Einwohnerzahlen"))
        self.einwohner_edit.einrichten(self.tr("Einwohner Stand"), hoechstens=date.today())
        self.einwohner_edit.setPlaceholderText(self.tr("unbekannt"))
        if diff.stand_einwohner is not None:
            self.einwohner_edit.set_datum(diff.stand_einwohner)
            self.einwohner_edit.setEnabled(False)
        else:
            self.einwohner_edit.setToolTip(
                self.tr("Die Datei nennt den Stichtag ihrer Einwohnerzahlen nicht. Wenn Sie ihn kennen, hier angeben.")
            )
        form.addRow(self.tr("Einwohner &Stand:"), self.einwohner_edit)
        return form

    def einwohner_stand(self) -> date | None:
        """The Einwohner-Stichtag the user gave; None when left empty („unbekannt“) or stated by the file."""
        if not self.einwohner_edit.isEnabled():
            return None
        return self.einwohner_edit.datum()

    def accept(self) -> None:
        fehler = self.einwohner_edit.fehler() if self.einwohner_edit.isEnabled() else None
        if fehler is not None:  # stay in the preview: the typed day is not taken silently
            msgbox.error(self, self.tr("Eingabe prüfen"), fehler)
            self.einwohner_edit.setFocus()
            return
        super().accept()


class AufloesungDialog(QDialog):
    """For each dissolved Kommune with data: hand it to a successor, keep it archived, or decide later."""

    def __init__(
        self, ctx: AppContext, offen: list[Aufloesung], parent: QWidget | None, neu_ids: Collection[int] = ()
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offen = offen
        self.setWindowTitle(self.tr("Aufgelöste Kommunen mit Daten"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Diese Kommunen sind im Gemeindeverzeichnis nicht mehr enthalten, haben aber Daten der "
                "Koordinierungsstelle. Übergeben Sie die Daten einer Nachfolgerin (zuerst angeboten: "
                "Kommunen desselben Gemeindeverbands) oder behalten Sie sie archiviert."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.table = QTableWidget(len(offen), 3)
        self.table.setObjectName("aufloesungTable")
        self.table.setHorizontalHeaderLabels([self.tr("Aufgelöste Kommune"), self.tr("Daten"), self.tr("Entscheidung")])
        self.combos: list[QComboBox] = []
        for row, a in enumerate(offen):
            for column, cell in enumerate((f"{a.name} ({a.ars})", a.daten.beschreibung())):
                item = QTableWidgetItem(cell)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            combo = QComboBox()
            combo.setMinimumContentsLength(40)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.addItem(self.tr("später entscheiden"), LATER)
            combo.addItem(self.tr("archiviert behalten"), ARCHIVE)
            for c in kandidaten(ctx.store, a.id, neu_ids):
                label = self.tr("→ {name} ({ars})").format(name=c.name, ars=c.ars)
                if c.neu:
                    label += self.tr(" – neu")
                if c.gleicher_verband:
                    label += self.tr(" – gleicher Gemeindeverband")
                combo.addItem(label, c.id)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self) -> None:
        """Each decision is its own transaction; a refused one is reported, the others still count."""
        entscheidungen = [(a, c.currentData()) for a, c in zip(self.offen, self.combos, strict=True)]
        entscheidungen = [(a, choice) for a, choice in entscheidungen if choice != LATER]
        benutzer, title = self.ctx.benutzer, self.windowTitle()

        def do(store: Store) -> list[str]:
            fehler = []
            for a, choice in entscheidungen:
                try:
                    if choice == ARCHIVE:
                        archivieren(store, a.id)
                    else:
                        uebertragen(store, a.id, int(choice), benutzer=benutzer)
                except KpaktError as err:
                    fehler.append(f"{a.name}: {err}")
            return fehler

        def done(fehler: list[str]) -> None:
            if fehler:
                msgbox.error(self, title, "\n".join(fehler))
            self.accept()

        if not entscheidungen:
            self.accept()
            return
        # Not undoable: a transfer moves Nachnutzungen with their history to the successor.
        self.ctx.run(Operation(title, do, None, ChangeSet.everything(), done=done))


def gemeindeverzeichnis_aktualisieren(parent: QWidget, ctx: AppContext) -> GvErgebnis | None:
    title = QCoreApplication.translate("GvImport", "Gemeindeverzeichnis aktualisieren")
    path = msgbox.open_as(
        parent,
        msgbox.Ablage.GEMEINDEVERZEICHNIS,
        QCoreApplication.translate("GvImport", "Auszug des Gemeindeverzeichnisses wählen"),
        QCoreApplication.translate(
            "GvImport", "Gemeindeverzeichnis (*.csv *.gz *.xlsx *.txt *.asc *.zip);;Alle Dateien (*)"
        ),
    )
    if path is None:
        return None
    try:
        diff: GvDiff = runner().run_modal(title, lambda: preview_job(ctx.store, path), parent=parent)
        if diff.empty:
            text = QCoreApplication.translate("GvImport", "{source}: keine Unterschiede zur Datenbank.")
            msgbox.info(parent, title, "\n\n".join([text.format(source=diff.source), *diff.warnungen]))
            return None
        vorschau = GvVorschau(diff, parent)
        if not vorschau.exec():
            return None
        job = apply_job(ctx.store, path, benutzer=ctx.benutzer, einwohner_stand=vorschau.einwohner_stand())
        ergebnis: GvErgebnis = runner().run_modal(title, lambda: job, parent=parent)
    except Cancelled:
        return None
    except KpaktError as err:
        msgbox.error(parent, title, str(err))
        return None
    ctx.notify_changed()
    aufgeloest = set(ergebnis.aufgeloest_ids)
    offen = [a for a in offene_aufloesungen(ctx.store) if a.id in aufgeloest]
    if offen:
        AufloesungDialog(ctx, offen, parent, ergebnis.neu_ids).exec()
    return ergebnis
