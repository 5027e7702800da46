"""With no database: the start dialog offers a new Land database or the demo, created in a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.start.start_dialog import Choice, StartDialog, create_chosen
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, LandRow


def test_new_land_database_from_start_dialog(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "hb.sqlite"
    monkeypatch.setattr(msgbox, "save_file", lambda *args: target)
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.land_combo.setCurrentIndex(dialog.land_combo.findData("04"))
    qtbot.mouseClick(dialog.form.findChild(QPushButton, "newButton"), Qt.MouseButton.LeftButton)
    result = dialog.result_value
    assert result is not None and result.choice is Choice.NEW and result.land.kuerzel == "HB"
    create_chosen(dialog, result)
    store = open_store(target)
    try:
        with store.read() as s:
            assert s.scalars(select(LandRow)).one().name == "Bremen"
            assert s.scalar(select(func.count()).select_from(Kommune)) == 2  # Bremen and Bremerhaven
    finally:
        store.close()


def test_demo_choice_creates_demo_in_data_dir(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KPAKT_DATA_DIR", str(tmp_path))
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.land_combo.setCurrentIndex(dialog.land_combo.findData("02"))
    qtbot.mouseClick(dialog.form.findChild(QPushButton, "demoButton"), Qt.MouseButton.LeftButton)
    result = dialog.result_value
    assert result is not None and result.path == tmp_path / "demo-02.sqlite"
    create_chosen(dialog, result)
    store = open_store(result.path)
    try:
        with store.read() as s:
            assert s.scalars(select(LandRow)).one().ist_demo
    finally:
        store.close()


def test_existing_file_is_not_overwritten(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "schon-da.sqlite"
    target.write_bytes(b"wichtig")
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "save_file", lambda *args: target)
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: errors.append(text))
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.form.findChild(QPushButton, "newButton"), Qt.MouseButton.LeftButton)
    assert dialog.result_value is None
    assert errors and "nicht überschrieben" in errors[0]
    assert target.read_bytes() == b"wichtig"
