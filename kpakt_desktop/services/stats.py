"""The figures of ``kpakt stats`` and of the Übersicht: one computation for CLI and GUI."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand
from kpakt_desktop.domain.status import ALLE, Status
from kpakt_desktop.domain.vollzug import Vollzugsebene
from kpakt_desktop.services.fortschritt import Fortschritt, Gesamt, fortschritt
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.vollzugsebene import VollzugStand, vollzug_stand
from kpakt_desktop.services.zustaendigkeit import ebenen, zustaendigkeit
from kpakt_desktop.store.database import Store, current_revision
from kpakt_desktop.store.models import Huerde, Kommune, Kontakt, Leistung, Nachnutzung, Taskforce, Termin


@dataclass(frozen=True)
class LeistungStand:
    nr: int
    name: str
    vollzugsebene: Vollzugsebene
    zustaendig: int
    by_status: dict[Status, int]
    zaehlt_fuer_quote: bool

    @property
    def produktiv_anteil(self) -> float | None:
        if not self.zustaendig:
            return None
        return self.by_status.get(Status.PRODUKTIV, 0) / self.zustaendig


@dataclass(frozen=True)
class Stats:
    land: str
    land_name: str
    ist_demo: bool
    schema: str | None
    kommunen: dict[KommuneArt, int]
    leistungen: list[LeistungStand]
    nachnutzungen_by_status: dict[Status, int]
    taskforces: int
    huerden: int
    termine: int
    kontakte: int
    gesamt: Gesamt | None = None  # the headline figures (services.fortschritt), as on the Übersicht
    vollzug: dict[int, VollzugStand] | None = None  # source and confidence of each Vollzugsebene
    fortschritt: dict[int, Fortschritt] | None = None  # Einwohner served per Leistung

    @property
    def nachnutzungen_total(self) -> int:
        return sum(self.nachnutzungen_by_status.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "land": self.land,
            "land_name": self.land_name,
            "demo": self.ist_demo,
            "schema": self.schema,
            "kommunen": {art.value: n for art, n in self.kommunen.items()},
            "leistungen": [
                {
                    "nr": item.nr,
                    "name": item.name,
                    "vollzugsebene": item.vollzugsebene.value,
                    "zustaendig": item.zustaendig,
                    "by_status": {s.value: n for s, n in item.by_status.items()},
                    "zaehlt_fuer_quote": item.zaehlt_fuer_quote,
                    **self._vollzug_json(item.nr),
                }
                for item in self.leistungen
            ],
            "nachnutzungen": {
                "total": self.nachnutzungen_total,
                "by_status": {s.value: n for s, n in self.nachnutzungen_by_status.items()},
            },
            "taskforces": self.taskforces,
            "huerden": self.huerden,
            "termine": self.termine,
            "kontakte": self.kontakte,
            **({"gesamt": _gesamt_json(self.gesamt)} if self.gesamt else {}),
        }

    def _vollzug_json(self, nr: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        v = (self.vollzug or {}).get(nr)
        if v is not None:
            out |= {
                "behoerde": v.vorgabe.behoerde if v.vorgabe else None,
                "quelle": v.quelle,
                "sicherheit": v.sicherheit_text,
                "geprueft": v.geprueft,
            }
        f = (self.fortschritt or {}).get(nr)
        if f is not None:
            out |= {"einwohner": f.einwohner_basis, "einwohner_produktiv": f.einwohner_produktiv}
        return out


def _gesamt_json(g: Gesamt) -> dict[str, Any]:
    def anteil(x: float | None) -> float | None:
        return None if x is None else round(x, 6)

    return {
        "zaehlt": "alle Leistungen außer Nr. 7 und Nr. 8",
        "zustaendig": g.zustaendig,
        "produktiv": g.produktiv,
        "anteil_produktiv": anteil(g.anteil_produktiv),
        "kommunen_produktiv": g.kommunen_produktiv,
        "einwohner": g.einwohner,
        "einwohner_in_kommunen_mit_produktiver_leistung": g.einwohner_in_produktiven,
        "anteil_einwohner_in_kommunen_mit_produktiver_leistung": anteil(g.anteil_einwohner_in_produktiven),
        "anteil_produktiv_einwohnergewichtet": anteil(g.anteil_einwohner_gewichtet),
    }


def leistung_staende(s: Session, im_gebiet: frozenset[int] | None = None) -> list[LeistungStand]:
    """Status counts of the zuständigen Kommunen per Leistung (only those in ``im_gebiet``, if given)."""
    zust = zustaendigkeit(s)
    if im_gebiet is not None:
        zust = {nr: ids & im_gebiet for nr, ids in zust.items()}
    ebene = ebenen(s)
    per_leistung: dict[int, Counter[Status]] = {}
    for nr, kommune_id, status in s.execute(
        select(Nachnutzung.leistung_nr, Nachnutzung.kommune_id, Nachnutzung.status)
    ):
        if kommune_id in zust.get(nr, ()):
            per_leistung.setdefault(nr, Counter())[status] += 1
    return [
        LeistungStand(
            nr=item.nr,
            name=item.name,
            vollzugsebene=ebene[item.nr],
            zustaendig=len(zust.get(item.nr, ())),
            by_status={st: per_leistung.get(item.nr, Counter())[st] for st in ALLE if st.aktiv},
            zaehlt_fuer_quote=item.zaehlt_fuer_quote,
        )
        for item in s.scalars(select(Leistung).order_by(Leistung.nr))
    ]


def compute_stats(store: Store) -> Stats:
    land = read_land(store)
    bericht = fortschritt(store)
    with store.read() as s:
        arten = Counter(
            dict(
                s.execute(
                    select(Kommune.art, func.count())
                    .where(Kommune.zustand == KommuneZustand.AKTIV)
                    .group_by(Kommune.art)
                ).all()
            )
        )
        leistungen = leistung_staende(s)
        totals = Counter(dict(s.execute(select(Nachnutzung.status, func.count()).group_by(Nachnutzung.status)).all()))
        counts = [s.scalar(select(func.count()).select_from(m)) or 0 for m in (Taskforce, Huerde, Termin, Kontakt)]
    return Stats(
        land=land.schluessel,
        land_name=land.name,
        ist_demo=land.ist_demo,
        schema=current_revision(store),
        kommunen={art: arten[art] for art in KommuneArt if arten[art]},
        leistungen=leistungen,
        nachnutzungen_by_status={st: totals[st] for st in ALLE},
        taskforces=counts[0],
        huerden=counts[1],
        termine=counts[2],
        kontakte=counts[3],
        gesamt=bericht.gesamt,
        vollzug={v.nr: v for v in vollzug_stand(store)},
        fortschritt={f.key: f for f in bericht.je_leistung},
    )
