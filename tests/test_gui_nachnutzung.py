"""The Nachnutzung page through the GUI: bulk edit with the editor form, one undo step, filters, models."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE, STATUS_ROLE
from kpakt_desktop.gui.nachnutzung.page import NachnutzungPage
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.gui.views import zaehler_setzen
from kpakt_desktop.services import nachnutzung as nn


@pytest.fixture
def page(main_window, monkeypatch) -> NachnutzungPage:
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: errors.append(text))
    p = main_window.show_page("nachnutzung")
    assert isinstance(p, NachnutzungPage)
    p.errors = errors  # type: ignore[attr-defined]
    return p


def select_cells(page: NachnutzungPage, nr: int, status: Status, n: int) -> list[tuple[int, int]]:
    model = page.model
    col = model.spalte_von(nr)
    assert col is not None
    rows = [r for r in range(model.rowCount()) if model.index(r, col).data(STATUS_ROLE) == status.value][:n]
    assert len(rows) == n
    selection = QItemSelection()
    for r in rows:
        selection.select(model.index(r, col), model.index(r, col))
    page.table.left.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.table.left.selectionModel().setCurrentIndex(
        model.index(rows[0], col), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    return [(r, col) for r in rows]


def test_bulk_edit_is_one_undo_step(page, main_window, qtbot, settle):
    store = page.ctx.store
    picked = select_cells(page, 1, Status.VEREINBARUNG, 3)
    ids = [page.model.index(r, c).data(NACHNUTZUNG_ID_ROLE) for r, c in picked]
    kommunen = [page.model.kommune_id(r) for r, _ in picked]
    before = {i: nn.zelle(store, i) for i in ids}

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    settle()
    editor = page.editor
    assert editor is not None and not editor.einzeln
    editor.status.setCurrentIndex(editor.status.findData(Status.ANBINDUNG.value))
    backdate = date(2026, 9, 15)
    editor.datum.set_datum(backdate)
    qtbot.keyClicks(editor.kosten_j, "2400")
    qtbot.keyClicks(editor.aenderung_notiz, "laut BDV")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()
    assert page.errors == []

    for i in ids:
        z = nn.zelle(store, i)
        assert (z.status, z.status_seit, z.kosten_jaehrlich) == (Status.ANBINDUNG, backdate, 2400)
        assert z.anbindungsart == before[i].anbindungsart  # untouched fields stay as they were
    groups = {h.aenderung for i in ids for h in nn.historie_zelle(store, i) if h.notiz == "laut BDV"}
    assert len(groups) == 1  # one change …
    entries = [h for i in ids for h in nn.historie_zelle(store, i) if h.aenderung in groups]
    assert {h.nachnutzung_id for h in entries} == set(ids)  # … with entries for every cell
    assert all(h.gueltig_ab == backdate and h.erfasst_am.date() == date.today() for h in entries if h.feld == "status")
    # The matrix shows the new status and keeps the selection.
    for (_r, c), kid in zip(picked, kommunen, strict=True):
        row = page.model.zeile_von(kid)
        assert page.model.index(row, c).data(STATUS_ROLE) == Status.ANBINDUNG.value
    assert sorted(page.selected_cells()) == sorted(ids)
    assert main_window.ctx.undo_stack.count() == 1

    main_window.activateWindow()
    # The editor's own activation may still be queued (the change ran in a local event loop).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    page.table.right.setFocus()
    qtbot.keyClick(page.table.right, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    for i in ids:
        z = nn.zelle(store, i)
        assert (z.status, z.status_seit, z.kosten_jaehrlich, z.stufen) == (
            before[i].status,
            before[i].status_seit,
            before[i].kosten_jaehrlich,
            before[i].stufen,
        )
    for kid, (_, c) in zip(kommunen, picked, strict=True):
        assert page.model.index(page.model.zeile_von(kid), c).data(STATUS_ROLE) == Status.VEREINBARUNG.value
    # The undo itself is history too, and its note says what was taken back.
    [undo_note] = {h.notiz for h in nn.historie_zelle(store, ids[0]) if h.quelle == nn.QUELLE_RUECKGAENGIG}
    assert undo_note.startswith(
        f"Zurückgenommen: Status {Status.VEREINBARUNG.label} → {Status.ANBINDUNG.label}; Kosten jährlich (€) "
    )

    qtbot.keyClick(page.table.right, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert all(nn.zelle(store, i).status is Status.ANBINDUNG for i in ids)
    assert page.errors == []


def test_single_cell_editor_changes_only_what_changed(page, qtbot, settle):
    [(r, c)] = select_cells(page, 9, Status.INTERESSE, 1)
    nid = page.model.index(r, c).data(NACHNUTZUNG_ID_ROLE)
    page.edit_selected()
    editor = page.editor
    assert editor.einzeln and editor.status.currentData() == Status.INTERESSE.value
    assert editor.status.findData(Status.NICHT_MEHR_ZUSTAENDIG.value) == -1  # never by hand
    # The choices in lifecycle order, not the current status first.
    listed = [editor.status.itemData(i) for i in range(editor.status.count())]
    assert listed == [s.value for s in Status if s is not Status.NICHT_MEHR_ZUSTAENDIG]
    editor.first_mover.setChecked(True)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()
    latest = {h.aenderung for h in nn.historie_zelle(page.ctx.store, nid)[:1]}
    fields = [h.feld for h in nn.historie_zelle(page.ctx.store, nid) if h.aenderung in latest]
    assert fields == ["first_mover"]
    assert page.history_model.rowCount() == len(nn.historie_zelle(page.ctx.store, nid))


def test_filters_and_sort(page, qtbot):
    total = page.model.rowCount()
    f = page.filter
    f.status.setCurrentIndex(f.status.findData(Status.PRODUKTIV.value))
    f.leistung.setCurrentIndex(f.leistung.findData(1))
    col = page.model.spalte_von(1)
    n = page.model.rowCount()
    assert 0 < n < total
    assert all(page.model.index(r, col).data(STATUS_ROLE) == "produktiv" for r in range(n))
    assert page.table.right.isColumnHidden(page.model.spalte_von(2))
    page.table.right.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a re-sort keeps the column choice
    assert page.table.right.isColumnHidden(page.model.spalte_von(2))
    assert not page.table.right.isColumnHidden(col)
    f.leistung.setCurrentIndex(0)
    f.status.setCurrentIndex(0)
    qtbot.keyClicks(f.text, "Mainz")
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    assert all(
        "Mainz" in page.model.index(r, 0).data() + page.model.index(r, 1).data() for r in range(page.model.rowCount())
    )
    f.text.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    page.table.right.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    stufen = [page.model.index(r, col).data(STATUS_ROLE) for r in range(total)]
    order = [Status(s).stufe for s in stufen if s is not None]
    assert order == sorted(order, reverse=True)


def test_a_filter_keeps_widths_and_clears_the_selection(page, qtbot):
    """A filter re-orders the rows in memory (no model reset): a width the user set stays, the columns
    follow a Leistung filter and come back, the selection and current cell are cleared as before."""
    model, f = page.model, page.filter
    col = model.spalte_von(1)
    page.table.set_column_width(col, 140)
    status = next(s for r in range(model.rowCount()) if (s := model.index(r, col).data(STATUS_ROLE)) is not None)
    select_cells(page, 1, Status(status), 1)
    assert page.table.left.selectionModel().hasSelection()
    f.leistung.setCurrentIndex(f.leistung.findData(2))
    assert page.table.right.isColumnHidden(col) and not page.table.right.isColumnHidden(model.spalte_von(2))
    assert not page.table.left.selectionModel().hasSelection()
    assert not page.table.left.currentIndex().isValid()
    assert "bitte eine Zelle wählen" in page.history_title.text()
    f.leistung.setCurrentIndex(0)
    assert not page.table.right.isColumnHidden(col) and page.table.right.columnWidth(col) == 140
    assert page.count_label.text().startswith(format_value(model.rowCount()))
    scrollbar = page.table.right.verticalScrollBar()
    assert scrollbar.maximum() >= 5
    scrollbar.setValue(5)
    page.apply_filter()  # the same filter again: the rows start where they did
    assert scrollbar.value() == page.table.left.verticalScrollBar().value() == 5


def test_models_pass_modeltester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    page.table.right.sortByColumn(page.model.spalte_von(3), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)
    page.table.left.setCurrentIndex(page.model.index(0, 0))
    assert page.history_model.rowCount() > 0  # the Kommune's history
    qtmodeltester.check(page.history_model)
    qtmodeltester.check(page.progress.je_leistung)
    qtmodeltester.check(page.progress.je_kreis)


def test_edit_updates_just_the_changed_kommune_under_the_filter(page, qtbot, settle, monkeypatch):
    from kpakt_desktop.services.matrix import MatrixQuery

    model, f = page.model, page.filter
    f.status.setCurrentIndex(f.status.findData(Status.INTERESSE.value))  # the page filters: only "Interesse"
    # A Kommune whose one "Interesse" cell is edited: afterwards it no longer meets the filter.
    einzige = [
        (r, c)
        for r in range(model.rowCount())
        for c in range(2, model.columnCount())
        if model.index(r, c).data(STATUS_ROLE) == Status.INTERESSE.value
        and sum(model.index(r, x).data(STATUS_ROLE) == Status.INTERESSE.value for x in range(2, model.columnCount()))
        == 1
    ]
    (r, c), (r2, c2) = einzige[0], einzige[-1]
    kid, nid, andere = model.kommune_id(r), model.index(r, c).data(NACHNUTZUNG_ID_ROLE), model.kommune_id(r2)
    shown = model.rowCount()
    asked: list[tuple[frozenset[int], frozenset[int]]] = []
    auszug = MatrixQuery.auszug

    def counted(self, *, kommune_ids=(), nachnutzung_ids=()):
        result = auszug(self, kommune_ids=kommune_ids, nachnutzung_ids=nachnutzung_ids)
        asked.append((frozenset(nachnutzung_ids), result.ids))
        return result

    monkeypatch.setattr(MatrixQuery, "auszug", counted)
    alles: list[bool] = []
    monkeypatch.setattr(MatrixQuery, "alles", lambda *_a: alles.append(True))  # the whole matrix read again

    selection = page.table.left.selectionModel()
    selection.setCurrentIndex(model.index(r, c), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.edit_selected()
    editor = page.editor
    assert editor is not None and editor.einzeln
    selection.setCurrentIndex(model.index(r2, c2), QItemSelectionModel.SelectionFlag.ClearAndSelect)  # meanwhile
    editor.status.setCurrentIndex(editor.status.findData(Status.VEREINBARUNG.value))
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()

    assert page.errors == []
    assert asked == [(frozenset({nid}), frozenset({kid}))] and alles == []  # just the changed Kommune was read
    assert nn.zelle(page.ctx.store, nid).status is Status.VEREINBARUNG
    rows = [model.kommune_id(n) for n in range(model.rowCount())]
    assert kid not in rows and len(rows) == shown - 1  # the filter still applies: the row left
    assert page.count_label.text().startswith(str(shown - 1))
    assert [(model.kommune_id(i.row()), i.column()) for i in selection.selectedIndexes()] == [(andere, c2)]

    f.status.setCurrentIndex(0)  # all rows again (in memory): the Kommune shows its new status
    row = model.zeile_von(kid)
    assert row is not None and model.index(row, c).data(STATUS_ROLE) == Status.VEREINBARUNG.value
    assert model.index(row, c).data(Qt.ItemDataRole.DisplayRole).endswith(Status.VEREINBARUNG.kurz)


def test_edit_keeps_selection_and_scroll_position(page, qtbot, settle):
    model, view = page.model, page.table.right
    [(r, c)] = select_cells(page, 1, Status.VEREINBARUNG, 1)
    kid, nid = model.kommune_id(r), model.index(r, c).data(NACHNUTZUNG_ID_ROLE)
    view.scrollTo(model.index(r, c))
    scroll = view.verticalScrollBar().value()
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    layouts: list[bool] = []
    model.layoutChanged.connect(lambda *_a: layouts.append(True))
    page.edit_selected()
    editor = page.editor
    editor.status.setCurrentIndex(editor.status.findData(Status.ANBINDUNG.value))
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()
    assert page.errors == []
    assert model.kommune_id(r) == kid and model.index(r, c).data(STATUS_ROLE) == Status.ANBINDUNG.value
    assert changed == [(r, r)] and layouts == []  # the row in place: repainted, no new layout
    assert page.selected_cells() == [nid]
    assert view.verticalScrollBar().value() == scroll


def test_changed_kreis_updates_its_kommunen_and_the_filter_without_full_read(page, monkeypatch):
    from kpakt_desktop.services.changes import ChangeSet
    from kpakt_desktop.services.matrix import MatrixQuery
    from kpakt_desktop.store.models import Kommune

    model, store = page.model, page.ctx.store
    member = next(r for r in range(model.rowCount()) if model.index(r, 1).data() != model.index(r, 0).data())
    kid = model.kommune_id(member)
    with store.write() as s:  # as a server notification reports a Kreis renamed by someone else
        kreis = s.get(Kommune, s.get(Kommune, kid).kreis_id)
        kreis_id, kreis.name = kreis.id, "Neu-" + kreis.name
        neuer_name = kreis.name
    alles: list[bool] = []
    monkeypatch.setattr(MatrixQuery, "alles", lambda *_a: alles.append(True))
    page.ctx.notify_changed(ChangeSet.of(kommune=[kreis_id]))
    assert alles == []
    row = model.zeile_von(kid)
    assert row is not None and model.index(row, 1).data() == neuer_name
    f = page.filter.kreis
    assert f.itemText(f.findData(kreis_id)) == neuer_name


def test_the_count_is_always_readable_and_does_not_relayout_the_page(page):
    """The count label keeps its size while filters change it (no relayout, no repaint of the whole tab);
    it grows for a longer text, so every text is shown in full."""
    label = page.count_label
    page.filter.first_mover.setChecked(True)
    kurz = label.size()
    assert label.width() >= label.sizeHint().width()
    page.filter.first_mover.setChecked(False)
    assert label.width() >= label.sizeHint().width() and label.width() >= kurz.width()
    breit = label.size()
    page.filter.first_mover.setChecked(True)
    assert label.size() == breit  # shorter text: same size, nothing laid out anew
    zaehler_setzen(label, label.text() + " und noch viel mehr Text")
    assert label.width() >= label.sizeHint().width() > breit.width()
