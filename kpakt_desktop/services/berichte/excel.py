"""Excel helpers every report shares: text that stays text, print set-up, status fills, properties.

Text a user (or a Kommune, or a signed package) typed is written as a string cell and, when it
starts with a character a spreadsheet would read as a formula, with the quote prefix as well, so
editing the cell later does not turn it into one either.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfbase.pdfmetrics import stringWidth

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.excel_text import FORMULA_STARTS, safe_text, set_text

FORMEL_ZEICHEN = FORMULA_STARTS  # the one list, in services.excel_text

# One font for every cell of every workbook: Arial is on every office PC, and LibreOffice
# substitutes the metric-compatible Liberation Sans, so the widths computed below hold in both.
SCHRIFTART = "Arial"
GROESSE = 10
STANDARD = Font(name=SCHRIFTART, size=GROESSE)
BOLD = Font(name=SCHRIFTART, size=GROESSE, bold=True)
TITEL = Font(name=SCHRIFTART, bold=True, size=14)
UNTERTITEL = Font(name=SCHRIFTART, bold=True, size=12)
KLEIN = Font(name=SCHRIFTART, size=9)
KOPF_FILL = PatternFill("solid", fgColor="DDDDDD")
DUENN = Side(style="thin", color="999999")
RAHMEN = Border(left=DUENN, right=DUENN, top=DUENN, bottom=DUENN)
UMBRUCH = Alignment(wrap_text=True, vertical="top")
OBEN = Alignment(vertical="top")
MITTE = Alignment(horizontal="center", vertical="center")
DATUM_FORMAT = "DD.MM.YYYY"
PROZENT_FORMAT = "0.0%"
ZAHL_FORMAT = "#,##0"
GELD_FORMAT = '#,##0 "€"'  # whole euros, as the costs are recorded
GELD_CENT_FORMAT = '#,##0.00 "€"'  # per Einwohner
ZEILENHOEHE = 13.0  # points per line of wrapped 10-pt text


def arbeitsmappe(*, write_only: bool = False) -> Workbook:
    """A workbook whose default font (empty cells, column width unit) is the one font of the reports."""
    wb = Workbook(write_only=write_only)
    wb._fonts = IndexedList([STANDARD])  # the "Normal" style points at font 0
    return wb


# -- measuring text: column widths and row heights from font metrics --------------------------------


@cache
def _zeichen_breite(zeichen: str, fett: bool) -> float:
    """Width of one character at 1 pt: Helvetica's metrics (= Arial's) for the Windows code page,
    DejaVu Sans (wider) for the rest, so symbols like ◐ or → are never underestimated."""
    try:
        zeichen.encode("cp1252")
        return stringWidth(zeichen, "Helvetica-Bold" if fett else "Helvetica", 1)
    except UnicodeEncodeError:
        from kpakt_desktop.services.berichte.pdf import SCHRIFT, SCHRIFT_FETT, schriften

        schriften()
        return stringWidth(zeichen, SCHRIFT_FETT if fett else SCHRIFT, 1)


def text_pt(text: str, *, fett: bool = False, groesse: float = GROESSE) -> float:
    """Printed width of ``text`` in points."""
    return _breite_1pt(text, fett) * groesse


@lru_cache(maxsize=65536)
def _breite_1pt(text: str, fett: bool) -> float:
    return sum(_zeichen_breite(z, fett) for z in text)


def spalte_pt(breite: float) -> float:
    """Usable width in points of a column of ``breite`` (Excel's unit: digits of the 10-pt font,
    7 px each, plus 5 px of padding; a cell keeps about 3 px margin on each side)."""
    return (breite * 7 + 5 - 7) * 0.75


def breite_fuer(pt: float) -> float:
    """The column width whose usable width holds ``pt`` points (with 4 % to spare)."""
    return round((pt * 1.04 / 0.75 + 2) / 7 + 0.05, 1)


def umbrechen(text: str, pt: float, *, fett: bool = False, groesse: float = GROESSE) -> list[str]:
    """``text`` wrapped at spaces into lines of at most ``pt`` points (a longer word stays whole)."""
    if "\n" not in text and text_pt(text, fett=fett, groesse=groesse) <= pt:
        return [text]
    zeilen: list[str] = []
    for absatz in text.split("\n"):
        zeile = ""
        for wort in absatz.split(" "):
            probe = f"{zeile} {wort}" if zeile else wort
            if zeile and text_pt(probe, fett=fett, groesse=groesse) > pt:
                zeilen.append(zeile)
                zeile = wort
            else:
                zeile = probe
        zeilen.append(zeile)
    return zeilen


def laengstes_wort_pt(text: str, *, fett: bool = False, groesse: float = GROESSE) -> float:
    return max((text_pt(w, fett=fett, groesse=groesse) for w in text.split()), default=0.0)


def als_anzeige(value: Any, number_format: str | None = None) -> str:
    """About what a spreadsheet shows for a value, to measure it."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, bool):
        return "WAHR"
    if isinstance(value, (int, float)):
        fmt = number_format or ""
        if "%" in fmt:
            return f"{value * 100:,.1f} %"
        stellen = 2 if "0.00" in fmt or (isinstance(value, float) and "#" not in fmt) else 0
        return f"{value:,.{stellen}f}" + (" €" if "€" in fmt else "")
    return str(value)


def zahl_text(n: float, stellen: int = 0) -> str:
    """A number as German text (for sentences; cells keep numbers with a number format)."""
    return f"{n:,.{stellen}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def spaltenbreiten(
    kopf: Sequence[str],
    zeilen: Iterable[Sequence[Any]],
    *,
    hoechst: Sequence[float] | float = 60.0,
    mindest: float = 5.0,
    formate: Sequence[str | None] = (),
) -> list[float]:
    """Column widths from the content: wide enough for every value on one line up to ``hoechst``
    (beyond it the text wraps), and never narrower than the longest word of a value or header."""
    n = len(kopf)
    grenzen = [hoechst] * n if isinstance(hoechst, (int, float)) else list(hoechst)
    voll = [0.0] * n
    wort = [laengstes_wort_pt(k, fett=True) for k in kopf]
    for z in zeilen:
        for i, v in enumerate(z[:n]):
            t = als_anzeige(v, formate[i] if i < len(formate) else None)
            if t:
                voll[i] = max(voll[i], text_pt(t))
                wort[i] = max(wort[i], laengstes_wort_pt(t))
    return [
        max(mindest, breite_fuer(wort[i]), min(breite_fuer(max(voll[i], wort[i])), max(grenzen[i], mindest)))
        for i in range(n)
    ]


def zeilenhoehe(texte: Sequence[Any], breiten: Sequence[float], *, fett: bool = False) -> float | None:
    """Height of a row whose cells wrap within these column widths (None: one line is enough)."""
    zeilen = max(
        (
            len(umbrechen(t, spalte_pt(b), fett=fett))
            for t, b in zip(texte, breiten, strict=False)
            if isinstance(t, str) and t
        ),
        default=1,
    )
    return ZEILENHOEHE * zeilen + 2 if zeilen > 1 else None


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


def druck_einrichten(ws: Any, *, titelzeilen: str | None, quer: bool = True, a3: bool = False) -> None:
    """A4 (or A3), landscape by default, fitted to the page width; header rows repeat on every page."""
    ws.page_setup.orientation = "landscape" if quer else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A3 if a3 else Worksheet.PAPERSIZE_A4
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


def tabellenblatt(
    wb: Workbook,
    name: str,
    *,
    titel: str,
    erlaeuterung: str,
    kopf: Sequence[str],
    zeilen: Sequence[Sequence[Any]],
    formate: Sequence[str | None] = (),
    hoechst: Sequence[float] | float = 50.0,
    kopf_links: str,
    stand: datetime,
    summe: Sequence[Any] | None = None,
) -> Any:
    """A printed table on its own sheet: title, explanation, header row (repeated on every page,
    filter, frozen), one row per entry, an optional bold total row. Columns as wide as their content
    (up to ``hoechst``, then the text wraps at spaces); rows as high as their wrapped text."""
    ws = wb.create_sheet(name)
    n = len(kopf)
    alle = [*zeilen, *([summe] if summe is not None else [])]
    breiten = spaltenbreiten(kopf, alle, hoechst=hoechst, formate=formate)
    for col, w in enumerate(breiten, start=1):
        ws.column_dimensions[get_column_letter(col)].width = w
    text(ws, 1, 1, titel, font=TITEL)
    erl = text(ws, 2, 1, erlaeuterung)
    erl.alignment = UMBRUCH
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    gesamt = sum(spalte_pt(w) for w in breiten)
    ws.row_dimensions[2].height = ZEILENHOEHE * len(umbrechen(erlaeuterung, gesamt)) + 2
    for col, t in enumerate(kopf, start=1):
        cell = text(ws, 4, col, t, font=BOLD)
        cell.fill = KOPF_FILL
        cell.border = RAHMEN
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[4].height = zeilenhoehe(kopf, breiten, fett=True)
    for r, werte in enumerate(alle, start=5):
        fett = summe is not None and r == 4 + len(alle)
        for c, v in enumerate(werte, start=1):
            cell = ws.cell(row=r, column=c)
            fmt = formate[c - 1] if c - 1 < len(formate) else None
            if isinstance(v, str):
                als_text(cell, v)
                cell.alignment = UMBRUCH
            else:
                cell.value = v
                cell.alignment = OBEN
                if fmt:
                    cell.number_format = fmt
                elif isinstance(v, int) and not isinstance(v, bool):
                    cell.number_format = ZAHL_FORMAT
                elif isinstance(v, date):
                    cell.number_format = DATUM_FORMAT
            cell.border = RAHMEN
            if fett:
                cell.font = BOLD
        hoehe = zeilenhoehe([v if isinstance(v, str) else "" for v in werte], breiten, fett=fett)
        if hoehe:
            ws.row_dimensions[r].height = hoehe
    last = 4 + max(len(zeilen), 1)
    ws.auto_filter.ref = f"A4:{get_column_letter(n)}{last}"
    ws.freeze_panes = "A5"
    druck_einrichten(ws, titelzeilen="4:4")
    kopf_fuss(ws, links=kopf_links, stand=stand)
    return ws
