"""The Nachnutzung matrix as queries: ordered row ids under a filter, and rows fetched by id.

The GUI model keeps only the ids and asks for the rows it paints, a page at a time, so opening
the matrix of all 16 Länder costs one id query. Filtering and sorting happen here, in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from kpakt_desktop.domain.status import Status
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Leistung, Nachnutzung

SPALTE_KOMMUNE = "kommune"
SPALTE_KREIS = "kreis"
AKTIV = Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG


@dataclass(frozen=True)
class MatrixFilter:
    kreis_id: int | None = None
    status: Status | None = None
    leistung_nr: int | None = None
    first_mover: bool = False
    it_dienstleister_id: int | None = None
    fachverfahren_id: int | None = None
    text: str = ""

    @property
    def zellfilter(self) -> bool:
        """Whether a condition applies to single cells (then non-matching cells are dimmed)."""
        return bool(self.status or self.first_mover or self.it_dienstleister_id or self.fachverfahren_id)


@dataclass(frozen=True)
class MatrixSort:
    spalte: str | int = SPALTE_KREIS  # "kommune", "kreis" or a Leistung number
    absteigend: bool = False


@dataclass(frozen=True)
class MatrixSpalte:
    nr: int
    name: str
    zaehlt_fuer_quote: bool


@dataclass(frozen=True)
class MatrixZelle:
    id: int
    status: Status
    status_seit: date | None
    first_mover: bool
    fachverfahren_id: int | None
    it_dienstleister_id: int | None


@dataclass(frozen=True)
class MatrixZeile:
    kommune_id: int
    ars: str
    name: str
    art: str
    kreis: str
    first_mover: bool
    it_dienstleister_id: int | None
    zellen: dict[int, MatrixZelle]


class MatrixQuery:
    """Stateless queries over one store; each call is one short read transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def spalten(self) -> list[MatrixSpalte]:
        """Leistungen that have zuständige Kommunen in this database, in number order."""
        with self.store.read() as s:
            nrs = set(s.scalars(select(Nachnutzung.leistung_nr).where(AKTIV).distinct()))
            return [
                MatrixSpalte(r.nr, r.name, not (r.vollstaendig_realisiert or r.bund_direkt))
                for r in s.scalars(select(Leistung).order_by(Leistung.nr))
                if r.nr in nrs
            ]

    def _zell_bedingung(self, f: MatrixFilter) -> Any:
        # Records kept as "nicht mehr zuständig" are found only when that status is asked for.
        cond = [Nachnutzung.kommune_id == Kommune.id]
        if f.status is not Status.NICHT_MEHR_ZUSTAENDIG:
            cond.append(AKTIV)
        if f.leistung_nr is not None:
            cond.append(Nachnutzung.leistung_nr == f.leistung_nr)
        if f.status is not None:
            cond.append(Nachnutzung.status == f.status)
        if f.first_mover:
            cond.append(or_(Nachnutzung.first_mover.is_(True), Kommune.first_mover.is_(True)))
        if f.it_dienstleister_id is not None:
            cond.append(
                func.coalesce(Nachnutzung.it_dienstleister_id, Kommune.it_dienstleister_id) == f.it_dienstleister_id
            )
        if f.fachverfahren_id is not None:
            cond.append(Nachnutzung.fachverfahren_id == f.fachverfahren_id)
        return exists().where(and_(*cond))

    def _query(self, f: MatrixFilter, sort: MatrixSort) -> Select[Any]:
        kreis = aliased(Kommune)
        kreis_name = func.coalesce(kreis.name, Kommune.name)
        query = select(Kommune.id).outerjoin(kreis, kreis.id == Kommune.kreis_id).where(self._zell_bedingung(f))
        if f.kreis_id is not None:
            query = query.where(or_(Kommune.kreis_id == f.kreis_id, Kommune.id == f.kreis_id))
        text = f.text.strip()
        if text:
            pattern = f"%{text.replace('%', '').replace('_', '')}%"
            query = query.where(
                or_(Kommune.name.ilike(pattern), Kommune.ars.startswith(text), kreis.name.ilike(pattern))
            )
        # Grouped by Kreis: the Kreis itself first, then its Kommunen by name.
        gruppe = (kreis_name, Kommune.kreis_id.is_not(None), Kommune.name, Kommune.id)
        if sort.spalte == SPALTE_KOMMUNE:
            order: list[Any] = [Kommune.name.desc() if sort.absteigend else Kommune.name, Kommune.id]
        elif isinstance(sort.spalte, int):
            zelle = aliased(Nachnutzung)
            stufe = case({st.value: st.stufe for st in Status}, value=zelle.status, else_=99)
            query = query.outerjoin(zelle, and_(zelle.kommune_id == Kommune.id, zelle.leistung_nr == sort.spalte))
            # Kommunen without this Leistung sort last either way.
            order = [zelle.id.is_(None), stufe.desc() if sort.absteigend else stufe, *gruppe]
        else:
            order = [kreis_name.desc(), *gruppe] if sort.absteigend else list(gruppe)
        return query.order_by(*order)

    def zeilen_ids(self, f: MatrixFilter = MatrixFilter(), sort: MatrixSort = MatrixSort()) -> list[int]:
        with self.store.read() as s:
            return list(s.scalars(self._query(f, sort)))

    def zeilen(self, ids: Sequence[int]) -> dict[int, MatrixZeile]:
        """Rows for ``ids`` (a page of the view), all cells included."""
        if not ids:
            return {}
        kreis = aliased(Kommune)
        with self.store.read() as s:
            zellen: dict[int, dict[int, MatrixZelle]] = {i: {} for i in ids}
            for n in s.execute(
                select(
                    Nachnutzung.id,
                    Nachnutzung.kommune_id,
                    Nachnutzung.leistung_nr,
                    Nachnutzung.status,
                    Nachnutzung.status_seit,
                    Nachnutzung.first_mover,
                    Nachnutzung.fachverfahren_id,
                    Nachnutzung.it_dienstleister_id,
                ).where(Nachnutzung.kommune_id.in_(list(ids)))
            ):
                zellen[n.kommune_id][n.leistung_nr] = MatrixZelle(
                    n.id, n.status, n.status_seit, n.first_mover, n.fachverfahren_id, n.it_dienstleister_id
                )
            rows = s.execute(
                select(
                    Kommune.id,
                    Kommune.ars,
                    Kommune.name,
                    Kommune.art,
                    func.coalesce(kreis.name, Kommune.name).label("kreis"),
                    Kommune.first_mover,
                    Kommune.it_dienstleister_id,
                )
                .outerjoin(kreis, kreis.id == Kommune.kreis_id)
                .where(Kommune.id.in_(list(ids)))
            )
            return {
                r.id: MatrixZeile(
                    r.id, r.ars, r.name, r.art.label, r.kreis, r.first_mover, r.it_dienstleister_id, zellen[r.id]
                )
                for r in rows
            }


def zelle_passt(f: MatrixFilter, zeile: MatrixZeile, nr: int) -> bool:
    """Whether one cell meets the cell conditions of ``f`` (same rule as the SQL above)."""
    z = zeile.zellen.get(nr)
    if z is None or (z.status is Status.NICHT_MEHR_ZUSTAENDIG and f.status is not Status.NICHT_MEHR_ZUSTAENDIG):
        return False
    if f.leistung_nr is not None and nr != f.leistung_nr:
        return False
    if f.status is not None and z.status is not f.status:
        return False
    if f.first_mover and not (z.first_mover or zeile.first_mover):
        return False
    itdl = z.it_dienstleister_id if z.it_dienstleister_id is not None else zeile.it_dienstleister_id
    if f.it_dienstleister_id is not None and itdl != f.it_dienstleister_id:
        return False
    return not (f.fachverfahren_id is not None and z.fachverfahren_id != f.fachverfahren_id)
