"""The backups of the open database file: automatic at start-up, Datei → Sicherung erstellen…, and
Datei → Sicherung wiederherstellen… — owned by the main window (``window.sicherung``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import settings

if TYPE_CHECKING:
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.operation import Runner
    from kpakt_desktop.store.database import Store


BACKUP_DELAY_MS = 1500


def runner() -> Runner:
    """gui/operation.py, imported when first needed: it brings the data layer (SQLAlchemy), which the
    main window must not load before its first paint (bench/startup.py)."""
    from kpakt_desktop.gui.operation import runner as laeufer

    return laeufer()


def _automatic_backup(db: Path, folder: Path, keep: int) -> str:
    """The automatic backup at start-up (SQLite's backup API reads a snapshot), in the runner's worker."""
    from kpakt_desktop.services.sicherung import automatic_backup

    try:
        return str(automatic_backup(db, folder, keep))
    except OSError as err:
        raise KpaktError(str(err)) from err


def _offline_kopie(store: Store, folder: Path) -> Path:
    from kpakt_desktop.services.offline_kopie import kopie_schreiben

    try:
        return kopie_schreiben(store, folder)
    except OSError as err:
        raise KpaktError(str(err)) from err


class Sicherungen(QObject):
    """Backups of ``window``'s open database (none for a server database)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.database_changed.connect(self._gewechselt)

    def _gewechselt(self) -> None:
        """Another database was opened (Datei → Neu…/Öffnen): a server database gets its offline copy."""
        if self.window.opened is not None and self.window.opened.store.url is not None:
            self.offline_kopie()

    def _db_name(self) -> Path:
        """The open database file, or the name the backups of the server database carry."""
        from kpakt_desktop.services.server_sicherung import datenbank_name

        opened = self.window.opened
        assert opened is not None
        return opened.path if opened.path is not None else datenbank_name(opened.store)

    def backup_folder(self) -> Path:
        from kpakt_desktop.services.sicherung import backup_folder

        return backup_folder(settings.backup_root(), self._db_name())

    def backup_on_open(self, delay_ms: int = BACKUP_DELAY_MS) -> None:
        """The automatic backup at start-up (Einstellungen: on/off, keep N), in a worker thread.

        It starts a moment after the window is ready, so that it never competes with building and
        painting the first page on a busy two-core office PC.
        """
        opened = self.window.opened
        if opened is not None and opened.store.url is not None:
            if settings.backup_on_start():  # a snapshot into the backup folder, as for a file
                store, folder, keep = opened.store, self.backup_folder(), settings.backup_keep()

                def server_backup() -> None:
                    self._start_server_backup(store, folder, keep, opened)

                QTimer.singleShot(max(delay_ms, 0), self, server_backup)
            self.offline_kopie(delay_ms)  # and its copy for when the server is away
            return
        if self.window.opened is None or self.window.opened.path is None or not settings.backup_on_start():
            return
        db, folder, keep = self.window.opened.path, self.backup_folder(), settings.backup_keep()
        if delay_ms <= 0:
            self._start_backup(db, folder, keep)
            return
        opened = self.window.opened
        # Only if the same database is still open then (not replaced by Öffnen or a restore).
        QTimer.singleShot(delay_ms, self, lambda: self._start_backup(db, folder, keep, only_if=opened))

    def _start_server_backup(self, store: Store, folder: Path, keep: int, only_if: OpenedDatabase | None) -> None:
        from kpakt_desktop.services.server_sicherung import automatische_sicherung

        if self.window.opened is not only_if:
            return
        runner().run(
            self.tr("Automatische Sicherung"),
            lambda: str(automatische_sicherung(store, folder, keep)),
            parent=self.window,
            on_done=self._backup_done,
            on_error=self._backup_failed,
            retry=False,
            quiet=True,
        )

    def _start_backup(self, db: Path, folder: Path, keep: int, only_if: OpenedDatabase | None = None) -> None:
        if only_if is not None and self.window.opened is not only_if:
            return
        runner().run(
            self.tr("Automatische Sicherung"),
            lambda: _automatic_backup(db, folder, keep),
            parent=self.window,
            on_done=self._backup_done,
            on_error=self._backup_failed,
            retry=False,
            quiet=True,
        )

    def offline_kopie(self, delay_ms: int = BACKUP_DELAY_MS) -> None:
        """A consistent snapshot of the open server database into its offline copy in the data
        folder (services/offline_kopie.py), in the background a moment after the window is ready."""
        opened = self.window.opened

        def start() -> None:
            if self.window.opened is not opened or opened is None:
                return
            store, folder = opened.store, settings.data_dir()
            runner().run(
                self.tr("Offline-Kopie"),
                lambda: str(_offline_kopie(store, folder)),
                parent=self.window,
                on_done=lambda path: self.window.statusBar().showMessage(
                    self.tr("Offline-Kopie der Serverdatenbank aktualisiert: {path}").format(path=path), 10000
                ),
                on_error=self._kopie_failed,
                retry=False,
                quiet=True,
            )

        QTimer.singleShot(max(delay_ms, 0), self, start)

    def _kopie_failed(self, err: KpaktError) -> bool:
        # Not worth a dialog: the server works; only the copy for a later outage is older.
        self.window.statusBar().showMessage(
            self.tr("Die Offline-Kopie konnte nicht aktualisiert werden: {message}").format(message=str(err)), 10000
        )
        return True

    def _backup_done(self, path: str) -> None:
        self.window.statusBar().showMessage(self.tr("Sicherung erstellt: {path}").format(path=path), 10000)

    def _backup_failed(self, err: KpaktError) -> bool:
        from kpakt_desktop.gui import msgbox

        msgbox.error(
            self.window,
            self.tr("Automatische Sicherung"),
            self.tr("Die automatische Sicherung ist fehlgeschlagen: {message}").format(message=str(err)),
        )
        return True

    def create_backup(self) -> None:
        """Datei → Sicherung erstellen…: a consistent copy to a file the user chooses."""
        from datetime import datetime

        from kpakt_desktop.gui import msgbox
        from kpakt_desktop.services.server_sicherung import snapshot_job
        from kpakt_desktop.services.sicherung import manual_backup_job

        opened = self.window.opened
        if opened is None or opened.store.nur_lesen:
            return
        name = f"{self._db_name().stem}-sicherung-{datetime.now():%Y-%m-%d-%H%M}.sqlite"
        target = msgbox.save_as(
            self.window, msgbox.Ablage.SICHERUNGEN, self.tr("Sicherung speichern unter"), name, msgbox.db_pattern()
        )
        if target is None:
            return
        path, store = opened.path, opened.store
        runner().run(
            self.tr("Sicherung erstellen"),
            # a file through SQLite's backup API; a server database as a consistent snapshot
            (lambda: manual_backup_job(path, target)) if path is not None else (lambda: snapshot_job(store, target)),
            parent=self.window,
            on_done=lambda _result: self._backup_done(str(target)),
            retry=False,
        )

    def restore_backup(self) -> None:
        """Datei → Sicherung wiederherstellen…: choose, confirm, back up the current state, replace, reopen."""
        from kpakt_desktop.gui import msgbox
        from kpakt_desktop.gui.opened import OpenedDatabase
        from kpakt_desktop.gui.sicherung.dialog import SicherungDialog, stand_text
        from kpakt_desktop.services.sicherung import restore

        opened, ctx = self.window.opened, self.window.ctx
        if opened is not None and ctx is not None and ctx.schreibschutz.nur_lesen:
            msgbox.info(self.window, self.tr("Sicherung wiederherstellen"), ctx.schreibschutz.grund(None) or "")
            return
        if opened is not None and opened.store.url is not None and ctx is not None:
            self._restore_on_server()
            return
        if opened is None or opened.path is None or ctx is None:
            return
        dialog = SicherungDialog(self.backup_folder(), opened.path, ctx.land.schluessel, self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        runner().wait()  # a start-up backup still running must not read a file being replaced
        opened = self.window.opened
        assert opened is not None and opened.path is not None  # checked above: restoring is for a file
        self.window.save_view_state()
        opened.store.close()  # the lock stays: no other instance may open the file meanwhile
        error: str | None = None
        try:
            result = restore(dialog.chosen.path, opened.path, self.backup_folder())
        except (KpaktError, OSError) as err:
            error = str(err)
        try:
            reopened = OpenedDatabase(opened.path, opened.lock)
        except KpaktError as err:
            self.window.opened = None
            msgbox.error(self.window, self.tr("Sicherung wiederherstellen"), str(err))
            self.window.close()
            return
        self.window.attach(reopened)
        self.window.database_changed.emit()
        if error is not None:
            msgbox.error(self.window, self.tr("Sicherung wiederherstellen"), error)
            return
        msgbox.info(
            self.window,
            self.tr("Sicherung wiederhergestellt"),
            self.tr(
                "Der Stand vom {stand} ist wiederhergestellt. Der Stand unmittelbar davor liegt in:\n{path}"
            ).format(stand=stand_text(result.restored), path=result.safety_copy),
        )

    def _restore_on_server(self) -> None:
        """A backup back onto the server (Koordination only, the server refuses the rest): the
        content is replaced in one transaction; this window reloads, its undo steps are dropped."""
        from kpakt_desktop.gui import msgbox
        from kpakt_desktop.gui.sicherung.dialog import SicherungDialog, stand_text
        from kpakt_desktop.services.server_sicherung import wiederherstellen

        opened, ctx = self.window.opened, self.window.ctx
        assert opened is not None and ctx is not None
        folder, land = self.backup_folder(), ctx.land.schluessel
        dialog = SicherungDialog(folder, self._db_name(), land, self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        backup, store = dialog.chosen.path, opened.store

        def done(result: object) -> None:
            ctx.undo_stack.clear()
            ctx.notify_changed()
            msgbox.info(
                self.window,
                self.tr("Sicherung wiederhergestellt"),
                self.tr(
                    "Der Stand vom {stand} ist wiederhergestellt. Der Stand unmittelbar davor liegt in:\n{path}"
                ).format(stand=stand_text(result.restored), path=result.safety_copy),  # type: ignore[attr-defined]
            )

        runner().run(
            self.tr("Sicherung wiederherstellen"),
            lambda: wiederherstellen(store, backup, folder, land),
            parent=self.window,
            on_done=done,
            retry=False,
        )
