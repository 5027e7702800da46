"""Federal side: merge into SQLite and PostgreSQL, newest per Land, provenance, idempotence."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kpakt_desktop.cli import main
from kpakt_desktop.services.standardpaket.merge import merge, read_herkunft
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import file_digest, land_dump, national_dump

NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def test_merge_is_lossless_and_records_provenance(bundles, demo_templates, keys, tmp_path: Path) -> None:
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        result = merge(bundles.values(), db, trust_dir=keys.trust, now=NOW)
        assert result.ok and sorted(h.land for h in result.merged) == sorted(bundles)
        herkunft = read_herkunft(db)
        for land, template in demo_templates.items():
            store = open_store(shutil.copy(template, tmp_path / f"{land}.sqlite"))
            try:
                assert national_dump(db, land) | {"herkunft": []} == land_dump(store) | {"herkunft": []}
            finally:
                store.close()
    rp = herkunft["07"]
    assert rp.sequenz == 1 and rp.sha256 == file_digest(bundles["07"])
    assert rp.schluessel_fingerprint.startswith("sha256:")
    assert rp.zusammengefuehrt_am == NOW.replace(tzinfo=None)
    assert rp.stand == datetime(2026, 11, 1, 12, 0)


def test_newest_per_land_and_replace(rp_bundles, keys, tmp_path: Path) -> None:
    path = tmp_path / "bund.sqlite"
    with NationalDatabase(path) as db:
        result = merge([rp_bundles[1], rp_bundles[0]], db, trust_dir=keys.trust)
        assert [h.sequenz for h in result.merged] == [2] and result.superseded == [rp_bundles[0]]
        first = national_dump(db, "07")
        result = merge([rp_bundles[2]], db, trust_dir=keys.trust)
        assert [h.sequenz for h in result.merged] == [3]
        assert read_herkunft(db)["07"].sequenz == 3
        second = national_dump(db, "07")
    first.pop("herkunft"), second.pop("herkunft")
    assert first == second  # same data, replaced not doubled


def test_merge_again_changes_nothing(bundles, keys, tmp_path: Path) -> None:
    path = tmp_path / "bund.sqlite"
    with NationalDatabase(path) as db:
        assert merge(bundles.values(), db, trust_dir=keys.trust).ok
    before = file_digest(path)
    with NationalDatabase(path) as db:
        again = merge(reversed(list(bundles.values())), db, trust_dir=keys.trust)
    assert again.ok and not again.merged and sorted(again.unchanged) == sorted(bundles)
    assert file_digest(path) == before


def test_cli_merge_with_reports(bundles, keys, tmp_path: Path, capsys) -> None:
    db = tmp_path / "bund.sqlite"
    xlsx, pdf = tmp_path / "bund.xlsx", tmp_path / "bund.pdf"
    args = ["merge", *map(str, bundles.values()), "--db", str(db), "--trust", str(keys.trust)]
    assert main([*args, "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Land 07: Paket Nr. 1" in out
    assert xlsx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("frozen", "expected"),
    [(False, "fehlt der Treiber"), (True, 'pip install "kommunalpakt-desktop[postgres]"')],
)
def test_merge_into_postgresql_without_the_driver_says_what_to_do(
    bundles, keys, tmp_path: Path, capsys, monkeypatch, frozen: bool, expected: str
) -> None:
    """The installed program has no psycopg: exit 2 and how to get there, not a driver's name."""
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # "import psycopg" raises ImportError
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    url = "postgresql+psycopg://bund@localhost/bund"
    assert main(["merge", str(bundles["07"]), "--db", url, "--trust", str(keys.trust)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_merge_into_postgresql(postgres_url: str, bundles, rp_bundles, keys) -> None:
    with NationalDatabase(postgres_url) as db:
        result = merge([bundles["02"], bundles["04"], rp_bundles[0]], db, trust_dir=keys.trust, now=NOW)
        assert result.ok, [p.text() for p in result.problems]
        pg = national_dump(db)
        refused = merge([rp_bundles[0]], db, trust_dir=keys.trust)
        assert refused.ok and refused.unchanged == ["07"]
        newer = merge([rp_bundles[1]], db, trust_dir=keys.trust)
        assert [h.sequenz for h in newer.merged] == [2]
        with db.read() as conn:
            assert conn.execute(text("select count(*) from kommune where land = '07'")).scalar_one() > 2000
    assert pg["nachnutzung"] and {row[0] for row in pg["herkunft"]} == {"02", "04", "07"}
