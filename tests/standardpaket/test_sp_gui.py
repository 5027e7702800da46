"""The Standardpaket page and the key dialog (pytest-qt, offscreen)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.standardpaket.key_dialog import KeyDialog
from kpakt_desktop.gui.standardpaket.page import StandardpaketPage
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.validate import validate_bundle


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(msgbox, "info", lambda _p, title, text: shown.append(("info", text)))
    monkeypatch.setattr(msgbox, "error", lambda _p, title, text: shown.append(("error", text)))
    monkeypatch.setattr(msgbox, "ask", lambda *_a: True)
    return shown


def _not_demo(store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from kpakt_desktop.store.models import LandRow

    with store.write() as s:  # the office's own database, not the demo
        s.execute(update(LandRow).values(ist_demo=False))


def test_page_previews_keys_and_exports(qtbot, rp_demo, tmp_path: Path, boxes, monkeypatch) -> None:
    _not_demo(rp_demo)
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
    stored = signing.stored_public_key(rp_demo)  # the database keeps the public key it was signed with
    assert stored is not None and signing.fingerprint(stored) == info.fingerprint
    # Replace the key: the dialog asks (patched: yes) and shows the new fingerprint.
    dialog.findChild(QPushButton, "createButton").click()
    assert dialog.fingerprint.text() != info.fingerprint
    # Without the private key on this computer, the page names the key the database knows.
    signing.default_private_key_path("07").unlink()
    page._show_key()
    assert info.fingerprint in page.key_label.text() and "nicht auf diesem Computer" in page.key_label.text()


def test_demo_database_names_its_demo_key(qtbot, rp_demo) -> None:
    """The demo signs with its own key (tests/standardpaket/test_sp_strict.py exports with it)."""
    page = StandardpaketPage(AppContext(rp_demo))
    qtbot.addWidget(page)
    assert "Demo-Schlüssel" in page.key_label.text()


def test_bundesansicht_reads_national_database_read_only(
    qtbot, rp_demo, bundles, demo_templates, keys, tmp_path, boxes, monkeypatch
):
    from kpakt_desktop.gui.standardpaket.bundesansicht import BundesansichtWindow
    from kpakt_desktop.services.standardpaket.merge import merge
    from kpakt_desktop.store.national import NationalDatabase
    from standardpaket.sp_helpers import file_digest

    path = tmp_path / "bund.sqlite"
    with NationalDatabase(path) as db:
        assert merge(bundles.values(), db, trust_dir=keys.trust).ok
    before = file_digest(path)
    monkeypatch.setattr(msgbox, "open_file", lambda *_a: path)
    page = StandardpaketPage(AppContext(rp_demo))
    qtbot.addWidget(page)
    page.open_bundesansicht()
    window = page.findChild(BundesansichtWindow)
    assert window is not None
    assert window.laender_model.rowCount() == 3
    assert window.matrix_model.rowCount() == 16  # first Land selected: its 16 Leistungen
    rp_row = next(i for i in range(3) if window.laender_model.row_at(i).land == "07")
    window.laender_view.selectRow(rp_row)
    assert "Rheinland-Pfalz" in window.matrix_label.text() and "01.11.2026" in window.matrix_label.text()
    zelle = window.matrix_model.row_at(0)
    assert zelle.nr == 1 and zelle.zustaendig > 100
    # drill-down to the Land's matrix: one row per zuständige Kommune, the Land's own statuses
    from sqlalchemy import select

    from kpakt_desktop.store.database import backup_file, open_store
    from kpakt_desktop.store.models import Kommune, Nachnutzung

    matrix = window.kommunen_model
    exported = open_store(backup_file(demo_templates["07"], tmp_path / "rp-exported.sqlite"))
    with exported.read() as s:
        expected = {
            (ars, nr): status
            for ars, nr, status in s.execute(
                select(Kommune.ars, Nachnutzung.leistung_nr, Nachnutzung.status).join(
                    Kommune, Kommune.id == Nachnutzung.kommune_id
                )
            )
        }
    exported.close()
    assert matrix.rowCount() == len({ars for ars, _nr in expected})
    for row in range(matrix.rowCount()):
        zeile = matrix.row_at(row)
        for nr, status in zeile.status.items():
            assert expected[(zeile.ars, nr)] is status
    first = matrix.row_at(0)
    nr = min(first.status)
    column = 3 + sorted(n for n, _ in window.bund.leistungen).index(nr)
    assert matrix.index(0, column).data() == f"{first.status[nr].symbol} {first.status[nr].kurz}"
    window.close()
    assert file_digest(path) == before
    assert not list(tmp_path.glob("bund.sqlite-*"))  # no journal or WAL left behind

    monkeypatch.setattr(msgbox, "open_file", lambda *_a: tmp_path / "missing.sqlite")
    page.open_bundesansicht()
    assert boxes[-1][0] == "error" and "nicht gefunden" in boxes[-1][1]


def test_bundesansicht_refuses_a_land_database(qtbot, rp_demo, rp_demo_path, boxes, monkeypatch):
    from kpakt_desktop.gui.standardpaket.bundesansicht import BundesansichtWindow

    monkeypatch.setattr(msgbox, "open_file", lambda *_a: rp_demo_path)
    window = BundesansichtWindow()
    qtbot.addWidget(window)
    window.choose_database()
    assert boxes[-1][0] == "error" and "keine Bundesdatenbank" in boxes[-1][1]
    assert window.laender_model.rowCount() == 0
