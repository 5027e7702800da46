"""National reports of the merged database: Excel (Länder × Leistungen, one sheet per Land) and PDF.

Both name each Land's as-of date (Stand), because the Länder report at different times. Text
from the packages is written as text, never as a formula (a package is signed, not harmless).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.services.berichte.excel import BOLD, KOPF_FILL, druck_einrichten
from kpakt_desktop.services.excel_text import safe_text, set_text
from kpakt_desktop.services.file_output import save_workbook, write_bytes
from kpakt_desktop.services.standardpaket.national_view import Bundesstand, LandStand, national_overview
from kpakt_desktop.store.national import NationalDatabase

TITLE = "Kommunalpakt: Stand der Nachnutzung der Fokusleistungen in den Ländern"
NOTE = (
    "Anteil produktiv: zuständige Kommunen mit Status „produktiv“ je zuständige Kommunen. "
    "Anteil Einwohner: Einwohner der Kommunen, in denen die Leistung produktiv ist, je Einwohner aller "
    "zuständigen Kommunen. Leistungen 7 (vollständig realisiert) und 8 (Bund direkt) zählen nicht. "
    "Jedes Land meldet zu seinem eigenen Stand."
)
_BOLD = BOLD
_HEAD_FILL = KOPF_FILL


NAME_MAX = 120  # a Land's name as printed: a package may carry up to 1 MiB of text in it
FOOTER_MAX = 200  # Excel allows 255 characters for a whole header or footer


def _kurz(text: str, limit: int = NAME_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _name(land: LandStand) -> str:
    return _kurz(land.name)


def _stand(land: LandStand) -> str:
    return f"{land.stand:%d.%m.%Y %H:%M} UTC"


def _text(ws: Worksheet, row: int, col: int, value: str, *, bold: bool = False) -> None:
    """A text cell that Excel never evaluates, whatever it starts with."""
    cell = ws.cell(row=row, column=col)
    set_text(cell, value)
    if bold:
        cell.font = _BOLD


def _share(ws: Worksheet, row: int, col: int, value: float | None) -> None:
    cell = ws.cell(row=row, column=col)
    if value is None:
        cell.value = "–"
        cell.alignment = Alignment(horizontal="center")
    else:
        cell.value = value
        cell.number_format = "0.0%"


def _print_setup(ws: Worksheet, header_rows: str, footer: str) -> None:
    druck_einrichten(ws, titelzeilen=header_rows)
    text = _kurz(safe_text(footer), FOOTER_MAX)  # control characters would break the file's XML
    while len(text.replace("&", "&&")) > FOOTER_MAX:
        text = _kurz(text, len(text) - 1)
    ws.oddFooter.left.text = text.replace("&", "&&")
    ws.oddFooter.right.text = "Seite &P von &N"


def _matrix(ws: Worksheet, bund: Bundesstand, title: str, pick: str) -> None:
    _text(ws, 1, 1, title, bold=True)
    _text(ws, 2, 1, NOTE)
    head = ["Land", "Stand", *[f"{nr}" for nr, _ in bund.leistungen]]
    for col, value in enumerate(head, start=1):
        _text(ws, 4, col, value, bold=True)
        ws.cell(row=4, column=col).fill = _HEAD_FILL
    for col, (_nr, name) in enumerate(bund.leistungen, start=3):
        _text(ws, 3, col, name)
        ws.cell(row=3, column=col).alignment = Alignment(text_rotation=90, wrap_text=True)
    for row, land in enumerate(bund.laender, start=5):
        _text(ws, row, 1, f"{land.kuerzel} {_name(land)}")
        _text(ws, row, 2, _stand(land))
        for col, (nr, _) in enumerate(bund.leistungen, start=3):
            zelle = land.zelle(nr)
            _share(ws, row, col, getattr(zelle, pick) if zelle else None)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 20
    for col in range(3, 3 + len(bund.leistungen)):
        ws.column_dimensions[get_column_letter(col)].width = 8
    ws.row_dimensions[3].height = 150
    ws.freeze_panes = "C5"
    _print_setup(ws, "3:4", title)


def _land_sheet(ws: Worksheet, land: LandStand, bund: Bundesstand) -> None:
    _text(ws, 1, 1, f"{_name(land)} ({land.kuerzel}) – Stand {_stand(land)}, Paket Nr. {land.sequenz}", bold=True)
    _text(ws, 2, 1, f"{land.kommunen} aktive Kommunen, {land.einwohner} Einwohner")
    head = [
        "Nr",
        "Leistung",
        "Vollzugsebene",
        "zuständig",
        "produktiv",
        "Anteil produktiv",
        "Einwohner zuständig",
        "Einwohner produktiv",
        "Anteil Einwohner",
    ]
    for col, value in enumerate(head, start=1):
        _text(ws, 4, col, value, bold=True)
        ws.cell(row=4, column=col).fill = _HEAD_FILL
    names = dict(bund.leistungen)
    for row, zelle in enumerate(land.zellen, start=5):
        ws.cell(row=row, column=1, value=zelle.nr)
        _text(ws, row, 2, names.get(zelle.nr, str(zelle.nr)))
        _text(ws, row, 3, zelle.ebene.label if zelle.ebene else "–")
        ws.cell(row=row, column=4, value=zelle.zustaendig)
        ws.cell(row=row, column=5, value=zelle.produktiv)
        _share(ws, row, 6, zelle.anteil_produktiv)
        ws.cell(row=row, column=7, value=zelle.einwohner_zustaendig)
        ws.cell(row=row, column=8, value=zelle.einwohner_produktiv)
        _share(ws, row, 9, zelle.anteil_einwohner)
    for col, width in enumerate((5, 40, 30, 11, 11, 11, 14, 14, 11), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A5"
    _print_setup(ws, "4:4", f"{_name(land)}, Stand {_stand(land)}")


def write_xlsx(bund: Bundesstand, target: Path) -> Path:
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Anteil produktiv"
    _matrix(first, bund, TITLE + " – Anteil produktiv", "anteil_produktiv")
    _matrix(wb.create_sheet("Anteil Einwohner"), bund, TITLE + " – Anteil Einwohner", "anteil_einwohner")
    for land in bund.laender:
        _land_sheet(wb.create_sheet(land.kuerzel or land.land), land, bund)
    save_workbook(wb, target)
    return target


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def write_pdf(bund: Bundesstand, target: Path, *, now: datetime | None = None) -> Path:
    created = (now or datetime.now(UTC)).strftime("%d.%m.%Y %H:%M UTC")
    buffer = io.BytesIO()
    _build_pdf(bund, buffer, created)
    return write_bytes(buffer, target)


def _build_pdf(bund: Bundesstand, out: io.BytesIO, created: str) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from kpakt_desktop.services.berichte import pdf  # embedded fonts, tables, page numbers of every report

    styles = pdf.stile()
    small = styles["Zelle"]
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=TITLE,
        creator="Kommunalpakt Desktop",
    )
    story: list[Any] = [
        pdf.p(TITLE, styles["Title"]),
        pdf.p(f"Erstellt {created}. {NOTE}", styles["BodyText"]),
        Spacer(1, 4 * mm),
    ]
    stand_rows: list[list[Any]] = [["Land", "Stand", "Paket", "Kommunen", "Einwohner"]]
    stand_rows += [
        [
            pdf.p(f"{x.kuerzel} {_name(x)}", small),
            _stand(x),
            str(x.sequenz),
            str(x.kommunen),
            f"{x.einwohner:,}".replace(",", "."),
        ]
        for x in bund.laender
    ]
    story.append(pdf.tabelle(stand_rows, rechts_ab=2))
    for label, pick in (("Anteil produktiv", "anteil_produktiv"), ("Anteil Einwohner", "anteil_einwohner")):
        story += [Spacer(1, 5 * mm), pdf.p(label, styles["Heading2"])]
        head = ["Land (Stand)", *[str(nr) for nr, _ in bund.leistungen]]
        rows: list[list[Any]] = [head]
        for x in bund.laender:
            cells = [_pct(getattr(z, pick)) if (z := x.zelle(nr)) else "–" for nr, _ in bund.leistungen]
            rows.append([pdf.p(f"{x.kuerzel} ({x.stand:%d.%m.%Y})", small), *cells])
        story.append(pdf.tabelle(rows, [32 * mm] + [None] * len(bund.leistungen), rechts_ab=1))
    legend = "; ".join(f"{nr} {name}" for nr, name in bund.leistungen)
    story += [Spacer(1, 4 * mm), pdf.p("Leistungen: " + legend, small)]
    doc.build(story, canvasmaker=pdf.nummerierte_seiten(TITLE, f"Erstellt {created}"))


def write_reports(db: NationalDatabase, *, xlsx: Path | None = None, pdf: Path | None = None) -> Iterator[Path]:
    bund = national_overview(db)
    if not bund.laender:
        raise InputError(meldung("Die Bundesdatenbank enthält noch kein Land; es gibt nichts zu berichten."))
    if xlsx is not None:
        yield write_xlsx(bund, xlsx)
    if pdf is not None:
        yield write_pdf(bund, pdf)
