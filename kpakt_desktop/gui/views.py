"""Shared set-up of the read-only tables the pages show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from kpakt_desktop.gui.row_table import RowTableModel
from kpakt_desktop.gui.spaltenzustand import nutzerbreiten

R = TypeVar("R")


class Tabelle(QTableView):
    """A table for keyboard users too: the Eingabetaste on a row does what a double click does
    (open, edit), so every ``doubleClicked`` action has a keyboard path. Tab leaves the table and
    the arrow keys move inside it (``tabKeyNavigation`` is off for all views in the style sheet)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.doubleClicked.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def read_only_table(name: str, accessible: str) -> QTableView:
    """Row-selecting table with an accessible name; columns sized to their contents."""
    view = Tabelle()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def sortierbare_tabelle(name: str, accessible: str, model: RowTableModel[Any]) -> QTableView:
    """Read-only table sorted by clicking a header (on the raw values, not the display text)."""
    view = read_only_table(name, accessible)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order until a header is clicked
    view.horizontalHeader().setStretchLastSection(True)
    return view


def einpassen(view: QTableView, breiteste: int = 300) -> None:
    """Columns sized to their contents but none wider than ``breiteste`` (long lists are elided)."""
    header = view.horizontalHeader()
    view.setWordWrap(False)
    view.resizeColumnsToContents()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for c in range(header.count() - 1):
        if header.sectionSize(c) > breiteste:
            header.resizeSection(c, breiteste)
    nutzerbreiten(view)  # the widths the user dragged stay


def zeile(view: QTableView, model: RowTableModel[R]) -> R | None:
    """The row object under the current index of a (possibly sorted) view."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    proxy = view.model()
    source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
    return model.row_at(source.row())


def schmale_auswahl(combo: QComboBox, zeichen: int = 14) -> QComboBox:
    """A filter combo box that asks for ``zeichen`` characters, not its longest entry: the page fits a
    narrow window; the open list still shows each entry in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(zeichen)
    return combo


def knopf(text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


def liste_mit_knoepfen(
    owner: QWidget, intro: str, view: QTableView, knoepfe: Sequence[QPushButton], oeffnen: Callable[[], None]
) -> QHBoxLayout:
    """A tab that lists records: a wrapped introduction, the table (double-click or Enter opens the
    record with ``oeffnen``) and a row of buttons below; returns the button row for more widgets."""
    layout = QVBoxLayout(owner)
    text = QLabel(intro)
    text.setWordWrap(True)
    layout.addWidget(text)
    view.doubleClicked.connect(lambda _i: oeffnen())
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    for button in knoepfe:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return row


def auswahl_fuellen(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Refill a filter's choices after its first entry ("alle …"), keeping what is selected;
    no signal meanwhile (the caller filters once afterwards)."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)


def zaehler_setzen(label: QLabel, text: str) -> None:
    """Set the text of a label that changes often (a count shown per filter) without laying out the
    page anew: the label keeps a fixed size that grows when a text needs more room (it never shrinks,
    so put it before a stretch). A new size hint would relayout its page, and inside a QTabWidget that
    repaints the whole tab: ~6 ms of each filter's frame on the Nachnutzung page."""
    label.setText(text)
    hint = label.sizeHint()
    fest = label.minimumSize() == label.maximumSize()
    breite = max(hint.width(), label.maximumWidth() if fest else 0)
    if not fest or breite != label.maximumWidth() or hint.height() != label.maximumHeight():
        label.setFixedSize(breite, hint.height())
