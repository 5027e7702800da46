"""Land-level teams of the Eckpunkte slides: Kernteam Nachnutzung and Umsetzungsbegleitteam."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.teams import KontaktFunktion, LandesteamArt
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.verknuepfungen import Person
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Landesteam, LandesteamMitglied


@dataclass(frozen=True)
class LandesteamMitgliedDaten:
    person: Person
    rolle: str = ""  # free text: Ressortansprechpartner, Rechtsexpertise, …


@dataclass(frozen=True)
class LandesteamDaten:
    id: int | None
    art: LandesteamArt
    name: str
    notiz: str = ""
    mitglieder: tuple[LandesteamMitgliedDaten, ...] = ()


def landesteam_speichern(store: Store, daten: LandesteamDaten, *, wiederherstellen: bool = False) -> int:
    name = vk.text(daten.name, meldung("Name"), pflicht=True, laenge=200) or ""
    mitglieder = []
    for i, m in enumerate(daten.mitglieder, 1):
        rolle = vk.text(m.rolle, meldung("Mitglied {i}, Rolle", i=i), laenge=200) or ""
        mitglieder.append(LandesteamMitgliedDaten(vk.person_pruefen(m.person, meldung("Mitglied {i}", i=i)), rolle))
    with store.write() as s:
        row = s.get(Landesteam, daten.id) if daten.id is not None else None
        if daten.id is not None and row is None and not wiederherstellen:
            raise InputError(meldung("Dieses Team gibt es nicht (mehr)."))
        if row is None:
            row = Landesteam(id=daten.id)
            s.add(row)
        row.art = daten.art
        row.name = name
        row.notiz = (daten.notiz or "").strip() or None
        s.flush()
        s.execute(delete(LandesteamMitglied).where(LandesteamMitglied.team_id == row.id))
        seen: set[int] = set()
        for i, m in enumerate(mitglieder, 1):
            kid = vk.kontakt_fuer(s, m.person, KontaktFunktion.SONSTIGE, f"Mitglied {i}")
            if kid in seen:
                raise InputError(
                    meldung("Mitglied {i}: {name} ist schon Mitglied dieses Teams.", i=i, name=m.person.name)
                )
            seen.add(kid)
            s.add(LandesteamMitglied(team_id=row.id, kontakt_id=kid, rolle=m.rolle or None))
        s.flush()
        return row.id


def landesteam_loeschen(store: Store, team_id: int) -> None:
    with store.write() as s:
        row = s.get(Landesteam, team_id)
        if row is None:
            raise InputError(meldung("Dieses Team gibt es nicht (mehr)."))
        s.delete(row)


def landesteams(store: Store) -> list[LandesteamDaten]:
    """Both kinds of team with their members (Kernteam first)."""
    arten = list(LandesteamArt)
    with store.read() as s:
        teams = list(s.scalars(select(Landesteam)))
        rows = list(s.scalars(select(LandesteamMitglied).order_by(LandesteamMitglied.id)))
        leute = vk.personen(s, [m.kontakt_id for m in rows])
    by_team: dict[int, list[LandesteamMitgliedDaten]] = {}
    for m in rows:
        by_team.setdefault(m.team_id, []).append(LandesteamMitgliedDaten(leute[m.kontakt_id], m.rolle or ""))
    out = [LandesteamDaten(t.id, t.art, t.name, t.notiz or "", tuple(by_team.get(t.id, []))) for t in teams]
    return sorted(out, key=lambda t: (arten.index(t.art), t.name))
