"""``kpakt nachnutzung set``: set the status of one Kommune × Leistung from a script."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from kpakt_desktop.commands.common import iso_date, open_existing
from kpakt_desktop.services.mehrplatz import angemeldete_person
from kpakt_desktop.services.nachnutzung import parse_status, setze_status, von_hand_setzbar

QUELLE = "kpakt nachnutzung set"


def register(sub: Any) -> None:
    p = sub.add_parser("nachnutzung", help="Nachnutzungen bearbeiten")
    nsub = p.add_subparsers(dest="nachnutzung_command", metavar="AKTION", parser_class=type(p))
    nsub.required = True
    s = nsub.add_parser("set", help="Status einer Nachnutzung setzen (mit Eintrag in der Historie)")
    s.add_argument("--ars", required=True, help="Amtlicher Regionalschlüssel der Kommune (12 Ziffern)")
    s.add_argument("--leistung", required=True, type=_leistung, help="Nummer der Fokusleistung (1–16)")
    erlaubt = ", ".join(st.value for st in von_hand_setzbar())
    s.add_argument("--status", required=True, help=f"neuer Status: {erlaubt}")
    s.add_argument("--datum", type=iso_date, default=None, help="tatsächliches Datum JJJJ-MM-TT (Standard: heute)")
    s.add_argument("--note", default=None, help="Notiz zur Änderung")
    s.set_defaults(handler=cmd_set)


def _leistung(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Leistungsnummer; erlaubt sind 1 bis 16") from None


def _benutzer() -> str:
    # Scripts run without the GUI's settings; the login name identifies who changed the record.
    name = os.environ.get("KPAKT_BENUTZER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def cmd_set(args: argparse.Namespace) -> int:
    status = parse_status(args.status)  # before opening: a typo never touches the database
    store = open_existing(args)
    try:
        ergebnis = setze_status(
            store,
            ars=args.ars,
            leistung_nr=args.leistung,
            status=status,
            datum=args.datum,
            notiz=args.note,
            benutzer=angemeldete_person(store) or _benutzer(),
            quelle=QUELLE,
        )
    finally:
        store.close()
    if ergebnis.eintraege:
        print(f"Status gesetzt: {args.ars}, Leistung {args.leistung} → {status.label}")
    else:
        print(f"Unverändert: {args.ars}, Leistung {args.leistung} hat bereits den Status „{status.label}“.")
    return 0
