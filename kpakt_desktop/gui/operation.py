"""The one way the GUI changes data (and runs any long work): an operation run by the ``Runner``.

A page describes a change as an ``Operation``: what to write (``do``), how to put the state back
(``restore``, used by undo and redo alike) and what it changes (a ``ChangeSet``). ``run_operation``
pushes one undo step whose ``redo()`` runs the write — the first time too. The ``Runner``
executes every piece of work in one worker thread, one after another, so two changes never
overlap and an undo always follows the change it undoes; the window keeps painting and taking
input. A progress dialog appears only when the work lasts (and can cancel it, which rolls back).

Errors keep their type up to the GUI thread: a locked database offers to wait and try again, a
damaged one offers its backup, any other ``KpaktError`` is shown as it is — to the operation's
own handler when it has one (a dialog keeps the message beside its fields). A ``Konflikt`` (someone
else changed the rows meanwhile) of an operation that can be put on top of the newer version
(``rebase``) opens the conflict dialog: the user's change is written again on top, or dropped for
the other person's — never lost without the user choosing so.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from kpakt_desktop import protokoll
from kpakt_desktop.domain.errors import DatabaseCorrupt, DatabaseFault, Konflikt, KpaktError
from kpakt_desktop.services.changes import ChangeSet
from kpakt_desktop.services.jobs import Progress, write_job
from kpakt_desktop.services.konflikt import HatVersion, zusammenfuehren
from kpakt_desktop.services.rueckgaengig import Funktionen, HatId, Tausch, tauschen
from kpakt_desktop.store.database import Store

log = logging.getLogger(__name__)

R = TypeVar("R")
S = TypeVar("S")
D = TypeVar("D", bound=HatId)
V = TypeVar("V", bound=HatVersion)

# Work is a function returning a result, or a job (a generator of Progress, cancellable at each step).
Work = Callable[[], Any]


class Cancelled(KpaktError):
    """The user cancelled; nothing was written."""


@dataclass(eq=False)
class Operation(Generic[S]):
    """A change: ``do`` writes it and returns what ``restore`` needs; ``restore`` puts the other
    state back and returns the one it replaced (so undo and redo alternate). ``restore`` must
    refuse (raise ``KpaktError``) when the rows changed in between. Both run in the worker, each
    in one transaction of the service it calls.

    ``done`` runs on the GUI thread after the first ``do`` with its result (select the new row,
    a status message); ``failed`` may take an error of the first ``do`` (e.g. show it inside the
    open dialog) and return True, otherwise the runner shows it.

    ``rebase`` makes the same change on top of the version a ``Konflikt`` names (the user chose
    "Meine Änderung übernehmen"); ``verworfen`` runs when the user kept the other person's change
    instead (an editor closes).
    """

    text: str
    do: Callable[[Store], S]
    restore: Callable[[Store, S], S] | None
    changes: ChangeSet
    done: Callable[[S], None] | None = None
    failed: Callable[[KpaktError], bool] | None = None
    job: bool = False  # ``do`` returns a Job (progress, cancellable) instead of the result
    rebase: Callable[[Konflikt], Operation[Any]] | None = None
    verworfen: Callable[[], None] | None = None


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception object, type intact
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
            if isinstance(result, Generator):
                result = self._drive(result)
        except Cancelled:
            self.signals.cancelled.emit()
        except KpaktError as err:
            self.signals.failed.emit(err)
        except Exception as err:  # an unexpected fault must still reach the user, not kill the thread
            traceback.print_exc()
            log.exception("unexpected error in a worker")
            message = QCoreApplication.translate("Runner", "Unerwarteter Fehler: {err}").format(err=err)
            self.signals.failed.emit(KpaktError(message))
        else:
            self.signals.finished.emit(result)

    def _drive(self, job: Generator[Progress, None, Any]) -> Any:
        while True:
            if self.cancel.is_set():
                job.close()  # GeneratorExit at the yield: the open transaction rolls back
                raise Cancelled(QCoreApplication.translate("Runner", "Abgebrochen."))
            try:
                step = next(job)
            except StopIteration as stop:
                return stop.value
            self.signals.progress.emit(step.done, step.total, step.message)


@dataclass
class _Pending:
    title: str
    work: Callable[[], Any]
    parent: QWidget | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[KpaktError], bool] | None
    on_cancel: Callable[[], None] | None
    retry: bool  # a retryable database fault offers to try again
    quiet: bool  # no progress dialog (the automatic backup works in the background)
    started: float = 0.0  # time.monotonic() when the worker took it (the log file records the duration)


class Runner(QObject):
    """Runs work in one worker thread, in the order it was given; result callbacks on the GUI thread."""

    idle = Signal()
    corrupt = Signal(object)  # DatabaseCorrupt of a write on the open database: the window offers its backup

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._queue: deque[_Pending] = deque()
        self._current: _Pending | None = None
        self._task: _Task | None = None
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def run(
        self,
        title: str,
        work: Work,
        *,
        parent: QWidget | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[KpaktError], bool] | None = None,
        on_cancel: Callable[[], None] | None = None,
        retry: bool = True,
        quiet: bool = False,
    ) -> None:
        """Queue ``work``; ``on_done`` gets its result. ``work`` is called again on a retry."""
        self._queue.append(_Pending(title, work, parent, on_done, on_error, on_cancel, retry, quiet))
        if self._current is None:
            self._next()

    def write(self, title: str, store: Store, work: Callable[[], Any], **kwargs: Any) -> None:
        """A short write: waits (cancellable) while another program holds the write lock."""
        self.run(title, lambda: write_job(store, work), **kwargs)

    def run_modal(self, title: str, work: Work, *, parent: QWidget | None = None) -> Any:
        """Wait for ``work`` in a local event loop and return its result (raises its error, or
        ``Cancelled``). Only for the start flows that have no open database yet — the start
        dialog, the first-run wizard, the recovery of a damaged file: their next step needs the
        result. Every change on an open database uses ``run``/``write``."""
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def keep(key: str, value: Any) -> None:
            outcome[key] = value
            loop.quit()

        def error(err: KpaktError) -> bool:
            if isinstance(err, DatabaseFault) and err.retryable:
                keep("cancelled", True)  # shown with "Erneut versuchen", and the user declined
            else:
                keep("error", err)
            return True

        self.run(
            title,
            work,
            parent=parent,
            on_done=lambda value: keep("value", value),
            on_error=error,
            on_cancel=lambda: keep("cancelled", True),
        )
        if not outcome:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        if "cancelled" in outcome:
            raise Cancelled(self.tr("Abgebrochen."))
        return outcome["value"]

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the queue is empty (closing a database, tests); True when it is."""
        while self.busy:
            if not self._pool.waitForDone(timeout_ms):
                return False
            QCoreApplication.sendPostedEvents(self._signals)  # deliver the results to the GUI thread
            QCoreApplication.processEvents()
        return True

    # -- internals -----------------------------------------------------------------------------
    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self.idle.emit()
            return
        self._current = pending = self._queue.popleft()
        pending.started = time.monotonic()
        protokoll.auftrag_begonnen(pending.title)
        parent = pending.parent if pending.parent is not None else QApplication.activeWindow()
        self._task = _Task(pending.work, self._signals)
        if pending.quiet:
            self._pool.start(self._task)
            return
        self._dialog = dialog = QProgressDialog(pending.title, self.tr("Abbrechen"), 0, 0, parent)
        dialog.setWindowTitle(pending.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._task.cancel.set)
        self._pool.start(self._task)

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def _finish(self, outcome: str, err: KpaktError | None = None) -> _Pending:
        pending = self._current
        assert pending is not None
        self._close_dialog()
        protokoll.auftrag_beendet(pending.title, outcome, time.monotonic() - pending.started, err)
        return pending

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        dialog = self._dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setLabelText(message)
            dialog.setMaximum(total)
            dialog.setValue(done)  # a modal progress dialog processes events here: it may close meanwhile

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        pending = self._finish("beendet")
        try:
            if pending.on_done is not None:
                pending.on_done(result)
        finally:
            self._next()

    @Slot()
    def _on_cancelled(self) -> None:
        pending = self._finish("abgebrochen")
        try:
            if pending.on_cancel is not None:
                pending.on_cancel()
        finally:
            self._next()

    @Slot(object)
    def _on_failed(self, err: KpaktError) -> None:
        pending = self._finish("fehlgeschlagen", err)
        try:
            self._report(pending, err)
        finally:
            self._next()

    def _report(self, pending: _Pending, err: KpaktError) -> None:
        """A retryable fault offers to try again; otherwise the caller's handler, or a message."""
        from kpakt_desktop.gui import msgbox

        parent = pending.parent if pending.parent is not None and shiboken6.isValid(pending.parent) else None
        if isinstance(err, DatabaseFault) and err.retryable and pending.retry:
            # Locked or full: the message says why; the user may try again once the cause is gone.
            if msgbox.retry(parent, pending.title, str(err)):
                self._queue.appendleft(pending)
                return
            if pending.on_error is not None:
                pending.on_error(err)
            return
        if pending.on_error is not None and pending.on_error(err):
            return
        msgbox.error(parent, pending.title, str(err))
        if isinstance(err, DatabaseCorrupt):
            self.corrupt.emit(err)


class _Step(QUndoCommand):
    """One undo step; its ``redo()`` does the work — the first time through ``do``, then ``restore``."""

    def __init__(
        self, stack: QUndoStack, store: Store, op: Operation[Any], announce: Callable[[ChangeSet], None]
    ) -> None:
        super().__init__(op.text)
        self.stack, self.store, self.op, self.announce = stack, store, op, announce
        self.state: Any = None
        self.applied = False  # ``do`` has run successfully

    def redo(self) -> None:
        if self.isObsolete():  # refused or failed earlier: the stack is about to drop it
            return
        self._run(self._restore if self.applied else self._do, first=not self.applied)

    def undo(self) -> None:
        if not self.isObsolete():
            self._run(self._restore, first=False)

    def _do(self) -> Any:
        return self.op.do(self.store)

    def _restore(self) -> Any:
        assert self.op.restore is not None
        return self.op.restore(self.store, self.state)

    def _run(self, work: Callable[[], Any], *, first: bool) -> None:
        def done(state: Any) -> None:
            self.state = state
            self.applied = True
            if first and self.op.done is not None:
                self.op.done(state)
            self.announce(self.op.changes)

        def failed(err: KpaktError) -> bool:
            op, stack, store, announce = self.op, self.stack, self.store, self.announce
            self._drop()  # may delete this command: nothing of it is used afterwards
            konflikt = err if isinstance(err, Konflikt) else None
            neuer = konflikt is not None and (konflikt.aktuell is not None or bool(konflikt.versionen))
            if first and konflikt is not None and neuer and op.rebase is not None:  # a version to write on top of
                return _konflikt(konflikt, op, stack, store, announce)
            return first and op.failed is not None and op.failed(err)

        if first and self.op.job:
            runner().run(self.text(), work, on_done=done, on_error=failed, on_cancel=self._drop)
        else:
            runner().write(self.text(), self.store, work, on_done=done, on_error=failed, on_cancel=self._drop)

    def _drop(self) -> None:
        """Not done (refused, failed, cancelled): the step leaves the stack."""
        if self.op.restore is None:
            return  # never was on the stack
        self.setObsolete(True)
        stack = self.stack
        if shiboken6.isValid(stack) and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()  # an obsolete command on top is removed without running undo()
        # otherwise the stack drops it when undo or redo reaches it


def _konflikt(
    err: Konflikt, op: Operation[Any], stack: QUndoStack, store: Store, announce: Callable[[ChangeSet], None]
) -> bool:
    """Let the user choose between their change and the other person's; True when settled here.
    Closed without a choice, the error goes on to the operation's handler (the input stays)."""
    from kpakt_desktop.gui.konflikt_dialog import EIGENE, FREMDE, entscheiden

    wahl = entscheiden(QApplication.activeWindow(), op.text, err)
    if wahl == EIGENE:
        assert op.rebase is not None
        neu = op.rebase(err)
        neu.done, neu.failed, neu.verworfen = op.done, op.failed, op.verworfen
        push(stack, store, neu, announce)
        return True
    if wahl == FREMDE:
        announce(op.changes)  # the pages show the other person's version
        if op.verworfen is not None:
            op.verworfen()
        return True
    return op.failed is not None and op.failed(err)


def push(stack: QUndoStack, store: Store, op: Operation[Any], announce: Callable[[ChangeSet], None]) -> None:
    """Run ``op`` as one undo step on ``stack`` (or once, without a step, when it has no restore)."""
    step = _Step(stack, store, op, announce)
    if op.restore is None:
        step.redo()  # runs; nothing lands on the stack
        return
    stack.push(step)


_RUNNER: Runner | None = None


def runner() -> Runner:
    """The application's one runner (created on first use, owned by the application)."""
    global _RUNNER
    if _RUNNER is None or not shiboken6.isValid(_RUNNER):
        _RUNNER = Runner(QCoreApplication.instance())
    return _RUNNER


def saved_record(
    text: str,
    art: Funktionen[D],
    vorher: D | None,
    speichern: Callable[[Store], int],
    changes: ChangeSet,
) -> Operation[Tausch[D]]:
    """A record created (``vorher`` None) or edited in an editor: undo removes or restores it."""

    def do(store: Store) -> Tausch[D]:
        return Tausch(vorher, art.laden(store, speichern(store)))

    def restore(store: Store, state: Tausch[D]) -> Tausch[D]:
        return tauschen(store, art, state, text)

    return Operation(text, do, restore, changes)


def saved_version(
    text: str,
    art: Funktionen[V],
    vorher: V | None,
    daten: V,
    speichern: Callable[[Store, V, V | None], int],
    changes: ChangeSet,
) -> Operation[Tausch[V]]:
    """A versioned record (Kontakt, Hürde, Termin, Taskforce) saved in an editor: ``speichern`` gets
    the record as the user saw it (``vorher``), so a save by someone else in between is a
    ``Konflikt``. If the user keeps their change, the fields they changed go on top of the newer
    version (the other person's other fields stay)."""
    op = saved_record(text, art, vorher, lambda store: speichern(store, daten, vorher), changes)

    def rebase(konflikt: Konflikt) -> Operation[Tausch[V]]:
        aktuell = cast(V, konflikt.aktuell)
        return saved_version(text, art, aktuell, zusammenfuehren(vorher, daten, aktuell), speichern, changes)

    op.rebase = rebase
    return op


def deleted_record(text: str, art: Funktionen[D], record_id: int, changes: ChangeSet) -> Operation[Tausch[D]]:
    """A record removed: undo brings it back under its id."""

    def do(store: Store) -> Tausch[D]:
        vorher = art.laden(store, record_id)
        art.loeschen(store, record_id)
        return Tausch(vorher, None)

    def restore(store: Store, state: Tausch[D]) -> Tausch[D]:
        return tauschen(store, art, state, text)

    return Operation(text, do, restore, changes)
