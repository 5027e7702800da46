"""``kpakt report bdv|lagebericht|buendelung|kosten``: the reports the office prints or sends out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kpakt_desktop.commands.common import iso_date, open_existing, progress_to_stderr
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.services.jobs import run_job


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="Berichte: BDV-Excel, PDF-Lagebericht, Nachfrage-Bündelung, Kosten")
    rsub = p.add_subparsers(dest="report_command", metavar="BERICHT", parser_class=type(p))
    rsub.required = True

    b = rsub.add_parser("bdv", help="Excel für die Bürgermeisterdienstversammlung je Kreis")
    wer = b.add_mutually_exclusive_group(required=True)
    wer.add_argument("--kreis", metavar="ARS|NAME", help="Landkreis oder kreisfreie Stadt")
    wer.add_argument("--alle", action="store_true", help="eine Datei je Kreis (dann ist -o ein Ordner)")
    b.add_argument("-o", "--output", type=Path, required=True, help="Datei .xlsx oder Ordner (mit --alle)")
    b.add_argument(
        "--seit", type=iso_date, default=None, help="Änderungen seit JJJJ-MM-TT (Standard: die letzte BDV des Kreises)"
    )
    b.add_argument("--a3", action="store_true", help="die Matrix auf A3 drucken (breite Kreise)")
    b.add_argument("--stichtag", type=iso_date, default=None, help=argparse.SUPPRESS)
    b.set_defaults(handler=cmd_bdv)

    lage = rsub.add_parser("lagebericht", help="PDF-Lagebericht des Landes oder eines Kreises")
    lage.add_argument("-o", "--output", type=Path, required=True, help="Zieldatei .pdf")
    lage.add_argument("--kreis", metavar="ARS|NAME", default=None, help="nur dieser Kreis")
    lage.add_argument("--stichtag", type=iso_date, default=None, help=argparse.SUPPRESS)
    lage.set_defaults(handler=cmd_lagebericht)

    bue = rsub.add_parser("buendelung", help="Nachfrage-Bündelung je Fachverfahren und IT-Dienstleister (Excel)")
    bue.add_argument("-o", "--output", type=Path, required=True, help="Zieldatei .xlsx")
    bue.set_defaults(handler=cmd_buendelung)

    ko = rsub.add_parser("kosten", help="Kostenübersicht: einmalige und jährliche Kosten der Nachnutzungen (Excel)")
    ko.add_argument("-o", "--output", type=Path, required=True, help="Zieldatei .xlsx")
    ko.add_argument("--stichtag", type=iso_date, default=None, help=argparse.SUPPRESS)
    ko.set_defaults(handler=cmd_kosten)


def _endung(pfad: Path, endung: str) -> None:
    if pfad.suffix.lower() != endung:
        raise InputError(f"{pfad}: bitte eine Zieldatei mit der Endung {endung} angeben.")
    if not pfad.parent.is_dir():
        raise InputError(f"Den Ordner {pfad.parent} gibt es nicht.")


def cmd_bdv(args: argparse.Namespace) -> int:
    from kpakt_desktop.services.berichte.bdv import bdv_job

    store = open_existing(args)
    try:
        job = bdv_job(
            store, args.output, kreis=args.kreis, alle=args.alle, seit=args.seit, stichtag=args.stichtag, a3=args.a3
        )
        dateien = run_job(job, progress_to_stderr)
    finally:
        store.close()
    for pfad in dateien:
        print(f"Bericht geschrieben: {pfad}")
    return 0


def cmd_lagebericht(args: argparse.Namespace) -> int:
    from kpakt_desktop.services.berichte.lagebericht import lagebericht_job

    _endung(args.output, ".pdf")
    store = open_existing(args)
    try:
        job = lagebericht_job(store, args.output, kreis=args.kreis, stichtag=args.stichtag)
        pfad = run_job(job, progress_to_stderr)
    finally:
        store.close()
    print(f"Bericht geschrieben: {pfad}")
    return 0


def cmd_buendelung(args: argparse.Namespace) -> int:
    from kpakt_desktop.services.berichte.buendelung import buendelung_job

    _endung(args.output, ".xlsx")
    store = open_existing(args)
    try:
        pfad = run_job(buendelung_job(store, args.output), progress_to_stderr)
    finally:
        store.close()
    print(f"Bericht geschrieben: {pfad}")
    return 0


def cmd_kosten(args: argparse.Namespace) -> int:
    from kpakt_desktop.services.berichte.kosten import kosten_job

    _endung(args.output, ".xlsx")
    store = open_existing(args)
    try:
        pfad = run_job(kosten_job(store, args.output, stichtag=args.stichtag), progress_to_stderr)
    finally:
        store.close()
    print(f"Bericht geschrieben: {pfad}")
    return 0
