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


def gv100ad_line(row: Row, stand: str) -> str:
    """One record of the fixed-width GV100AD form (220 characters) from a row of the CSV form.

    Positions (1-based) as in Destatis's Datensatzbeschreibung GV100AD: Satzart 1–2, Gebietsstand
    3–10, Land 11–12, RB 13, Region 14 / Kreis 14–15, Gemeinde 16–18, Gemeindeverband 19–22,
    Name 23–72, Textkennzeichen 123–124, Fläche in ha 129–139, Bevölkerung 140–150, männlich
    151–161, PLZ 166–170. Written independently of the reader, field by field.
    """
    record = [" "] * 220

    def put(first: int, text: str) -> None:
        record[first - 1 : first - 1 + len(text)] = list(text)

    satzart = row["satzart"]
    put(1, satzart)
    put(3, stand)
    put(11, row["land"])
    if satzart != "10":
        put(13, row["rb"])
    if satzart in ("30", "40", "50", "60"):
        put(14, row["kreis"])
    if satzart == "60":
        put(16, row["gemeinde"])
    if satzart in ("50", "60"):
        put(19, row["vb"])
    put(23, row["gemeindename"][:50])
    if satzart in ("40", "50", "60"):
        put(123, row["textkennzeichen"])
    if satzart == "60":
        number = {k: row[k].replace(" ", "") for k in ("flaeche", "bevoelkerung", "maennlich")}
        if number["flaeche"]:
            put(129, f"{round(float(number['flaeche']) * 100):011d}")
        for first, key in ((140, "bevoelkerung"), (151, "maennlich")):
            if number[key]:
                put(first, f"{int(number[key]):011d}")
        put(166, row["postleitzahl"])
    return "".join(record)


def write_gv100ad(path: Path, rows: list[Row], stand: str = "20201231") -> Path:
    path.write_text("".join(gv100ad_line(r, stand) + "\r\n" for r in rows), encoding="utf-8")
    return path
