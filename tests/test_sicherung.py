"""Backups: rotation keeps the N newest, the Stand is read from inside, restore is checked and atomic."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpakt_desktop.domain.errors import DatabaseRefused
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services import sicherung
from kpakt_desktop.services.landdb import create_land_database
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, LandRow, Nachnutzung

T0 = datetime(2026, 11, 2, 8, 0, 0)


def _falsch(path: Path) -> int:
    """Kommunen renamed by the "mistake" the tests undo."""
    store = open_store(path)
    try:
        with store.read() as s:
            return s.scalar(select(func.count()).select_from(Kommune).where(Kommune.name == "Falsch")) or 0
    finally:
        store.close()


def test_rotation_keeps_the_n_newest(rp_init_path, tmp_path):
    folder = sicherung.backup_folder(sicherung.default_backup_root(tmp_path / "daten"), rp_init_path)
    made = [sicherung.automatic_backup(rp_init_path, folder, keep=3, jetzt=T0 + timedelta(minutes=i)) for i in range(5)]
    left = sicherung.backup_files(folder, rp_init_path.stem)
    assert left == made[-3:]
    assert not made[0].exists() and not made[1].exists()
    assert folder == tmp_path / "daten" / "sicherungen" / "rp-init"


def test_two_backups_in_one_second_both_kept(rp_init_path, tmp_path):
    folder = tmp_path / "s"
    a = sicherung.create_backup(rp_init_path, folder, jetzt=T0)
    b = sicherung.create_backup(rp_init_path, folder, jetzt=T0)
    assert a != b and a.exists() and b.exists()
    assert sicherung.backup_files(folder, rp_init_path.stem) == [a, b]


def test_listing_shows_stand_from_inside_the_backup(rp_demo_path, tmp_path):
    folder = tmp_path / "s"
    sicherung.create_backup(rp_demo_path, folder, jetzt=T0)
    (folder / f"{rp_demo_path.stem}-20261103-090000.sqlite").write_bytes(b"kaputt")  # skipped, not fatal
    store = open_store(rp_demo_path)
    with store.read() as s:
        expected = s.scalar(select(func.count()).select_from(Nachnutzung))
    store.close()
    [item] = sicherung.list_backups(folder, rp_demo_path.stem)
    assert item.erstellt == T0
    assert item.land_schluessel == "07" and item.land_name == "Rheinland-Pfalz"
    assert item.nachnutzungen == expected > 0
    assert 0 < item.produktiv < item.nachnutzungen
    assert item.kommunen > 2000 and item.huerden > 0


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(rp_init_path, tmp_path):
    folder = tmp_path / "s"
    backup = sicherung.create_backup(rp_init_path, folder, jetzt=T0)
    store = open_store(rp_init_path)
    with store.write() as s:
        s.execute(Kommune.__table__.update().where(Kommune.id <= 100).values(name="Falsch"))  # a mistake to undo
    store.close()
    assert _falsch(rp_init_path) == 100
    result = sicherung.restore(backup, rp_init_path, folder, jetzt=T0 + timedelta(hours=1))
    assert _falsch(rp_init_path) == 0
    assert result.restored.path == backup
    assert result.safety_copy.name.endswith("-vor-wiederherstellung.sqlite")
    assert _falsch(result.safety_copy) == 100
    leftovers = [p.name for p in rp_init_path.parent.iterdir() if p.name.startswith(f".{rp_init_path.name}")]
    assert leftovers == []


def test_restore_refuses_another_land(rp_init_path, tmp_path):
    hb = create_land_database(tmp_path / "hb.sqlite", parse_land("04"))
    hb.close()
    original = rp_init_path.read_bytes()
    with pytest.raises(DatabaseRefused, match=r"gehört zu Bremen \(04\).*nichts wiederhergestellt"):
        sicherung.restore(tmp_path / "hb.sqlite", rp_init_path, tmp_path / "s")
    assert rp_init_path.read_bytes() == original
    assert not (tmp_path / "s").exists()  # refused before the safety copy


def test_restore_refuses_a_non_database(rp_init_path, tmp_path):
    fake = tmp_path / "notiz.sqlite"
    fake.write_text("keine Datenbank", encoding="utf-8")
    foreign = tmp_path / "fremd.sqlite"
    with closing(sqlite3.connect(foreign)) as con:
        con.execute("CREATE TABLE t (x)")
    for path in (fake, foreign):
        with pytest.raises(DatabaseRefused, match="keine Sicherung einer Landesdatenbank"):
            sicherung.restore(path, rp_init_path, tmp_path / "s")


def test_restore_refuses_a_damaged_backup(rp_init_path, tmp_path):
    folder = tmp_path / "s"
    backup = sicherung.create_backup(rp_init_path, folder, jetzt=T0)
    data = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(page * 20, min(len(data), page * 60)):  # overwrite pages in the middle
        data[offset] = 0xA5
    backup.write_bytes(bytes(data))
    original = rp_init_path.read_bytes()
    with pytest.raises(DatabaseRefused, match="beschädigt"):
        sicherung.restore(backup, rp_init_path, folder)
    assert rp_init_path.read_bytes() == original


def test_failed_copy_leaves_the_database_untouched(rp_init_path, tmp_path, monkeypatch):
    folder = tmp_path / "s"
    backup = sicherung.create_backup(rp_init_path, folder, jetzt=T0)
    original = rp_init_path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("Datenträger voll")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        sicherung.restore(backup, rp_init_path, folder)
    assert rp_init_path.read_bytes() == original
    assert [p for p in rp_init_path.parent.iterdir() if p.suffix in (".restore", ".tmp")] == []


def test_manual_backup_replaces_an_existing_file_atomically(rp_init_path, tmp_path):
    target = tmp_path / "export" / "meine-sicherung.sqlite"
    target.parent.mkdir()
    target.write_text("alt", encoding="utf-8")
    sicherung.copy_database(rp_init_path, target)
    assert sicherung.describe(target).land_schluessel == "07"
    store = open_store(target)
    with store.read() as s:
        assert s.scalars(select(LandRow)).one().name == "Rheinland-Pfalz"
    store.close()
