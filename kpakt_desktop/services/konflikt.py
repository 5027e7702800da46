"""No lost update for the records an editor saves (Kontakt, Hürde, Termin, Taskforce).

The editor passes the record as the user saw it (``gesehen``, with its version). When the row has
another version by now, someone else saved it in between: nothing is written, and a ``Konflikt``
names who, when, what they changed (old → new) and what this user wanted to write, and carries the
record as it is now. If the user then chooses to keep their change, ``zusammenfuehren`` puts the
fields they changed on top of that newer record, so the other person's other changes stay.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from kpakt_desktop.domain.errors import InputError, Konflikt, meldung


class Versioniert(Protocol):
    version: int
    geaendert_am: datetime | None
    geaendert_von: str | None


class HatVersion(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def version(self) -> int | None: ...


D = TypeVar("D", bound=HatVersion)

UNVERAENDERT = "(unverändert)"


def anzeige(wert: object) -> str:
    """A field value as the conflict message shows it."""
    if wert is None or wert == "" or wert == ():
        return "–"
    if isinstance(wert, bool):
        return "ja" if wert else "nein"
    if isinstance(wert, datetime):
        return f"{wert:%d.%m.%Y %H:%M}"
    if isinstance(wert, date):
        return f"{wert:%d.%m.%Y}"
    if isinstance(wert, tuple):
        return "1 Eintrag" if len(wert) == 1 else f"{len(wert)} Einträge"
    label = getattr(wert, "label", None)
    return str(label) if isinstance(label, str) else str(wert)


def _gleich(a: object, b: object) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple) and all(isinstance(x, int) for x in (*a, *b)):
        return sorted(a) == sorted(b)  # id lists: the order is not content
    return a == b


def gespeichert(row: Versioniert, benutzer: str | None, jetzt: datetime | None = None) -> None:
    """Record who saved the row and when (this also raises its version on the flush)."""
    row.geaendert_am = jetzt or datetime.now().replace(microsecond=0)
    row.geaendert_von = (benutzer or "").strip() or None


def stand_pruefen(
    row: Versioniert | None,
    gesehen: D | None,
    aktuell: Callable[[], D],
    mein: D,
    felder: Mapping[str, str],
    was: str,
) -> None:
    """Refuse to write ``mein`` when ``row`` is no longer at the version of ``gesehen``.

    ``felder`` maps the record's attributes to their German labels; ``was`` names the record
    (``Der Kontakt „Anna Amt“``). Without ``gesehen`` (a new record, an undo) nothing is checked."""
    if gesehen is None or gesehen.version is None:
        return
    if row is None:
        raise InputError(
            meldung(
                "{was} wurde inzwischen von jemand anderem gelöscht. Ihre Eingaben stehen noch "
                "im Formular; bitte abbrechen oder als neuen Eintrag anlegen.",
                was=was,
            )
        )
    if row.version == gesehen.version:
        return
    jetzt = aktuell()
    wer = row.geaendert_von or "jemand anderem"
    wann = row.geaendert_am
    aenderungen: list[tuple[str, object, str, str, str]] = []
    meine: dict[str, str] = {}
    for attr, label in felder.items():
        alt, neu, meins = getattr(gesehen, attr), getattr(jetzt, attr), getattr(mein, attr)
        ihre = not _gleich(alt, neu)
        eigene = not _gleich(alt, meins)
        if ihre:
            aenderungen.append((wer, wann, label, anzeige(alt), anzeige(neu)))
        if ihre or eigene:
            meine[label] = anzeige(meins) if eigene else UNVERAENDERT
    teile = "; ".join(f"{feld}: {alt} → {neu}" for _, _, feld, alt, neu in aenderungen) or "keine sichtbaren Felder"
    zeit = f" am {wann:%d.%m.%Y um %H:%M}" if wann is not None else ""
    raise Konflikt(
        meldung(
            "{was} wurde inzwischen von {wer}{zeit} geändert ({teile}). Ihre Änderung wurde "
            "nicht gespeichert; bitte die neue Fassung ansehen und neu entscheiden.",
            was=was,
            wer=wer,
            zeit=zeit,
            teile=teile,
        ),
        aenderungen,
        mein=meine,
        aktuell=jetzt,
    )


def zusammenfuehren(gesehen: D | None, mein: D, aktuell: D) -> D:
    """``aktuell`` with every field the user changed against ``gesehen`` taken from ``mein``:
    the user's change written on top of the other person's (their other fields stay)."""
    if gesehen is None:
        return mein
    werte: dict[str, Any] = {}
    for f in dataclasses.fields(mein):  # type: ignore[arg-type]
        if f.name in ("id", "version"):
            continue
        if not _gleich(getattr(gesehen, f.name), getattr(mein, f.name)):
            werte[f.name] = getattr(mein, f.name)
    return dataclasses.replace(aktuell, **werte)  # type: ignore[type-var]
