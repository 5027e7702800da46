"""Shared pieces of the team, Hürden and Termine services: link tables, people, names and Kreise.

Taskforces, Hürden and Termine all link to Kommunen and Leistungen through plain two-column
tables and name people as Kontakte; the checks and the replace-all writes live here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN, KommuneZustand
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.services.kontakte import KontaktDaten, pruefen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Kontakt, Leistung

CHUNK = 500  # SQLite's limit on bound parameters


@dataclass(frozen=True)
class Person:
    """A team member as the forms show it: an existing Kontakt (``kontakt_id``) or a new one."""

    kontakt_id: int | None
    name: str
    organisation: str = ""
    email: str = ""
    telefon: str = ""

    @property
    def text(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class KommuneWahl:
    id: int
    name: str
    ars: str
    kreis_id: int | None

    @property
    def text(self) -> str:
        return f"{self.name} ({self.ars})"


def text(value: str | None, feld: str, *, pflicht: bool = False, laenge: int | None = None) -> str | None:
    """Trimmed text; None when empty. German messages name the field."""
    cleaned = (value or "").strip()
    if pflicht and not cleaned:
        raise InputError(meldung("{feld}: Bitte ausfüllen.", feld=feld))
    if laenge is not None and len(cleaned) > laenge:
        raise InputError(meldung("{feld}: höchstens {n} Zeichen (sind {ist}).", feld=feld, n=laenge, ist=len(cleaned)))
    return cleaned or None


def zeitraum(beginn: date | None, ende: date | None, feld: str = meldung("Ende")) -> None:
    if beginn is not None and ende is not None and ende < beginn:
        raise InputError(meldung("{feld}: liegt vor dem Beginn ({beginn:%d.%m.%Y}).", feld=feld, beginn=beginn))


def kommunen_pruefen(s: Session, ids: Iterable[int], feld: str) -> list[int]:
    wanted = sorted(set(ids))
    found: set[int] = set()
    for i in range(0, len(wanted), CHUNK):
        found |= set(s.scalars(select(Kommune.id).where(Kommune.id.in_(wanted[i : i + CHUNK]))))
    missing = [k for k in wanted if k not in found]
    if missing:
        raise InputError(meldung("{feld}: {n} gewählte Kommune(n) gibt es nicht (mehr).", feld=feld, n=len(missing)))
    return wanted


def leistungen_pruefen(s: Session, nrs: Iterable[int], feld: str = meldung("Leistungen")) -> list[int]:
    wanted = sorted(set(nrs))
    found = set(s.scalars(select(Leistung.nr)))
    missing = [n for n in wanted if n not in found]
    if missing:
        nummern = ", ".join(map(str, missing))
        raise InputError(meldung("{feld}: Leistung Nr. {nummern} gibt es nicht.", feld=feld, nummern=nummern))
    return wanted


def links_setzen(s: Session, table: Table, left: str, left_id: int, right: str, ids: Sequence[int]) -> None:
    """Replace all rows of ``left_id`` in a link table by ``ids``."""
    s.execute(delete(table).where(table.c[left] == left_id))
    if ids:
        s.execute(insert(table), [{left: left_id, right: i} for i in ids])


def links_lesen(
    s: Session, table: Table, left: str, right: str, left_ids: Iterable[int] | None = None
) -> dict[int, list[int]]:
    query = select(table.c[left], table.c[right])
    if left_ids is not None:
        query = query.where(table.c[left].in_(list(left_ids)))
    out: dict[int, list[int]] = {}
    for a, b in s.execute(query):
        out.setdefault(a, []).append(b)
    return out


def person_pruefen(p: Person, feld: str) -> Person:
    """A new person is checked like a Kontakt; an existing one only needs its id."""
    if p.kontakt_id is not None:
        return p
    try:
        d = pruefen(KontaktDaten(None, None, p.name, KontaktFunktion.SONSTIGE, p.organisation, p.email, p.telefon))
    except InputError as err:
        raise InputError(meldung("{feld}: {fehler}", feld=feld, fehler=str(err))) from None
    return Person(None, d.name, d.organisation, d.email, d.telefon)


def kontakt_fuer(s: Session, p: Person, funktion: KontaktFunktion, feld: str) -> int:
    """The Kontakt id of a person: the existing one, or a new Kontakt (with this function)."""
    if p.kontakt_id is not None:
        if s.get(Kontakt, p.kontakt_id) is None:
            raise InputError(meldung("{feld}: Den Kontakt „{name}“ gibt es nicht (mehr).", feld=feld, name=p.name))
        return p.kontakt_id
    p = person_pruefen(p, feld)
    row = Kontakt(
        name=p.name,
        funktion=funktion,
        organisation=p.organisation or None,
        email=p.email or None,
        telefon=p.telefon or None,
    )
    s.add(row)
    s.flush()
    return row.id


def person_von(k: Kontakt) -> Person:
    return Person(k.id, k.name, k.organisation or "", k.email or "", k.telefon or "")


def personen(s: Session, ids: Iterable[int]) -> dict[int, Person]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {k.id: person_von(k) for k in s.scalars(select(Kontakt).where(Kontakt.id.in_(wanted)))}


def alle_kontakte(s: Session) -> list[Person]:
    """Every Kontakt for the member pickers, by name."""
    return [person_von(k) for k in s.scalars(select(Kontakt).order_by(Kontakt.name, Kontakt.organisation))]


def kreis_gruppe(art: object, kommune_id: int, kreis_id: int | None) -> int | None:
    """The Kreis a Kommune belongs to for grouping: a Kreis or kreisfreie Stadt is its own."""
    if art in KREIS_ARTEN or art in KREISFREIE_ARTEN:
        return kommune_id
    return kreis_id


def kommunen_info(s: Session, ids: Iterable[int] | None = None) -> dict[int, KommuneWahl]:
    """Name, ARS and Kreis of these Kommunen (or all active ones)."""
    query = select(Kommune.id, Kommune.name, Kommune.ars, Kommune.art, Kommune.kreis_id)
    out: dict[int, KommuneWahl] = {}
    if ids is None:
        rows = list(s.execute(query))
    else:
        wanted = list(set(ids))
        rows = []
        for i in range(0, len(wanted), CHUNK):
            rows.extend(s.execute(query.where(Kommune.id.in_(wanted[i : i + CHUNK]))))
    for r in rows:
        out[r.id] = KommuneWahl(r.id, r.name, r.ars, kreis_gruppe(r.art, r.id, r.kreis_id))
    return out


def leistung_namen(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Leistung.nr, Leistung.name)).all())


def namen_liste(names: Iterable[str], limit: int = 3) -> str:
    """'A, B, C und 4 weitere' for table cells."""
    items = list(names)
    if len(items) <= limit:
        return ", ".join(items)
    return f"{', '.join(items[:limit])} und {len(items) - limit} weitere"


@dataclass(frozen=True)
class Wahlen:
    """Everything an editor offers to pick: Kommunen, Kreise, Leistungen and Kontakte."""

    kommunen: list[KommuneWahl]  # First Movers first, then by name
    kreise: list[KommuneWahl]
    leistungen: list[tuple[int, str]]
    kontakte: list[Person]
    first_mover: frozenset[int]


def wahlen(store: Store) -> Wahlen:
    with store.read() as s:
        rows = list(
            s.execute(
                select(Kommune.id, Kommune.name, Kommune.ars, Kommune.art, Kommune.kreis_id, Kommune.first_mover)
                .where(Kommune.zustand == KommuneZustand.AKTIV)
                .order_by(Kommune.name, Kommune.ars)
            )
        )
        leistungen = [
            (int(nr), str(name)) for nr, name in s.execute(select(Leistung.nr, Leistung.name).order_by(Leistung.nr))
        ]
        kontakte = alle_kontakte(s)
    kommunen = [KommuneWahl(r.id, r.name, r.ars, kreis_gruppe(r.art, r.id, r.kreis_id)) for r in rows]
    fm = frozenset(r.id for r in rows if r.first_mover)
    kreise = [k for k, r in zip(kommunen, rows, strict=True) if r.art in KREIS_ARTEN or r.art in KREISFREIE_ARTEN]
    kommunen.sort(key=lambda k: k.id not in fm)
    return Wahlen(kommunen, kreise, leistungen, kontakte, fm)


def leistungen_liste(store: Store) -> list[tuple[int, str]]:
    """(Nr, Name) of the 16 Leistungen, for filters."""
    with store.read() as s:
        return [
            (int(nr), str(name)) for nr, name in s.execute(select(Leistung.nr, Leistung.name).order_by(Leistung.nr))
        ]
