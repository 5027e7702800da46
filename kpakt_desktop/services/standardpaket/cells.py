"""One spelling of every value in the package's CSV files, for writer and reader alike."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from kpakt_desktop.domain.errors import meldung
from kpakt_desktop.domain.standardpaket import Field

Value = str | int | float | bool | date | datetime | None

MAX_NUMBER_CHARS = 64  # a double needs 17 digits and an exponent; longer is not a number we write
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1  # what SQLite INTEGER and PostgreSQL BIGINT hold
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
            raise CellError(meldung("Pflichtfeld ist leer"))
        return None
    value: Value
    if f.type == "string":
        value = text
    elif f.type == "integer":
        if not _INT.match(text):
            raise CellError(meldung("„{wert}“ ist keine ganze Zahl", wert=_short(text)))
        if len(text) > 20:  # int() of thousands of digits is slow or refused outright
            raise CellError(
                meldung("„{wert}“ liegt außerhalb des Bereichs ganzer Zahlen (höchstens 19 Stellen)", wert=_short(text))
            )
        value = int(text)
        if not INT64_MIN <= value <= INT64_MAX:  # no database column could hold it
            raise CellError(
                meldung("„{wert}“ liegt außerhalb des Bereichs ganzer Zahlen (höchstens 19 Stellen)", wert=_short(text))
            )
    elif f.type == "number":
        if len(text) > MAX_NUMBER_CHARS or not _NUMBER.match(text):
            raise CellError(meldung("„{wert}“ ist keine Zahl", wert=_short(text)))
        value = float(text)
        if not math.isfinite(value):  # 1e999: PostgreSQL and the reports would get infinity
            raise CellError(meldung("„{wert}“ liegt außerhalb des Zahlenbereichs", wert=_short(text)))
    elif f.type == "boolean":
        if text not in ("true", "false"):
            raise CellError(meldung("„{wert}“ ist kein Wahrheitswert (erlaubt: true, false)", wert=_short(text)))
        value = text == "true"
    elif f.type == "date":
        try:
            if not _DATE.match(text):
                raise ValueError
            value = date.fromisoformat(text)
        except ValueError:
            raise CellError(meldung("„{wert}“ ist kein Datum (JJJJ-MM-TT)", wert=_short(text))) from None
    elif f.type == "datetime":
        try:
            if not _DATETIME.match(text):
                raise ValueError
            value = datetime.fromisoformat(text)
        except ValueError:
            raise CellError(meldung("„{wert}“ ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)", wert=_short(text))) from None
    else:  # pragma: no cover - the format defines no other types
        raise CellError(meldung("unbekannter Feldtyp {type}", type=f.type))
    _check_constraints(value, text, f)
    return value


def _check_constraints(value: Value, text: str, f: Field) -> None:
    if f.enum is not None and text not in f.enum:
        raise CellError(
            meldung("„{wert}“ ist kein erlaubter Wert (erlaubt: {wert2})", wert=_short(text), wert2=", ".join(f.enum))
        )
    if f.pattern is not None and not re.fullmatch(f.pattern, text):
        raise CellError(meldung("„{wert}“ hat nicht die Form {pattern}", wert=_short(text), pattern=f.pattern))
    if isinstance(value, int) and not isinstance(value, bool):
        if f.minimum is not None and value < f.minimum:
            raise CellError(meldung("{value} ist kleiner als {minimum}", value=value, minimum=f.minimum))
        if f.maximum is not None and value > f.maximum:
            raise CellError(meldung("{value} ist größer als {maximum}", value=value, maximum=f.maximum))
    if f.max_length is not None and len(text) > f.max_length:
        raise CellError(
            meldung("„{wert}“ ist länger als {max_length} Zeichen", wert=_short(text), max_length=f.max_length)
        )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _free_text(f: Field) -> bool:
    return f.type == "string" and f.enum is None and f.pattern is None


def make_parser(f: Field) -> Callable[[str], Value]:
    """``from_cell`` for one field, remembering results of repeated cells.

    Keys, codes and dates repeat across thousands of rows (the same ARS, status, day); parsing
    and checking each distinct text once makes validation several times faster and lets equal
    values share one object, which keeps a merge of all Länder in memory small. Free text is
    neither repeated nor costly, so it bypasses the memo.
    """
    if _free_text(f):
        if not f.required and f.max_length is None:
            return lambda text: text if text else None
        return lambda text: from_cell(text, f)
    if f.type == "integer" and f.enum is None and f.pattern is None:
        return _integer_parser(f)
    memo: dict[str, Value] = {}

    def parse(text: str) -> Value:
        try:
            return memo[text]
        except KeyError:
            value = memo[text] = from_cell(text, f)
            return value

    return parse


def _integer_parser(f: Field) -> Callable[[str], Value]:
    """Ids are unique, so a memo would only miss; check the digits directly instead."""
    low = INT64_MIN if f.minimum is None else max(f.minimum, INT64_MIN)
    high = INT64_MAX if f.maximum is None else min(f.maximum, INT64_MAX)

    def parse(text: str) -> Value:
        digits = text[1:] if text[:1] == "-" else text
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 19:
            return from_cell(text, f)  # empty or malformed: the full path words the problem
        value = int(text)
        if value < low or value > high:
            return from_cell(text, f)
        return value

    return parse


def parse_column(f: Field, column: tuple[str, ...]) -> list[Value]:
    """Parse a whole column at once; raises ``CellError`` if any cell is bad (the caller then goes
    row by row to name each one).

    Column-wise, most work happens in C: ids are checked by one ``isdigit`` over the joined
    column, keys and dates by one regular expression over all distinct texts, and repeated values
    (ARS, codes, dates) are parsed once each.
    """
    if _free_text(f) and f.max_length is None:
        if not f.required:
            return list(map(_EMPTY_IS_NONE.get, column, column))
        if "" not in column:
            return list(column)
    if f.type == "integer" and f.enum is None and f.pattern is None and "" not in column:
        joined = "".join(column)
        if joined.isascii() and joined.isdigit() and max(map(len, column), default=0) <= 19:
            values = list(map(int, column))
            low = INT64_MIN if f.minimum is None else f.minimum
            high = INT64_MAX if f.maximum is None else f.maximum
            if values and (min(values) < low or max(values) > high):
                raise CellError(meldung("Wert außerhalb der Grenzen"))
            return values  # type: ignore[return-value]
    distinct = set(column)
    empty = "" in distinct
    if empty:
        if f.required:
            raise CellError(meldung("Pflichtfeld ist leer"))
        distinct.discard("")
    parsed = _parse_distinct(f, list(distinct))
    if f.type == "string" and not empty:  # checked texts are their own values
        return list(column)
    if empty:
        parsed[""] = None
    return list(map(parsed.__getitem__, column))


_COLUMN_PATTERNS: dict[str, re.Pattern[str]] = {}
_EMPTY_IS_NONE: dict[str, None] = {"": None}


def _all_match(pattern: str, texts: list[str]) -> bool:
    """One regular expression over all texts joined by newlines (none may hold a newline itself)."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return False
    rx = _COLUMN_PATTERNS.get(pattern)
    if rx is None:
        rx = _COLUMN_PATTERNS[pattern] = re.compile(f"(?:{pattern})(?:\n(?:{pattern}))*")
    return rx.fullmatch(joined) is not None


def _parse_distinct(f: Field, texts: list[str]) -> dict[str, Value]:
    if not texts:
        return {}
    plain = f.enum is None and f.max_length is None
    if plain and f.pattern is None and f.type in ("date", "datetime"):
        rx = _DATE.pattern if f.type == "date" else _DATETIME.pattern
        if not _all_match(rx.removesuffix("\\Z"), texts):
            raise CellError(meldung("kein gültiges Datum"))
        convert = date.fromisoformat if f.type == "date" else datetime.fromisoformat
        try:
            return dict(zip(texts, map(convert, texts), strict=True))
        except ValueError:
            raise CellError(meldung("kein gültiges Datum")) from None
    if plain and f.type == "number" and f.pattern is None:
        if max(map(len, texts)) > MAX_NUMBER_CHARS or not _all_match(_NUMBER.pattern.removesuffix("\\Z"), texts):
            raise CellError(meldung("keine Zahl"))
        numbers = list(map(float, texts))
        if not all(map(math.isfinite, numbers)):
            raise CellError(meldung("Zahl außerhalb des Bereichs"))
        return dict(zip(texts, numbers, strict=True))
    if plain and f.type == "string" and f.pattern is not None:
        if not _all_match(f.pattern, texts):
            raise CellError(meldung("Form stimmt nicht"))
        return dict(zip(texts, texts, strict=True))
    return {t: from_cell(t, f) for t in texts}
