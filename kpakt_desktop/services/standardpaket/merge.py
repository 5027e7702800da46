"""Federal side: merge the Länder' Standardpakete into the national database.

All packages are validated before anything is written; one invalid package and nothing is
written at all. Per Land the newest package counts. A package whose sequence number is not
newer than the one already merged for its Land is refused, unless it is that very package
(same SHA-256): merging the same packages again changes nothing. Everything is written in one
transaction, so the result does not depend on the order of the packages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from kpakt_desktop.domain.standardpaket import FORMAT_VERSION, TABLES
from kpakt_desktop.domain.standardpaket import Table as FormatTable
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.standardpaket.cells import Value
from kpakt_desktop.services.standardpaket.validate import BundleReport, Problem, gc_paused, validate_bundle
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase, herkunft


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
    """The newest package per Land; two different packages with one number are a contradiction."""
    chosen: dict[str, BundleReport] = {}
    for rep in sorted(reports, key=lambda r: (r.land or "", -(r.sequenz or 0), r.sha256)):
        land = rep.land or ""
        best = chosen.get(land)
        if best is None:
            chosen[land] = rep
        elif best.sequenz == rep.sequenz and best.sha256 != rep.sha256:
            result.problems.append(
                Problem(
                    rep.path.name,
                    f"Zwei verschiedene Pakete des Landes {land} tragen dieselbe Nummer {rep.sequenz} "
                    f"({best.path.name} und {rep.path.name}).",
                )
            )
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
                    f"Paket Nr. {rep.sequenz} des Landes {land} ist nicht neuer als das bereits "
                    f"zusammengeführte Paket Nr. {old.sequenz} (Stand {old.stand:%d.%m.%Y %H:%M}).",
                )
            )
    return replace


def merge_job(
    bundles: Iterable[Path], db: NationalDatabase, *, trust_dir: Path | None = None, now: datetime | None = None
) -> Job[MergeResult]:
    with gc_paused():
        return (yield from _merge(list(bundles), db, trust_dir, now))


def _merge(paths: list[Path], db: NationalDatabase, trust_dir: Path | None, now: datetime | None) -> Job[MergeResult]:
    result = MergeResult()
    db.check_target()
    total = len(paths) + 2
    for i, path in enumerate(paths):
        yield Progress(i, total, f"Prüfe {path.name} …")
        rep = validate_bundle(path, trust_dir)
        result.reports.append(rep)
        result.problems.extend(Problem(f"{path.name}: {p.datei}", p.meldung, p.zeile, p.feld) for p in rep.problems)
    if not result.ok:
        return result
    chosen = _choose(result.reports, result)
    replace = _against_merged(chosen, read_herkunft(db), result)
    if not result.ok or not replace:
        return result
    yield Progress(len(paths), total, "Schreibe die Bundesdatenbank …")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    with db.begin() as conn:
        # Checked again inside the transaction: another merge may have finished meanwhile.
        recheck = MergeResult()
        if _against_merged({land: chosen[land] for land in replace}, _herkunft(conn), recheck) != replace:
            result.problems.extend(recheck.problems)
            conn.rollback()
            return result
        for land in replace:
            result.merged.append(_replace_land(conn, chosen[land], stamp))
    yield Progress(total, total, "Fertig.")
    return result


def _replace_land(conn: Connection, rep: BundleReport, stamp: datetime) -> Herkunft:
    land = rep.land or ""
    for spec in reversed(TABLES):
        table = DATA_TABLES[spec.name]
        conn.execute(delete(table).where(table.c.land == land))
    conn.execute(delete(herkunft).where(herkunft.c.land == land))
    for spec in TABLES:
        rows = rep.tables[spec.name]
        if not rows:
            continue
        if conn.dialect.name == "sqlite":
            _insert_sqlite(conn, spec, land, rows)
        else:
            names = ("land", *spec.field_names)
            params: list[dict[str, Any]] = [dict(zip(names, (land, *row), strict=True)) for row in rows]
            conn.execute(insert(DATA_TABLES[spec.name]), params)
    entry = Herkunft(
        land,
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


def _insert_sqlite(conn: Connection, spec: FormatTable, land: str, rows: list[tuple[Value, ...]]) -> None:
    """Hand SQLite its native values directly: SQLAlchemy's per-value bind processing would cost
    more than the insert itself (bench/merge.py). Every other database goes through Core."""
    dated = [i for i, f in enumerate(spec.fields) if f.type in ("date", "datetime")]
    params: list[tuple[Any, ...]]
    if not dated:
        params = [(land, *row) for row in rows]
    else:
        # Column-wise, each distinct date formatted once; the rest stays in C (zip, map).
        columns: list[Any] = list(zip(*rows, strict=True))
        for i in dated:
            texts: dict[Any, Any] = {v: None if v is None else _sqlite_text(v) for v in set(columns[i])}
            columns[i] = map(texts.__getitem__, columns[i])
        params = list(zip(repeat(land), *columns))
    marks = ", ".join("?" * (len(spec.fields) + 1))
    conn.exec_driver_sql(f'INSERT INTO "{spec.name}" VALUES ({marks})', params)


def merge(
    bundles: Iterable[Path], db: NationalDatabase, *, trust_dir: Path | None = None, now: datetime | None = None
) -> MergeResult:
    return run_job(merge_job(bundles, db, trust_dir=trust_dir, now=now))
