"""Datei → Sicherung wiederherstellen…: the backups of the open database with their Stand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.row_table import Column, RowTableModel, format_value
from kpakt_desktop.gui.views import read_only_table
from kpakt_desktop.services.sicherung import Sicherung, check_backup, describe, list_backups


def stand_text(item: Sicherung) -> str:
    return item.erstellt.strftime("%d.%m.%Y %H:%M:%S")


def _art(item: Sicherung) -> str:
    if item.vor_wiederherstellung:
        return QCoreApplication.translate("SicherungDialog", "vor einer Wiederherstellung")
    return QCoreApplication.translate("SicherungDialog", "beim Programmstart")


def backup_columns() -> list[Column[Sicherung]]:
    return [
        Column(QCoreApplication.translate("SicherungDialog", "Stand"), stand_text, tooltip=lambda s: str(s.path)),
        Column(QCoreApplication.translate("SicherungDialog", "Art"), _art),
        Column(QCoreApplication.translate("SicherungDialog", "Kommunen"), lambda s: s.kommunen, numeric=True),
        Column(QCoreApplication.translate("SicherungDialog", "Nachnutzungen"), lambda s: s.nachnutzungen, numeric=True),
        Column(QCoreApplication.translate("SicherungDialog", "davon produktiv"), lambda s: s.produktiv, numeric=True),
        Column(QCoreApplication.translate("SicherungDialog", "Hürden"), lambda s: s.huerden, numeric=True),
        Column(
            QCoreApplication.translate("SicherungDialog", "Größe (MB)"),
            lambda s: round(s.groesse / 1_000_000, 1),
            numeric=True,
        ),
    ]


class SicherungDialog(QDialog):
    """Pick a backup; ``chosen`` is set when the user confirmed replacing the open database."""

    def __init__(self, folder: Path, db: Path, land_schluessel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sicherungDialog")
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.resize(820, 420)
        self.folder = folder
        self.db = db
        self.land_schluessel = land_schluessel
        self.chosen: Sicherung | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sicherungen von {name} in {folder}. Vor dem Wiederherstellen wird der jetzige Stand "
                "ebenfalls gesichert; die Wiederherstellung lässt sich so rückgängig machen."
            ).format(name=db.name, folder=folder)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[Sicherung] = RowTableModel(backup_columns(), list_backups(folder, db.stem))
        self.table = read_only_table("sicherungenTabelle", self.tr("Sicherungen"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Für diese Datenbank gibt es noch keine Sicherungen in diesem Ordner."))
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Schließen"))
        self.restore_button = QPushButton(self.tr("&Wiederherstellen…"))
        self.restore_button.setObjectName("wiederherstellen")
        self.restore_button.setAccessibleName(self.tr("Gewählte Sicherung wiederherstellen"))
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(self.tr("&Andere Datei…"))
        self.other_button.setObjectName("andereDatei")
        self.other_button.setAccessibleName(self.tr("Sicherung aus einer anderen Datei wiederherstellen"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self.table.setFocus()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._confirm(self.model.row_at(rows[0].row()))

    def _restore_other(self) -> None:
        path = msgbox.open_file(self, self.tr("Sicherung wählen"), self.folder, msgbox.db_pattern())
        if path is None:
            return
        try:
            self._confirm(describe(path))
        except KpaktError as err:
            msgbox.error(self, self.tr("Sicherung wiederherstellen"), str(err))

    def _confirm(self, item: Sicherung) -> None:
        try:
            check_backup(item.path, self.land_schluessel)
        except KpaktError as err:
            msgbox.error(self, self.tr("Sicherung wiederherstellen"), str(err))
            return
        question = self.tr(
            "Die geöffnete Datenbank {db} wird durch die Sicherung vom {stand} ersetzt "
            "({kommunen} Kommunen, {nachnutzungen} Nachnutzungen, davon {produktiv} produktiv, {huerden} Hürden).\n\n"
            "Alle Änderungen seit dieser Sicherung gehen verloren; der jetzige Stand wird vorher gesichert.\n\n"
            "Wiederherstellen?"
        ).format(
            db=self.db.name,
            stand=stand_text(item),
            kommunen=format_value(item.kommunen),
            nachnutzungen=format_value(item.nachnutzungen),
            produktiv=format_value(item.produktiv),
            huerden=format_value(item.huerden),
        )
        if msgbox.ask(self, self.tr("Sicherung wiederherstellen"), question):
            self.chosen = item
            self.accept()
