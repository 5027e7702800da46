"""The `kpakt` command line end to end: exit codes 0/1/2, German messages, JSON shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kpakt_desktop.cli import main


def kpakt(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kpakt_desktop.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.mark.slow
def test_init_then_stats_end_to_end(tmp_path):
    db = tmp_path / "rp.sqlite"
    result = kpakt("--db", str(db), "init", "--land", "RP")
    assert result.returncode == 0, result.stderr
    assert "Rheinland-Pfalz: 2456 Kommunen" in result.stdout
    stats = kpakt("--db", str(db), "stats")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert set(data) >= {"land", "schema", "kommunen", "leistungen", "nachnutzungen", "taskforces", "huerden",
                         "termine", "kontakte"}  # fmt: skip
    assert data["land"] == "07"
    assert data["kommunen"]["verbandsgemeinde"] == 129
    assert [item["nr"] for item in data["leistungen"]] == list(range(1, 17))
    ummeldung = data["leistungen"][0]
    assert (ummeldung["vollzugsebene"], ummeldung["zustaendig"]) == ("verwaltungstraeger", 170)
    assert ummeldung["by_status"]["offen"] == 170
    assert data["nachnutzungen"]["total"] == sum(item["zustaendig"] for item in data["leistungen"])
    assert (data["taskforces"], data["huerden"], data["termine"], data["kontakte"]) == (0, 0, 0, 0)


def test_init_refuses_existing_file_with_exit_2(rp_init_path, capsys):
    assert main(["--db", str(rp_init_path), "init", "--land", "07"]) == 2
    assert "existiert bereits" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["init", "--land", "Preußen"], "Unbekanntes Land"),
        (["demo", "--land", "RP", "--stichtag", "gestern"], "kein Datum"),
        (["stats"], "wurde nicht gefunden"),
    ],
)
def test_bad_input_exits_2_with_german_message(tmp_path, args, message):
    result = kpakt("--db", str(tmp_path / "x.sqlite"), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_demo_and_kpakt_db_environment(tmp_path, capsys):
    db = tmp_path / "hb.sqlite"
    assert main(["--db", str(db), "demo", "--land", "04", "--seed", "3", "--stichtag", "2026-11-01"]) == 0
    capsys.readouterr()
    result = kpakt("stats", env={"KPAKT_DB": str(db)})
    data = json.loads(result.stdout)
    assert data["land"] == "04" and data["demo"] is True
    assert data["nachnutzungen"]["total"] > 0 and data["termine"] > 0


def test_stats_matches_services(rp_demo_path, capsys):
    from kpakt_desktop.services.stats import compute_stats
    from kpakt_desktop.store.database import open_store

    assert main(["--db", str(rp_demo_path), "stats"]) == 0
    printed = json.loads(capsys.readouterr().out)
    store = open_store(rp_demo_path)
    try:
        assert printed == compute_stats(store).to_json()
    finally:
        store.close()
