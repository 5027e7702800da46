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

from sqlalchemy import inspect, select
from sqlalchemy.exc import DatabaseError

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.karte import positionen, projektion, schwerpunkt
from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import VersorgungRef, versorgung
from kpakt_desktop.domain.vollzug import KommuneRef, Vollzugsebene, zustaendige
from kpakt_desktop.services.catalog import load_catalog
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase, herkunft, paket_stand


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
    punkt: tuple[float, float] | None = None  # map position, km (domain.karte)
    einwohner: int = 0  # Einwohner of the Gemeinden it serves


@dataclass(frozen=True)
class Vorstand:
    """The figures of a Land's previous package (kept by every merge, ``paket_stand``)."""

    sequenz: int
    stand: datetime
    zellen: dict[int, tuple[int, int]]  # Leistung nr → (zuständig, produktiv)


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
    mitte: tuple[float, float] | None = None  # map position of the Land's label, km
    vorher: Vorstand | None = None  # the figures of the Land's previous package, if merged before

    def zelle(self, nr: int) -> Zelle | None:
        return next((z for z in self.zellen if z.nr == nr), None)

    @property
    def zustaendig(self) -> int:
        """Zuständige Nachnutzungen over the Leistungen that count (as ``Gesamt`` in the Land)."""
        return sum(z.zustaendig for z in self.zellen if z.zaehlt_fuer_quote)

    @property
    def produktiv(self) -> int:
        return sum(z.produktiv for z in self.zellen if z.zaehlt_fuer_quote)

    @property
    def anteil_produktiv(self) -> float | None:
        return self.produktiv / self.zustaendig if self.zustaendig else None

    def veraenderung(self, nr: int | None = None) -> tuple[int, float | None] | None:
        """Since the previous package: (change of produktiv, change of the share produktiv in
        percentage points) for one Leistung, or over the Leistungen that count; None if there is
        no previous package."""
        if self.vorher is None:
            return None
        zaehlt = {z.nr for z in self.zellen if z.zaehlt_fuer_quote}
        nrs = [nr] if nr is not None else sorted(zaehlt)
        jetzt_z = sum(z.zustaendig for z in self.zellen if z.nr in nrs)
        jetzt_p = sum(z.produktiv for z in self.zellen if z.nr in nrs)
        vor_z = sum(self.vorher.zellen.get(n, (0, 0))[0] for n in nrs)
        vor_p = sum(self.vorher.zellen.get(n, (0, 0))[1] for n in nrs)
        if nr is not None and nr not in zaehlt:
            return jetzt_p - vor_p, None
        punkte = 100 * (jetzt_p / jetzt_z - vor_p / vor_z) if jetzt_z and vor_z else None
        return jetzt_p - vor_p, punkte


@dataclass(frozen=True)
class Bundesstand:
    leistungen: tuple[tuple[int, str], ...]  # (nr, name): the catalog's names, whatever a package calls them
    laender: tuple[LandStand, ...]


def deutschland(bund: Bundesstand) -> tuple[Zelle, ...]:
    """Per Leistung the sum over all merged Länder: the totals row for Germany."""
    result = []
    for nr, _name in bund.leistungen:
        zellen = [z for land in bund.laender if (z := land.zelle(nr)) is not None]
        by_status: dict[Status, int] = defaultdict(int)
        for z in zellen:
            for st, n in z.by_status.items():
                by_status[st] += n
        result.append(
            Zelle(
                nr,
                None,
                sum(z.zustaendig for z in zellen),
                sum(z.produktiv for z in zellen),
                sum(z.einwohner_zustaendig for z in zellen),
                sum(z.einwohner_produktiv for z in zellen),
                any(z.zaehlt_fuer_quote for z in zellen),
                dict(by_status),
            )
        )
    return tuple(result)


def _rows(conn: Any, name: str, land: str) -> list[Any]:
    table = DATA_TABLES[name]
    return list(conn.execute(select(table).where(table.c.land == land)))


def national_overview(db: NationalDatabase) -> Bundesstand:
    if not db.exists:
        return Bundesstand((), ())
    laender = []
    names: dict[int, str] = {}
    with db.read() as conn:
        vorher = _vorher(conn)
        for h in conn.execute(select(herkunft).order_by(herkunft.c.land)):
            land_row = _rows(conn, "land", h.land)
            leistungen = _rows(conn, "leistung", h.land)
            for item in leistungen:
                names.setdefault(item.nr, item.name)
            zellen, kommunen, einwohner, matrix, mitte = _land_cells(conn, h.land, leistungen)
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
                    mitte,
                    vorher.get(h.land),
                )
            )
    # The catalog names every Leistung; a package's own spelling (any Land's) never replaces it.
    names |= {c.nr: c.name for c in load_catalog()}
    return Bundesstand(tuple(sorted(names.items())), tuple(laender))


def _vorher(conn: Any) -> dict[str, Vorstand]:
    """Per Land the figures of the package before the merged one (kept by the merge that replaced
    it; none for a Land merged once, or in a database no newer version has merged into yet)."""
    if not inspect(conn).has_table(paket_stand.name):
        return {}
    merged = {r.land: r.sequenz for r in conn.execute(select(herkunft.c.land, herkunft.c.sequenz))}
    rows: dict[tuple[str, int], Any] = defaultdict(list)
    stand: dict[tuple[str, int], datetime] = {}
    for r in conn.execute(select(paket_stand)):
        if r.land in merged and r.sequenz < merged[r.land]:
            rows[(r.land, r.sequenz)].append(r)
            stand[(r.land, r.sequenz)] = r.stand
    result: dict[str, Vorstand] = {}
    for (land, sequenz), items in sorted(rows.items()):
        result[land] = Vorstand(
            sequenz, stand[(land, sequenz)], {r.leistung_nr: (r.zustaendig, r.produktiv) for r in items}
        )
    return result


def land_kennzahlen(conn: Any, land: str) -> list[Zelle]:
    """The cells of one Land as the national database holds it now (for ``paket_stand``)."""
    return list(_land_cells(conn, land, _rows(conn, "leistung", land), karte=False)[0])


def _land_cells(
    conn: Any, land: str, leistungen: list[Any], *, karte: bool = True
) -> tuple[tuple[Zelle, ...], int, int, tuple[MatrixZeile, ...], tuple[float, float] | None]:
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
    if not karte:
        return tuple(zellen), len(aktive), total, (), None
    namen = {k.ars: k.name for k in kommunen}
    # Map positions as in the Land (domain.karte): Gemeinden at their coordinates, the rest at the
    # Einwohner-weighted centre of the Gemeinden they serve.
    koordinaten = {
        i: (float(k.laengengrad), float(k.breitengrad))
        for i, k in enumerate(kommunen)
        if i in vers.einwohner and k.laengengrad is not None and k.breitengrad is not None
    }
    orte = positionen(koordinaten, vers)
    matrix = tuple(
        sorted(
            (
                MatrixZeile(
                    k.ars,
                    k.name,
                    namen.get(k.kreis_ars or "", k.name),
                    per_kommune[i],
                    projektion(*orte[i]) if i in orte else None,
                    vers.einwohner_von([i]),
                )
                for i, k in enumerate(kommunen)
                if i in per_kommune
            ),
            key=lambda z: (z.kreis, z.name),
        )
    )
    mitte = schwerpunkt((*koordinaten[g], vers.einwohner.get(g, 0)) for g in koordinaten)
    return tuple(zellen), len(aktive), total, matrix, projektion(*mitte) if mitte else None


def load_bundesstand(path: Path) -> Bundesstand:
    """Open a national database read-only (never written), compute its figures, close it."""
    db = NationalDatabase(path, readonly=True)
    try:
        if not db.exists:
            raise InputError(
                meldung("{path} ist keine Bundesdatenbank des Kommunalpakts (Tabelle „herkunft“ fehlt).", path=path)
            )
        return national_overview(db)
    except DatabaseError as err:
        raise InputError(meldung("{path} ist keine lesbare Datenbank: {orig}", path=path, orig=err.orig)) from None
    finally:
        db.close()
