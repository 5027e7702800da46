"""Every Excel writer keeps hostile text as text: no cell of a written workbook is a formula,
and text starting with =, +, -, @, tab or CR arrives as typed (quote prefix set).

``WRITERS`` maps a name to a function that puts the hostile texts into that writer's output
and returns the .xlsx path; a new report writer adds one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from kpakt_desktop.services.excel_text import FORMULA_STARTS, safe_text
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.national_reports import write_reports
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://example.invalid";"hier klicken")',
    "+49 30 123456",
    "-2+3",
    "@SUMME(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=cmd|' /C calc'!A0",
    "Text mit Steuerzeichen \x07 und \x1b",
]


def national_xlsx(tmp: Path, texts: list[str], bundles, keys) -> Path:  # type: ignore[no-untyped-def]
    """National report: Leistung names come from the Länder' packages."""
    with NationalDatabase(tmp / "bund.sqlite") as db:
        assert merge([bundles["02"]], db, trust_dir=keys.trust).ok
        table = DATA_TABLES["leistung"]
        with db.begin() as conn:
            for nr, text in enumerate(texts, start=1):
                conn.execute(update(table).where(table.c.nr == nr).values(name=text))
        return next(iter(write_reports(db, xlsx=tmp / "bund.xlsx")))


WRITERS: dict[str, Callable[..., Path]] = {"national_xlsx": national_xlsx}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_excel_writer_keeps_hostile_text_as_text(writer: str, bundles, keys, tmp_path: Path) -> None:
    path = WRITERS[writer](tmp_path, HOSTILE, bundles, keys)
    wb = load_workbook(path)
    found: dict[str, object] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{writer}: {ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    found[cell.value] = cell
    for text in HOSTILE:
        expected = safe_text(text).replace("\r", "\n")  # XML reads a carriage return back as a line feed
        assert expected in found, f"{writer}: {text!r} missing"
        if safe_text(text).startswith(FORMULA_STARTS):
            assert found[expected].quotePrefix, f"{writer}: {text!r} without quote prefix"  # type: ignore[attr-defined]
