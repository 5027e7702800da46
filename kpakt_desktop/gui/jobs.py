"""Running a service job (a generator of Progress) off the GUI thread with a cancellable dialog."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.services.jobs import Job, write_job
from kpakt_desktop.store.database import Store


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job[Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.cancel = cancel
        self.ended = threading.Event()  # run() has returned: the job's session and files are closed

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended.set()

    def _run(self) -> None:
        try:
            while True:
                if self.cancel.is_set():
                    self.job.close()  # GeneratorExit at the yield: the open transaction rolls back
                    self.signals.cancelled.emit()
                    return
                try:
                    step = next(self.job)
                except StopIteration as stop:
                    self.signals.finished.emit(stop.value)
                    return
                self.signals.progress.emit(step.done, step.total, step.message)
        except KpaktError as err:
            self.signals.failed.emit(str(err))
        except Exception as err:  # an unexpected fault must still reach the user, not kill the thread
            traceback.print_exc()
            self.signals.failed.emit(
                QCoreApplication.translate("JobRunner", "Unerwarteter Fehler: {err}").format(err=err)
            )


# Input a user gives with mouse or keyboard; swallowed outside the progress dialog while a job runs.
# Releases pass: a button acts on a release only after its own press, and a widget pressed before the
# job started must not be left thinking the mouse button is still down.
_USER_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
    }
)


class _InputGuard(QObject):
    """Keeps clicks and keys away from the windows while jobs run.

    The window-modal progress dialog blocks input only once it shows (300 ms, so that quick
    changes do not flash a dialog). Before that a second click could start a second change, or a
    change while a report is written; the guard covers the whole run. Input to the progress
    dialogs of running jobs (Abbrechen, Escape) and to message boxes shown meanwhile passes.
    Closing a window waits for the jobs' end as well: the main window would close the database
    under a running job.

    One guard for all jobs, installed on the application while at least one runs.
    """

    def __init__(self) -> None:
        super().__init__()
        self.dialogs: list[QWidget] = []

    def add(self, dialog: QWidget) -> None:
        if not self.dialogs:
            QCoreApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.dialogs.append(dialog)

    def remove(self, dialog: QWidget) -> None:
        if any(d is dialog for d in self.dialogs):
            self.dialogs = [d for d in self.dialogs if d is not dialog]
            if not self.dialogs:
                QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]

    def _allowed(self, watched: QObject) -> bool:
        # A runner deleted with its page before its job ended must not leave the windows guarded.
        # (Checked here rather than through its destroyed signal: a slot holding the dialog made a
        # reference cycle that the garbage collector later tripped over.)
        alive = [d for d in self.dialogs if shiboken6.isValid(d)]
        for gone in [d for d in self.dialogs if not any(d is a for a in alive)]:
            self.remove(gone)
        if not self.dialogs:
            return True
        roots = [*self.dialogs, *(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))]
        if isinstance(watched, QWindow):  # input reaches the native window before its widgets
            return any(watched is root.windowHandle() for root in roots)
        node: QObject | None = watched
        while node is not None:  # the dialog's widgets and its QShortcut (Escape) are its children
            if any(node is root for root in roots):
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        user_close = event.type() == QEvent.Type.Close and event.spontaneous()
        if (event.type() not in _USER_INPUT and not user_close) or self._allowed(watched):
            return False
        if user_close:
            event.ignore()  # refused, not done: Qt's quit would otherwise retry closing forever
        return True


_GUARD = _InputGuard()


class JobRunner(QObject):
    """Owns one job: progress dialog, cancel button, result signals on the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, title: str, job: Job[Any]) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._dialog = QProgressDialog(title, self.tr("Abbrechen"), 0, 0, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._cancel.set)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_done(self.finished))
        self._signals.failed.connect(self._on_done(self.failed))
        self._signals.cancelled.connect(self._on_done(self.cancelled))
        self._runnable = _Runnable(job, self._signals, self._cancel)
        self._runnable.setAutoDelete(False)
        self.done = False

    def start(self) -> None:
        _GUARD.add(self._dialog)
        QThreadPool.globalInstance().start(self._runnable)

    def wait(self) -> None:
        """Until the worker has left the job (after a result signal it is a matter of microseconds)."""
        self._runnable.ended.wait()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        self._dialog.setLabelText(message)

    def _on_done(self, signal: Any) -> Callable[..., None]:
        def handler(*args: Any) -> None:
            self.done = True
            _GUARD.remove(self._dialog)
            if shiboken6.isValid(self._dialog):  # not deleted with its parent meanwhile
                self._dialog.close()
            signal.emit(*args)

        return handler


def run_job_blocking(parent: QWidget | None, title: str, job: Job[Any]) -> Any:
    """Run a job in the worker and wait in a local event loop (the GUI keeps painting).

    Returns the job's result; raises ``KpaktError`` with the job's message on failure and
    ``JobCancelled`` when the user cancelled.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    holder = parent if parent is not None else QWidget()
    runner = JobRunner(holder, title, job)

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    runner.finished.connect(lambda value: finish("value", value))
    runner.failed.connect(lambda message: finish("error", message))
    runner.cancelled.connect(lambda: finish("cancelled", True))
    runner.start()
    if not runner.done:
        loop.exec()
    runner.wait()  # only this job: a report running meanwhile in the pool must not block the window
    if "error" in outcome:
        raise KpaktError(outcome["error"])
    if "cancelled" in outcome:
        raise JobCancelled("Abgebrochen.")
    return outcome.get("value")


def write_blocking(parent: QWidget | None, title: str, store: Store, work: Callable[[], Any]) -> Any:
    """A change from the GUI, written off the GUI thread.

    Usually done in milliseconds. While another program holds the database's write lock, the
    window keeps painting and, after a moment, a cancellable dialog says that it waits; the
    change lands when the lock is free. Raises like ``run_job_blocking``.
    """
    if parent is None:  # an undo step has no widget of its own: the dialog belongs to the window in use
        parent = QApplication.activeWindow()
    return run_job_blocking(parent, title, write_job(store, work))


class JobCancelled(KpaktError):
    pass
