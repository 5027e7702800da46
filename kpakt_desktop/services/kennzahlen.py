"""The figures of the Übersicht and of every report: one computation, for the Land or one Kreis.

Status per Leistung, progress per Leistung (Kreis against Land) and per Kreis, the go-live curve
rebuilt from the history, open Hürden by category, next Termine and overdue Aufgaben. The dashboard,
the BDV workbook and the PDF Lagebericht all read this, so their numbers cannot drift apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services.fortschritt import Fortschritt, FortschrittBericht, Gesamt, fortschritt
from kpakt_desktop.services.stats import LeistungStand, leistung_staende
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Aufgabe,
    Huerde,
    Kommune,
    Leistung,
    Nachnutzung,
    NachnutzungHistorie,
    Termin,
    huerde_kommune,
    termin_kommune,
)

NAECHSTE_TERMINE = 10


@dataclass(frozen=True)
class KreisKurz:
    id: int
    ars: str
    name: str


@dataclass(frozen=True)
class GoLivePunkt:
    monat: date  # first day of the month; the value is the state at the month's end (or the Stichtag)
    kommunen: int  # Kommunen with at least one Leistung produktiv
    nachnutzungen: int  # Kommune × Leistung produktiv


@dataclass(frozen=True)
class TerminKurz:
    id: int
    art: TerminArt
    titel: str
    beginn: datetime
    ort: str | None
    kommunen: tuple[str, ...]


@dataclass(frozen=True)
class AufgabeKurz:
    id: int
    was: str
    wer: str | None
    faellig: date
    termin_id: int | None
    termin_titel: str | None


@dataclass(frozen=True)
class Kennzahlen:
    stichtag: date
    kreis: KreisKurz | None
    leistungen: list[LeistungStand]  # status counts of the zuständigen Kommunen (of the Kreis, if given)
    fortschritt_leistung: list[Fortschritt]  # per Leistung, within the Kreis if given
    fortschritt_land: list[Fortschritt]  # per Leistung for the whole Land (the comparison)
    fortschritt_kreis: list[Fortschritt]  # per Kreis (only the given one, if any)
    golive: list[GoLivePunkt]  # over the Leistungen that count, like ``gesamt``
    gesamt: Gesamt  # the headline figures (of the Kreis, if given)
    gesamt_land: Gesamt  # the Land's headline figures (the comparison)
    huerden_offen: dict[HuerdeKategorie, int]
    naechste_termine: list[TerminKurz]
    ueberfaellige_aufgaben: list[AufgabeKurz]

    @property
    def produktiv(self) -> int:
        """Produktive Nachnutzungen of the Leistungen that count (the go-live curve ends here)."""
        return self.gesamt.produktiv


def kreise(store: Store) -> list[KreisKurz]:
    """Landkreise and kreisfreie Städte of the Land, by name."""
    with store.read() as s:
        rows = s.execute(
            select(Kommune.id, Kommune.ars, Kommune.name)
            .where(Kommune.art.in_(KREIS_ARTEN | KREISFREIE_ARTEN), Kommune.zustand == KommuneZustand.AKTIV)
            .order_by(Kommune.name, Kommune.ars)
        ).all()
    return [KreisKurz(int(r.id), str(r.ars), str(r.name)) for r in rows]


def finde_kreis(store: Store, text: str) -> KreisKurz:
    """A Kreis by its ARS (12 digits, or the 5-digit Kreis key) or its name (case-insensitive, unique)."""
    wanted = text.strip()
    alle = kreise(store)
    if wanted.isdigit():
        treffer = [k for k in alle if k.ars == wanted or (len(wanted) == 5 and k.ars[:5] == wanted)]
    else:
        key = wanted.casefold()
        # Exact name, then the name before Destatis' suffix ("Mainz, Stadt"), then a part of it.
        treffer = [k for k in alle if k.name.casefold() == key]
        if not treffer:
            treffer = [k for k in alle if k.name.split(",")[0].strip().casefold() == key]
        if not treffer:
            treffer = [k for k in alle if key in k.name.casefold()]
    if len(treffer) == 1:
        return treffer[0]
    if not treffer:
        raise InputError(
            meldung("Kreis „{text}“: kein Landkreis und keine kreisfreie Stadt dieses Landes passt.", text=text)
        )
    namen = ", ".join(k.name for k in treffer[:6])
    raise InputError(
        meldung(
            "Kreis „{text}“ ist nicht eindeutig ({namen}); bitte den Regionalschlüssel angeben.", text=text, namen=namen
        )
    )


def kennzahlen(
    store: Store,
    *,
    stichtag: date | None = None,
    kreis_id: int | None = None,
    land: FortschrittBericht | None = None,
) -> Kennzahlen:
    """``land``: the Land's progress when the caller has it already (one report per Kreis needs it once)."""
    tag = stichtag or date.today()
    with store.read() as s:
        kreis = _kreis(s, kreis_id) if kreis_id is not None else None
        im_kreis = _mitglieder(s, kreis_id) if kreis_id is not None else None
        leistungen = leistung_staende(s, im_kreis)
        golive = _golive(s, tag, im_kreis)
        huerden = _huerden_offen(s, im_kreis)
        termine = _naechste_termine(s, tag, im_kreis)
        aufgaben = _ueberfaellige_aufgaben(s, tag, im_kreis)
    land = land or fortschritt(store)
    if kreis_id is None:
        je_leistung, je_kreis, gesamt = land.je_leistung, land.je_kreis, land.gesamt
    else:
        im_kreis_bericht = fortschritt(store, kreis_id=kreis_id)
        je_leistung, gesamt = im_kreis_bericht.je_leistung, im_kreis_bericht.gesamt
        je_kreis = [f for f in land.je_kreis if f.key == kreis_id]
    return Kennzahlen(
        stichtag=tag,
        kreis=kreis,
        leistungen=leistungen,
        fortschritt_leistung=je_leistung,
        fortschritt_land=land.je_leistung,
        fortschritt_kreis=je_kreis,
        golive=golive,
        gesamt=gesamt,
        gesamt_land=land.gesamt,
        huerden_offen=huerden,
        naechste_termine=termine,
        ueberfaellige_aufgaben=aufgaben,
    )


def _kreis(s: Session, kreis_id: int) -> KreisKurz:
    row = s.get(Kommune, kreis_id)
    if row is None or not (row.art in KREIS_ARTEN or row.art in KREISFREIE_ARTEN):
        raise InputError(
            meldung("Kreis #{kreis_id}: kein Landkreis und keine kreisfreie Stadt dieses Landes.", kreis_id=kreis_id)
        )
    return KreisKurz(row.id, row.ars, row.name)


def _mitglieder(s: Session, kreis_id: int) -> frozenset[int]:
    """The Kreis itself and every Kommune in it (Gemeindeverbände and Gemeinden)."""
    ids = s.scalars(select(Kommune.id).where(or_(Kommune.id == kreis_id, Kommune.kreis_id == kreis_id)))
    return frozenset(ids)


def monate(von: date, bis: date) -> list[date]:
    out = []
    y, m = von.year, von.month
    while (y, m) <= (bis.year, bis.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monatsende(monat: date, stichtag: date) -> date:
    nxt = date(monat.year + (monat.month == 12), 1 if monat.month == 12 else monat.month + 1, 1)
    return min(date.fromordinal(nxt.toordinal() - 1), stichtag)


def golive_kurve(
    zustaende: dict[int, tuple[int, Status, date | None]],
    wechsel: Iterable[tuple[int, date, str | None]],
    stichtag: date,
) -> list[GoLivePunkt]:
    """Kommunen and Nachnutzungen produktiv at each month's end, rebuilt from the status history.

    ``zustaende``: Nachnutzung id → (Kommune id, current status, status_seit).
    ``wechsel``: (Nachnutzung id, gültig ab, new status value) of every status change, any order.
    A cell that is produktiv today without any history counts from its ``status_seit``.
    """
    verlauf: dict[int, list[tuple[date, bool]]] = defaultdict(list)
    for nid, ab, neu in wechsel:
        if nid in zustaende and ab <= stichtag:
            verlauf[nid].append((ab, neu == Status.PRODUKTIV.value))
    for nid, (_, status, seit) in zustaende.items():
        if nid not in verlauf and status is Status.PRODUKTIV:
            verlauf[nid].append((seit or stichtag, True))
    # Only cells that were ever produktiv can count; each history is sorted once (stable, so
    # changes on the same day keep their recorded order).
    wege = {nid: sorted(items, key=lambda x: x[0]) for nid, items in verlauf.items() if any(ist for _, ist in items)}
    tage = [ab for items in wege.values() for ab, ist_prod in items if ist_prod]
    if not tage:
        return []
    punkte = []
    for monat in monate(min(tage), stichtag):
        ende = monatsende(monat, stichtag)
        kommunen: set[int] = set()
        zellen = 0
        for nid, items in wege.items():
            gueltig = [ist for ab, ist in items if ab <= ende]
            if gueltig and gueltig[-1]:
                zellen += 1
                kommunen.add(zustaende[nid][0])
        punkte.append(GoLivePunkt(monat, len(kommunen), zellen))
    return punkte


def _golive(s: Session, stichtag: date, im_kreis: frozenset[int] | None) -> list[GoLivePunkt]:
    zaehlen = [
        nr
        for (nr,) in s.execute(
            select(Leistung.nr).where(Leistung.vollstaendig_realisiert.is_(False), Leistung.bund_direkt.is_(False))
        )
    ]
    zustaende = {
        int(r.id): (int(r.kommune_id), r.status, r.status_seit)
        for r in s.execute(
            select(Nachnutzung.id, Nachnutzung.kommune_id, Nachnutzung.status, Nachnutzung.status_seit).where(
                Nachnutzung.leistung_nr.in_(zaehlen)
            )
        )
        if im_kreis is None or r.kommune_id in im_kreis
    }
    wechsel = s.execute(
        select(NachnutzungHistorie.nachnutzung_id, NachnutzungHistorie.gueltig_ab, NachnutzungHistorie.neu)
        .where(NachnutzungHistorie.feld == "status")
        .order_by(NachnutzungHistorie.gueltig_ab, NachnutzungHistorie.erfasst_am, NachnutzungHistorie.id)
    ).all()
    return golive_kurve(zustaende, ((int(n), ab, neu) for n, ab, neu in wechsel), stichtag)


def _huerden_offen(s: Session, im_kreis: frozenset[int] | None) -> dict[HuerdeKategorie, int]:
    offen = [st for st in HuerdeStatus if not st.erledigt]
    query = select(Huerde.id, Huerde.kategorie).where(Huerde.status.in_(offen))
    if im_kreis is not None:
        query = query.where(
            Huerde.id.in_(select(huerde_kommune.c.huerde_id).where(huerde_kommune.c.kommune_id.in_(im_kreis)))
        )
    counts = Counter(k for _, k in s.execute(query))
    return {k: counts[k] for k in HuerdeKategorie}


def _kommunen_je_termin(s: Session, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if ids:
        for tid, kid, name in s.execute(
            select(termin_kommune.c.termin_id, Kommune.id, Kommune.name)
            .join(Kommune, Kommune.id == termin_kommune.c.kommune_id)
            .where(termin_kommune.c.termin_id.in_(ids))
            .order_by(Kommune.name, Kommune.ars)
        ):
            out[tid].append((kid, name))
    return out


def _naechste_termine(s: Session, stichtag: date, im_kreis: frozenset[int] | None) -> list[TerminKurz]:
    rows = s.scalars(
        select(Termin).where(Termin.beginn >= datetime.combine(stichtag, time.min)).order_by(Termin.beginn, Termin.id)
    ).all()
    beteiligt = _kommunen_je_termin(s, [t.id for t in rows])
    out = []
    for t in rows:
        kommunen = beteiligt.get(t.id, [])
        if im_kreis is not None and not any(kid in im_kreis for kid, _ in kommunen):
            continue
        out.append(TerminKurz(t.id, t.art, t.titel, t.beginn, t.ort, tuple(name for _, name in kommunen)))
        if len(out) == NAECHSTE_TERMINE:
            break
    return out


def _ueberfaellige_aufgaben(s: Session, stichtag: date, im_kreis: frozenset[int] | None) -> list[AufgabeKurz]:
    rows: list[tuple[Aufgabe, str | None]] = [
        (a, titel)
        for a, titel in s.execute(
            select(Aufgabe, Termin.titel)
            .outerjoin(Termin, Termin.id == Aufgabe.termin_id)
            .where(Aufgabe.erledigt_am.is_(None), Aufgabe.faellig < stichtag)
            .order_by(Aufgabe.faellig, Aufgabe.id)
        )
    ]
    if im_kreis is not None:
        beteiligt = _kommunen_je_termin(s, [a.termin_id for a, _ in rows if a.termin_id is not None])
        rows = [
            (a, titel)
            for a, titel in rows
            if a.termin_id is not None and any(kid in im_kreis for kid, _ in beteiligt.get(a.termin_id, []))
        ]
    return [
        AufgabeKurz(a.id, a.was, a.wer, a.faellig, a.termin_id, titel) for a, titel in rows if a.faellig is not None
    ]
