"""Standardpaket: what leaves for the IT-Planungsrat, the signed export, and the log of past exports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.gui.pages.base import Page, heading
from kpakt_desktop.gui.row_table import Column, RowTableModel
from kpakt_desktop.gui.standardpaket import spalten
from kpakt_desktop.gui.standardpaket.bundesansicht import BundesansichtWindow
from kpakt_desktop.gui.standardpaket.key_dialog import KeyDialog
from kpakt_desktop.gui.views import read_only_table
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import (
    ExportEntry,
    ExportResult,
    TablePreview,
    export_job,
    export_log,
    preview,
    preview_rows,
)

PREVIEW_ROWS = 200


def _cell_column(table: str, field: str, index: int) -> Column[tuple[str, ...]]:
    def value(row: tuple[str, ...]) -> str:
        return row[index]

    return Column(spalten.ueberschrift(table, field), value, header_tooltip=spalten.tooltip(table, field))


class StandardpaketPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Standardpaket")))
        self.statement = QLabel(
            self.tr(
                "Das Standardpaket für den IT-Planungsrat enthält <b>keine personenbezogenen Daten</b>: "
                "keine Kontakte, Namen, E-Mail-Adressen oder Telefonnummern, keine Mitglieder von "
                "Taskforces, keine Teilnehmenden von Terminen, keine Aufgaben und keine internen Notizen. "
                "Bitte achten Sie darauf, dass auch Freitexte (z. B. Hürden, Termin-Ergebnisse) keine "
                "Personennamen enthalten."
            )
        )
        self.statement.setObjectName("keinePersonendaten")
        self.statement.setWordWrap(True)
        layout.addWidget(self.statement)

        row = QHBoxLayout()
        self.key_label = QLabel()
        self.key_label.setObjectName("schluesselStatus")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)  # a long notice wraps instead of widening the page
        row.addWidget(self.key_label, 1)
        self.key_button = QPushButton(self.tr("&Schlüssel…"))
        self.key_button.setObjectName("schluesselButton")
        self.key_button.clicked.connect(self.open_key_dialog)
        row.addWidget(self.key_button)
        self.export_button = QPushButton(self.tr("Standardpaket &exportieren…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.start_export)
        row.addWidget(self.export_button)
        self.bund_button = QPushButton(self.tr("B&undesansicht…"))
        self.bund_button.setObjectName("bundesansichtButton")
        self.bund_button.setToolTip(self.tr("Eine Bundesdatenbank (Ergebnis von „kpakt merge“) nur lesend öffnen"))
        self.bund_button.clicked.connect(self.open_bundesansicht)
        row.addWidget(self.bund_button)
        layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tables_model: RowTableModel[TablePreview] = RowTableModel(
            [
                Column(self.tr("Tabelle"), lambda r: r.title),
                Column(self.tr("Datei"), lambda r: f"{r.name}.csv"),
                Column(self.tr("Zeilen"), lambda r: r.rows, numeric=True),
            ]
        )
        self.tables_view = read_only_table("paketTabellen", self.tr("Tabellen des Standardpakets"))
        self.tables_view.setModel(self.tables_model)
        self.tables_view.selectionModel().currentRowChanged.connect(self._show_rows)
        splitter.addWidget(self.tables_view)
        self.rows_model: RowTableModel[tuple[str, ...]] = RowTableModel([])
        self.rows_view = read_only_table("paketVorschau", self.tr("Vorschau der gewählten Tabelle"))
        self.rows_view.setModel(self.rows_model)
        splitter.addWidget(self.rows_view)
        self.tables_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tables_view.setMinimumWidth(260)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 840])
        layout.addWidget(splitter, 3)

        self.total_label = QLabel()
        self.total_label.setObjectName("paketSumme")
        layout.addWidget(self.total_label)
        layout.addWidget(QLabel(self.tr("Bisherige Exporte")))
        self.log_model: RowTableModel[ExportEntry] = RowTableModel(
            [
                Column(self.tr("Nr."), lambda e: e.sequenz, numeric=True),
                Column(self.tr("Stand (UTC)"), lambda e: f"{e.stand:%d.%m.%Y %H:%M}"),
                Column(self.tr("Datei"), lambda e: e.datei or ""),
                Column(self.tr("SHA-256"), lambda e: e.sha256),
                Column(self.tr("Schlüssel"), lambda e: e.schluessel_fingerprint or ""),
            ]
        )
        self.log_view = read_only_table("exportProtokoll", self.tr("Bisherige Exporte"))
        self.log_view.setModel(self.log_model)
        layout.addWidget(self.log_view, 1)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        tables = preview(self.ctx.store)
        self.tables_model.set_rows(tables)
        total = sum(t.rows for t in tables)
        self.total_label.setText(self.tr("%d Tabellen, %d Zeilen.") % (len(tables), total))
        self.log_model.set_rows(export_log(self.ctx.store))
        self._show_key()
        if tables and not self.tables_view.currentIndex().isValid():
            self.tables_view.selectRow(0)

    def _show_key(self) -> None:
        if self.ctx.land.ist_demo:
            self.key_label.setText(
                self.tr(
                    "Demo-Datenbank: Pakete werden mit einem eigenen Demo-Schlüssel signiert, nie mit dem "
                    "Schlüssel der Koordinierungsstelle, und sind als Demo gekennzeichnet."
                )
            )
            return
        try:
            info = signing.key_info(self.ctx.land.schluessel, keys=settings.locations().keys)
            stored = signing.stored_public_key(self.ctx.store) if info is None else None
        except KpaktError as err:
            self.key_label.setText(str(err))
            return
        if stored is not None:  # e.g. a copy of the database on another computer: the key is known, not here
            self.key_label.setText(
                self.tr(
                    "Der private Signaturschlüssel liegt nicht auf diesem Computer. "
                    "In der Landesdatenbank hinterlegter öffentlicher Schlüssel: %s"
                )
                % signing.fingerprint(stored)
            )
        elif info is None:
            self.key_label.setText(self.tr("Noch kein Signaturschlüssel – bitte zuerst unter „Schlüssel…“ erzeugen."))
        else:
            self.key_label.setText(self.tr("Signaturschlüssel: %s") % info.fingerprint)

    def _show_rows(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            return
        table = self.tables_model.row_at(current.row())
        columns: list[Column[tuple[str, ...]]] = [
            _cell_column(table.name, name, i) for i, name in enumerate(table.columns)
        ]
        self.rows_model = RowTableModel(columns, preview_rows(self.ctx.store, table.name, PREVIEW_ROWS))
        self.rows_view.setModel(self.rows_model)

    # -- actions ------------------------------------------------------------------------------

    def open_key_dialog(self) -> None:
        dialog = KeyDialog(self.ctx.land.schluessel, self.ctx.land.name, self)
        dialog.exec()
        self._show_key()

    def open_bundesansicht(self) -> None:
        window = BundesansichtWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.choose_database()

    def start_export(self) -> None:
        land = self.ctx.land
        if not land.ist_demo and signing.key_info(land.schluessel, keys=settings.locations().keys) is None:
            msgbox.error(
                self,
                self.tr("Standardpaket"),
                self.tr("Es gibt noch keinen Signaturschlüssel. Bitte zuerst unter „Schlüssel…“ ein Paar erzeugen."),
            )
            return
        target = msgbox.save_as(
            self,
            msgbox.Ablage.STANDARDPAKET,
            self.tr("Standardpaket speichern unter"),
            f"standardpaket-{land.schluessel}.zip",
            self.tr("Standardpaket (*.zip)"),
        )
        if target is None:
            return
        self.export_button.setEnabled(False)
        # Not undoable: a package handed out stays handed out (its number is used up).
        keys = settings.locations().keys
        op: Operation[Any] = Operation(
            self.tr("Standardpaket wird erstellt"),
            lambda st: export_job(st, target, keys=keys),
            None,
            ChangeSet.of(Entity.LAND),
            done=self._export_done,
            failed=self._export_failed,
            job=True,
        )
        self.ctx.run(op)

    def _export_done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.refresh()
        msgbox.info(
            self,
            self.tr("Standardpaket erstellt"),
            self.tr("Standardpaket Nr. %d wurde gespeichert:\n%s\n\nSHA-256: %s")
            % (result.sequenz, str(result.path), result.sha256),
        )

    def _export_failed(self, _err: KpaktError) -> bool:
        self.export_button.setEnabled(True)
        return False  # the runner shows the message
