"""Taking the checked answers into the database: one transaction, history "per Rückmeldebogen vom …"."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.services.nachnutzung import Ergebnis, Zellaenderung, aendern_zellen, zugeordnet
from kpakt_desktop.services.rueckmeldung.pruefung import Pruefung, ZeilenAenderung
from kpakt_desktop.store.database import Store

# (art, name as typed) → the name to use: an existing record's, or the typed one to create it anew.
Zuordnung = Mapping[tuple[str, str], str]


@dataclass(frozen=True)
class Uebernahme:
    uebernommen: list[str]  # keys "<ARS>/<Leistung>" whose values really changed
    ausgelassen: list[str]  # not chosen, conflicts left out by default, and the two lists below
    ergebnis: Ergebnis | None  # None when nothing was written; else undoable like any change
    bemerkungen: list[str] = field(default_factory=list)  # rows where only a Bemerkung was kept
    rueckschritte: list[str] = field(default_factory=list)  # left out: a step back not confirmed
    zuordnung_offen: list[str] = field(default_factory=list)  # left out: a similar name not decided


def standard_auswahl(pruefung: Pruefung) -> set[str]:
    """What is taken unless the user chooses: every row without a conflict."""
    return {z.schluessel for _, z in pruefung.zeilen if not z.konflikt}


def _zugeordnet(z: ZeilenAenderung, zuordnung: Zuordnung) -> ZeilenAenderung:
    for v in z.vorschlaege:
        ziel = zuordnung[(v.art, v.eingabe)]
        if ziel != v.eingabe and ziel not in v.aehnlich:
            erlaubt = ", ".join(f"„{x}“" for x in (*v.aehnlich, v.eingabe))
            raise InputError(
                meldung(
                    "{art_label} „{eingabe}“ kann nur so zugeordnet werden: {erlaubt}.",
                    art_label=v.art_label,
                    eingabe=v.eingabe,
                    erlaubt=erlaubt,
                )
            )
    angabe = z.aenderung.werte["fachverfahren"]
    werte = {**z.aenderung.werte, "fachverfahren": zugeordnet(angabe, zuordnung)}
    return replace(z, aenderung=replace(z.aenderung, werte=werte))


def uebernehmen(
    store: Store,
    pruefung: Pruefung,
    auswahl: Collection[str] | None = None,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
    zuordnung: Zuordnung | None = None,
    rueckschritte: bool = False,
) -> Uebernahme:
    """Apply the chosen rows (default: those without conflict).

    A chosen row with a conflict overwrites the database with the Kommune's answer (the user
    decided so in the review). A row that steps back in the lifecycle is taken only with
    ``rueckschritte``; a row whose Fachverfahren or Hersteller resembles an existing one only
    when ``zuordnung`` says which name to use. A row changed again since the check refuses the
    whole import.
    """
    gewaehlt = standard_auswahl(pruefung) if auswahl is None else set(auswahl)
    zuordnung = zuordnung or {}
    zellen: list[Zellaenderung] = []
    keys: dict[int, ZeilenAenderung] = {}
    offen_rueck: list[str] = []
    offen_name: list[str] = []
    for r, z in pruefung.zeilen:
        if z.schluessel not in gewaehlt or z.version < 0:
            continue
        if z.rueckschritt and not rueckschritte:
            offen_rueck.append(z.schluessel)
            continue
        if any((v.art, v.eingabe) not in zuordnung for v in z.vorschlaege):
            offen_name.append(z.schluessel)
            continue
        if z.vorschlaege:
            z = _zugeordnet(z, zuordnung)
        zellen.append(
            Zellaenderung(z.nachnutzung_id, z.aenderung, r.quelle, version=z.version, notiz_behalten=z.nur_bemerkung)
        )
        keys[z.nachnutzung_id] = z
    ergebnis = aendern_zellen(store, zellen, benutzer=benutzer, jetzt=jetzt) if zellen else None
    geschrieben = ergebnis.geschrieben if ergebnis is not None else {}
    taken = [z for nid, z in keys.items() if geschrieben.get(nid)]
    uebernommen = [z.schluessel for z in taken if not z.nur_bemerkung]
    bemerkungen = [z.schluessel for z in taken if z.nur_bemerkung]
    rest = [z.schluessel for _, z in pruefung.zeilen if z.schluessel not in {x.schluessel for x in taken}]
    if ergebnis is not None and not taken:
        ergebnis = None
    return Uebernahme(uebernommen, rest, ergebnis, bemerkungen, offen_rueck, offen_name)
