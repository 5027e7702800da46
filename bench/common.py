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
