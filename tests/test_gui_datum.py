"""The one date field: what is typed is stored exactly, or refused with a message naming the field."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.datum import DatumFeld
from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE, STATUS_ROLE
from kpakt_desktop.services import huerden as hs
from kpakt_desktop.services import nachnutzung as nn


def tippen(qtbot, feld: DatumFeld, text: str) -> None:
    """What a user does: into the field, Strg+A, type."""
    feld.setFocus()
    qtbot.keyClick(feld, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(feld, text)


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()


def test_field_keeps_exactly_what_was_typed(qtbot):
    feld = DatumFeld().einrichten("Beginn")
    qtbot.addWidget(feld)
    feld.set_datum(date(2026, 3, 3))
    tippen(qtbot, feld, "25.11.2026")
    assert feld.text() == "25.11.2026" and feld.datum() == date(2026, 11, 25)
    tippen(qtbot, feld, "15.03.2027")
    assert feld.datum() == date(2027, 3, 15)
    tippen(qtbot, feld, "31.02.2026")
    with pytest.raises(InputError, match=r"^Beginn: den 31\.02\.2026 gibt es nicht"):
        feld.datum()
    assert feld.toolTip().startswith("Beginn:")  # said while typing, too
    for falsch in ("25.11.26", "25/11/2026", "morgen"):
        feld.setText(falsch)
        with pytest.raises(InputError, match=r"^Beginn: „.*“ ist kein Datum"):
            feld.datum()
    feld.clear()
    assert feld.datum() is None  # optional: may stay empty
    feld.einrichten("Beginn", pflicht=True)
    with pytest.raises(InputError, match=r"^Beginn: bitte ein Datum"):
        feld.datum()


def test_field_with_time_and_latest_day(qtbot):
    feld = DatumFeld().einrichten("Beginn", mit_zeit=True)
    qtbot.addWidget(feld)
    tippen(qtbot, feld, "25.11.2026 09:30")
    assert feld.zeitpunkt() == datetime(2026, 11, 25, 9, 30)
    feld.setText("25.11.2026 24:10")
    with pytest.raises(InputError, match=r"^Beginn: .* ist keine Uhrzeit"):
        feld.zeitpunkt()
    heute = DatumFeld().einrichten("Erfasst am", hoechstens=date(2026, 12, 3))
    qtbot.addWidget(heute)
    heute.setText("04.12.2026")
    with pytest.raises(InputError, match=r"^Erfasst am: 04\.12\.2026 liegt nach dem 03\.12\.2026"):
        heute.datum()


@pytest.fixture
def page(main_window, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    p = main_window.show_page("nachnutzung")
    p.errors = errors
    return p


def edit_open_cell(page) -> int:
    """Open the editor on one cell that is still offen and has no plans yet; its id."""
    model = page.model
    col = model.spalte_von(2)
    for r in range(model.rowCount()):
        index = model.index(r, col)
        if index.data(STATUS_ROLE) == Status.OFFEN.value:
            nid = index.data(NACHNUTZUNG_ID_ROLE)
            if not any(s.geplant for s in nn.zelle(page.ctx.store, nid).stufen):
                break
    else:
        pytest.fail("no open cell without plans in the demo")
    selection = page.table.left.selectionModel()
    selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    page.edit_selected()
    assert page.editor is not None and page.editor.einzeln
    return nid


def geplant(page, nid: int) -> dict[Status, date | None]:
    """The planned stages of a cell (stages without a plan left out)."""
    return {s.status: s.geplant for s in nn.zelle(page.ctx.store, nid).stufen if s.geplant is not None}


def test_nachnutzung_editor_stores_the_typed_date(page, qtbot, settle):
    nid = edit_open_cell(page)
    editor = page.editor
    tippen(qtbot, editor.geplant[Status.VEREINBARUNG], "25.11.2026")
    ok(editor.dialog)
    settle()
    assert page.errors == []
    assert geplant(page, nid)[Status.VEREINBARUNG] == date(2026, 11, 25)


def test_nachnutzung_editor_refuses_a_day_that_does_not_exist(page, qtbot, settle):
    nid = edit_open_cell(page)
    editor = page.editor
    tippen(qtbot, editor.geplant[Status.VEREINBARUNG], "31.02.2026")
    ok(editor.dialog)
    settle()
    assert page.errors and page.errors[0].startswith("geplant: Vereinbarung: den 31.02.2026 gibt es nicht")
    assert editor.dialog.isVisible() and geplant(page, nid) == {}


def test_nachnutzung_editor_refuses_stages_out_of_order(page, qtbot, settle):
    nid = edit_open_cell(page)
    editor = page.editor
    tippen(qtbot, editor.geplant[Status.VEREINBARUNG], "28.11.2026")
    tippen(qtbot, editor.geplant[Status.ANBINDUNG], "03.03.2026")
    ok(editor.dialog)
    settle()
    assert len(page.errors) == 1
    assert "„Anbindung“ am 03.03.2026 liegt vor „Vereinbarung“ am 28.11.2026" in page.errors[0]
    assert geplant(page, nid) == {}  # nothing written


def test_huerde_dialog_names_the_field_and_refuses_a_future_day(main_window, qtbot, settle):
    page = main_window.show_page("huerden")
    qtbot.mouseClick(page.findChild(QPushButton, "huerdeNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.editor
    editor.titel.setText("Datum falsch")
    error = editor.dialog.findChild(QLabel, "errorLabel")
    tippen(qtbot, editor.erfasst, "31.02.2026")
    ok(editor.dialog)
    settle()
    assert editor.dialog.isVisible() and error.text().startswith("Erfasst am: den 31.02.2026 gibt es nicht")
    morgen = (date.today() + timedelta(days=1)).strftime("%d.%m.%Y")
    tippen(qtbot, editor.erfasst, morgen)
    ok(editor.dialog)
    settle()
    assert editor.dialog.isVisible() and error.text().startswith(f"Erfasst am: {morgen} liegt nach dem")
    assert "Datum falsch" not in {h.titel for h in hs.huerden(main_window.ctx.store)}
    tippen(qtbot, editor.erfasst, "25.11.2025")
    ok(editor.dialog)
    settle()
    assert not editor.dialog.isVisible()
    assert hs.huerde_laden(main_window.ctx.store, page.current.id).erfasst_am == date(2025, 11, 25)


def test_calendar_button_picks_a_day(qtbot, settle):
    feld = DatumFeld().einrichten("Beginn")
    qtbot.addWidget(feld)
    feld.set_datum(date(2026, 11, 3))
    feld.show()
    feld.kalender_aktion.trigger()
    settle()
    kalender = feld._kalender
    assert kalender is not None and kalender.isVisible()
    assert kalender.selectedDate().toString("dd.MM.yyyy") == "03.11.2026"  # opens at the field's day
    kalender.setSelectedDate(kalender.selectedDate().addDays(22))
    kalender.activated.emit(kalender.selectedDate())
    assert feld.datum() == date(2026, 11, 25) and feld._kalender is None
