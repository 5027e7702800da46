"""The kommunale IT-Dienstleister: their contact and which Kommunen they serve."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select, update

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.kommunen import KommuneZustand
from kpakt_desktop.services.kontakte import EMAIL_MUSTER, TELEFON_MUSTER
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import ITDienstleister, Kommune, Kontakt, Nachnutzung


@dataclass(frozen=True)
class ITDLDaten:
    id: int | None
    name: str
    ansprechpartner: str = ""
    email: str = ""
    telefon: str = ""
    webseite: str = ""
    notiz: str = ""


@dataclass(frozen=True)
class ITDLZeile:
    daten: ITDLDaten
    kommunen: int  # active Kommunen it serves
    einwohner: int


@dataclass(frozen=True)
class Geloescht:
    """A removed IT-Dienstleister and the Kommunen that had it, for an undo."""

    daten: ITDLDaten
    kommune_ids: list[int]


def _daten(r: ITDienstleister) -> ITDLDaten:
    return ITDLDaten(
        r.id, r.name, r.ansprechpartner or "", r.email or "", r.telefon or "", r.webseite or "", r.notiz or ""
    )


def it_dienstleister_liste(store: Store) -> list[ITDLZeile]:
    with store.read() as s:
        served = {
            i: (n, e or 0)
            for i, n, e in s.execute(
                select(Kommune.it_dienstleister_id, func.count(), func.sum(Kommune.einwohner))
                .where(Kommune.zustand == KommuneZustand.AKTIV, Kommune.it_dienstleister_id.is_not(None))
                .group_by(Kommune.it_dienstleister_id)
            )
        }
        return [
            ITDLZeile(_daten(r), *served.get(r.id, (0, 0)))
            for r in s.scalars(select(ITDienstleister).order_by(ITDienstleister.name))
        ]


def kommunen_von(store: Store, itdl_id: int) -> list[tuple[int, str, str]]:
    """(id, name, ARS) of the active Kommunen this IT-Dienstleister serves."""
    with store.read() as s:
        return [
            (r.id, r.name, r.ars)
            for r in s.execute(
                select(Kommune.id, Kommune.name, Kommune.ars)
                .where(Kommune.it_dienstleister_id == itdl_id, Kommune.zustand == KommuneZustand.AKTIV)
                .order_by(Kommune.name, Kommune.ars)  # equal names (two Bubenheim): a fixed order on every database
            )
        ]


def pruefen(d: ITDLDaten) -> ITDLDaten:
    d = replace(d, **{f: getattr(d, f).strip() for f in ("name", "ansprechpartner", "email", "telefon", "webseite")})
    if not d.name:
        raise InputError(meldung("Name: Bitte den Namen des IT-Dienstleisters angeben."))
    if len(d.name) > 200 or len(d.ansprechpartner) > 200:
        raise InputError(meldung("Name/Ansprechpartner: höchstens 200 Zeichen."))
    if d.email and not EMAIL_MUSTER.match(d.email):
        raise InputError(meldung("E-Mail: „{email}“ ist keine gültige E-Mail-Adresse.", email=d.email))
    if d.telefon and not TELEFON_MUSTER.match(d.telefon):
        raise InputError(
            meldung(
                "Telefon: „{telefon}“ enthält Zeichen, die in einer Telefonnummer nicht vorkommen.", telefon=d.telefon
            )
        )
    return d


def it_dienstleister_speichern(store: Store, daten: ITDLDaten) -> int:
    d = pruefen(daten)
    with store.write() as s:
        clash = s.scalar(
            select(ITDienstleister.id).where(
                func.lower(ITDienstleister.name) == d.name.lower(), ITDienstleister.id != (d.id or -1)
            )
        )
        if clash is not None:
            raise InputError(meldung("Name: Einen IT-Dienstleister „{name}“ gibt es schon.", name=d.name))
        row = s.get(ITDienstleister, d.id) if d.id is not None else None
        if row is None:
            row = ITDienstleister(id=d.id)
            s.add(row)
        row.name = d.name
        row.ansprechpartner = d.ansprechpartner or None
        row.email = d.email or None
        row.telefon = d.telefon or None
        row.webseite = d.webseite or None
        row.notiz = d.notiz.strip() or None
        s.flush()
        return row.id


def it_dienstleister_loeschen(store: Store, itdl_id: int) -> Geloescht:
    """Remove one that only Kommunen refer to (they lose it); Nachnutzungen or Kontakte keep it in use."""
    with store.write() as s:
        row = s.get(ITDienstleister, itdl_id)
        if row is None:
            raise InputError(meldung("Diesen IT-Dienstleister gibt es nicht (mehr)."))
        for model, what in ((Nachnutzung, meldung("Nachnutzungen")), (Kontakt, meldung("Kontakten"))):
            n = s.scalar(select(func.count()).select_from(model).where(model.it_dienstleister_id == itdl_id)) or 0
            if n:
                raise InputError(
                    meldung(
                        "{name} ist noch in {n} {was} eingetragen und kann deshalb nicht entfernt werden.",
                        name=row.name,
                        n=n,
                        was=what,
                    )
                )
        ids = list(s.scalars(select(Kommune.id).where(Kommune.it_dienstleister_id == itdl_id)))
        s.execute(update(Kommune).where(Kommune.id.in_(ids)).values(it_dienstleister_id=None))
        daten = _daten(row)
        s.delete(row)
        return Geloescht(daten, ids)


def it_dienstleister_wiederherstellen(store: Store, geloescht: Geloescht) -> None:
    """Undo of a removal: same id, same Kommunen."""
    it_dienstleister_speichern(store, geloescht.daten)
    with store.write() as s:
        s.execute(
            update(Kommune).where(Kommune.id.in_(geloescht.kommune_ids)).values(it_dienstleister_id=geloescht.daten.id)
        )
