"""Kill -9 in the middle of a unit of work: the database stays intact and holds all or nothing of it.

Each unit runs in a child process (``tests/kill_driver.py``, the real services). One complete run
measures how long the unit writes; then fresh copies are killed with SIGKILL at seeded points
spread over that time (plus one right at the start and one at the very end). Afterwards
``PRAGMA integrity_check`` must say ok and a fingerprint of every table must equal the state
before or the state after the complete run. ``KPAKT_KILL_POINTS`` (default 8) and
``KPAKT_KILL_SEED`` run more or other points locally.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from gv_files import modified
from test_gv_import import gebietsaenderung

DRIVER = Path(__file__).with_name("kill_driver.py")
KILL_POINTS = max(4, int(os.environ.get("KPAKT_KILL_POINTS", "8")))
SEED = int(os.environ.get("KPAKT_KILL_SEED", "10"))
VOLATILE = {"aenderung"}  # a uuid per change: the one value two complete runs do not share

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def fingerprint(db: Path) -> str | None:
    """Integrity-checked digest of every row of every table (None: no database file)."""
    if not db.exists():
        return None
    con = sqlite3.connect(db)  # a normal connection replays a WAL the killed process left behind
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"{db} beschädigt"
        digest = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in tables:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
            picked = ", ".join("NULL" if c in VOLATILE else f'"{c}"' for c in columns)
            digest.update(f"{name}({columns})".encode())
            for row in sorted(repr(r) for r in con.execute(f'SELECT {picked} FROM "{name}"')):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        con.close()


def _spawn(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_start(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line != "start\n":
        proc.wait(timeout=60)
        pytest.fail(f"driver did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")


def complete_run(args: list[str]) -> float:
    """Run the unit to its end; seconds from ``start`` to ``done`` (the work, not the interpreter's exit)."""
    proc = _spawn(args)
    _wait_for_start(proc)
    begin = time.perf_counter()
    assert proc.stdout is not None
    line = proc.stdout.readline()
    duration = time.perf_counter() - begin
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and line == "done\n", err
    return duration


def killed_run(args: list[str], delay: float) -> bool:
    """Start the unit and SIGKILL it ``delay`` seconds after it began writing; True if it died."""
    proc = _spawn(args)
    _wait_for_start(proc)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return proc.returncode == -signal.SIGKILL


def kill_delays(duration: float, seed: int) -> list[float]:
    """One kill right at the start, seeded ones over the work, three around the commit at its end."""
    rng = random.Random(seed)
    inner = sorted(rng.uniform(0.02, 0.95) * duration for _ in range(max(0, KILL_POINTS - 4)))
    return [0.0, *inner, duration * 0.97, duration * 0.995, duration * 1.02]


def check_all_or_nothing(
    prepare: Callable[[Path], list[str]], watched: Callable[[Path], Path], tmp_path: Path, seed: int
) -> None:
    """``prepare(folder)`` makes fresh input in ``folder`` and returns the driver's arguments;
    ``watched(folder)`` is the database whose state must be all or nothing."""
    ref = tmp_path / "complete"
    ref.mkdir()
    args = prepare(ref)
    before = fingerprint(watched(ref))
    duration = complete_run(args)
    after = fingerprint(watched(ref))
    assert after != before, "the unit of work changed nothing: the test would prove nothing"

    outcomes = []
    for i, delay in enumerate(kill_delays(duration, seed)):
        folder = tmp_path / f"kill-{i}"
        folder.mkdir()
        died = killed_run(prepare(folder), delay)
        state = fingerprint(watched(folder))
        assert state in (before, after), f"kill {delay:.3f} s after start left a partial state"
        outcomes.append((died, state == after))
    print(
        f"{len(outcomes)} kills over {duration:.3f} s: {sum(not c for _, c in outcomes)} left the state before, "
        f"{sum(c for _, c in outcomes)} the state after"
    )  # shown with pytest -s
    # The points must really have hit the work: at least one kill left the state from before.
    assert any(died and not complete for died, complete in outcomes), (duration, outcomes)


@pytest.fixture(scope="module")
def gv_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Gebietsänderung plus a new Einwohnerzahl for every Gemeinde: thousands of rows to update."""

    def change(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        rows = gebietsaenderung(rows)
        for row in rows:
            if row["satzart"] == "60" and row["bevoelkerung"].strip():
                row["bevoelkerung"] = str(int(row["bevoelkerung"].replace(" ", "")) + 7)
        return rows

    return modified(tmp_path_factory.mktemp("gv") / "AuszugGV1Q2027.csv", "07", change)


@pytest.mark.slow
def test_gv_import_killed_leaves_all_or_nothing(rp_demo_template: Path, gv_file: Path, tmp_path: Path) -> None:
    def prepare(folder: Path) -> list[str]:
        db = shutil.copyfile(rp_demo_template, folder / "land.sqlite")
        return ["gv", str(db), str(gv_file)]

    check_all_or_nothing(prepare, lambda f: f / "land.sqlite", tmp_path, SEED)


@pytest.mark.slow
def test_bulk_change_killed_leaves_all_or_nothing(rp_demo_template: Path, tmp_path: Path) -> None:
    def prepare(folder: Path) -> list[str]:
        db = shutil.copyfile(rp_demo_template, folder / "land.sqlite")
        return ["bulk", str(db)]

    check_all_or_nothing(prepare, lambda f: f / "land.sqlite", tmp_path, SEED + 1)


@pytest.mark.slow
def test_backup_killed_leaves_no_backup_or_a_complete_one(rp_demo_template: Path, tmp_path: Path) -> None:
    source = shutil.copyfile(rp_demo_template, tmp_path / "land.sqlite")
    original = fingerprint(source)

    def prepare(folder: Path) -> list[str]:
        return ["backup", str(source), str(folder / "sicherung.sqlite")]

    check_all_or_nothing(prepare, lambda f: f / "sicherung.sqlite", tmp_path, SEED + 2)
    assert fingerprint(source) == original  # the database itself is only read
    assert fingerprint(tmp_path / "complete" / "sicherung.sqlite") == original
