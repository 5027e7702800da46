"""Destatis's own .xlsx form of the Gemeindeverzeichnis: found by headings and Satzart, numbers as numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from gv_files import dump, land_rows, write_csv
from openpyxl import Workbook

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.gv_abgleich import apply_job, preview_job
from kpakt_desktop.services.gv_datei import read_register_file, stand_from_name
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.landdb import create_land_database

KEYS = ("land", "rb", "kreis", "vb", "gemeinde")


def _number(text: str) -> int | float | None:
    value = text.replace(" ", "").strip()
    if not value:
        return None
    return float(value.replace(",", ".")) if ("." in value or "," in value) else int(value)


def destatis_xlsx(path: Path, land: str, *, numeric_keys: bool = False) -> Path:
    """Like Destatis's file: a cover sheet, title lines, a three-line heading, footnotes below the data."""
    _, rows = land_rows(land)
    wb = Workbook()
    cover = wb.active
    cover.title = "Titel"
    cover["A1"] = "Statistisches Bundesamt – Gemeindeverzeichnis"
    cover["A3"] = "Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen"
    ws = wb.create_sheet("Onlineprodukt_Gemeinden_311220")
    ws.append(["Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen am 31.12.2020 (4. Quartal)"])
    ws.append([])
    ws.append(
        ["Satz-art", "Text-kenn-zeichen", "Amtlicher Regionalschlüssel (ARS)", None, None, None, None,
         "Gemeindename", "Fläche km2 1)", "Bevölkerung 2)", None, None, None, "Post-leit-zahl 3)",
         "Geografische Mittelpunktkoordinaten 4)", None, "Reisegebiete", None, "Grad der Verstädterung", None]
    )  # fmt: skip
    ws.append(
        [None, None, "Land", "RB", "Kreis", "VB", "Gem", None, None, "insgesamt", "männlich", "weiblich",
         "je km2", None, "Längengrad", "Breitengrad", "Schlüssel", "Bezeichnung", "Schlüssel", "Bezeichnung"]
    )  # fmt: skip
    ws.append(list(range(1, 21)))  # Destatis numbers its columns
    for r in rows:
        keys = [int(r[k]) if (numeric_keys and r[k]) else (r[k] or None) for k in KEYS]
        ws.append(
            [int(r["satzart"]), int(r["textkennzeichen"]) if r["textkennzeichen"] else None, *keys,
             r["gemeindename"], _number(r["flaeche"]), _number(r["bevoelkerung"]), _number(r["maennlich"]),
             _number(r["weiblich"]), _number(r["jekm2"]), r["postleitzahl"] or None,
             _number(r["laengengrad"]), _number(r["breitengrad"]), r["schluessel"] or None,
             r["bezeichnung"] or None, r["verstaedterungschluessel"] or None,
             r["verstaedterungbezeichnung"] or None]
        )  # fmt: skip
    ws.append([])
    ws.append(["1) Quelle: Liegenschaftskataster."])
    ws.append(["2) Bevölkerung auf Grundlage des Zensus 2011."])
    ws.append(["© Statistisches Bundesamt (Destatis), 2021"])
    wb.save(path)
    return path


@pytest.mark.parametrize("numeric_keys", [False, True], ids=["text-keys", "numeric-keys"])
def test_xlsx_gives_the_same_kommunen_as_the_csv(tmp_path, numeric_keys):
    header, rows = land_rows("10")
    csv_register = read_register_file(write_csv(tmp_path / "sl.csv", header, rows), "10")
    xlsx_register = read_register_file(destatis_xlsx(tmp_path / "sl.xlsx", "10", numeric_keys=numeric_keys), "10")
    assert xlsx_register.kommunen == csv_register.kommunen
    assert xlsx_register.satzart_counts == csv_register.satzart_counts
    assert xlsx_register.satzart_counts["60"] == 53  # the README: 53 Gemeinden in the Saarland


def test_xlsx_import_into_land_database_reports_no_difference(tmp_path):
    store = create_land_database(tmp_path / "sl.sqlite", parse_land("10"))
    try:
        path = destatis_xlsx(tmp_path / "AuszugGV4Q2020.xlsx", "10")
        assert run_job(preview_job(store, path)).empty
    finally:
        store.close()


def test_bad_cell_in_xlsx_names_sheet_and_row(tmp_path, rp_init, rp_init_path):
    from openpyxl import load_workbook

    path = destatis_xlsx(tmp_path / "rp.xlsx", "07")
    wb = load_workbook(path)
    ws = wb["Onlineprodukt_Gemeinden_311220"]
    ws.cell(row=20, column=6).value = "50X1"  # the VB key
    wb.save(path)
    before = dump(rp_init_path)
    with pytest.raises(InputError, match=r"rp\.xlsx, Tabellenblatt „Onlineprodukt_Gemeinden_311220“, Zeile 20"):
        run_job(apply_job(rp_init, path, benutzer=None))
    assert dump(rp_init_path) == before


def test_workbook_without_extract_is_refused(tmp_path):
    wb = Workbook()
    wb.active.append(["Name", "Wert"])
    wb.active.append(["a", 1])
    wb.save(tmp_path / "liste.xlsx")
    with pytest.raises(InputError, match=r"liste\.xlsx: In keinem Tabellenblatt"):
        read_register_file(tmp_path / "liste.xlsx", "07")


def test_gebietsstand_from_file_names():
    assert str(stand_from_name("AuszugGV4Q2020.csv")) == "2020-12-31"
    assert str(stand_from_name("AuszugGV2Q2021.xlsx")) == "2021-06-30"
    assert str(stand_from_name("Onlineprodukt_Gemeinden_311220")) == "2020-12-31"
    assert stand_from_name("gv.csv") is None
