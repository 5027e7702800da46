"""How the Taskforces page's records are loaded, saved and deleted for undo and redo, and what a change touches."""

from __future__ import annotations

from kpakt_desktop.services import landesteams as lt_service
from kpakt_desktop.services import rolloutteams as rt_service
from kpakt_desktop.services import taskforces as tf_service
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.landesteams import LandesteamDaten
from kpakt_desktop.services.rueckgaengig import Funktionen, oder_none
from kpakt_desktop.store.database import Store


def _landesteam_laden(store: Store, team_id: int) -> LandesteamDaten | None:
    return next((t for t in lt_service.landesteams(store) if t.id == team_id), None)


TASKFORCE = Funktionen(
    oder_none(tf_service.taskforce_laden),
    lambda store, d: tf_service.taskforce_speichern(store, d, wiederherstellen=True),
    tf_service.taskforce_loeschen,
)
ROLLOUTTEAM = Funktionen(
    oder_none(rt_service.rolloutteam_laden),
    lambda store, d: rt_service.rolloutteam_speichern(store, d, wiederherstellen=True),
    rt_service.rolloutteam_loeschen,
)
LANDESTEAM = Funktionen(
    _landesteam_laden,
    lambda store, d: lt_service.landesteam_speichern(store, d, wiederherstellen=True),
    lt_service.landesteam_loeschen,
)
TEAMS = ChangeSet.of(Entity.TASKFORCE, Entity.ROLLOUTTEAM, Entity.LANDESTEAM, Entity.KONTAKT)
