"""The Standardpaket page and the key dialog (pytest-qt, offscreen)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.key_dialog import KeyDialog
from kpakt_desktop.gui.pages.standardpaket import StandardpaketPage
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.validate import validate_bundle


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(msgbox, "info", lambda _p, title, text: shown.append(("info", text)))
    monkeypatch.setattr(msgbox, "error", lambda _p, title, text: shown.append(("error", text)))
    monkeypatch.setattr(msgbox, "ask", lambda *_a: True)
    return shown


def test_page_previews_keys_and_exports(qtbot, rp_demo, tmp_path: Path, boxes, monkeypatch) -> None:
    ctx = AppContext(rp_demo)
    page = StandardpaketPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.tables_model.rowCount() == 25
    assert "keine personenbezogenen Daten" in page.findChild(QLabel, "keinePersonendaten").text()
    assert page.rows_model.columnCount() > 0 and page.rows_model.rowCount() == 1  # land.csv: one row
    kommune_row = next(i for i in range(25) if page.tables_model.row_at(i).name == "kommune")
    page.tables_view.selectRow(kommune_row)
    assert page.rows_model.rowCount() == 200

    # No key yet: the export explains what to do instead of failing.
    page.start_export()
    assert boxes[-1][0] == "error" and "Schlüssel" in boxes[-1][1]

    dialog = KeyDialog("07", "Rheinland-Pfalz", page)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "createButton").click()
    info = signing.key_info("07")
    assert info is not None and dialog.fingerprint.text() == info.fingerprint
    assert "BEGIN PUBLIC KEY" in dialog.public_key.toPlainText()
    assert stat.S_IMODE(info.private_path.stat().st_mode) == 0o600
    trust = tmp_path / "trust"
    trust.mkdir()
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: trust / "07.pub")
    dialog.save_button.click()
    assert (trust / "07.pub").read_text() == info.public_pem

    target = tmp_path / "rp.zip"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: target)
    page._show_key()
    assert info.fingerprint in page.key_label.text()
    page.start_export()
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: boxes[-1][0] == "info", timeout=5000)
    assert "Nr. 1" in boxes[-1][1]
    assert validate_bundle(target, trust).valid
    # Replace the key: the dialog asks (patched: yes) and shows the new fingerprint.
    dialog.findChild(QPushButton, "createButton").click()
    assert dialog.fingerprint.text() != info.fingerprint
