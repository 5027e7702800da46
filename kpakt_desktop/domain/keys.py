"""Amtlicher Regionalschlüssel (ARS, 12 digits) and Amtlicher Gemeindeschlüssel (AGS, 8 digits).

ARS = Land 2 + Regierungsbezirk 1 + Kreis 2 + Gemeindeverband 4 + Gemeinde 3.
AGS = Land 2 + Regierungsbezirk 1 + Kreis 2 + Gemeinde 3. Shorter register keys (Kreis: 5 digits,
Gemeindeverband: 9 digits) are stored right-padded with zeros to 12 digits.
"""

from __future__ import annotations

from kpakt_desktop.domain.errors import InputError, meldung

ARS_LEN = 12
AGS_LEN = 8


def is_ars(text: str) -> bool:
    return len(text) == ARS_LEN and text.isascii() and text.isdigit()


def is_ags(text: str) -> bool:
    return len(text) == AGS_LEN and text.isascii() and text.isdigit()


def check_ars(text: str, field: str = "ARS") -> str:
    value = text.strip()
    if not is_ars(value):
        raise InputError(
            meldung("{feld} „{text}“ ist kein gültiger Regionalschlüssel (12 Ziffern erwartet).", feld=field, text=text)
        )
    return value


def pad_ars(prefix: str) -> str:
    """A 2-, 5-, 9- or 12-digit register key as 12-digit ARS."""
    if not (prefix.isascii() and prefix.isdigit()) or len(prefix) not in (2, 5, 9, 12):
        raise InputError(meldung("„{prefix}“ ist kein Schlüssel des Gemeindeverzeichnisses.", prefix=prefix))
    return prefix.ljust(ARS_LEN, "0")


def ags_from_ars(ars: str) -> str:
    """The AGS of a Gemeinde: the ARS without its Gemeindeverband part."""
    return ars[:5] + ars[9:12]


def land_of(ars: str) -> str:
    return ars[:2]


def kreis_prefix(ars: str) -> str:
    return ars[:5]


def verband_prefix(ars: str) -> str:
    return ars[:9]
