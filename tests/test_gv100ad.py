"""The fixed-width GV100AD form of the Gemeindeverzeichnis: same Kommunen as the CSV, detected by content."""

from __future__ import annotations

import gzip
import zipfile
from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from gv_files import land_rows, shipped_rows, write_csv, write_gv100ad

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.services.gv100ad import looks_like_gv100ad, read_gv100ad, record_values
from kpakt_desktop.services.gv_datei import read_register_file
from kpakt_desktop.services.register import RegisterKommune


@pytest.fixture(scope="module")
def gv100ad_all(tmp_path_factory) -> Path:
    """The whole shipped register in the GV100AD form."""
    _, rows = shipped_rows()
    return write_gv100ad(tmp_path_factory.mktemp("gv") / "GV100AD_311220.txt", rows)


def comparable(k: RegisterKommune) -> tuple[object, ...]:
    """What both forms carry: the GV100AD has no coordinates and names of at most 50 characters."""
    k = RegisterKommune(**{**k.__dict__, "name": k.name[:50], "laengengrad": None, "breitengrad": None})
    return astuple(k)


@pytest.mark.parametrize("land", ["07", "08", "14", "02"], ids=["RP", "BW-mit-Regionen", "SN-langer-Name", "HH"])
def test_generated_gv100ad_gives_the_same_kommunen_and_einwohner_as_the_csv(gv100ad_all, tmp_path, land):
    header, rows = land_rows(land)
    from_csv = read_register_file(write_csv(tmp_path / "gv.csv", header, rows), land)
    from_gv100ad = read_register_file(gv100ad_all, land)
    assert [comparable(k) for k in from_gv100ad.kommunen] == [comparable(k) for k in from_csv.kommunen]
    assert sum(k.einwohner or 0 for k in from_gv100ad.kommunen) == sum(k.einwohner or 0 for k in from_csv.kommunen)
    assert from_gv100ad.satzart_counts == from_csv.satzart_counts
    assert (from_gv100ad.format, from_gv100ad.stand_gebiet, from_gv100ad.stand_einwohner) == (
        "GV100AD",
        date(2020, 12, 31),
        None,  # the records do not say the Einwohner-Stichtag
    )
    assert from_gv100ad.warnungen == []


def test_format_is_detected_from_the_content_not_the_name(tmp_path):
    _, rows = land_rows("04")
    plain = write_gv100ad(tmp_path / "gemeinden.csv", rows, stand="20211231")  # a misleading name
    packed = tmp_path / "gemeinden.xlsx"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    download = tmp_path / "GV100AD3112.zip"  # what Destatis publishes: the text file and its description
    with zipfile.ZipFile(download, "w") as z:
        z.writestr("Datensatzbeschreibung_GV100AD.pdf", b"%PDF-1.4 ...")
        z.writestr("GV100AD_311221.txt", plain.read_bytes())
    counts = {len(read_register_file(p, "04").kommunen) for p in (plain, packed, download)}
    assert counts == {len(read_register_file(write_csv(tmp_path / "hb.csv", *land_rows("04")), "04").kommunen)}
    assert read_register_file(download, "04").stand_gebiet == date(2021, 12, 31)
    assert not looks_like_gv100ad(write_csv(tmp_path / "x.csv", *land_rows("04")).read_text(encoding="utf-8-sig"))
    empty_zip = tmp_path / "leer.zip"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("liesmich.txt", "Hallo")
    with pytest.raises(InputError, match=r"leer\.zip: Die ZIP-Datei enthält kein Gemeindeverzeichnis"):
        read_register_file(empty_zip, "04")


# One record per Satzart, written by hand (Stuttgart from the shipped register); `_` marks the
# fields as Destatis lays them out: Satzart, Gebietsstand, key parts, name, seat, Textkennzeichen …
def _record(*parts: str) -> str:
    line = "".join(parts)
    assert len(line) <= 220
    return line.ljust(220)


NAME, SITZ = 50, 50
RECORDS = {
    "10": _record("10", "20221231", "08", " " * 10, "Baden-Württemberg".ljust(NAME), "Stuttgart".ljust(SITZ)),
    "20": _record("20", "20221231", "08", "1", " " * 9, "Reg.-Bez. Stuttgart".ljust(NAME), "Stuttgart".ljust(SITZ)),
    "30": _record("30", "20221231", "08", "1", "1", " " * 8, "Region Stuttgart".ljust(NAME), "Stuttgart".ljust(SITZ)),
    "40": _record(
        "40", "20221231", "08", "1", "11", " " * 7, "Stuttgart, Stadtkreis".ljust(NAME), "Stuttgart".ljust(SITZ), "42"
    ),
    "50": _record(
        "50", "20221231", "08", "1", "11", "   ", "0000", "Stuttgart, Landeshauptstadt".ljust(NAME), " " * SITZ, "50"
    ),
    "60": _record(
        "60",
        "20221231",
        "08",
        "1",
        "11",
        "000",
        "0000",
        "Stuttgart, Landeshauptstadt".ljust(NAME),
        " " * SITZ,
        "62",
        "    ",
        "00000020733",
        "00000635911",
        "00000317794",
        "    ",
        "70173",
        "*****",
    ),
}


@pytest.mark.parametrize(
    ("satzart", "expected"),
    [
        ("10", {"land": "08", "gemeindename": "Baden-Württemberg"}),
        ("20", {"land": "08", "rb": "1", "gemeindename": "Reg.-Bez. Stuttgart"}),
        ("30", {"land": "08", "rb": "1", "kreis": "1", "gemeindename": "Region Stuttgart"}),
        (
            "40",
            {"land": "08", "rb": "1", "kreis": "11", "textkennzeichen": "42", "gemeindename": "Stuttgart, Stadtkreis"},
        ),
        ("50", {"kreis": "11", "vb": "0000", "textkennzeichen": "50", "gemeindename": "Stuttgart, Landeshauptstadt"}),
        (
            "60",
            {
                "kreis": "11",
                "gemeinde": "000",
                "vb": "0000",
                "textkennzeichen": "62",
                "flaeche": "207.33",
                "bevoelkerung": "00000635911",
                "postleitzahl": "70173",
            },
        ),
    ],
)
def test_hand_written_record_of_each_satzart(satzart, expected):
    values = record_values(RECORDS[satzart])
    assert values["satzart"] == satzart
    assert {k: values[k] for k in expected} == expected


def test_hand_written_file_gives_stuttgart():
    register = read_gv100ad("\r\n".join(RECORDS.values()) + "\r\n", "08", "stuttgart.txt")
    assert [(k.ars, k.name, k.art, k.einwohner, k.flaeche_km2, k.plz) for k in register.kommunen] == [
        ("081110000000", "Stuttgart, Landeshauptstadt", KommuneArt.STADTKREIS, 635911, 207.33, "70173")
    ]
    assert register.land_name == "Baden-Württemberg"
    assert register.stand_gebiet == date(2022, 12, 31)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r[:150], r"stuttgart\.txt, Zeile 6: Der Satz endet nach 150 von 220 Zeichen"),
        (lambda r: r[:2] + "20221331" + r[10:], r"Zeile 6: Feld „Gebietsstand“ hat den Wert „20221331“"),
        (lambda r: r[:139] + "0000063x911" + r[150:], r"Zeile 6, Feld „bevoelkerung“: „0000063x911“ ist keine Zahl"),
        (lambda r: r[:13] + "1X" + r[15:], r"Zeile 6: Feld „kreis“ hat den Wert „1X“"),
    ],
    ids=["cut-off", "bad-date", "bad-number", "bad-key"],
)
def test_damaged_record_names_file_row_and_field(change, message):
    lines = [*list(RECORDS.values())[:5], change(RECORDS["60"])]
    with pytest.raises(InputError, match=message):
        read_gv100ad("\n".join(lines), "08", "stuttgart.txt")
