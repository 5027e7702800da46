"""Progress of the Nachnutzung per Leistung and per Kreis: share produktiv, share of Einwohner served.

Denominators are the zuständigen Kommunen (active cells); No. 7 and No. 8 never enter a
percentage. The Einwohner share counts the Einwohner each zuständige Kommune really serves for
the Leistung (its member Gemeinden for a Verbandsgemeinde/Amt, its Gemeinden for a Kreis, less
those of a kreisangehörige Stadt that is its own authority for it): each person once per Leistung.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import Versorgung
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
class Gesamt:
    """The headline figures of the Land (or one Kreis), over the Leistungen that count.

    Nr. 7 (already fully realised) and Nr. 8 (run by the BMFSFJ itself) never count: every screen
    and report shows these same numbers, under the names and definitions of ``DEFINITIONEN``.
    """

    zustaendig: int  # zuständige Nachnutzungen (Kommune × Leistung)
    produktiv: int  # of those produktiv
    kommunen_produktiv: int  # Kommunen with at least one Leistung produktiv
    einwohner: int  # Einwohner of the area (the register's figure)
    einwohner_in_produktiven: int  # Einwohner served produktiv for at least one Leistung
    einwohner_produktiv: int  # summed over the Leistungen: Einwohner served by a produktive Kommune
    einwohner_basis: int  # summed over the Leistungen: Einwohner served by the zuständigen Kommunen

    @property
    def anteil_produktiv(self) -> float | None:
        return self.produktiv / self.zustaendig if self.zustaendig else None

    @property
    def anteil_einwohner_in_produktiven(self) -> float | None:
        return self.einwohner_in_produktiven / self.einwohner if self.einwohner else None

    @property
    def anteil_einwohner_gewichtet(self) -> float | None:
        return self.einwohner_produktiv / self.einwohner_basis if self.einwohner_basis else None


# The names and definitions of every figure, for the screens and the "So rechnen wir" of each report.
DEFINITIONEN: tuple[tuple[str, str], ...] = (
    (
        "Zuständige Nachnutzungen",
        "Kommune × Leistung für jede Kommune, die nach der Vollzugsebene des Landes für eine Leistung "
        "zuständig ist (eine Kommune mit drei Leistungen zählt dreimal).",
    ),
    ("Anteil produktiv", "zuständige Nachnutzungen im Status „produktiv“ je zuständige Nachnutzungen."),
    (
        "Kommunen mit mindestens einer produktiven Leistung",
        "Kommunen, bei denen mindestens eine zuständige Nachnutzung „produktiv“ ist.",
    ),
    (
        "Einwohner in Kommunen, in denen mindestens eine Leistung produktiv ist",
        "Einwohner, deren zuständige Kommune mindestens eine Leistung produktiv anbietet, je Einwohner "
        "des Gebiets (jede Person einmal).",
    ),
    (
        "Einwohnergewichteter Anteil produktiv",
        "je Leistung die Einwohner, die ihre Kommune produktiv versorgt, summiert über die Leistungen, je "
        "Einwohner, die alle zuständigen Kommunen versorgen. Ist eine kreisangehörige Stadt selbst "
        "zuständig, versorgt sie ihre Einwohner, nicht der Kreis.",
    ),
    (
        "Leistungen 7 und 8",
        "zählen in keinem Anteil: Nr. 7 ist laut Anlage 1 „bereits vollständig realisiert“, Nr. 8 „wird "
        "direkt von BMFSFJ umgesetzt (kein FF-Land, da Projekt bereits vor OZG gestartet)“. Sie stehen "
        "nur in der Tabelle je Leistung.",
    ),
)


@dataclass(frozen=True)
class FortschrittBericht:
    je_leistung: list[Fortschritt]
    je_kreis: list[Fortschritt]
    gesamt: Gesamt


def fortschritt(store: Store, *, kreis_id: int | None = None) -> FortschrittBericht:
    """Progress per Leistung and per Kreis; with ``kreis_id`` only the cells of that Kreis count."""
    with store.read() as s:
        vers = versorgung_laden(s)
        leistungen = list(s.scalars(select(Leistung).order_by(Leistung.nr)))
        quote = {lst.nr for lst in leistungen if not (lst.vollstaendig_realisiert or lst.bund_direkt)}
        kommunen = {
            r.id: r for r in s.execute(select(Kommune.id, Kommune.name, Kommune.art, Kommune.kreis_id, Kommune.zustand))
        }
        zellen = s.execute(
            select(Nachnutzung.kommune_id, Nachnutzung.leistung_nr, Nachnutzung.status).where(
                Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG
            )
        ).all()
    if kreis_id is not None:
        zellen = [z for z in zellen if z[0] == kreis_id or kommunen[z[0]].kreis_id == kreis_id]
    alle: dict[int, set[int]] = defaultdict(set)
    prod: dict[int, set[int]] = defaultdict(set)
    for kid, nr, status in zellen:
        alle[nr].add(kid)
        if status is Status.PRODUKTIV:
            prod[nr].add(kid)
    # Einwohner each zuständige Kommune really serves, once per Leistung (see domain.versorgung).
    bedient = {nr: vers.bedient(ids) for nr, ids in alle.items()}

    def einwohner(nr: int, ids: set[int] | list[int]) -> int:
        return sum(bedient[nr].get(k, 0) for k in ids)

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
                einwohner(lst.nr, prod[lst.nr]),
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
                sum(einwohner(nr, p) for nr, (_, p) in by_nr.items()),
                sum(einwohner(nr, a) for nr, (a, _) in by_nr.items()),
            )
        )
    je_kreis.sort(key=lambda f: f.name)
    return FortschrittBericht(je_leistung, je_kreis, _gesamt(vers, kommunen, kreis_id, quote, alle, prod, bedient))


def _gesamt(
    vers: Versorgung,
    kommunen: dict[int, Any],
    kreis_id: int | None,
    quote: set[int],
    alle: dict[int, set[int]],
    prod: dict[int, set[int]],
    bedient: dict[int, dict[int, int]],
) -> Gesamt:
    def im_gebiet(gemeinde: int) -> bool:
        return kreis_id is None or gemeinde == kreis_id or kommunen[gemeinde].kreis_id == kreis_id

    gemeinden = {g for g in vers.einwohner if im_gebiet(g)}
    erreicht: set[int] = set()
    for nr in quote:
        if prod[nr]:
            erreicht |= {g for g, kid in vers.zuordnung(alle[nr]).items() if kid in prod[nr] and g in gemeinden}
    return Gesamt(
        zustaendig=sum(len(alle[nr]) for nr in quote),
        produktiv=sum(len(prod[nr]) for nr in quote),
        kommunen_produktiv=len(set().union(*(prod[nr] for nr in quote))),
        einwohner=sum(vers.einwohner[g] for g in gemeinden),
        einwohner_in_produktiven=sum(vers.einwohner[g] for g in erreicht),
        einwohner_produktiv=sum(sum(bedient[nr].get(k, 0) for k in prod[nr]) for nr in quote if nr in bedient),
        einwohner_basis=sum(sum(bedient[nr].get(k, 0) for k in alle[nr]) for nr in quote if nr in bedient),
    )
