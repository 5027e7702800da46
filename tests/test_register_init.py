"""`kpakt init`: the Kommunen of a Land from the shipped register, counted against the source."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpakt_desktop.domain.errors import DatabaseRefused, InputError
from kpakt_desktop.domain.kommunen import VERBAND_ARTEN, Ebene
from kpakt_desktop.domain.laender import LAENDER, parse_land
from kpakt_desktop.services.landdb import create_land_database
from kpakt_desktop.services.register import read_register_csv, read_shipped_register, shipped_register_path
from kpakt_desktop.store.models import Kommune, Leistung, Nachnutzung


def source_counts() -> dict[str, Counter[str]]:
    """Satzart counts per Land, read straight from the shipped file with the csv module."""
    text = gzip.decompress(shipped_register_path().read_bytes()).decode("utf-8-sig")
    counts: dict[str, Counter[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        counts.setdefault(row["land"], Counter())[row["satzart"]] += 1
    return counts


SOURCE = source_counts()


def test_shipped_register_has_the_documented_totals():
    total = sum(SOURCE.values(), Counter())
    assert (total["60"], total["50"], total["40"]) == (11004, 4606, 401)


@pytest.mark.parametrize("land", LAENDER, ids=lambda land: land.kuerzel)
def test_register_kinds_reconcile_with_source(land):
    register = read_shipped_register(land.schluessel)
    kinds = Counter(k.art for k in register.kommunen)
    gemeinden = sum(n for art, n in kinds.items() if art.gemeinde_ebene)
    kreise = sum(n for art, n in kinds.items() if art.ebene is Ebene.KREIS)
    verbaende = sum(n for art, n in kinds.items() if art in VERBAND_ARTEN)
    verbandsfrei = sum(1 for k in register.kommunen if k.verbandsfrei)
    assert gemeinden == SOURCE[land.schluessel]["60"]
    assert kreise == SOURCE[land.schluessel]["40"]
    # every 50-record is either a real Gemeindeverband or marks one verbandsfreie Gemeinde
    assert verbaende + verbandsfrei == SOURCE[land.schluessel]["50"]
    assert len({k.ars for k in register.kommunen}) == len(register.kommunen)


@pytest.mark.parametrize("key", ["07", "01", "02"])
def test_init_database_holds_the_land(tmp_path, key):
    store = create_land_database(tmp_path / "land.sqlite", parse_land(key))
    try:
        with store.read() as s:
            n = s.scalar(select(func.count()).select_from(Kommune))
            leistungen = s.scalar(select(func.count()).select_from(Leistung))
            orphans = s.scalar(
                select(func.count())
                .select_from(Kommune)
                .where(Kommune.parent_id.is_(None), Kommune.art.in_([a for a in VERBAND_ARTEN]))
            )
            nachnutzungen = s.scalar(select(func.count()).select_from(Nachnutzung))
        assert n == len(read_shipped_register(key).kommunen)
        assert leistungen == 16
        assert orphans == 0  # every Gemeindeverband hangs below its Kreis
        assert nachnutzungen > 0
    finally:
        store.close()


def test_rp_membership_links(rp_init):
    with rp_init.read() as s:
        adenau = s.scalars(select(Kommune).where(Kommune.ars == "071315001001")).one()
        vg = s.get(Kommune, adenau.verband_id)
        kreis = s.get(Kommune, adenau.kreis_id)
    assert (adenau.ags, vg.name, kreis.name) == ("07131001", "Adenau", "Ahrweiler")
    assert adenau.parent_id == vg.id and vg.parent_id == kreis.id


def test_init_refuses_to_overwrite(rp_init_path):
    before = rp_init_path.read_bytes()
    with pytest.raises(DatabaseRefused, match="existiert bereits"):
        create_land_database(rp_init_path, parse_land("07"))
    assert rp_init_path.read_bytes() == before


def _write(path: Path, header: str, *lines: str) -> Path:
    path.write_text("\ufeff" + header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADER = (
    "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,"
    "jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,"
    "verstaedterungbezeichnung"
)


def test_bad_register_rows_name_file_line_and_field(tmp_path):
    bad_key = _write(
        tmp_path / "gv.csv", HEADER, "10,,07,,,,,Rheinland-Pfalz,,,,,,,,,,,,", "40,44,07,1,3X,,,Ahrweiler,,,,,,,,,,,,"
    )
    with pytest.raises(InputError, match=r"gv.csv, Zeile 3: Feld „kreis“"):
        read_register_csv(bad_key, "07")
    bad_number = _write(
        tmp_path / "gv2.csv",
        HEADER,
        '60,61,07,1,11,0000,000,"Koblenz, Stadt", 105.25, 1x4 000,,,,56068,"7,6","50,3",,,,',
    )
    with pytest.raises(InputError, match=r"gv2.csv, Zeile 2, Feld „bevoelkerung“"):
        read_register_csv(bad_number, "07")
    not_register = _write(tmp_path / "other.csv", "name,wert", "a,1")
    with pytest.raises(InputError, match="kein Auszug des Gemeindeverzeichnisses"):
        read_register_csv(not_register, "07")
    with pytest.raises(InputError, match="keine Zeilen des Landes 07"):
        read_register_csv(_write(tmp_path / "sh.csv", HEADER, "10,,01,,,,,Schleswig-Holstein,,,,,,,,,,,,"), "07")
