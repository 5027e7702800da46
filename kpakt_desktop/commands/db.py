"""``kpakt db kopieren``: a Land database from a file to a server and back, with proof of the copy."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kpakt_desktop.cli import GermanArgumentParser, db_target
from kpakt_desktop.commands.common import open_existing
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.store.kopie import check_lines, copy_database


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="Landesdatenbank zwischen Datei und Server kopieren")
    db_sub = db.add_subparsers(dest="db_command", metavar="AKTION", parser_class=GermanArgumentParser)
    db_sub.required = True
    p = db_sub.add_parser(
        "kopieren",
        help="die Landesdatenbank (--db) vollständig in eine neue Datei oder eine leere Serverdatenbank kopieren",
        description="Kopiert alle Tabellen (mit Historie, Einstellungen und öffentlichen Schlüsselteilen) und "
        "prüft danach je Tabelle Zeilenzahl und Inhalts-Prüfsumme. Exit-Code 1, wenn etwas abweicht.",
    )
    p.add_argument(
        "--nach",
        required=True,
        type=db_target,
        metavar="ZIEL",
        help="neue Datei (.sqlite) oder leere Serverdatenbank postgresql+psycopg://benutzer@host/datenbank",
    )
    p.set_defaults(handler=cmd_kopieren)


def cmd_kopieren(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        if not store.nur_lesen:  # the public key of the office's signing key goes along with the copy
            try:
                signing.record_office_key(store)
            except KpaktError as err:  # e.g. a role that may only read: the copy carries what is stored
                print(
                    f"Hinweis: Der öffentliche Schlüssel wurde nicht in der Datenbank hinterlegt: {err}",
                    file=sys.stderr,
                )
        result = copy_database(store, args.nach)
    finally:
        store.close()
    print(f"Kopiert: {result.source} → {result.target} (Schema {result.revision})")
    for line in check_lines(result):
        print(line)
    if not result.ok:
        bad = ", ".join(t.name for t in result.tables if not t.ok)
        print(f"Fehler: Die Kopie weicht in {bad} vom Original ab.")
        return 1
    print(f"Geprüft: {len(result.tables)} Tabellen, Zeilenzahlen und Prüfsummen stimmen überein.")
    return 0
