"""Long work as a generator of progress: a job yields ``Progress`` and returns its result.

The GUI runs a job in a worker and stops it by closing the generator: ``GeneratorExit`` is
raised at the ``yield``, the open transaction rolls back, nothing is written. The CLI simply
runs a job to its end.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str


Job = Generator[Progress, None, T]


def run_job(job: Job[T], on_progress: Callable[[Progress], None] | None = None) -> T:
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(step)
