"""The Nachnutzung matrix filtered and sorted in memory (``MatrixDaten``) shows exactly the rows, in
exactly the order, that the SQL of ``MatrixQuery.zeilen_ids`` gives: for every kind of filter, their
combinations, and every sort; and the page's model filters without a query."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest
from sqlalchemy import func, select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.matrix import SPALTE_KOMMUNE, SPALTE_KREIS, MatrixFilter, MatrixQuery, MatrixSort
from kpakt_desktop.store.models import Kommune, Nachnutzung


def _werte(rp_demo) -> dict[str, int]:
    with rp_demo.read() as s:
        itdl = s.execute(
            select(Nachnutzung.it_dienstleister_id)
            .where(Nachnutzung.it_dienstleister_id.is_not(None))
            .group_by(Nachnutzung.it_dienstleister_id)
            .order_by(func.count().desc())
        ).scalar()
        kommune_itdl = s.scalar(select(Kommune.it_dienstleister_id).where(Kommune.it_dienstleister_id.is_not(None)))
        fv = s.scalar(select(func.max(Nachnutzung.fachverfahren_id)))
        kreis = s.scalar(select(Kommune.kreis_id).where(Kommune.kreis_id.is_not(None)))
    return {"itdl": itdl, "kommune_itdl": kommune_itdl, "fv": fv, "kreis": kreis}


def _filter(w: dict[str, int]) -> list[MatrixFilter]:
    return [
        MatrixFilter(),
        MatrixFilter(kreis_id=w["kreis"]),
        MatrixFilter(status=Status.PRODUKTIV),
        MatrixFilter(status=Status.NICHT_MEHR_ZUSTAENDIG),
        MatrixFilter(leistung_nr=2),
        MatrixFilter(first_mover=True),
        MatrixFilter(it_dienstleister_id=w["itdl"]),
        MatrixFilter(it_dienstleister_id=w["kommune_itdl"]),  # through the Kommune's own IT-Dienstleister
        MatrixFilter(fachverfahren_id=w["fv"]),
        MatrixFilter(text="berg"),
        MatrixFilter(text=" MAINZ "),
        MatrixFilter(text="0713"),  # an ARS prefix
        MatrixFilter(text="%"),
        MatrixFilter(status=Status.TEST, leistung_nr=1),
        MatrixFilter(first_mover=True, leistung_nr=3, kreis_id=w["kreis"]),
        MatrixFilter(status=Status.ANBINDUNG, it_dienstleister_id=w["itdl"], text="a"),
    ]


SORTS = [
    MatrixSort(),
    MatrixSort(SPALTE_KREIS, True),
    MatrixSort(SPALTE_KOMMUNE),
    MatrixSort(SPALTE_KOMMUNE, True),
    MatrixSort(1),
    MatrixSort(2, True),
]


def test_in_memory_filter_gives_the_rows_and_order_of_the_query(rp_demo):
    w = _werte(rp_demo)
    # The NMZ record is the one status kept out of every other filter: make one, so that case is tested.
    with rp_demo.write() as s:
        nn = s.scalars(select(Nachnutzung).where(Nachnutzung.leistung_nr == 2).limit(1)).one()
        nn.status = Status.NICHT_MEHR_ZUSTAENDIG
    query = MatrixQuery(rp_demo)
    daten = query.alles()
    filters, sorts = _filter(w), SORTS
    found = 0
    for f, sort in itertools.product(filters, sorts):
        expected = query.zeilen_ids(f, sort)
        assert daten.ids(f, sort) == expected, (f, sort)
        found += bool(expected)
    assert found >= len(filters) * len(sorts) - 2 * len(sorts)  # nearly every filter finds rows
    assert daten.ids(MatrixFilter(status=Status.NICHT_MEHR_ZUSTAENDIG)) == [nn.kommune_id]


def test_rows_read_again_after_a_change_give_the_rows_and_order_of_the_query(rp_demo):
    w = _werte(rp_demo)
    query = MatrixQuery(rp_demo)
    daten = query.alles()
    for f, sort in itertools.product(_filter(w), SORTS):
        daten.ids(f, sort)  # every sort order kept in memory before the change
    with rp_demo.write() as s:
        # Cells of Leistung 1 move in its sort, one of Leistung 2 leaves every filter but its own ...
        cells = list(s.scalars(select(Nachnutzung).where(Nachnutzung.leistung_nr == 1).limit(6)))
        for cell, status in zip(cells, [Status.PRODUKTIV, Status.OFFEN, Status.TEST] * 2, strict=True):
            cell.status = status
        nmz = s.scalars(select(Nachnutzung).where(Nachnutzung.leistung_nr == 2).limit(1)).one()
        nmz.status = Status.NICHT_MEHR_ZUSTAENDIG
        nmz.first_mover = True
        # ... a Kreis is renamed (the Kreis column of its Kommunen changes) ...
        kreis = s.get(Kommune, w["kreis"])
        kreis.name = "Aaa-Kreis " + kreis.name
        # ... and a Kommune without a Nachnutzung record gets one (it enters the matrix).
        hat = select(Nachnutzung.kommune_id)
        neu = s.scalars(select(Kommune.id).where(Kommune.id.not_in(hat)).limit(1)).one()
        s.add(Nachnutzung(kommune_id=neu, leistung_nr=1, status=Status.INTERESSE, geaendert_am=datetime.now()))
        changed = [c.id for c in cells] + [nmz.id]
        mitglieder = set(s.scalars(select(Kommune.id).where(Kommune.kreis_id == w["kreis"])))
        betroffen = {w["kreis"], neu, nmz.kommune_id, *mitglieder, *(c.kommune_id for c in cells)}
    auszug = query.auszug(kommune_ids=[w["kreis"], neu], nachnutzung_ids=changed)
    assert neu not in daten.zeilen and neu in auszug.zeilen
    assert auszug.ids == betroffen  # just the rows the change touched
    daten.ersetzen(auszug)
    for f, sort in itertools.product(_filter(w), SORTS):
        assert daten.ids(f, sort) == query.zeilen_ids(f, sort), (f, sort)
    assert daten.zeilen == query.alles().zeilen


def test_rows_read_in_memory_are_the_rows_of_the_query(rp_demo):
    query = MatrixQuery(rp_demo)
    daten = query.alles()
    ids = query.zeilen_ids()
    assert {k: daten.zeilen[k] for k in ids[:50]} == query.zeilen(ids[:50])


def test_page_model_filters_and_sorts_without_a_query(main_window, monkeypatch):
    from PySide6.QtCore import Qt

    page = main_window.show_page("nachnutzung")
    model = page.model
    query = MatrixQuery(page.ctx.store)
    nr = model.leistung_nr(2)
    assert nr is not None
    sorts = {0: MatrixSort(SPALTE_KOMMUNE, True), 1: MatrixSort(SPALTE_KREIS, True), 2: MatrixSort(nr, True)}
    produktiv = MatrixFilter(status=Status.PRODUKTIV)
    expected = {c: (query.zeilen_ids(MatrixFilter(), s), query.zeilen_ids(produktiv, s)) for c, s in sorts.items()}
    monkeypatch.setattr(MatrixQuery, "zeilen_ids", lambda *_a: pytest.fail("filtered by a query"))
    monkeypatch.setattr(MatrixQuery, "alles", lambda *_a: pytest.fail("read again to filter"))
    f = page.filter
    for column, (alle, nur_produktiv) in expected.items():
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert [model.kommune_id(r) for r in range(model.rowCount())] == alle
        f.status.setCurrentIndex(f.status.findData(Status.PRODUKTIV.value))  # the page filters
        assert [model.kommune_id(r) for r in range(model.rowCount())] == nur_produktiv
        assert 0 < len(nur_produktiv) < len(alle)
        f.status.setCurrentIndex(0)
