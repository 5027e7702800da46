"""``kpakt bundle export|validate``, ``kpakt keygen`` and ``kpakt merge`` (the Standardpaket)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kpakt_desktop.commands.common import progress_to_stderr
from kpakt_desktop.domain.anzeige import anzahl, sichtbar
from kpakt_desktop.domain.errors import CheckFailed, InputError, KpaktError
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import export_job
from kpakt_desktop.services.standardpaket.merge import merge_job
from kpakt_desktop.services.standardpaket.validate import validate_bundle
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.national import NationalDatabase


def register(sub: Any) -> None:
    bundle = sub.add_parser("bundle", help="Standardpaket für den IT-Planungsrat erzeugen oder prüfen")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="AKTION", parser_class=type(bundle))
    bsub.required = True

    p = bsub.add_parser("export", help="signiertes Standardpaket aus der Landesdatenbank schreiben")
    p.add_argument("-o", "--output", type=Path, required=True, help="Zieldatei (.zip)")
    p.add_argument("--key", type=Path, default=None, help="privater Schlüssel (Standard: Benutzerdatenverzeichnis)")
    p.set_defaults(handler=cmd_export)

    p = bsub.add_parser("validate", help="Standardpaket prüfen (Exit 0 gültig, 1 ungültig)")
    p.add_argument("bundle", type=Path, metavar="DATEI.zip")
    p.add_argument("--trust", type=Path, default=None, help="Ordner mit den öffentlichen Schlüsseln (LL.pub)")
    p.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    p.set_defaults(handler=cmd_validate)

    p = sub.add_parser("keygen", help="Signaturschlüsselpaar des Landes erzeugen")
    p.add_argument("-o", "--output", type=Path, required=True, help="Ordner für den öffentlichen Schlüssel")
    p.add_argument("--land", default=None, help="Land (Standard: das Land der Landesdatenbank)")
    p.add_argument("--ersetzen", action="store_true", help="vorhandenen Schlüssel ersetzen")
    p.set_defaults(handler=cmd_keygen)

    p = sub.add_parser("merge", help="Standardpakete der Länder in die Bundesdatenbank zusammenführen")
    p.add_argument("bundles", type=Path, nargs="+", metavar="PAKET")
    p.add_argument("--db", dest="national_db", required=True, help="SQLite-Datei oder SQLAlchemy-URL")
    p.add_argument("--trust", type=Path, default=None, help="Ordner mit den öffentlichen Schlüsseln (LL.pub)")
    p.add_argument("--xlsx", type=Path, default=None, help="Bundesbericht als Excel-Datei")
    p.add_argument("--pdf", type=Path, default=None, help="Bundesbericht als PDF-Datei")
    p.add_argument(
        "--demo-zulassen", action="store_true", help="auch Pakete aus Demodaten übernehmen (nur zum Ausprobieren)"
    )
    p.add_argument(
        "--leeren-zulassen",
        action="store_true",
        help="auch Pakete übernehmen, die bisher gefüllte Tabellen eines Landes leeren",
    )
    p.set_defaults(handler=cmd_merge)


def cmd_export(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        result = run_job(export_job(store, args.output, key_path=args.key), progress_to_stderr)
    finally:
        store.close()
    rows = sum(t.rows for t in result.tables)
    print(f"Standardpaket Nr. {result.sequenz} des Landes {result.land} geschrieben: {result.path}")
    print(f"{len(result.tables)} Tabellen, {rows} Zeilen, keine personenbezogenen Daten.")
    print(f"SHA-256: {result.sha256}")
    print(f"Schlüssel: {result.fingerprint}")
    if result.demo:
        print("DEMO-Paket aus fiktiven Daten, signiert mit dem Demo-Schlüssel (nicht zum Versand).")
    return 0


def _existing(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise InputError(f"Nicht gefunden: {', '.join(missing)}")


def cmd_validate(args: argparse.Namespace) -> int:
    _existing([args.bundle])
    report = validate_bundle(args.bundle, args.trust)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    elif report.valid:
        stand = f"{report.stand:%d.%m.%Y %H:%M} UTC" if report.stand else "unbekannt"
        print(f"Gültig: Standardpaket Nr. {report.sequenz} des Landes {report.land}, Stand {stand}.")
        if report.demo:
            print(DEMO_WARNING, file=sys.stderr)
    else:
        name = sichtbar(str(args.bundle))
        print(f"Ungültig: {name} ({anzahl(len(report.problems), 'Problem', 'Probleme')})", file=sys.stderr)
        for problem in report.problems:
            print(f"  {problem.text()}", file=sys.stderr)
    return 0 if report.valid else 1


DEMO_WARNING = (
    "ACHTUNG: DEMO-PAKET. Dieses Paket wurde aus den fiktiven Demodaten erstellt, nicht aus den Daten eines "
    "Landes; „kpakt merge“ übernimmt es nur mit --demo-zulassen."
)


def cmd_keygen(args: argparse.Namespace) -> int:
    if args.land:
        land = parse_land(args.land).schluessel
    else:
        try:
            store = open_store(args.db)
        except Exception:
            raise InputError("Bitte das Land mit --land angeben (keine Landesdatenbank gefunden).") from None
        try:
            land = read_land(store).schluessel
        finally:
            store.close()
    info = signing.create_key_pair(land, args.output, replace=args.ersetzen)
    print(f"Schlüsselpaar für das Land {land} erzeugt.")
    print(f"Privater Schlüssel (nur für Sie lesbar): {info.private_path}")
    print(f"Öffentlicher Schlüssel für den IT-Planungsrat: {info.public_path}")
    print(f"Fingerabdruck: {info.fingerprint}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    _existing(args.bundles)
    db = NationalDatabase(args.national_db)
    try:
        job = merge_job(
            args.bundles,
            db,
            trust_dir=args.trust,
            allow_demo=args.demo_zulassen,
            allow_wipe=args.leeren_zulassen,
        )
        result = run_job(job, progress_to_stderr)
        if not result.ok:
            print(f"Nichts geschrieben: {anzahl(len(result.problems), 'Problem', 'Probleme')}.", file=sys.stderr)
            for problem in result.problems:
                print(f"  {problem.text()}", file=sys.stderr)
            return CheckFailed.exit_code
        for entry in result.merged:
            print(f"Land {entry.land}: Paket Nr. {entry.sequenz} (Stand {entry.stand:%d.%m.%Y %H:%M} UTC) übernommen.")
        for rep in result.reports:
            if rep.demo and any(entry.sha256 == rep.sha256 for entry in result.merged):
                print(f"ACHTUNG: {sichtbar(rep.path.name)} ist ein DEMO-Paket (fiktive Daten).", file=sys.stderr)
        for land in result.unchanged:
            print(f"Land {land}: bereits zusammengeführt, unverändert.")
        for path in result.superseded:
            print(f"{sichtbar(path.name)}: übersprungen, ein neueres Paket desselben Landes liegt vor.")
        if args.xlsx or args.pdf:
            return _reports(db, args.xlsx, args.pdf)
    finally:
        db.close()
    return 0


REPORT_FAILED_EXIT = 3


def _reports(db: NationalDatabase, xlsx: Path | None, pdf: Path | None) -> int:
    """The merge is done and stays done; a report that cannot be written is its own failure (exit 3)."""
    from kpakt_desktop.services.standardpaket.national_reports import write_reports

    try:
        for written in write_reports(db, xlsx=xlsx, pdf=pdf):
            print(f"Bericht geschrieben: {written}")
    except Exception as err:  # whatever broke the report, the merge above is committed
        why = str(err) if isinstance(err, KpaktError) else f"{type(err).__name__}: {err}"
        print(
            "Die Zusammenführung ist abgeschlossen und gespeichert, aber der Bundesbericht konnte nicht "
            f"geschrieben werden: {sichtbar(why)}",
            file=sys.stderr,
        )
        return REPORT_FAILED_EXIT
    return 0
