"""The one way the GUI changes data (gui/operation.py): work runs in one worker, in order; errors
keep their type; a change is one undo step whose redo does the work; a refused or failed change
leaves the undo stack as it was; quitting waits for a change being written."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton

from kpakt_desktop.domain.errors import DatabaseCorrupt, InputError, KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.operation import Operation, push, runner
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.jobs import Progress
from kpakt_desktop.services.landdb import read_office, set_office
from kpakt_desktop.store.database import Store


def slow_job(release: threading.Event, log: list[str], name: str) -> Iterator[Progress]:
    """Runs until ``release`` is set (or it is cancelled at a yield)."""
    log.append(f"{name} an")
    try:
        while not release.is_set():
            yield Progress(0, 0, "Bericht wird geschrieben …")
            time.sleep(0.02)
    finally:
        log.append(f"{name} aus")
    return name


@pytest.fixture
def window(qtbot) -> Iterator[QMainWindow]:
    w = QMainWindow()
    button = QPushButton("Speichern")
    w.setCentralWidget(button)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    runner().wait(10000)


def test_work_runs_in_order_and_the_window_keeps_taking_input(qtbot, window) -> None:
    release, log, done = threading.Event(), [], []
    clicks: list[str] = []
    button = window.centralWidget()
    assert isinstance(button, QPushButton)
    button.clicked.connect(lambda: clicks.append("geklickt"))
    runner().run("Bericht", lambda: slow_job(release, log, "erster"), parent=window, on_done=done.append)
    runner().run("Bericht", lambda: slow_job(release, log, "zweiter"), parent=window, on_done=done.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no application-wide input filter
    assert clicks == ["geklickt"]
    qtbot.waitUntil(lambda: log == ["erster an"])
    release.set()
    qtbot.waitUntil(lambda: done == ["erster", "zweiter"])
    assert log == ["erster an", "erster aus", "zweiter an", "zweiter aus"]  # never overlapping
    assert not runner().busy


@pytest.mark.parametrize("how", ["maus", "escape"])
def test_abbrechen_in_the_progress_dialog_stops_the_job(qtbot, window, how: str) -> None:
    release, log, outcome = threading.Event(), [], []
    runner().run(
        "Bericht",
        lambda: slow_job(release, log, "job"),
        parent=window,
        on_done=outcome.append,
        on_cancel=lambda: outcome.append("abgebrochen"),
    )
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=3000)
    [dialog] = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    handle = dialog.windowHandle()
    assert handle is not None
    if how == "maus":
        [cancel] = dialog.findChildren(QPushButton)
        pos = cancel.mapTo(dialog, cancel.rect().center())
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(pos))
    else:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        QTest.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: outcome == ["abgebrochen"], timeout=3000)
    assert log == ["job an", "job aus"]  # the generator was closed: its transaction rolls back


def test_an_error_reaches_its_handler_with_its_type(qtbot, window) -> None:
    seen: list[KpaktError] = []

    def damaged() -> None:
        raise DatabaseCorrupt("Die Datenbank x.sqlite ist beschädigt.", Path("x.sqlite"))

    runner().run("Speichern", damaged, parent=window, on_error=lambda err: seen.append(err) or True)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], DatabaseCorrupt) and seen[0].path == Path("x.sqlite")


def office_op(text: str, neu: str) -> Operation[tuple[str, str]]:
    """A small real change: the office name, with the version check the app's operations use."""

    def do(store: Store) -> tuple[str, str]:
        vorher = read_office(store).dienststelle
        return vorher, set_office(store, neu, "").dienststelle

    def restore(store: Store, state: tuple[str, str]) -> tuple[str, str]:
        zurueck, jetzt = state
        if read_office(store).dienststelle != jetzt:
            raise InputError("inzwischen geändert")
        return jetzt, set_office(store, zurueck, "").dienststelle

    return Operation(text, do, restore, ChangeSet.of(Entity.LAND))


def test_a_change_is_one_undo_step_whose_redo_does_the_work(qtbot, window, rp_init: Store, settle) -> None:
    stack, announced = QUndoStack(), []
    push(stack, rp_init, office_op("Stelle A", "Stelle A"), announced.append)
    assert stack.count() == 1
    settle()
    assert read_office(rp_init).dienststelle == "Stelle A"
    assert announced == [ChangeSet.of(Entity.LAND)]
    stack.undo()
    settle()
    assert read_office(rp_init).dienststelle == ""
    stack.redo()
    settle()
    assert read_office(rp_init).dienststelle == "Stelle A"
    assert len(announced) == 3


def test_a_refused_change_leaves_no_undo_step(qtbot, window, rp_init: Store, settle, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    stack = QUndoStack()
    push(stack, rp_init, office_op("zu lang", "x" * 300), lambda _c: None)
    settle()
    assert stack.count() == 0 and stack.index() == 0
    assert shown and "200 Zeichen" in shown[0]  # the service's own message, not a generic one


def test_undo_is_refused_when_the_row_changed_in_between(qtbot, window, rp_init: Store, settle, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    stack = QUndoStack()
    push(stack, rp_init, office_op("Stelle A", "Stelle A"), lambda _c: None)
    settle()
    set_office(rp_init, "Stelle B (Kollegin)", "")  # e.g. the CLI or a second window
    stack.undo()
    settle()
    assert read_office(rp_init).dienststelle == "Stelle B (Kollegin)"  # nothing overwritten
    assert shown == ["inzwischen geändert"]
    stack.redo()  # the refused step is dropped, not redone
    settle()
    assert stack.count() == 0
    assert read_office(rp_init).dienststelle == "Stelle B (Kollegin)"


def test_quitting_while_a_change_is_written_waits_for_it(qtbot, main_window) -> None:
    release, log = threading.Event(), []
    runner().run("Bericht", lambda: slow_job(release, log, "job"), parent=main_window)
    started = time.monotonic()
    assert not main_window.close()  # refused at once, nothing hangs
    assert time.monotonic() - started < 2 and main_window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
