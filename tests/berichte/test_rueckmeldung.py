"""Rückmeldebogen round trip: export, a Kommune fills it in with openpyxl, import; hostile forms refused."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.nachnutzung import (
    Aenderung,
    FachverfahrenAngabe,
    aendern,
    historie_zelle,
    setze_status,
    wiederherstellen,
    zelle,
)
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.services.rueckmeldung.pruefung import pruefen
from kpakt_desktop.services.rueckmeldung.uebernahme import uebernehmen
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import Einstellung, Kommune, Leistung, Nachnutzung, NachnutzungHistorie

EXPORT_ZEIT = datetime(2026, 11, 2, 10, 30)
STATUS, SEIT, GEPLANT, FV, HST, ANB, KE, KJ, BEM = (f.SPALTE_VON[k] for k in f.SPALTE_VON)


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def _kommune(store: Store) -> tuple[str, list[int]]:
    """A Verbandsgemeinde with at least three Leistungen still offen or with Interesse."""
    with store.read() as s:
        rows = s.execute(
            select(Kommune.ars, func.count())
            .join(Nachnutzung, Nachnutzung.kommune_id == Kommune.id)
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .where(Nachnutzung.status.in_([Status.OFFEN, Status.INTERESSE]), Leistung.nr < 7)
            .group_by(Kommune.ars)
            .having(func.count() >= 3)
            .order_by(Kommune.ars)
        ).first()
        assert rows is not None
        ars = rows[0]
        ids = list(
            s.scalars(
                select(Nachnutzung.id)
                .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
                .where(Kommune.ars == ars)
                .order_by(Nachnutzung.leistung_nr)
            )
        )
    return ars, ids


def _export(store: Store, ars: str, folder: Path) -> Path:
    result = run_job(export_job(store, folder / "bogen.xlsx", kommune_ars=ars, jetzt=EXPORT_ZEIT))
    assert result.dateien == [folder / "bogen.xlsx"]
    return result.dateien[0]


def _zeile(ws, nr: int) -> int:
    for r in range(f.ERSTE_ZEILE, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == nr:
            return r
    raise AssertionError(f"Leistung {nr} fehlt im Bogen")


def _stand(store: Store) -> tuple[int, list[tuple[int, int]]]:
    with store.read() as s:
        n = s.scalar(select(func.count()).select_from(NachnutzungHistorie)) or 0
        versions = list(s.execute(select(Nachnutzung.id, Nachnutzung.version).order_by(Nachnutzung.id)))
    versions = [(a, b) for a, b in versions]
    return n, versions


def _offene_zeilen(ws) -> list[int]:
    return [
        r
        for r in range(f.ERSTE_ZEILE, ws.max_row + 1)
        if ws.cell(row=r, column=STATUS).value in (Status.OFFEN.label, Status.INTERESSE.label)
    ]


def test_form_is_protected_with_dropdowns_hints_and_hidden_identity(rp_demo, tmp_path):
    ars, ids = _kommune(rp_demo)
    # A Fachverfahren name a user typed that looks like a formula must stay text in the form.
    aendern(
        rp_demo,
        [ids[0]],
        Aenderung({"fachverfahren": FachverfahrenAngabe('=HYPERLINK("http://x","y")', "@SUM(A1)")}),
        benutzer="t",
    )
    pfad = _export(rp_demo, ars, tmp_path)
    wb = load_workbook(pfad)
    assert wb.sheetnames == [f.BLATT, f.BLATT_KENNUNG]
    ws, kennung = wb[f.BLATT], wb[f.BLATT_KENNUNG]
    assert kennung.sheet_state == "veryHidden" and wb.security.lockStructure
    daten = json.loads(kennung[f.K_DATEN].value)
    assert (daten["land"], daten["ars"], daten["exportiert"]) == ("07", ars, EXPORT_ZEIT.isoformat())
    assert kennung[f.K_FORMULAR].value == "kpakt-rueckmeldebogen/1" and len(kennung[f.K_SIGNATUR].value) == 64
    assert ars in ws["A2"].value
    # Protected sheet: the Kommune writes only in the answer columns.
    assert ws.protection.sheet
    r = f.ERSTE_ZEILE
    assert ws.cell(row=r, column=1).protection.locked and ws.cell(row=r, column=2).protection.locked
    for col in (STATUS, SEIT, GEPLANT, FV, HST, ANB, KE, KJ, BEM):
        assert not ws.cell(row=r, column=col).protection.locked
    assert [z["nr"] for z in daten["zeilen"]] == [
        ws.cell(row=r + i, column=1).value for i in range(len(daten["zeilen"]))
    ]
    assert all(1 <= z["nr"] <= 16 and z["nr"] not in (7, 8) for z in daten["zeilen"])
    # Drop-downs, date and amount validations, each with an input hint.
    by_col = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_col[rng.min_col] = dv
    assert by_col[STATUS].type == "list" and "Interesse bekundet" in by_col[STATUS].formula1
    assert "nicht mehr zuständig" not in by_col[STATUS].formula1
    assert by_col[SEIT].type == "date" and by_col[GEPLANT].type == "date"
    assert by_col[KE].type == "whole" and by_col[ANB].type == "list"
    assert all(dv.showInputMessage and dv.prompt and dv.showErrorMessage for dv in by_col.values())
    assert ws.cell(row=r, column=SEIT).number_format == "DD.MM.YYYY"
    # Hostile text from the database stays text.
    fv = ws.cell(row=_zeile(ws, daten["zeilen"][0]["nr"]), column=FV)
    hst = ws.cell(row=fv.row, column=HST)
    assert fv.value.startswith("=HYPERLINK") and fv.data_type == "s" and fv.quotePrefix
    assert hst.value == "@SUM(A1)" and hst.data_type == "s"
    # Made to print.
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == f"${f.KOPFZEILE}:${f.KOPFZEILE}"
    assert ws.freeze_panes == f"C{f.ERSTE_ZEILE}" and "&P" in ws.oddFooter.right.text
    assert wb.properties.title.startswith("Rückmeldebogen")


def test_round_trip_through_the_cli_writes_values_and_history(rp_demo_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KPAKT_BENUTZER", "Sachbearbeitung")
    store = open_store(rp_demo_path)
    try:
        ars, _ = _kommune(store)
    finally:
        store.close()
    db = ["--db", str(rp_demo_path)]
    assert run([*db, "rueckmeldung", "export", "--kommune", ars, "-o", str(tmp_path / "bogen.xlsx")]) == 0
    pfad = tmp_path / "bogen.xlsx"
    assert pfad.is_file() and "Rückmeldebogen geschrieben" in capsys.readouterr().out
    wb = load_workbook(pfad)
    ws = wb[f.BLATT]
    r1, r2, r3 = _offene_zeilen(ws)[:3]
    nr1, nr2, nr3 = (ws.cell(row=r, column=1).value for r in (r1, r2, r3))
    # The Kommune fills in: a new status with its date, a Fachverfahren, a plan, costs, a remark.
    ws.cell(row=r1, column=STATUS).value = "Vereinbarung"
    ws.cell(row=r1, column=SEIT).value = datetime(2026, 10, 15)
    ws.cell(row=r1, column=FV).value = "Neues Verfahren"
    ws.cell(row=r1, column=HST).value = "+Hersteller"
    ws.cell(row=r1, column=ANB).value = "FIT-Connect"
    ws.cell(row=r1, column=KE).value = 12000
    ws.cell(row=r1, column=BEM).value = "\t=1 Personal fehlt"
    ws.cell(row=r2, column=GEPLANT).value = datetime(2027, 3, 1)
    ws.cell(row=r3, column=BEM).value = "Nur eine Frage"
    wb.save(pfad)

    assert run([*db, "rueckmeldung", "import", str(pfad), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dry_run"] and data["aenderungen"] == 2 and data["konflikte"] == 0 and data["uebernommen"] == []
    assert data["bemerkungen"] == 1 and data["abgelehnt"] == []
    datei = data["dateien"][0]
    nur_bemerkung = next(a for a in datei["aenderungen"] if a["leistung"] == nr3)
    assert datei["ars"] == ars and nur_bemerkung["nur_bemerkung"] and nur_bemerkung["bemerkung"] == "Nur eine Frage"
    assert nur_bemerkung["felder"] == []
    first = next(a for a in datei["aenderungen"] if a["leistung"] == nr1)
    felder = {x["feld"]: x for x in first["felder"]}
    assert (
        felder["status"]["neu"] == "Vereinbarung" and felder["fachverfahren"]["neu"] == "Neues Verfahren (+Hersteller)"
    )
    assert set(felder) == {"status", "fachverfahren", "anb", "ke"}
    store = open_store(rp_demo_path)
    try:
        before = _stand(store)
    finally:
        store.close()
    assert before == _stand_of(rp_demo_path)  # dry run wrote nothing

    assert run([*db, "rueckmeldung", "import", str(pfad)]) == 0
    assert "Übernommen: 2 Nachnutzungen, 1 Bemerkung gespeichert." in capsys.readouterr().out
    store = open_store(rp_demo_path)
    try:
        with store.read() as s:
            nid = {
                nr: i
                for nr, i in s.execute(
                    select(Nachnutzung.leistung_nr, Nachnutzung.id)
                    .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
                    .where(Kommune.ars == ars)
                )
            }
        z1, z2, z3 = (zelle(store, nid[nr]) for nr in (nr1, nr2, nr3))
        assert z1.status is Status.VEREINBARUNG and z1.status_seit == date(2026, 10, 15)
        assert (z1.fachverfahren, z1.hersteller, z1.kosten_einmalig) == ("Neues Verfahren", "+Hersteller", 12000)
        assert z1.anbindungsart is not None and z1.anbindungsart.label == "FIT-Connect"
        assert {st.status: st.geplant for st in z2.stufen}[Status.PRODUKTIV] == date(2027, 3, 1)
        assert z3.version == before[1][[i for i, _ in before[1]].index(nid[nr3])][1]  # values untouched
        # The Bemerkung of the row without other change is kept in the history, not thrown away.
        (bemerkung,) = [h for h in historie_zelle(store, nid[nr3]) if h.quelle and "Rückmeldebogen" in h.quelle]
        assert (bemerkung.feld_label, bemerkung.notiz) == ("Bemerkung", "Nur eine Frage")
        history = historie_zelle(store, nid[nr1])
        neu = [h for h in history if h.quelle == f"per Rückmeldebogen vom {date.today():%d.%m.%Y}"]
        assert {h.feld for h in neu} == {"status", "fachverfahren_id", "anbindungsart", "kosten_einmalig"}
        assert all(h.notiz == "=1 Personal fehlt" and h.benutzer == "Sachbearbeitung" for h in neu)
        status = next(h for h in neu if h.feld == "status")
        assert status.gueltig_ab == date(2026, 10, 15)
        assert len({h.aenderung for h in neu}) == 1
    finally:
        store.close()


def _stand_of(path: Path) -> tuple[int, list[tuple[int, int]]]:
    store = open_store(path)
    try:
        return _stand(store)
    finally:
        store.close()


def test_conflicts_are_flagged_left_out_by_default_and_taken_on_request(rp_demo, tmp_path):
    ars, _ = _kommune(rp_demo)
    pfad = _export(rp_demo, ars, tmp_path)
    wb = load_workbook(pfad)
    ws = wb[f.BLATT]
    r1, r2 = _offene_zeilen(ws)[:2]
    nr1, nr2 = ws.cell(row=r1, column=1).value, ws.cell(row=r2, column=1).value
    ws.cell(row=r1, column=STATUS).value = "Anbindung"
    ws.cell(row=r2, column=STATUS).value = "Test"
    wb.save(pfad)
    # Meanwhile the office set Leistung nr1 to Test itself, and gave nr2 a cost (another field).
    setze_status(
        rp_demo, ars=ars, leistung_nr=nr1, status=Status.TEST, datum=None, notiz=None, benutzer="Büro", quelle="x"
    )
    with rp_demo.read() as s:
        id2 = s.scalar(
            select(Nachnutzung.id)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .where(Kommune.ars == ars, Nachnutzung.leistung_nr == nr2)
        )
    aendern(rp_demo, [id2], Aenderung({"kosten_jaehrlich": 99}), benutzer="Büro")

    pruefung = pruefen(rp_demo, [pfad])
    zeilen = {z.leistung_nr: z for _, z in pruefung.zeilen}
    assert zeilen[nr1].konflikt and not zeilen[nr2].konflikt and pruefung.konflikte == 1
    feld = zeilen[nr1].felder[0]
    assert (feld.alt, feld.neu, feld.gesendet) == ("Test", "Anbindung", zeilen[nr1].felder[0].gesendet)
    result = uebernehmen(rp_demo, pruefung, benutzer="t")
    assert result.uebernommen == [f"{ars}/{nr2}"] and result.ausgelassen == [f"{ars}/{nr1}"]
    z2 = zelle(rp_demo, id2)
    assert z2.status is Status.TEST and z2.kosten_jaehrlich == 99  # the office's other change kept

    # The user decides to take the Kommune's answer over the office's: then it overwrites, undoably.
    pruefung = pruefen(rp_demo, [pfad])
    # Test → Anbindung is a step back: it needs confirming as well.
    assert uebernehmen(rp_demo, pruefung, [f"{ars}/{nr1}"], benutzer="t").rueckschritte == [f"{ars}/{nr1}"]
    assert zelle(rp_demo, zeilen[nr1].nachnutzung_id).status is Status.TEST
    result = uebernehmen(rp_demo, pruefung, [f"{ars}/{nr1}"], benutzer="t", rueckschritte=True)
    id1 = zeilen[nr1].nachnutzung_id
    assert zelle(rp_demo, id1).status is Status.ANBINDUNG
    assert result.ergebnis is not None
    wiederherstellen(rp_demo, result.ergebnis, benutzer="t")
    assert zelle(rp_demo, id1).status is Status.TEST


def test_cli_exit_1_lists_conflicts_and_applies_the_rest(rp_demo_path, tmp_path, capsys):
    store = open_store(rp_demo_path)
    try:
        ars, _ = _kommune(store)
        pfad = _export(store, ars, tmp_path)
        wb = load_workbook(pfad)
        ws = wb[f.BLATT]
        r1, r2 = _offene_zeilen(ws)[:2]
        nr1 = ws.cell(row=r1, column=1).value
        ws.cell(row=r1, column=STATUS).value = "Anbindung"
        ws.cell(row=r2, column=STATUS).value = "Test"
        wb.save(pfad)
        setze_status(
            store, ars=ars, leistung_nr=nr1, status=Status.TEST, datum=None, notiz=None, benutzer="B", quelle="x"
        )
    finally:
        store.close()
    assert run(["--db", str(rp_demo_path), "rueckmeldung", "import", str(pfad)]) == 1
    out, err = capsys.readouterr()
    assert "KONFLIKT" in out and "Übernommen: 1 Nachnutzungen" in out and "mit Konflikt" in err


def _resign(store: Store, pfad: Path, change, kopf: str | None = None) -> None:
    """Change the hidden part and sign it again with the database's key (a form made elsewhere)."""
    wb = load_workbook(pfad)
    if kopf is not None:
        wb[f.BLATT][f.K_KOMMUNE].value = kopf
    kennung = wb[f.BLATT_KENNUNG]
    daten = json.loads(kennung[f.K_DATEN].value)
    change(daten)
    text = f.kanonisch(daten)
    with store.read() as s:
        key = bytes.fromhex(s.get(Einstellung, f.SCHLUESSEL_EINSTELLUNG).wert)
    kennung[f.K_DATEN].value = text
    kennung[f.K_SIGNATUR].value = f.signatur(key, text)
    wb.save(pfad)


def _set(pfad: Path, coord: str, value, sheet: str = f.BLATT) -> None:
    wb = load_workbook(pfad)
    wb[sheet][coord].value = value
    wb.save(pfad)


R = f.ERSTE_ZEILE
COL = {k: chr(ord("A") + c - 1) for k, c in f.SPALTE_VON.items()}


@pytest.mark.parametrize(
    ("verderben", "ort", "text"),
    [
        (lambda st, p: _set(p, f"{COL['status']}{R}", "fertig"), f"Zelle {COL['status']}{R}", "kein Status aus der"),
        (lambda st, p: _set(p, f"{COL['status']}{R}", "=A1"), f"Zelle {COL['status']}{R}", "keine Formel"),
        (lambda st, p: _set(p, f"{COL['seit']}{R}", "bald"), f"Zelle {COL['seit']}{R}", "kein Datum"),
        (lambda st, p: _set(p, f"{COL['geplant']}{R}", "31.02.2027"), f"Zelle {COL['geplant']}{R}", "kein Datum"),
        (lambda st, p: _set(p, f"{COL['seit']}{R}", datetime(2999, 1, 1)), f"Zelle {COL['seit']}{R}", "Zukunft"),
        (lambda st, p: _set(p, f"{COL['ke']}{R}", -5), f"Zelle {COL['ke']}{R}", "kein ganzer Euro-Betrag"),
        (lambda st, p: _set(p, f"{COL['anb']}{R}", "Brieftaube"), f"Zelle {COL['anb']}{R}", "keine Anbindungsart"),
        (lambda st, p: _set(p, f"A{R}", 99), f"Zelle A{R}", "Leistung 99, die mit diesem Bogen nicht versandt"),
        (
            lambda st, p: _set(p, f.K_DATEN, '{"zeilen": []}', f.BLATT_KENNUNG),
            f"Blatt „{f.BLATT_KENNUNG}“, Zelle {f.K_DATEN}",
            "Land",
        ),
        (
            lambda st, p: _set(p, f.K_SIGNATUR, "0" * 64, f.BLATT_KENNUNG),
            f"Zelle {f.K_SIGNATUR}",
            "Prüfsumme passt nicht",
        ),
        (
            lambda st, p: _resign(st, p, lambda d: d["zeilen"][0].update(version=1)),
            None,
            None,
        ),
        (lambda st, p: _set(p, "A2", "Kommune: Irgendwo (ARS 071315002000)"), "Zelle A2", "anderen Kommune"),
        (
            lambda st, p: _resign(st, p, lambda d: d.update(land="08")),
            f"Zelle {f.K_DATEN}",
            "gehört zum Land 08",
        ),
        (
            lambda st, p: _resign(
                st, p, lambda d: d.update(ars="079999999999"), kopf="Kommune: Nirgendwo (ARS 079999999999)"
            ),
            f"Zelle {f.K_DATEN}",
            "gibt es in dieser Landesdatenbank nicht",
        ),
    ],
)
def test_hostile_forms_are_refused_naming_file_sheet_and_cell(rp_demo_path, tmp_path, capsys, verderben, ort, text):
    store = open_store(rp_demo_path)
    try:
        ars, _ = _kommune(store)
        gut = _export(store, ars, tmp_path)
        # A good form of another Kommune in the same import is taken; only the bad one is refused.
        other = run_job(export_job(store, tmp_path / "zwei", kreis="071310000000", jetzt=EXPORT_ZEIT)).dateien
        zweiter = next(p for p in other if ars not in p.name)
        wb = load_workbook(zweiter)
        wb[f.BLATT][f"{COL['bemerkung']}{R}"].value = "ok"
        wb[f.BLATT][f"{COL['status']}{R}"].value = "zurückgestellt"
        wb.save(zweiter)
        schlecht = tmp_path / "schlecht.xlsx"
        schlecht.write_bytes(gut.read_bytes())
        verderben(store, schlecht)
        before = _stand(store)
    finally:
        store.close()
    code = run(["--db", str(rp_demo_path), "rueckmeldung", "import", str(zweiter), str(schlecht)])
    err = capsys.readouterr().err
    after = _stand_of(rp_demo_path)
    assert after[0] == before[0] + 1  # the good form: one status change (its Bemerkung as the note)
    assert sum(a != b for a, b in zip(after[1], before[1], strict=True)) == 1
    if ort is None:  # a changed version with a valid signature is no error: just no conflict, nothing to apply
        assert code == 0
        return
    assert code == 2, err
    assert "schlecht.xlsx" in err and ort in err and text in err and "zweiter" not in err


def test_not_a_form_and_duplicates(rp_demo, tmp_path):
    kaputt = tmp_path / "kaputt.xlsx"
    kaputt.write_text("kein Excel")
    with pytest.raises(InputError, match=r"kaputt\.xlsx: keine lesbare Excel-Datei"):
        pruefen(rp_demo, [kaputt])
    ars, _ = _kommune(rp_demo)
    pfad = _export(rp_demo, ars, tmp_path)
    kopie = tmp_path / "kopie.xlsx"
    kopie.write_bytes(pfad.read_bytes())
    with pytest.raises(InputError, match=r"liegt schon der Bogen bogen\.xlsx vor"):
        pruefen(rp_demo, [pfad, kopie])


def test_kreis_export_writes_one_form_per_zustaendige_kommune(rp_demo, tmp_path):
    with rp_demo.read() as s:
        kreis = s.scalars(select(Kommune).where(Kommune.ars == "071310000000")).one()
        n = s.scalar(
            select(func.count(func.distinct(Kommune.id)))
            .join(Nachnutzung, Nachnutzung.kommune_id == Kommune.id)
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .where((Kommune.kreis_id == kreis.id) | (Kommune.id == kreis.id))
            .where(Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG, Leistung.nr.not_in([7, 8]))
        )
    result = run_job(export_job(rp_demo, tmp_path / "kreis", kreis=kreis.name, jetzt=EXPORT_ZEIT))
    assert result.kommunen == n == len(result.dateien) and n > 3
    assert all(p.parent == tmp_path / "kreis" and p.name.startswith("Rueckmeldebogen_07131") for p in result.dateien)


def test_cancelled_kreis_export_leaves_no_files(rp_demo, tmp_path):
    job = export_job(rp_demo, tmp_path / "kreis", kreis="071310000000", jetzt=EXPORT_ZEIT)
    for _ in range(3):
        next(job)
    job.close()
    assert list((tmp_path / "kreis").iterdir()) == []


def test_a_row_changed_between_check_and_apply_refuses_the_whole_import(rp_demo, tmp_path):
    ars, _ = _kommune(rp_demo)
    pfad = _export(rp_demo, ars, tmp_path)
    wb = load_workbook(pfad)
    ws = wb[f.BLATT]
    r1, r2 = _offene_zeilen(ws)[:2]
    ws.cell(row=r1, column=KJ).value = 111
    ws.cell(row=r2, column=KJ).value = 222
    wb.save(pfad)
    pruefung = pruefen(rp_demo, [pfad])
    assert pruefung.konflikte == 0 and len(pruefung.zeilen) == 2
    # Someone edits the second cell (another field) after the check, before "Übernehmen".
    zweite = pruefung.zeilen[1][1]
    aendern(rp_demo, [zweite.nachnutzung_id], Aenderung({"notiz": "dazwischen"}), benutzer="B")
    before = _stand(rp_demo)
    with pytest.raises(InputError, match="inzwischen geändert"):
        uebernehmen(rp_demo, pruefung, benutzer="t")
    assert _stand(rp_demo) == before


def test_nothing_to_import_when_the_form_comes_back_unchanged(rp_demo_path, tmp_path, capsys):
    store = open_store(rp_demo_path)
    try:
        ars, _ = _kommune(store)
        pfad = _export(store, ars, tmp_path)
    finally:
        store.close()
    assert run(["--db", str(rp_demo_path), "rueckmeldung", "import", str(pfad)]) == 0
    out = capsys.readouterr().out
    assert "keine Änderungen" in out and "Übernommen: 0 Nachnutzungen" in out
