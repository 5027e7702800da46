"""Running a service job (a generator of Progress) off the GUI thread with a cancellable dialog."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

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
_USER_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
    }
)


class _InputGuard(QObject):
    """Keeps clicks and keys away from the window while a job runs.

    The window-modal progress dialog blocks input only once it shows (300 ms, so that quick
    changes do not flash a dialog). Before that a second click could start a second change, or a
    change while a report is written; the guard covers the whole run. Input to the dialog itself
    (Abbrechen) passes. Closing the window from the title bar waits for the job's end as well:
    the window would close the database under the running job.
    """

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        user_close = event.type() == QEvent.Type.Close and event.spontaneous()
        if event.type() not in _USER_INPUT and not user_close:
            return False
        return not (isinstance(watched, QWidget) and (watched is self.dialog or self.dialog.isAncestorOf(watched)))


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
        self._guard = _InputGuard(self._dialog)
        self.done = False

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._guard)
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
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self._guard)
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
