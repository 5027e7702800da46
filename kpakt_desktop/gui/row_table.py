"""A read-only table model over a list of plain rows with declared columns (small tables), and the
formatting of values on screen (numbers and dates in the UI language's locale)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from kpakt_desktop import i18n

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def _datum_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (25.11.2026, 11/25/2026)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_value(value: Any) -> str:
    """A value as shown on screen, in the UI language's locale (:func:`kpakt_desktop.i18n.ui_locale`):
    2.456 and 12,5 and 25.11.2026 in German, 2,456 and 12.5 and 11/25/2026 in English."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("RowTable", "ja") if value else QCoreApplication.translate("RowTable", "nein")
    locale = i18n.ui_locale()
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    if isinstance(value, datetime):
        zeit = locale.timeFormat(QLocale.FormatType.ShortFormat)
        stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
        return locale.toString(stamp, f"{_datum_format(locale)} {zeit}")
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), _datum_format(locale))
    return str(value)


def format_prozent(anteil: float | None) -> str:
    """A share 0…1 as a percentage with one decimal in the UI locale (12,5 % / 12.5 %); None → –."""
    return "–" if anteil is None else f"{i18n.ui_locale().toString(100 * anteil, 'f', 1)} %"


def _sortierbar(value: Any) -> Any:
    # Dates sort by their ISO text: Qt compares it reliably, also against the "" of an empty cell.
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: header, the value shown (formatted by :func:`format_value`), and what a click on the
    header sorts by (``sort_key``; default: the value itself)."""

    header: str
    value: Callable[[R], Any]
    numeric: bool = False
    tooltip: Callable[[R], str] | None = None
    sort_key: Callable[[R], Any] | None = None
    header_tooltip: str = ""  # e.g. the technical name behind a German header


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], rows: Sequence[R] = ()) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return format_value(value)
        if role == Qt.ItemDataRole.UserRole:  # the sort role of sortierbare_tabelle
            return _sortierbar(column.sort_key(row) if column.sort_key is not None else column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header_tooltip or None
        return None
