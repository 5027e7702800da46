"""Kill -9 during the national merge: the national database holds all or nothing of the run."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_kill import SEED, check_all_or_nothing

from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.store.national import NationalDatabase


def test_merge_killed_leaves_all_or_nothing(bundles, keys, tmp_path: Path) -> None:
    template = tmp_path / "bund-hh.sqlite"
    with NationalDatabase(template) as db:  # HH is merged already; RP and HB arrive in the killed run
        assert merge([bundles["02"]], db, trust_dir=keys.trust).ok

    def prepare(folder: Path) -> list[str]:
        national = shutil.copyfile(template, folder / "bund.sqlite")
        return ["merge", str(national), str(keys.trust), str(bundles["07"]), str(bundles["04"])]

    check_all_or_nothing(prepare, lambda f: f / "bund.sqlite", tmp_path, SEED + 3)
