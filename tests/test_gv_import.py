"""Updating the Kommunen from the Gemeindeverzeichnis: counts, no-op re-import, Gebietsänderungen, bad files."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime

import pytest
from gv_files import ars, dump, empty_land_store, find, modified, shipped_rows, write_csv
from sqlalchemy import select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KREIS_ARTEN, VERBAND_ARTEN, KommuneZustand
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.services.aufloesung import archivieren, kandidaten, offene_aufloesungen, uebertragen
from kpakt_desktop.services.gv_abgleich import apply_job, preview_job
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.kommunen import kommune_aendern
from kpakt_desktop.services.kontakte import KontaktDaten, kontakt_speichern, kontakte_von
from kpakt_desktop.services.register import shipped_register_path
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import ITDienstleister, Kommune, Nachnutzung, NachnutzungHistorie

ANTWEILER, AREMBERG, BARWEILER, BAULER = "071315001004", "071315001005", "071315001008", "071315001009"
BAULER_NEU = "071315002009"  # Bauler moves from VG Adenau (5001) to VG Altenahr (5002)
NEUDORF = "071315001099"


def counts(store: Store) -> dict[str, int]:
    """Register-style counts of the active Kommunen: Satzart 40, 50 and 60."""
    with store.read() as s:
        rows = s.execute(select(Kommune.art, Kommune.verbandsfrei).where(Kommune.zustand == KommuneZustand.AKTIV)).all()
    return {
        "40": sum(1 for art, _ in rows if art in KREIS_ARTEN or art.kreisfrei),
        # a 50-record is a Gemeindeverband or marks its single Gemeinde as verbandsfrei
        "50": sum(1 for art, frei in rows if art in VERBAND_ARTEN or (art.gemeinde_ebene and frei)),
        "60": sum(1 for art, _ in rows if art.gemeinde_ebene),
    }


@pytest.mark.parametrize(
    ("land", "gemeinden", "verbaende", "kreise"),
    [
        ("07", 2303, 171, 36),  # Verbandsgemeinden
        ("09", 2230, 1559, 96),  # Verwaltungsgemeinschaften
        ("02", 1, 1, 1),  # city-state: Land, Kreis, Verband and Gemeinde at once
    ],
)
def test_import_into_fresh_database_gives_register_counts_and_second_import_no_difference(
    tmp_path, land, gemeinden, verbaende, kreise
):
    store = empty_land_store(tmp_path / "land.sqlite", land)
    try:
        ergebnis = run_job(apply_job(store, shipped_register_path(), benutzer="Test"))
        assert counts(store) == {"40": kreise, "50": verbaende, "60": gemeinden}
        assert len(ergebnis.diff.new) == len(ergebnis.neu_ids) > 0
        assert ergebnis.diff.dissolved == []
        again = run_job(preview_job(store, shipped_register_path()))
        assert again.to_json() == {"new": [], "dissolved": [], "renamed": [], "moved": {}, "einwohner_changed": 0}
        assert again.empty
    finally:
        store.close()


def test_cli_json_of_same_register_is_empty(rp_init_path, capsys):
    assert main(["--db", str(rp_init_path), "gv", "import", str(shipped_register_path()), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "new": [],
        "dissolved": [],
        "renamed": [],
        "moved": {},
        "einwohner_changed": 0,
    }


def gebietsaenderung(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Antweiler merges into Aremberg, Barweiler is renamed, Bauler changes its VG, a new Gemeinde appears."""
    antweiler, aremberg = find(rows, ANTWEILER), find(rows, AREMBERG)
    total = int(antweiler["bevoelkerung"].replace(" ", "")) + int(aremberg["bevoelkerung"].replace(" ", ""))
    aremberg["bevoelkerung"] = str(total)
    find(rows, BARWEILER)["gemeindename"] = "Barweiler an der Test"
    find(rows, BAULER)["vb"] = "5002"
    neu = dict(find(rows, AREMBERG), gemeinde="099", gemeindename="Neudorf (Test)", textkennzeichen="64")
    rows.insert(rows.index(aremberg) + 1, neu)
    return [r for r in rows if r is not antweiler]


def kommune(store: Store, key: str) -> Kommune:
    with store.read() as s:
        return s.scalars(select(Kommune).where(Kommune.ars == key)).one()


def add_office_data(store: Store, key: str, email: str) -> int:
    k = kommune(store, key)
    kontakt_speichern(store, KontaktDaten(None, k.id, f"OZG {k.name}", KontaktFunktion.OZG_BEAUFTRAGTE, email=email))
    kommune_aendern(store, k.id, "notiz", f"Notiz zu {k.name}")
    return k.id


def test_gebietsaenderung_difference_and_moved_gemeinde_keeps_its_data(rp_init, rp_init_path, tmp_path):
    path = modified(tmp_path / "gv-2021.csv", "07", gebietsaenderung)
    bauler_id = add_office_data(rp_init, BAULER, "bauler@example.org")
    antweiler_id = add_office_data(rp_init, ANTWEILER, "antweiler@example.org")
    with rp_init.write() as s:
        s.add(ITDienstleister(id=77, name="IT Test"))
        s.get_one(Kommune, bauler_id).it_dienstleister_id = 77
    with rp_init.read() as s:
        bauler_nachnutzungen = set(s.scalars(select(Nachnutzung.id).where(Nachnutzung.kommune_id == bauler_id)))
    before = dump(rp_init_path)

    diff = run_job(preview_job(rp_init, path))
    expected = {
        "new": [NEUDORF],
        "dissolved": [ANTWEILER],
        "renamed": [BARWEILER],
        "moved": {BAULER: BAULER_NEU},
        "einwohner_changed": 1,
    }
    assert diff.to_json() == expected
    assert dump(rp_init_path) == before  # a preview writes nothing

    ergebnis = run_job(apply_job(rp_init, path, benutzer="Test"))
    assert ergebnis.diff.to_json() == expected
    bauler = kommune(rp_init, BAULER_NEU)
    assert bauler.id == bauler_id  # updated in place: same row
    assert bauler.ags == "07131009"
    assert bauler.verband_id == kommune(rp_init, "071315002000").id
    assert bauler.notiz == "Notiz zu Bauler" and bauler.it_dienstleister_id == 77
    assert [k.email for k in kontakte_von(rp_init, bauler_id)] == ["bauler@example.org"]
    with rp_init.read() as s:
        assert set(s.scalars(select(Nachnutzung.id).where(Nachnutzung.kommune_id == bauler_id))) == bauler_nachnutzungen
    assert kommune(rp_init, BARWEILER).name == "Barweiler an der Test"
    antweiler = kommune(rp_init, ANTWEILER)
    assert antweiler.zustand is KommuneZustand.AUFGELOEST  # marked, not deleted
    assert antweiler.aufgeloest_am is not None

    offen = offene_aufloesungen(rp_init)
    assert [a.ars for a in offen] == [ANTWEILER]
    assert offen[0].daten.kontakte == 1 and offen[0].daten.notiz
    choices = kandidaten(rp_init, antweiler_id, ergebnis.neu_ids)
    assert choices[0].ars == NEUDORF and choices[0].neu  # a new Gemeinde of the same Verband first
    same_verband = [c.ars for c in choices if c.gleicher_verband]
    assert AREMBERG in same_verband
    assert all(c.gleicher_verband for c in choices[: len(same_verband)])  # then the rest of the Verband
    assert len(choices) > 2000  # every Gemeinde of the Land stays choosable

    aremberg_id = kommune(rp_init, AREMBERG).id
    result = uebertragen(rp_init, antweiler_id, aremberg_id, benutzer="Test")
    assert result.kontakte == 1
    assert [k.email for k in kontakte_von(rp_init, aremberg_id)] == ["antweiler@example.org"]
    assert "Notiz zu Antweiler" in (kommune(rp_init, AREMBERG).notiz or "")
    assert kommune(rp_init, ANTWEILER).nachfolger_id == aremberg_id
    assert offene_aufloesungen(rp_init) == []

    assert run_job(preview_job(rp_init, path)).empty  # the same file again: nothing left to do


@pytest.mark.auch_postgres
def test_dissolved_kommune_can_stay_archived(rp_init, tmp_path):
    path = modified(tmp_path / "gv.csv", "07", gebietsaenderung)
    antweiler_id = add_office_data(rp_init, ANTWEILER, "a@example.org")
    run_job(apply_job(rp_init, path, benutzer=None))
    archivieren(rp_init, antweiler_id)
    assert offene_aufloesungen(rp_init) == []
    assert [k.email for k in kontakte_von(rp_init, antweiler_id)] == ["a@example.org"]  # kept where it was
    with pytest.raises(InputError, match="nicht aufgelöst"):
        archivieren(rp_init, kommune(rp_init, AREMBERG).id)


@pytest.mark.auch_postgres
def test_kommune_back_in_a_later_extract_is_reactivated_in_place(rp_init, tmp_path):
    antweiler_id = kommune(rp_init, ANTWEILER).id
    run_job(apply_job(rp_init, modified(tmp_path / "ohne.csv", "07", gebietsaenderung), benutzer=None))
    assert kommune(rp_init, ANTWEILER).zustand is KommuneZustand.AUFGELOEST
    diff = run_job(apply_job(rp_init, shipped_register_path(), benutzer=None)).diff
    assert diff.new == [ANTWEILER] and diff.dissolved == [NEUDORF]
    assert diff.moved == {BAULER_NEU: BAULER} and diff.renamed == [BARWEILER]
    back = kommune(rp_init, ANTWEILER)
    assert back.id == antweiler_id and back.zustand is KommuneZustand.AKTIV and back.aufgeloest_am is None
    assert run_job(preview_job(rp_init, shipped_register_path())).empty


def test_cli_dry_run_writes_nothing_and_decisions_by_ars(rp_init_path, tmp_path, capsys):
    path = modified(tmp_path / "gv.csv", "07", gebietsaenderung)
    store = open_store(rp_init_path)
    add_office_data(store, ANTWEILER, "a@example.org")
    store.close()
    before = dump(rp_init_path)
    assert main(["--db", str(rp_init_path), "gv", "import", str(path), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["moved"] == {BAULER: BAULER_NEU}
    assert dump(rp_init_path) == before
    assert main(["--db", str(rp_init_path), "gv", "import", str(path)]) == 0
    assert "1 aufgelöste Kommunen haben noch Daten" in capsys.readouterr().out
    assert main(["--db", str(rp_init_path), "gv", "offen", "--json"]) == 0
    offen = json.loads(capsys.readouterr().out)
    assert offen[0]["ars"] == ANTWEILER and offen[0]["kandidaten"]
    assert main(["--db", str(rp_init_path), "gv", "nachfolger", ANTWEILER, AREMBERG]) == 0
    assert "1 Kontakte" in capsys.readouterr().out
    assert main(["--db", str(rp_init_path), "gv", "nachfolger", ANTWEILER, "999999999999"]) == 2


def _bad_key(rows):
    find(rows, BAULER)["kreis"] = "3X"
    return rows


def _cut_after_verband(rows):
    last_verband = max(i for i, r in enumerate(rows) if r["satzart"] == "50" and r["textkennzeichen"] == "53")
    return rows[: last_verband + 1]


def _other_land(_rows):
    return [r for r in shipped_rows()[1] if r["land"] == "10"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_bad_key, r"gv\.csv, Zeile \d+: Feld „kreis“ hat den Wert „3X“"),
        (_other_land, r"gv\.csv: Die Datei enthält keine Zeilen des Landes 07"),
        (_cut_after_verband, r"gv\.csv: Verbandsgemeinde .* hat in der Datei keine Gemeinden"),
    ],
    ids=["bad-key", "other-land", "cut-after-verband"],
)
def test_bad_file_names_file_and_row_and_leaves_database_unchanged(rp_demo, rp_demo_path, tmp_path, change, message):
    path = modified(tmp_path / "gv.csv", "07", change)
    before = dump(rp_demo_path)
    with pytest.raises(InputError, match=message):
        run_job(apply_job(rp_demo, path, benutzer=None))
    assert dump(rp_demo_path) == before


def test_truncated_and_foreign_files_are_refused(rp_init, rp_init_path, tmp_path):
    header, rows = shipped_rows()
    full = write_csv(tmp_path / "full.csv", header, [r for r in rows if r["land"] == "07"])
    cut = tmp_path / "cut.csv"
    raw = full.read_bytes()
    cut.write_bytes(raw[: raw.index(b"Bauler") + 3])  # download broken off inside a line
    before = dump(rp_init_path)
    with pytest.raises(InputError, match=r"cut\.csv, Zeile \d+: nur \d+ von 20 Feldern"):
        run_job(apply_job(rp_init, cut, benutzer=None))
    broken_xlsx = tmp_path / "gv.xlsx"
    broken_xlsx.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputError, match=r"gv\.xlsx: Die Excel-Datei ist beschädigt"):
        run_job(apply_job(rp_init, broken_xlsx, benutzer=None))
    text = tmp_path / "notizen.txt"
    text.write_text("Hallo\nWelt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"notizen\.txt: Das ist kein Auszug"):
        run_job(apply_job(rp_init, text, benutzer=None))
    assert dump(rp_init_path) == before


def test_cancelled_import_rolls_back(rp_init, rp_init_path, tmp_path):
    path = modified(tmp_path / "gv.csv", "07", gebietsaenderung)
    before = dump(rp_init_path)
    job = apply_job(rp_init, path, benutzer=None)
    steps = [next(job) for _ in range(4)]  # inside the transaction: Kommunen written, sync done
    assert "Zuständigkeiten" in steps[-1].message
    job.close()  # what the progress dialog's Abbrechen does
    assert dump(rp_init_path) == before


@pytest.mark.auch_postgres
def test_moved_to_another_kreis_is_found_by_name(rp_init, tmp_path):
    """AGS and ARS change with the Kreis; an unambiguous unchanged name keeps the row."""

    def change(rows):
        row = find(rows, BAULER)
        row.update(rb="1", kreis="37", vb="5003", gemeinde="901")  # into Mayen-Koblenz
        return rows

    bauler_id = kommune(rp_init, BAULER).id
    path = modified(tmp_path / "gv.csv", "07", change)
    diff = run_job(apply_job(rp_init, path, benutzer=None)).diff
    assert diff.moved == {BAULER: "071375003901"}
    assert diff.new == [] and diff.dissolved == []
    moved = kommune(rp_init, "071375003901")
    assert moved.id == bauler_id and moved.ags == "07137901"


def test_reader_counts_satzarten_of_the_shipped_file():
    rows = shipped_rows()[1]
    assert len(rows) == 16068  # the README's 16,068 records
    by_kind = Counter(r["satzart"] for r in rows)
    assert (by_kind["60"], by_kind["50"], by_kind["40"]) == (11004, 4606, 401)
    assert ars(find(rows, BAULER)) == BAULER


@pytest.mark.auch_postgres
def test_transfer_moves_nachnutzungen_with_progress_and_restores_their_status(rp_init, tmp_path):
    """Grafschaft (verbandsfrei) merges into Sinzig; its Nachnutzung for Leistung 1 was at *Vereinbarung*."""
    grafschaft_id, sinzig_id = kommune(rp_init, "071310090090").id, kommune(rp_init, "071310077077").id
    with rp_init.write() as s:
        rows = {
            (n.kommune_id, n.leistung_nr): n
            for n in s.scalars(select(Nachnutzung).where(Nachnutzung.kommune_id.in_([grafschaft_id, sinzig_id])))
        }
        for kommune_id, nr in ((grafschaft_id, 1), (grafschaft_id, 3), (sinzig_id, 3)):
            n = rows[(kommune_id, nr)]
            n.status = Status.VEREINBARUNG
            s.add(NachnutzungHistorie(nachnutzung_id=n.id, feld="status", alt="offen", neu="vereinbarung",
                                      gueltig_ab=date(2026, 3, 1), erfasst_am=datetime(2026, 3, 1)))  # fmt: skip
        moved_id, placeholder_id = rows[(grafschaft_id, 1)].id, rows[(sinzig_id, 1)].id
    path = modified(tmp_path / "gv.csv", "07", lambda rows: [r for r in rows if ars(r) != "071310090090"])
    run_job(apply_job(rp_init, path, benutzer=None))
    with rp_init.read() as s:
        assert s.get_one(Nachnutzung, moved_id).status is Status.NICHT_MEHR_ZUSTAENDIG  # the sync's doing
    assert [a.ars for a in offene_aufloesungen(rp_init)] == ["071310090090"]

    result = uebertragen(rp_init, grafschaft_id, sinzig_id, benutzer="Test")
    assert (result.nachnutzungen, result.nachnutzungen_behalten) == (1, 1)
    with rp_init.read() as s:
        moved = s.get_one(Nachnutzung, moved_id)
        assert moved.kommune_id == sinzig_id and moved.status is Status.VEREINBARUNG  # status before dissolution
        assert s.get(Nachnutzung, placeholder_id) is None  # the untouched *offen* placeholder made room
        history = [
            h.neu
            for h in s.scalars(
                select(NachnutzungHistorie)
                .where(NachnutzungHistorie.nachnutzung_id == moved_id)
                .order_by(NachnutzungHistorie.id)
            )
        ]
        assert history == ["vereinbarung", "nicht_mehr_zustaendig", "vereinbarung"]
        kept = s.scalars(
            select(Nachnutzung).where(Nachnutzung.kommune_id == grafschaft_id, Nachnutzung.leistung_nr == 3)
        ).one()
        assert kept.status is Status.NICHT_MEHR_ZUSTAENDIG  # both had progress: stays, nothing is lost
