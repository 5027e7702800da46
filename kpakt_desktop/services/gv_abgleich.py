"""Keeping the Kommunen true to the Gemeindeverzeichnis: the difference to a new extract, and applying it.

Identity follows the official keys: first the ARS; a Gemeinde whose ARS is gone is found again by
its AGS (it moved to another Gemeindeverband); a Gemeinde whose AGS is gone too is found by its
unchanged name when exactly one such pair is left and its Kreis part changed (it moved to another
Kreis). A matched row is updated in place – same id – so its Nachnutzungen, Kontakte and notes
move with it. A Kommune missing from the extract is marked *aufgelöst*, never deleted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from kpakt_desktop.domain.kommunen import KommuneZustand, default_spitzenverband
from kpakt_desktop.services.gv_datei import read_register_file
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.landdb import register_values
from kpakt_desktop.services.register import LandRegister, RegisterKommune
from kpakt_desktop.services.register_stand import register_spalten
from kpakt_desktop.services.zustaendigkeit import SyncResult, sync_nachnutzungen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, LandRow

# Fields taken from the register on every update (the office's own fields are never touched).
_REGISTER_FIELDS = (
    "ars",
    "ags",
    "name",
    "art",
    "parent_id",
    "kreis_id",
    "verband_id",
    "verbandsfrei",
    "einwohner",
    "flaeche_km2",
    "plz",
    "laengengrad",
    "breitengrad",
)


@dataclass(frozen=True)
class Aenderung:
    """One line of the preview."""

    art: str  # neu, aufgeloest, umbenannt, verschoben, einwohner, sonstiges
    ars: str
    name: str
    detail: str = ""


@dataclass
class GvDiff:
    source: str
    new: list[str] = field(default_factory=list)
    dissolved: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)
    einwohner_changed: int = 0
    other_changed: int = 0  # kind, PLZ, area, coordinates, parents (not part of the JSON contract)
    lines: list[Aenderung] = field(default_factory=list)
    # not part of the JSON contract either: unknown Satzarten/Textkennzeichen, and what the file
    # states about itself (None: it does not say)
    warnungen: list[str] = field(default_factory=list)
    format: str = "CSV"
    stand_gebiet: date | None = None
    stand_einwohner: date | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.new or self.dissolved or self.renamed or self.moved or self.einwohner_changed or self.other_changed
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "dissolved": self.dissolved,
            "renamed": self.renamed,
            "moved": self.moved,
            "einwohner_changed": self.einwohner_changed,
        }


@dataclass
class GvErgebnis:
    """What an applied import did; ``aufgeloest_ids`` are the Kommunen dissolved by it."""

    diff: GvDiff
    aufgeloest_ids: list[int]
    neu_ids: list[int]
    sync: SyncResult


@dataclass
class _Plan:
    diff: GvDiff
    ids: dict[str, int]  # register ARS → kommune.id (existing or to be inserted)
    updates: list[dict[str, Any]]
    inserts: list[RegisterKommune]
    dissolve: list[int]


def _land_key(session: Session) -> str:
    return session.scalars(select(LandRow.schluessel)).one()


def _plan(session: Session, register: LandRegister, source: str) -> _Plan:
    rows = list(session.scalars(select(Kommune)))
    by_ars = {r.ars: r for r in rows}
    by_ags = {r.ags: r for r in rows if r.ags}
    match: dict[str, Kommune] = {}
    used: set[int] = set()

    def take(k: RegisterKommune, row: Kommune | None) -> None:
        if row is not None and row.id not in used:
            match[k.ars] = row
            used.add(row.id)

    for k in register.kommunen:
        take(k, by_ars.get(k.ars))
    for k in register.kommunen:
        if k.ars not in match and k.ags:
            take(k, by_ags.get(k.ags))
    # Moved to another Kreis: AGS and ARS both changed; the name is the only witness left.
    left_old = Counter(r.name for r in rows if r.id not in used and r.ags and r.zustand is KommuneZustand.AKTIV)
    left_new = Counter(k.name for k in register.kommunen if k.ars not in match and k.ags)
    for k in register.kommunen:
        if k.ars in match or not k.ags or left_old[k.name] != 1 or left_new[k.name] != 1:
            continue
        row = next(
            r for r in rows if r.id not in used and r.ags and r.name == k.name and r.zustand is KommuneZustand.AKTIV
        )
        if row.ars[:5] != k.ars[:5]:
            take(k, row)

    next_id = (session.scalar(select(func.max(Kommune.id))) or 0) + 1
    ids: dict[str, int] = {}
    for k in register.kommunen:
        if k.ars in match:
            ids[k.ars] = match[k.ars].id
        else:
            ids[k.ars] = next_id
            next_id += 1

    diff = GvDiff(
        source,
        warnungen=list(register.warnungen),
        format=register.format,
        stand_gebiet=register.stand_gebiet,
        stand_einwohner=register.stand_einwohner,
    )
    updates: list[dict[str, Any]] = []
    inserts: list[RegisterKommune] = []
    for k in register.kommunen:
        wanted = register_values(k, ids)
        found = match.get(k.ars)
        if found is not None and not register.hat_koordinaten:  # the file cannot say: keep what is known
            wanted.update(laengengrad=found.laengengrad, breitengrad=found.breitengrad)
        if found is None or found.zustand is not KommuneZustand.AKTIV:
            diff.new.append(k.ars)
            diff.lines.append(Aenderung("neu", k.ars, k.name, k.art.label))
            if found is None:
                inserts.append(k)
            else:  # back in the register (e.g. an older extract imported in between): reactivate
                updates.append(
                    {
                        "id": found.id,
                        **wanted,
                        "zustand": KommuneZustand.AKTIV,
                        "aufgeloest_am": None,
                        "nachfolger_id": None,
                    }
                )
            continue
        row = found
        changed = {f: v for f, v in wanted.items() if getattr(row, f) != v}
        if not changed:
            continue
        updates.append({"id": row.id, **wanted})
        reported = False
        if row.ars != k.ars:
            diff.moved[row.ars] = k.ars
            diff.lines.append(Aenderung("verschoben", k.ars, k.name, f"bisher {row.ars}"))
            reported = True
        if row.name != k.name:
            diff.renamed.append(k.ars)
            diff.lines.append(Aenderung("umbenannt", k.ars, k.name, f"bisher {row.name}"))
            reported = True
        if row.einwohner != k.einwohner:
            diff.einwohner_changed += 1
            diff.lines.append(
                Aenderung("einwohner", k.ars, k.name, f"{_zahl(row.einwohner)} → {_zahl(k.einwohner)} Einwohner")
            )
            reported = True
        rest = set(changed) - {"ars", "ags", "name", "einwohner"}
        if rest:
            diff.other_changed += 1
            if not reported:
                diff.lines.append(Aenderung("sonstiges", k.ars, k.name, ", ".join(sorted(rest))))
    dissolve = [r.id for r in rows if r.id not in used and r.zustand is KommuneZustand.AKTIV]
    for r in rows:
        if r.id not in used and r.zustand is KommuneZustand.AKTIV:
            diff.dissolved.append(r.ars)
            diff.lines.append(Aenderung("aufgeloest", r.ars, r.name, r.art.label))
    return _Plan(diff, ids, updates, inserts, dissolve)


def _zahl(n: int | None) -> str:
    return "–" if n is None else f"{n:,}".replace(",", ".")


def read_for_store(store: Store, path: Path) -> LandRegister:
    """The extract's Kommunen of this database's Land (other Länder in the file are ignored)."""
    with store.read() as s:
        land = _land_key(s)
    return read_register_file(path, land)


def preview_job(store: Store, path: Path) -> Job[GvDiff]:
    """Read the file and compute the difference; writes nothing (``--dry-run``, GUI preview)."""
    yield Progress(0, 2, f"{path.name} lesen …")
    register = read_for_store(store, path)
    yield Progress(1, 2, "Mit der Datenbank vergleichen …")
    with store.read() as s:
        diff = _plan(s, register, path.name).diff
    yield Progress(2, 2, "Fertig.")
    return diff


def apply_job(
    store: Store,
    path: Path,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
    einwohner_stand: date | None = None,
) -> Job[GvErgebnis]:
    """Read, compare and apply in one transaction; closing the job rolls everything back.

    The Land row then names this file as the register, with its Gebietsstand and Einwohner-Stichtag
    (``einwohner_stand``: the user's word where the file does not state it)."""
    jetzt = jetzt or datetime.now().replace(microsecond=0)
    yield Progress(0, 5, f"{path.name} lesen …")
    register = read_for_store(store, path)
    with store.write() as s:
        yield Progress(1, 5, "Mit der Datenbank vergleichen …")
        plan = _plan(s, register, path.name)
        yield Progress(2, 5, f"{len(plan.inserts)} neue und {len(plan.updates)} geänderte Kommunen übernehmen …")
        if plan.inserts:
            s.execute(
                insert(Kommune),
                [
                    {
                        "id": plan.ids[k.ars],
                        **register_values(k, plan.ids),
                        "spitzenverband": default_spitzenverband(k.art),
                        "first_mover": False,
                        "ansprechpartner_fuer_andere": False,
                        "zustand": KommuneZustand.AKTIV,
                    }
                    for k in plan.inserts
                ],
            )
        if plan.updates:
            s.execute(update(Kommune), plan.updates)
        if plan.dissolve:
            s.execute(
                update(Kommune)
                .where(Kommune.id.in_(plan.dissolve))
                .values(zustand=KommuneZustand.AUFGELOEST, aufgeloest_am=jetzt.date())
            )
        yield Progress(3, 5, "Zuständigkeiten nachführen …")
        s.expire_all()
        sync = sync_nachnutzungen(
            s, heute=jetzt.date(), jetzt=jetzt, benutzer=benutzer, quelle=f"Gemeindeverzeichnis {path.name}"
        )
        land = s.get_one(LandRow, 1)
        for column, value in register_spalten(
            register, path, vorgang="aktualisiert", jetzt=jetzt, einwohner_stand=einwohner_stand
        ).items():
            setattr(land, column, value)
        yield Progress(4, 5, "Speichern …")
        neu_ids = [plan.ids[ars] for ars in plan.diff.new]
    yield Progress(5, 5, "Fertig.")
    return GvErgebnis(plan.diff, plan.dissolve, neu_ids, sync)
