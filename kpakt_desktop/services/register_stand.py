"""Which register the Kommunen and Einwohner of a database come from: stored at init and on every
update, and said in one line wherever a screen or a report cites the register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpakt_desktop.services.register import DESTATIS_GV, LandRegister, shipped_register_info, shipped_register_path
from kpakt_desktop.store.models import LandRow

UNBEKANNT = "unbekannt"


def de_datum(stand: str) -> str:
    """An ISO date as 31.12.2020; anything else (``unbekannt``) as it is."""
    try:
        return date.fromisoformat(stand).strftime("%d.%m.%Y")
    except ValueError:
        return stand or UNBEKANNT


@dataclass(frozen=True)
class RegisterAngaben:
    titel: str
    gebietsstand: str  # ISO date or "unbekannt"
    einwohner_stand: str  # ISO date or "unbekannt"
    quelle: str  # attribution with licence

    @property
    def kurz(self) -> str:
        """``Gebietsstand 31.12.2020, Einwohner Stand 31.12.2019``"""
        return f"Gebietsstand {de_datum(self.gebietsstand)}, Einwohner Stand {de_datum(self.einwohner_stand)}"

    @property
    def text(self) -> str:
        """The line reports and forms cite: both Stichtage and the source."""
        return f"{self.kurz} – Quelle: {self.quelle}"


def register_angaben(session: Session) -> RegisterAngaben:
    row = session.scalars(select(LandRow)).one()
    return RegisterAngaben(
        titel=row.register_titel,
        gebietsstand=row.register_stand or UNBEKANNT,
        einwohner_stand=row.register_einwohner_stand or UNBEKANNT,
        quelle=row.register_quelle,
    )


def _is_shipped(path: Path) -> bool:
    try:
        return path.resolve() == shipped_register_path().resolve()
    except OSError:
        return False


def register_spalten(
    register: LandRegister | None,
    datei: Path | None,
    *,
    vorgang: str,
    jetzt: datetime,
    einwohner_stand: date | None = None,
) -> dict[str, str]:
    """The Land row's register columns for ``register`` read from ``datei`` (None: the shipped one).

    ``vorgang`` says what was done with it ("angelegt", "aktualisiert"); ``einwohner_stand`` is the
    user's word where the file does not state its Einwohner-Stichtag.
    """
    info = shipped_register_info()
    if register is None or datei is None or _is_shipped(datei):
        return {
            "register_titel": info.titel,
            "register_stand": info.stand_gebiet,
            "register_einwohner_stand": (einwohner_stand.isoformat() if einwohner_stand else info.stand_bevoelkerung),
            "register_quelle": info.attribution,
        }
    einwohner = einwohner_stand or register.stand_einwohner
    return {
        "register_titel": (
            f"Gemeindeverzeichnis ({register.format}), {vorgang} aus {datei.name} am {jetzt.date():%d.%m.%Y}"
        )[:200],
        "register_stand": register.stand_gebiet.isoformat() if register.stand_gebiet else UNBEKANNT,
        "register_einwohner_stand": einwohner.isoformat() if einwohner else UNBEKANNT,
        "register_quelle": f"{DESTATIS_GV}, Datei {datei.name}. Lizenz: {info.lizenz}, {info.lizenz_url}",
    }


def stand_hinweise(angaben: RegisterAngaben) -> list[str]:
    """What the user should know about the stored Stichtage: those the register file did not state."""
    hinweise = []
    if angaben.gebietsstand == UNBEKANNT:
        hinweise.append("Die Datei nennt ihren Gebietsstand nicht; gespeichert ist „unbekannt“.")
    if angaben.einwohner_stand == UNBEKANNT:
        hinweise.append(
            "Die Datei nennt den Stichtag ihrer Einwohnerzahlen nicht; gespeichert ist „unbekannt“. "
            "Wer ihn kennt, gibt ihn beim Einlesen an (Befehlszeile: --einwohner-stand JJJJ-MM-TT)."
        )
    return hinweise
