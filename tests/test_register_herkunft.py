"""A register the user has: new databases from it, unknown kinds as warnings, and the register's
provenance (Gebietsstand, Einwohner-Stichtag, source) stored and cited everywhere."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from gv_files import dump, find, land_rows, modified, write_csv, write_gv100ad
from openpyxl import load_workbook
from sqlalchemy import func, select
from test_gv_xlsx import destatis_xlsx

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.berichte.daten import quellenangabe
from kpakt_desktop.services.gv_abgleich import apply_job, preview_job
from kpakt_desktop.services.gv_datei import read_register_file
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.landdb import create_land_database, create_land_database_job, read_land
from kpakt_desktop.services.register_stand import register_angaben
from kpakt_desktop.store.database import alembic_config, make_engine, open_store
from kpakt_desktop.store.models import Kommune

AHRWEILER, VG_ADENAU, ADENAU, BAULER, NEUDORF = (
    "071310000000",
    "071315001000",
    "071315001001",
    "071315001009",
    "071315001099",
)


def _newer_register(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """What a newer register might hold: kinds this version does not know."""
    find(rows, AHRWEILER[:5], "40")["textkennzeichen"] = "46"
    find(rows, VG_ADENAU[:9], "50")["textkennzeichen"] = "59"
    find(rows, ADENAU)["textkennzeichen"] = "68"
    find(rows, BAULER)["textkennzeichen"] = "68"
    i = rows.index(find(rows, BAULER))
    rows.insert(i + 1, {**rows[i], "satzart": "61", "gemeinde": NEUDORF[-3:], "gemeindename": "Neudorf"})
    rows.insert(i + 2, {**rows[i], "satzart": "70", "gemeindename": "Ortsteil Bauler-Nord"})
    return rows


def _line(rows_path: Path, key_name: str) -> int:
    """The CSV line (header = 1) of the first row naming ``key_name``."""
    lines = rows_path.read_text(encoding="utf-8-sig").splitlines()
    return next(i for i, text in enumerate(lines, start=1) if key_name in text)


def test_unknown_kinds_are_warnings_with_rows_and_taken_like_the_nearest_kind(tmp_path):
    path = modified(tmp_path / "gv.csv", "07", _newer_register)
    register = read_register_file(path, "07")
    by_ars = {k.ars: k for k in register.kommunen}
    assert by_ars[AHRWEILER].art is KommuneArt.KREIS
    assert by_ars[VG_ADENAU].art is KommuneArt.VERWALTUNGSGEMEINSCHAFT
    assert by_ars[ADENAU].art is by_ars[BAULER].art is KommuneArt.GEMEINDE
    assert by_ars[NEUDORF].name == "Neudorf" and by_ars[NEUDORF].verband_ars == VG_ADENAU
    assert not any("Ortsteil" in k.name for k in register.kommunen)
    adenau, bauler = _line(path, '"Adenau, Stadt"'), _line(path, ",Bauler,")
    assert register.warnungen == [
        f"gv.csv: unbekanntes Textkennzeichen „46“ bei Satzart 40 in Zeile {_line(path, ',Ahrweiler,')} "
        "– übernommen wie Kreis.",
        f"gv.csv: unbekanntes Textkennzeichen „59“ bei Satzart 50 in Zeile {_line(path, ',5001,,Adenau,')} "
        "– übernommen wie Verwaltungsgemeinschaft.",
        f"gv.csv: unbekanntes Textkennzeichen „68“ bei Satzart 60 in Zeilen {adenau}, {bauler} "
        "– übernommen wie Gemeinde.",
        f"gv.csv: unbekannte Satzart „61“ in Zeile {bauler + 1} – übernommen wie Gemeinde.",
        f"gv.csv: unbekannte Satzart „70“ in Zeile {bauler + 2} – nicht übernommen (keine Kommune).",
    ]


def test_unknown_kinds_do_not_fail_the_update_and_are_shown_by_the_cli(rp_init, rp_init_path, tmp_path, capsys):
    path = modified(tmp_path / "gv.csv", "07", _newer_register)
    diff = run_job(preview_job(rp_init, path))
    assert len(diff.warnungen) == 5 and diff.new == [NEUDORF]
    rp_init.close()
    assert main(["--db", str(rp_init_path), "gv", "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Warnung: gv.csv: unbekanntes Textkennzeichen „68“ bei Satzart 60 in Zeilen" in captured.err
    assert "Warnung: gv.csv: unbekannte Satzart „70“" in captured.err
    assert "Übernommen." in captured.out
    store = open_store(rp_init_path)
    try:
        with store.read() as s:
            assert s.scalar(select(Kommune.art).where(Kommune.ars == BAULER)) is KommuneArt.GEMEINDE
    finally:
        store.close()


def test_gui_preview_shows_the_warnings_and_asks_for_the_einwohner_stichtag(qtbot, rp_init, tmp_path):
    from kpakt_desktop.gui.kommunen.gv_import import GvVorschau

    diff = run_job(preview_job(rp_init, modified(tmp_path / "gv.csv", "07", _newer_register)))
    dialog = GvVorschau(diff, None)
    qtbot.addWidget(dialog)
    assert dialog.warnungen.text().splitlines() == ["Warnungen zur Datei:", *diff.warnungen]
    edit = dialog.einwohner_edit
    assert edit.text() == "" and edit.placeholderText() == "unbekannt" and dialog.einwohner_stand() is None
    edit.setText("31.12.2020")
    assert dialog.einwohner_stand() == date(2020, 12, 31)


# -- provenance ----------------------------------------------------------------------------------


def test_shipped_register_states_both_stichtage_and_the_source(rp_init):
    with rp_init.read() as s:
        angaben = register_angaben(s)
    assert (angaben.gebietsstand, angaben.einwohner_stand) == ("2020-12-31", "2019-12-31")
    assert angaben.text.startswith(
        "Gebietsstand 31.12.2020, Einwohner Stand 31.12.2019 – Quelle: © Statistisches Bundesamt (Destatis)"
    )
    assert "dl-de/by-2-0" in angaben.text
    assert quellenangabe(rp_init) == angaben.text  # what the reports print


def test_update_from_gv100ad_describes_the_new_file(rp_init, tmp_path):
    _, rows = land_rows("07")
    path = write_gv100ad(tmp_path / "GV100AD_311221.txt", rows, stand="20211231")
    # same Kommunen; the coordinates the GV100AD does not carry stay as they are
    assert run_job(preview_job(rp_init, path)).empty
    with rp_init.read() as s:
        coordinates = s.execute(select(Kommune.ars, Kommune.laengengrad, Kommune.breitengrad)).all()
    run_job(apply_job(rp_init, path, benutzer=None))
    with rp_init.read() as s:
        assert s.execute(select(Kommune.ars, Kommune.laengengrad, Kommune.breitengrad)).all() == coordinates
    angaben = read_land(rp_init).register
    assert (angaben.gebietsstand, angaben.einwohner_stand) == ("2021-12-31", "unbekannt")
    assert "GV100AD_311221.txt" in angaben.titel and "GV100AD" in angaben.titel
    assert "Auszug 4. Quartal 2020" not in angaben.quelle + angaben.titel
    assert angaben.quelle.startswith("© Statistisches Bundesamt (Destatis)") and "GV100AD_311221.txt" in angaben.quelle
    assert quellenangabe(rp_init).startswith("Gebietsstand 31.12.2021, Einwohner Stand unbekannt – Quelle: ")
    run_job(apply_job(rp_init, path, benutzer=None, einwohner_stand=date(2020, 12, 31)))
    assert read_land(rp_init).register.einwohner_stand == "2020-12-31"


def test_update_from_xlsx_takes_the_stichtage_from_the_title_lines(rp_init, tmp_path):
    path = destatis_xlsx(tmp_path / "gemeinden.xlsx", "07")
    wb = load_workbook(path)
    wb["Onlineprodukt_Gemeinden_311220"]["A2"] = "Bevölkerungsstand: 31.12.2019"
    wb.save(path)
    register = read_register_file(path, "07")
    assert (register.format, register.stand_gebiet, register.stand_einwohner) == (
        "Excel",
        date(2020, 12, 31),
        date(2019, 12, 31),
    )
    run_job(apply_job(rp_init, path, benutzer=None))
    angaben = read_land(rp_init).register
    assert (angaben.gebietsstand, angaben.einwohner_stand) == ("2020-12-31", "2019-12-31")


def test_cli_update_from_csv_says_the_einwohner_stichtag_is_unknown(rp_init_path, tmp_path, capsys):
    header, rows = land_rows("07")
    path = write_csv(tmp_path / "gemeinden.csv", header, rows)
    assert main(["--db", str(rp_init_path), "gv", "import", str(path)]) == 0
    assert "Hinweis: Die Datei nennt den Stichtag ihrer Einwohnerzahlen nicht" in capsys.readouterr().err
    assert main(["--db", str(rp_init_path), "gv", "import", str(path), "--einwohner-stand", "2019-12-31"]) == 0
    assert "Einwohnerzahlen" not in capsys.readouterr().err
    store = open_store(rp_init_path)
    try:
        assert read_land(store).register.kurz == "Gebietsstand unbekannt, Einwohner Stand 31.12.2019"
    finally:
        store.close()


def test_migration_backfills_the_shipped_stichtag_only_for_the_shipped_register(tmp_path, fixture_0001):
    path = tmp_path / "land.sqlite"
    create_land_database(path, parse_land("04")).close()
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_standardpaket_export")
    engine.dispose()
    with closing(sqlite3.connect(path)) as con:
        columns = [row[1] for row in con.execute("PRAGMA table_info(land)")]
    assert "register_einwohner_stand" not in columns
    for db, expected in ((path, "2019-12-31"), (fixture_0001, "unbekannt")):  # fixture: quelle "Destatis"
        store = open_store(db)
        try:
            assert read_land(store).register.einwohner_stand == expected
        finally:
            store.close()


# -- a new database from the user's register ------------------------------------------------------


def test_cli_init_from_own_gv100ad_file(tmp_path, capsys):
    _, rows = land_rows("04")
    gv = write_gv100ad(tmp_path / "gv100ad.txt", rows, stand="20211231")
    own, shipped = tmp_path / "eigen.sqlite", tmp_path / "mitgeliefert.sqlite"
    assert main(["--db", str(own), "init", "--land", "HB", "--gv", str(gv), "--einwohner-stand", "2020-12-31"]) == 0
    out_own = capsys.readouterr().out
    assert main(["--db", str(shipped), "init", "--land", "HB"]) == 0
    out_shipped = capsys.readouterr().out
    # same output shape, same Kommunen
    assert out_own.splitlines()[1:] == out_shipped.splitlines()[1:]
    stores = [open_store(own), open_store(shipped)]
    try:
        kommunen = []
        for store in stores:
            with store.read() as s:
                kommunen.append(
                    s.execute(select(Kommune.ars, Kommune.name, Kommune.einwohner).order_by(Kommune.ars)).all()
                )
        assert kommunen[0] == kommunen[1]
        assert read_land(stores[0]).register.kurz == "Gebietsstand 31.12.2021, Einwohner Stand 31.12.2020"
        assert "gv100ad.txt" in read_land(stores[0]).register.titel
    finally:
        for store in stores:
            store.close()


def test_cli_init_from_bad_file_leaves_no_database(tmp_path, capsys):
    header, rows = land_rows("04")
    rows[3]["kreis"] = "X1"
    gv = write_csv(tmp_path / "gv.csv", header, rows)
    target = tmp_path / "land.sqlite"
    assert main(["--db", str(target), "init", "--land", "HB", "--gv", str(gv)]) == 2
    assert "gv.csv, Zeile 5: Feld „kreis“" in capsys.readouterr().err
    assert not target.exists()
    with pytest.raises(InputError, match="keine Zeilen des Landes 04"):
        run_job(create_land_database_job(target, parse_land("04"), gv=write_csv(tmp_path / "sl.csv", *land_rows("10"))))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gv.csv", "sl.csv"]


def test_wizard_creates_the_database_from_the_chosen_register(qtbot, tmp_path, monkeypatch):
    from kpakt_desktop.gui import msgbox, settings
    from kpakt_desktop.gui.start.wizard import FirstRunWizard

    monkeypatch.setenv("KPAKT_DATA_DIR", str(tmp_path / "daten"))
    settings.set_data_dir(None)
    gv = modified(tmp_path / "neu.csv", "04", lambda rows: _mark_unknown(rows))
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "open_file", lambda *args: gv)
    monkeypatch.setattr(msgbox, "ask", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: pytest.fail(text))
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.land_page.combo.setCurrentIndex(wizard.land_page.combo.findData("04"))
    wizard.next()
    assert "mitgeliefert, Gebietsstand 31.12.2020, Einwohner Stand 31.12.2019" in wizard.datei_page.gv_label.text()
    wizard.datei_page.gv_button.click()
    assert "neu.csv" in wizard.datei_page.gv_label.text()
    wizard.next()  # reads the file in the worker, shows its warning, creates the database
    assert len(asked) == 1 and "unbekanntes Textkennzeichen „68“" in asked[0]
    assert wizard.result_path == tmp_path / "daten" / "land-04.sqlite"
    store = open_store(wizard.result_path)
    try:
        assert "neu.csv" in read_land(store).register.titel
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(Kommune)) == 2
    finally:
        store.close()
    wizard.next()
    wizard.next()
    wizard.next()
    assert "Einwohner Stand unbekannt" in wizard.fertig_page.summary.text()
    assert "nennt den Stichtag ihrer Einwohnerzahlen nicht" in wizard.fertig_page.summary.text()


def _mark_unknown(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    next(r for r in rows if r["satzart"] == "60")["textkennzeichen"] = "68"
    return rows


def test_status_bar_states_both_stichtage(main_window):
    assert main_window._status_stand.text() == "Gebietsstand 31.12.2020, Einwohner Stand 31.12.2019"
    assert "Statistisches Bundesamt" in main_window._status_stand.toolTip()


def test_refused_file_in_wizard_creates_nothing(qtbot, tmp_path, monkeypatch, rp_init_path):
    from kpakt_desktop.gui import msgbox, settings
    from kpakt_desktop.gui.start.wizard import FirstRunWizard

    monkeypatch.setenv("KPAKT_DATA_DIR", str(tmp_path / "daten"))
    settings.set_data_dir(None)
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "open_file", lambda *args: rp_init_path)  # a database, no register
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: errors.append(text))
    before = dump(rp_init_path)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.datei_page.gv_button.click()
    wizard.next()
    assert wizard.currentPage() is wizard.datei_page and wizard.result_path is None
    assert errors and "rp-init.sqlite" in errors[0]
    assert not (tmp_path / "daten" / "land-07.sqlite").exists()
    assert dump(rp_init_path) == before
