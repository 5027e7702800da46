"""Checks a reader's eye makes, as code: every word of a cell fits its column (no cut header, no
word broken in the middle), wrapped text fits its row, one font in the whole workbook.

The widths are measured with reportlab's Helvetica metrics (Arial's, which LibreOffice replaces
by the metric-compatible Liberation Sans), independent of the report code's own measuring.
"""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter
from reportlab.pdfbase.pdfmetrics import stringWidth

PX_JE_EINHEIT = 7  # Excel's column unit: the digit width of the 10-pt default font, 7 px
PUNKT_JE_PX = 0.75
RAND_PX = 7  # the cell's inner margin on both sides, less the 5 px padding Excel adds to the unit
ZEILE_PT = 11.5  # one line of 10-pt Arial as LibreOffice sets it


def breite_pt(text: str, *, fett: bool, groesse: float) -> float:
    font = "Helvetica-Bold" if fett else "Helvetica"
    total = 0.0
    for z in text:
        try:
            z.encode("cp1252")
            total += stringWidth(z, font, groesse)
        except UnicodeEncodeError:
            total += groesse  # a symbol: at most as wide as it is high
    return total


def spalte_pt(ws: Any, col: int) -> float:
    width = ws.column_dimensions[get_column_letter(col)].width or 8.43
    return (width * PX_JE_EINHEIT + 5 - RAND_PX) * PUNKT_JE_PX


def _merged_width(ws: Any, cell: Any) -> float | None:
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            return sum(spalte_pt(ws, c) for c in range(rng.min_col, rng.max_col + 1))
    return None


def _zeilen(text: str, pt: float, *, fett: bool, groesse: float) -> int:
    n = 0
    for absatz in text.split("\n"):
        zeile = ""
        n += 1
        for wort in absatz.split(" "):
            probe = f"{zeile} {wort}" if zeile else wort
            if zeile and breite_pt(probe, fett=fett, groesse=groesse) > pt:
                n += 1
                zeile = wort
            else:
                zeile = probe
    return n


def probleme(ws: Any) -> list[str]:
    """What a reader would find cut or broken on this sheet."""
    out: list[str] = []
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not cell.value.strip():
                continue
            text = cell.value
            fett = bool(cell.font and cell.font.b)
            groesse = float(cell.font.sz or 10) if cell.font else 10.0
            ort = f"{ws.title}!{cell.coordinate} {text[:40]!r}"
            if cell.alignment is not None and cell.alignment.text_rotation == 90:
                hoehe = ws.row_dimensions[cell.row].height or 15
                laengstes = max(breite_pt(w, fett=fett, groesse=groesse) for w in text.split())
                if laengstes > hoehe - 4:
                    out.append(f"{ort}: senkrechtes Wort länger als die Kopfzeile hoch ist")
                continue
            breite = _merged_width(ws, cell) or spalte_pt(ws, cell.column)
            woerter = text.split()
            laengstes = max(breite_pt(w, fett=fett, groesse=groesse) for w in woerter)
            if cell.alignment is not None and cell.alignment.wrap_text:
                if laengstes > breite:
                    out.append(f"{ort}: ein Wort ist breiter als die Spalte ({laengstes:.0f} > {breite:.0f} pt)")
                zeilen = _zeilen(text, breite, fett=fett, groesse=groesse)
                hoehe = ws.row_dimensions[cell.row].height or 15
                if zeilen * ZEILE_PT * groesse / 10 > hoehe + 1:
                    out.append(f"{ort}: {zeilen} Zeilen passen nicht in {hoehe} pt Höhe")
            else:
                voll = breite_pt(text, fett=fett, groesse=groesse)
                rechts = ws.cell(row=cell.row, column=cell.column + 1).value
                if voll > breite and rechts not in (None, ""):
                    out.append(f"{ort}: abgeschnitten ({voll:.0f} > {breite:.0f} pt)")
    return out


def schriften(wb: Any) -> set[str]:
    """Every font name a cell of the workbook uses, the default font included."""
    namen = {f.name for f in wb._fonts}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    namen.add(cell.font.name)
    return namen
