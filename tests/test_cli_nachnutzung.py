"""``kpakt nachnutzung set`` end to end: changes, history, and clear refusals (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.nachnutzung import historie_zelle, zelle
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, Nachnutzung


@pytest.fixture
def target(rp_demo_path):
    """ARS and cell id of a Verbandsgemeinde's Ummeldung that is not yet produktiv."""
    store = open_store(rp_demo_path)
    try:
        with store.read() as s:
            ars, nid = s.execute(
                select(Kommune.ars, Nachnutzung.id)
                .join(Nachnutzung, Nachnutzung.kommune_id == Kommune.id)
                .where(Nachnutzung.leistung_nr == 1, Nachnutzung.status == Status.TEST)
                .order_by(Kommune.ars)
                .limit(1)
            ).one()
    finally:
        store.close()
    return ars, nid


def run(argv: list[str]) -> int:
    """Exit code of the CLI, whether it returns (our checks) or exits (argparse's)."""
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def read_cell(path, nid):
    store = open_store(path)
    try:
        return zelle(store, nid), historie_zelle(store, nid)
    finally:
        store.close()


def test_set_status_with_backdate_and_note(rp_demo_path, target, capsys, monkeypatch):
    monkeypatch.setenv("KPAKT_BENUTZER", "Skript Nutzer")
    ars, nid = target
    argv = ["--db", str(rp_demo_path), "nachnutzung", "set", "--ars", ars, "--leistung", "1"]
    assert main([*argv, "--status", "produktiv", "--datum", "2026-06-30", "--note", "Abnahme"]) == 0
    assert "produktiv" in capsys.readouterr().out
    cell, history = read_cell(rp_demo_path, nid)
    assert cell.status is Status.PRODUKTIV and cell.status_seit == date(2026, 6, 30)
    h = history[0]
    assert (h.feld, h.alt, h.neu, h.notiz, h.benutzer) == ("status", "Test", "produktiv", "Abnahme", "Skript Nutzer")
    assert h.gueltig_ab == date(2026, 6, 30) and h.erfasst_am.date() == date.today()
    assert main([*argv, "--status", "Produktiv"]) == 0  # the German label works too; nothing changes
    assert "Unverändert" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--leistung", "1", "--status", "fertig"], "Erlaubt sind: offen (offen), interesse (Interesse bekundet)"),
        (["--leistung", "1", "--status", "nicht_mehr_zustaendig"], "nur eine Änderung der Vollzugsebene"),
        (["--leistung", "17", "--status", "test"], "erlaubt sind die Nummern 1 bis 16"),
        (["--leistung", "eins", "--status", "test"], "keine Leistungsnummer"),
        (["--leistung", "1", "--status", "test", "--datum", "01.02.2026"], "JJJJ-MM-TT"),
        (["--leistung", "1", "--status", "test", "--datum", "2999-01-01"], "Zukunft"),
    ],
)
def test_bad_values_exit_2_and_change_nothing(rp_demo_path, target, capsys, args, message):
    ars, nid = target
    before, history = read_cell(rp_demo_path, nid)
    assert run(["--db", str(rp_demo_path), "nachnutzung", "set", "--ars", ars, *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    after, history_after = read_cell(rp_demo_path, nid)
    assert after == before and len(history_after) == len(history)


def test_unknown_ars_and_not_zustaendig(rp_demo_path, capsys):
    db = str(rp_demo_path)
    assert main(["--db", db, "nachnutzung", "set", "--ars", "079999999999", "--leistung", "1", "--status", "test"]) == 2
    assert "gibt es in dieser Landesdatenbank nicht" in capsys.readouterr().err
    # A Landkreis is not zuständig for the Ummeldung (Verwaltungsträger der Gemeindeebene).
    assert main(["--db", db, "nachnutzung", "set", "--ars", "071310000000", "--leistung", "1", "--status", "test"]) == 2
    assert "nicht zuständig" in capsys.readouterr().err


def test_cli_process_exit_codes(rp_demo_path, target):
    ars, _ = target
    env = {**os.environ, "KPAKT_BENUTZER": "ci"}
    base = [sys.executable, "-m", "kpakt_desktop.cli", "--db", str(rp_demo_path), "nachnutzung", "set", "--ars", ars]
    bad = subprocess.run([*base, "--leistung", "1", "--status", "xyz"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "Erlaubt sind" in bad.stderr
    ok = subprocess.run([*base, "--leistung", "1", "--status", "anbindung"], capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
