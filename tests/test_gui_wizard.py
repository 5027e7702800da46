"""First-run wizard: Land → database from the register → office → signing key; or the demo; or open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.start.wizard import PAGE_FERTIG, FirstRunWizard
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, LandRow


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "daten"
    monkeypatch.setenv("KPAKT_DATA_DIR", str(folder))
    settings.set_data_dir(None)
    return folder


def test_new_land_database_with_office_and_key(qtbot, data_dir, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: errors.append(text))
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.intro.new_radio.isChecked()
    wizard.next()
    wizard.land_page.combo.setCurrentIndex(wizard.land_page.combo.findData("04"))
    wizard.next()
    assert wizard.datei_page.path() == data_dir / "land-04.sqlite"
    wizard.next()  # the commit point: creates the database in the worker
    assert errors == []
    assert wizard.result_path == data_dir / "land-04.sqlite"
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # no way back past the file
    wizard.stelle_page.dienststelle.setText("  Senatorin für Finanzen, Referat Digitalisierung ")
    wizard.stelle_page.koordinator.setText("Dr. Anna Beispiel")
    wizard.stelle_page.benutzer.setText("A. Beispiel")
    wizard.next()
    assert wizard.schluessel_page.check.isChecked()
    wizard.next()
    assert wizard.currentId() == PAGE_FERTIG
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    info = signing.key_info("04")
    assert info is not None and info.fingerprint in wizard.fertig_page.summary.text()
    assert settings.user_name() == "A. Beispiel"
    store = open_store(data_dir / "land-04.sqlite")
    try:
        with store.read() as s:
            row = s.scalars(select(LandRow)).one()
            assert (row.name, row.dienststelle, row.koordinator) == (
                "Bremen",
                "Senatorin für Finanzen, Referat Digitalisierung",
                "Dr. Anna Beispiel",
            )
            assert s.scalar(select(func.count()).select_from(Kommune)) == 2
    finally:
        store.close()


def test_existing_file_is_refused_and_wizard_stays(qtbot, data_dir, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: errors.append(text))
    data_dir.mkdir(parents=True)
    (data_dir / "land-07.sqlite").write_bytes(b"wichtig")
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.datei_page
    assert errors and "nicht überschrieben" in errors[0]
    assert (data_dir / "land-07.sqlite").read_bytes() == b"wichtig"
    assert wizard.result_path is None


def test_demo_choice_creates_the_demo(qtbot, data_dir):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.demo_radio.setChecked(True)
    wizard.next()
    wizard.land_page.combo.setCurrentIndex(wizard.land_page.combo.findData("02"))
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert wizard.validateCurrentPage()
    assert wizard.result_path == data_dir / "demo-02.sqlite"
    store = open_store(wizard.result_path)
    try:
        with store.read() as s:
            assert s.scalars(select(LandRow)).one().ist_demo
    finally:
        store.close()


def test_open_refuses_a_foreign_file(qtbot, tmp_path, rp_init_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: errors.append(text))
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.open_radio.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.oeffnen_page
    other = tmp_path / "notiz.txt"
    other.write_text("x", encoding="utf-8")
    wizard.oeffnen_page.path_edit.setText(str(other))
    assert not wizard.validateCurrentPage() and "keine Landesdatenbank" in errors[0]
    wizard.oeffnen_page.path_edit.setText(str(rp_init_path))
    assert wizard.validateCurrentPage()
    assert wizard.result_path == rp_init_path


def test_first_start_shows_the_wizard_then_the_last_database_opens(qtbot, data_dir, rp_init_path, monkeypatch):
    from kpakt_desktop.app import choose_database, parse_args

    shown: list[FirstRunWizard] = []

    def finish_with_open(wizard: FirstRunWizard) -> int:
        shown.append(wizard)
        wizard.result_path = rp_init_path
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", finish_with_open)
    assert choose_database(parse_args([])) == rp_init_path
    assert len(shown) == 1
    settings.remember_database(rp_init_path)
    assert choose_database(parse_args([])) == rp_init_path.resolve()
    assert len(shown) == 1  # not again: the last database opens


def test_cancelled_wizard_starts_nothing(qtbot, data_dir, monkeypatch):
    from kpakt_desktop.app import choose_database, parse_args

    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: 0)
    assert choose_database(parse_args([])) is None


def test_cancelled_creation_stays_on_the_page(qtbot, data_dir, monkeypatch):
    from kpakt_desktop.gui.operation import Cancelled as JobCancelled
    from kpakt_desktop.gui.start import start_dialog

    def cancelled(parent: object, result: object) -> None:
        raise JobCancelled("Abgebrochen.")

    monkeypatch.setattr(start_dialog, "create_chosen", cancelled)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.datei_page
    assert wizard.result_path is None
    assert not (data_dir / "land-07.sqlite").exists()
