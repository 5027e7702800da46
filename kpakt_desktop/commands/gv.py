"""``kpakt gv …``: update the Kommunen from the Gemeindeverzeichnis, and decide about dissolved ones."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kpakt_desktop.cli import GermanArgumentParser
from kpakt_desktop.commands.common import iso_date, progress_to_stderr, warn_to_stderr
from kpakt_desktop.services.aufloesung import (
    archivieren,
    find_by_ars,
    kandidaten,
    offene_aufloesungen,
    uebertragen,
)
from kpakt_desktop.services.gv_abgleich import GvDiff, apply_job, preview_job
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.register_stand import stand_hinweise
from kpakt_desktop.store.database import open_store

_KIND = {
    "neu": "neu",
    "aufgeloest": "aufgelöst",
    "umbenannt": "umbenannt",
    "verschoben": "verschoben",
    "einwohner": "Einwohner",
    "sonstiges": "geändert",
}


def register(sub: Any) -> None:
    gv = sub.add_parser("gv", help="Kommunen aus dem Gemeindeverzeichnis (Destatis) aktualisieren")
    gv_sub = gv.add_subparsers(dest="gv_command", metavar="AKTION", parser_class=GermanArgumentParser)
    gv_sub.required = True

    p = gv_sub.add_parser(
        "import", help="Gemeindeverzeichnis (CSV, xlsx oder GV100AD) einlesen, Unterschiede zeigen und übernehmen"
    )
    p.add_argument("file", type=Path, metavar="DATEI")
    p.add_argument(
        "--einwohner-stand",
        type=iso_date,
        default=None,
        metavar="JJJJ-MM-TT",
        help="Stichtag der Einwohnerzahlen, wenn die Datei ihn nicht nennt",
    )
    p.add_argument("--dry-run", action="store_true", help="nur Unterschiede zeigen, nichts schreiben")
    p.add_argument("--json", action="store_true", help="Unterschiede als JSON ausgeben")
    p.set_defaults(handler=cmd_import)

    p = gv_sub.add_parser("offen", help="aufgelöste Kommunen mit Daten, über die noch zu entscheiden ist")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p.set_defaults(handler=cmd_offen)

    p = gv_sub.add_parser("nachfolger", help="Daten einer aufgelösten Kommune an eine Nachfolgerin übergeben")
    p.add_argument("ars", metavar="ARS", help="Regionalschlüssel der aufgelösten Kommune")
    p.add_argument("nachfolger", metavar="NACHFOLGER_ARS", help="Regionalschlüssel der Nachfolgerin")
    p.set_defaults(handler=cmd_nachfolger)

    p = gv_sub.add_parser("archivieren", help="Daten einer aufgelösten Kommune archiviert behalten")
    p.add_argument("ars", metavar="ARS", help="Regionalschlüssel der aufgelösten Kommune")
    p.set_defaults(handler=cmd_archivieren)


def _print_diff(diff: GvDiff) -> None:
    if diff.empty:
        print(f"{diff.source}: keine Unterschiede zur Datenbank.")
        return
    for line in diff.lines:
        detail = f" – {line.detail}" if line.detail else ""
        print(f"  {_KIND[line.art]:<11} {line.ars}  {line.name}{detail}")
    print(
        f"{diff.source}: {len(diff.new)} neu, {len(diff.dissolved)} aufgelöst, {len(diff.renamed)} umbenannt, "
        f"{len(diff.moved)} verschoben, {diff.einwohner_changed} mit geänderter Einwohnerzahl."
    )


def cmd_import(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        if args.dry_run:
            diff = run_job(preview_job(store, args.file), progress_to_stderr)
        else:
            job = apply_job(store, args.file, benutzer=None, einwohner_stand=args.einwohner_stand)
            ergebnis = run_job(job, progress_to_stderr)
            diff = ergebnis.diff
        warn_to_stderr(diff.warnungen, [] if args.dry_run else stand_hinweise(read_land(store).register))
        if args.json:
            print(json.dumps(diff.to_json(), ensure_ascii=False, indent=2))
        else:
            _print_diff(diff)
            if args.dry_run:
                print("Probelauf: nichts geschrieben.")
            elif not diff.empty:
                print("Übernommen.")
                offen = offene_aufloesungen(store)
                if offen:
                    print(
                        f"{len(offen)} aufgelöste Kommunen haben noch Daten; "
                        "mit „kpakt gv offen“ ansehen und mit „kpakt gv nachfolger“ oder "
                        "„kpakt gv archivieren“ entscheiden."
                    )
    finally:
        store.close()
    return 0


def cmd_offen(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        offen = offene_aufloesungen(store)
        items: list[dict[str, Any]] = [
            {
                "ars": a.ars,
                "name": a.name,
                "art": a.art_label,
                "aufgeloest_am": a.aufgeloest_am.isoformat() if a.aufgeloest_am else None,
                "daten": a.daten.beschreibung(),
                "kandidaten": [{"ars": c.ars, "name": c.name} for c in kandidaten(store, a.id)[:10]],
            }
            for a in offen
        ]
    finally:
        store.close()
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Keine aufgelösten Kommunen mit offenen Daten.")
    for item in items:
        print(f"{item['ars']}  {item['name']} ({item['art']}, aufgelöst {item['aufgeloest_am']}): {item['daten']}")
        for c in item["kandidaten"]:
            print(f"      mögliche Nachfolgerin: {c['ars']}  {c['name']}")
    return 0


def cmd_nachfolger(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        alt = find_by_ars(store, args.ars)
        neu = find_by_ars(store, args.nachfolger)
        result = uebertragen(store, alt, neu, benutzer=None)
    finally:
        store.close()
    print(
        f"Übertragen: {result.kontakte} Kontakte, {result.nachnutzungen} Nachnutzungen, "
        f"{result.verknuepfungen} Verknüpfungen."
    )
    if result.nachnutzungen_behalten:
        print(
            f"{result.nachnutzungen_behalten} Nachnutzungen bleiben bei der aufgelösten Kommune, "
            "weil die Nachfolgerin für dieselbe Leistung schon eigene Angaben hat."
        )
    return 0


def cmd_archivieren(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        archivieren(store, find_by_ars(store, args.ars))
    finally:
        store.close()
    print(f"{args.ars}: Daten bleiben archiviert bei der aufgelösten Kommune.")
    return 0
