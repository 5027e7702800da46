"""Standardpaket: export all 16 Länder' demo databases and merge them into a fresh SQLite database.

Floor: the same rows (already parsed, already in SQLite's storage form) inserted with raw
``sqlite3.executemany`` in one transaction into the same empty schema; merge and floor runs
alternate (the machine is shared). Goal (issue 17): the merge, streaming, ≤ 2× the floor. The merge is measured end
to end (open, verify, parse and check every cell, insert, commit), so the ratio says what the
safety of the merge costs over the bare insert. Peak memory is the resident set of a separate
process that only runs the merge (its own high-water mark: ``ru_maxrss`` of a child started from
this large process would report this process's size, which is how 395 MB showed up for 127 MB).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from common import Result, median

from kpakt_desktop.domain.laender import LAENDER
from kpakt_desktop.domain.standardpaket import TABLES, Table
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import export
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.validate import validate_bundle
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.national import NationalDatabase, national_metadata

STICHTAG = date(2026, 11, 1)
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

_CHILD = """
import resource, sys, time
from pathlib import Path
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.store.national import NationalDatabase
folder = Path(sys.argv[1])
start = time.perf_counter()
with NationalDatabase(folder / "peak.sqlite") as db:
    assert merge(sorted(folder.glob("*.zip")), db, trust_dir=folder / "trust", allow_demo=True).ok
try:  # VmHWM belongs to this program image; ru_maxrss would include the forking parent's size
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(peak, time.perf_counter() - start)
"""


def _prepare(folder: Path) -> tuple[list[Path], list[float]]:
    bundles = []
    rp_times = []
    for land in LAENDER:
        db = folder / f"{land.schluessel}.sqlite"
        create_demo(db, land, seed=1, stichtag=STICHTAG).close()
        key = signing.create_key_pair(land.schluessel, folder / "trust", private_path=folder / f"{land.schluessel}.key")
        store = open_store(db)
        try:
            out = folder / f"{land.schluessel}.zip"
            if land.schluessel == "07":
                for _ in range(5):  # the sequence rises; the last one is the bundle we merge
                    start = time.perf_counter()
                    export(store, out, key_path=key.private_path, now=NOW)
                    rp_times.append(time.perf_counter() - start)
            else:
                export(store, out, key_path=key.private_path, now=NOW)
        finally:
            store.close()
        bundles.append(out)
    return bundles, rp_times


def _native(value: object) -> object:
    """What SQLAlchemy stores in SQLite for the value (the floor gets it for free)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _floor_rows(bundles: list[Path], folder: Path) -> dict[str, list[tuple[object, ...]]]:
    rows: dict[str, list[tuple[object, ...]]] = {t.name: [] for t in TABLES}
    for path in bundles:
        land = path.stem

        def collect(table: Table, columns: list[list[object]], _texts: object, land: str = land) -> None:
            rows[table.name].extend((land, *(_native(v) for v in row)) for row in zip(*columns, strict=True))

        assert validate_bundle(path, folder / "trust", sink=collect).valid
    return rows


def _floor_once(rows: dict[str, list[tuple[object, ...]]], target: Path) -> float:
    """Raw executemany of the same rows into the same empty schema, in one transaction."""
    target.unlink(missing_ok=True)
    with NationalDatabase(target) as db, db.engine.begin() as conn:
        national_metadata.create_all(conn)
    con = sqlite3.connect(target, isolation_level=None)
    try:
        start = time.perf_counter()
        con.execute("BEGIN")
        for t in TABLES:
            marks = ",".join("?" * (len(t.fields) + 1))
            con.executemany(f"INSERT INTO {t.name} VALUES ({marks})", rows[t.name])
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="kpakt-bench-merge-") as tmp:
        folder = Path(tmp)
        bundles, rp_times = _prepare(folder)
        rows = _floor_rows(bundles, folder)
        nrows = sum(len(r) for r in rows.values())
        # Merge and floor alternate, so that a busier moment of the shared machine hits both alike.
        merge_times, floor_times = [], []
        for i in range(5):
            target = folder / f"bund-{i}.sqlite"
            start = time.perf_counter()
            with NationalDatabase(target) as db:
                result = merge(bundles, db, trust_dir=folder / "trust", allow_demo=True)
            merge_times.append(time.perf_counter() - start)
            assert result.ok and len(result.merged) == 16
            target.unlink()
            floor_times.append(_floor_once(rows, folder / "floor.sqlite"))
        del rows
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(folder)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ},
        )
        peak_mb, _ = (float(x) for x in child.stdout.split())
    total, floor = median(merge_times), median(floor_times)
    return [
        Result("Merge 16 Länder / Boden executemany", total / floor, "x", 2.0, f"{nrows} Zeilen, Boden {floor:.2f} s"),
        Result("Merge 16 Länder gesamt", total, "s", 10.0, "prüfen + schreiben, frische SQLite-Datei"),
        Result("Merge Spitzenspeicher (RSS)", peak_mb, "MB", 300.0, "eigener Prozess"),
        Result("Export RP (Demo)", median(rp_times), "s", 1.0),
    ]


if __name__ == "__main__":
    for r in run():
        print(f"{r.target}: {r.measured:.2f} {r.unit} (Vorgabe ≤ {r.goal} {r.unit}) {r.note}")
