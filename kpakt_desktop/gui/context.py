"""What every page needs: the open store and a signal when its data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.store.database import Store


class AppContext(QObject):
    """Holds the open Land database; pages listen to ``changed`` and reload through services."""

    changed = Signal()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.land: LandInfo = read_land(store)

    def notify_changed(self) -> None:
        self.land = read_land(self.store)
        self.changed.emit()
