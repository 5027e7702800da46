"""``kpakt vollzug``: the Land's Vollzugsebene per Leistung with source and confidence, confirming it,
and adding many Kommunen from a list."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kpakt_desktop.commands.common import open_existing
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.services.vollzug_liste import liste_pruefen, liste_uebernehmen
from kpakt_desktop.services.vollzugsebene import bestaetige_ebene, vollzug_stand, vorgabe_uebernehmen


def register(sub: Any) -> None:
    p = sub.add_parser("vollzug", help="Vollzugsebene je Leistung: Quelle, Bestätigung, Zusätze aus einer Liste")
    vsub = p.add_subparsers(dest="vollzug_befehl", metavar="AKTION", required=True)

    z = vsub.add_parser("zeigen", help="Vollzugsebene, Behörde, Quelle und Sicherheit je Leistung")
    z.add_argument("--json", action="store_true", help="als JSON ausgeben")
    z.set_defaults(handler=cmd_zeigen)

    b = vsub.add_parser("bestaetigen", help="die Vollzugsebene einer Leistung als geprüft bestätigen")
    b.add_argument("--leistung", type=int, required=True, help="Nummer der Leistung (1–16)")
    b.add_argument("--benutzer", default=None, help="wer bestätigt (für die Anzeige)")
    b.set_defaults(handler=cmd_bestaetigen)

    v = vsub.add_parser("vorgabe", help="die mitgelieferte Vollzugsebene des Landes (mit Zusätzen) übernehmen")
    v.add_argument("--leistung", type=int, required=True, help="Nummer der Leistung (1–16)")
    v.set_defaults(handler=cmd_vorgabe)

    li = vsub.add_parser(
        "liste",
        help="Kommunen aus einer Liste (CSV/xlsx mit ARS, AGS oder Namen) als zusätzlich zuständig eintragen",
    )
    li.add_argument("datei", type=Path, help="CSV- oder Excel-Datei, eine Kommune je Zeile")
    li.add_argument("--leistung", type=int, required=True, help="Nummer der Leistung (1–16)")
    li.add_argument("--grund", default="", help="Grund, z. B. „eigene Bauaufsicht (Liste des Ministeriums)“")
    li.add_argument("--uebernehmen", action="store_true", help="eintragen (ohne: nur Vorschau)")
    li.add_argument("--json", action="store_true", help="Ergebnis als JSON")
    li.set_defaults(handler=cmd_liste)


def cmd_zeigen(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        staende = vollzug_stand(store)
    finally:
        store.close()
    rows = [
        {
            "nr": st.nr,
            "vollzugsebene": st.ebene.value,
            "zustaendig": st.zustaendig,
            "einwohner": st.einwohner,
            "behoerde": st.vorgabe.behoerde if st.vorgabe else None,
            "quelle": st.quelle,
            "sicherheit": st.sicherheit_text,
            "geprueft": st.geprueft,
            "wie_vorgabe": st.wie_vorgabe,
            "ausnahmen": len(st.ausnahmen),
        }
        for st in staende
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r['nr']:>2}  {r['vollzugsebene']:<29} {r['zustaendig']:>5} zuständig  [{r['sicherheit']}]")
        print(f"    {r['behoerde'] or ''} – {r['quelle']}")
    return 0


def cmd_bestaetigen(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        bestaetige_ebene(store, args.leistung, benutzer=args.benutzer)
    finally:
        store.close()
    print(f"Vollzugsebene der Leistung {args.leistung} als geprüft bestätigt.")
    return 0


def cmd_vorgabe(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        result = vorgabe_uebernehmen(store, args.leistung, benutzer=None)
        stand = {s.nr: s for s in vollzug_stand(store)}[args.leistung]
    finally:
        store.close()
    print(
        f"Leistung {args.leistung}: {stand.ebene.label}, {stand.zustaendig} zuständige Kommunen "
        f"({result.neu} Nachnutzungen neu, {result.nicht_mehr_zustaendig} nicht mehr zuständig, "
        f"{result.wieder_zustaendig} wieder zuständig)."
    )
    return 0


def cmd_liste(args: argparse.Namespace) -> int:
    if not args.datei.exists():
        raise InputError(f"Die Datei {args.datei} wurde nicht gefunden.")
    store = open_existing(args)
    try:
        vorschau = liste_pruefen(store, args.leistung, args.datei)
        ergebnis = None
        if args.uebernehmen and vorschau.treffer:
            ergebnis = liste_uebernehmen(store, vorschau, args.grund, benutzer=None)
    finally:
        store.close()
    w = vorschau.wirkung
    if args.json:
        print(
            json.dumps(
                {
                    "datei": vorschau.datei,
                    "leistung": vorschau.nr,
                    "treffer": [{"zeile": t.zeile, "ars": t.ars, "name": t.name} for t in vorschau.treffer],
                    "schon_eingetragen": [t.ars for t in vorschau.schon_eingetragen],
                    "probleme": list(vorschau.probleme),
                    "zustaendig_danach": w.zustaendig,
                    "neu": w.neu,
                    "wieder_zustaendig": w.wieder_zustaendig,
                    "uebernommen": ergebnis is not None,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"{vorschau.datei}: {len(vorschau.treffer)} Kommunen erkannt, {len(vorschau.probleme)} Zeilen nicht.")
        for t in vorschau.treffer:
            print(f"  Zeile {t.zeile}: {t.name} ({t.ars})")
        for t in vorschau.schon_eingetragen:
            print(f"  Zeile {t.zeile}: {t.name} ist schon als Ausnahme eingetragen – bleibt unverändert.")
        for problem in vorschau.probleme:
            print(f"  {problem}")
        print(
            f"Danach {w.zustaendig} zuständige Kommunen; {w.neu} Nachnutzungen neu, "
            f"{w.wieder_zustaendig} wieder zuständig."
        )
        print("Eingetragen." if ergebnis is not None else "Nur Vorschau – mit --uebernehmen eintragen.")
    return 1 if vorschau.probleme and not vorschau.treffer else 0
