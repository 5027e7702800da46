"""Garbage collection only on the GUI thread.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is passed.
If that is a worker (reports, imports, exports run on QThreadPool) and the garbage holds Qt widgets,
PySide destroys those widgets off the GUI thread and the process crashes. So automatic collection is
switched off and a GUI-thread timer collects with the same thresholds instead (the approach calibre
takes for the same reason).

A page that reads many rows (Kommunen, Nachnutzung at national size: ~80,000 objects) calls
:func:`nach_grossem_laden`: right after the load the objects made since the last freeze are collected
and what lives on is frozen (``gc.freeze``), so the timer's collections do not visit it again:
otherwise the first collection after the load takes ~30 ms and each of the older generations
50–100 ms, in the middle of typing in a search field. Frozen objects are never visited again (that is
the point; a full collection of a whole heap takes 0.2–0.8 s): their memory is freed by reference
counting as usual (the page rows hold no cycles), only a reference cycle formed among them later is
kept: when another database is attached, the old pages go, and :func:`auftauen` hands everything back
to the timer's collections.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
GROSS = 50_000  # new objects since the last collection that make a load large (national size: ~80,000)


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counters passed their threshold, youngest first."""
        l0, l1, l2 = gc.get_count()
        if l0 > self.threshold[0]:
            gc.collect(0)
            if l1 > self.threshold[1]:
                gc.collect(1)
                if l2 > self.threshold[2]:
                    gc.collect(2)


_vorgemerkt = False


def nach_grossem_laden() -> None:
    """After a page read many rows: right after the current event (not inside the slot that loaded,
    where Qt objects may be in use), collect what is new and keep what lives on out of later collections."""
    global _vorgemerkt
    if gc.isenabled() or _vorgemerkt:  # no collector installed (Python collects as usual), or already due
        return
    if gc.get_count()[0] < GROSS:  # a small load (one Land): the timer's collections stay short
        return
    _vorgemerkt = True
    QTimer.singleShot(0, _einsammeln_und_einfrieren)


def _einsammeln_und_einfrieren() -> None:
    global _vorgemerkt
    _vorgemerkt = False
    gc.collect()  # the objects not frozen yet: those of the load and since the last one
    gc.freeze()


def auftauen() -> None:
    """The frozen objects (old pages, their cycles) are collected again by the timer's full collections."""
    gc.unfreeze()


def install(app: QObject) -> GuiThreadGarbageCollector:
    """Once per application (the QApplication owns the collector)."""
    # Remembered on the application, not looked up with findChild()/children(): either makes PySide
    # create the Python enums of the whole Qt namespace, ~6-8 ms of start-up before the window shows.
    existing: GuiThreadGarbageCollector | None = getattr(app, "_kpakt_gc_guard", None)
    if existing is None:
        existing = GuiThreadGarbageCollector(app)
        app._kpakt_gc_guard = existing  # type: ignore[attr-defined]
    return existing
