"""Roll-Out-Teams of the Themenfeld-Federführer per Leistung (§3): contact and what they offered when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, update

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.domain.teams import KontaktFunktion, RolloutAngebot
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.verknuepfungen import Person
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Leistung, RolloutAngebotRow, RolloutTeam, Taskforce


@dataclass(frozen=True)
class Angebot:
    art: RolloutAngebot
    datum: date | None = None
    beschreibung: str = ""


@dataclass(frozen=True)
class RolloutTeamDaten:
    id: int | None
    leistung_nr: int
    name: str
    ff_land: str = ""  # Kürzel of the federführendes Land, e.g. "HH"
    kontakt: Person | None = None
    notiz: str = ""
    angebote: tuple[Angebot, ...] = ()
    # Taskforces linked to the team when it was loaded: a restore (undo of a deletion) links them again.
    taskforce_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RolloutTeamZeile:
    id: int
    leistung_nr: int
    leistung: str
    name: str
    ff_land: str
    kontakt: str
    email: str
    angebote: str
    letztes_angebot: date | None
    taskforces: int


def _pruefen(d: RolloutTeamDaten) -> RolloutTeamDaten:
    name = vk.text(d.name, meldung("Name"), pflicht=True, laenge=200) or ""
    ff = (d.ff_land or "").strip()
    if ff:
        try:
            ff = parse_land(ff).kuerzel
        except InputError:
            raise InputError(
                meldung("Federführendes Land: „{land}“ ist kein Land (z. B. HH, NW oder 02).", land=ff)
            ) from None
    kontakt = (
        vk.person_pruefen(d.kontakt, meldung("Kontakt")) if d.kontakt is not None and d.kontakt.name.strip() else None
    )
    if d.kontakt is not None and d.kontakt.kontakt_id is not None:
        kontakt = d.kontakt
    angebote = tuple(Angebot(a.art, a.datum, (a.beschreibung or "").strip()) for a in d.angebote)
    return RolloutTeamDaten(d.id, d.leistung_nr, name, ff, kontakt, (d.notiz or "").strip(), angebote, d.taskforce_ids)


def rolloutteam_speichern(store: Store, daten: RolloutTeamDaten, *, wiederherstellen: bool = False) -> int:
    d = _pruefen(daten)
    with store.write() as s:
        if s.get(Leistung, d.leistung_nr) is None:
            raise InputError(meldung("Leistung: Nr. {nr} gibt es nicht.", nr=d.leistung_nr))
        row = s.get(RolloutTeam, d.id) if d.id is not None else None
        if d.id is not None and row is None and not wiederherstellen:
            raise InputError(meldung("Dieses Roll-Out-Team gibt es nicht (mehr)."))
        if row is None:
            row = RolloutTeam(id=d.id)
            s.add(row)
        row.leistung_nr = d.leistung_nr
        row.name = d.name
        row.ff_land = d.ff_land or None
        row.notiz = d.notiz or None
        row.kontakt_id = vk.kontakt_fuer(s, d.kontakt, KontaktFunktion.ROLLOUT, "Kontakt") if d.kontakt else None
        s.flush()
        s.execute(delete(RolloutAngebotRow).where(RolloutAngebotRow.team_id == row.id))
        for a in d.angebote:
            s.add(RolloutAngebotRow(team_id=row.id, art=a.art, datum=a.datum, beschreibung=a.beschreibung or None))
        if wiederherstellen and d.taskforce_ids:
            # Only Taskforces that still exist and have not been linked to another team meanwhile.
            s.execute(
                update(Taskforce)
                .where(Taskforce.id.in_(d.taskforce_ids), Taskforce.rolloutteam_id.is_(None))
                .values(rolloutteam_id=row.id)
            )
        s.flush()
        return row.id


def rolloutteam_loeschen(store: Store, team_id: int) -> None:
    """Remove a Roll-Out-Team; Taskforces that worked with it keep their data, without the link."""
    with store.write() as s:
        row = s.get(RolloutTeam, team_id)
        if row is None:
            raise InputError(meldung("Dieses Roll-Out-Team gibt es nicht (mehr)."))
        s.delete(row)


def rolloutteam_laden(store: Store, team_id: int) -> RolloutTeamDaten:
    with store.read() as s:
        row = s.get(RolloutTeam, team_id)
        if row is None:
            raise InputError(meldung("Dieses Roll-Out-Team gibt es nicht (mehr)."))
        kontakt = vk.personen(s, [row.kontakt_id]).get(row.kontakt_id) if row.kontakt_id else None
        angebote = tuple(
            Angebot(a.art, a.datum, a.beschreibung or "")
            for a in s.scalars(
                select(RolloutAngebotRow)
                .where(RolloutAngebotRow.team_id == row.id)
                .order_by(RolloutAngebotRow.datum, RolloutAngebotRow.id)
            )
        )
        taskforce_ids = tuple(s.scalars(select(Taskforce.id).where(Taskforce.rolloutteam_id == row.id)))
        return RolloutTeamDaten(
            row.id, row.leistung_nr, row.name, row.ff_land or "", kontakt, row.notiz or "", angebote, taskforce_ids
        )


def rolloutteams(store: Store) -> list[RolloutTeamZeile]:
    """All Roll-Out-Teams by Leistung, with their offers in date order."""
    with store.read() as s:
        teams = list(s.scalars(select(RolloutTeam).order_by(RolloutTeam.leistung_nr, RolloutTeam.name)))
        namen = vk.leistung_namen(s)
        leute = vk.personen(s, [t.kontakt_id for t in teams if t.kontakt_id])
        angebote: dict[int, list[RolloutAngebotRow]] = {}
        for a in s.scalars(select(RolloutAngebotRow).order_by(RolloutAngebotRow.datum)):
            angebote.setdefault(a.team_id, []).append(a)
        tf: dict[int, int] = {}
        for tid in s.scalars(select(Taskforce.rolloutteam_id)):
            if tid is not None:
                tf[tid] = tf.get(tid, 0) + 1
    out = []
    for t in teams:
        person = leute.get(t.kontakt_id) if t.kontakt_id else None
        liste = angebote.get(t.id, [])
        daten = [a.datum for a in liste if a.datum]
        out.append(
            RolloutTeamZeile(
                t.id, t.leistung_nr, f"{t.leistung_nr} {namen.get(t.leistung_nr, '')}", t.name, t.ff_land or "",
                person.name if person else "", person.email if person else "",
                "; ".join(
                    f"{a.art.label} ({a.datum:%d.%m.%Y})" if a.datum else a.art.label for a in liste
                ),
                max(daten) if daten else None, tf.get(t.id, 0),
            )
        )  # fmt: skip
    return out
