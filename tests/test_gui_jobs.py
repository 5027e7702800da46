"""Long work in the worker: while it runs, the window takes no clicks, but the progress dialog does
(Abbrechen with the mouse or Escape), and quitting waits instead of hanging."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton

from kpakt_desktop.gui.jobs import JobRunner
from kpakt_desktop.services.jobs import Progress


def slow_job(release: threading.Event) -> Iterator[Progress]:
    """Runs until ``release`` is set (or it is cancelled at a yield)."""
    while not release.is_set():
        yield Progress(0, 0, "Bericht wird geschrieben …")
        time.sleep(0.02)
    return "fertig"


@pytest.fixture
def running(qtbot) -> Iterator[tuple[QMainWindow, list[str], JobRunner, list[str], threading.Event]]:
    window = QMainWindow()
    button = QPushButton("Speichern")
    clicks: list[str] = []
    button.clicked.connect(lambda: clicks.append("geklickt"))
    window.setCentralWidget(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    release = threading.Event()
    runner = JobRunner(window, "Bericht", slow_job(release))
    outcome: list[str] = []
    runner.finished.connect(lambda value: outcome.append(value))
    runner.cancelled.connect(lambda: outcome.append("abgebrochen"))
    runner.start()
    yield window, clicks, runner, outcome, release
    release.set()
    qtbot.waitUntil(lambda: runner.done)
    runner.wait()


def dialog_of(window: QMainWindow) -> QProgressDialog:
    [dialog] = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return dialog


def test_window_takes_no_click_while_a_job_runs_but_afterwards(qtbot, running) -> None:
    window, clicks, _runner, outcome, release = running
    button = window.centralWidget()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # at once, before the dialog shows
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
    assert clicks == []
    release.set()
    qtbot.waitUntil(lambda: outcome == ["fertig"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == ["geklickt"]


@pytest.mark.parametrize("how", ["maus", "escape"])
def test_abbrechen_reaches_the_progress_dialog_through_its_window(qtbot, running, how: str) -> None:
    """Real input arrives at the dialog's native window first (not a widget); it must get through."""
    window, _clicks, _runner, outcome, _release = running
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=3000)
    dialog = dialog_of(window)
    handle = dialog.windowHandle()
    assert handle is not None
    if how == "maus":
        [cancel] = dialog.findChildren(QPushButton)
        pos = cancel.mapTo(dialog, cancel.rect().center())
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(pos))
    else:  # the dialog is the active window, as a modal dialog is when it appears
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        QTest.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: outcome == ["abgebrochen"], timeout=3000)


def test_quitting_during_a_job_is_refused_not_hung(qtbot, running) -> None:
    """Closing all windows (Beenden, logging off) while a job runs returns at once and closes nothing;
    once the job is done the window closes normally."""
    window, _clicks, runner, outcome, release = running
    started = time.monotonic()
    QApplication.closeAllWindows()
    assert time.monotonic() - started < 2
    assert window.isVisible() and not runner.done
    release.set()
    qtbot.waitUntil(lambda: outcome == ["fertig"])
    assert window.close() and not window.isVisible()
