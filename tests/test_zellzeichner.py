"""The large tables paint their plain cells directly (gui/zellzeichner.py): the picture must be exactly
the one Qt's own delegate paints, pixel for pixel, for plain, selected, current, shortened ("…"),
dissolved (italic), bold, coloured and dimmed cells."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui.kommunen.page import KommunenPage
from kpakt_desktop.gui.nachnutzung.page import NachnutzungPage
from kpakt_desktop.gui.zellzeichner import SchlichteZellen
from kpakt_desktop.services.matrix import MatrixFilter


def _bild(view: QTableView) -> QImage:
    for _ in range(3):  # the layout settles (column widths, scroll bars) before the picture is taken
        QApplication.processEvents()
    return view.viewport().grab().toImage()


def assert_wie_qt(view: QTableView, *, fett: bool = False) -> None:
    """The view painted by its SchlichteZellen and by a plain QStyledItemDelegate: the same pixels; and
    the direct way was taken for some cells (their texts were measured)."""
    schnell = view.itemDelegate()
    assert isinstance(schnell, SchlichteZellen)
    _bild(view)
    direkt = _bild(view)
    masse = schnell._masse
    assert masse is not None and masse.normal.breiten, "no cell was painted directly"
    assert masse.fett.breiten or not fett, "no bold cell was painted directly"
    qt = QStyledItemDelegate(view)
    view.setItemDelegate(qt)
    try:
        von_qt = _bild(view)
    finally:
        view.setItemDelegate(schnell)
    assert direkt.size() == von_qt.size()
    punkte = [(x, y) for y in range(direkt.height()) for x in range(direkt.width())]
    abweichend = [(x, y) for x, y in punkte if direkt.pixel(x, y) != von_qt.pixel(x, y)]
    assert not abweichend, f"{len(abweichend)} pixels differ, first at {abweichend[:3]}"


@pytest.fixture
def kommunen(main_window) -> KommunenPage:
    page = main_window.show_page("kommunen")
    assert isinstance(page, KommunenPage)
    return page


def test_kommunen_table_looks_as_qt_paints_it(kommunen):
    page = kommunen
    page.show_dissolved.setChecked(True)  # dissolved Kommunen in italics, if the demo has any
    page.table.setColumnWidth(5, 60)  # Kreis names shortened with "…"
    page.table.selectRow(2)
    assert_wie_qt(page.table)
    page.search.setText("bad")
    page.table.sortByColumn(4, page.table.horizontalHeader().sortIndicatorOrder())  # Einwohner, right-aligned
    assert page.model.rowCount() > 5
    assert_wie_qt(page.table)


def test_matrix_looks_as_qt_paints_it(main_window):
    page = main_window.show_page("nachnutzung")
    assert isinstance(page, NachnutzungPage)
    for view in (page.table.left, page.table.right):
        assert isinstance(view.itemDelegate(), SchlichteZellen)
    page.table.left.setCurrentIndex(page.model.index(1, 3))
    auswahl = page.table.left.selectionModel()
    for r, c in ((2, 2), (2, 3), (4, 5)):  # selected cells: the highlight, also over a status colour
        auswahl.select(page.model.index(r, c), auswahl.SelectionFlag.Select)
    assert_wie_qt(page.table.right)
    assert_wie_qt(page.table.left, fett=True)  # Kreis rows in bold
    # A cell filter: the other cells of a matching row are dimmed; First Mover cells in bold.
    page.model.filtern(MatrixFilter(status=Status.PRODUKTIV))
    assert page.model.rowCount() > 0
    assert_wie_qt(page.table.right)
    page.model.filtern(MatrixFilter(first_mover=True))
    assert_wie_qt(page.table.right, fett=True)
