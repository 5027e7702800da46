"""What comes back after a restart: only what the user set in the tables (issue 19, view state)."""

from __future__ import annotations

from fenster import starten as _window
from kopfzeile import klicke_spalte, ziehe_spalte
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QTableView

from kpakt_desktop.gui import settings


def _matrix_rows(page, n: int = 40) -> list[tuple[str, str]]:
    model = page.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(min(n, model.rowCount()))]


def _grouped_by_kreis(rows: list[tuple[str, str]]) -> bool:
    """Each Kreis one block, headed by the Kreis's own row, Kreise in alphabetical order."""
    kreise = [kreis for _name, kreis in rows]
    blocks = [k for i, k in enumerate(kreise) if i == 0 or kreise[i - 1] != k]
    heads = [name for i, (name, kreis) in enumerate(rows) if i == 0 or rows[i - 1][1] != kreis]
    return len(blocks) == len(set(blocks)) and blocks == sorted(blocks) and heads[1:] == blocks[1:]


def _old_header_state(view: QTableView) -> QByteArray:
    """The whole header state earlier versions saved on closing, with Qt's default indicator (Kommune Z→A)."""
    header = view.horizontalHeader()
    header.blockSignals(True)  # the indicator only, as it stood in those versions: no sorting now
    shown = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    state = header.saveState()
    header.setSortIndicator(*shown)
    header.blockSignals(False)
    return state


def test_matrix_comes_back_grouped_by_kreis_when_the_user_chose_no_sort(qtbot, rp_demo_path):
    window = _window(qtbot, rp_demo_path)
    page = window.show_page("nachnutzung")
    first = _matrix_rows(page)
    assert _grouped_by_kreis(first)
    header = page.table.right.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    old = {view.objectName(): _old_header_state(view) for view in (page.table.left, page.table.right)}
    window.close()
    for name, state in old.items():  # as an earlier version left them
        settings.set_state(f"nachnutzung/spalten/{name}/{page.model.columnCount()}", state)

    again = _window(qtbot, rp_demo_path)
    page = again.pages["nachnutzung"]
    assert _matrix_rows(page) == first
    header = page.table.right.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    again.close()
    assert settings.state("nachnutzung/spalten/matrixFrozen/18") is None


def test_matrix_sort_the_user_clicked_comes_back_and_the_default_keeps_the_grouping(qtbot, rp_demo_path):
    window = _window(qtbot, rp_demo_path)
    page = window.show_page("nachnutzung")
    klicke_spalte(page.table.left, 0)  # Kommune A→Z
    klicke_spalte(page.table.left, 0)  # Kommune Z→A
    names = [name for name, _kreis in _matrix_rows(page)]
    assert names == sorted(names, key=str.casefold, reverse=True) or names == sorted(names, reverse=True)
    window.close()

    again = _window(qtbot, rp_demo_path)
    page = again.pages["nachnutzung"]
    assert [name for name, _kreis in _matrix_rows(page)] == names
    klicke_spalte(page.table.right, 1)  # Kreis: back to the grouping
    assert _grouped_by_kreis(_matrix_rows(page))
    again.close()

    last = _window(qtbot, rp_demo_path)
    assert _grouped_by_kreis(_matrix_rows(last.pages["nachnutzung"]))
    last.close()


def _lesbar(view: QTableView, breiteste: int) -> list[str]:
    """Columns narrower than their header or (up to the page's cap) their contents."""
    header = view.horizontalHeader()
    out = []
    for c in range(header.count() - 1):  # the last one stretches
        need = max(header.sectionSizeHint(c), min(view.sizeHintForColumn(c), breiteste))
        if view.model().rowCount() and view.columnWidth(c) < need:
            out.append(f"{view.objectName()} Spalte {c}: {view.columnWidth(c)} < {need}")
    return out


def test_widths_from_an_empty_database_do_not_make_the_uebersicht_unreadable(qtbot, rp_init_path, rp_demo_path):
    window = _window(qtbot, rp_init_path)  # the first, empty database
    page = window.show_page("uebersicht")
    ziehe_spalte(page.termine_view, 0, 30)  # and a column the user squeezed
    window.close()

    again = _window(qtbot, rp_demo_path)
    page = again.show_page("uebersicht")
    assert page.termine_model.rowCount() and page.aufgaben_model.rowCount()
    assert _lesbar(page.termine_view, 230) + _lesbar(page.aufgaben_view, 230) == []
    again.close()
