"""Which Einwohner a zuständige Kommune serves (§2(1)): the base of every Einwohner share.

A Gemeinde (or kreisfreie Stadt) serves its own Einwohner; a Gemeindeverband (Verbandsgemeinde,
Amt, …) those of its member Gemeinden; a Kreis those of the Gemeinden in it. Einwohner are only
recorded on Gemeinden, so served Einwohner are always counted over the set of Gemeinden reached:
a Gemeinde covered twice (its Kreis and itself added as exception) is counted once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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

    def einwohner_von(self, kommune_ids: Iterable[int]) -> int:
        reached: set[int] = set()
        for kid in kommune_ids:
            reached |= self.gemeinden.get(kid, frozenset())
        return sum(self.einwohner.get(g, 0) for g in reached)


def versorgung(kommunen: Iterable[VersorgungRef]) -> Versorgung:
    covers: dict[int, set[int]] = {}
    einwohner: dict[int, int] = {}
    for k in kommunen:
        if not k.art.gemeinde_ebene:
            continue
        einwohner[k.id] = k.einwohner or 0
        covers.setdefault(k.id, set()).add(k.id)
        for parent in (k.verband_id, k.kreis_id):
            if parent is not None:
                covers.setdefault(parent, set()).add(k.id)
    return Versorgung({kid: frozenset(ids) for kid, ids in covers.items()}, einwohner)
