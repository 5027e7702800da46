"""What the reports need beyond ``kennzahlen``: Hürden with their Handlungsempfehlung, changes since a
date, the last BDV of a Kreis, and the source attribution of the register.

The figures themselves come from ``services.kennzahlen`` (shared with the Übersicht); these are the
lists a printed report shows next to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, or_, select

from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services.nachnutzung import FELD_LABEL, anzeige
from kpakt_desktop.services.register_stand import register_angaben
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Huerde,
    Kommune,
    Leistung,
    Nachnutzung,
    NachnutzungHistorie,
    Termin,
    huerde_kommune,
    huerde_leistung,
    termin_kommune,
)


@dataclass(frozen=True)
class HuerdeZeile:
    id: int
    kategorie: HuerdeKategorie
    unterart: str | None
    titel: str
    status: HuerdeStatus
    erfasst_am: date
    kommunen: tuple[str, ...]
    leistungen: tuple[int, ...]
    handlungsempfehlung: str | None
    loesung: str | None


@dataclass(frozen=True)
class AenderungZeile:
    gueltig_ab: date
    kommune: str
    ars: str
    leistung_nr: int
    leistung: str
    feld: str
    alt: str
    neu: str
    quelle: str | None


def _mitglieder(kreis_id: int) -> Select[int]:
    return select(Kommune.id).where(or_(Kommune.id == kreis_id, Kommune.kreis_id == kreis_id))


def huerden(store: Store, *, kreis_id: int | None = None, nur_offen: bool = True) -> list[HuerdeZeile]:
    """Hürden (of the Kreis's Kommunen, if given) by category, newest first within each."""
    with store.read() as s:
        query = select(Huerde)
        if nur_offen:
            query = query.where(Huerde.status.in_([st for st in HuerdeStatus if not st.erledigt]))
        if kreis_id is not None:
            query = query.where(
                Huerde.id.in_(
                    select(huerde_kommune.c.huerde_id).where(huerde_kommune.c.kommune_id.in_(_mitglieder(kreis_id)))
                )
            )
        rows = list(s.scalars(query))
        ids = [h.id for h in rows]
        kommunen: dict[int, list[str]] = defaultdict(list)
        leistungen: dict[int, list[int]] = defaultdict(list)
        for hid, name in s.execute(
            select(huerde_kommune.c.huerde_id, Kommune.name)
            .join(Kommune, Kommune.id == huerde_kommune.c.kommune_id)
            .where(huerde_kommune.c.huerde_id.in_(ids))
            .order_by(Kommune.name)
        ):
            kommunen[hid].append(name)
        for hid, nr in s.execute(
            select(huerde_leistung.c.huerde_id, huerde_leistung.c.leistung_nr)
            .where(huerde_leistung.c.huerde_id.in_(ids))
            .order_by(huerde_leistung.c.leistung_nr)
        ):
            leistungen[hid].append(nr)
    reihenfolge = {k: i for i, k in enumerate(HuerdeKategorie)}
    rows.sort(key=lambda h: (reihenfolge[h.kategorie], -h.erfasst_am.toordinal(), h.id))
    return [
        HuerdeZeile(
            h.id,
            h.kategorie,
            h.unterart,
            h.titel,
            h.status,
            h.erfasst_am,
            tuple(kommunen[h.id]),
            tuple(leistungen[h.id]),
            h.handlungsempfehlung,
            h.loesung,
        )
        for h in rows
    ]


def aenderungen_seit(
    store: Store, seit: date, *, kreis_id: int | None = None, bis: date | None = None
) -> list[AenderungZeile]:
    """Changes of Nachnutzungen that took effect on or after ``seit`` (by the real date), newest first."""
    with store.read() as s:
        query = (
            select(NachnutzungHistorie, Kommune.name, Kommune.ars, Leistung.nr, Leistung.name.label("leistung"))
            .join(Nachnutzung, Nachnutzung.id == NachnutzungHistorie.nachnutzung_id)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .where(NachnutzungHistorie.gueltig_ab >= seit)
            .order_by(NachnutzungHistorie.gueltig_ab.desc(), Kommune.name, Leistung.nr, NachnutzungHistorie.id)
        )
        if bis is not None:
            query = query.where(NachnutzungHistorie.gueltig_ab <= bis)
        if kreis_id is not None:
            query = query.where(Nachnutzung.kommune_id.in_(_mitglieder(kreis_id)))
        return [
            AenderungZeile(
                h.gueltig_ab,
                name,
                ars,
                nr,
                lname,
                FELD_LABEL.get(h.feld, h.feld),
                anzeige(h.feld, h.alt),
                anzeige(h.feld, h.neu),
                h.quelle,
            )
            for h, name, ars, nr, lname in s.execute(query)
        ]


def letzte_bdv(store: Store, kreis_id: int, vor: date) -> date | None:
    """The day of the Kreis's last Bürgermeisterdienstversammlung before ``vor``."""
    with store.read() as s:
        beginn = s.scalar(
            select(Termin.beginn)
            .join(termin_kommune, termin_kommune.c.termin_id == Termin.id)
            .where(
                Termin.art == TerminArt.BDV,
                termin_kommune.c.kommune_id == kreis_id,
                Termin.beginn < datetime.combine(vor, time.min),
            )
            .order_by(Termin.beginn.desc())
            .limit(1)
        )
    return beginn.date() if beginn else None


def quellenangabe(store: Store) -> str:
    """Attribution of the register the Kommunen and Einwohner come from (Destatis, dl-de/by-2-0)."""
    with store.read() as s:
        return register_angaben(s).text
