"""Nachnutzungen: the history of every field change, as stored (readable texts) and as shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.status import Anbindungsart, Status
from kpakt_desktop.services.nachnutzung.abfragen import FELD_LABEL
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Fachverfahren,
    Hersteller,
    ITDienstleister,
    Kommune,
    Leistung,
    Nachnutzung,
)
from kpakt_desktop.store.models import NachnutzungHistorie as Historie


@dataclass(frozen=True)
class HistorienEintrag:
    id: int
    nachnutzung_id: int
    kommune: str
    leistung_nr: int
    leistung: str
    feld: str
    alt: str
    neu: str
    gueltig_ab: date
    erfasst_am: datetime
    benutzer: str | None
    notiz: str | None
    quelle: str | None
    aenderung: str | None

    @property
    def feld_label(self) -> str:
        return FELD_LABEL.get(self.feld, self.feld)


class HistorienTexte:
    """Readable history values: names instead of ids (the history must stay legible on its own)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._fv: dict[int, str] = {}
        self._itdl: dict[int, str] = {}

    def __call__(self, feld: str, wert: Any) -> str | None:
        if wert is None:
            return None
        if isinstance(wert, Status | Anbindungsart):
            return wert.value
        if isinstance(wert, bool):
            return "ja" if wert else "nein"
        if isinstance(wert, date):
            return wert.isoformat()
        if feld == "fachverfahren_id":
            if wert not in self._fv:
                fv = self.s.get(Fachverfahren, wert)
                hst = self.s.get(Hersteller, fv.hersteller_id) if fv and fv.hersteller_id else None
                self._fv[wert] = (f"{fv.name} ({hst.name})" if hst else fv.name) if fv else f"#{wert}"
            return self._fv[wert]
        if feld == "it_dienstleister_id":
            if wert not in self._itdl:
                itdl = self.s.get(ITDienstleister, wert)
                self._itdl[wert] = itdl.name if itdl else f"#{wert}"
            return self._itdl[wert]
        return str(wert)


def anzeige(feld: str, text: str | None) -> str:
    """History value as shown to the user (labels for coded values)."""
    if text is None or text == "":
        return "–"
    if feld == "status":
        try:
            return Status(text).label
        except ValueError:
            return text
    if feld == "anbindungsart":
        try:
            return Anbindungsart(text).label
        except ValueError:
            return text
    if feld.startswith("geplant:"):
        try:
            return date.fromisoformat(text).strftime("%d.%m.%Y")
        except ValueError:
            return text
    return text


def _historie(store: Store, *where: Any) -> list[HistorienEintrag]:
    with store.read() as s:
        query = (
            select(Historie, Kommune.name, Leistung.nr, Leistung.name.label("leistung"))
            .join(Nachnutzung, Nachnutzung.id == Historie.nachnutzung_id)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .where(*where)
            .order_by(Historie.gueltig_ab.desc(), Historie.erfasst_am.desc(), Historie.id.desc())
        )
        return [
            HistorienEintrag(
                id=h.id,
                nachnutzung_id=h.nachnutzung_id,
                kommune=kname,
                leistung_nr=nr,
                leistung=lname,
                feld=h.feld,
                alt=anzeige(h.feld, h.alt),
                neu=anzeige(h.feld, h.neu),
                gueltig_ab=h.gueltig_ab,
                erfasst_am=h.erfasst_am,
                benutzer=h.benutzer,
                notiz=h.notiz,
                quelle=h.quelle,
                aenderung=h.aenderung,
            )
            for h, kname, nr, lname in s.execute(query)
        ]


def historie_zelle(store: Store, nachnutzung_id: int) -> list[HistorienEintrag]:
    return _historie(store, Historie.nachnutzung_id == nachnutzung_id)


def historie_kommune(store: Store, kommune_id: int) -> list[HistorienEintrag]:
    return _historie(store, Nachnutzung.kommune_id == kommune_id)
