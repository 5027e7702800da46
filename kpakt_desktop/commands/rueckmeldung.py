"""``kpakt rueckmeldung export|import``: Rückmeldebögen to the Kommunen and their answers back.

``import`` checks every file before writing anything and names every problem of a refused
file; the good files of the same call are taken, and the exit code is then 2. Without
``--dry-run`` it takes every change without a conflict (a field the database changed since the
export, too); conflicts, steps back in the status (unless ``--rueckschritte``) and Fachverfahren
or Hersteller that resemble an existing one (unless ``--zuordnen``/``--neu-anlegen`` decide) are
listed and left out, and the exit code is then 1 so a script notices. ``--json`` prints the
check, also when files were refused (see README, "Rückmeldebogen").
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
from kpakt_desktop.services.rueckmeldung.uebernahme import Uebernahme, uebernehmen


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
    i.add_argument(
        "--rueckschritte",
        action="store_true",
        help="Schritte zurück im Status (z. B. Test → offen) übernehmen; sonst nur gemeldet",
    )
    i.add_argument(
        "--zuordnen",
        action="append",
        default=[],
        metavar="EINGABE=NAME",
        help="einen im Bogen etwas anders geschriebenen Fachverfahren- oder Herstellernamen dem vorhandenen "
        "NAME zuordnen (mehrfach möglich)",
    )
    i.add_argument(
        "--neu-anlegen",
        action="append",
        default=[],
        metavar="EINGABE",
        help="einen Fachverfahren- oder Herstellernamen trotz ähnlichem vorhandenen als neu anlegen",
    )
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
            print("  bereits übernommen" if r.bereits else "  keine Änderungen")
        elif r.bereits:
            print(f"  bereits übernommen: Leistung {', '.join(str(nr) for nr in r.bereits)}")
        for z in r.zeilen:
            mark = ("  KONFLIKT" if z.konflikt else "") + ("  SCHRITT ZURÜCK" if z.rueckschritt else "")
            print(f"  Leistung {z.leistung_nr} {z.leistung}{mark}")
            for x in z.felder:
                extra = f" (versandt: {x.gesendet}, inzwischen geändert)" if x.konflikt else ""
                print(f"    {x.label}: {x.alt} → {x.neu}{extra}")
            if z.bemerkung:
                print(f"    Bemerkung: {z.bemerkung}")
            for v in z.vorschlaege:
                aehnlich = " oder ".join(f"„{x}“" for x in v.aehnlich)
                print(f"    {v.art_label} „{v.eingabe}“ gibt es nicht; ähnlich: {aehnlich}")
        for h in r.hinweise:
            print(f"  Hinweis: {h}")


def _zuordnung(pruefung: Pruefung, zuordnen: list[str], neu: list[str]) -> dict[tuple[str, str], str]:
    """The decisions given on the command line for the typed names that resemble existing ones."""
    wahl: dict[str, str] = {}
    for text in zuordnen:
        eingabe, gleich, name = text.partition("=")
        if not gleich or not eingabe.strip() or not name.strip():
            raise InputError(f"--zuordnen „{text}“: bitte als EINGABE=NAME angeben.")
        wahl[eingabe.strip()] = name.strip()
    for eingabe in neu:
        wahl[eingabe.strip()] = eingabe.strip()
    vorschlaege = {(v.art, v.eingabe) for _, z in pruefung.zeilen for v in z.vorschlaege}
    unbekannt = sorted(set(wahl) - {e for _, e in vorschlaege})
    if unbekannt:
        raise InputError(
            f"Zu „{'“, „'.join(unbekannt)}“ gibt es in den Bögen keinen ähnlichen Namen, der zuzuordnen wäre."
        )
    return {(art, e): wahl[e] for art, e in vorschlaege if e in wahl}


def _offen(uebernahme: Uebernahme | None, pruefung: Pruefung, rueckschritte: bool) -> tuple[int, int]:
    """Rows left out for lack of a confirmed step back and of a decided similar name."""
    if uebernahme is not None:
        return len(uebernahme.rueckschritte), len(uebernahme.zuordnung_offen)
    return (
        0 if rueckschritte else sum(z.rueckschritt and not z.konflikt for _, z in pruefung.zeilen),
        sum(bool(z.vorschlaege) and not z.konflikt for _, z in pruefung.zeilen),
    )


def cmd_import(args: argparse.Namespace) -> int:
    # A missing file is refused like a bad one (named in the report, also with --json); the rest is read.
    store = open_existing(args)
    try:
        pruefung = pruefen(store, args.dateien, teilweise=True)
        zuordnung = _zuordnung(pruefung, args.zuordnen, args.neu_anlegen)
        uebernahme = None
        if not args.dry_run:
            uebernahme = uebernehmen(
                store, pruefung, benutzer=_benutzer(), zuordnung=zuordnung, rueckschritte=args.rueckschritte
            )
    finally:
        store.close()
    rueck, namen = _offen(uebernahme, pruefung, args.rueckschritte)
    if args.json:
        data = pruefung.to_json()
        data["dry_run"] = bool(args.dry_run)
        data["uebernommen"] = uebernahme.uebernommen if uebernahme else []
        data["bemerkungen_gespeichert"] = uebernahme.bemerkungen if uebernahme else []
        data["nicht_bestaetigte_rueckschritte"] = uebernahme.rueckschritte if uebernahme else []
        data["offene_zuordnungen"] = uebernahme.zuordnung_offen if uebernahme else []
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _bericht(pruefung)
        if uebernahme is not None:
            bem = len(uebernahme.bemerkungen)
            extra = f", {bem} {'Bemerkung' if bem == 1 else 'Bemerkungen'} gespeichert" if bem else ""
            print(f"Übernommen: {len(uebernahme.uebernommen)} Nachnutzungen{extra}.")
        else:
            print(f"Nur geprüft (--dry-run): {pruefung.aenderungen} Nachnutzungen würden sich ändern.")
    for a in pruefung.abgelehnt:
        print(f"Nicht eingelesen:\n{a.meldung}", file=sys.stderr)
    if pruefung.konflikte:
        print(
            f"{pruefung.konflikte} Nachnutzungen mit Konflikt wurden nicht übernommen; bitte in Kommunalpakt "
            "Desktop (Berichte → Rückmeldebögen einlesen) einzeln entscheiden.",
            file=sys.stderr,
        )
    if rueck:
        print(
            f"{rueck} Nachnutzungen gehen im Status zurück (z. B. Test → offen) und wurden nicht übernommen; "
            "bitte prüfen und mit --rueckschritte bestätigen.",
            file=sys.stderr,
        )
    if namen:
        print(
            f"{namen} Nachnutzungen nennen ein Fachverfahren oder einen Hersteller, der einem vorhandenen ähnelt, "
            "und wurden nicht übernommen; bitte mit --zuordnen EINGABE=NAME oder --neu-anlegen EINGABE entscheiden.",
            file=sys.stderr,
        )
    if pruefung.abgelehnt:
        return InputError.exit_code
    if pruefung.konflikte or rueck or namen:
        return CheckFailed.exit_code
    return 0
