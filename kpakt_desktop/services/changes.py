"""What a change touched: the entities and, where known, their ids (a *change set*).

Every write the GUI makes announces one, and each page refreshes only what it shows of it. A
change set is plain data, so a server notification can produce the same value as an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    LAND = "land"  # office, coordinator, register Stichtage
    KOMMUNE = "kommune"
    KONTAKT = "kontakt"
    IT_DIENSTLEISTER = "it_dienstleister"
    LEISTUNG = "leistung"
    VOLLZUG = "vollzug"  # Vollzugsebene, exceptions, Gemeindeverband rules
    NACHNUTZUNG = "nachnutzung"
    TASKFORCE = "taskforce"
    ROLLOUTTEAM = "rolloutteam"
    LANDESTEAM = "landesteam"
    HUERDE = "huerde"
    TERMIN = "termin"
    AUFGABE = "aufgabe"


@dataclass(frozen=True)
class ChangeSet:
    """``ids`` holds the changed ids of an entity when they are known; an entity in ``entities``
    without ids means "any row of it may have changed"."""

    entities: frozenset[Entity]
    ids: Mapping[Entity, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, *entities: Entity, **ids: Iterable[int]) -> ChangeSet:
        """``ChangeSet.of(Entity.KONTAKT, kommune=[12])``: Kontakte changed, and Kommune 12."""
        by_entity = {Entity(name): frozenset(values) for name, values in ids.items()}
        return cls(frozenset(entities) | frozenset(by_entity), by_entity)

    @classmethod
    def everything(cls) -> ChangeSet:
        """After an import, a restore or a register update: every page reloads."""
        return cls(frozenset(Entity))

    def touches(self, *entities: Entity) -> bool:
        return not self.entities.isdisjoint(entities)

    def ids_of(self, entity: Entity) -> frozenset[int] | None:
        """The changed ids of ``entity``; None when not known (then any row may have changed)."""
        if entity not in self.entities:
            return frozenset()
        return self.ids.get(entity)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        ids: dict[Entity, frozenset[int]] = {}
        for entity in self.entities | other.entities:
            mine, theirs = self.ids_of(entity), other.ids_of(entity)
            if mine is not None and theirs is not None:
                ids[entity] = mine | theirs
        return ChangeSet(self.entities | other.entities, ids)


# Tables of the Land database and the entity a change of their rows is.
_TABELLEN: dict[str, Entity] = {
    "land": Entity.LAND,
    "kommune": Entity.KOMMUNE,
    "kontakt": Entity.KONTAKT,
    "it_dienstleister": Entity.IT_DIENSTLEISTER,
    "leistung": Entity.LEISTUNG,
    "vollzug": Entity.VOLLZUG,
    "vollzug_ausnahme": Entity.VOLLZUG,
    "verband_regel": Entity.VOLLZUG,
    "nachnutzung": Entity.NACHNUTZUNG,
    "nachnutzung_stufe": Entity.NACHNUTZUNG,
    "nachnutzung_historie": Entity.NACHNUTZUNG,
    "taskforce": Entity.TASKFORCE,
    "rolloutteam": Entity.ROLLOUTTEAM,
    "landesteam": Entity.LANDESTEAM,
    "huerde": Entity.HUERDE,
    "termin": Entity.TERMIN,
    "aufgabe": Entity.AUFGABE,
}
_MIT_IDS = {"kommune": Entity.KOMMUNE, "nachnutzung": Entity.NACHNUTZUNG}


def aus_tabellen(geaendert: Iterable[tuple[str, Iterable[str]]]) -> ChangeSet:
    """The change set of rows someone else changed on a server (table name, ids as text)."""
    result = ChangeSet(frozenset())
    for tabelle, ids in geaendert:
        entity = _TABELLEN.get(tabelle) or next((e for t, e in _TABELLEN.items() if tabelle.startswith(t)), None)
        if entity is None:
            return ChangeSet.everything()  # a table this list does not know: reload everything
        if tabelle in _MIT_IDS and all(i.isdigit() for i in ids):
            result = result | ChangeSet(frozenset({entity}), {entity: frozenset(int(i) for i in ids)})
        else:
            result = result | ChangeSet(frozenset({entity}))
    return result
