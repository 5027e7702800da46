"""The 16 Länder with their 2-digit key, abbreviation and name."""

from __future__ import annotations

from typing import NamedTuple

from kpakt_desktop.domain.errors import InputError, meldung


class Land(NamedTuple):  # a NamedTuple: cheap to import on the start-up path
    schluessel: str
    kuerzel: str
    name: str

    @property
    def stadtstaat(self) -> bool:
        return self.kuerzel in ("HH", "HB", "BE")


LAENDER: tuple[Land, ...] = (
    Land("01", "SH", "Schleswig-Holstein"),
    Land("02", "HH", "Hamburg"),
    Land("03", "NI", "Niedersachsen"),
    Land("04", "HB", "Bremen"),
    Land("05", "NW", "Nordrhein-Westfalen"),
    Land("06", "HE", "Hessen"),
    Land("07", "RP", "Rheinland-Pfalz"),
    Land("08", "BW", "Baden-Württemberg"),
    Land("09", "BY", "Bayern"),
    Land("10", "SL", "Saarland"),
    Land("11", "BE", "Berlin"),
    Land("12", "BB", "Brandenburg"),
    Land("13", "MV", "Mecklenburg-Vorpommern"),
    Land("14", "SN", "Sachsen"),
    Land("15", "ST", "Sachsen-Anhalt"),
    Land("16", "TH", "Thüringen"),
)

_BY_KEY = {land.schluessel: land for land in LAENDER}


def land_by_key(schluessel: str) -> Land:
    try:
        return _BY_KEY[schluessel]
    except KeyError:
        raise InputError(meldung("Unbekannter Landesschlüssel „{schluessel}“.", schluessel=schluessel)) from None


def parse_land(text: str) -> Land:
    """Accept ``07``, ``7``, ``RP`` or ``Rheinland-Pfalz`` (case-insensitive)."""
    wanted = text.strip()
    if wanted.isdigit():
        wanted = wanted.zfill(2)
    folded = wanted.casefold()
    for land in LAENDER:
        if folded in (land.schluessel, land.kuerzel.casefold(), land.name.casefold()):
            return land
    allowed = ", ".join(f"{land.schluessel} {land.kuerzel}" for land in LAENDER)
    raise InputError(
        meldung("Unbekanntes Land „{text}“. Erlaubt sind Schlüssel oder Kürzel: {allowed}.", text=text, allowed=allowed)
    )
