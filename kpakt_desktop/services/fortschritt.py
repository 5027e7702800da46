"""Progress of the Nachnutzung per Leistung and per Kreis: share produktiv, share of Einwohner served.

Denominators are the zuständigen Kommunen (active cells); No. 7 and No. 8 never enter a
percentage. The Einwohner share counts the Einwohner each zuständige Kommune serves (its
member Gemeinden for a Verbandsgemeinde/Amt, its Gemeinden for a Kreis).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.vollzugsebene import versorgung_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Leistung, Nachnutzung


@dataclass(frozen=True)
class Fortschritt:
    key: int  # Leistung nr or Kreis id
    name: str
    zustaendig: int
    produktiv: int
    einwohner: int  # Einwohner served by the zuständigen Kommunen (per Kreis: the Kreis's Einwohner)
    einwohner_produktiv: int  # served by those produktiv (per Kreis: summed over the Leistungen)
    einwohner_basis: int  # denominator of the Einwohner share (per Kreis: summed over the Leistungen)
    zaehlt_fuer_quote: bool = True
    hinweis: str = ""

    @property
    def anteil_produktiv(self) -> float | None:
        return self.produktiv / self.zustaendig if self.zustaendig and self.zaehlt_fuer_quote else None

    @property
    def anteil_einwohner(self) -> float | None:
        if not self.einwohner_basis or not self.zaehlt_fuer_quote:
            return None
        return self.einwohner_produktiv / self.einwohner_basis


@dataclass(frozen=True)
class FortschrittBericht:
    je_leistung: list[Fortschritt]
    je_kreis: list[Fortschritt]


def fortschritt(store: Store, *, kreis_id: int | None = None) -> FortschrittBericht:
    """Progress per Leistung and per Kreis; with ``kreis_id`` only the cells of that Kreis count."""
    with store.read() as s:
        vers = versorgung_laden(s)
        leistungen = list(s.scalars(select(Leistung).order_by(Leistung.nr)))
        quote = {lst.nr for lst in leistungen if not (lst.vollstaendig_realisiert or lst.bund_direkt)}
        kommunen = {r.id: r for r in s.execute(select(Kommune.id, Kommune.name, Kommune.art, Kommune.kreis_id))}
        zellen = s.execute(
            select(Nachnutzung.kommune_id, Nachnutzung.leistung_nr, Nachnutzung.status).where(
                Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG
            )
        ).all()
    if kreis_id is not None:
        zellen = [z for z in zellen if z[0] == kreis_id or kommunen[z[0]].kreis_id == kreis_id]
    alle: dict[int, list[int]] = defaultdict(list)
    prod: dict[int, list[int]] = defaultdict(list)
    for kid, nr, status in zellen:
        alle[nr].append(kid)
        if status is Status.PRODUKTIV:
            prod[nr].append(kid)
    je_leistung = []
    for lst in leistungen:
        hinweis = (
            "bereits vollständig realisiert"
            if lst.vollstaendig_realisiert
            else "direkt durch das BMFSFJ betrieben"
            if lst.bund_direkt
            else ""
        )
        je_leistung.append(
            Fortschritt(
                lst.nr,
                f"{lst.nr} {lst.name}",
                len(alle[lst.nr]),
                len(prod[lst.nr]),
                vers.einwohner_von(alle[lst.nr]),
                vers.einwohner_von(prod[lst.nr]),
                vers.einwohner_von(alle[lst.nr]),
                lst.nr in quote,
                hinweis,
            )
        )

    def gruppe(kid: int) -> int | None:
        k = kommunen[kid]
        if k.art in KREIS_ARTEN or k.art in KREISFREIE_ARTEN:
            return int(k.id)
        return int(k.kreis_id) if k.kreis_id is not None else None

    # Per Kreis the Einwohner share is weighted over Leistungen: Einwohner served produktiv,
    # summed over the Leistungen, divided by Einwohner served by all zuständigen cells.
    per_kreis: dict[int, dict[int, tuple[list[int], list[int]]]] = defaultdict(lambda: defaultdict(lambda: ([], [])))
    for kid, nr, status in zellen:
        g = gruppe(kid)
        if g is None or nr not in quote:
            continue
        cell = per_kreis[g][nr]
        cell[0].append(kid)
        if status is Status.PRODUKTIV:
            cell[1].append(kid)
    je_kreis = []
    for g, by_nr in per_kreis.items():
        je_kreis.append(
            Fortschritt(
                g,
                str(kommunen[g].name),
                sum(len(a) for a, _ in by_nr.values()),
                sum(len(p) for _, p in by_nr.values()),
                vers.einwohner_von([g]),
                sum(vers.einwohner_von(p) for _, p in by_nr.values()),
                sum(vers.einwohner_von(a) for a, _ in by_nr.values()),
            )
        )
    je_kreis.sort(key=lambda f: f.name)
    return FortschrittBericht(je_leistung, je_kreis)
