"""Faults for the tests: another process holding the write lock, a full or read-only database,
a full disk for file writers, damaged database files."""

from __future__ import annotations

import builtins
import errno
import io
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from kpakt_desktop.store import database

_LOCKER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
"""


@contextmanager
def write_locked(db: Path) -> Iterator[None]:
    """Another process holds ``BEGIN EXCLUSIVE`` on ``db`` until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdin is not None
    try:
        assert proc.stdout.readline() == "locked\n"
        yield
    finally:
        proc.communicate("\n", timeout=30)


def short_busy_timeout(monkeypatch: pytest.MonkeyPatch, seconds: float = 0.3) -> None:
    """Engines made from now on give up after ``seconds`` instead of 15 s (the test waits less)."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", seconds)


def pragma_on_connect(monkeypatch: pytest.MonkeyPatch, make_pragma: Any) -> None:
    """Every engine made from now on runs ``make_pragma(dbapi_connection)`` on each new connection,
    e.g. ``PRAGMA query_only`` (a read-only location) or ``PRAGMA max_page_count`` (a full disk)."""
    real = database.make_engine

    def make_engine(path: Path, backups: Path | None = None) -> Any:
        engine = real(path, backups)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute(make_pragma(dbapi_conn))

        return engine

    monkeypatch.setattr(database, "make_engine", make_engine)


class Switch:
    """Turns a fault off for connections made afterwards (``store.engine.dispose()`` drops the old)."""

    on = True


def database_full(monkeypatch: pytest.MonkeyPatch, switch: type[Switch] | Switch = Switch) -> None:
    """The database file may not grow by a single page (while ``switch.on``)."""
    pragma_on_connect(
        monkeypatch,
        lambda con: f"PRAGMA max_page_count = {con.execute('PRAGMA page_count').fetchone()[0] if switch.on else 2**30}",
    )


def database_read_only(monkeypatch: pytest.MonkeyPatch, switch: type[Switch] | Switch = Switch) -> None:
    pragma_on_connect(monkeypatch, lambda _con: f"PRAGMA query_only = {int(switch.on)}")


class _FullFile:
    """A file on a disk with ``budget`` bytes left: writing more raises ENOSPC like the OS does."""

    def __init__(self, real: Any, budget: int) -> None:
        self._real = real
        self._budget = budget

    def write(self, data: Any) -> int:
        self._budget -= len(data)
        if self._budget < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self._real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._real)


def disk_full(monkeypatch: pytest.MonkeyPatch, folder: Path, budget: int = 2000) -> None:
    """Files opened for writing inside ``folder`` run out of space after ``budget`` bytes."""
    real_open = builtins.open
    root = str(folder.resolve())

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if isinstance(file, str | Path) and str(Path(file).resolve()).startswith(root) and set(mode) & set("wax+"):
            return _FullFile(handle, budget)
        return handle

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)


def damage(db: Path, how: str) -> None:
    """Damage a database file like a failing disk or an interrupted copy would."""
    data = bytearray(db.read_bytes())
    if how == "truncated":
        db.write_bytes(bytes(data[: len(data) * 6 // 10]))
    elif how == "garbage_pages":
        page = int.from_bytes(data[16:18], "big") or 65536
        for n in range(2, len(data) // page, 3):  # every third page from the third on
            data[n * page : n * page + 64] = b"\xa5" * 64
        db.write_bytes(bytes(data))
    elif how == "wrong_header":
        data[:100] = b"Dies ist keine Datenbank. " * 3 + b"x" * 22
        db.write_bytes(bytes(data))
    else:
        raise ValueError(how)


class LockWatch:
    """What happened while ``locked_for`` held the lock: event-loop ticks, the release, the
    labels of progress dialogs visible at the release."""

    def __init__(self) -> None:
        self.start = 0.0
        self.ticks: list[float] = []
        self.released: list[float] = []
        self.shown: list[str] = []

    def assert_window_stayed_alive(self, seconds: float) -> None:
        """The GUI thread ran its event loop all through the wait and said why it waited."""
        assert self.released and self.released[0] - self.start >= seconds * 0.95
        waiting = [t for t in self.ticks if self.start <= t <= self.released[0]]
        assert len(waiting) >= seconds * 8, len(waiting)  # a 50 ms timer: at least 40 % of its ticks
        gaps = [b - a for a, b in zip([self.start, *waiting], [*waiting, self.released[0]], strict=True)]
        assert max(gaps) < 0.6, max(gaps)
        assert any("anderen Programm benutzt" in text for text in self.shown), self.shown


@contextmanager
def locked_for(db: Path, seconds: float) -> Iterator[LockWatch]:
    """Another process holds the write lock of ``db``; a Qt timer releases it after ``seconds``
    (so only a running event loop can release it) and another counts the loop's ticks."""
    import time

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    proc = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline() == "locked\n"
    watch = LockWatch()
    ticker = QTimer()
    ticker.timeout.connect(lambda: watch.ticks.append(time.monotonic()))
    ticker.start(50)

    def release() -> None:
        if watch.released:
            return
        watch.shown.extend(
            w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        )
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        watch.released.append(time.monotonic())

    watch.start = time.monotonic()
    # Precise: Qt's default coarse timer may fire up to 5 % early, which the 0.95 check below would catch.
    releaser = QTimer()
    releaser.setSingleShot(True)
    releaser.setTimerType(Qt.TimerType.PreciseTimer)
    releaser.timeout.connect(release)
    releaser.start(int(seconds * 1000))
    try:
        yield watch
    finally:
        release()
        proc.communicate(timeout=30)
        ticker.stop()
        releaser.stop()
