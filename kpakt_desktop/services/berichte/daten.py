"""What the reports need beyond ``kennzahlen``: Hürden with their Handlungsempfehlung, changes since a
date, the last BDV of a Kreis, and the source attribution of the register.

The figures themselves come from ``services.kennzahlen`` (shared with the Übersicht); these are the
lists a printed report shows next to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.domain.vollzug import Sicherheit
from kpakt_desktop.services.catalog import load_vollzug_vorgaben
from kpakt_desktop.services.fortschritt import DEFINITIONEN
from kpakt_desktop.services.nachnutzung import FELD_LABEL, anzeige
from kpakt_desktop.services.register_stand import register_angaben
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Fachverfahren,
    Hersteller,
    Huerde,
    ITDienstleister,
    Kommune,
    LandRow,
    Leistung,
    Nachnutzung,
    NachnutzungHistorie,
    Termin,
    Vollzug,
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
    kommunen: tuple[str, ...]  # with a Kreis: only the Kommunen of that Kreis
    leistungen: tuple[int, ...]
    handlungsempfehlung: str | None
    loesung: str | None
    leistung_namen: tuple[str, ...] = ()  # "Nr – Name", in the order of ``leistungen``

    @property
    def kommunen_text(self) -> str:
        """Names joined with "; ": Destatis names carry commas themselves ("Sinzig, Stadt")."""
        return "; ".join(self.kommunen)

    @property
    def leistungen_text(self) -> str:
        return "; ".join(self.leistung_namen or [str(n) for n in self.leistungen])


@dataclass(frozen=True)
class AenderungZeile:
    """The net change of one field of one Nachnutzung recorded in a period."""

    gueltig_ab: date  # the day the (last) change takes effect
    kommune: str
    ars: str
    leistung_nr: int
    leistung: str
    feld: str
    alt: str
    neu: str
    quelle: str | None
    erfasst_am: date | None = None  # the day it was recorded (became known)
    nachnutzung_id: int = 0
    feld_key: str = ""
    kommune_id: int = 0


def zellen_abfrage(*vorne: Any) -> Select[Any]:
    """The detail rows every report lists: the zuständige Nachnutzungen (not "nicht mehr zuständig")
    with ``vorne`` first, then ``leistung``, ``name`` and ``ars`` of the Kommune, its ``kreis`` (a
    kreisfreie Stadt is its own), ``fv``, ``hst`` and ``itdl`` (the cell's IT-Dienstleister, else the
    Kommune's). One query, so that Bündelung, Kosten and the BDV sheets count the same rows."""
    kreis = aliased(Kommune)
    itdl_kommune = aliased(ITDienstleister)
    return (
        select(
            *vorne,
            Leistung.name.label("leistung"),
            Kommune.name,
            Kommune.ars,
            func.coalesce(kreis.name, Kommune.name).label("kreis"),
            Fachverfahren.name.label("fv"),
            Hersteller.name.label("hst"),
            func.coalesce(ITDienstleister.name, itdl_kommune.name).label("itdl"),
        )
        .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
        .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
        .outerjoin(kreis, kreis.id == Kommune.kreis_id)
        .outerjoin(Fachverfahren, Fachverfahren.id == Nachnutzung.fachverfahren_id)
        .outerjoin(Hersteller, Hersteller.id == Fachverfahren.hersteller_id)
        .outerjoin(ITDienstleister, ITDienstleister.id == Nachnutzung.it_dienstleister_id)
        .outerjoin(itdl_kommune, itdl_kommune.id == Kommune.it_dienstleister_id)
        .where(Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG)
    )


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
        namen: dict[int, list[str]] = defaultdict(list)
        query_k = (
            select(huerde_kommune.c.huerde_id, Kommune.name)
            .join(Kommune, Kommune.id == huerde_kommune.c.kommune_id)
            .where(huerde_kommune.c.huerde_id.in_(ids))
            .order_by(Kommune.name, Kommune.ars)
        )
        if kreis_id is not None:  # the Kreis's report names its own Kommunen only
            query_k = query_k.where(huerde_kommune.c.kommune_id.in_(_mitglieder(kreis_id)))
        for hid, name in s.execute(query_k):
            kommunen[hid].append(name)
        for hid, nr, lname in s.execute(
            select(huerde_leistung.c.huerde_id, huerde_leistung.c.leistung_nr, Leistung.name)
            .join(Leistung, Leistung.nr == huerde_leistung.c.leistung_nr)
            .where(huerde_leistung.c.huerde_id.in_(ids))
            .order_by(huerde_leistung.c.leistung_nr)
        ):
            leistungen[hid].append(nr)
            namen[hid].append(f"{nr} – {lname}")
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
            tuple(namen[h.id]),
        )
        for h in rows
    ]


def aenderungen_seit(
    store: Store, seit: date, *, kreis_id: int | None = None, bis: date | None = None
) -> list[AenderungZeile]:
    """What became known since ``seit``: history entries *recorded* on or after ``seit`` (up to and
    including ``bis``), whatever day they take effect, so a change reported late still reaches the
    next BDV. Per Nachnutzung and field only the net change counts: from the value before the first
    entry of the period to the value after the last; a change undone or reversed within the period
    shows nothing (the history itself keeps every entry). Newest first."""
    with store.read() as s:
        query = (
            select(
                NachnutzungHistorie,
                Kommune.id.label("kid"),
                Kommune.name,
                Kommune.ars,
                Leistung.nr,
                Leistung.name.label("leistung"),
            )
            .join(Nachnutzung, Nachnutzung.id == NachnutzungHistorie.nachnutzung_id)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .where(NachnutzungHistorie.erfasst_am >= datetime.combine(seit, time.min))
            .order_by(NachnutzungHistorie.erfasst_am, NachnutzungHistorie.id)
        )
        if bis is not None:
            query = query.where(NachnutzungHistorie.erfasst_am < datetime.combine(bis + timedelta(days=1), time.min))
        if kreis_id is not None:
            query = query.where(Nachnutzung.kommune_id.in_(_mitglieder(kreis_id)))
        verlauf: dict[tuple[int, str], list[Any]] = {}
        for row in s.execute(query):
            verlauf.setdefault((row[0].nachnutzung_id, row[0].feld), []).append(row)
    out = []
    for (nid, feld), rows in verlauf.items():
        erste, letzte = rows[0][0], rows[-1][0]
        if (erste.alt or "") == (letzte.neu or ""):
            continue  # undone or reversed within the period
        _, kid, name, ars, nr, lname = rows[-1]
        out.append(
            AenderungZeile(
                letzte.gueltig_ab,
                name,
                ars,
                nr,
                lname,
                FELD_LABEL.get(feld, feld),
                anzeige(feld, erste.alt),
                anzeige(feld, letzte.neu),
                letzte.quelle,
                letzte.erfasst_am.date(),
                nid,
                feld,
                kid,
            )
        )
    out.sort(key=lambda a: (a.kommune, a.leistung_nr, a.feld))
    out.sort(key=lambda a: (a.erfasst_am or a.gueltig_ab, a.gueltig_ab), reverse=True)
    return out


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


def so_rechnen_wir(store: Store) -> list[tuple[str, str]]:
    """The "So rechnen wir" of every report: each figure's definition, where Zuständigkeit and Einwohner come from."""
    with store.read() as s:
        vorgaben = load_vollzug_vorgaben(s.scalars(select(LandRow.schluessel)).one())
        staende = list(
            s.execute(select(Vollzug.leistung_nr, Vollzug.ebene, Vollzug.geprueft).order_by(Vollzug.leistung_nr))
        )
    bestaetigt = sum(1 for v in staende if v.geprueft)
    pruefen = [
        str(v.leistung_nr)
        for v in staende
        if not v.geprueft
        and (
            v.leistung_nr not in vorgaben
            or vorgaben[v.leistung_nr].ebene is not v.ebene
            or vorgaben[v.leistung_nr].sicherheit is Sicherheit.BITTE_PRUEFEN
        )
    ]
    zustaendigkeit = (
        "Zuständig ist eine Kommune, wenn sie nach der Vollzugsebene des Landes für die Leistung zuständig ist "
        "(§ 2 Abs. 1 Kommunalpakt), mit den eingetragenen Ausnahmen. Die Vollzugsebene je Leistung bringt das "
        f"Programm mit Quelle mit; von der Koordinierungsstelle bestätigt: {bestaetigt} von {len(staende)}"
        + (f"; noch „bitte prüfen“: Nr. {', '.join(pruefen)}." if pruefen else ".")
    )
    return [
        ("Zuständigkeit", zustaendigkeit),
        *DEFINITIONEN,
        ("Gebiet und Einwohner", quellenangabe(store)),
    ]
