"""Painting asks the models for seven roles per cell in one ``multiData`` call, answered by position
(gui/paint_roles.py): what the delegate paints must be what ``data`` says, for the Kommunen table and
the Nachnutzung matrix; and an edit replaces just the edited row of the Kommunen table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kpakt_desktop.gui import paint_roles
from kpakt_desktop.gui.kommunen.tabelle_model import KommunenTabelle
from kpakt_desktop.services.kommunen import kommunen_zeilen
from kpakt_desktop.services.matrix import MatrixFilter


class Probe(QStyledItemDelegate):
    def option(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)  # asks the model with the painting span, as paint() does
        return option


def _assert_painted_as_data(index: QModelIndex, option: QStyleOptionViewItem) -> None:
    display = index.data(Qt.ItemDataRole.DisplayRole)
    assert option.text == ("" if display is None else display)
    font = index.data(Qt.ItemDataRole.FontRole)
    assert option.font.bold() == (isinstance(font, QFont) and font.bold())
    assert option.font.italic() == (isinstance(font, QFont) and font.italic())
    alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
    if alignment is not None:
        assert int(option.displayAlignment.value) == alignment
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    assert option.backgroundBrush == (background if background is not None else QBrush())
    foreground = index.data(Qt.ItemDataRole.ForegroundRole)
    if foreground is not None:
        assert option.palette.text().color() == foreground.color()


@pytest.fixture
def fast_path(monkeypatch) -> list[int]:
    """The roles the models answered through the painting span's fast path."""
    calls: list[int] = []
    fuellen = paint_roles.fuellen
    monkeypatch.setattr(paint_roles, "fuellen", lambda span, werte: (calls.extend(werte), fuellen(span, werte)))
    return calls


def test_kommunen_table_paints_what_data_says(qapp, rp_demo, fast_path):
    model = KommunenTabelle()
    model.set_rows(kommunen_zeilen(rp_demo))
    model.set_filter("", aufgeloeste=True)
    dissolved = [r for r in range(model.rowCount()) if model.row_at(r).aufgeloest]
    probe = Probe()
    for r in [0, 1, 2, *dissolved[:2]]:
        for c in range(model.columnCount()):
            _assert_painted_as_data(model.index(r, c), probe.option(model.index(r, c)))
    assert {paint_roles.DISPLAY, paint_roles.ALIGNMENT} <= set(fast_path)  # answered by position


def test_matrix_paints_what_data_says(main_window, fast_path):
    page = main_window.show_page("nachnutzung")
    model = page.model
    probe = Probe()
    for f in (MatrixFilter(), MatrixFilter(first_mover=True)):  # the second dims the other cells
        model.filtern(f)
        for r in range(min(25, model.rowCount())):
            for c in range(model.columnCount()):
                _assert_painted_as_data(model.index(r, c), probe.option(model.index(r, c)))
    assert {paint_roles.DISPLAY, paint_roles.BACKGROUND, paint_roles.FONT} <= set(fast_path)


def test_an_edit_replaces_just_that_row_also_in_the_kept_hits(qapp, rp_demo):
    rows = kommunen_zeilen(rp_demo)
    model = KommunenTabelle()
    model.set_rows(rows)
    model.set_filter("ba")
    model.set_filter("bad")
    target = model.row_at(1)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    edited = target._replace(it_dienstleister="Neuer IT-Dienstleister")
    model.update_rows([edited])
    assert changed == [(1, 1)] and model.row_at(1) == edited
    assert model.index(1, 7).data() == "Neuer IT-Dienstleister"
    model.set_filter("ba")  # Backspace: the kept hits of the shorter text show the edit too
    row = model.row_of(target.id)
    assert row is not None and model.row_at(row) == edited
    model.set_filter("")
    assert model.row_at(model.row_of(target.id)) == edited
    # A change of what is searched (a renamed Kommune) is found by the next search, not by stale hits.
    renamed = edited._replace(name="Zzyzx", suchtext="zzyzx")
    model.update_rows([renamed])
    model.set_filter("zzy")
    assert [model.row_at(r).id for r in range(model.rowCount())] == [target.id]
    model.set_filter("")
    assert model.rowCount() == sum(1 for r in rows if not r.aufgeloest)
