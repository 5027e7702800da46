"""Taking the checked answers into the database: one transaction, history "per Rückmeldebogen vom …"."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from kpakt_desktop.services.nachnutzung import Ergebnis, Zellaenderung, aendern_zellen
from kpakt_desktop.services.rueckmeldung.pruefung import Pruefung
from kpakt_desktop.store.database import Store


@dataclass(frozen=True)
class Uebernahme:
    uebernommen: list[str]  # keys "<ARS>/<Leistung>"
    ausgelassen: list[str]  # not chosen, or conflicts left out by default
    ergebnis: Ergebnis | None  # None when nothing was written; else undoable like any change


def standard_auswahl(pruefung: Pruefung) -> set[str]:
    """What is taken unless the user chooses: every row without a conflict."""
    return {z.schluessel for _, z in pruefung.zeilen if not z.konflikt}


def uebernehmen(
    store: Store,
    pruefung: Pruefung,
    auswahl: Collection[str] | None = None,
    *,
    benutzer: str | None,
    jetzt: datetime | None = None,
) -> Uebernahme:
    """Apply the chosen rows (default: those without conflict).

    A chosen row with a conflict overwrites the database with the Kommune's answer (the user
    decided so in the review). A row changed again since the check refuses the whole import.
    """
    gewaehlt = standard_auswahl(pruefung) if auswahl is None else set(auswahl)
    zellen = [
        Zellaenderung(z.nachnutzung_id, z.aenderung, r.quelle, version=z.version)
        for r, z in pruefung.zeilen
        if z.schluessel in gewaehlt and z.version >= 0
    ]
    keys = [z.schluessel for r, z in pruefung.zeilen if z.schluessel in gewaehlt and z.version >= 0]
    rest = [z.schluessel for _, z in pruefung.zeilen if z.schluessel not in keys]
    if not zellen:
        return Uebernahme([], rest, None)
    ergebnis = aendern_zellen(store, zellen, benutzer=benutzer, jetzt=jetzt)
    return Uebernahme(keys, rest, ergebnis)
