"""The map of a Land (or one Kreis): one mark per zuständige Kommune, under the matrix' filter.

Who is zuständig and which cells pass a filter come from the matrix queries (``services.matrix``:
the same SQL and the same cell rule as the Nachnutzung matrix), the Einwohner a Kommune serves
from ``domain.versorgung``, and the positions from ``domain.karte``. One Leistung: each mark has
that Leistung's status. No Leistung ("alle Leistungen"): each mark has the share produktiv over
the Leistungen that count (not Nr. 7 and 8), as in ``services.fortschritt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kpakt_desktop.domain.karte import positionen, projektion
from kpakt_desktop.domain.kommunen import KREIS_ARTEN, KREISFREIE_ARTEN, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import Versorgung
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery, zelle_passt
from kpakt_desktop.services.standardpaket.national_view import Bundesstand
from kpakt_desktop.services.vollzugsebene import versorgung_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Leistung


@dataclass(frozen=True)
class Marke:
    kommune_id: int
    ars: str
    name: str
    kreis: str
    x: float  # km east of 10° E
    y: float  # km north of 51° N
    einwohner: int  # Einwohner of the Gemeinden the Kommune serves
    status: Status | None = None  # one Leistung: its status
    seit: date | None = None
    zustaendig: int = 0  # alle Leistungen: cells that count …
    produktiv: int = 0  # … and of those produktiv
    land: str = ""  # national map: the Land key

    @property
    def anteil(self) -> float | None:
        return self.produktiv / self.zustaendig if self.zustaendig else None


@dataclass(frozen=True)
class Beschriftung:
    text: str
    x: float
    y: float


@dataclass(frozen=True)
class Karte:
    titel: str
    leistung_nr: int | None  # None: alle Leistungen (share produktiv per Kommune)
    marken: tuple[Marke, ...]
    beschriftungen: tuple[Beschriftung, ...]
    ohne_position: int = 0  # zuständige Kommunen that could not be placed (no coordinates)

    def grenzen(self) -> tuple[float, float, float, float] | None:
        """(x min, y min, x max, y max) in km over marks and labels; None when empty."""
        xs = [m.x for m in self.marken] + [b.x for b in self.beschriftungen]
        ys = [m.y for m in self.marken] + [b.y for b in self.beschriftungen]
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Lage:
    """Where every Kommune of the Land sits, and what it serves."""

    punkte: dict[int, tuple[float, float]]  # Kommune id → (x, y) km
    versorgung: Versorgung
    kreise: dict[int, str]  # Landkreise and kreisfreie Städte: id → name


def lage(store: Store) -> Lage:
    with store.read() as s:
        vers = versorgung_laden(s)
        rows = s.execute(
            select(Kommune.id, Kommune.laengengrad, Kommune.breitengrad).where(
                Kommune.laengengrad.is_not(None), Kommune.breitengrad.is_not(None)
            )
        ).all()
        kreise = {
            int(r.id): str(r.name)
            for r in s.execute(
                select(Kommune.id, Kommune.name).where(
                    Kommune.art.in_(KREIS_ARTEN | KREISFREIE_ARTEN), Kommune.zustand == KommuneZustand.AKTIV
                )
            )
        }
    koordinaten = {int(r.id): (float(r.laengengrad), float(r.breitengrad)) for r in rows if r.id in vers.einwohner}
    punkte = {kid: projektion(lon, lat) for kid, (lon, lat) in positionen(koordinaten, vers).items()}
    return Lage(punkte, vers, kreise)


def land_karte(store: Store, f: MatrixFilter | None = None, *, titel: str = "", ort: Lage | None = None) -> Karte:
    """The marks of the zuständigen Kommunen that pass ``f`` (Leistung, Kreis, Status, IT-DL, …)."""
    f = f or MatrixFilter()
    ort = ort or lage(store)
    query = MatrixQuery(store)
    zeilen = query.zeilen(query.zeilen_ids(f))
    with store.read() as s:
        zaehlt = {
            int(r.nr)
            for r in s.execute(select(Leistung.nr, Leistung.vollstaendig_realisiert, Leistung.bund_direkt))
            if not (r.vollstaendig_realisiert or r.bund_direkt)
        }
    marken = []
    ohne = 0
    for kid, z in zeilen.items():
        if f.leistung_nr is not None:
            if not zelle_passt(f, z, f.leistung_nr):
                continue
            zelle = z.zellen[f.leistung_nr]
            if not zelle.status.aktiv:  # kept as "nicht mehr zuständig": not a zuständige Kommune
                continue
            extra: dict[str, object] = {"status": zelle.status, "seit": zelle.status_seit}
        else:
            nrs = [nr for nr in z.zellen if nr in zaehlt and zelle_passt(f, z, nr)]
            if not nrs:
                continue
            prod = sum(1 for nr in nrs if z.zellen[nr].status is Status.PRODUKTIV)
            extra = {"zustaendig": len(nrs), "produktiv": prod}
        punkt = ort.punkte.get(kid)
        if punkt is None:
            ohne += 1
            continue
        marken.append(
            Marke(
                kid,
                z.ars,
                z.name,
                z.kreis,
                punkt[0],
                punkt[1],
                ort.versorgung.einwohner_von([kid]),
                **extra,  # type: ignore[arg-type]
            )
        )
    # Big marks first, so that small ones stay visible on top of them.
    marken.sort(key=lambda m: (-m.einwohner, m.ars))
    kreise = ort.kreise if f.kreis_id is None else {k: v for k, v in ort.kreise.items() if k == f.kreis_id}
    labels = tuple(
        Beschriftung(_kurzname(name), *ort.punkte[kid]) for kid, name in sorted(kreise.items()) if kid in ort.punkte
    )
    return Karte(titel, f.leistung_nr, tuple(marken), labels, ohne)


def _kurzname(name: str) -> str:
    """Destatis' "Mainz, Stadt" → "Mainz" on a map label."""
    return name.split(",")[0].strip()


def bundes_karte(bund: Bundesstand, leistung_nr: int | None = None, *, titel: str = "") -> Karte:
    """The national map: every zuständige Kommune of every merged Land (national database)."""
    marken = []
    ohne = 0
    lfd = 0
    for land in bund.laender:
        zaehlt = {z.nr for z in land.zellen if z.zaehlt_fuer_quote}
        for z in land.matrix:
            lfd += 1
            if leistung_nr is not None:
                status = z.status.get(leistung_nr)
                if status is None or not status.aktiv:
                    continue
                extra: dict[str, object] = {"status": status}
            else:
                nrs = [nr for nr, st in z.status.items() if nr in zaehlt and st.aktiv]
                if not nrs:
                    continue
                extra = {"zustaendig": len(nrs), "produktiv": sum(1 for nr in nrs if z.status[nr] is Status.PRODUKTIV)}
            if z.punkt is None:
                ohne += 1
                continue
            marken.append(
                Marke(lfd, z.ars, z.name, z.kreis, z.punkt[0], z.punkt[1], z.einwohner, land=land.kuerzel, **extra)  # type: ignore[arg-type]
            )
    marken.sort(key=lambda m: (-m.einwohner, m.ars))
    labels = tuple(Beschriftung(land.name, *land.mitte) for land in bund.laender if land.mitte is not None)
    return Karte(titel, leistung_nr, tuple(marken), labels, ohne)
