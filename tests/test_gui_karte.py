"""The map tab: a click on a mark selects the Kommune's row in the matrix, the matrix' filters apply,
every mark is reachable by keyboard with its text, and the same data is one keystroke away as a table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui.karte.leinwand import KartenLeinwand, marken_text
from kpakt_desktop.gui.nachnutzung.matrix_model import KOMMUNE_ID_ROLE
from kpakt_desktop.gui.nachnutzung.page import NachnutzungPage
from kpakt_desktop.gui.uebersicht.page import UebersichtPage
from kpakt_desktop.services.karte import Marke


@pytest.fixture
def page(main_window) -> NachnutzungPage:
    p = main_window.show_page("nachnutzung")
    assert isinstance(p, NachnutzungPage)
    return p


def _karte_zeigen(page: NachnutzungPage) -> KartenLeinwand:
    page.tabs.setCurrentWidget(page.karte)
    leinwand = page.karte.leinwand
    assert leinwand.karte is not None
    return leinwand


def _einzeln(leinwand: KartenLeinwand) -> tuple[Marke, QPointF]:
    """A mark that no other mark overlaps, and where it is on screen."""
    assert leinwand.karte is not None
    for m in leinwand.karte.marken:
        pos = leinwand.auf_schirm(m.x, m.y)
        i = leinwand.marke_bei(pos)
        if leinwand.rect().contains(pos.toPoint()) and i is not None and leinwand.karte.marken[i] is m:
            return m, pos
    raise AssertionError("keine Marke frei sichtbar")


def _ausgewaehlt(page: NachnutzungPage) -> int:
    index = page.table.left.currentIndex()
    assert index.isValid()
    return int(index.data(KOMMUNE_ID_ROLE))


def test_klick_auf_eine_marke_waehlt_die_zeile_der_matrix(page, qtbot):
    page.filter.setzen(leistung_nr=1)
    page.apply_filter()
    leinwand = _karte_zeigen(page)
    marke, pos = _einzeln(leinwand)
    qtbot.mouseClick(leinwand, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert page.tabs.currentIndex() == 0
    assert _ausgewaehlt(page) == marke.kommune_id
    assert page.table.left.selectionModel().isRowSelected(page.model.zeile_von(marke.kommune_id))


def test_filter_der_matrix_aendern_die_marken(page):
    page.filter.setzen(leistung_nr=1)
    page.apply_filter()
    leinwand = _karte_zeigen(page)
    assert leinwand.karte is not None
    alle = {m.kommune_id for m in leinwand.karte.marken}
    assert alle == {page.model.kommune_id(r) for r in range(page.model.rowCount())}
    kreis_id = page.filter.kreis.itemData(3)
    page.filter.setzen(leistung_nr=1, kreis_id=kreis_id, status=Status.VEREINBARUNG)
    page.apply_filter()
    marken = leinwand.karte.marken
    assert 0 < len(marken) < len(alle)
    assert {m.status for m in marken} == {Status.VEREINBARUNG}
    assert {m.kommune_id for m in marken} == {page.model.kommune_id(r) for r in range(page.model.rowCount())}
    assert [b.text for b in leinwand.karte.beschriftungen] == [page.filter.kreis.itemText(3).split(",")[0]]


def test_jede_marke_per_tastatur_erreichbar_mit_text(page, qtbot):
    leinwand = _karte_zeigen(page)
    assert leinwand.karte is not None
    leinwand.setFocus()
    besucht = set()
    for _ in leinwand.karte.marken:
        qtbot.keyClick(leinwand, Qt.Key.Key_PageDown)
        assert leinwand.aktuell is not None
        marke = leinwand.karte.marken[leinwand.aktuell]
        assert leinwand.accessibleDescription() == marken_text(marke)
        besucht.add(marke.kommune_id)
    assert besucht == {m.kommune_id for m in leinwand.karte.marken}
    # arrow keys move to a neighbour; Enter opens the current mark in the matrix
    vorher = leinwand.aktuell
    qtbot.keyClick(leinwand, Qt.Key.Key_Right)
    assert leinwand.aktuell is not None and leinwand.aktuell != vorher
    marke = leinwand.karte.marken[leinwand.aktuell]
    qtbot.keyClick(leinwand, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0 and _ausgewaehlt(page) == marke.kommune_id


def test_tabelle_ist_einen_tastendruck_entfernt(page, qtbot):
    leinwand = _karte_zeigen(page)
    assert leinwand.karte is not None
    leinwand.setFocus()
    qtbot.keyClick(leinwand, Qt.Key.Key_T)
    assert page.karte.stapel.currentWidget() is page.karte.tabelle
    assert page.karte.model.rowCount() == len(leinwand.karte.marken)
    page.karte.tabelle.selectRow(0)
    marke = page.karte.model.row_at(0)
    page.karte.tabelle.activated.emit(page.karte.model.index(0, 0))
    assert _ausgewaehlt(page) == marke.kommune_id


def test_zoomen_und_verschieben(page, qtbot):
    leinwand = _karte_zeigen(page)
    leinwand.setFocus()
    massstab, mitte = leinwand.massstab, leinwand.mitte
    qtbot.keyClick(leinwand, Qt.Key.Key_Plus)
    assert leinwand.massstab == pytest.approx(massstab * 1.25)
    assert not leinwand.scharf()  # a step shows the moved picture, the full paint follows
    qtbot.keyClick(leinwand, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert leinwand.mitte[0] < mitte[0]
    qtbot.keyClick(leinwand, Qt.Key.Key_0)
    assert leinwand.massstab == pytest.approx(massstab) and leinwand.scharf()
    qtbot.waitUntil(leinwand.scharf)
    image = QImage(leinwand.size(), QImage.Format.Format_ARGB32)
    leinwand.render(image)
    assert not image.isNull()


def test_uebersicht_karte_oeffnet_die_kommune_in_der_matrix(main_window, qtbot):
    uebersicht = main_window.show_page("uebersicht")
    assert isinstance(uebersicht, UebersichtPage)
    uebersicht.tabs.setCurrentWidget(uebersicht.karte)
    combo = uebersicht.karte.leistung
    combo.setCurrentIndex(combo.findData(1))
    leinwand = uebersicht.karte.leinwand
    assert leinwand.karte is not None and leinwand.karte.leistung_nr == 1
    marke, pos = _einzeln(leinwand)
    qtbot.mouseClick(leinwand, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    nachnutzung = main_window.page("nachnutzung")
    assert nachnutzung.isVisible()
    assert nachnutzung.filter.value().leistung_nr == 1
    assert _ausgewaehlt(nachnutzung) == marke.kommune_id
