"""Standardpaket at the limits: peak memory of validate + merge of a maximal valid package (the
format's row limit, Hürden with 1 MiB descriptions) and of a ZIP whose directory lists a million
entries, each in a child process of its own. Goal: the fixed ceiling of issue 17, whatever the package.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from common import Result
from paketbau import big_package, measure, million_entry_zip, source

from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import export

CEILING_MB = 300.0


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="kpakt-bench-grenzen-") as tmp:
        folder = Path(tmp)
        key = signing.create_key_pair("04", folder / "trust", private_path=folder / "04.key")
        store = create_demo(folder / "hb.sqlite", parse_land("04"), seed=1, stichtag=date(2026, 11, 1))
        try:
            small = export(store, folder / "hb.zip", key_path=key.private_path, now=datetime(2026, 11, 1, tzinfo=UTC))
        finally:
            store.close()
        maximal = big_package(
            source(small.path), "04", key.private_path, folder / "maximal.zip",
            kommunen=250_000, historie=480_000, long_texts=200,
        )  # fmt: skip
        many = million_entry_zip(folder / "million.zip")
        env = {**os.environ}
        peak_max, seconds_max, out_max = measure(folder / "trust", folder / "bund.sqlite", [maximal], env)
        assert "merge True" in out_max, out_max
        peak_many, seconds_many, out_many = measure(folder / "trust", folder / "bund2.sqlite", [many], env)
        assert "ungueltig million.zip" in out_many, out_many
        size = maximal.stat().st_size / 1e6
    return [
        Result(
            "Maximales Paket prüfen + zusammenführen (RSS)", peak_max, "MB", CEILING_MB,
            f"1 Mio. Zeilen (Höchstzahl), 200 Texte à 1 MiB, {size:.0f} MB ZIP, {seconds_max:.0f} s",
        ),
        Result(
            "ZIP mit 1 Mio. Einträgen prüfen (RSS)", peak_many, "MB", CEILING_MB,
            f"abgelehnt nach {seconds_many:.2f} s",
        ),
    ]  # fmt: skip


if __name__ == "__main__":
    for r in run():
        print(f"{r.target}: {r.measured:.2f} {r.unit} (Vorgabe ≤ {r.goal} {r.unit}) {r.note}")
