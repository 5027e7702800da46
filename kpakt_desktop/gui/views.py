"""Shared set-up of the read-only tables the pages show."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def read_only_table(name: str, accessible: str) -> QTableView:
    """Row-selecting table with an accessible name; columns sized to their contents."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view
