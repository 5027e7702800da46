"""A table whose first column stays in place while the others scroll (Qt's frozen-column idea).

Two views share one model and one selection model: the left view shows only the frozen
column, the right one everything else; their vertical scrolling is coupled.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QTableView, QWidget

from kpakt_desktop.gui.nachnutzung.kopfzeile import MatrixKopf

ROW_HEIGHT = 22


class _Zellen(QTableView):
    """The scrolling part: it alone takes the keyboard focus; arriving by Tab it starts on a status cell."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        model = self.model()
        current = self.currentIndex()
        if model is not None and model.rowCount() and (not current.isValid() or self.isColumnHidden(current.column())):
            column = next((c for c in range(model.columnCount()) if not self.isColumnHidden(c)), None)
            if column is not None:
                row = current.row() if current.isValid() else 0
                self.selectionModel().setCurrentIndex(
                    model.index(row, column), self.selectionModel().SelectionFlag.ClearAndSelect
                )
        super().focusInEvent(event)


def _view(name: str) -> QTableView:
    view = _Zellen()
    view.setObjectName(name)
    view.setHorizontalHeader(MatrixKopf(view))  # names shortened at their end, not cut on both sides
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class FrozenTable(QWidget):
    def __init__(self, frozen: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = frozen
        self.hidden: set[int] = set()  # scrolling columns the page hides (e.g. under a Leistung filter)
        self.left = _view("matrixFrozen")
        self.left.setAccessibleName(QCoreApplication.translate("FrozenTable", "Kommunen der Matrix"))
        self.right = _view("matrixTable")
        self.right.setAccessibleName(QCoreApplication.translate("FrozenTable", "Nachnutzungs-Matrix"))
        self.left.verticalHeader().hide()
        # The frozen column is a view of the same rows: the keyboard works in the status cells (whose
        # spoken names carry the Kommune), so → and ← move between Leistungen and Tab leaves the matrix.
        self.left.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.left.setProperty("fokusBei", "matrixTable")  # for the accessibility audit: deliberately no Tab stop
        self.setFocusProxy(self.right)
        # Equal header heights and both horizontal scroll bars always shown: the two viewports
        # then have the same height and the rows of both views stay on one line.
        header_height = 2 * self.fontMetrics().height() + 12
        for view in (self.left, self.right):
            view.horizontalHeader().setFixedHeight(header_height)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left.setFrameShape(QFrame.Shape.NoFrame)
        self.right.verticalHeader().hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.left)
        layout.addWidget(self.right, 1)
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.left.horizontalHeader().sortIndicatorChanged.connect(self._sync_indicator(self.right))
        self.right.horizontalHeader().sortIndicatorChanged.connect(self._sync_indicator(self.left))

    def _sync_indicator(self, other: QTableView) -> object:
        def handler(section: int, order: Qt.SortOrder) -> None:
            header = other.horizontalHeader()
            if header.sortIndicatorSection() != section or header.sortIndicatorOrder() != order:
                header.blockSignals(True)
                header.setSortIndicator(section, order)
                header.blockSignals(False)

        return handler

    def setModel(self, model: QAbstractItemModel) -> None:
        self.left.setModel(model)
        self.right.setModel(model)
        self.right.setSelectionModel(self.left.selectionModel())
        model.modelReset.connect(self.apply_columns)
        model.layoutChanged.connect(self.apply_columns)
        self.apply_columns()

    def apply_columns(self) -> None:
        model: QAbstractItemModel | None = self.left.model()  # None before setModel (the stubs omit it)
        if model is None:
            return
        for c in range(model.columnCount()):
            self.left.setColumnHidden(c, c >= self.frozen)
            self.right.setColumnHidden(c, c < self.frozen or c in self.hidden)
        width = sum(self.left.columnWidth(c) for c in range(self.frozen)) + 2
        self.left.setFixedWidth(width)

    def set_column_width(self, column: int, width: int) -> None:
        self.left.setColumnWidth(column, width)
        self.right.setColumnWidth(column, width)
        self.apply_columns()

    def selectionModel(self) -> object:
        return self.left.selectionModel()
