"""Regionale OZG-Taskforces (§2(3)a): region, Leistungen, accompanied Kommunen, members by role."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.teams import KontaktFunktion, TaskforceRolle, TaskforceStatus
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.konflikt import gespeichert, stand_pruefen
from kpakt_desktop.services.verknuepfungen import Person
from kpakt_desktop.services.zustaendigkeit import zustaendigkeit
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    RolloutTeam,
    Taskforce,
    TaskforceMitglied,
    taskforce_kommune,
    taskforce_leistung,
    taskforce_region,
)

# A member's role decides the function of a Kontakt created from the Taskforce form.
FUNKTION_DER_ROLLE = {
    TaskforceRolle.PROJEKTLEITUNG: KontaktFunktion.OZG_BEAUFTRAGTE,
    TaskforceRolle.FACHLICH: KontaktFunktion.FACHBEREICH,
    TaskforceRolle.TECHNISCH: KontaktFunktion.IT_LEITUNG,
    TaskforceRolle.IT_DIENSTLEISTER: KontaktFunktion.IT_DIENSTLEISTER,
}


@dataclass(frozen=True)
class Mitglied:
    rolle: TaskforceRolle
    person: Person


@dataclass(frozen=True)
class TaskforceDaten:
    id: int | None
    name: str
    status: TaskforceStatus = TaskforceStatus.AKTIV
    region: str = ""  # free text ("Westpfalz"); the Kreise/Kommunen are in ``region_ids``
    beginn: date | None = None
    ende: date | None = None
    rolloutteam_id: int | None = None
    notiz: str = ""
    region_ids: tuple[int, ...] = ()
    kommune_ids: tuple[int, ...] = ()  # accompanied Kommunen (First Movers first of all)
    leistung_nrs: tuple[int, ...] = ()
    mitglieder: tuple[Mitglied, ...] = ()
    version: int | None = field(default=None, compare=False)  # as read; None for a new Taskforce


FELDER = {
    "name": "Name",
    "status": "Status",
    "region": "Region",
    "beginn": "Beginn",
    "ende": "Ende",
    "rolloutteam_id": "Roll-Out-Team",
    "notiz": "Notiz",
    "region_ids": "Kreise/Kommunen der Region",
    "kommune_ids": "Begleitete Kommunen",
    "leistung_nrs": "Leistungen",
    "mitglieder": "Mitglieder",
}


@dataclass(frozen=True)
class TaskforceZeile:
    id: int
    name: str
    status: TaskforceStatus
    region: str
    leistungen: str
    begleitet: int
    mitglieder: int
    beginn: date | None
    ende: date | None
    rolloutteam: str
    projektleitung: str
    fehlende_rollen: tuple[TaskforceRolle, ...] = field(default=())


def _pruefen(d: TaskforceDaten) -> TaskforceDaten:
    name = vk.text(d.name, "Name", pflicht=True, laenge=200)
    region = vk.text(d.region, "Region", laenge=300)
    vk.zeitraum(d.beginn, d.ende)
    seen: set[tuple[object, TaskforceRolle]] = set()
    mitglieder = []
    for i, m in enumerate(d.mitglieder, 1):
        person = vk.person_pruefen(m.person, f"Mitglied {i}")
        key = (person.kontakt_id if person.kontakt_id is not None else person.name.casefold(), m.rolle)
        if key in seen:
            raise InputError(
                meldung(
                    "Mitglied {i}: {name} ist in der Rolle „{rolle}“ schon eingetragen.",
                    i=i,
                    name=person.name,
                    rolle=m.rolle,
                )
            )
        seen.add(key)
        mitglieder.append(Mitglied(m.rolle, person))
    return TaskforceDaten(
        d.id, name or "", d.status, region or "", d.beginn, d.ende, d.rolloutteam_id,
        (d.notiz or "").strip(), d.region_ids, d.kommune_ids, d.leistung_nrs, tuple(mitglieder),
    )  # fmt: skip


def zustaendige_je_leistung(store: Store) -> dict[int, frozenset[int]]:
    """Leistung nr → the Kommunen zuständig for it (the Taskforce editor offers them first)."""
    with store.read() as s:
        return {nr: frozenset(ids) for nr, ids in zustaendigkeit(s).items()}


def taskforce_speichern(
    store: Store,
    daten: TaskforceDaten,
    *,
    wiederherstellen: bool = False,
    gesehen: TaskforceDaten | None = None,
    benutzer: str | None = None,
) -> int:
    """Insert or update a Taskforce with all its links and members (one transaction); returns the id.

    ``gesehen``: the Taskforce as the user saw it; changed by someone else since, it is refused with
    a ``Konflikt`` (see services/konflikt.py)."""
    d = _pruefen(daten)
    with store.write() as s:
        region = vk.kommunen_pruefen(s, d.region_ids, "Region")
        begleitet = vk.kommunen_pruefen(s, d.kommune_ids, "Begleitete Kommunen")
        nrs = vk.leistungen_pruefen(s, d.leistung_nrs)
        if d.rolloutteam_id is not None and s.get(RolloutTeam, d.rolloutteam_id) is None:
            raise InputError(meldung("Roll-Out-Team: Das gewählte Roll-Out-Team gibt es nicht (mehr)."))
        row = s.get(Taskforce, d.id, with_for_update=gesehen is not None) if d.id is not None else None
        if gesehen is not None:
            was = f"Die Taskforce „{gesehen.name}“"
            stand_pruefen(row, gesehen, lambda: _daten(s, row), d, FELDER, was)  # type: ignore[arg-type]
        if d.id is not None and row is None and not wiederherstellen:
            raise InputError(meldung("Diese Taskforce gibt es nicht (mehr)."))
        if row is None:
            row = Taskforce(id=d.id)
            s.add(row)
        row.name = d.name
        row.region = d.region or None
        row.status = d.status
        row.beginn = d.beginn
        row.ende = d.ende
        row.rolloutteam_id = d.rolloutteam_id
        row.notiz = d.notiz or None
        gespeichert(row, benutzer)
        s.flush()
        vk.links_setzen(s, taskforce_region, "taskforce_id", row.id, "kommune_id", region)
        vk.links_setzen(s, taskforce_kommune, "taskforce_id", row.id, "kommune_id", begleitet)
        vk.links_setzen(s, taskforce_leistung, "taskforce_id", row.id, "leistung_nr", nrs)
        s.execute(delete(TaskforceMitglied).where(TaskforceMitglied.taskforce_id == row.id))
        for i, m in enumerate(d.mitglieder, 1):
            kid = vk.kontakt_fuer(s, m.person, FUNKTION_DER_ROLLE[m.rolle], f"Mitglied {i}")
            s.add(TaskforceMitglied(taskforce_id=row.id, kontakt_id=kid, rolle=m.rolle))
        s.flush()
        return row.id


def taskforce_loeschen(store: Store, taskforce_id: int) -> None:
    """Remove a Taskforce; its Kontakte stay (they may serve elsewhere)."""
    with store.write() as s:
        row = s.get(Taskforce, taskforce_id)
        if row is None:
            raise InputError(meldung("Diese Taskforce gibt es nicht (mehr)."))
        s.delete(row)


def taskforce_laden(store: Store, taskforce_id: int) -> TaskforceDaten:
    with store.read() as s:
        row = s.get(Taskforce, taskforce_id)
        if row is None:
            raise InputError(meldung("Diese Taskforce gibt es nicht (mehr)."))
        return _daten(s, row)


def _daten(s: Session, row: Taskforce) -> TaskforceDaten:
    mitglieder = list(
        s.execute(
            select(TaskforceMitglied.kontakt_id, TaskforceMitglied.rolle)
            .where(TaskforceMitglied.taskforce_id == row.id)
            .order_by(TaskforceMitglied.id)
        )
    )
    leute = vk.personen(s, [k for k, _ in mitglieder])
    rollen = list(TaskforceRolle)

    def link(table: Table, right: str) -> tuple[int, ...]:
        return tuple(sorted(vk.links_lesen(s, table, "taskforce_id", right, [row.id]).get(row.id, [])))

    ms = sorted((Mitglied(r, leute[k]) for k, r in mitglieder), key=lambda m: (rollen.index(m.rolle), m.person.name))
    return TaskforceDaten(
        row.id, row.name, row.status, row.region or "", row.beginn, row.ende, row.rolloutteam_id,
        row.notiz or "", link(taskforce_region, "kommune_id"), link(taskforce_kommune, "kommune_id"),
        link(taskforce_leistung, "leistung_nr"), tuple(ms), row.version,
    )  # fmt: skip


def taskforces(store: Store, *, leistung_nr: int | None = None, kommune_id: int | None = None) -> list[TaskforceZeile]:
    """All Taskforces (optionally those of one Leistung or accompanying one Kommune), by name."""
    with store.read() as s:
        rows = list(s.scalars(select(Taskforce).order_by(Taskforce.name)))
        ids = [r.id for r in rows]
        region = vk.links_lesen(s, taskforce_region, "taskforce_id", "kommune_id", ids)
        begleitet = vk.links_lesen(s, taskforce_kommune, "taskforce_id", "kommune_id", ids)
        nrs = vk.links_lesen(s, taskforce_leistung, "taskforce_id", "leistung_nr", ids)
        info = vk.kommunen_info(s, [k for ks in region.values() for k in ks])
        namen = vk.leistung_namen(s)
        teams = dict(s.execute(select(RolloutTeam.id, RolloutTeam.name)).all())
        mitglieder: dict[int, list[tuple[int, TaskforceRolle]]] = {}
        for tid, kid, rolle in s.execute(
            select(TaskforceMitglied.taskforce_id, TaskforceMitglied.kontakt_id, TaskforceMitglied.rolle)
        ):
            mitglieder.setdefault(tid, []).append((kid, rolle))
        leute = vk.personen(s, [k for ms in mitglieder.values() for k, _ in ms])
    out = []
    for r in rows:
        if leistung_nr is not None and leistung_nr not in nrs.get(r.id, []):
            continue
        if kommune_id is not None and kommune_id not in begleitet.get(r.id, []):
            continue
        ms = mitglieder.get(r.id, [])
        region_text = r.region or vk.namen_liste(sorted(info[k].name for k in region.get(r.id, [])))
        leitung = [leute[k].name for k, rolle in ms if rolle is TaskforceRolle.PROJEKTLEITUNG]
        vorhanden = {rolle for _, rolle in ms}
        out.append(
            TaskforceZeile(
                r.id, r.name, r.status, region_text,
                ", ".join(f"{n} {namen.get(n, '')}" for n in sorted(nrs.get(r.id, []))),
                len(begleitet.get(r.id, [])), len(ms), r.beginn, r.ende,
                teams.get(r.rolloutteam_id, "") if r.rolloutteam_id else "",
                ", ".join(leitung),
                tuple(rolle for rolle in TaskforceRolle if rolle not in vorhanden),
            )
        )  # fmt: skip
    return out
