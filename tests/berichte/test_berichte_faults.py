"""Reports and forms on a full disk: a German message naming the file, exit 1, the old file intact,
no half-written or temporary file left beside it (all writers go through ``atomic_target``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import disk_full

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import FileWriteFailed
from kpakt_desktop.services.berichte.buendelung import buendelung_job
from kpakt_desktop.services.berichte.lagebericht import lagebericht_job
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.store.database import open_store

KREIS = "071310000000"  # Ahrweiler
ALT = b"der Bericht von gestern"


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def _kommune_ars(db: Path) -> str:
    from berichte.test_rueckmeldung import _kommune

    store = open_store(db)
    try:
        return _kommune(store)[0]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("name", "argv"),
    [
        ("bdv.xlsx", ["report", "bdv", "--kreis", KREIS, "-o"]),
        ("bogen.xlsx", ["rueckmeldung", "export", "--kommune", "{ars}", "-o"]),
    ],
)
def test_full_disk_keeps_the_old_file_and_names_the_new_one(
    rp_demo_path: Path, tmp_path: Path, capsys, monkeypatch, name: str, argv: list[str]
) -> None:
    out = tmp_path / "aus"
    out.mkdir()
    ziel = out / name
    ziel.write_bytes(ALT)
    args = [a.replace("{ars}", _kommune_ars(rp_demo_path)) for a in argv]
    with monkeypatch.context() as m:
        disk_full(m, out, budget=3000)
        code = run(["--db", str(rp_demo_path), *args, str(ziel)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Datenträger ist voll" in err and str(ziel) in err and "Traceback" not in err
    assert ziel.read_bytes() == ALT  # yesterday's report survives
    assert [p.name for p in out.iterdir()] == [name]  # no half file, no temporary file
    # With space again the same command writes the new file over the old one.
    assert run(["--db", str(rp_demo_path), *args, str(ziel)]) == 0
    assert ziel.read_bytes()[:2] == b"PK"


def test_full_disk_for_lagebericht_and_buendelung(rp_demo, tmp_path: Path, monkeypatch) -> None:
    for name, job in (
        ("lage.pdf", lambda z: lagebericht_job(rp_demo, z)),
        ("buendelung.xlsx", lambda z: buendelung_job(rp_demo, z)),
    ):
        out = tmp_path / name.split(".")[0]
        out.mkdir()
        ziel = out / name
        ziel.write_bytes(ALT)
        with monkeypatch.context() as m:
            disk_full(m, out, budget=3000)
            with pytest.raises(FileWriteFailed, match="Datenträger ist voll") as caught:
                run_job(job(ziel))
        assert name in str(caught.value)
        assert ziel.read_bytes() == ALT
        assert [p.name for p in out.iterdir()] == [name]
