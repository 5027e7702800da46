"""Termine (BDV, Vor-Ort-Termin, Schulung, …) with Kommunen, Leistungen, Protokoll and follow-up Aufgaben."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.konflikt import gespeichert, stand_pruefen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Aufgabe, Termin, termin_kommune, termin_leistung


@dataclass(frozen=True)
class AufgabeDaten:
    id: int | None
    was: str
    wer: str = ""
    faellig: date | None = None
    erledigt_am: date | None = None


@dataclass(frozen=True)
class TerminDaten:
    id: int | None
    art: TerminArt
    titel: str
    beginn: datetime  # local time (Europe/Berlin), stored naive
    ende: datetime | None = None
    ort: str = ""
    teilnehmende: str = ""
    ergebnis: str = ""  # outcome / Protokoll
    kommune_ids: tuple[int, ...] = ()
    leistung_nrs: tuple[int, ...] = ()
    aufgaben: tuple[AufgabeDaten, ...] = ()
    version: int | None = field(default=None, compare=False)  # as read; None for a new Termin


FELDER = {
    "art": "Art",
    "titel": "Titel",
    "beginn": "Beginn",
    "ende": "Ende",
    "ort": "Ort",
    "teilnehmende": "Teilnehmende",
    "ergebnis": "Ergebnis",
    "kommune_ids": "Kommunen",
    "leistung_nrs": "Leistungen",
    "aufgaben": "Aufgaben",
}


@dataclass(frozen=True)
class TerminZeile:
    id: int
    art: TerminArt
    titel: str
    beginn: datetime
    ende: datetime | None
    ort: str
    kommunen: str
    leistungen: str
    kreis_ids: frozenset[int]
    aufgaben_offen: int
    protokoll: bool


@dataclass(frozen=True)
class AufgabeZeile:
    id: int
    termin_id: int | None
    termin: str
    was: str
    wer: str
    faellig: date | None
    erledigt_am: date | None
    tage_ueberfaellig: int  # 0 when not overdue


def _pruefen(d: TerminDaten) -> TerminDaten:
    titel = vk.text(d.titel, meldung("Titel"), pflicht=True, laenge=300) or ""
    ort = vk.text(d.ort, meldung("Ort"), laenge=300) or ""
    if d.ende is not None and d.ende < d.beginn:
        raise InputError(meldung("Ende: liegt vor dem Beginn ({beginn:%d.%m.%Y %H:%M}).", beginn=d.beginn))
    aufgaben = []
    for i, a in enumerate(d.aufgaben, 1):
        was = vk.text(a.was, meldung("Aufgabe {i}, Was", i=i), pflicht=True) or ""
        wer = vk.text(a.wer, meldung("Aufgabe {i}, Wer", i=i), laenge=200) or ""
        aufgaben.append(AufgabeDaten(a.id, was, wer, a.faellig, a.erledigt_am))
    return TerminDaten(
        d.id, d.art, titel, d.beginn, d.ende, ort, (d.teilnehmende or "").strip(), (d.ergebnis or "").strip(),
        d.kommune_ids, d.leistung_nrs, tuple(aufgaben),
    )  # fmt: skip


def termin_speichern(
    store: Store,
    daten: TerminDaten,
    *,
    wiederherstellen: bool = False,
    gesehen: TerminDaten | None = None,
    benutzer: str | None = None,
) -> int:
    """Insert or update a Termin with its links and Aufgaben (one transaction); returns the id.

    ``gesehen``: the Termin as the user saw it; changed by someone else since, it is refused with a
    ``Konflikt`` (see services/konflikt.py)."""
    d = _pruefen(daten)
    with store.write() as s:
        kommunen = vk.kommunen_pruefen(s, d.kommune_ids, meldung("Kommunen"))
        nrs = vk.leistungen_pruefen(s, d.leistung_nrs)
        row = s.get(Termin, d.id, with_for_update=gesehen is not None) if d.id is not None else None
        if gesehen is not None:
            was = f"Der Termin „{gesehen.titel}“"
            stand_pruefen(row, gesehen, lambda: _daten(s, row), d, FELDER, was)  # type: ignore[arg-type]
        if d.id is not None and row is None and not wiederherstellen:
            raise InputError(meldung("Diesen Termin gibt es nicht (mehr)."))
        if row is None:
            row = Termin(id=d.id)
            s.add(row)
        row.art = d.art
        row.titel = d.titel
        row.beginn = d.beginn
        row.ende = d.ende
        row.ort = d.ort or None
        row.teilnehmende = d.teilnehmende or None
        row.ergebnis = d.ergebnis or None
        gespeichert(row, benutzer)
        s.flush()
        vk.links_setzen(s, termin_kommune, "termin_id", row.id, "kommune_id", kommunen)
        vk.links_setzen(s, termin_leistung, "termin_id", row.id, "leistung_nr", nrs)
        behalten = {a.id for a in d.aufgaben if a.id is not None}
        alte = {a.id: a for a in s.scalars(select(Aufgabe).where(Aufgabe.termin_id == row.id))}
        for aid in set(alte) - behalten:
            s.delete(alte[aid])
        for a in d.aufgaben:
            aufgabe = alte.get(a.id) if a.id is not None else None
            if aufgabe is None:
                aufgabe = Aufgabe(termin_id=row.id)
                s.add(aufgabe)
            aufgabe.was = a.was
            aufgabe.wer = a.wer or None
            aufgabe.faellig = a.faellig
            aufgabe.erledigt_am = a.erledigt_am
        s.flush()
        return row.id


def termin_loeschen(store: Store, termin_id: int) -> None:
    with store.write() as s:
        row = s.get(Termin, termin_id)
        if row is None:
            raise InputError(meldung("Diesen Termin gibt es nicht (mehr)."))
        s.execute(delete(Aufgabe).where(Aufgabe.termin_id == termin_id))
        s.delete(row)


def termin_laden(store: Store, termin_id: int) -> TerminDaten:
    with store.read() as s:
        row = s.get(Termin, termin_id)
        if row is None:
            raise InputError(meldung("Diesen Termin gibt es nicht (mehr)."))
        return _daten(s, row)


def _daten(s: Session, row: Termin) -> TerminDaten:
    kommunen = vk.links_lesen(s, termin_kommune, "termin_id", "kommune_id", [row.id]).get(row.id, [])
    nrs = vk.links_lesen(s, termin_leistung, "termin_id", "leistung_nr", [row.id]).get(row.id, [])
    aufgaben = tuple(
        AufgabeDaten(a.id, a.was, a.wer or "", a.faellig, a.erledigt_am)
        for a in s.scalars(select(Aufgabe).where(Aufgabe.termin_id == row.id).order_by(Aufgabe.faellig, Aufgabe.id))
    )
    return TerminDaten(
        row.id, row.art, row.titel, row.beginn, row.ende, row.ort or "", row.teilnehmende or "",
        row.ergebnis or "", tuple(sorted(kommunen)), tuple(sorted(nrs)), aufgaben, row.version,
    )  # fmt: skip


def termine(
    store: Store,
    *,
    ab: date | None = None,
    bis: date | None = None,
    kreis_id: int | None = None,
    art: TerminArt | None = None,
    absteigend: bool = False,
) -> list[TerminZeile]:
    """Termine from ``ab`` (inclusive) to ``bis`` (exclusive), optionally of one Kreis or kind.

    A Termin belongs to a Kreis when one of its Kommunen lies in it (or is the Kreis itself).
    """
    with store.read() as s:
        query = select(Termin).order_by(Termin.beginn.desc() if absteigend else Termin.beginn, Termin.id)
        if ab is not None:
            query = query.where(Termin.beginn >= datetime.combine(ab, datetime.min.time()))
        if bis is not None:
            query = query.where(Termin.beginn < datetime.combine(bis, datetime.min.time()))
        if art is not None:
            query = query.where(Termin.art == art)
        rows = list(s.scalars(query))
        kommunen = vk.links_lesen(s, termin_kommune, "termin_id", "kommune_id")
        nrs = vk.links_lesen(s, termin_leistung, "termin_id", "leistung_nr")
        info = vk.kommunen_info(s, [k for ks in kommunen.values() for k in ks])
        namen = vk.leistung_namen(s)
        offen: dict[int, int] = {}
        for tid in s.scalars(select(Aufgabe.termin_id).where(Aufgabe.erledigt_am.is_(None))):
            if tid is not None:
                offen[tid] = offen.get(tid, 0) + 1
    out = []
    for t in rows:
        ks = sorted((info[k] for k in kommunen.get(t.id, [])), key=lambda k: k.name)
        kreise = frozenset(k.kreis_id for k in ks if k.kreis_id is not None)
        if kreis_id is not None and kreis_id not in kreise:
            continue
        out.append(
            TerminZeile(
                t.id, t.art, t.titel, t.beginn, t.ende, t.ort or "", vk.namen_liste(k.name for k in ks),
                ", ".join(f"{n} {namen.get(n, '')}" for n in sorted(nrs.get(t.id, []))), kreise,
                offen.get(t.id, 0), bool(t.ergebnis),
            )
        )  # fmt: skip
    return out


def anstehende(store: Store, heute: date, *, tage: int | None = None, kreis_id: int | None = None) -> list[TerminZeile]:
    """Termine from today on (within ``tage`` days if given), soonest first."""
    bis = heute + timedelta(days=tage) if tage is not None else None
    return termine(store, ab=heute, bis=bis, kreis_id=kreis_id)


def vergangene(store: Store, heute: date, *, kreis_id: int | None = None) -> list[TerminZeile]:
    """Termine before today, latest first."""
    return termine(store, bis=heute, kreis_id=kreis_id, absteigend=True)


def aufgaben(
    store: Store, heute: date, *, nur_ueberfaellig: bool = False, nur_offene: bool = False
) -> list[AufgabeZeile]:
    """Aufgaben by due date; overdue means due before today and not done."""
    with store.read() as s:
        query = (
            select(Aufgabe, Termin.titel, Termin.beginn)
            .outerjoin(Termin, Termin.id == Aufgabe.termin_id)
            .order_by(Aufgabe.faellig.is_(None), Aufgabe.faellig, Aufgabe.id)
        )
        if nur_ueberfaellig or nur_offene:
            query = query.where(Aufgabe.erledigt_am.is_(None))
        if nur_ueberfaellig:
            query = query.where(Aufgabe.faellig < heute)
        rows = list(s.execute(query))
    out = []
    for a, titel, beginn in rows:
        ueber = (heute - a.faellig).days if a.faellig and a.erledigt_am is None and a.faellig < heute else 0
        termin = f"{titel} ({beginn:%d.%m.%Y})" if titel else ""
        out.append(AufgabeZeile(a.id, a.termin_id, termin, a.was, a.wer or "", a.faellig, a.erledigt_am, ueber))
    return out


def ueberfaellige_aufgaben(store: Store, heute: date) -> list[AufgabeZeile]:
    return aufgaben(store, heute, nur_ueberfaellig=True)


def aufgabe_erledigt(store: Store, aufgabe_id: int, erledigt_am: date | None) -> None:
    """Mark an Aufgabe done on a date (or open again with None)."""
    with store.write() as s:
        row = s.get(Aufgabe, aufgabe_id)
        if row is None:
            raise InputError(meldung("Diese Aufgabe gibt es nicht (mehr)."))
        row.erledigt_am = erledigt_am
