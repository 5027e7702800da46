"""Kill -9 while returned Rückmeldebögen are applied: several forms of a Kreis in one import are
taken all or nothing (``tests/test_kill.py`` explains the method; the unit runs in
``tests/kill_driver.py`` through the real check and apply services)."""

from __future__ import annotations

import shutil
import sys
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_kill import SEED, check_all_or_nothing

from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.store.database import open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
KREIS = "071310000000"  # Ahrweiler: dozens of Kommunen with forms


@pytest.fixture(scope="module")
def filled_forms(rp_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """The demo database after the Kreis's forms were sent (it holds the key now), and every form
    filled in: new annual costs in every row, so each Kommune's answer changes many Nachnutzungen."""
    folder = tmp_path_factory.mktemp("rm-kill")
    db = shutil.copyfile(rp_demo_template, folder / "land.sqlite")
    store = open_store(db)
    try:
        forms = run_job(export_job(store, folder / "boegen", kreis=KREIS, jetzt=datetime(2026, 10, 30, 9, 0))).dateien
    finally:
        store.close()
    for n, form in enumerate(forms):
        wb = load_workbook(form)
        ws = wb[f.BLATT]
        for r in range(f.ERSTE_ZEILE, ws.max_row + 1):
            if ws.cell(row=r, column=1).value is not None:
                ws.cell(row=r, column=f.SPALTE_VON["kj"]).value = 1000 + n * 10 + r
        wb.save(form)
    assert len(forms) >= 5
    return db, forms


@pytest.mark.slow
def test_rueckmeldung_import_killed_leaves_all_or_nothing(filled_forms, tmp_path: Path) -> None:
    db, forms = filled_forms

    def prepare(folder: Path) -> list[str]:
        copy = shutil.copyfile(db, folder / "land.sqlite")
        return ["rueckmeldung", str(copy), *(str(p) for p in forms)]

    check_all_or_nothing(prepare, lambda f: f / "land.sqlite", tmp_path, SEED + 5)
