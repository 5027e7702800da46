"""Undo and redo of a saved or deleted record, refused when someone changed it in between.

A change is kept as a ``Tausch``: the state before (``alt``) and after it (``neu``), each a record
as its service loads it, or None where it did not exist. Undo puts ``alt`` back, redo ``neu`` —
both through ``tauschen``, which first checks that the row still is what the change left behind
(another window, the CLI, a colleague), so an undo never overwrites work it does not know of.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.store.database import Store


class HatId(Protocol):
    @property
    def id(self) -> int | None: ...


D = TypeVar("D", bound=HatId)


@dataclass(frozen=True)
class Tausch(Generic[D]):
    alt: D | None
    neu: D | None

    @property
    def id(self) -> int:
        record = self.neu if self.neu is not None else self.alt
        assert record is not None and record.id is not None
        return record.id


@dataclass(frozen=True)
class Funktionen(Generic[D]):
    laden: Callable[[Store, int], D | None]
    speichern: Callable[[Store, D], Any]  # must restore a deleted record under its id
    loeschen: Callable[[Store, int], Any]


VERAENDERT = (
    "„{was}“ kann nicht zurückgenommen oder wiederholt werden: der Eintrag wurde inzwischen geändert "
    "(in einem anderen Fenster, über die Kommandozeile oder von jemand anderem). Es wurde nichts geändert."
)


def tauschen(store: Store, art: Funktionen[D], tausch: Tausch[D], was: str) -> Tausch[D]:
    """Put ``tausch.alt`` back in place of ``tausch.neu``; returns the reverse exchange."""
    jetzt = art.laden(store, tausch.id)
    if jetzt != tausch.neu:
        raise InputError(VERAENDERT.format(was=was))
    if tausch.alt is None:
        art.loeschen(store, tausch.id)
    else:
        art.speichern(store, tausch.alt)
    return Tausch(tausch.neu, art.laden(store, tausch.id))


def oder_none(laden: Callable[[Store, int], D]) -> Callable[[Store, int], D | None]:
    """A service's ``…_laden`` that raises for a missing row, as a loader that returns None."""

    def laden_oder_none(store: Store, record_id: int) -> D | None:
        try:
            return laden(store, record_id)
        except InputError:
            return None

    return laden_oder_none
