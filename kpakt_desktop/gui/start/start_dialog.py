"""Choosing what to open when no database is configured (and for Datei → Neu…)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from kpakt_desktop import paths
from kpakt_desktop.domain.laender import LAENDER, Land
from kpakt_desktop.gui import barrierefrei, msgbox, settings
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.ui_loader import load_form
from kpakt_desktop.services.offline_kopie import OfflineKopie
from kpakt_desktop.services.register import LandRegister


class Choice(Enum):
    NEW = "new"
    DEMO = "demo"
    OPEN = "open"
    SERVER = "server"


@dataclass(frozen=True)
class StartResult:
    choice: Choice
    land: Land
    path: Path
    # a new database from the user's own register file (read already, its warnings shown)
    gv: Path | None = None
    register: LandRegister | None = None
    url: str | None = None  # Choice.SERVER: the server database to open (password only in memory)
    offline: OfflineKopie | None = None  # Choice.SERVER with the server away: its copy, read-only

    @property
    def target(self) -> Path | str | OfflineKopie:
        """What to open: the file, the server URL, or the offline copy of the server database."""
        if self.offline is not None:
            return self.offline
        return self.url if self.url is not None else self.path


class StartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, default_land: str = "07") -> None:
        super().__init__(parent)
        form = load_form("start_dialog")
        self.setWindowTitle(form.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.form = form
        barrierefrei.esc_schliesst(self, form)  # Esc closes the whole dialog, not the form inside it
        self.land_combo = child(form, QComboBox, "landCombo")
        for land in LAENDER:
            self.land_combo.addItem(f"{land.name} ({land.schluessel})", land.schluessel)
        self.land_combo.setCurrentIndex(self.land_combo.findData(default_land))
        child(form, QPushButton, "newButton").clicked.connect(self._new)
        child(form, QPushButton, "demoButton").clicked.connect(lambda: self._finish(Choice.DEMO, None))
        child(form, QPushButton, "openButton").clicked.connect(self._open)
        server = QPushButton(self.tr("Mit &Server verbinden…"))  # a Land database for several people
        server.setObjectName("serverButton")
        server.clicked.connect(self._server)
        child(form, QDialogButtonBox, "buttonBox").addButton(server, QDialogButtonBox.ButtonRole.ActionRole)
        child(form, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        self.result_value: StartResult | None = None

    def land(self) -> Land:
        key = self.land_combo.currentData()
        return next(land for land in LAENDER if land.schluessel == key)

    def _new(self) -> None:
        suggestion = settings.data_dir() / f"land-{self.land().schluessel}.sqlite"
        path = msgbox.save_file(self, self.tr("Neue Landesdatenbank speichern unter"), suggestion, msgbox.db_pattern())
        if path is not None:
            if path.exists():
                msgbox.error(
                    self,
                    self.tr("Neue Landesdatenbank"),
                    self.tr("Die Datei {path} existiert bereits und wird nicht überschrieben.").format(path=path),
                )
                return
            self._finish(Choice.NEW, path)

    def _open(self) -> None:
        path = msgbox.open_file(
            self,
            self.tr("Landesdatenbank öffnen"),
            settings.data_dir(),
            msgbox.db_pattern(),
        )
        if path is not None:
            self._finish(Choice.OPEN, path)

    def _server(self) -> None:
        from kpakt_desktop.gui.start.server_dialog import ServerDialog

        dialog = ServerDialog(self)
        if dialog.exec() and dialog.target is not None:
            land, target = self.land(), dialog.target
            url, offline = (None, target) if isinstance(target, OfflineKopie) else (target, None)
            self.result_value = StartResult(
                Choice.SERVER, land, paths.demo_db_path(land.schluessel), url=url, offline=offline
            )
            self.accept()

    def _finish(self, choice: Choice, path: Path | None) -> None:
        land = self.land()
        self.result_value = StartResult(choice, land, path or paths.demo_db_path(land.schluessel))
        self.accept()


def create_chosen(parent: QWidget | None, result: StartResult) -> None:
    """Create what the user chose (a new Land database or the demo) in a worker with progress."""
    from kpakt_desktop.gui.operation import runner
    from kpakt_desktop.services.demo import create_demo_job
    from kpakt_desktop.services.landdb import create_land_database_job

    if result.choice is Choice.NEW:
        job = create_land_database_job(result.path, result.land, gv=result.gv, register=result.register)
        title = QCoreApplication.translate("StartDialog", "Landesdatenbank {name} anlegen")
    elif result.choice is Choice.DEMO and not result.path.exists():
        job = create_demo_job(result.path, result.land)
        title = QCoreApplication.translate("StartDialog", "Demo-Datenbank {name} anlegen")
    else:
        return
    store = runner().run_modal(title.format(name=result.land.name), lambda: job, parent=parent)
    store.close()
