"""``kpakt rueckmeldung export|import``: Rückmeldebögen to the Kommunen and their answers back.

``import`` checks every file before writing anything. Without ``--dry-run`` it takes every
change without a conflict (a field the database changed since the export, too); conflicts are
listed and left out, and the exit code is then 1 so a script notices. ``--json`` prints the
check (see README, "Rückmeldebogen").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kpakt_desktop.commands.common import open_existing, progress_to_stderr
from kpakt_desktop.commands.nachnutzung import _benutzer
from kpakt_desktop.domain.errors import CheckFailed, InputError
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.services.rueckmeldung.pruefung import Pruefung, pruefen
from kpakt_desktop.services.rueckmeldung.uebernahme import uebernehmen


def register(sub: Any) -> None:
    p = sub.add_parser("rueckmeldung", help="Rückmeldebögen an Kommunen erstellen und ausgefüllt einlesen")
    rsub = p.add_subparsers(dest="rueckmeldung_command", metavar="AKTION", parser_class=type(p))
    rsub.required = True
    e = rsub.add_parser("export", help="Rückmeldebogen (Excel) je Kommune schreiben")
    wer = e.add_mutually_exclusive_group(required=True)
    wer.add_argument("--kommune", metavar="ARS", help="eine Kommune (ARS, 12 Ziffern)")
    wer.add_argument("--kreis", metavar="ARS", help="alle zuständigen Kommunen eines Kreises (ARS oder Name)")
    e.add_argument("-o", "--output", type=Path, required=True, help="Datei .xlsx (eine Kommune) oder Ordner")
    e.set_defaults(handler=cmd_export)
    i = rsub.add_parser("import", help="ausgefüllte Rückmeldebögen prüfen und übernehmen")
    i.add_argument("dateien", type=Path, nargs="+", metavar="DATEI")
    i.add_argument("--dry-run", action="store_true", help="nur prüfen und anzeigen, nichts schreiben")
    i.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    i.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        job = export_job(store, args.output, kommune_ars=args.kommune, kreis=args.kreis)
        result = run_job(job, progress_to_stderr)
    finally:
        store.close()
    for pfad in result.dateien:
        print(f"Rückmeldebogen geschrieben: {pfad}")
    print(f"{result.kommunen} Kommunen, {result.zeilen} Nachnutzungen.")
    return 0


def _bericht(pruefung: Pruefung) -> None:
    for r in pruefung.rueckmeldungen:
        print(f"{r.datei.name}: {r.kommune} ({r.ars}), Bogen vom {r.exportiert:%d.%m.%Y}")
        if not r.zeilen:
            print("  keine Änderungen")
        for z in r.zeilen:
            mark = "  KONFLIKT" if z.konflikt else ""
            print(f"  Leistung {z.leistung_nr} {z.leistung}{mark}")
            for x in z.felder:
                extra = f" (versandt: {x.gesendet}, inzwischen geändert)" if x.konflikt else ""
                print(f"    {x.label}: {x.alt} → {x.neu}{extra}")
            if z.bemerkung:
                print(f"    Bemerkung: {z.bemerkung}")
        for h in r.hinweise:
            print(f"  Hinweis: {h}")


def cmd_import(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.dateien if not p.is_file()]
    if missing:
        raise InputError(f"Nicht gefunden: {', '.join(missing)}")
    store = open_existing(args)
    try:
        pruefung = pruefen(store, args.dateien)
        uebernahme = None if args.dry_run else uebernehmen(store, pruefung, benutzer=_benutzer())
    finally:
        store.close()
    if args.json:
        data = pruefung.to_json()
        data["dry_run"] = bool(args.dry_run)
        data["uebernommen"] = uebernahme.uebernommen if uebernahme else []
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _bericht(pruefung)
        if uebernahme is not None:
            print(f"Übernommen: {len(uebernahme.uebernommen)} Nachnutzungen.")
        else:
            print(f"Nur geprüft (--dry-run): {len(pruefung.zeilen)} Nachnutzungen würden sich ändern.")
    if pruefung.konflikte:
        print(
            f"{pruefung.konflikte} Nachnutzungen mit Konflikt wurden nicht übernommen; bitte in Kommunalpakt "
            "Desktop (Berichte → Rückmeldebögen einlesen) einzeln entscheiden.",
            file=sys.stderr,
        )
        return CheckFailed.exit_code
    return 0
