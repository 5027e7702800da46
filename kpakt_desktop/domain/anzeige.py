"""Text from outside (a package, a file name) made safe to show, and German counts.

A name or value from a Standardpaket may hold control characters: an ANSI escape sequence in a
file name or a cell would recolour, move or clear the terminal of the person reading the message.
Every human-readable message shows such characters as visible escapes (``\\x1b``), never raw.
"""

from __future__ import annotations

import re

# C0 controls except none (a message is one line of text), DEL, C1 controls, and the Unicode
# direction overrides/isolates that reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def sichtbar(text: str) -> str:
    """``text`` with every control or direction character written as a visible escape."""
    return _CONTROLS.sub(_escape, text)


def anzahl(n: int, einzahl: str, mehrzahl: str) -> str:
    """``1 Problem``, ``2 Probleme``, ``0 Probleme``."""
    return f"{n} {einzahl if n == 1 else mehrzahl}"
