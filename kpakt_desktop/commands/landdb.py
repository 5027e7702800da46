"""``kpakt init``, ``kpakt demo`` and ``kpakt stats``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kpakt_desktop.commands.common import iso_date, progress_to_stderr, warn_to_stderr
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.demo import create_demo_job
from kpakt_desktop.services.gv_datei import read_register_job
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.landdb import create_land_database_job, read_land
from kpakt_desktop.services.register_stand import stand_hinweise
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.store.database import Store, open_store


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="neue Landesdatenbank aus dem Gemeindeverzeichnis anlegen")
    p.add_argument("--land", required=True, help="Land: Schlüssel (07), Kürzel (RP) oder Name")
    p.add_argument(
        "--gv",
        type=Path,
        metavar="DATEI",
        default=None,
        help="eigenes Gemeindeverzeichnis (CSV, xlsx oder GV100AD) statt des mitgelieferten",
    )
    p.add_argument(
        "--einwohner-stand",
        type=iso_date,
        default=None,
        metavar="JJJJ-MM-TT",
        help="Stichtag der Einwohnerzahlen, wenn die Datei ihn nicht nennt",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="Demo-Datenbank eines Landes anlegen (fiktive Daten, echte Kommunen)")
    p.add_argument("--land", required=True, help="Land: Schlüssel (07), Kürzel (RP) oder Name")
    p.add_argument("--seed", type=int, default=1, help="Zufallsstartwert (gleicher Wert → gleiche Daten)")
    p.add_argument("--stichtag", type=iso_date, default=None, help="Bezugsdatum JJJJ-MM-TT (Standard: heute)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", help="Kennzahlen der Landesdatenbank als JSON")
    p.set_defaults(handler=cmd_stats)


def _summary(store: Store) -> str:
    stats = compute_stats(store)
    parts = ", ".join(f"{n} {art.label}" for art, n in stats.kommunen.items())
    return f"{stats.land_name}: {sum(stats.kommunen.values())} Kommunen ({parts})"


def cmd_init(args: argparse.Namespace) -> int:
    land = parse_land(args.land)
    register = None
    if args.gv is not None:
        register = run_job(read_register_job(args.gv, land.schluessel), progress_to_stderr)
        warn_to_stderr(register.warnungen)
    job = create_land_database_job(args.db, land, gv=args.gv, register=register, einwohner_stand=args.einwohner_stand)
    store = run_job(job, progress_to_stderr)
    try:
        print(f"Landesdatenbank angelegt: {store.location}")
        print(_summary(store))
        warn_to_stderr([], stand_hinweise(read_land(store).register))
    finally:
        store.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    land = parse_land(args.land)
    if args.seed < 0:
        raise InputError("--seed muss eine nicht negative ganze Zahl sein.")
    store = run_job(create_demo_job(args.db, land, seed=args.seed, stichtag=args.stichtag), progress_to_stderr)
    try:
        print(f"Demo-Datenbank angelegt: {store.location}")
        print(_summary(store))
    finally:
        store.close()
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        print(json.dumps(compute_stats(store).to_json(), ensure_ascii=False, indent=2))
    finally:
        store.close()
    return 0
