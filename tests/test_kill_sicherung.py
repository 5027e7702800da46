"""Kill -9 during the app's own backup and restore (``services.sicherung``): the backup appears
complete or not at all, the restored database is the old one or the backup, never a mixture.

Skipped until the backup feature (issue 9) is on this branch.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_kill import SEED, check_all_or_nothing, fingerprint

pytest.importorskip("kpakt_desktop.services.sicherung")

STAMP = "20261101-120000"  # kill_driver.JETZT in the backup's file name


@pytest.mark.slow
def test_automatic_backup_killed_leaves_no_backup_or_a_complete_one(rp_demo_template: Path, tmp_path: Path) -> None:
    source = shutil.copyfile(rp_demo_template, tmp_path / "land.sqlite")
    original = fingerprint(source)

    def prepare(folder: Path) -> list[str]:
        return ["sicherung", str(source), str(folder / "sicherungen")]

    check_all_or_nothing(prepare, lambda f: f / "sicherungen" / f"land-{STAMP}.sqlite", tmp_path, SEED + 4)
    assert fingerprint(source) == original


@pytest.mark.slow
def test_restore_killed_leaves_the_old_database_or_the_backup(
    rp_demo_template: Path, rp_init_template: Path, tmp_path: Path
) -> None:
    def prepare(folder: Path) -> list[str]:
        db = shutil.copyfile(rp_demo_template, folder / "land.sqlite")
        backup = shutil.copyfile(rp_init_template, folder / f"land-{STAMP}.sqlite")  # same Land, other data
        return ["restore", str(backup), str(db), str(folder / "sicherungen")]

    check_all_or_nothing(prepare, lambda f: f / "land.sqlite", tmp_path, SEED + 5)
