"""Issue 17: validate and merge stay under a fixed memory ceiling whatever the package holds, also a
signed one; measured as the peak resident set of a child process (``bench/paketbau.py``)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import read_zip

CEILING_MB = 300.0
ROOT = Path(__file__).resolve().parents[2]


def _paketbau() -> ModuleType:
    spec = importlib.util.spec_from_file_location("paketbau", ROOT / "bench" / "paketbau.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_peak_memory_of_validate_and_merge_stays_under_the_ceiling(bundles, keys, tmp_path: Path) -> None:
    bau = _paketbau()
    files = {n: d for n, d in read_zip(bundles["04"]).items() if n.endswith(".csv")}
    # ~50 MB of signed text in one CSV (the old validator held it several times over) and 260 000 rows
    big = bau.big_package(
        files, "04", keys.make("04"), tmp_path / "gross.zip", kommunen=60_000, historie=200_000, long_texts=48
    )
    many = bau.million_entry_zip(tmp_path / "eintraege.zip", entries=200_000)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    peak, _seconds, out = bau.measure(keys.trust, tmp_path / "bund.sqlite", [big, many], env)
    assert "gueltig gross.zip" in out and "ungueltig eintraege.zip" in out and "merge True" in out, out
    assert "Einträge; erlaubt sind höchstens 64" in out, out
    assert peak < CEILING_MB, out
    with NationalDatabase(tmp_path / "bund.sqlite") as db, db.read() as conn:
        assert conn.exec_driver_sql("select count(*) from kommune").scalar_one() > 60_000
