"""Shared shape of all benchmarks: each bench module has ``run() -> list[Result]``.

``bench/run_all.py`` (``make bench``) imports every ``bench/*.py`` with a ``run`` function and
prints one table: target, measured, goal, pass/fail. Benchmarks are not tests: they print
ratios and times on this machine and never run in CI.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Result:
    target: str  # what was measured, e.g. "Start bis Hauptfenster (RP-Demo) / Boden"
    measured: float
    unit: str  # "x" for ratios, "ms", "s", "MB"
    goal: float  # pass when measured <= goal
    note: str = ""

    @property
    def passed(self) -> bool:
        return self.measured <= self.goal


def timed(fn: Callable[[], object], repeat: int = 5) -> list[float]:
    """Wall times in seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def load_note() -> str:
    """The machine's load while measuring (a shared 2-core box: other processes stretch wall times)."""
    one, _five, _fifteen = os.getloadavg()
    return f"Last {one:.1f} auf {os.cpu_count()} Kernen"


@dataclass(frozen=True)
class Frame:
    cpu_ms: float  # CPU time of the GUI thread: what the app itself spends
    wall_ms: float  # wall time: longer when other processes take the cores


def frame(action: Callable[[], object], viewport: object) -> Frame:
    """Time one user action until its frame is painted: ``action`` (e.g. a keystroke, a filter, a change
    set after a write) and then the event loop until the pending paint events are done, as the app's
    event loop does it. ``viewport`` must have been painted in that time, else the number would not
    include the frame (a ``RuntimeError`` says so)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class Painted(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    watcher = Painted()
    assert isinstance(viewport, QObject)
    viewport.installEventFilter(watcher)
    try:
        wall, cpu = time.perf_counter(), time.thread_time()
        action()
        QCoreApplication.processEvents()
        result = Frame(1000 * (time.thread_time() - cpu), 1000 * (time.perf_counter() - wall))
    finally:
        viewport.removeEventFilter(watcher)
    if not watcher.count:
        raise RuntimeError("the measured action painted nothing: the time would not include a frame")
    return result
