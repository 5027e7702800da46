"""The Standardpaket preview shows German column headers, the technical field name in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpakt_desktop.domain.standardpaket import TABLES
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.standardpaket import spalten
from kpakt_desktop.gui.standardpaket.page import StandardpaketPage

FIELDS = [(t.name, f) for t in TABLES for f in t.fields]


@pytest.mark.parametrize(("tabelle", "feld"), FIELDS, ids=[f"{t}.{f.name}" for t, f in FIELDS])
def test_every_field_of_the_format_has_a_german_header(tabelle, feld):
    header = spalten.ueberschrift(tabelle, feld.name)
    assert "_" not in header and header != feld.name, header
    if feld.description:  # the format's own words, not made-up ones
        assert header.startswith(feld.description)
        assert feld.description in spalten.tooltip(tabelle, feld.name)
    if feld.type == "boolean":
        assert header.endswith("(ja/nein)")
    assert f"„{feld.name}“" in spalten.tooltip(tabelle, feld.name)


def test_the_preview_shows_them(qtbot, rp_demo):
    page = StandardpaketPage(AppContext(rp_demo))
    qtbot.addWidget(page)
    page.show()
    land = next(i for i in range(page.tables_model.rowCount()) if page.tables_model.row_at(i).name == "land")
    page.tables_view.selectRow(land)
    model = page.rows_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(len(headers))]
    assert headers[0] == "Landesschlüssel 01–16"
    assert "Demo (ja/nein)" in headers
    assert "schluessel" not in headers and "ist_demo" not in headers
    assert "„ist_demo“" in tips[headers.index("Demo (ja/nein)")]
