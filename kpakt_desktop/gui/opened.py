"""An open Land database in the GUI: the store plus the single-instance lock beside the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile

from kpakt_desktop.domain.errors import DatabaseRefused

if TYPE_CHECKING:
    from kpakt_desktop.gui.server_changes import ServerChanges
    from kpakt_desktop.services.offline_kopie import OfflineKopie
    from kpakt_desktop.store.database import Store


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def acquire_lock(path: Path) -> QLockFile:
    """Refuses a database another Kommunalpakt Desktop already has open; recovers a stale lock.

    QLockFile records PID and host; a lock whose process is gone (after a crash) is stale and
    taken over.
    """
    lock = QLockFile(str(lock_path(path)))
    lock.setStaleLockTime(0)  # never by age: only a dead owner makes a lock stale
    if lock.tryLock(0):
        return lock
    info = lock.getLockInfo()  # PySide6: (pid, host, app), or False if unreadable
    who = "?"
    if isinstance(info, tuple):
        who = QCoreApplication.translate("OpenedDatabase", "Prozess {pid} auf {host}").format(pid=info[0], host=info[1])
    raise DatabaseRefused(
        QCoreApplication.translate(
            "OpenedDatabase",
            "Die Datenbank {path} ist bereits in Kommunalpakt Desktop geöffnet ({who}). "
            "Bitte dort weiterarbeiten oder das andere Fenster schließen.",
        ).format(path=path, who=who)
    )


class OpenedDatabase:
    """The store plus the lock that keeps a second instance away from a file. A server database
    (``target`` a URL) needs no lock: the server keeps several users apart; ``path`` is then None.
    The offline copy of a server database (an ``OfflineKopie``) opens read-only; ``path`` is None too,
    so it is neither remembered as the last database nor backed up."""

    def __init__(self, target: Path | str | OfflineKopie, lock: QLockFile | None = None) -> None:
        from kpakt_desktop.gui import settings
        from kpakt_desktop.services.offline_kopie import OfflineKopie, kopie_oeffnen
        from kpakt_desktop.store.database import open_store  # the data layer loads after the window shows

        kopie = target if isinstance(target, OfflineKopie) else None
        self.path: Path | None = target if isinstance(target, Path) else None
        lock_on = kopie.path if kopie is not None else self.path
        self.lock = lock if lock is not None or lock_on is None else acquire_lock(lock_on)
        try:
            if kopie is not None:
                self.store: Store = kopie_oeffnen(kopie)
            else:
                self.store = open_store(target, backups=settings.locations().backups)  # type: ignore[arg-type]
        except BaseException:
            if self.lock is not None:
                self.lock.unlock()
            raise
        self.changes: ServerChanges | None = None
        if self.store.url is not None:  # other users' changes arrive as they happen
            from kpakt_desktop.gui.server_changes import ServerChanges

            self.changes = ServerChanges(self.store.url)

    @property
    def label(self) -> str:
        """The file, or the server URL without password (status bar, messages)."""
        return self.store.location

    @property
    def short_name(self) -> str:
        """The file name, or the database name on the server (window title)."""
        return self.store.short_name

    def close(self) -> None:
        if self.changes is not None:
            self.changes.stop()
        self.store.close()
        if self.lock is not None:
            self.lock.unlock()
