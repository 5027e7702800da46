"""Dissolved Kommunen that still carry the office's data: hand it to a successor or keep it archived.

The decision "keep archived" is recorded in the Land's ``einstellung`` table (key
``gv_archiviert:<ARS>``), so the list of open decisions empties without a schema change.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.kommunen import KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.zustaendigkeit import sync_nachnutzungen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Einstellung,
    Kommune,
    Kontakt,
    Nachnutzung,
    NachnutzungHistorie,
    NachnutzungStufe,
    VollzugAusnahme,
    huerde_kommune,
    taskforce_kommune,
    taskforce_region,
    termin_kommune,
)

_ARCHIV_KEY = "gv_archiviert:"
_LINKS = (
    (huerde_kommune, "huerde_id"),
    (termin_kommune, "termin_id"),
    (taskforce_kommune, "taskforce_id"),
    (taskforce_region, "taskforce_id"),
)


@dataclass(frozen=True)
class Daten:
    """What the office recorded for one Kommune."""

    kontakte: int
    nachnutzungen: int  # with progress, history or details beyond the automatic *offen*
    verknuepfungen: int  # Hürden, Termine, Taskforces
    ausnahmen: int
    notiz: bool
    it_dienstleister: bool

    @property
    def leer(self) -> bool:
        """Nothing worth a decision; the IT-Dienstleister alone is not (the successor usually has one)."""
        return not (self.kontakte or self.nachnutzungen or self.verknuepfungen or self.ausnahmen or self.notiz)

    def beschreibung(self) -> str:
        parts = []
        if self.kontakte:
            parts.append(f"{self.kontakte} Kontakte")
        if self.nachnutzungen:
            parts.append(f"{self.nachnutzungen} Nachnutzungen")
        if self.verknuepfungen:
            parts.append(f"{self.verknuepfungen} Hürden/Termine/Taskforces")
        if self.ausnahmen:
            parts.append(f"{self.ausnahmen} Vollzugsausnahmen")
        if self.notiz:
            parts.append("Notiz")
        if self.it_dienstleister:
            parts.append("IT-Dienstleister")
        return ", ".join(parts) or "keine Daten"


@dataclass(frozen=True)
class Aufloesung:
    id: int
    ars: str
    name: str
    art_label: str
    aufgeloest_am: date | None
    daten: Daten


@dataclass(frozen=True)
class Kandidat:
    id: int
    ars: str
    name: str
    art_label: str
    gleicher_verband: bool
    neu: bool = False


@dataclass(frozen=True)
class Uebertragung:
    kontakte: int
    nachnutzungen: int
    nachnutzungen_behalten: int  # both had progress for the same Leistung: stays with the old one
    verknuepfungen: int


def _nachnutzung_hat_daten(s: Session, n: Nachnutzung) -> bool:
    if any(
        v is not None
        for v in (n.fachverfahren_id, n.anbindungsart, n.it_dienstleister_id, n.kosten_einmalig, n.kosten_jaehrlich)
    ) or (n.first_mover or n.notiz):
        return True
    if n.status not in (Status.OFFEN, Status.NICHT_MEHR_ZUSTAENDIG):
        return True
    if s.scalar(select(func.count()).select_from(NachnutzungStufe).where(NachnutzungStufe.nachnutzung_id == n.id)):
        return True
    automatic = {Status.OFFEN.value, Status.NICHT_MEHR_ZUSTAENDIG.value, None}
    for h in s.scalars(select(NachnutzungHistorie).where(NachnutzungHistorie.nachnutzung_id == n.id)):
        if h.feld != "status" or h.alt not in automatic or h.neu not in automatic or h.notiz:
            return True
    return False


def daten_von(s: Session, kommune_id: int) -> Daten:
    k = s.get_one(Kommune, kommune_id)
    kontakte = s.scalar(select(func.count()).select_from(Kontakt).where(Kontakt.kommune_id == kommune_id)) or 0
    nachnutzungen = sum(
        1
        for n in s.scalars(select(Nachnutzung).where(Nachnutzung.kommune_id == kommune_id))
        if _nachnutzung_hat_daten(s, n)
    )
    links = sum(
        s.scalar(select(func.count()).select_from(table).where(table.c.kommune_id == kommune_id)) or 0
        for table, _ in _LINKS
    )
    ausnahmen = (
        s.scalar(select(func.count()).select_from(VollzugAusnahme).where(VollzugAusnahme.kommune_id == kommune_id)) or 0
    )
    return Daten(kontakte, nachnutzungen, links, ausnahmen, bool(k.notiz), k.it_dienstleister_id is not None)


def _archiviert(s: Session) -> set[str]:
    keys = s.scalars(select(Einstellung.schluessel).where(Einstellung.schluessel.startswith(_ARCHIV_KEY)))
    return {k.removeprefix(_ARCHIV_KEY) for k in keys}


def offene_aufloesungen(store: Store) -> list[Aufloesung]:
    """Dissolved Kommunen with data, neither handed to a successor nor archived by the user."""
    with store.read() as s:
        archiviert = _archiviert(s)
        result = []
        for k in s.scalars(
            select(Kommune)
            .where(Kommune.zustand == KommuneZustand.AUFGELOEST, Kommune.nachfolger_id.is_(None))
            .order_by(Kommune.ars)
        ):
            if k.ars in archiviert:
                continue
            daten = daten_von(s, k.id)
            if not daten.leer:
                result.append(Aufloesung(k.id, k.ars, k.name, k.art.label, k.aufgeloest_am, daten))
        return result


def kandidaten(store: Store, kommune_id: int, neu: Collection[int] = ()) -> list[Kandidat]:
    """Possible successors: active Kommunen of the same level, best first.

    New Kommunen (``neu``: the ids an import just created) of the same Gemeindeverband come first,
    then the rest of that Gemeindeverband, then the same Kreis, then the Land.
    """
    neu = set(neu)
    with store.read() as s:
        alt = s.get_one(Kommune, kommune_id)
        ebene = alt.art.ebene
        rows = s.scalars(select(Kommune).where(Kommune.zustand == KommuneZustand.AKTIV)).all()
        out = [
            Kandidat(r.id, r.ars, r.name, r.art.label, r.ars[:9] == alt.ars[:9], r.id in neu)
            for r in rows
            if r.art.ebene is ebene or (r.art.kreisfrei and alt.art.gemeinde_ebene)
        ]
    same_kreis = {c.id for c in out if c.ars[:5] == alt.ars[:5]}
    return sorted(
        out,
        key=lambda c: (not (c.neu and c.gleicher_verband), not c.gleicher_verband, c.id not in same_kreis, c.name),
    )


def find_by_ars(store: Store, ars: str) -> int:
    with store.read() as s:
        kommune_id = s.scalar(select(Kommune.id).where(Kommune.ars == ars.strip()))
    if kommune_id is None:
        raise InputError(
            meldung("Eine Kommune mit dem Regionalschlüssel „{ars}“ gibt es in dieser Datenbank nicht.", ars=ars)
        )
    return kommune_id


def archivieren(store: Store, kommune_id: int, *, heute: date | None = None) -> None:
    """Keep the dissolved Kommune's data where it is (it stays visible as *aufgelöst*)."""
    with store.write() as s:
        k = s.get_one(Kommune, kommune_id)
        if k.zustand is not KommuneZustand.AUFGELOEST:
            raise InputError(
                meldung(
                    "{name} ({ars}) ist nicht aufgelöst; archivieren geht nur bei aufgelösten Kommunen.",
                    name=k.name,
                    ars=k.ars,
                )
            )
        s.merge(Einstellung(schluessel=_ARCHIV_KEY + k.ars, wert=(heute or date.today()).isoformat()))


def uebertragen(
    store: Store, alt_id: int, nachfolger_id: int, *, benutzer: str | None, jetzt: datetime | None = None
) -> Uebertragung:
    """Hand all data of a dissolved Kommune to its successor, in one transaction."""
    jetzt = jetzt or datetime.now().replace(microsecond=0)
    with store.write() as s:
        alt = s.get_one(Kommune, alt_id)
        neu = s.get_one(Kommune, nachfolger_id)
        if alt.zustand is not KommuneZustand.AUFGELOEST:
            raise InputError(meldung("{name} ({ars}) ist nicht aufgelöst.", name=alt.name, ars=alt.ars))
        if neu.zustand is not KommuneZustand.AKTIV or neu.id == alt.id:
            raise InputError(
                meldung(
                    "{name} ({ars}) kann nicht Nachfolger sein: sie ist selbst aufgelöst.", name=neu.name, ars=neu.ars
                )
            )
        quelle = f"übernommen von {alt.name} ({alt.ars})"
        kontakt_ids = list(s.scalars(select(Kontakt.id).where(Kontakt.kommune_id == alt.id)))
        s.execute(update(Kontakt).where(Kontakt.id.in_(kontakt_ids)).values(kommune_id=neu.id))
        kontakte = len(kontakt_ids)
        links = 0
        for table, other in _LINKS:
            for (other_id,) in s.execute(select(table.c[other]).where(table.c.kommune_id == alt.id)).all():
                # the successor may be linked already: same result on SQLite and PostgreSQL (no ON CONFLICT)
                present = select(table).where(table.c[other] == other_id, table.c.kommune_id == neu.id)
                if s.execute(present).first() is None:
                    s.execute(insert(table).values({other: other_id, "kommune_id": neu.id}))
                links += 1
            s.execute(delete(table).where(table.c.kommune_id == alt.id))
        taken = set(s.scalars(select(VollzugAusnahme.leistung_nr).where(VollzugAusnahme.kommune_id == neu.id)))
        for a in s.scalars(select(VollzugAusnahme).where(VollzugAusnahme.kommune_id == alt.id)):
            if a.leistung_nr not in taken:
                a.kommune_id = neu.id
        moved, kept = _nachnutzungen(s, alt, neu, jetzt, benutzer, quelle)
        if alt.notiz:
            neu.notiz = "\n\n".join(p for p in (neu.notiz, f"[{quelle}]\n{alt.notiz}") if p)
            alt.notiz = None
        if neu.it_dienstleister_id is None:
            neu.it_dienstleister_id = alt.it_dienstleister_id
        neu.first_mover = neu.first_mover or alt.first_mover
        neu.ansprechpartner_fuer_andere = neu.ansprechpartner_fuer_andere or alt.ansprechpartner_fuer_andere
        alt.nachfolger_id = neu.id
        s.flush()
        sync_nachnutzungen(s, heute=jetzt.date(), jetzt=jetzt, benutzer=benutzer, quelle=quelle)
    return Uebertragung(kontakte, moved, kept, links)


def _nachnutzungen(
    s: Session, alt: Kommune, neu: Kommune, jetzt: datetime, benutzer: str | None, quelle: str
) -> tuple[int, int]:
    """Move the old Kommune's Nachnutzungen with data; its status before the dissolution comes back."""
    mine = {n.leistung_nr: n for n in s.scalars(select(Nachnutzung).where(Nachnutzung.kommune_id == neu.id))}
    moved = kept = 0
    for n in s.scalars(select(Nachnutzung).where(Nachnutzung.kommune_id == alt.id)).all():
        if not _nachnutzung_hat_daten(s, n):
            continue
        target = mine.get(n.leistung_nr)
        if target is not None:
            if _nachnutzung_hat_daten(s, target):
                kept += 1
                continue
            # the successor's row is the untouched *offen* placeholder the sync created: replace it
            s.execute(delete(NachnutzungHistorie).where(NachnutzungHistorie.nachnutzung_id == target.id))
            s.delete(target)
            s.flush()
        n.kommune_id = neu.id
        if n.status is Status.NICHT_MEHR_ZUSTAENDIG:
            vorher = s.scalar(
                select(NachnutzungHistorie.alt)
                .where(
                    NachnutzungHistorie.nachnutzung_id == n.id,
                    NachnutzungHistorie.feld == "status",
                    NachnutzungHistorie.neu == Status.NICHT_MEHR_ZUSTAENDIG.value,
                )
                .order_by(NachnutzungHistorie.id.desc())
                .limit(1)
            )
            restored = Status(vorher) if vorher else Status.OFFEN
            s.add(
                NachnutzungHistorie(
                    nachnutzung_id=n.id,
                    feld="status",
                    alt=n.status.value,
                    neu=restored.value,
                    gueltig_ab=jetzt.date(),
                    erfasst_am=jetzt,
                    benutzer=benutzer,
                    quelle=quelle,
                )
            )
            n.status = restored
        n.geaendert_am = jetzt
        n.version += 1
        moved += 1
    s.flush()
    return moved, kept
