"""Text into Excel cells as text, never as a formula: the one helper every Excel writer uses.

openpyxl turns a string that starts with ``=`` into a formula, and Excel/LibreOffice evaluate
cells starting with ``+``, ``-`` or ``@`` (and, after a tab or line break, any of these)
when a user edits them. Text users typed, or that came in a package or a Rückmeldebogen, is
therefore stored as a string cell with the quote prefix (shown as typed, kept as text on edit).
Characters an xlsx file cannot hold at all (control characters) are dropped instead of making
the whole report fail.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# Tab, CR and LF let a formula hide behind white space when the text is pasted or re-read as CSV.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def set_text(cell: Any, value: str) -> None:
    """Store ``value`` in an openpyxl cell as plain text whatever it starts with."""
    text = safe_text(value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
