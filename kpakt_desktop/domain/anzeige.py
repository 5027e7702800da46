"""Text from outside (a package, a file name) made safe to show, and German counts.

A name or value from a Standardpaket may hold control characters: an ANSI escape sequence in a
file name or a cell would recolour, move or clear the terminal of the person reading the message.
Every human-readable message shows such characters as visible escapes (``\\x1b``), never raw.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import PurePath
from typing import overload

from kpakt_desktop.domain.errors import Meldung

# C0 controls except none (a message is one line of text), DEL, C1 controls, and the Unicode
# direction overrides/isolates that reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@overload
def sichtbar(text: Meldung) -> Meldung: ...
@overload
def sichtbar(text: str) -> str: ...
def sichtbar(text: str) -> str:
    """``text`` with every control or direction character written as a visible escape.

    A ``Meldung`` stays one, with its values escaped: the GUI translates its template and inserts the
    escaped values (the templates hold no such characters, so the German text is the same as escaping
    it whole)."""
    if isinstance(text, Meldung):
        return Meldung(text.vorlage, **{key: _sichtbar_wert(value) for key, value in text.werte.items()})
    return _CONTROLS.sub(_escape, text)


def _sichtbar_wert(value: object) -> object:
    if isinstance(value, tuple):
        return tuple(_sichtbar_wert(v) for v in value)
    if isinstance(value, str) and not isinstance(value, Enum):  # a vocabulary member is ours, not outside text
        return sichtbar(value)
    if isinstance(value, PurePath):
        return sichtbar(str(value))
    return value


def anzahl(n: int, einzahl: str, mehrzahl: str) -> str:
    """``1 Problem``, ``2 Probleme``, ``0 Probleme``."""
    return f"{n} {einzahl if n == 1 else mehrzahl}"
