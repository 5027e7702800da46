"""What every page needs: the open store and a signal when its data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kpakt_desktop.gui import settings
from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.services.mehrplatz import angemeldete_person
from kpakt_desktop.store.database import Store


class AppContext(QObject):
    """Holds the open Land database; pages listen to ``changed`` and reload through services.

    ``undo_stack`` is the one stack behind Bearbeiten → Rückgängig/Wiederholen: every edit a
    page makes is a QUndoCommand whose redo/undo call a service (one transaction each).
    """

    changed = Signal()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.land: LandInfo = read_land(store)
        self.undo_stack = QUndoStack(self)
        self._person = angemeldete_person(store)  # a server database knows who is logged in

    @property
    def benutzer(self) -> str:
        """The office user's name, recorded in every history entry: on a server database the person
        behind the login role, which no setting can change."""
        return self._person or settings.user_name()

    def notify_changed(self) -> None:
        self.land = read_land(self.store)
        self.changed.emit()
