"""Creating a new Land database from the shipped register (or the user's own register file) and the
catalog (``kpakt init``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from kpakt_desktop.domain.errors import meldung
from kpakt_desktop.domain.kommunen import VERBAND_ARTEN, KommuneZustand, default_spitzenverband
from kpakt_desktop.domain.laender import Land
from kpakt_desktop.domain.vollzug import default_verwaltende_arten
from kpakt_desktop.services.catalog import load_catalog, load_vollzug_vorgaben
from kpakt_desktop.services.gv_datei import read_register_file
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.register import LandRegister, RegisterKommune, read_shipped_register
from kpakt_desktop.services.register_stand import RegisterAngaben, register_angaben, register_spalten
from kpakt_desktop.services.zustaendigkeit import sync_nachnutzungen, vorgabe_ausnahmen
from kpakt_desktop.store.database import DbTarget, Store, create_store, discard_new_store
from kpakt_desktop.store.models import (
    Kommune,
    LandRow,
    Leistung,
    VerbandRegel,
    Vollzug,
)


@dataclass(frozen=True)
class LandInfo:
    schluessel: str
    kuerzel: str
    name: str
    dienststelle: str | None
    ist_demo: bool
    register_stand: str
    register: RegisterAngaben


def read_land(store: Store) -> LandInfo:
    with store.read() as s:
        row = s.scalars(select(LandRow)).one()
        angaben = register_angaben(s)
        return LandInfo(
            row.schluessel, row.kuerzel, row.name, row.dienststelle, row.ist_demo, row.register_stand, angaben
        )


def register_values(k: RegisterKommune, ids: dict[str, int]) -> dict[str, Any]:
    """The register's part of a Kommune row (what the office maintains is left out)."""
    return {
        "ars": k.ars,
        "ags": k.ags,
        "name": k.name,
        "art": k.art,
        "parent_id": ids.get(k.parent_ars) if k.parent_ars else None,
        "kreis_id": ids.get(k.kreis_ars) if k.kreis_ars else None,
        "verband_id": ids.get(k.verband_ars) if k.verband_ars else None,
        "verbandsfrei": k.verbandsfrei,
        "einwohner": k.einwohner,
        "flaeche_km2": k.flaeche_km2,
        "plz": k.plz,
        "laengengrad": k.laengengrad,
        "breitengrad": k.breitengrad,
    }


def kommune_rows(register: LandRegister) -> list[dict[str, Any]]:
    """Insert-ready rows with ids assigned up front, so parents link in one pass."""
    ids = {k.ars: i for i, k in enumerate(register.kommunen, start=1)}
    return [
        {
            "id": ids[k.ars],
            **register_values(k, ids),
            "spitzenverband": default_spitzenverband(k.art),
            "first_mover": False,
            "ansprechpartner_fuer_andere": False,
            "zustand": KommuneZustand.AKTIV,
        }
        for k in register.kommunen
    ]


def create_land_database_job(
    path: DbTarget,
    land: Land,
    *,
    ist_demo: bool = False,
    jetzt: datetime | None = None,
    gv: Path | None = None,
    register: LandRegister | None = None,
    einwohner_stand: date | None = None,
) -> Job[Store]:
    """All or nothing: if any step fails (or the job is closed), no file is left behind.

    The Kommunen come from the shipped register, or from the user's register file ``gv`` (read with
    the same checks as an update; pass ``register`` when it was read already, e.g. to show its
    warnings first). ``einwohner_stand``: the Einwohner-Stichtag where the file does not state it.
    """
    jetzt = jetzt or datetime.now().replace(microsecond=0)
    yield Progress(0, 4, f"Gemeindeverzeichnis für {land.name} lesen …")
    if register is None:
        register = read_shipped_register(land.schluessel) if gv is None else read_register_file(gv, land.schluessel)
    herkunft = register_spalten(
        register if gv is not None else None, gv, vorgang="angelegt", jetzt=jetzt, einwohner_stand=einwohner_stand
    )
    store = create_store(path)
    try:
        yield Progress(1, 4, "Landesdatenbank anlegen …")
        with store.write() as s:
            s.add(
                LandRow(
                    id=1,
                    schluessel=land.schluessel,
                    kuerzel=land.kuerzel,
                    name=land.name,
                    ist_demo=ist_demo,
                    angelegt_am=jetzt,
                    **herkunft,
                )
            )
            vorgaben = load_vollzug_vorgaben(land.schluessel)
            for item in load_catalog():
                vorgabe = vorgaben[item.nr]
                s.add(
                    Leistung(
                        nr=item.nr,
                        name=item.name,
                        ressort=item.ressort,
                        federfuehrend=", ".join(item.federfuehrend),
                        themenfeld=item.themenfeld,
                        behoerde=vorgabe.behoerde,
                        hinweis=item.hinweis or None,
                        vollstaendig_realisiert=item.vollstaendig_realisiert,
                        bund_direkt=item.bund_direkt,
                    )
                )
                s.add(Vollzug(leistung_nr=item.nr, ebene=vorgabe.ebene, geaendert_am=jetzt, geprueft=False))
            present = {k.art for k in register.kommunen}
            for art, verwaltet in default_verwaltende_arten(land.schluessel).items():
                if art in present and art in VERBAND_ARTEN:
                    s.add(VerbandRegel(art=art, verwaltet=verwaltet, geprueft=False))
            s.flush()
            yield Progress(2, 4, f"{len(register.kommunen)} Kommunen übernehmen …")
            rows = kommune_rows(register)
            s.execute(insert(Kommune), rows)
            s.add_all(vorgabe_ausnahmen(vorgaben.values(), rows))
            yield Progress(3, 4, "Zuständigkeiten bestimmen …")
            sync_nachnutzungen(s, heute=jetzt.date(), jetzt=jetzt, benutzer=None, quelle="Anlage der Datenbank")
        yield Progress(4, 4, "Fertig.")
    except BaseException:
        discard_new_store(store)
        raise
    return store


def create_land_database(path: DbTarget, land: Land, *, ist_demo: bool = False) -> Store:
    return run_job(create_land_database_job(path, land, ist_demo=ist_demo))


@dataclass(frozen=True)
class Office:
    """The coordination office kept in the Land row: name of the Koordinierungsstelle and coordinator."""

    dienststelle: str
    koordinator: str


def read_office(store: Store) -> Office:
    with store.read() as s:
        row = s.scalars(select(LandRow)).one()
        return Office(row.dienststelle or "", row.koordinator or "")


def set_office(store: Store, dienststelle: str, koordinator: str) -> Office:
    """Store the office's name and coordinator (empty text clears a field)."""
    office = Office(dienststelle.strip(), koordinator.strip())
    if len(office.dienststelle) > 200 or len(office.koordinator) > 200:
        from kpakt_desktop.domain.errors import InputError

        raise InputError(
            meldung("Name der Koordinierungsstelle und Koordinator/in dürfen höchstens 200 Zeichen lang sein.")
        )
    with store.write() as s:
        row = s.scalars(select(LandRow)).one()
        row.dienststelle = office.dienststelle or None
        row.koordinator = office.koordinator or None
    return office
