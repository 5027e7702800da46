"""The Nachnutzung lifecycle: ordered stages, side states, and which changes are allowed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.vocab import Vocab


class Status(Vocab):
    OFFEN = "offen"
    INTERESSE = "interesse"
    VEREINBARUNG = "vereinbarung"
    ANBINDUNG = "anbindung"
    TEST = "test"
    PRODUKTIV = "produktiv"
    ZURUECKGESTELLT = "zurueckgestellt"
    NICHT_MEHR_ZUSTAENDIG = "nicht_mehr_zustaendig"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _LABELS

    @property
    def kurz(self) -> str:
        """Short text for a matrix cell, readable without colour."""
        return _KURZ[self.value]

    @property
    def symbol(self) -> str:
        """A glyph whose fill grows with progress (prints in black and white)."""
        return _SYMBOL[self.value]

    @property
    def farbe(self) -> str:
        """Background colour (hex) for cells and charts; colour-blind-safe ramp."""
        return _FARBE[self.value]

    @property
    def stufe(self) -> int:
        """Position on the main path (0 … 5); side states sort after it."""
        return _ORDER.index(self) if self in _ORDER else len(_ORDER) + (self is Status.NICHT_MEHR_ZUSTAENDIG)

    @property
    def aktiv(self) -> bool:
        """Counts towards the zuständige Kommunen (everything but *nicht mehr zuständig*)."""
        return self is not Status.NICHT_MEHR_ZUSTAENDIG


_ORDER = (
    Status.OFFEN,
    Status.INTERESSE,
    Status.VEREINBARUNG,
    Status.ANBINDUNG,
    Status.TEST,
    Status.PRODUKTIV,
)
HAUPTPFAD: tuple[Status, ...] = _ORDER
ALLE: tuple[Status, ...] = tuple(Status)

_LABELS = {
    "offen": "offen",
    "interesse": "Interesse bekundet",
    "vereinbarung": "Vereinbarung",
    "anbindung": "Anbindung",
    "test": "Test",
    "produktiv": "produktiv",
    "zurueckgestellt": "zurückgestellt",
    "nicht_mehr_zustaendig": "nicht mehr zuständig",
}
_KURZ = {
    "offen": "offen",
    "interesse": "Int.",
    "vereinbarung": "Vereinb.",
    "anbindung": "Anb.",
    "test": "Test",
    "produktiv": "prod.",
    "zurueckgestellt": "zurück",
    "nicht_mehr_zustaendig": "n. zust.",
}
_SYMBOL = {
    "offen": "○",
    "interesse": "◔",
    "vereinbarung": "◑",
    "anbindung": "◕",
    "test": "◉",
    "produktiv": "●",
    "zurueckgestellt": "◌",
    "nicht_mehr_zustaendig": "–",
}
_FARBE = {
    "offen": "#f0f0f0",
    "interesse": "#fde9c4",
    "vereinbarung": "#fbd08a",
    "anbindung": "#bcd7ee",
    "test": "#7fb3dc",
    "produktiv": "#6cbf84",
    "zurueckgestellt": "#d9c3e6",
    "nicht_mehr_zustaendig": "#c8c8c8",
}


def erlaubte_folge(alt: Status) -> tuple[Status, ...]:
    """Statuses a user may set from ``alt``.

    Along the main path any step forward or back is allowed (offices correct mistakes and
    tests fail); *zurückgestellt* can be set from and left to any stage. *nicht mehr zuständig*
    is set only by a change of the Vollzugsebene, never by hand, and is left only to *offen*.
    """
    if alt is Status.NICHT_MEHR_ZUSTAENDIG:
        return (Status.OFFEN,)
    return tuple(s for s in ALLE if s is not alt and s is not Status.NICHT_MEHR_ZUSTAENDIG)


def pruefe_wechsel(alt: Status, neu: Status) -> None:
    if neu is alt:
        return
    if neu not in erlaubte_folge(alt):
        raise InputError(
            meldung(
                "Der Status kann nicht von „{alt}“ auf „{neu}“ gesetzt werden. Möglich: {erlaubt}.",
                alt=alt,
                neu=neu,
                erlaubt=erlaubte_folge(alt),
            )
        )


def pruefe_stufenfolge(geplant: Mapping[Status, date | None]) -> None:
    """The planned dates of the stages follow the lifecycle: a later stage is not planned before an
    earlier one (the same day is fine). Stages without a date are skipped."""
    frueher: tuple[Status, date] | None = None
    for stufe in HAUPTPFAD:
        datum = geplant.get(stufe)
        if datum is None:
            continue
        if frueher is not None and datum < frueher[1]:
            raise InputError(
                meldung(
                    "Geplant: „{stufe}“ am {datum:%d.%m.%Y} liegt vor „{vorher}“ am {vorher_datum:%d.%m.%Y}. "
                    "Die Stufen folgen aufeinander; bitte die Daten prüfen.",
                    stufe=stufe,
                    datum=datum,
                    vorher=frueher[0],
                    vorher_datum=frueher[1],
                )
            )
        frueher = (stufe, datum)


class Anbindungsart(Vocab):
    XTA = "xta"
    FIT_CONNECT = "fit_connect"
    OSCI = "osci"
    SCHNITTSTELLE_HERSTELLER = "schnittstelle_hersteller"
    POSTFACH = "postfach"
    MANUELL = "manuell"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "xta": "XTA (XÖV)",
            "fit_connect": "FIT-Connect",
            "osci": "OSCI-Transport",
            "schnittstelle_hersteller": "Schnittstelle des Fachverfahrensherstellers",
            "postfach": "Behördenpostfach/E-Mail",
            "manuell": "manuelle Übernahme",
        }
