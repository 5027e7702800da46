"""Which Einwohner a zuständige Kommune serves (§2(1)): the base of every Einwohner share.

A Gemeinde (or kreisfreie Stadt) serves its own Einwohner; a Gemeindeverband (Verbandsgemeinde,
Amt, …) those of its member Gemeinden; a Kreis those of the Gemeinden in it. Einwohner are only
recorded on Gemeinden, so served Einwohner are always counted over the set of Gemeinden reached:
a Gemeinde covered twice (its Kreis and itself added as exception) is counted once.

When both a Gemeinde (or its Gemeindeverband) and its Kreis are zuständig for one Leistung — a
große kreisangehörige Stadt with its own Bauaufsicht or Jugendamt — the Gemeinde's Einwohner are
served by the most local of them, never by the Kreis as well: each person counts once per
Leistung, at the Kommune that really serves them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from kpakt_desktop.domain.kommunen import KommuneArt


@dataclass(frozen=True)
class VersorgungRef:
    id: int
    art: KommuneArt
    verband_id: int | None
    kreis_id: int | None
    einwohner: int | None


@dataclass(frozen=True)
class Versorgung:
    """Gemeinden reached by each Kommune, and the Einwohner of each Gemeinde."""

    gemeinden: Mapping[int, frozenset[int]]
    einwohner: Mapping[int, int]
    # Gemeinde id → the Kommunen that can serve it, most local first (itself, Verband, Kreis).
    kette: Mapping[int, tuple[int, ...]]

    @property
    def gesamt(self) -> int:
        """Every Einwohner of the area (the Land's population)."""
        return sum(self.einwohner.values())

    def einwohner_von(self, kommune_ids: Iterable[int]) -> int:
        reached: set[int] = set()
        for kid in kommune_ids:
            reached |= self.gemeinden.get(kid, frozenset())
        return sum(self.einwohner.get(g, 0) for g in reached)

    def zuordnung(self, zustaendig: Collection[int]) -> dict[int, int]:
        """Gemeinde id → the zuständige Kommune that serves it (the most local one)."""
        result: dict[int, int] = {}
        for gemeinde, kette in self.kette.items():
            for kid in kette:
                if kid in zustaendig:
                    result[gemeinde] = kid
                    break
        return result

    def bedient(self, zustaendig: Collection[int]) -> dict[int, int]:
        """Zuständige Kommune → the Einwohner it really serves for this Leistung."""
        result = dict.fromkeys(zustaendig, 0)
        for gemeinde, kid in self.zuordnung(zustaendig).items():
            result[kid] += self.einwohner.get(gemeinde, 0)
        return result

    def einwohner_bei(self, zustaendig: Collection[int], auswahl: Collection[int]) -> int:
        """Einwohner served by the Kommunen of ``auswahl`` when ``zustaendig`` are zuständig."""
        return sum(self.einwohner.get(g, 0) for g, kid in self.zuordnung(zustaendig).items() if kid in auswahl)


def versorgung(kommunen: Iterable[VersorgungRef]) -> Versorgung:
    covers: dict[int, set[int]] = {}
    einwohner: dict[int, int] = {}
    kette: dict[int, tuple[int, ...]] = {}
    for k in kommunen:
        if not k.art.gemeinde_ebene:
            continue
        einwohner[k.id] = k.einwohner or 0
        covers.setdefault(k.id, set()).add(k.id)
        parents = tuple(p for p in (k.verband_id, k.kreis_id) if p is not None)
        kette[k.id] = (k.id, *parents)
        for parent in parents:
            covers.setdefault(parent, set()).add(k.id)
    return Versorgung({kid: frozenset(ids) for kid, ids in covers.items()}, einwohner, kette)
