"""An open Land database in the GUI: the store plus the single-instance lock beside the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile

from kpakt_desktop.domain.errors import DatabaseRefused

if TYPE_CHECKING:
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
    """The store plus the lock that keeps a second instance away from it."""

    def __init__(self, path: Path, lock: QLockFile | None = None) -> None:
        from kpakt_desktop.gui import settings
        from kpakt_desktop.store.database import open_store  # the data layer loads after the window shows

        self.path = path
        self.lock = lock or acquire_lock(path)
        try:
            self.store: Store = open_store(path, backups=settings.locations().backups)
        except BaseException:
            self.lock.unlock()
            raise

    def close(self) -> None:
        self.store.close()
        self.lock.unlock()
