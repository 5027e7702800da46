"""The Nachnutzung matrix as queries: ordered row ids under a filter, and rows fetched by id.

The GUI model keeps only the ids and asks for the rows it paints, a page at a time, so opening
the matrix of all 16 Länder costs one id query. Filtering and sorting happen here, in SQL.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Select, String, and_, bindparam, case, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import BindParameter

from kpakt_desktop.domain.status import Status
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Leistung, Nachnutzung

SPALTE_KOMMUNE = "kommune"
SPALTE_KREIS = "kreis"
AKTIV = Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG
_STATUS = {st.value: st for st in Status}


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


class MatrixZelle(NamedTuple):  # a tuple: ~29,000 of them are made when the matrix of 16 Länder is read
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


@dataclass(frozen=True)
class MatrixAuszug:
    """Rows read again after a change (:meth:`MatrixQuery.auszug`): ``ids`` are all Kommunen concerned;
    one of them without a row here has no Nachnutzung record any more (it leaves the matrix)."""

    ids: frozenset[int]
    zeilen: dict[int, MatrixZeile]
    kreis_von: dict[int, int | None]


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
        return self._lesen(list(ids))[0]

    def alles(self) -> MatrixDaten:
        """Every Kommune with a Nachnutzung record, all cells included: the matrix in memory, so that
        filtering and sorting need no query (:class:`MatrixDaten`)."""
        return MatrixDaten(*self._lesen(None))

    def auszug(self, *, kommune_ids: Collection[int] = (), nachnutzung_ids: Collection[int] = ()) -> MatrixAuszug:
        """The rows a change touched, for :meth:`MatrixDaten.ersetzen`: the Kommunen of ``nachnutzung_ids``,
        the Kommunen ``kommune_ids`` and the members of those that are Kreise (their Kreis column shows
        the Kreis's name). One read transaction; a few milliseconds instead of the whole matrix."""
        mitglieder, von_nachnutzung = _auszug_abfragen()
        with self.store.read() as s:
            ids = set(kommune_ids)
            conn = s.connection()
            if kommune_ids:
                ids.update(conn.execute(mitglieder, {"ids": list(kommune_ids)}).scalars())
            if nachnutzung_ids:
                ids.update(conn.execute(von_nachnutzung, {"ids": list(nachnutzung_ids)}).scalars())
            zeilen, kreis_von = self._lesen_in(s, sorted(ids), nur_mit_nachnutzung=True)
        return MatrixAuszug(frozenset(ids), zeilen, kreis_von)

    def _lesen(self, ids: list[int] | None) -> tuple[dict[int, MatrixZeile], dict[int, int | None]]:
        with self.store.read() as s:
            return self._lesen_in(s, ids)

    def _lesen_in(
        self, s: Session, ids: list[int] | None, *, nur_mit_nachnutzung: bool = False
    ) -> tuple[dict[int, MatrixZeile], dict[int, int | None]]:
        cells, kommunen = _lese_abfragen(ids is not None)
        werte = {} if ids is None else {"ids": ids}
        zellen: dict[int, dict[int, MatrixZelle]] = {}
        conn = s.connection()  # Core rows: no ORM loading machinery for ~29,000 rows
        for nid, kid, nr, status, seit, fm, fv, itdl in conn.execute(cells, werte).all():
            zellen.setdefault(kid, {})[nr] = MatrixZelle(nid, _STATUS[status], seit, fm, fv, itdl)
        rows = conn.execute(kommunen, werte).all()
        if nur_mit_nachnutzung:  # as in the whole matrix: only Kommunen with a Nachnutzung record
            rows = [r for r in rows if r.id in zellen]
        zeilen = {
            r.id: MatrixZeile(
                r.id, r.ars, r.name, r.art.label, r.kreis, r.first_mover, r.it_dienstleister_id, zellen.get(r.id, {})
            )
            for r in rows
        }
        return zeilen, {r.id: r.kreis_id for r in rows}


@cache
def _lese_abfragen(mit_ids: bool) -> tuple[Executable, Executable]:
    """The cells and the Kommunen of the matrix, of all Kommunen with a Nachnutzung record or of the
    Kommunen ``ids`` (a parameter): built once (building them took longer than reading one row)."""
    kreis = aliased(Kommune)
    cells = select(
        Nachnutzung.id,
        Nachnutzung.kommune_id,
        Nachnutzung.leistung_nr,
        type_coerce(Nachnutzung.status, String),  # the stored value, looked up below (faster)
        Nachnutzung.status_seit,
        Nachnutzung.first_mover,
        Nachnutzung.fachverfahren_id,
        Nachnutzung.it_dienstleister_id,
    )
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    kommunen = (
        select(
            Kommune.id,
            Kommune.ars,
            Kommune.name,
            Kommune.art,
            func.coalesce(kreis.name, Kommune.name).label("kreis"),
            Kommune.first_mover,
            Kommune.it_dienstleister_id,
            Kommune.kreis_id,
        )
        .outerjoin(kreis, kreis.id == Kommune.kreis_id)
        .where(Kommune.id.in_(ids if mit_ids else select(Nachnutzung.kommune_id)))
    )
    if mit_ids:
        cells = cells.where(Nachnutzung.kommune_id.in_(ids))
    return cells, kommunen


@cache
def _auszug_abfragen() -> tuple[Executable, Executable]:
    """The members of the Kreise ``ids`` and the Kommunen of the Nachnutzungen ``ids``."""
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    return select(Kommune.id).where(Kommune.kreis_id.in_(ids)), select(Nachnutzung.kommune_id).where(
        Nachnutzung.id.in_(ids)
    )


class _Zelle(NamedTuple):
    """One cell as the filter sees it: First Mover and IT-Dienstleister as they count (own or the Kommune's)."""

    kommune_id: int
    status: Status
    first_mover: bool
    it_dienstleister_id: int | None
    fachverfahren_id: int | None


class MatrixDaten:
    """The matrix in memory: the rows of :meth:`MatrixQuery.zeilen_ids` for any filter and sort, in the
    same order, without a query (a filter at national size must fit into one frame, < 16 ms).

    Cells are kept as flat tuples per Leistung; a filter narrows them with one list comprehension per
    condition and keeps the Kommunen that still have a cell, in the sort order (each order sorted once).
    The text is matched case-insensitively for every letter (the SQL ``ilike`` of SQLite folds ASCII only)."""

    def __init__(self, zeilen: dict[int, MatrixZeile], kreis_von: dict[int, int | None]) -> None:
        self.zeilen = zeilen
        self._kreis_von = kreis_von
        self._je_leistung: dict[int, dict[int, _Zelle]] = {}  # Leistung → Kommune → cell
        for z in zeilen.values():
            for nr, zelle in _zellen(z):
                self._je_leistung.setdefault(nr, {})[z.kommune_id] = zelle
        self._alle_zellen: list[_Zelle] | None = None  # made when a filter needs them
        self._aktive_zellen: list[_Zelle] | None = None
        self._indizes: dict[int, dict[object, list[_Zelle]]] = {}  # see _index
        self._aktiv = {k for k, z in zeilen.items() if _hat_aktive_zelle(z)}
        self._suche = {z.kommune_id: _suchtext(z) for z in zeilen.values()}
        self._ars_zeichen = {c for z in zeilen.values() for c in z.ars}  # a text with another one starts no ARS
        self._ordnungen: dict[MatrixSort, list[int]] = {}

    @property
    def _alle(self) -> list[_Zelle]:
        if self._alle_zellen is None:
            self._alle_zellen = [c for cells in self._je_leistung.values() for c in cells.values()]
        return self._alle_zellen

    @property
    def _aktive(self) -> list[_Zelle]:
        if self._aktive_zellen is None:
            self._aktive_zellen = [c for c in self._alle if c.status is not Status.NICHT_MEHR_ZUSTAENDIG]
        return self._aktive_zellen

    def _index(self, position: int) -> dict[object, list[_Zelle]]:
        """Every cell by its value at ``position`` (status, First Mover, IT-Dienstleister, Fachverfahren),
        made when a filter first asks for it and made anew after a change (:meth:`ersetzen`)."""
        index = self._indizes.get(position)
        if index is None:
            index = self._indizes[position] = {}
            for c in self._alle:
                index.setdefault(c[position], []).append(c)
        return index

    def aktive_leistungen(self) -> set[int]:
        """The Leistungen with a cell not "nicht mehr zuständig" (the columns of :meth:`MatrixQuery.spalten`)."""
        nmz = Status.NICHT_MEHR_ZUSTAENDIG
        return {nr for nr, cells in self._je_leistung.items() if any(c[1] is not nmz for c in cells.values())}

    def ersetzen(self, auszug: MatrixAuszug) -> None:
        """Put the rows read again after a change in place of the old ones (without reading the rest):
        the filters' cells of just these Kommunen are replaced and each sort order kept so far gets the
        changed Kommunen moved to their new place (a binary search, no new sort)."""
        ids = auszug.ids
        alt = {k: self.zeilen[k] for k in ids if k in self.zeilen}
        alte_schluessel = {sort: {k: self._schluessel(sort)(k) for k in alt} for sort in self._ordnungen}
        leistungen: set[int] = set()
        for k in ids:
            z = alt.get(k)
            if z is not None:
                leistungen.update(z.zellen)
            neu = auszug.zeilen.get(k)
            if neu is None:
                self.zeilen.pop(k, None)
                self._kreis_von.pop(k, None)
                self._suche.pop(k, None)
                self._aktiv.discard(k)
                continue
            leistungen.update(neu.zellen)
            self.zeilen[k] = neu
            self._kreis_von[k] = auszug.kreis_von[k]
            self._suche[k] = _suchtext(neu)
            self._ars_zeichen.update(neu.ars)
            if _hat_aktive_zelle(neu):
                self._aktiv.add(k)
            else:
                self._aktiv.discard(k)
        for k in ids:  # the filters' cells of these Kommunen
            for cells in self._je_leistung.values():
                cells.pop(k, None)
            if k in auszug.zeilen:
                for nr, zelle in _zellen(auszug.zeilen[k]):
                    self._je_leistung.setdefault(nr, {})[k] = zelle
        for nr in leistungen:
            if not self._je_leistung.get(nr, True):
                del self._je_leistung[nr]
        self._alle_zellen = self._aktive_zellen = None
        self._indizes.clear()
        for sort, order in self._ordnungen.items():
            schluessel, vorher = self._schluessel(sort), alte_schluessel[sort]
            bleibt = {k for k in auszug.zeilen if k in vorher and vorher[k] == schluessel(k)}
            for k in vorher.keys() - bleibt:
                order.remove(k)
            for k in auszug.zeilen.keys() - bleibt:
                order.insert(bisect_left(order, schluessel(k), key=schluessel), k)

    def ids(self, f: MatrixFilter = MatrixFilter(), sort: MatrixSort = MatrixSort()) -> list[int]:
        """The Kommunen shown under ``f``, ordered by ``sort`` (as :meth:`MatrixQuery.zeilen_ids`)."""
        treffer = self._mit_zelle(f)
        order = self.ordnung(sort)
        ids = list(order) if treffer is None else [k for k in order if k in treffer]
        if f.kreis_id is not None:
            kreis, von = f.kreis_id, self._kreis_von
            ids = [k for k in ids if k == kreis or von[k] == kreis]
        text = f.text.strip()
        if text:
            muster = text.replace("%", "").replace("_", "").lower()
            suche, zeilen = self._suche, self.zeilen
            if set(text) <= self._ars_zeichen:
                ids = [k for k in ids if muster in suche[k] or zeilen[k].ars.startswith(text)]
            else:  # no ARS starts with the text: the names alone (half the time on 5,000 rows)
                ids = [k for k in ids if muster in suche[k]]
        return ids

    def _mit_zelle(self, f: MatrixFilter) -> set[int] | None:
        """The Kommunen with a cell meeting the cell conditions (same rule as ``MatrixQuery._zell_bedingung``);
        None: every Kommune in :meth:`ordnung` has one."""
        if f.leistung_nr is None and f.status is None and not f.zellfilter:
            return self._aktiv
        # Tuple positions instead of field names: the comprehensions run over up to ~29,000 cells.
        nmz = Status.NICHT_MEHR_ZUSTAENDIG
        if f.leistung_nr is not None:
            cells: Iterable[_Zelle] = self._je_leistung.get(f.leistung_nr, {}).values()
            if f.status is None:
                cells = [c for c in cells if c[1] is not nmz]
        elif f.status is not None:  # the cells with this status, from an index (not a scan of all cells)
            cells = self._index(1).get(f.status, [])
        elif f.first_mover:
            cells = [c for c in self._index(2).get(True, []) if c[1] is not nmz]
        elif f.it_dienstleister_id is not None:
            cells = [c for c in self._index(3).get(f.it_dienstleister_id, []) if c[1] is not nmz]
        elif f.fachverfahren_id is not None:
            cells = [c for c in self._index(4).get(f.fachverfahren_id, []) if c[1] is not nmz]
        else:
            cells = self._aktive
        if f.status is not None:
            cells = [c for c in cells if c[1] is f.status]
        if f.first_mover:
            cells = [c for c in cells if c[2]]
        if f.it_dienstleister_id is not None:
            cells = [c for c in cells if c[3] == f.it_dienstleister_id]
        if f.fachverfahren_id is not None:
            cells = [c for c in cells if c[4] == f.fachverfahren_id]
        return {c[0] for c in cells}

    def ordnung(self, sort: MatrixSort) -> list[int]:
        """Every Kommune in the order of ``sort`` (the ORDER BY of ``MatrixQuery._query``), sorted once."""
        order = self._ordnungen.get(sort)
        if order is not None:
            return order
        # Stable sorts from the last key to the first: equal keys keep the order of the later keys.
        zeilen, von = self.zeilen, self._kreis_von
        order = sorted(zeilen, key=lambda k: (zeilen[k].kreis, von[k] is not None, zeilen[k].name, k))
        if sort.spalte == SPALTE_KOMMUNE:
            order.sort()
            order.sort(key=lambda k: zeilen[k].name, reverse=sort.absteigend)
        elif isinstance(sort.spalte, int):
            nr = sort.spalte
            ohne = 99  # the stage of a Kommune without this Leistung (sorted last either way)

            def stufe(k: int) -> int:
                zelle = zeilen[k].zellen.get(nr)
                return ohne if zelle is None else zelle.status.stufe

            order.sort(key=stufe, reverse=sort.absteigend)
            order.sort(key=lambda k: nr not in zeilen[k].zellen)
        elif sort.absteigend:
            order.sort(key=lambda k: zeilen[k].kreis, reverse=True)
        self._ordnungen[sort] = order
        return order

    def _schluessel(self, sort: MatrixSort) -> Callable[[int], tuple[Any, ...]]:
        """A Kommune's place in the order of ``sort`` as one key (the sorts of :meth:`ordnung` at once)."""
        zeilen, von = self.zeilen, self._kreis_von
        if sort.spalte == SPALTE_KOMMUNE:
            if sort.absteigend:
                return lambda k: (_Absteigend(zeilen[k].name), k)
            return lambda k: (zeilen[k].name, k)
        if isinstance(sort.spalte, int):
            nr, vorzeichen = sort.spalte, -1 if sort.absteigend else 1

            def nach_stufe(k: int) -> tuple[Any, ...]:
                z = zeilen[k]
                zelle = z.zellen.get(nr)
                stufe = 99 if zelle is None else zelle.status.stufe
                return (zelle is None, vorzeichen * stufe, z.kreis, von[k] is not None, z.name, k)

            return nach_stufe
        if sort.absteigend:
            return lambda k: (_Absteigend(zeilen[k].kreis), von[k] is not None, zeilen[k].name, k)
        return lambda k: (zeilen[k].kreis, von[k] is not None, zeilen[k].name, k)


class _Absteigend:
    """A text that sorts backwards (a descending part of a sort key)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Absteigend) and self.text == other.text

    def __lt__(self, other: _Absteigend) -> bool:
        return other.text < self.text

    __hash__ = None  # type: ignore[assignment]


def _zellen(z: MatrixZeile) -> list[tuple[int, _Zelle]]:
    """The row's cells as the filter sees them, by Leistung."""
    result = []
    for nr, c in z.zellen.items():
        itdl = c.it_dienstleister_id if c.it_dienstleister_id is not None else z.it_dienstleister_id
        result.append((nr, _Zelle(z.kommune_id, c.status, c.first_mover or z.first_mover, itdl, c.fachverfahren_id)))
    return result


def _hat_aktive_zelle(z: MatrixZeile) -> bool:
    return any(c.status is not Status.NICHT_MEHR_ZUSTAENDIG for c in z.zellen.values())


def _suchtext(z: MatrixZeile) -> str:
    return f"{z.name}\n{z.kreis}".lower()


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
