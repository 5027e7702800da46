"""Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3): Tab leaves every table and reaches every control of
each page in reading order; the matrix, the charts and the dialogs work without a mouse."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from test_accessibility import interactive_widgets

from kpakt_desktop.gui.pages import page_specs


def _reachable(widget: QWidget, page: QWidget) -> bool:
    if isinstance(widget, QRadioButton) and not widget.isChecked() and widget.autoExclusive():
        return False  # a radio group is one Tab stop (its checked button); the arrow keys choose inside it
    return widget.isVisibleTo(page) and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _tab_through(start: QWidget, steps: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [QApplication.focusWidget()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), key)
        visited.append(QApplication.focusWidget())
    return visited


def _activate(main_window, qtbot) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)


def test_tab_leaves_every_table_and_reaches_every_control(main_window, qtbot):
    _activate(main_window, qtbot)
    problems: dict[str, list[str]] = {}
    for spec in page_specs():
        page = main_window.show_page(spec.key)
        QApplication.processEvents()
        wanted = [w for w in interactive_widgets(page) if _reachable(w, page)]
        if not wanted:
            continue
        visited = _tab_through(main_window.sidebar, 3 * len(wanted) + 10)
        found: list[str] = []
        for a, b in itertools.pairwise(visited):
            if a is b:
                found.append(f"Tab bleibt in {a.objectName() or type(a).__name__}")
        missing = [w.objectName() or type(w).__name__ for w in wanted if w not in visited]
        if missing:
            found.append(f"nicht erreicht: {missing}")
        back = _tab_through(wanted[-1], len(wanted) + 2, Qt.Key.Key_Backtab)
        found += [f"Umschalt+Tab bleibt in {a.objectName()}" for a, b in itertools.pairwise(back) if a is b]
        if found:
            problems[spec.key] = sorted(set(found))
    assert problems == {}


def test_tab_order_of_the_uebersicht_reaches_the_overdue_tasks(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("uebersicht")
    visited = _tab_through(page.kreis, 12)
    assert page.aufgaben_view in visited
    # reading order: the filter, the four charts, the two lists, the table below
    order = [page.kreis, page.status_chart, page.golive_chart, page.kreis_chart, page.huerden_chart]
    positions = [visited.index(w) for w in order]
    assert positions == sorted(positions)


def test_ctrl_tab_does_not_cycle_through_cells(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("kommunen")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    before = page.table.currentIndex()
    QTest.keyClick(page.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex() == before


def test_matrix_is_operated_by_keyboard(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("nachnutzung")
    table = page.table
    assert not table.left.focusPolicy() & Qt.FocusPolicy.TabFocus, "die feste Kommunen-Spalte hält den Fokus nicht"
    visited = _tab_through(page.filter, 25)
    assert table.right in visited
    assert table.left not in visited
    table.right.setFocus(Qt.FocusReason.TabFocusReason)
    start = table.right.currentIndex()
    assert start.isValid() and start.column() >= 1, "Tab in die Matrix landet auf einer Statuszelle"
    QTest.keyClick(table.right, Qt.Key.Key_Right)
    assert table.right.currentIndex().column() > start.column()
    QTest.keyClick(table.right, Qt.Key.Key_Down)
    assert table.right.currentIndex().row() == start.row() + 1
    assert table.right.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
    QTest.keyClick(table.right, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table.right


def test_chart_drill_down_by_keyboard(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("uebersicht")
    chart = page.status_chart
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    chart.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_Down)
    QTest.keyClick(chart, Qt.Key.Key_Right)
    assert chart.accessibleDescription()
    with qtbot.waitSignal(chart.bar_clicked, timeout=2000) as signal:
        QTest.keyClick(chart, Qt.Key.Key_Return)
    nr, status = signal.args
    assert nr == chart.nrs[-1]  # Leistung 1, drawn at the top, is the first one the arrow keys reach
    assert status is not None
    with qtbot.waitSignal(page.huerden_chart.bar_clicked, timeout=2000):
        page.huerden_chart.setFocus()
        QTest.keyClick(page.huerden_chart, Qt.Key.Key_Right)
        QTest.keyClick(page.huerden_chart, Qt.Key.Key_Space)


def test_chart_table_view_one_keystroke_away(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("uebersicht")
    for chart in (page.status_chart, page.kreis_chart, page.golive_chart, page.huerden_chart):
        chart.setFocus()
        QTest.keyClick(chart, Qt.Key.Key_T)
        dialog = chart.tabellen_dialog
        assert dialog is not None and dialog.isVisible(), chart.objectName()
        model = dialog.table.model()
        assert model.rowCount() > 0 and model.columnCount() >= 2
        dialog.close()


def test_huerde_bearbeiten_by_keyboard(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("huerden")
    table = page.view
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().isValid()
    QTest.keyClick(table, Qt.Key.Key_Return)
    dialog = next(d for d in main_window.findChildren(QDialog) if d.isVisible())
    assert dialog.objectName().lower() == "huerdedialog"
    assert not isinstance(QApplication.focusWidget(), QTabBar), "der Dialog beginnt im ersten Feld"
    dialog.reject()


def test_esc_closes_the_schluessel_and_start_dialogs(main_window, qtbot):
    from kpakt_desktop.gui.standardpaket.key_dialog import KeyDialog
    from kpakt_desktop.gui.start.start_dialog import StartDialog

    for dialog in (KeyDialog("07", "Rheinland-Pfalz", main_window), StartDialog(main_window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # Esc where the focus is: on a button inside the embedded form
        QTest.keyClick(dialog.form.findChildren(QPushButton)[0], Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
        assert dialog.result() == QDialog.DialogCode.Rejected
        dialog.show()  # opened again, the form is there again (not an empty window)
        assert dialog.form.isVisible()
        dialog.close()


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if 0 <= i < len(text.replace("&&", "")) - 1 else None


def _mnemonics_of_page(page: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):
            continue
        if isinstance(w, QAbstractButton) and w.text():
            found.append((w.text(), w.objectName()))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            found.append((w.text(), w.objectName() or w.buddy().objectName()))
        elif isinstance(w, QGroupBox):
            found.append((w.title(), w.objectName()))
        elif isinstance(w, QTabWidget):
            found += [(w.tabText(i), w.objectName()) for i in range(w.count())]
    return [(t, n) for t, n in found if _mnemonic(t)]


def test_mnemonics_do_not_clash_with_the_menu_bar_or_each_other(main_window):
    menu = {_mnemonic(a.text()): a.text() for a in main_window.menuBar().actions()}
    problems: dict[str, list[str]] = {}
    for spec in page_specs():
        page = main_window.show_page(spec.key)
        seen: dict[str, str] = {k: f"Menü {v}" for k, v in menu.items() if k}
        for text, name in _mnemonics_of_page(page):
            letter = _mnemonic(text)
            assert letter is not None
            if letter in seen:
                clash = f"Alt+{letter.upper()}: {text!r} ({name}) und {seen[letter]!r}"
                problems.setdefault(spec.key, []).append(clash)
            else:
                seen[letter] = text
    assert problems == {}
