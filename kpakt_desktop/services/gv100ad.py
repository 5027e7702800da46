"""The official fixed-width form of the Gemeindeverzeichnis, GV100AD (Destatis).

One record per line, 220 characters; positions as in Destatis's *Datensatzbeschreibung GV100AD*
(1-based, inclusive), compared with the open readers openpotato/gv100ad-py and jgraef/gv100ad:

====  =========  ==========================================================================
from  to         field
====  =========  ==========================================================================
1     2          Satzart: 10 Land, 20 Regierungsbezirk, 30 Region (BW), 40 Kreis,
                 50 Gemeindeverband, 60 Gemeinde
3     10         Gebietsstand JJJJMMTT
11    12         Land
13    13         Regierungsbezirk
14    14         Region (Satzart 30)
14    15         Kreis
16    18         Gemeinde (Satzart 60)
19    22         Gemeindeverband (Satzarten 50, 60)
23    72         Name
73    122        Sitz der Verwaltung (Satzarten 10–50)
123   124        Textkennzeichen (Satzarten 40, 50, 60)
129   139        Fläche in ha (Satzart 60)
140   150        Bevölkerung insgesamt (Satzart 60)
151   161        Bevölkerung männlich (Satzart 60)
166   170        Postleitzahl des Verwaltungssitzes (Satzart 60)
====  =========  ==========================================================================

The records state the Gebietsstand; the Stichtag of the Bevölkerung is not in them (Destatis
names it in the description that comes with the file), so it stays unknown unless the user gives
it. Each record becomes the same field dictionary the CSV has and goes through the same
``parse_row``/``build_land``, so a row is checked the same way whatever the form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.services.register import LandRegister, RegisterRow, build_land, parse_row

RECORD_LENGTH = 220
# (field, first, last) 1-based inclusive; "kreis" of a Region record (30) is its one-digit number.
_FIELDS = (
    ("land", 11, 12),
    ("rb", 13, 13),
    ("vb", 19, 22),
    ("gemeindename", 23, 72),
    ("textkennzeichen", 123, 124),
    ("bevoelkerung", 140, 150),
    ("postleitzahl", 166, 170),
)
# A record shorter than this has lost fields it needs: the file was cut off.
_MIN_LENGTH = {"1": 23, "2": 23, "3": 23, "4": 124, "5": 124, "6": 170}
_START = re.compile(r"[1-9]0(?:19|20)\d{6}\d{2}")


def looks_like_gv100ad(text: str) -> bool:
    """The first record starts with Satzart, Gebietsstand and Land, all digits, and is long."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return bool(_START.match(first)) and len(first) > 72 and "," not in first[:22] and ";" not in first[:22]


def _slice(line: str, first: int, last: int) -> str:
    return line[first - 1 : last].strip()


def _flaeche(text: str) -> str:
    """Hectares as the CSV's km² with two decimals; anything else goes on for parse_row to name."""
    if text.isascii() and text.isdigit():
        ha = int(text)
        return f"{ha // 100}.{ha % 100:02d}"
    return text


def record_values(line: str) -> dict[str, str]:
    """The fields of one record under the CSV's column names."""
    satzart = line[:2]
    values = {key: _slice(line, first, last) for key, first, last in _FIELDS}
    values["satzart"] = satzart.strip()
    values["kreis"] = _slice(line, 14, 14) if satzart.startswith("3") else _slice(line, 14, 15)
    values["gemeinde"] = _slice(line, 16, 18)
    values["flaeche"] = _flaeche(_slice(line, 129, 139))
    return values


def _stand(line: str, zeile: int, source: str) -> date:
    text = line[2:10]
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise InputError(
            meldung(
                "{source}, Zeile {zeile}: Feld „Gebietsstand“ hat den Wert „{wert}“, erwartet ist JJJJMMTT.",
                source=source,
                zeile=zeile,
                wert=text.strip(),
            )
        ) from None


def _rows(text: str, source: str, stande: dict[str, date]) -> Iterator[RegisterRow]:
    for zeile, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        need = _MIN_LENGTH.get(line[:1], 23)
        if len(line) < need:
            raise InputError(
                meldung(
                    "{source}, Zeile {zeile}: Der Satz endet nach {anzahl_line} von {RECORD_LENGTH} "
                    "Zeichen – die Datei ist unvollständig oder beschädigt.",
                    source=source,
                    zeile=zeile,
                    anzahl_line=len(line),
                    RECORD_LENGTH=RECORD_LENGTH,
                )
            )
        row = parse_row(record_values(line.ljust(RECORD_LENGTH)), zeile, source)
        if row is None:
            continue
        stande.setdefault(row.land, _stand(line, zeile, source))
        yield row


def read_gv100ad(text: str, land_key: str, source: str) -> LandRegister:
    """The Kommunen of one Land from the text of a GV100AD file; Gebietsstand from its records."""
    stande: dict[str, date] = {}
    register = build_land(_rows(text, source, stande), land_key, source)
    register.format = "GV100AD"
    register.hat_koordinaten = False
    register.stand_gebiet = stande.get(land_key)
    return register
