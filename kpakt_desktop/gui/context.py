"""What every page needs: the open store, the one way to change it, and a signal of what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kpakt_desktop.gui import settings
from kpakt_desktop.gui.operation import Operation, push
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.services.mehrplatz import angemeldete_person, rechte
from kpakt_desktop.store.database import Store


class AppContext(QObject):
    """Holds the open Land database; pages listen to ``changed`` (a ``ChangeSet``) and reload
    what it touched through services.

    ``undo_stack`` is the one stack behind Bearbeiten → Rückgängig/Wiederholen; ``run`` puts
    every change on it (see gui/operation.py).
    """

    changed = Signal(object)  # ChangeSet

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.land: LandInfo = read_land(store)
        self.undo_stack = QUndoStack(self)
        self._person = angemeldete_person(store)  # a server database knows who is logged in
        # What this user may change (the server's role, or an offline copy): read-only display.
        from kpakt_desktop.gui.schreibschutz import Schreibschutz

        self.schreibschutz = Schreibschutz(rechte(store), self)

    @property
    def benutzer(self) -> str:
        """The office user's name, recorded in every history entry: on a server database the person
        behind the login role, which no setting can change."""
        return self._person or settings.user_name()

    def run(self, op: Operation[Any]) -> None:
        """Write ``op`` in the worker as one undo step; pages hear of it through ``changed``."""
        if self.schreibschutz.nur_lesen:  # a control no page registered: say why instead of failing
            from kpakt_desktop.gui import msgbox

            msgbox.info(None, op.text, self.schreibschutz.grund(None) or "")
            return
        push(self.undo_stack, self.store, op, self.notify_changed)

    def notify_changed(self, changes: ChangeSet | None = None) -> None:
        """Announce a change (everything, when not said: an import, a restore)."""
        changes = changes if changes is not None else ChangeSet.everything()
        if changes.touches(Entity.LAND):
            self.land = read_land(self.store)
        self.changed.emit(changes)
