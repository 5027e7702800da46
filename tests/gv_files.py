"""Building Gemeindeverzeichnis files for the tests from the shipped register (never from /work/shared)."""

from __future__ import annotations

import csv
import gzip
import io
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.catalog import load_catalog, load_vollzug_vorgaben
from kpakt_desktop.services.register import shipped_register_path
from kpakt_desktop.store.database import Store, create_store
from kpakt_desktop.store.models import LandRow, Leistung, Vollzug

Row = dict[str, str]


def shipped_rows() -> tuple[list[str], list[Row]]:
    text = gzip.decompress(shipped_register_path().read_bytes()).decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


def land_rows(land: str) -> tuple[list[str], list[Row]]:
    header, rows = shipped_rows()
    return header, [r for r in rows if r["land"] == land]


def ars(row: Row) -> str:
    return row["land"] + row["rb"] + row["kreis"] + row["vb"] + row["gemeinde"]


def write_csv(path: Path, header: list[str], rows: list[Row]) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    return path


def modified(path: Path, land: str, change: Callable[[list[Row]], list[Row]]) -> Path:
    header, rows = land_rows(land)
    return write_csv(path, header, change(rows))


def find(rows: list[Row], key: str, satzart: str = "60") -> Row:
    return next(r for r in rows if r["satzart"] == satzart and ars(r).startswith(key))


def dump(db: Path) -> list[str]:
    """Every row of the database as SQL, to compare before and after."""
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


def empty_land_store(path: Path, land_key: str) -> Store:
    """A Land database with catalog but without any Kommune: the import must bring all of them."""
    land = parse_land(land_key)
    store = create_store(path)
    with store.write() as s:
        s.add(
            LandRow(
                id=1,
                schluessel=land.schluessel,
                kuerzel=land.kuerzel,
                name=land.name,
                angelegt_am=datetime(2026, 11, 1),
                register_titel="leer",
                register_stand="",
                register_quelle="",
            )
        )
        vorgaben = load_vollzug_vorgaben(land.schluessel)
        for item in load_catalog():
            s.add(Leistung(nr=item.nr, name=item.name, ressort=item.ressort, federfuehrend=""))
            s.add(Vollzug(leistung_nr=item.nr, ebene=vorgaben[item.nr].ebene))
    return store
