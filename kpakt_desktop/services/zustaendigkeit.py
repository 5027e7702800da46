"""Which Kommunen are zuständig for which Leistung, and keeping the Nachnutzungen in step with it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.vollzug import AusnahmeArt, KommuneRef, Vollzugsebene, zustaendige
from kpakt_desktop.services.catalog import VollzugVorgabe
from kpakt_desktop.store.models import (
    Kommune,
    Nachnutzung,
    NachnutzungHistorie,
    VerbandRegel,
    Vollzug,
    VollzugAusnahme,
)


def vorgabe_ausnahmen(vorgaben: Iterable[VollzugVorgabe], rows: list[dict[str, Any]]) -> list[VollzugAusnahme]:
    """The shipped additions (große kreisangehörige Städte with their own authority) as exceptions.

    They are ordinary exceptions from then on: shown with their reason, removable, part of the
    Standardpaket. An ARS the register does not have (a newer or older Gebietsstand) is skipped.
    """
    by_ars = {r["ars"]: r for r in rows}
    result = []
    for v in vorgaben:
        ids = {by_ars[a]["id"] for a in v.zusatz_ars if a in by_ars}
        ids |= {r["id"] for r in rows if r["art"] in v.zusatz_arten}
        grund = f"Vorgabe ({v.sicherheit.label}): eigene {v.behoerde}"
        result += [
            VollzugAusnahme(leistung_nr=v.nr, kommune_id=i, art=AusnahmeArt.PLUS, grund=grund) for i in sorted(ids)
        ]
    return result


def kommune_refs(session: Session) -> list[KommuneRef]:
    rows = session.execute(select(Kommune.id, Kommune.art, Kommune.verband_id, Kommune.zustand)).all()
    return [KommuneRef(r.id, r.art, r.verband_id, r.zustand is KommuneZustand.AKTIV) for r in rows]


def verwaltende_arten(session: Session) -> dict[KommuneArt, bool]:
    return {r.art: r.verwaltet for r in session.scalars(select(VerbandRegel))}


def zustaendigkeit(session: Session) -> dict[int, set[int]]:
    """Leistung nr → ids of the zuständigen Kommunen, for every Leistung."""
    refs = kommune_refs(session)
    verwaltet = verwaltende_arten(session)
    ausnahmen: dict[int, tuple[set[int], set[int]]] = {}
    for a in session.scalars(select(VollzugAusnahme)):
        plus, minus = ausnahmen.setdefault(a.leistung_nr, (set(), set()))
        (plus if a.art is AusnahmeArt.PLUS else minus).add(a.kommune_id)
    result = {}
    for v in session.scalars(select(Vollzug)):
        plus, minus = ausnahmen.get(v.leistung_nr, (set(), set()))
        result[v.leistung_nr] = zustaendige(refs, v.ebene, verwaltet, plus, minus)
    return result


def ebenen(session: Session) -> dict[int, Vollzugsebene]:
    return {v.leistung_nr: v.ebene for v in session.scalars(select(Vollzug))}


@dataclass
class SyncResult:
    neu: int = 0
    nicht_mehr_zustaendig: int = 0
    wieder_zustaendig: int = 0
    betroffen: list[int] = field(default_factory=list)


def sync_nachnutzungen(
    session: Session, *, heute: date, jetzt: datetime, benutzer: str | None, quelle: str
) -> SyncResult:
    """Create *offen* rows for newly zuständige Kommunen; mark the rest *nicht mehr zuständig*.

    Nothing is deleted: a record that falls out keeps its data and history and comes back as
    *offen* when the Kommune becomes zuständig again.
    """
    result = SyncResult()
    soll = zustaendigkeit(session)
    ist: dict[tuple[int, int], Nachnutzung] = {
        (n.leistung_nr, n.kommune_id): n for n in session.scalars(select(Nachnutzung))
    }
    for nr, ids in soll.items():
        for kommune_id in ids:
            row = ist.get((nr, kommune_id))
            if row is None:
                session.add(
                    Nachnutzung(
                        kommune_id=kommune_id,
                        leistung_nr=nr,
                        status=Status.OFFEN,
                        geaendert_am=jetzt,
                        version=1,
                    )
                )
                result.neu += 1
            elif row.status is Status.NICHT_MEHR_ZUSTAENDIG:
                _set_status(session, row, Status.OFFEN, heute, jetzt, benutzer, quelle)
                result.wieder_zustaendig += 1
                result.betroffen.append(row.id)
    for (nr, kommune_id), row in ist.items():
        if kommune_id not in soll.get(nr, set()) and row.status is not Status.NICHT_MEHR_ZUSTAENDIG:
            _set_status(session, row, Status.NICHT_MEHR_ZUSTAENDIG, heute, jetzt, benutzer, quelle)
            result.nicht_mehr_zustaendig += 1
            result.betroffen.append(row.id)
    session.flush()
    return result


def _set_status(
    session: Session,
    row: Nachnutzung,
    neu: Status,
    heute: date,
    jetzt: datetime,
    benutzer: str | None,
    quelle: str,
) -> None:
    session.add(
        NachnutzungHistorie(
            nachnutzung_id=row.id,
            feld="status",
            alt=row.status.value,
            neu=neu.value,
            gueltig_ab=heute,
            erfasst_am=jetzt,
            benutzer=benutzer,
            quelle=quelle,
        )
    )
    row.status = neu
    row.status_seit = heute
    row.geaendert_am = jetzt
    row.version += 1
