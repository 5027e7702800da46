"""``kpakt rollen …``: roles and row-level security on a server database (docs/betrieb.md)."""

from __future__ import annotations

import argparse
from typing import Any

from kpakt_desktop.cli import GermanArgumentParser
from kpakt_desktop.commands.common import open_existing
from kpakt_desktop.store import rollen


def register(sub: Any) -> None:
    r = sub.add_parser("rollen", help="Rollen und Zeilenrechte auf dem Datenbankserver einrichten")
    r_sub = r.add_subparsers(dest="rollen_command", metavar="AKTION", parser_class=GermanArgumentParser)
    r_sub.required = True
    p = r_sub.add_parser(
        "einrichten",
        help="Gruppenrollen kpakt_koordination, kpakt_taskforce, kpakt_lesen mit Rechten und Zeilenregeln anlegen",
    )
    p.set_defaults(handler=cmd_einrichten)
    p = r_sub.add_parser("zuordnen", help="eine Anmelderolle des Servers einer Gruppe und einer Person zuordnen")
    p.add_argument("rolle", help="Anmelderolle auf dem Server (vom IT-Dienstleister angelegt)")
    p.add_argument("--art", required=True, choices=sorted(rollen.ARTEN), help="Gruppe")
    p.add_argument("--name", required=True, help="Name, den die Historie für diese Rolle zeigt")
    p.add_argument("--taskforce", type=int, default=None, metavar="NR", help="Nummer der Taskforce (nur Art taskforce)")
    p.set_defaults(handler=cmd_zuordnen)


def cmd_einrichten(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        n = rollen.einrichten(store)
    finally:
        store.close()
    print(f"Rollen eingerichtet: {rollen.KOORDINATION}, {rollen.TASKFORCE}, {rollen.LESEN} ({n} Anweisungen).")
    return 0


def cmd_zuordnen(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        rollen.zuordnen(store, args.rolle, args.art, args.name, args.taskforce)
    finally:
        store.close()
    print(f"Rolle {args.rolle}: {args.art}, in der Historie „{args.name}“.")
    return 0
