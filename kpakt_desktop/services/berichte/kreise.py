"""Finding the Kreis (or kreisfreie Stadt) a report is for, by ARS or by name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune

_ARTEN = [*KREIS_ARTEN, *KREISFREIE_ARTEN]


@dataclass(frozen=True)
class KreisRef:
    id: int
    ars: str
    name: str
    kreisfrei: bool


def _ref(k: Kommune) -> KreisRef:
    return KreisRef(k.id, k.ars, k.name, k.art in KREISFREIE_ARTEN)


def alle_kreise(store: Store) -> list[KreisRef]:
    with store.read() as s:
        return [_ref(k) for k in s.scalars(select(Kommune).where(Kommune.art.in_(_ARTEN)).order_by(Kommune.name))]


def finde_kreis_in(s: Session, angabe: str) -> KreisRef:
    """A Kreis by its 12-digit ARS (or the 5-digit Kreis key) or by its name (case-insensitive)."""
    text = angabe.strip()
    query = select(Kommune).where(Kommune.art.in_(_ARTEN))
    if text.isdigit():
        treffer = list(s.scalars(query.where(or_(Kommune.ars == text, Kommune.ars == text.ljust(12, "0")))))
    else:
        folded = text.casefold()
        kandidaten = list(s.scalars(query))
        treffer = [k for k in kandidaten if k.name.casefold() == folded]
        if not treffer:
            treffer = [k for k in kandidaten if folded and folded in k.name.casefold()]
    if len(treffer) == 1:
        return _ref(treffer[0])
    if not treffer:
        raise InputError(
            f"Einen Kreis oder eine kreisfreie Stadt „{text}“ gibt es in dieser Landesdatenbank nicht "
            "(erwartet: ARS mit 12 Ziffern oder der Name)."
        )
    namen = ", ".join(f"{k.name} ({k.ars})" for k in treffer[:6])
    raise InputError(f"„{text}“ ist nicht eindeutig: {namen}. Bitte den ARS angeben.")


def finde_kreis(store: Store, angabe: str) -> KreisRef:
    with store.read() as s:
        return finde_kreis_in(s, angabe)
