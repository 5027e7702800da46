"""The layout of the Rückmeldebogen, shared by export and import, and its fingerprint.

The visible sheet holds one row per zuständige Leistung. The very hidden sheet holds the
identity (Land, Kommune, form version, export time) and the values sent, as JSON, with an
HMAC-SHA256 over both under a key that only this Land database knows: a changed hidden part,
or a form made by another database, fails the check.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kpakt_desktop.domain.status import Anbindungsart, Status
from kpakt_desktop.services.nachnutzung import von_hand_setzbar
from kpakt_desktop.store.models import Einstellung

FORMULAR = "kpakt-rueckmeldebogen"
VERSION = 1
BLATT = "Rückmeldung"
BLATT_KENNUNG = "Kennung"
ERSTE_ZEILE = 9  # first data row of the visible sheet; the header row is the one above
KOPFZEILE = ERSTE_ZEILE - 1
SCHLUESSEL_EINSTELLUNG = "rueckmeldebogen.hmac_schluessel"

# Cells of the identity sheet, and the visible cell that names the Kommune.
K_FORMULAR, K_DATEN, K_SIGNATUR = "B1", "B2", "B3"
K_KOMMUNE = "A2"


@dataclass(frozen=True)
class Spalte:
    key: str  # key in the values sent ("" for read-only context columns)
    titel: str
    breite: float
    art: str  # "fest", "status", "datum", "text", "liste", "betrag"
    hinweis: str = ""


SPALTEN: tuple[Spalte, ...] = (
    Spalte("", "Nr.", 5, "fest"),
    Spalte("", "Leistung", 34, "fest"),
    Spalte("status", "Status", 20, "status", "Bitte den heutigen Stand aus der Liste wählen."),
    Spalte(
        "seit",
        "Status erreicht am",
        13,
        "datum",
        "Datum, an dem der gewählte Status erreicht wurde (TT.MM.JJJJ). Nur bei einem neuen Status nötig.",
    ),
    Spalte("geplant", "produktiv geplant ab", 13, "datum", "Geplanter Termin für den Produktivbetrieb (TT.MM.JJJJ)."),
    Spalte("fv", "Fachverfahren", 24, "text", "Name des Fachverfahrens, an das die Leistung angebunden wird."),
    Spalte("hst", "Hersteller", 26, "text", "Hersteller des Fachverfahrens."),
    Spalte("anb", "Anbindungsart", 24, "liste", "Wie die Anträge ins Fachverfahren gelangen (aus der Liste)."),
    Spalte("ke", "Kosten einmalig (€)", 12, "betrag", "Ganze Euro, ohne Cent und ohne Tausenderpunkt."),
    Spalte("kj", "Kosten jährlich (€)", 12, "betrag", "Ganze Euro je Jahr, ohne Cent und ohne Tausenderpunkt."),
    Spalte("bemerkung", "Bemerkung", 36, "text", "Was die Koordinierungsstelle wissen sollte (z. B. Hürden)."),
)
SPALTE_VON = {s.key: i + 1 for i, s in enumerate(SPALTEN) if s.key}
TEXT_LAENGE = {"fv": 200, "hst": 200, "bemerkung": 2000}


def status_auswahl() -> tuple[Status, ...]:
    return von_hand_setzbar()


def status_aus_text(text: str) -> Status | None:
    wanted = text.strip().casefold()
    for st in status_auswahl():
        if wanted in (st.label.casefold(), st.value.casefold()):
            return st
    return None


def anbindung_aus_text(text: str) -> Anbindungsart | None:
    wanted = text.strip().casefold()
    for art in Anbindungsart:
        if wanted in (art.label.casefold(), art.value.casefold()):
            return art
    return None


def schluessel(s: Session, *, anlegen: bool) -> bytes | None:
    """The database's HMAC key for forms (created with the first export)."""
    row = s.get(Einstellung, SCHLUESSEL_EINSTELLUNG)
    if row is None:
        if not anlegen:
            return None
        row = Einstellung(schluessel=SCHLUESSEL_EINSTELLUNG, wert=secrets.token_hex(32))
        s.add(row)
        s.flush()
    return bytes.fromhex(row.wert)


def kanonisch(daten: dict[str, Any]) -> str:
    return json.dumps(daten, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def signatur(key: bytes, daten_text: str) -> str:
    return hmac.new(key, f"{FORMULAR}/{VERSION}\n{daten_text}".encode(), hashlib.sha256).hexdigest()


def signatur_passt(key: bytes, daten_text: str, sig: str) -> bool:
    return hmac.compare_digest(signatur(key, daten_text), sig)
