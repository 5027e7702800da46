"""Focus visible (WCAG 2.4.7) with 3:1 (1.4.11): a combo box, a tab of a tab bar, a line edit and a
chart look different when they have the keyboard focus, and the pixels that change reach 3:1
against what was there before; field borders reach 3:1 (the style sheet, resources/style/kpakt.qss)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from kpakt_desktop.gui import farben

ROOT = Path(__file__).resolve().parent.parent
STYLE = (ROOT / "resources" / "style" / "kpakt.qss").read_text(encoding="utf-8")


def _image(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _focus_pixels(widget: QWidget, elsewhere: QWidget) -> int:
    """How many pixels of ``widget`` change to a colour with 3:1 against the unfocused one."""
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    before = _image(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is widget
    after = _image(widget)
    assert before.size() == after.size()
    count = 0
    for y in range(after.height()):
        for x in range(after.width()):
            a, b = after.pixelColor(x, y), before.pixelColor(x, y)
            if a != b and farben.kontrast(a.name(), b.name()) >= farben.GRAFIK:
                count += 1
    return count


def _activate(window: QWidget, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_focused_combo_box_and_chart_show_a_frame_with_3_to_1(main_window, qtbot):
    _activate(main_window, qtbot)
    page = main_window.show_page("nachnutzung")
    combo = next(c for c in page.findChildren(QComboBox) if c.isVisible() and not c.isEditable())
    other = next(w for w in page.findChildren(QLineEdit) if w.isVisible())
    # a frame all round: at least the perimeter once (the frame is 2 px wide, partly anti-aliased)
    assert _focus_pixels(combo, other) >= combo.width() + combo.height()
    page = main_window.show_page("uebersicht")
    chart = page.status_chart
    assert _focus_pixels(chart, page.huerden_chart) >= chart.width() + chart.height()


def test_a_focused_tab_and_line_edit_show_a_frame_with_3_to_1(main_window, qtbot):
    """Built inside the running app (its style sheet and palette): tabs as in the dialogs."""
    box = QWidget()
    qtbot.addWidget(box)
    tabs = QTabWidget()
    tabs.addTab(QLabel("eins"), "Allgemein")
    tabs.addTab(QLabel("zwei"), "Kommunen")
    line = QLineEdit("Text")
    layout = QVBoxLayout(box)
    layout.addWidget(line)
    layout.addWidget(tabs)
    box.show()
    _activate(box, qtbot)
    bar = tabs.tabBar()
    tab = bar.tabRect(0)
    assert _focus_pixels(bar, line) >= tab.width() + tab.height()
    assert _focus_pixels(line, bar) >= line.width() + line.height()


def test_in_a_dark_palette_the_focus_frame_still_reaches_3_to_1(main_window, qtbot):
    """Under a dark system palette (Qt's dark colours) a focused field, combo box and tab get a frame
    of 3:1 too (the highlight colour had 2.7:1 on the dark window)."""
    from test_kontrast import DARK

    from kpakt_desktop.gui.palette import kontrast_palette

    app = QApplication.instance()
    before, sheet = QApplication.palette(), app.styleSheet()
    QApplication.setPalette(kontrast_palette(DARK))
    app.setStyleSheet(sheet)  # palette(...) in the style sheet is resolved again
    try:
        box = QWidget()
        qtbot.addWidget(box)
        tabs = QTabWidget()
        tabs.addTab(QLabel("eins"), "Allgemein")
        tabs.addTab(QLabel("zwei"), "Kommunen")
        line = QLineEdit("Text")
        combo = QComboBox()
        combo.addItems(["alle Kreise", "Ahrweiler"])
        layout = QVBoxLayout(box)
        for w in (line, combo, tabs):
            layout.addWidget(w)
        box.show()
        _activate(box, qtbot)
        assert farben.luminanz(box.palette().color(box.backgroundRole()).name()) < 0.1  # really dark
        bar = tabs.tabBar()
        tab = bar.tabRect(0)
        assert _focus_pixels(bar, line) >= tab.width() + tab.height()
        assert _focus_pixels(line, bar) >= line.width() + line.height()
        assert _focus_pixels(combo, line) >= combo.width() + combo.height()
    finally:
        QApplication.setPalette(before)
        app.setStyleSheet(sheet)


def test_every_field_type_has_a_border_of_3_to_1_in_the_style_sheet():
    rules = dict(re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", STYLE, flags=re.S)))
    border = next(body for sel, body in rules.items() if "QLineEdit," in sel and ":focus" not in sel)
    selectors = next(sel for sel, body in rules.items() if body == border)
    for feld in ("QLineEdit", "QComboBox", "QAbstractSpinBox", "QPlainTextEdit", "QTextEdit"):
        assert feld in selectors  # the date field (gui/datum.py) is a QLineEdit
    assert f"border: 1px solid {farben.FELDRAND};" in border
    for hinten in (farben.FENSTER, farben.BASIS, farben.FENSTER_DUNKEL, farben.BASIS_DUNKEL):
        assert farben.kontrast(farben.FELDRAND, hinten) >= farben.GRAFIK
