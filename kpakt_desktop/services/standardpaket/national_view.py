"""Figures of the national database: per Land and Leistung the zuständige Kommunen, how many are
produktiv, and how many Einwohner they serve. One computation for the reports and the Bundesansicht.

Zuständigkeit is recomputed with the same domain rule as in the Land (``domain.vollzug``) from the
Kommunen, Vollzugsebenen, Ausnahmen and Gemeindeverband rules each package carries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import VersorgungRef, versorgung
from kpakt_desktop.domain.vollzug import KommuneRef, Vollzugsebene, zustaendige
from kpakt_desktop.services.catalog import load_catalog
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase, herkunft


@dataclass(frozen=True)
class Zelle:
    """One Land × one Leistung."""

    nr: int
    ebene: Vollzugsebene | None
    zustaendig: int
    produktiv: int
    einwohner_zustaendig: int
    einwohner_produktiv: int
    zaehlt_fuer_quote: bool
    by_status: dict[Status, int]

    @property
    def anteil_produktiv(self) -> float | None:
        if not self.zaehlt_fuer_quote or not self.zustaendig:
            return None
        return self.produktiv / self.zustaendig

    @property
    def anteil_einwohner(self) -> float | None:
        if not self.zaehlt_fuer_quote or not self.einwohner_zustaendig:
            return None
        return self.einwohner_produktiv / self.einwohner_zustaendig


@dataclass(frozen=True)
class MatrixZeile:
    """One zuständige Kommune of a Land with its status per Leistung (absent: not zuständig)."""

    ars: str
    name: str
    kreis: str
    status: dict[int, Status]


@dataclass(frozen=True)
class LandStand:
    land: str
    kuerzel: str
    name: str
    sequenz: int
    stand: datetime
    zusammengefuehrt_am: datetime
    kommunen: int
    einwohner: int
    zellen: tuple[Zelle, ...]
    matrix: tuple[MatrixZeile, ...] = ()

    def zelle(self, nr: int) -> Zelle | None:
        return next((z for z in self.zellen if z.nr == nr), None)


@dataclass(frozen=True)
class Bundesstand:
    leistungen: tuple[tuple[int, str], ...]  # (nr, name): the catalog's names, whatever a package calls them
    laender: tuple[LandStand, ...]


def _rows(conn: Any, name: str, land: str) -> list[Any]:
    table = DATA_TABLES[name]
    return list(conn.execute(select(table).where(table.c.land == land)))


def national_overview(db: NationalDatabase) -> Bundesstand:
    if not db.exists:
        return Bundesstand((), ())
    laender = []
    names: dict[int, str] = {}
    with db.read() as conn:
        for h in conn.execute(select(herkunft).order_by(herkunft.c.land)):
            land_row = _rows(conn, "land", h.land)
            leistungen = _rows(conn, "leistung", h.land)
            for item in leistungen:
                names.setdefault(item.nr, item.name)
            zellen, kommunen, einwohner, matrix = _land_cells(conn, h.land, leistungen)
            laender.append(
                LandStand(
                    h.land,
                    land_row[0].kuerzel if land_row else h.land,
                    land_row[0].name if land_row else h.land,
                    h.sequenz,
                    h.stand,
                    h.zusammengefuehrt_am,
                    kommunen,
                    einwohner,
                    zellen,
                    matrix,
                )
            )
    # The catalog names every Leistung; a package's own spelling (any Land's) never replaces it.
    names |= {c.nr: c.name for c in load_catalog()}
    return Bundesstand(tuple(sorted(names.items())), tuple(laender))


def _land_cells(
    conn: Any, land: str, leistungen: list[Any]
) -> tuple[tuple[Zelle, ...], int, int, tuple[MatrixZeile, ...]]:
    kommunen = _rows(conn, "kommune", land)
    index = {k.ars: i for i, k in enumerate(kommunen)}
    refs = [
        KommuneRef(
            index[k.ars],
            KommuneArt(k.art),
            index.get(k.verband_ars) if k.verband_ars else None,
            k.zustand == KommuneZustand.AKTIV.value,
        )
        for k in kommunen
    ]
    # Einwohner served exactly, as in the Land (domain.versorgung): each person once per Leistung.
    vers = versorgung(
        VersorgungRef(
            index[k.ars],
            KommuneArt(k.art),
            index.get(k.verband_ars) if k.verband_ars else None,
            index.get(k.kreis_ars) if k.kreis_ars else None,
            k.einwohner,
        )
        for k in kommunen
        if k.zustand == KommuneZustand.AKTIV.value
    )
    verwaltet = {KommuneArt(r.art): r.verwaltet for r in _rows(conn, "verband_regel", land)}
    plus: dict[int, set[int]] = defaultdict(set)
    minus: dict[int, set[int]] = defaultdict(set)
    for a in _rows(conn, "vollzug_ausnahme", land):
        (plus if a.art == "plus" else minus)[a.leistung_nr].add(index[a.ars])
    ebenen = {v.leistung_nr: Vollzugsebene(v.ebene) for v in _rows(conn, "vollzug", land)}
    status: dict[tuple[int, int], Status] = {
        (n.leistung_nr, index[n.ars]): Status(n.status) for n in _rows(conn, "nachnutzung", land)
    }
    zellen = []
    per_kommune: dict[int, dict[int, Status]] = defaultdict(dict)
    for item in sorted(leistungen, key=lambda r: r.nr):
        ebene = ebenen.get(item.nr)
        ids = zustaendige(refs, ebene, verwaltet, plus[item.nr], minus[item.nr]) if ebene else set()
        for i in ids:
            per_kommune[i][item.nr] = status.get((item.nr, i), Status.OFFEN)
        counts: dict[Status, int] = defaultdict(int)
        for i in ids:
            counts[status.get((item.nr, i), Status.OFFEN)] += 1
        produktiv = {i for i in ids if status.get((item.nr, i)) is Status.PRODUKTIV}
        bedient = vers.bedient(ids)
        zellen.append(
            Zelle(
                item.nr,
                ebene,
                len(ids),
                len(produktiv),
                sum(bedient.values()),
                sum(bedient[i] for i in produktiv),
                not (item.vollstaendig_realisiert or item.bund_direkt),
                dict(counts),
            )
        )
    aktive = [k for k in kommunen if k.zustand == KommuneZustand.AKTIV.value]
    total = sum(k.einwohner or 0 for k in aktive if KommuneArt(k.art).gemeinde_ebene)
    namen = {k.ars: k.name for k in kommunen}
    matrix = tuple(
        sorted(
            (
                MatrixZeile(k.ars, k.name, namen.get(k.kreis_ars or "", k.name), per_kommune[i])
                for i, k in enumerate(kommunen)
                if i in per_kommune
            ),
            key=lambda z: (z.kreis, z.name),
        )
    )
    return tuple(zellen), len(aktive), total, matrix


def load_bundesstand(path: Path) -> Bundesstand:
    """Open a national database read-only (never written), compute its figures, close it."""
    db = NationalDatabase(path, readonly=True)
    try:
        if not db.exists:
            raise InputError(f"{path} ist keine Bundesdatenbank des Kommunalpakts (Tabelle „herkunft“ fehlt).")
        return national_overview(db)
    except DatabaseError as err:
        raise InputError(f"{path} ist keine lesbare Datenbank: {err.orig}") from None
    finally:
        db.close()
