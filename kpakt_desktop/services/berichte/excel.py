"""Excel helpers every report shares: text that stays text, print set-up, status fills, properties.

Text a user (or a Kommune, or a signed package) typed is written as a string cell and, when it
starts with a character a spreadsheet would read as a formula, with the quote prefix as well, so
editing the cell later does not turn it into one either.
"""

from __future__ import annotations

import weakref
from datetime import datetime
from functools import cache
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.excel_text import FORMULA_STARTS, safe_text, set_text

FORMEL_ZEICHEN = FORMULA_STARTS  # the one list, in services.excel_text

BOLD = Font(bold=True)
TITEL = Font(bold=True, size=14)
KLEIN = Font(size=9)
KOPF_FILL = PatternFill("solid", fgColor="DDDDDD")
DUENN = Side(style="thin", color="999999")
RAHMEN = Border(left=DUENN, right=DUENN, top=DUENN, bottom=DUENN)
UMBRUCH = Alignment(wrap_text=True, vertical="top")
MITTE = Alignment(horizontal="center", vertical="center")
DATUM_FORMAT = "DD.MM.YYYY"
PROZENT_FORMAT = "0.0%"
ZAHL_FORMAT = "#,##0"


def ist_formelartig(text: str) -> bool:
    return text.startswith(FORMEL_ZEICHEN)


# Put a string into a cell so that no spreadsheet evaluates it: the shared helper (quote prefix
# for formula starts, control characters dropped).
als_text = set_text


def text(ws: Worksheet, row: int, col: int, value: str, *, font: Font | None = None) -> Cell:
    cell = ws.cell(row=row, column=col)
    als_text(cell, value)
    if font is not None:
        cell.font = font
    return cell


# Per workbook: style combination → the cell style openpyxl built for it. Setting font, fill, …
# one by one hashes every style object each time; copying the finished style is far cheaper
# (the BDV workbook of a whole Land writes tens of thousands of styled cells). The style objects
# are kept with the entry so that the ids in the key stay theirs.
_VORLAGEN: weakref.WeakKeyDictionary[Any, dict[tuple[tuple[str, int], ...], tuple[Any, tuple[Any, ...]]]] = (
    weakref.WeakKeyDictionary()
)


def zelle(ws: Any, value: Any, **style: Any) -> Any:
    """A value for a write-only row: strings always stay text (see ``als_text``), "" is empty.

    Without a style, a value that is safe as it is goes into the row as it is: openpyxl writes
    plain values much faster than cell objects. A string is cleaned of control characters first
    (openpyxl would refuse the whole row), as ``als_text`` does for a cell.
    """
    if not style:
        if not isinstance(value, str):
            return value
        value = safe_text(value)
        if not value:
            return None
        if not value.startswith(FORMULA_STARTS):
            return value
    if style:
        vorlagen = _VORLAGEN.setdefault(ws.parent, {})
        key = tuple((k, id(v)) for k, v in style.items())
        vorlage = vorlagen.get(key)
        if vorlage is None:
            cell = Cell(ws, row=1, column=1)  # as WriteOnlyCell: the writer sets the real place
            for k, v in style.items():
                setattr(cell, k, v)
            vorlagen[key] = (StyleArray(cell._style), tuple(style.values()))
        else:
            cell = Cell(ws, row=1, column=1, style_array=vorlage[0])  # copies the style
    else:
        cell = Cell(ws, row=1, column=1)
    if isinstance(value, str):
        set_text(cell, value)
        if not cell.value:  # "" or only control characters: an empty cell
            cell.value = None
    else:
        cell.value = value
    return cell


@cache
def status_fill(status: Status) -> PatternFill:
    return PatternFill("solid", fgColor=status.farbe.lstrip("#").upper())


def kopf_fuss(ws: Any, *, links: str, stand: datetime) -> None:
    """Header and footer on every printed page: what it is, the Stand, page x of y."""
    ws.oddHeader.left.text = _hf(links)
    ws.oddHeader.right.text = _hf(f"Stand {stand:%d.%m.%Y %H:%M}")
    ws.oddFooter.left.text = _hf("Kommunalpakt Desktop")
    ws.oddFooter.right.text = "Seite &P von &N"


def _hf(value: str) -> str:
    # "&" starts a header/footer code; a literal one is doubled.
    return value.replace("&", "&&")


def druck_einrichten(ws: Any, *, titelzeilen: str | None, quer: bool = True) -> None:
    """A4, landscape by default, fitted to the page width; header rows repeat on every page."""
    ws.page_setup.orientation = "landscape" if quer else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = False
    if titelzeilen:
        ws.print_title_rows = titelzeilen


def eigenschaften(wb: Workbook, *, titel: str, betreff: str, ersteller: str, stand: datetime) -> None:
    wb.properties.title = titel
    wb.properties.subject = betreff
    wb.properties.creator = ersteller
    wb.properties.lastModifiedBy = ersteller
    wb.properties.created = stand
    wb.properties.modified = stand
    wb.properties.keywords = "Kommunalpakt, OZG, EfA, Nachnutzung"
