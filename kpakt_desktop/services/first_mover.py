"""How heterogeneous the First Movers (Pilotkommunen) of each Leistung are.

The agreement asks for First Movers with *deliberately different prerequisites*. We look at four
dimensions of the set of Nachnutzungen marked First Mover for a Leistung:

- **Größenklasse** by the Einwohner the Kommune serves (a Verbandsgemeinde its members', a Kreis
  its Gemeinden'), with the cut-offs of the BBSR Stadt- und Gemeindetypen: unter 5.000
  (Landgemeinde), 5.000 bis unter 20.000 (Kleinstadt), 20.000 bis unter 100.000 (Mittelstadt),
  100.000 und mehr (Großstadt);
- **Kreis** (a Kreis or kreisfreie Stadt counts as its own);
- **IT-Dienstleister** of the Nachnutzung (else of the Kommune);
- **Fachverfahren** of the Nachnutzung.

Per dimension: the number of distinct known values and the share of the largest group among the
known values. A dimension is *vielfältig* when it has at least two distinct values and no group
holds more than two thirds of the known values. The set as a whole meets the agreement's wish
(``unterschiedlich``) when it has at least two First Movers and at least three of the four
dimensions are vielfältig. Unknown values (no IT-Dienstleister or Fachverfahren recorded) are
counted apart and never make a set look more diverse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services import verknuepfungen as vk
from kpakt_desktop.services.vollzugsebene import versorgung_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Fachverfahren, ITDienstleister, Kommune, Leistung, Nachnutzung

GROESSENKLASSEN: tuple[tuple[int, str], ...] = (
    (0, "unter 5.000 Einwohner"),
    (5_000, "5.000 bis unter 20.000 Einwohner"),
    (20_000, "20.000 bis unter 100.000 Einwohner"),
    (100_000, "100.000 Einwohner und mehr"),
)
MAX_ANTEIL = Fraction(2, 3)  # no group above two thirds
MIN_VIELFAELTIG = 3  # of the four dimensions
DIMENSIONEN = ("Größenklasse", "Kreis", "IT-Dienstleister", "Fachverfahren")


def groessenklasse(einwohner: int) -> str:
    label = GROESSENKLASSEN[0][1]
    for grenze, name in GROESSENKLASSEN:
        if einwohner >= grenze:
            label = name
    return label


@dataclass(frozen=True)
class Vielfalt:
    """One dimension of one First-Mover set."""

    dimension: str
    gruppen: dict[str, int]  # value → number of First Movers (known values only)
    unbekannt: int

    @property
    def verschiedene(self) -> int:
        return len(self.gruppen)

    @property
    def bekannt(self) -> int:
        return sum(self.gruppen.values())

    @property
    def anteil_groesste(self) -> float | None:
        return max(self.gruppen.values()) / self.bekannt if self.bekannt else None

    @property
    def vielfaeltig(self) -> bool:
        return self.verschiedene >= 2 and Fraction(max(self.gruppen.values()), self.bekannt) <= MAX_ANTEIL


def vielfalt(dimension: str, werte: Iterable[str | None]) -> Vielfalt:
    werte = list(werte)
    return Vielfalt(dimension, dict(Counter(w for w in werte if w).most_common()), sum(1 for w in werte if not w))


@dataclass(frozen=True)
class FirstMoverKommune:
    kommune_id: int
    name: str
    ars: str
    status: Status
    einwohner: int
    groessenklasse: str
    kreis: str
    it_dienstleister: str
    fachverfahren: str


@dataclass(frozen=True)
class FirstMoverSet:
    leistung_nr: int
    leistung: str
    kommunen: list[FirstMoverKommune]
    dimensionen: list[Vielfalt]

    @property
    def anzahl(self) -> int:
        return len(self.kommunen)

    @property
    def vielfaeltige(self) -> int:
        return sum(d.vielfaeltig for d in self.dimensionen)

    @property
    def unterschiedlich(self) -> bool:
        """The agreement's "bewusst unterschiedliche Voraussetzungen" are met."""
        return self.anzahl >= 2 and self.vielfaeltige >= MIN_VIELFAELTIG


def bewerten(nr: int, leistung: str, kommunen: Sequence[FirstMoverKommune]) -> FirstMoverSet:
    dims = [
        vielfalt(DIMENSIONEN[0], (k.groessenklasse for k in kommunen)),
        vielfalt(DIMENSIONEN[1], (k.kreis for k in kommunen)),
        vielfalt(DIMENSIONEN[2], (k.it_dienstleister for k in kommunen)),
        vielfalt(DIMENSIONEN[3], (k.fachverfahren for k in kommunen)),
    ]
    return FirstMoverSet(nr, leistung, sorted(kommunen, key=lambda k: k.name), dims)


def first_mover(store: Store) -> list[FirstMoverSet]:
    """One set per Leistung (also the empty ones, so the page can say that none are chosen)."""
    with store.read() as s:
        vers = versorgung_laden(s)
        leistungen = list(s.execute(select(Leistung.nr, Leistung.name).order_by(Leistung.nr)))
        rows = list(
            s.execute(
                select(
                    Nachnutzung.leistung_nr,
                    Nachnutzung.status,
                    Kommune.id,
                    Kommune.name,
                    Kommune.ars,
                    Kommune.art,
                    Kommune.kreis_id,
                    Nachnutzung.it_dienstleister_id,
                    Kommune.it_dienstleister_id.label("kommune_itdl"),
                    Nachnutzung.fachverfahren_id,
                )
                .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
                .where(Nachnutzung.first_mover.is_(True))
            )
        )
        kreis_namen = dict(s.execute(select(Kommune.id, Kommune.name)).all()) if rows else {}
        itdl = dict(s.execute(select(ITDienstleister.id, ITDienstleister.name)).all())
        verfahren = dict(s.execute(select(Fachverfahren.id, Fachverfahren.name)).all())
    per: dict[int, list[FirstMoverKommune]] = {}
    for r in rows:
        ew = vers.einwohner_von([r.id])
        kreis = vk.kreis_gruppe(r.art, r.id, r.kreis_id)
        itdl_id = r.it_dienstleister_id or r.kommune_itdl
        per.setdefault(r.leistung_nr, []).append(
            FirstMoverKommune(
                r.id, r.name, r.ars, r.status, ew, groessenklasse(ew),
                kreis_namen.get(kreis, "") if kreis else "",
                itdl.get(itdl_id, "") if itdl_id else "",
                verfahren.get(r.fachverfahren_id, "") if r.fachverfahren_id else "",
            )
        )  # fmt: skip
    return [bewerten(nr, f"{nr} {name}", per.get(nr, [])) for nr, name in leistungen]
