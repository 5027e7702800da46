"""Leistungen page use cases around the Vollzugsebene: live counts, preview, change, exceptions.

Every change of what is zuständig goes through ``sync_nachnutzungen`` in the same transaction,
so Nachnutzungen that fall out are kept as *nicht mehr zuständig* and never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import Versorgung, VersorgungRef, versorgung
from kpakt_desktop.domain.vollzug import AusnahmeArt, Sicherheit, Vollzugsebene, default_verwaltende_arten, zustaendige
from kpakt_desktop.services.catalog import VollzugVorgabe, load_vollzug_vorgaben
from kpakt_desktop.services.zustaendigkeit import (
    SyncResult,
    kommune_refs,
    sync_nachnutzungen,
    verwaltende_arten,
    vorgabe_ausnahmen,
)
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Kommune,
    LandRow,
    Leistung,
    Nachnutzung,
    VerbandRegel,
    Vollzug,
    VollzugAusnahme,
)

QUELLE = "Vollzugsebene"


@dataclass(frozen=True)
class AusnahmeInfo:
    id: int
    kommune_id: int
    ars: str
    name: str
    art: AusnahmeArt
    grund: str | None


@dataclass(frozen=True)
class VollzugStand:
    nr: int
    ebene: Vollzugsebene
    zustaendig: int
    einwohner: int
    ausnahmen: tuple[AusnahmeInfo, ...]
    vorgabe: VollzugVorgabe | None = None  # the shipped level for this Land, with source and confidence
    geprueft: bool = False
    geprueft_am: datetime | None = None
    geprueft_von: str | None = None

    @property
    def wie_vorgabe(self) -> bool:
        return self.vorgabe is not None and self.vorgabe.ebene is self.ebene

    @property
    def quelle(self) -> str:
        """Where the level comes from, in one German sentence."""
        if self.vorgabe is None:
            return "Keine Vorgabe für dieses Land."
        if self.wie_vorgabe:
            return self.vorgabe.quelle
        vorgabe = f"{self.vorgabe.ebene.label} ({self.vorgabe.sicherheit.label}) – {self.vorgabe.quelle}"
        if self.geprueft:
            return f"Von der Koordinierungsstelle festgelegt. Mitgelieferte Vorgabe: {vorgabe}"
        # A database from an older version keeps the level it had; the office decides.
        return f"Weicht von der mitgelieferten Vorgabe ab, bitte prüfen. Vorgabe: {vorgabe}"

    @property
    def sicherheit_text(self) -> str:
        """ "bestätigt am …" once the office confirmed it, else the shipped confidence."""
        if self.geprueft:
            wann = f" am {self.geprueft_am:%d.%m.%Y}" if self.geprueft_am else ""
            wer = f" von {self.geprueft_von}" if self.geprueft_von else ""
            return f"bestätigt{wann}{wer}"
        if self.vorgabe is None or not self.wie_vorgabe:
            return Sicherheit.BITTE_PRUEFEN.label
        return self.vorgabe.sicherheit.label


@dataclass(frozen=True)
class Vorschau:
    """What a change would do: the new counts and the effect on existing Nachnutzungen."""

    zustaendig: int
    einwohner: int
    neu: int
    fallen_heraus: int
    wieder_zustaendig: int


@dataclass(frozen=True)
class VerbandRegelInfo:
    art: KommuneArt
    verwaltet: bool
    geprueft: bool
    vorgabe: bool  # the shipped default for this Land
    anzahl: int  # how many Gemeindeverbände of this kind the Land has


def versorgung_laden(session: Session) -> Versorgung:
    rows = session.execute(
        select(Kommune.id, Kommune.art, Kommune.verband_id, Kommune.kreis_id, Kommune.einwohner).where(
            Kommune.zustand == KommuneZustand.AKTIV
        )
    ).all()
    return versorgung(VersorgungRef(r.id, r.art, r.verband_id, r.kreis_id, r.einwohner) for r in rows)


def ausnahmen_je_leistung(session: Session, nr: int | None = None) -> list[tuple[int, AusnahmeInfo]]:
    """(Leistung nr, exception) pairs, by Leistung and Kommune name."""
    query = (
        select(VollzugAusnahme, Kommune.ars, Kommune.name)
        .join(Kommune, Kommune.id == VollzugAusnahme.kommune_id)
        .order_by(VollzugAusnahme.leistung_nr, Kommune.name)
    )
    if nr is not None:
        query = query.where(VollzugAusnahme.leistung_nr == nr)
    return [
        (a.leistung_nr, AusnahmeInfo(a.id, a.kommune_id, ars, name, a.art, a.grund))
        for a, ars, name in session.execute(query)
    ]


def plus_minus(infos: list[AusnahmeInfo]) -> tuple[set[int], set[int]]:
    plus = {a.kommune_id for a in infos if a.art is AusnahmeArt.PLUS}
    minus = {a.kommune_id for a in infos if a.art is AusnahmeArt.MINUS}
    return plus, minus


def _vorgaben(s: Session) -> dict[int, VollzugVorgabe]:
    return load_vollzug_vorgaben(s.scalars(select(LandRow.schluessel)).one())


def vollzug_stand(store: Store) -> list[VollzugStand]:
    """Per Leistung: Vollzugsebene, number of zuständige Kommunen and the Einwohner they serve."""
    with store.read() as s:
        vorgaben = _vorgaben(s)
        refs = kommune_refs(s)
        verwaltet = verwaltende_arten(s)
        vers = versorgung_laden(s)
        by_nr: dict[int, list[AusnahmeInfo]] = {}
        for nr, info in ausnahmen_je_leistung(s):
            by_nr.setdefault(nr, []).append(info)
        result = []
        for v in s.scalars(select(Vollzug).order_by(Vollzug.leistung_nr)):
            infos = by_nr.get(v.leistung_nr, [])
            plus, minus = plus_minus(infos)
            ids = zustaendige(refs, v.ebene, verwaltet, plus, minus)
            result.append(
                VollzugStand(
                    v.leistung_nr,
                    v.ebene,
                    len(ids),
                    vers.einwohner_von(ids),
                    tuple(infos),
                    vorgaben.get(v.leistung_nr),
                    v.geprueft,
                    v.geprueft_am,
                    v.geprueft_von,
                )
            )
    return result


def vorschau_mit(
    s: Session,
    nr: int,
    ebene: Vollzugsebene,
    verwaltet: Mapping[KommuneArt, bool],
    plus: set[int],
    minus: set[int],
) -> Vorschau:
    ids = zustaendige(kommune_refs(s), ebene, verwaltet, plus, minus)
    rows = {
        k: st
        for k, st in s.execute(select(Nachnutzung.kommune_id, Nachnutzung.status).where(Nachnutzung.leistung_nr == nr))
    }
    aktiv = {k for k, st in rows.items() if st is not Status.NICHT_MEHR_ZUSTAENDIG}
    ruhend = set(rows) - aktiv
    return Vorschau(
        zustaendig=len(ids),
        einwohner=versorgung_laden(s).einwohner_von(ids),
        neu=len(ids - set(rows)),
        fallen_heraus=len(aktiv - ids),
        wieder_zustaendig=len(ids & ruhend),
    )


def vorschau_ebene(store: Store, nr: int, ebene: Vollzugsebene) -> Vorschau:
    """Preview of setting Leistung ``nr`` to ``ebene`` (nothing is written)."""
    with store.read() as s:
        plus, minus = plus_minus([i for _, i in ausnahmen_je_leistung(s, nr)])
        return vorschau_mit(s, nr, ebene, verwaltende_arten(s), plus, minus)


def jetzt_sekunden() -> datetime:
    return datetime.now().replace(microsecond=0)


def sync_zustaendigkeit(s: Session, benutzer: str | None, jetzt: datetime) -> SyncResult:
    return sync_nachnutzungen(s, heute=jetzt.date(), jetzt=jetzt, benutzer=benutzer, quelle=QUELLE)


def setze_ebene(
    store: Store, nr: int, ebene: Vollzugsebene, *, benutzer: str | None, jetzt: datetime | None = None
) -> SyncResult:
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        row = s.get(Vollzug, nr)
        if row is None:
            raise InputError(meldung("Die Leistung Nr. {nr} gibt es nicht (erlaubt: 1 bis 16).", nr=nr))
        row.ebene = ebene
        row.geaendert_am = jetzt
        # The office chose this level itself: it counts as checked.
        row.geprueft, row.geprueft_am, row.geprueft_von = True, jetzt, benutzer
        s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)


def vorgabe_uebernehmen(store: Store, nr: int, *, benutzer: str | None, jetzt: datetime | None = None) -> SyncResult:
    """Set Leistung ``nr`` to the shipped Vollzugsebene of this Land, with its shipped additions.

    For databases made before the per-Land table existed, or to undo an own choice. Exceptions the
    office entered stay; the level counts as not yet checked, as every shipped value does.
    """
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        row = s.get(Vollzug, nr)
        if row is None:
            raise InputError(meldung("Die Leistung Nr. {nr} gibt es nicht (erlaubt: 1 bis 16).", nr=nr))
        vorgabe = _vorgaben(s)[nr]
        row.ebene = vorgabe.ebene
        row.geaendert_am = jetzt
        row.geprueft, row.geprueft_am, row.geprueft_von = False, None, None
        vorhanden = set(s.scalars(select(VollzugAusnahme.kommune_id).where(VollzugAusnahme.leistung_nr == nr)))
        kommunen = [
            {"id": k.id, "ars": k.ars, "art": k.art}
            for k in s.scalars(select(Kommune).where(Kommune.zustand == KommuneZustand.AKTIV))
        ]
        for a in vorgabe_ausnahmen([vorgabe], kommunen):
            if a.kommune_id not in vorhanden:
                s.add(a)
        s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)


def bestaetige_ebene(store: Store, nr: int, *, benutzer: str | None, jetzt: datetime | None = None) -> None:
    """The office confirms the Vollzugsebene as it is (nothing else changes)."""
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        row = s.get(Vollzug, nr)
        if row is None:
            raise InputError(meldung("Die Leistung Nr. {nr} gibt es nicht (erlaubt: 1 bis 16).", nr=nr))
        row.geprueft, row.geprueft_am, row.geprueft_von = True, jetzt, benutzer


def ausnahme_hinzufuegen(
    store: Store,
    nr: int,
    kommune_id: int,
    art: AusnahmeArt,
    grund: str | None,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
) -> SyncResult:
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        kommune = s.get(Kommune, kommune_id)
        if kommune is None:
            raise InputError(meldung("Die gewählte Kommune gibt es in dieser Landesdatenbank nicht."))
        existing = s.scalars(
            select(VollzugAusnahme).where(VollzugAusnahme.leistung_nr == nr, VollzugAusnahme.kommune_id == kommune_id)
        ).first()
        if existing is not None:
            raise InputError(
                meldung(
                    "Für {name} ist bei dieser Leistung schon eine Ausnahme eingetragen ({art}). "
                    "Bitte zuerst entfernen.",
                    name=kommune.name,
                    art=existing.art,
                )
            )
        s.add(VollzugAusnahme(leistung_nr=nr, kommune_id=kommune_id, art=art, grund=(grund or "").strip() or None))
        s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)


def ausnahme_entfernen(
    store: Store, ausnahme_id: int, *, benutzer: str | None, jetzt: datetime | None = None
) -> SyncResult:
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        row = s.get(VollzugAusnahme, ausnahme_id)
        if row is not None:
            s.delete(row)
            s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)


def verband_regeln(store: Store) -> list[VerbandRegelInfo]:
    """The Land's Gemeindeverband kinds: administers for its members? (defaults marked unchecked)."""
    with store.read() as s:
        land = s.scalars(select(LandRow.schluessel)).one()
        defaults = default_verwaltende_arten(land)
        counts: dict[KommuneArt, int] = {}
        for (art,) in s.execute(select(Kommune.art).where(Kommune.zustand == KommuneZustand.AKTIV)):
            counts[art] = counts.get(art, 0) + 1
        return [
            VerbandRegelInfo(r.art, r.verwaltet, r.geprueft, defaults.get(r.art, False), counts.get(r.art, 0))
            for r in s.scalars(select(VerbandRegel).order_by(VerbandRegel.art))
        ]


def vorschau_verband_regel(store: Store, art: KommuneArt, verwaltet: bool) -> dict[int, Vorschau]:
    """Effect of changing one Gemeindeverband rule, per Leistung whose count would change."""
    with store.read() as s:
        regeln = {**verwaltende_arten(s), art: verwaltet}
        by_nr: dict[int, list[AusnahmeInfo]] = {}
        for nr, info in ausnahmen_je_leistung(s):
            by_nr.setdefault(nr, []).append(info)
        result = {}
        for v in s.scalars(select(Vollzug).order_by(Vollzug.leistung_nr)):
            plus, minus = plus_minus(by_nr.get(v.leistung_nr, []))
            preview = vorschau_mit(s, v.leistung_nr, v.ebene, regeln, plus, minus)
            if preview.neu or preview.fallen_heraus or preview.wieder_zustaendig:
                result[v.leistung_nr] = preview
        return result


def setze_verband_regel(
    store: Store, art: KommuneArt, verwaltet: bool, *, benutzer: str | None, jetzt: datetime | None = None
) -> SyncResult:
    """Set (and mark as checked) whether ``art`` administers for its members, then re-sync."""
    jetzt = jetzt or jetzt_sekunden()
    with store.write() as s:
        row = s.get(VerbandRegel, art)
        if row is None:
            raise InputError(meldung("Gemeindeverbände der Art „{art}“ gibt es in diesem Land nicht.", art=art))
        row.verwaltet = verwaltet
        row.geprueft = True
        s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)


def leistung_namen(store: Store) -> dict[int, str]:
    with store.read() as s:
        return dict(s.execute(select(Leistung.nr, Leistung.name).order_by(Leistung.nr)).all())


@dataclass(frozen=True)
class KommuneWahl:
    id: int
    text: str  # "Name (Art, ARS)", unique within the Land


def kommunen_wahl(store: Store) -> list[KommuneWahl]:
    """Every active Kommune, for choosing an addition/exclusion."""
    with store.read() as s:
        rows = s.execute(
            select(Kommune.id, Kommune.name, Kommune.art, Kommune.ars)
            .where(Kommune.zustand == KommuneZustand.AKTIV)
            .order_by(Kommune.name, Kommune.ars)
        ).all()
    return [KommuneWahl(r.id, f"{r.name} ({r.art.label}, {r.ars})") for r in rows]


# -- undo of every Vollzug change: the rules before and after, put back as a whole ----------------
_VOLLZUG_SPALTEN = ("leistung_nr", "ebene", "geaendert_am", "notiz", "geprueft", "geprueft_am", "geprueft_von")
_AUSNAHME_SPALTEN = ("id", "leistung_nr", "kommune_id", "art", "grund")


@dataclass(frozen=True)
class VollzugRegeln:
    """Everything that decides who is zuständig: levels, exceptions and Gemeindeverband rules."""

    ebenen: tuple[tuple[object, ...], ...]
    ausnahmen: tuple[tuple[object, ...], ...]
    verband: tuple[tuple[object, ...], ...]


def _regeln(s: Session) -> VollzugRegeln:
    def rows(model: type, columns: tuple[str, ...], order: Any) -> tuple[tuple[object, ...], ...]:
        found: Any = s.scalars(select(model).order_by(order))
        return tuple(tuple(getattr(r, c) for c in columns) for r in found)

    return VollzugRegeln(
        rows(Vollzug, _VOLLZUG_SPALTEN, Vollzug.leistung_nr),
        rows(VollzugAusnahme, _AUSNAHME_SPALTEN, VollzugAusnahme.id),
        rows(VerbandRegel, ("art", "verwaltet", "geprueft"), VerbandRegel.art),
    )


def vollzug_regeln(store: Store) -> VollzugRegeln:
    with store.read() as s:
        return _regeln(s)


def vollzug_regeln_setzen(
    store: Store, ziel: VollzugRegeln, *, erwartet: VollzugRegeln, benutzer: str | None, was: str
) -> SyncResult:
    """Put ``ziel`` back (undo/redo of a Vollzug change) and re-sync the Nachnutzungen; refused
    when the rules are no longer ``erwartet`` (someone changed them in between)."""
    from kpakt_desktop.services.rueckgaengig import VERAENDERT

    jetzt = jetzt_sekunden()
    with store.write() as s:
        if _regeln(s) != erwartet:
            raise InputError(VERAENDERT.format(was=was))
        for werte in ziel.ebenen:
            row = s.get(Vollzug, werte[0])
            if row is not None:
                for column, value in zip(_VOLLZUG_SPALTEN[1:], werte[1:], strict=True):
                    setattr(row, column, value)
        s.execute(delete(VollzugAusnahme))
        s.add_all(VollzugAusnahme(**dict(zip(_AUSNAHME_SPALTEN, werte, strict=True))) for werte in ziel.ausnahmen)
        for art, verwaltet, geprueft in ziel.verband:
            regel = s.get(VerbandRegel, art)
            if regel is not None:
                regel.verwaltet, regel.geprueft = bool(verwaltet), bool(geprueft)
        s.flush()
        return sync_zustaendigkeit(s, benutzer, jetzt)
