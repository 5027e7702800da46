"""The changes of the Hürden page as operations: save, delete (with its Verlauf) and status steps."""

from __future__ import annotations

from typing import Any

from kpakt_desktop.domain.huerden import HuerdeStatus
from kpakt_desktop.gui.operation import Operation, saved_version
from kpakt_desktop.services import huerden as service
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.huerden import HuerdeArchiv, HuerdeDaten, StatusSchritt
from kpakt_desktop.services.rueckgaengig import Funktionen, Tausch, oder_none
from kpakt_desktop.store.database import Store


def _art(benutzer: str) -> Funktionen[HuerdeDaten]:
    return Funktionen(
        oder_none(service.huerde_laden),
        lambda store, d: service.huerde_speichern(store, d, benutzer=benutzer, wiederherstellen=True),
        service.huerde_loeschen,
    )


def speichern(
    text: str, vorher: HuerdeDaten | None, daten: HuerdeDaten, benutzer: str
) -> Operation[Tausch[HuerdeDaten]]:
    return saved_version(
        text,
        _art(benutzer),
        vorher,
        daten,
        lambda store, d, gesehen: service.huerde_speichern(store, d, benutzer=benutzer, gesehen=gesehen),
        ChangeSet.of(Entity.HUERDE),
    )


def loeschen(text: str, huerde_id: int) -> Operation[HuerdeArchiv | None]:
    """State: the removed Hürde with its Verlauf, or None while it is back."""

    def do(store: Store) -> HuerdeArchiv | None:
        return service.huerde_loeschen(store, huerde_id)

    def restore(store: Store, state: HuerdeArchiv | None) -> HuerdeArchiv | None:
        if state is not None:
            service.huerde_zurueckholen(store, state)
            return None
        return service.huerde_loeschen(store, huerde_id)

    return Operation(text, do, restore, ChangeSet.of(Entity.HUERDE))


def status(text: str, huerde_id: int, neu: HuerdeStatus, **kwargs: Any) -> Operation[StatusSchritt | None]:
    """State: the step as written (undo takes it back), or None once taken back (redo writes it again)."""

    def do(store: Store) -> StatusSchritt | None:
        return service.status_schritt(store, huerde_id, neu, **kwargs)

    def restore(store: Store, state: StatusSchritt | None) -> StatusSchritt | None:
        if state is not None:
            service.status_zuruecknehmen(store, state)
            return None
        return do(store)

    return Operation(text, do, restore, ChangeSet.of(Entity.HUERDE))
