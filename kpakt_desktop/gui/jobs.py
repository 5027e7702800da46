"""Running a service job (a generator of Progress) off the GUI thread with a cancellable dialog."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
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

    def run(self) -> None:
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
        QThreadPool.globalInstance().start(self._runnable)

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
    QThreadPool.globalInstance().waitForDone()
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
