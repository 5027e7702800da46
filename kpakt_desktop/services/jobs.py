"""Long work as a generator of progress: a job yields ``Progress`` and returns its result.

The GUI runs a job in a worker and stops it by closing the generator: ``GeneratorExit`` is
raised at the ``yield``, the open transaction rolls back, nothing is written. The CLI simply
runs a job to its end.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from kpakt_desktop.store.database import Store

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


WARTEN = "Die Datenbank wird gerade von einem anderen Programm benutzt – warte …"


def write_job(store: Store, work: Callable[[], T], *, probe_s: float = 0.25) -> Job[T]:
    """Run ``work`` (one short write, e.g. a change from the GUI) as a job that can wait.

    While another process holds the write lock, the job waits in steps of ``probe_s`` and yields
    between them, so the GUI stays responsive and the user can cancel. After the busy timeout it
    tries anyway, and ``work`` raises the usual German message about the locked database.
    """
    from kpakt_desktop.store import database

    deadline = time.monotonic() + database.BUSY_TIMEOUT_S
    while time.monotonic() < deadline and not store.write_lock_free(probe_s):
        yield Progress(0, 0, WARTEN)
    return work()
