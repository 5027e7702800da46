"""The Hürden register: record, link to Kommunen/Leistungen, move along the status path, keep history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus, pruefe_uebergang, pruefe_unterart
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.konflikt import gespeichert, stand_pruefen
from kpakt_desktop.services.rueckgaengig import VERAENDERT
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Huerde, HuerdeHistorie, huerde_kommune, huerde_leistung


@dataclass(frozen=True)
class HuerdeDaten:
    id: int | None
    titel: str
    kategorie: HuerdeKategorie
    unterart: str = ""
    beschreibung: str = ""
    erfasst_am: date | None = None  # None: today
    loesung: str = ""
    handlungsempfehlung: str = ""
    kommune_ids: tuple[int, ...] = ()
    leistung_nrs: tuple[int, ...] = ()
    status: HuerdeStatus = HuerdeStatus.OFFEN  # read only here; changed through ``status_aendern``
    version: int | None = field(default=None, compare=False)  # as read; None for a new Hürde


FELDER = {
    "titel": "Titel",
    "kategorie": "Kategorie",
    "unterart": "Unterart",
    "beschreibung": "Beschreibung",
    "erfasst_am": "Erfasst am",
    "loesung": "Lösung",
    "handlungsempfehlung": "Handlungsempfehlung",
    "kommune_ids": "Kommunen",
    "leistung_nrs": "Leistungen",
    "status": "Status",
}


@dataclass(frozen=True)
class HuerdeZeile:
    id: int
    titel: str
    kategorie: HuerdeKategorie
    unterart: str
    status: HuerdeStatus
    erfasst_am: date
    geloest_am: date | None
    kommunen: str
    leistungen: str
    kreis_ids: frozenset[int]
    leistung_nrs: frozenset[int]
    handlungsempfehlung: bool


@dataclass(frozen=True)
class HuerdenFilter:
    kategorie: HuerdeKategorie | None = None
    status: HuerdeStatus | None = None
    nur_offene: bool = False  # neither gelöst nor nicht lösbar
    kreis_id: int | None = None
    leistung_nr: int | None = None
    text: str = ""


@dataclass(frozen=True)
class HuerdeHistorieEintrag:
    alt: HuerdeStatus | None
    neu: HuerdeStatus
    datum: date
    erfasst_am: datetime
    benutzer: str | None
    notiz: str | None


def _pruefen(d: HuerdeDaten) -> HuerdeDaten:
    titel = vk.text(d.titel, meldung("Titel"), pflicht=True, laenge=300) or ""
    unterart = (d.unterart or "").strip()
    try:
        pruefe_unterart(d.kategorie, unterart or None)
    except InputError as err:
        raise InputError(meldung("Unterart: {err}", err=err)) from None
    return HuerdeDaten(
        d.id, titel, d.kategorie, unterart, (d.beschreibung or "").strip(), d.erfasst_am,
        (d.loesung or "").strip(), (d.handlungsempfehlung or "").strip(), d.kommune_ids, d.leistung_nrs, d.status,
    )  # fmt: skip


def huerde_speichern(
    store: Store,
    daten: HuerdeDaten,
    *,
    benutzer: str | None = None,
    heute: date | None = None,
    wiederherstellen: bool = False,
    gesehen: HuerdeDaten | None = None,
) -> int:
    """Insert (status offen, first history row) or update the content of a Hürde; returns the id.

    ``gesehen``: the Hürde as the user saw it; changed by someone else since, it is refused with a
    ``Konflikt`` (see services/konflikt.py)."""
    d = _pruefen(daten)
    heute = heute or date.today()
    if d.erfasst_am is not None and d.erfasst_am > heute and not wiederherstellen:
        raise InputError(
            meldung(
                "Erfasst am: {datum:%d.%m.%Y} liegt in der Zukunft. Eine Hürde wird an dem Tag erfasst, "
                "an dem sie bekannt wird (spätestens heute, {heute:%d.%m.%Y}).",
                datum=d.erfasst_am,
                heute=heute,
            )
        )
    with store.write() as s:
        kommunen = vk.kommunen_pruefen(s, d.kommune_ids, meldung("Kommunen"))
        nrs = vk.leistungen_pruefen(s, d.leistung_nrs)
        row = s.get(Huerde, d.id, with_for_update=gesehen is not None) if d.id is not None else None
        if gesehen is not None:
            was = f"Die Hürde „{gesehen.titel}“"
            stand_pruefen(row, gesehen, lambda: _daten(s, row), d, FELDER, was)  # type: ignore[arg-type]
        if d.id is not None and row is None and not wiederherstellen:
            raise InputError(meldung("Diese Hürde gibt es nicht (mehr)."))
        neu = row is None
        if row is None:
            row = Huerde(id=d.id, status=HuerdeStatus.OFFEN, erfasst_am=d.erfasst_am or heute)
            s.add(row)
        elif d.erfasst_am is not None:
            row.erfasst_am = d.erfasst_am
        row.titel = d.titel
        row.kategorie = d.kategorie
        row.unterart = d.unterart or None
        row.beschreibung = d.beschreibung or None
        row.loesung = d.loesung or None
        row.handlungsempfehlung = d.handlungsempfehlung or None
        gespeichert(row, benutzer)
        s.flush()
        if neu:
            s.add(
                HuerdeHistorie(
                    huerde_id=row.id, alt=None, neu=HuerdeStatus.OFFEN, datum=row.erfasst_am,
                    erfasst_am=datetime.now(), benutzer=benutzer, notiz="erfasst",
                )
            )  # fmt: skip
        vk.links_setzen(s, huerde_kommune, "huerde_id", row.id, "kommune_id", kommunen)
        vk.links_setzen(s, huerde_leistung, "huerde_id", row.id, "leistung_nr", nrs)
        s.flush()
        return row.id


def status_aendern(
    store: Store,
    huerde_id: int,
    neu: HuerdeStatus,
    *,
    benutzer: str | None,
    notiz: str = "",
    loesung: str | None = None,
    handlungsempfehlung: str | None = None,
    datum: date | None = None,
) -> None:
    """Move a Hürde along its path (refusing what the path does not allow) and write a history row.

    Gelöst needs a Lösung (given here or already recorded); leaving gelöst/nicht lösbar clears
    the date of closing.
    """
    datum = datum or date.today()
    with store.write() as s:
        row = s.get(Huerde, huerde_id)
        if row is None:
            raise InputError(meldung("Diese Hürde gibt es nicht (mehr)."))
        pruefe_uebergang(row.status, neu)
        if loesung is not None:
            row.loesung = loesung.strip() or None
        if handlungsempfehlung is not None:
            row.handlungsempfehlung = handlungsempfehlung.strip() or None
        if neu is HuerdeStatus.GELOEST and not row.loesung:
            raise InputError(meldung("Lösung: Bitte beschreiben, wie die Hürde gelöst wurde."))
        if neu is HuerdeStatus.NICHT_LOESBAR and not (notiz.strip() or row.handlungsempfehlung):
            raise InputError(meldung("Notiz: Bitte begründen, warum die Hürde nicht lösbar ist."))
        if datum < row.erfasst_am:
            raise InputError(
                meldung("Datum: liegt vor der Erfassung der Hürde ({erfasst:%d.%m.%Y}).", erfasst=row.erfasst_am)
            )
        alt = row.status
        row.status = neu
        row.geloest_am = datum if neu.erledigt else None
        gespeichert(row, benutzer)
        s.add(
            HuerdeHistorie(
                huerde_id=row.id, alt=alt, neu=neu, datum=datum, erfasst_am=datetime.now(),
                benutzer=benutzer, notiz=notiz.strip() or None,
            )
        )  # fmt: skip


@dataclass(frozen=True)
class HuerdeArchiv:
    """A removed Hürde with everything that belonged to it, so that an undo brings it back whole."""

    daten: HuerdeDaten
    geloest_am: date | None
    historie: tuple[tuple[Any, ...], ...]  # the rows of its Verlauf (id, alt, neu, datum, erfasst_am, benutzer, notiz)


_HISTORIE_SPALTEN = ("id", "alt", "neu", "datum", "erfasst_am", "benutzer", "notiz")


def huerde_loeschen(store: Store, huerde_id: int) -> HuerdeArchiv:
    """Remove a Hürde and its Verlauf; returns them for an undo (``huerde_zurueckholen``)."""
    daten = huerde_laden(store, huerde_id)
    with store.write() as s:
        row = s.get(Huerde, huerde_id)
        if row is None:
            raise InputError(meldung("Diese Hürde gibt es nicht (mehr)."))
        verlauf = s.scalars(select(HuerdeHistorie).where(HuerdeHistorie.huerde_id == huerde_id))
        archiv = HuerdeArchiv(
            daten, row.geloest_am, tuple(tuple(getattr(h, c) for c in _HISTORIE_SPALTEN) for h in verlauf)
        )
        s.delete(row)
        return archiv


def huerde_zurueckholen(store: Store, archiv: HuerdeArchiv) -> int:
    """Undo of a removal: the Hürde under its id, with status, links and the whole Verlauf."""
    d = archiv.daten
    with store.write() as s:
        if d.id is None or s.get(Huerde, d.id) is not None:
            raise InputError(meldung("Diese Hürde gibt es schon wieder; es wurde nichts geändert."))
        kommunen = vk.kommunen_pruefen(s, d.kommune_ids, meldung("Kommunen"))
        nrs = vk.leistungen_pruefen(s, d.leistung_nrs)
        s.add(
            Huerde(
                id=d.id, titel=d.titel, kategorie=d.kategorie, unterart=d.unterart or None,
                beschreibung=d.beschreibung or None, status=d.status, erfasst_am=d.erfasst_am,
                geloest_am=archiv.geloest_am, loesung=d.loesung or None,
                handlungsempfehlung=d.handlungsempfehlung or None,
            )
        )  # fmt: skip
        s.flush()
        for values in archiv.historie:
            s.add(HuerdeHistorie(huerde_id=d.id, **dict(zip(_HISTORIE_SPALTEN, values, strict=True))))
        vk.links_setzen(s, huerde_kommune, "huerde_id", d.id, "kommune_id", kommunen)
        vk.links_setzen(s, huerde_leistung, "huerde_id", d.id, "leistung_nr", nrs)
        return d.id


@dataclass(frozen=True)
class StatusSchritt:
    """A status change as it was written, for its undo: the state before and the Verlauf row."""

    huerde_id: int
    vorher: tuple[HuerdeStatus, date | None, str | None, str | None]  # status, geloest_am, loesung, empfehlung
    nachher: HuerdeStatus
    historie_id: int


def status_schritt(store: Store, huerde_id: int, neu: HuerdeStatus, **kwargs: Any) -> StatusSchritt:
    """``status_aendern`` that remembers what it replaced (one transaction each)."""
    with store.read() as s:
        row = s.get(Huerde, huerde_id)
        if row is None:
            raise InputError(meldung("Diese Hürde gibt es nicht (mehr)."))
        vorher = (row.status, row.geloest_am, row.loesung, row.handlungsempfehlung)
    status_aendern(store, huerde_id, neu, **kwargs)
    with store.read() as s:
        letzte = s.scalar(select(func.max(HuerdeHistorie.id)).where(HuerdeHistorie.huerde_id == huerde_id))
    assert letzte is not None
    return StatusSchritt(huerde_id, vorher, neu, letzte)


def status_zuruecknehmen(store: Store, schritt: StatusSchritt) -> None:
    """Undo of a status change made a moment ago: its Verlauf row goes, the previous state returns.
    Refused when the Hürde moved on since (its newest Verlauf row is another one)."""
    with store.write() as s:
        row = s.get(Huerde, schritt.huerde_id)
        letzte = s.scalar(select(func.max(HuerdeHistorie.id)).where(HuerdeHistorie.huerde_id == schritt.huerde_id))
        if row is None or row.status is not schritt.nachher or letzte != schritt.historie_id:
            raise InputError(VERAENDERT.format(was="Die Statusänderung der Hürde"))
        row.status, row.geloest_am, row.loesung, row.handlungsempfehlung = schritt.vorher
        s.execute(delete(HuerdeHistorie).where(HuerdeHistorie.id == schritt.historie_id))


def huerde_laden(store: Store, huerde_id: int) -> HuerdeDaten:
    with store.read() as s:
        row = s.get(Huerde, huerde_id)
        if row is None:
            raise InputError(meldung("Diese Hürde gibt es nicht (mehr)."))
        return _daten(s, row)


def _daten(s: Session, row: Huerde) -> HuerdeDaten:
    kommunen = vk.links_lesen(s, huerde_kommune, "huerde_id", "kommune_id", [row.id]).get(row.id, [])
    nrs = vk.links_lesen(s, huerde_leistung, "huerde_id", "leistung_nr", [row.id]).get(row.id, [])
    return HuerdeDaten(
        row.id, row.titel, row.kategorie, row.unterart or "", row.beschreibung or "", row.erfasst_am,
        row.loesung or "", row.handlungsempfehlung or "", tuple(sorted(kommunen)), tuple(sorted(nrs)), row.status,
        row.version,
    )  # fmt: skip


def historie(store: Store, huerde_id: int) -> list[HuerdeHistorieEintrag]:
    """Status changes, oldest first."""
    with store.read() as s:
        rows = s.scalars(
            select(HuerdeHistorie)
            .where(HuerdeHistorie.huerde_id == huerde_id)
            .order_by(HuerdeHistorie.datum, HuerdeHistorie.erfasst_am, HuerdeHistorie.id)
        )
        return [HuerdeHistorieEintrag(h.alt, h.neu, h.datum, h.erfasst_am, h.benutzer, h.notiz) for h in rows]


def huerden(store: Store, f: HuerdenFilter = HuerdenFilter()) -> list[HuerdeZeile]:
    """The register filtered, newest first. The register is small (hundreds), so filters run here."""
    with store.read() as s:
        rows = list(s.scalars(select(Huerde).order_by(Huerde.erfasst_am.desc(), Huerde.id.desc())))
        kommunen = vk.links_lesen(s, huerde_kommune, "huerde_id", "kommune_id")
        nrs = vk.links_lesen(s, huerde_leistung, "huerde_id", "leistung_nr")
        info = vk.kommunen_info(s, [k for ks in kommunen.values() for k in ks])
        namen = vk.leistung_namen(s)
    needle = f.text.strip().casefold()
    out = []
    for h in rows:
        ks = sorted((info[k] for k in kommunen.get(h.id, [])), key=lambda k: k.name)
        ls = sorted(nrs.get(h.id, []))
        kreise = frozenset(k.kreis_id for k in ks if k.kreis_id is not None)
        if f.kategorie is not None and h.kategorie is not f.kategorie:
            continue
        if f.status is not None and h.status is not f.status:
            continue
        if f.nur_offene and h.status.erledigt:
            continue
        if f.kreis_id is not None and f.kreis_id not in kreise:
            continue
        if f.leistung_nr is not None and f.leistung_nr not in ls:
            continue
        kommunen_text = vk.namen_liste(k.name for k in ks)
        if needle and needle not in f"{h.titel} {h.unterart or ''} {kommunen_text}".casefold():
            continue
        out.append(
            HuerdeZeile(
                h.id, h.titel, h.kategorie, h.unterart or "", h.status, h.erfasst_am, h.geloest_am,
                kommunen_text, ", ".join(f"{n} {namen.get(n, '')}" for n in ls), kreise, frozenset(ls),
                bool(h.handlungsempfehlung),
            )
        )  # fmt: skip
    return out
