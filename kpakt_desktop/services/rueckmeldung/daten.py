"""The values of a Kommune's Nachnutzungen as the form carries them (sent and compared on return)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.status import Status
from kpakt_desktop.store.models import Fachverfahren, Hersteller, Leistung, Nachnutzung, NachnutzungStufe


@dataclass(frozen=True)
class Zeile:
    """One Nachnutzung as the form shows it. Keys are those of ``formular.SPALTEN``."""

    id: int
    nr: int
    leistung: str
    version: int
    werte: dict[str, Any]  # status (code), seit/geplant (ISO date or None), fv, hst, anb (code), ke, kj

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "nr": self.nr, "version": self.version, **self.werte}


def zeilen(s: Session, kommune_id: int, ids: list[int] | None = None) -> list[Zeile]:
    """The active Nachnutzungen of a Kommune whose Leistung still needs the Kommune (not No. 7/8)."""
    query = (
        select(
            Nachnutzung,
            Leistung.name,
            Fachverfahren.name.label("fv"),
            Hersteller.name.label("hst"),
            NachnutzungStufe.geplant,
        )
        .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
        .outerjoin(Fachverfahren, Fachverfahren.id == Nachnutzung.fachverfahren_id)
        .outerjoin(Hersteller, Hersteller.id == Fachverfahren.hersteller_id)
        .outerjoin(
            NachnutzungStufe,
            and_(NachnutzungStufe.nachnutzung_id == Nachnutzung.id, NachnutzungStufe.status == Status.PRODUKTIV),
        )
        .where(Nachnutzung.kommune_id == kommune_id)
        .order_by(Nachnutzung.leistung_nr)
    )
    if ids is not None:
        query = query.where(Nachnutzung.id.in_(ids))
    else:
        query = query.where(
            Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG,
            Leistung.vollstaendig_realisiert.is_(False),
            Leistung.bund_direkt.is_(False),
        )
    result = []
    for n, lname, fv, hst, geplant in s.execute(query):
        result.append(
            Zeile(
                n.id,
                n.leistung_nr,
                lname,
                n.version,
                {
                    "status": n.status.value,
                    "seit": n.status_seit.isoformat() if n.status_seit else None,
                    "geplant": geplant.isoformat() if geplant else None,
                    "fv": fv,
                    "hst": hst,
                    "anb": n.anbindungsart.value if n.anbindungsart else None,
                    "ke": n.kosten_einmalig,
                    "kj": n.kosten_jaehrlich,
                },
            )
        )
    return result
