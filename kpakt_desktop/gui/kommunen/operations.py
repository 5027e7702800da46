"""The changes of the Kommunen page as operations (see gui/operation.py): one field of a Kommune,
IT-Dienstleister of many Kommunen, Kontakte and IT-Dienstleister themselves. Undo and redo check
that the rows still hold what the change left behind."""

from __future__ import annotations

from typing import Any

from kpakt_desktop.gui.operation import Operation, deleted_record, saved_record, saved_version
from kpakt_desktop.services import it_dienstleister as itdl_service
from kpakt_desktop.services import kontakte as kontakt_service
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.it_dienstleister import Geloescht, ITDLDaten
from kpakt_desktop.services.kommunen import feld_tauschen, it_dienstleister_setzen
from kpakt_desktop.services.kontakte import KontaktDaten
from kpakt_desktop.services.rueckgaengig import Funktionen, Tausch, oder_none
from kpakt_desktop.store.database import Store

KONTAKT = Funktionen(
    oder_none(kontakt_service.kontakt_laden), kontakt_service.kontakt_speichern, kontakt_service.kontakt_loeschen
)


def _itdl_laden(store: Store, itdl_id: int) -> ITDLDaten | None:
    return next((z.daten for z in itdl_service.it_dienstleister_liste(store) if z.daten.id == itdl_id), None)


ITDL = Funktionen(_itdl_laden, itdl_service.it_dienstleister_speichern, itdl_service.it_dienstleister_loeschen)


def feld_aendern(text: str, kommune_id: int, feld: str, wert: Any) -> Operation[tuple[Any, Any]]:
    """State: (value to put back, value the field must hold now)."""

    def do(store: Store) -> tuple[Any, Any]:
        return feld_tauschen(store, kommune_id, feld, wert)

    def restore(store: Store, state: tuple[Any, Any]) -> tuple[Any, Any]:
        zurueck, jetzt = state
        _alt, gespeichert = feld_tauschen(store, kommune_id, feld, zurueck, erwartet=jetzt)
        return jetzt, gespeichert

    extra = (Entity.IT_DIENSTLEISTER,) if feld == "it_dienstleister_id" else ()
    return Operation(text, do, restore, ChangeSet.of(*extra, kommune=[kommune_id]))


Zuweisung = tuple[dict[int, int | None], dict[int, int | None]]


def itdl_zuweisen(text: str, kommune_ids: list[int], itdl_id: int | None) -> Operation[Zuweisung]:
    neu: dict[int, int | None] = dict.fromkeys(kommune_ids, itdl_id)

    def do(store: Store) -> Zuweisung:
        return it_dienstleister_setzen(store, neu), neu

    def restore(store: Store, state: Zuweisung) -> Zuweisung:
        zurueck, jetzt = state
        it_dienstleister_setzen(store, zurueck, erwartet=jetzt)
        return jetzt, zurueck

    return Operation(text, do, restore, ChangeSet.of(Entity.IT_DIENSTLEISTER, kommune=kommune_ids))


def kontakt_speichern(
    text: str, vorher: KontaktDaten | None, daten: KontaktDaten, benutzer: str
) -> Operation[Tausch[KontaktDaten]]:
    return saved_version(
        text,
        KONTAKT,
        vorher,
        daten,
        lambda store, d, gesehen: kontakt_service.kontakt_speichern(store, d, gesehen=gesehen, benutzer=benutzer),
        ChangeSet.of(Entity.KONTAKT),
    )


def kontakt_entfernen(text: str, daten: KontaktDaten) -> Operation[Tausch[KontaktDaten]]:
    assert daten.id is not None
    return deleted_record(text, KONTAKT, daten.id, ChangeSet.of(Entity.KONTAKT))


def itdl_speichern(text: str, vorher: ITDLDaten | None, daten: ITDLDaten) -> Operation[Tausch[ITDLDaten]]:
    changes = ChangeSet.of(Entity.IT_DIENSTLEISTER, Entity.KOMMUNE)
    return saved_record(
        text, ITDL, vorher, lambda store: itdl_service.it_dienstleister_speichern(store, daten), changes
    )


def itdl_entfernen(text: str, itdl_id: int) -> Operation[Geloescht | None]:
    """State: what was removed (undo restores it with its Kommunen), or None once it is back."""
    state_id = itdl_id

    def do(store: Store) -> Geloescht | None:
        return itdl_service.it_dienstleister_loeschen(store, state_id)

    def restore(store: Store, state: Geloescht | None) -> Geloescht | None:
        if state is not None:
            itdl_service.it_dienstleister_wiederherstellen(store, state)
            return None
        return itdl_service.it_dienstleister_loeschen(store, state_id)

    return Operation(text, do, restore, ChangeSet.of(Entity.IT_DIENSTLEISTER, Entity.KOMMUNE))
