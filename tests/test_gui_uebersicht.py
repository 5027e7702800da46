"""The Übersicht dashboard: every chart value equals the kennzahlen service; bars open filtered pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSet
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLabel

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui.uebersicht.page import UebersichtPage
from kpakt_desktop.services.kennzahlen import kennzahlen


def figure(window, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def values(bar_set: QBarSet) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_chart_series_equal_the_kennzahlen_service(main_window):
    page = main_window.show_page("uebersicht")
    assert isinstance(page, UebersichtPage)
    k = kennzahlen(main_window.ctx.store, stichtag=date.today())
    # Status per Leistung: one set per active status, Leistung 16 first (drawn bottom-up).
    chart = page.status_chart
    assert chart.nrs == [item.nr for item in reversed(k.leistungen)]
    for st, bar_set in chart.sets.items():
        assert values(bar_set) == [item.by_status[st] for item in reversed(k.leistungen)], st
    assert sum(sum(values(s)) for s in chart.sets.values()) == sum(sum(i.by_status.values()) for i in k.leistungen)
    # Progress per Kreis: percentages of the service's Fortschritt rows.
    kreise = page.kreis_chart
    assert sorted(f.key for f in kreise.kreise) == sorted(f.key for f in k.fortschritt_kreis)
    assert values(kreise.bar_set) == [round(100 * (f.anteil_produktiv or 0), 1) for f in kreise.kreise]
    # Go-live curve: one point per month.
    golive = page.golive_chart
    assert [p.y() for p in golive.kommunen.points()] == [p.kommunen for p in k.golive]
    assert [p.y() for p in golive.nachnutzungen.points()] == [p.nachnutzungen for p in k.golive]
    assert len(k.golive) > 6 and k.golive[-1].kommunen > 0
    # Open Hürden by category.
    assert values(page.huerden_chart.bar_set) == [k.huerden_offen[c] for c in HuerdeKategorie]
    # Tiles and lists.
    assert figure(main_window, "figProduktiv") == f"{k.produktiv:,}".replace(",", ".")
    assert figure(main_window, "figHuerden") == str(sum(k.huerden_offen.values()))
    assert figure(main_window, "figAufgaben") == str(len(k.ueberfaellige_aufgaben))
    assert figure(main_window, "figKommunenProduktiv") == str(k.golive[-1].kommunen)
    assert [t.id for t in page.termine_model._rows] == [t.id for t in k.naechste_termine]
    assert [a.id for a in page.aufgaben_model._rows] == [a.id for a in k.ueberfaellige_aufgaben]
    assert page.model.rowCount() == 16


def test_kreis_view_uses_the_service_for_that_kreis(main_window):
    page = main_window.show_page("uebersicht")
    kid = page.kreis.itemData(3)
    page.kreis.setCurrentIndex(3)
    k = kennzahlen(main_window.ctx.store, stichtag=date.today(), kreis_id=kid)
    assert [f.key for f in page.kreis_chart.kreise] == [kid]
    for st, bar_set in page.status_chart.sets.items():
        assert values(bar_set) == [item.by_status[st] for item in reversed(k.leistungen)]
    assert values(page.huerden_chart.bar_set) == [k.huerden_offen[c] for c in HuerdeKategorie]


def test_clicking_a_bar_opens_the_matrix_filtered(main_window, qtbot):
    page = main_window.show_page("uebersicht")
    chart_view = page.status_chart
    chart_view.ensurePolished()
    qtbot.waitExposed(chart_view)
    # The "Anbindung" segment of Leistung 1 (top row): aim at its middle and click with the mouse.
    statuses = list(chart_view.sets)
    target = Status.ANBINDUNG
    row = chart_view.nrs.index(1)
    before = sum(chart_view.sets[st].at(row) for st in statuses[: statuses.index(target)])
    mitte = before + chart_view.sets[target].at(row) / 2
    chart = chart_view.chart()
    series = chart.series()[0]
    scene_point = chart.mapToScene(chart.mapToPosition(QPointF(mitte, row), series))
    view_point: QPoint = chart_view.mapFromScene(scene_point)
    with qtbot.waitSignal(chart_view.bar_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton, pos=view_point)
    assert blocker.args == [1, target]
    matrix = main_window.pages["nachnutzung"]
    assert main_window.stack.currentWidget() is matrix
    f = matrix.filter.value()
    assert (f.leistung_nr, f.status, f.kreis_id) == (1, target, None)
    shown = {matrix.model.kommune_id(r) for r in range(matrix.model.rowCount())}
    k = kennzahlen(main_window.ctx.store, stichtag=date.today())
    assert len(shown) == k.leistungen[0].by_status[target]


def test_clicking_huerden_bar_opens_the_register_filtered(main_window, qtbot):
    page = main_window.show_page("uebersicht")
    page.huerden_chart.bar_clicked.emit(HuerdeKategorie.RECHTLICH)
    huerden = main_window.pages["huerden"]
    assert main_window.stack.currentWidget() is huerden
    rows = [huerden.model.row_at(r) for r in range(huerden.model.rowCount())]
    k = kennzahlen(main_window.ctx.store, stichtag=date.today())
    assert len(rows) == k.huerden_offen[HuerdeKategorie.RECHTLICH]
    assert all(r.kategorie is HuerdeKategorie.RECHTLICH and not r.status.erledigt for r in rows)
