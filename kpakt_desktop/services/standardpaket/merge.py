"""Federal side: merge the Länder' Standardpakete into the national database.

All packages are validated before anything is committed; one invalid package and nothing is
written at all. The frames (signature, descriptor) of all packages are checked first; then every
package is read once, the chosen ones straight into the open transaction, chunk by chunk, so that
memory stays bounded whatever the packages hold. Per Land the newest package counts. A package
whose sequence number is not newer than the one already merged for its Land is refused, unless it
is that very package (same SHA-256): merging the same packages again changes nothing. Everything
is written in one transaction, so the result does not depend on the order of the packages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from kpakt_desktop.domain.errors import Meldung, meldung
from kpakt_desktop.domain.standardpaket import FORMAT_VERSION, TABLES
from kpakt_desktop.domain.standardpaket import Table as FormatTable
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.standardpaket.national_view import land_kennzahlen
from kpakt_desktop.services.standardpaket.validate import (
    BundleReport,
    Columns,
    Problem,
    Sink,
    Texts,
    gc_paused,
    validate_bundle,
)
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase, herkunft, paket_stand


@dataclass(frozen=True)
class Herkunft:
    land: str
    sequenz: int
    stand: datetime
    sha256: str
    schluessel_fingerprint: str
    datei: str | None
    zusammengefuehrt_am: datetime


@dataclass
class MergeResult:
    problems: list[Problem] = field(default_factory=list)
    merged: list[Herkunft] = field(default_factory=list)  # Länder replaced by this run
    unchanged: list[str] = field(default_factory=list)  # Länder whose package was already merged
    superseded: list[Path] = field(default_factory=list)  # older packages of a Land in this run
    reports: list[BundleReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def read_herkunft(db: NationalDatabase) -> dict[str, Herkunft]:
    if not db.exists:
        return {}
    with db.read() as conn:
        return _herkunft(conn)


def _herkunft(conn: Connection) -> dict[str, Herkunft]:
    return {
        r.land: Herkunft(r.land, r.sequenz, r.stand, r.sha256, r.schluessel_fingerprint, r.datei, r.zusammengefuehrt_am)
        for r in conn.execute(select(herkunft))
    }


def _choose(reports: list[BundleReport], result: MergeResult) -> dict[str, BundleReport]:
    """The newest package per Land. Two different packages with one number are a contradiction,
    decided over the whole call: a third, newer package of the Land does not hide it."""
    by_number: dict[tuple[str, int], list[BundleReport]] = defaultdict(list)
    for rep in reports:
        by_number[(rep.land or "", rep.sequenz or 0)].append(rep)
    for (land, sequenz), same in sorted(by_number.items()):
        first = same[0]
        for rep in same[1:]:
            if rep.sha256 != first.sha256:
                result.problems.append(
                    Problem(
                        rep.path.name,
                        meldung(
                            "Zwei verschiedene Pakete des Landes {land} tragen dieselbe Nummer {sequenz} "
                            "({erstes} und {zweites}).",
                            land=land,
                            sequenz=sequenz,
                            erstes=first.path.name,
                            zweites=rep.path.name,
                        ),
                    )
                )
    chosen: dict[str, BundleReport] = {}
    for rep in sorted(reports, key=lambda r: (r.land or "", -(r.sequenz or 0), r.sha256)):
        land = rep.land or ""
        best = chosen.get(land)
        if best is None:
            chosen[land] = rep
        elif best.sha256 != rep.sha256:
            result.superseded.append(rep.path)
    return chosen


def _against_merged(chosen: dict[str, BundleReport], merged: dict[str, Herkunft], result: MergeResult) -> list[str]:
    """Länder to replace; refusals for packages that are not newer than what is merged."""
    replace = []
    for land, rep in sorted(chosen.items()):
        old = merged.get(land)
        if old is None or (rep.sequenz or 0) > old.sequenz:
            replace.append(land)
        elif old.sequenz == rep.sequenz and old.sha256 == rep.sha256:
            result.unchanged.append(land)
        else:
            result.problems.append(
                Problem(
                    rep.path.name,
                    meldung(
                        "Paket Nr. {sequenz} des Landes {land} ist nicht neuer als das bereits "
                        "zusammengeführte Paket Nr. {alt} (Stand {stand:%d.%m.%Y %H:%M}).",
                        sequenz=rep.sequenz,
                        land=land,
                        alt=old.sequenz,
                        stand=old.stand,
                    ),
                )
            )
    return replace


class _Refused(Exception):
    """A problem found while writing: the transaction rolls back, nothing stays."""


def merge_job(
    bundles: Iterable[Path],
    db: NationalDatabase,
    *,
    trust_dir: Path | None = None,
    now: datetime | None = None,
    allow_demo: bool = False,
    allow_wipe: bool = False,
) -> Job[MergeResult]:
    """``allow_demo``: take packages built from demo data (``--demo-zulassen``); ``allow_wipe``:
    take a package that empties tables which hold rows of its Land (``--leeren-zulassen``)."""
    with gc_paused():
        return (yield from _merge(list(bundles), db, trust_dir, now, allow_demo, allow_wipe))


def _prefixed(path: Path, problems: list[Problem]) -> list[Problem]:
    return [Problem(f"{path.name}: {p.datei}", p.meldung, p.zeile, p.feld) for p in problems]


def _merge(
    paths: list[Path],
    db: NationalDatabase,
    trust_dir: Path | None,
    now: datetime | None,
    allow_demo: bool,
    allow_wipe: bool,
) -> Job[MergeResult]:
    result = MergeResult()
    db.check_target()
    total = 2 * len(paths) + 1
    # 1. The frame of every package (container, descriptor, signature): cheap, nothing parsed yet.
    frames: list[BundleReport] = []
    for i, path in enumerate(paths):
        yield Progress(i, total, f"Prüfe {path.name} …")
        rep = validate_bundle(path, trust_dir, cells=False)
        frames.append(rep)
        result.problems.extend(_prefixed(path, rep.problems))
    # 2. Which package counts per Land, over the whole call and against what is merged.
    if result.ok:
        chosen = _choose(frames, result)
        replace = _against_merged(chosen, read_herkunft(db), result)
    if not result.ok:  # refused: still name every problem of every package, then stop
        for i, (path, frame) in enumerate(zip(paths, frames, strict=True)):
            yield Progress(len(paths) + i, total, f"Lese {path.name} …")
            if frame.valid:
                _check_one(path, frame, trust_dir, result, allow_demo)
        return result
    # 3. Every package read completely; the chosen ones written while they are read, in one
    #    transaction that is rolled back if any package shows a problem.
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    writing = {id(chosen[land]) for land in replace}
    if not writing:
        yield from _check_all(paths, frames, trust_dir, result, allow_demo, total)
        return result
    yield Progress(len(paths), total, "Schreibe die Bundesdatenbank …")
    try:
        with db.begin() as conn:
            recheck = MergeResult()
            if _against_merged({land: chosen[land] for land in replace}, _herkunft(conn), recheck) != replace:
                result.problems.extend(recheck.problems)  # another merge finished meanwhile
                raise _Refused
            for i, (path, frame) in enumerate(zip(paths, frames, strict=True)):
                yield Progress(len(paths) + i, total, f"Lese {path.name} …")
                if id(frame) not in writing:
                    _check_one(path, frame, trust_dir, result, allow_demo)
                    continue
                land = frame.land or ""
                before = _row_counts(conn, land)
                _keep_figures(conn, land)
                _delete_land(conn, land)
                rep = _check_one(path, frame, trust_dir, result, allow_demo, sink=_sink(conn, land))
                if rep.valid and not allow_wipe:
                    _check_wipe(rep, before, result)
                if rep.valid:
                    result.merged.append(_record(conn, rep, stamp))
            if not result.ok:
                raise _Refused
    except _Refused:
        result.merged = []
        return result
    yield Progress(total, total, "Fertig.")
    return result


def _check_all(
    paths: list[Path],
    frames: list[BundleReport],
    trust_dir: Path | None,
    result: MergeResult,
    allow_demo: bool,
    total: int,
) -> Job[None]:
    for i, (path, frame) in enumerate(zip(paths, frames, strict=True)):
        yield Progress(len(paths) + i, total, f"Lese {path.name} …")
        _check_one(path, frame, trust_dir, result, allow_demo)


def _check_one(
    path: Path,
    frame: BundleReport,
    trust_dir: Path | None,
    result: MergeResult,
    allow_demo: bool,
    sink: Sink | None = None,
) -> BundleReport:
    rep = validate_bundle(path, trust_dir, sink=sink, frame=frame)
    result.reports.append(rep)
    if rep.sha256 != frame.sha256:
        rep.add(path.name, meldung("Die Datei wurde während der Zusammenführung verändert."))
    if rep.valid and rep.demo and not allow_demo:
        rep.add(
            "land.csv",
            meldung(
                "Das Paket des Landes {land} wurde aus Demodaten erstellt (ist_demo = true) und wird nicht "
                "übernommen. Nur zum Ausprobieren: --demo-zulassen.",
                land=rep.land,
            ),
            2,
            "ist_demo",
        )
    result.problems.extend(_prefixed(path, rep.problems))
    return rep


def _row_counts(conn: Connection, land: str) -> dict[str, int]:
    counts = {}
    for spec in TABLES:
        table = DATA_TABLES[spec.name]
        query = select(func.count()).select_from(table).where(table.c.land == land)
        counts[spec.name] = conn.execute(query).scalar_one()
    return counts


def _check_wipe(rep: BundleReport, before: dict[str, int], result: MergeResult) -> None:
    """A package that empties tables which hold rows of its Land is taken only on request."""
    emptied = {name: n for name, n in before.items() if n and not rep.zeilen.get(name)}
    if not emptied:
        return
    lost = sum(emptied.values())
    tables = tuple(_rows(name, n) for name, n in emptied.items())
    verlust = meldung("{n} Zeilen gingen verloren.", n=lost) if lost != 1 else meldung("1 Zeile ginge verloren.")
    rep.add(
        rep.path.name,
        meldung(
            "Das Paket Nr. {sequenz} leert für das Land {land} Tabellen, die bisher Daten hatten: {tabellen}. "
            "{verlust} Nur wenn das gewollt ist: --leeren-zulassen.",
            sequenz=rep.sequenz,
            land=rep.land,
            tabellen=tables,
            verlust=verlust,
        ),
    )
    result.problems.extend(_prefixed(rep.path, rep.problems[-1:]))


def _rows(table: str, n: int) -> Meldung:
    """``kommune (3 Zeilen)``."""
    return (
        meldung("{tabelle} ({n} Zeilen)", tabelle=table, n=n)
        if n != 1
        else meldung("{tabelle} (1 Zeile)", tabelle=table)
    )


def _record_figures(conn: Connection, land: str, sequenz: int, stand: datetime) -> None:
    """Keep the merged package's figures per Leistung (``paket_stand``): they outlive its rows."""
    conn.execute(delete(paket_stand).where(paket_stand.c.land == land, paket_stand.c.sequenz == sequenz))
    rows = [
        {
            "land": land,
            "sequenz": sequenz,
            "leistung_nr": z.nr,
            "stand": stand,
            "zustaendig": z.zustaendig,
            "produktiv": z.produktiv,
        }
        for z in land_kennzahlen(conn, land)
    ]
    if rows:
        conn.execute(insert(paket_stand), rows)


def _keep_figures(conn: Connection, land: str) -> None:
    """Before a Land's rows are replaced by a newer package: keep the figures of the package merged
    so far (the Bundesansicht compares with them). The figures of the package that stays merged are
    computed from its rows when read, so a first merge costs nothing extra."""
    old = _herkunft(conn).get(land)
    if old is None:
        return
    query = select(func.count()).select_from(paket_stand)
    if not conn.execute(query.where(paket_stand.c.land == land, paket_stand.c.sequenz == old.sequenz)).scalar_one():
        _record_figures(conn, land, old.sequenz, old.stand)


def _delete_land(conn: Connection, land: str) -> None:
    for spec in reversed(TABLES):
        table = DATA_TABLES[spec.name]
        conn.execute(delete(table).where(table.c.land == land))
    conn.execute(delete(herkunft).where(herkunft.c.land == land))


def _sink(conn: Connection, land: str) -> Sink:
    def write(spec: FormatTable, columns: Columns, texts: Texts) -> None:
        if conn.dialect.name == "sqlite":
            _insert_sqlite(conn, spec, land, columns, texts)
        else:
            names = ("land", *spec.field_names)
            params: list[dict[str, Any]] = [dict(zip(names, row, strict=True)) for row in zip(repeat(land), *columns)]
            conn.execute(insert(DATA_TABLES[spec.name]), params)

    return write


def _record(conn: Connection, rep: BundleReport, stamp: datetime) -> Herkunft:
    entry = Herkunft(
        rep.land or "",
        rep.sequenz or 0,
        rep.stand or stamp,
        rep.sha256,
        rep.fingerprint or "",
        rep.path.name,
        stamp,
    )
    conn.execute(
        insert(herkunft),
        [
            {
                "land": entry.land,
                "sequenz": entry.sequenz,
                "stand": entry.stand,
                "sha256": entry.sha256,
                "schluessel_fingerprint": entry.schluessel_fingerprint,
                "datei": entry.datei,
                "format_version": FORMAT_VERSION,
                "zusammengefuehrt_am": entry.zusammengefuehrt_am,
            }
        ],
    )
    return entry


def _sqlite_text(value: date | datetime) -> str:
    """SQLAlchemy's own storage form of dates in SQLite, so its Date/DateTime types read them back."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return value.isoformat()


def _insert_sqlite(conn: Connection, spec: FormatTable, land: str, columns: Columns, texts: Texts) -> None:
    """Hand SQLite its native values directly: SQLAlchemy's per-value bind processing would cost
    more than the insert itself (bench/merge.py). Every other database goes through Core.

    Dates are stored as SQLAlchemy stores them; for the usual spellings that text is made from the
    checked CSV text in C (one replace over the joined column), otherwise from the parsed values."""
    cols: list[Any] = list(columns)
    for i, f in enumerate(spec.fields):
        if f.type == "date":  # JJJJ-MM-TT, checked: SQLAlchemy's own text
            cols[i] = map(_EMPTY_IS_NONE.get, texts[i], texts[i])
        elif f.type == "datetime":
            cols[i] = _datetime_texts(texts[i]) or _from_values(cols[i])
    marks = ", ".join("?" * (len(spec.fields) + 1))
    conn.exec_driver_sql(f'INSERT INTO "{spec.name}" VALUES ({marks})', list(zip(repeat(land), *cols)))


_EMPTY_IS_NONE: dict[str, None] = {"": None}
_NO_DATETIME: dict[str, None] = {".000000": None}


def _datetime_texts(column: tuple[str, ...]) -> list[Any] | None:
    """``JJJJ-MM-TTThh:mm:ss`` → ``JJJJ-MM-TT hh:mm:ss.000000`` for the whole column at once;
    None if a cell has fractional seconds (then the values are formatted one by one)."""
    joined = "\n".join(column)
    if "." in joined:
        return None
    parts = (joined.replace("\n", ".000000\n") + ".000000").replace("T", " ").split("\n")
    return list(map(_NO_DATETIME.get, parts, parts))


def _from_values(column: list[Any]) -> Any:
    texts: dict[Any, Any] = {v: None if v is None else _sqlite_text(v) for v in set(column)}
    return map(texts.__getitem__, column)


def merge(
    bundles: Iterable[Path],
    db: NationalDatabase,
    *,
    trust_dir: Path | None = None,
    now: datetime | None = None,
    allow_demo: bool = False,
    allow_wipe: bool = False,
) -> MergeResult:
    return run_job(merge_job(bundles, db, trust_dir=trust_dir, now=now, allow_demo=allow_demo, allow_wipe=allow_wipe))
