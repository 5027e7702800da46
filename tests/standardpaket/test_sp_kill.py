"""Kill -9 during the national merge, and a merge into a locked national database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fault_helpers import short_busy_timeout, write_locked
from test_kill import SEED, check_all_or_nothing, fingerprint

from kpakt_desktop.cli import main
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.store.national import NationalDatabase


@pytest.mark.slow
def test_merge_killed_leaves_all_or_nothing(bundles, keys, tmp_path: Path) -> None:
    template = tmp_path / "bund-hh.sqlite"
    with NationalDatabase(template) as db:  # HH is merged already; RP and HB arrive in the killed run
        assert merge([bundles["02"]], db, trust_dir=keys.trust).ok

    def prepare(folder: Path) -> list[str]:
        national = shutil.copyfile(template, folder / "bund.sqlite")
        return ["merge", str(national), str(keys.trust), str(bundles["07"]), str(bundles["04"])]

    check_all_or_nothing(prepare, lambda f: f / "bund.sqlite", tmp_path, SEED + 3)


def test_merge_into_a_locked_national_database_says_so_and_retry_works(
    bundles, keys, tmp_path: Path, monkeypatch, capsys
) -> None:
    """Another merge holds the national database: exit 1 with the German cause, nothing written."""
    national = tmp_path / "bund.sqlite"
    with NationalDatabase(national) as db:
        assert merge([bundles["02"]], db, trust_dir=keys.trust).ok
    before = fingerprint(national)
    short_busy_timeout(monkeypatch)
    args = ["merge", str(bundles["07"]), "--db", str(national), "--trust", str(keys.trust)]
    with write_locked(national):
        code = main(args)
    err = capsys.readouterr().err
    assert code == 1, err
    assert "gesperrt" in err and str(national) in err and "Traceback" not in err
    assert fingerprint(national) == before
    assert main(args) == 0
