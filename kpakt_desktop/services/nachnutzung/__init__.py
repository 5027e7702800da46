"""Changing Nachnutzungen: one cell or many at once, every field change kept in the history.

A change is one transaction. Each touched cell gets its own history entries (one per field);
all entries of one change share the ``aenderung`` id. Undo and redo restore a snapshot taken
by the change (and write history for that, too): nothing is ever rewritten silently, and a
cell changed by someone else in between is refused instead of overwritten.

The package has three parts: :mod:`.abfragen` (vocabulary and reading), :mod:`.schreiben` (the write
engine: changes, undo/redo, the CLI's status setting) and :mod:`.historie` (the history). Callers import
the public names from here.
"""

from __future__ import annotations

from kpakt_desktop.services.nachnutzung.abfragen import (
    AEHNLICH_AB,
    FELD_BEMERKUNG,
    FELD_LABEL,
    FELDER,
    QUELLE_PROGRAMM,
    QUELLE_RUECKGAENGIG,
    STUFEN,
    Auswahl,
    FachverfahrenAngabe,
    FachverfahrenWahl,
    Stufe,
    Vorschlag,
    Wahl,
    ZellDaten,
    aehnliche_namen,
    auswahl,
    geplant_feld,
    parse_status,
    stammdaten_namen,
    stammdaten_vorschlaege,
    status_der_zellen,
    von_hand_setzbar,
    zelle,
    zugeordnet,
)
from kpakt_desktop.services.nachnutzung.historie import (
    HistorienEintrag,
    anzeige,
    historie_kommune,
    historie_zelle,
)
from kpakt_desktop.services.nachnutzung.schreiben import (
    Aenderung,
    Ergebnis,
    Snapshot,
    Zellaenderung,
    aendern,
    aendern_zellen,
    setze_status,
    wiederherstellen,
)

__all__ = [
    "AEHNLICH_AB",
    "FELDER",
    "FELD_BEMERKUNG",
    "FELD_LABEL",
    "QUELLE_PROGRAMM",
    "QUELLE_RUECKGAENGIG",
    "STUFEN",
    "Aenderung",
    "Auswahl",
    "Ergebnis",
    "FachverfahrenAngabe",
    "FachverfahrenWahl",
    "HistorienEintrag",
    "Snapshot",
    "Stufe",
    "Vorschlag",
    "Wahl",
    "ZellDaten",
    "Zellaenderung",
    "aehnliche_namen",
    "aendern",
    "aendern_zellen",
    "anzeige",
    "auswahl",
    "geplant_feld",
    "historie_kommune",
    "historie_zelle",
    "parse_status",
    "setze_status",
    "stammdaten_namen",
    "stammdaten_vorschlaege",
    "status_der_zellen",
    "von_hand_setzbar",
    "wiederherstellen",
    "zelle",
    "zugeordnet",
]
