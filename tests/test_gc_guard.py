"""Cyclic garbage (which may hold Qt widgets) is collected on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading

from kpakt_desktop.gui import gc_guard

freed_in: list[str] = []


class _Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        freed_in.append(threading.current_thread().name)


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, qapp) -> None:
    guard = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is guard  # one per application
    assert not gc.isenabled()
    freed_in.clear()
    _Cycle()  # unreachable at once, freed only by the cyclic collector

    # Kept until the guard has run: freed objects count back down, and the count must stay past the
    # threshold for the GUI-thread check to see it (the run's earlier tests leave it anywhere).
    kept: list[object] = []

    def allocate() -> None:  # far beyond generation 0's threshold: would collect here if enabled
        kept.append([[] for _ in range(50 * gc.get_threshold()[0])])

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert freed_in == []
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5 * gc_guard.INTERVAL_MS)
    assert freed_in == [threading.main_thread().name]
    kept.clear()


def test_after_a_large_load_garbage_is_collected_and_the_rest_kept_out_of_later_collections(qtbot, qapp) -> None:
    gc_guard.install(qapp)
    freed_in.clear()
    _Cycle()
    rows = [[n] for n in range(2 * gc_guard.GROSS)]  # what a page keeps: in no later collection
    try:
        gc_guard.nach_grossem_laden()
        gc_guard.nach_grossem_laden()  # a second load in the same event: one collection
        assert freed_in == []  # not inside the slot that loaded: right after it
        qtbot.waitUntil(lambda: bool(freed_in), timeout=gc_guard.INTERVAL_MS // 2)
        assert freed_in == [threading.main_thread().name]
        assert gc.get_freeze_count() >= len(rows)
        first = rows[0]
        assert gc.is_tracked(first) and not any(o is first for o in gc.get_objects())  # frozen
        frozen = gc.get_freeze_count()
        later = [[n] for n in range(2 * gc_guard.GROSS)]  # a second load: only what is new is collected and frozen
        gc_guard.nach_grossem_laden()
        qtbot.waitUntil(lambda: gc.get_freeze_count() >= frozen + len(later), timeout=gc_guard.INTERVAL_MS // 2)
    finally:
        gc.unfreeze()


def test_what_was_frozen_is_collected_again_after_another_database_is_attached(
    qtbot, qapp, main_window, rp_init_path
) -> None:
    """A cycle among objects frozen after a large load (an old page's) is not kept for ever: switching
    the database hands it back to the collections."""
    gc_guard.install(qapp)
    freed_in.clear()
    _Cycle()
    gc.freeze()  # as after a large load: the cycle is among the frozen objects
    try:
        gc.collect()
        assert freed_in == []  # frozen: not visited
        assert main_window.switch_database(rp_init_path)
        gc.collect()  # what the timer's full collection does
        assert freed_in == [threading.main_thread().name]
    finally:
        gc.unfreeze()
