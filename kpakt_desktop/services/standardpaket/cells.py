"""One spelling of every value in the package's CSV files, for writer and reader alike."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum
from typing import Any

from kpakt_desktop.domain.standardpaket import Field

Value = str | int | float | bool | date | datetime | None

_INT = re.compile(r"-?[0-9]+\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\Z")
_NUMBER = re.compile(r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")


def to_cell(value: Any) -> str:
    """Empty string for a missing value; ``true``/``false``; ISO 8601 dates; shortest exact floats."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        # Seconds, plus microseconds only when present: readers that ignore them lose nothing else.
        return value.replace(tzinfo=None).isoformat(timespec="microseconds" if value.microsecond else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


class CellError(ValueError):
    """The German reason why a cell does not fit its field."""


def from_cell(text: str, f: Field) -> Value:
    """Parse and check one cell; raises ``CellError`` with a German reason."""
    if text == "":
        if f.required:
            raise CellError("Pflichtfeld ist leer")
        return None
    value: Value
    if f.type == "string":
        value = text
    elif f.type == "integer":
        if not _INT.match(text):
            raise CellError(f"„{_short(text)}“ ist keine ganze Zahl")
        value = int(text)
    elif f.type == "number":
        if not _NUMBER.match(text):
            raise CellError(f"„{_short(text)}“ ist keine Zahl")
        value = float(text)
    elif f.type == "boolean":
        if text not in ("true", "false"):
            raise CellError(f"„{_short(text)}“ ist kein Wahrheitswert (erlaubt: true, false)")
        value = text == "true"
    elif f.type == "date":
        try:
            if not _DATE.match(text):
                raise ValueError
            value = date.fromisoformat(text)
        except ValueError:
            raise CellError(f"„{_short(text)}“ ist kein Datum (JJJJ-MM-TT)") from None
    elif f.type == "datetime":
        try:
            if not _DATETIME.match(text):
                raise ValueError
            value = datetime.fromisoformat(text)
        except ValueError:
            raise CellError(f"„{_short(text)}“ ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)") from None
    else:  # pragma: no cover - the format defines no other types
        raise CellError(f"unbekannter Feldtyp {f.type}")
    _check_constraints(value, text, f)
    return value


def _check_constraints(value: Value, text: str, f: Field) -> None:
    if f.enum is not None and text not in f.enum:
        raise CellError(f"„{_short(text)}“ ist kein erlaubter Wert (erlaubt: {', '.join(f.enum)})")
    if f.pattern is not None and not re.fullmatch(f.pattern, text):
        raise CellError(f"„{_short(text)}“ hat nicht die Form {f.pattern}")
    if isinstance(value, int) and not isinstance(value, bool):
        if f.minimum is not None and value < f.minimum:
            raise CellError(f"{value} ist kleiner als {f.minimum}")
        if f.maximum is not None and value > f.maximum:
            raise CellError(f"{value} ist größer als {f.maximum}")
    if f.max_length is not None and len(text) > f.max_length:
        raise CellError(f"„{_short(text)}“ ist länger als {f.max_length} Zeichen")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
