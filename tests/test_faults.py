"""Faults of the storage: locked by another process, database or disk full, read-only, damaged file.

Each ends in a German message naming the file, nothing is lost, and the next try works once
the cause is gone. CLI paths end with exit 1 or 2 and no traceback.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_helpers import damage, database_full, database_read_only, disk_full, short_busy_timeout, write_locked
from sqlalchemy import func, select
from test_kill import fingerprint

from kpakt_desktop import paths
from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import DatabaseCorrupt, DatabaseFault, DatabaseRefused, FileWriteFailed
from kpakt_desktop.domain.status import erlaubte_folge
from kpakt_desktop.services.nachnutzung import Aenderung, aendern, zelle
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.store import database
from kpakt_desktop.store.backup_lookup import backup_folder
from kpakt_desktop.store.database import backup_file, open_store
from kpakt_desktop.store.models import Kommune, Nachnutzung, StandardpaketExport


@dataclass(frozen=True)
class Cell:
    id: int
    ars: str
    leistung: int
    next_status: str


def a_cell(db: Path) -> Cell:
    """A Nachnutzung whose status may move on, addressed as the CLI addresses it."""
    store = open_store(db)
    try:
        with store.read() as s:
            for row, ars in s.execute(select(Nachnutzung, Kommune.ars).join(Kommune).order_by(Nachnutzung.id)):
                folge = erlaubte_folge(row.status)
                if folge:
                    return Cell(row.id, ars, row.leistung_nr, folge[0].value)
    finally:
        store.close()
    raise AssertionError("no cell")


def set_args(db: Path, cell: Cell) -> list[str]:
    return ["--db", str(db), "nachnutzung", "set", "--ars", cell.ars, "--leistung", str(cell.leistung),
            "--status", cell.next_status]  # fmt: skip


def all_cells(db: Path) -> list[int]:
    store = open_store(db)
    try:
        with store.read() as s:
            return list(s.scalars(select(Nachnutzung.id)))
    finally:
        store.close()


NOTE = Aenderung({"notiz": "Notiz aus dem Fehlertest"})


def test_locked_by_another_process_is_reported_and_retry_works(rp_demo_path: Path, monkeypatch, capsys) -> None:
    short_busy_timeout(monkeypatch)
    cell = a_cell(rp_demo_path)
    store = open_store(rp_demo_path)
    try:
        before = fingerprint(rp_demo_path)
        with write_locked(rp_demo_path):
            with pytest.raises(DatabaseFault) as caught:
                aendern(store, [cell.id], NOTE, benutzer="Test")
            assert caught.value.retryable
            assert "gesperrt" in str(caught.value) and str(rp_demo_path) in str(caught.value)
            assert zelle(store, cell.id).notiz != NOTE.werte["notiz"]  # reading still works meanwhile

            assert main(set_args(rp_demo_path, cell)) == 1
            err = capsys.readouterr().err
            assert err.startswith("Fehler: Die Datenbank") and "gesperrt" in err and "Traceback" not in err
        assert fingerprint(rp_demo_path) == before  # nothing half-written

        aendern(store, [cell.id], NOTE, benutzer="Test")  # the lock is gone: the same action works
        assert zelle(store, cell.id).notiz == NOTE.werte["notiz"]
    finally:
        store.close()
    assert main(set_args(rp_demo_path, cell)) == 0


def test_database_full_keeps_everything_and_stays_usable(rp_demo_path: Path, monkeypatch, capsys) -> None:
    ids = all_cells(rp_demo_path)
    cell = a_cell(rp_demo_path)
    before = fingerprint(rp_demo_path)
    with monkeypatch.context() as full:
        database_full(full)
        store = open_store(rp_demo_path)
        try:
            with pytest.raises(DatabaseFault) as caught:
                aendern(store, ids, NOTE, benutzer="Test")  # thousands of history rows: needs new pages
            assert "Datenträger ist voll" in str(caught.value) and str(rp_demo_path) in str(caught.value)
            assert zelle(store, ids[0]).notiz != NOTE.werte["notiz"]  # the store still reads
        finally:
            store.close()
        assert main([*set_args(rp_demo_path, cell), "--note", "x" * 200_000]) == 1
        assert "voll" in capsys.readouterr().err
    assert fingerprint(rp_demo_path) == before
    store = open_store(rp_demo_path)  # space again: the same change goes through
    try:
        aendern(store, ids, NOTE, benutzer="Test")
        assert zelle(store, ids[-1]).notiz == NOTE.werte["notiz"]
    finally:
        store.close()


def test_read_only_database_refuses_writes_with_a_message_and_still_reads(
    rp_demo_path: Path, monkeypatch, capsys
) -> None:
    cell = a_cell(rp_demo_path)
    before = fingerprint(rp_demo_path)
    database_read_only(monkeypatch)
    assert main(set_args(rp_demo_path, cell)) == 1
    err = capsys.readouterr().err
    assert "schreibgeschützt" in err and str(rp_demo_path) in err and "Traceback" not in err
    assert main(["--db", str(rp_demo_path), "stats"]) == 0  # reading works
    store = open_store(rp_demo_path)
    try:
        with pytest.raises(DatabaseFault, match="schreibgeschützt"):
            aendern(store, [cell.id], NOTE, benutzer="Test")
    finally:
        store.close()
    assert fingerprint(rp_demo_path) == before


def test_bundle_export_on_a_full_disk_leaves_no_file_and_no_used_number(
    rp_demo_path: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    key = signing.create_key_pair("07", tmp_path / "trust", private_path=tmp_path / "07.key").private_path
    out = tmp_path / "aus"
    out.mkdir()
    with monkeypatch.context() as m:
        disk_full(m, out)
        code = main(["--db", str(rp_demo_path), "bundle", "export", "-o", str(out / "rp.zip"), "--key", str(key)])
    err = capsys.readouterr().err
    assert code == 1 and "Datenträger ist voll" in err and "rp.zip" in err and "Traceback" not in err
    assert list(out.iterdir()) == []  # no package, no temporary file
    store = open_store(rp_demo_path)
    try:
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(StandardpaketExport)) == 0
    finally:
        store.close()
    assert main(["--db", str(rp_demo_path), "bundle", "export", "-o", str(out / "rp.zip"), "--key", str(key)]) == 0


def test_backup_to_a_full_disk_is_reported_and_leaves_nothing(rp_demo_path: Path, tmp_path: Path) -> None:
    """SQLite writes the backup itself: its own 'disk full' must come out as the same German message."""
    import sqlite3

    target = tmp_path / "sicherung" / "land.sqlite"
    real_connect = sqlite3.connect

    def connect_full(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        con = real_connect(path, *args, **kwargs)  # type: ignore[arg-type]
        if "sicherung" in str(path):
            con.execute("PRAGMA max_page_count = 8")
        return con

    with pytest.MonkeyPatch.context() as m:
        m.setattr(sqlite3, "connect", connect_full)
        with pytest.raises(DatabaseFault, match="Datenträger ist voll"):
            backup_file(rp_demo_path, target)
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("how", ["truncated", "garbage_pages", "wrong_header"])
def test_damaged_database_is_detected_on_open_and_left_untouched(
    rp_demo_path: Path, how: str, capsys, monkeypatch, tmp_path: Path
) -> None:
    damage(rp_demo_path, how)
    digest = hashlib.sha256(rp_demo_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseRefused) as caught:
        open_store(rp_demo_path)
    assert str(rp_demo_path) in str(caught.value)
    if how != "wrong_header":
        assert isinstance(caught.value, DatabaseCorrupt) and "beschädigt" in str(caught.value)
        assert "Sicherung" in str(caught.value)
    assert main(["--db", str(rp_demo_path), "stats"]) == 2
    err = capsys.readouterr().err
    assert str(rp_demo_path) in err and "Traceback" not in err
    assert hashlib.sha256(rp_demo_path.read_bytes()).hexdigest() == digest  # not "repaired" behind the back


def test_damaged_database_names_its_newest_intact_backup(rp_demo_path: Path, tmp_path: Path) -> None:
    folder = backup_folder(rp_demo_path, paths.locations().backups)
    old = backup_file(rp_demo_path, folder / "rp-demo-20261101-0900.sqlite")
    newest = backup_file(rp_demo_path, folder / "rp-demo-20261102-0900.sqlite")
    broken = backup_file(rp_demo_path, folder / "rp-demo-20261103-0900.sqlite")
    damage(broken, "truncated")
    import os

    for i, p in enumerate((old, newest, broken)):
        os.utime(p, (1_790_000_000 + i * 86400, 1_790_000_000 + i * 86400))
    for how in ("garbage_pages", "wrong_header"):
        target = backup_file(rp_demo_path, tmp_path / how / rp_demo_path.name)
        damage(target, how)
        with pytest.raises(DatabaseCorrupt) as caught:
            open_store(target)
        assert str(newest) in str(caught.value), how  # the damaged newer backup is skipped
        assert caught.value.path == target


def test_a_locked_file_is_reported_as_locked_not_as_damaged(rp_demo_path: Path, monkeypatch) -> None:
    """In rollback-journal mode a writer blocks readers too: opening then waits, and says why."""
    import sqlite3

    con = sqlite3.connect(rp_demo_path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    short_busy_timeout(monkeypatch)
    with write_locked(rp_demo_path), pytest.raises(DatabaseFault, match="gesperrt"):
        open_store(rp_demo_path)
    open_store(rp_demo_path).close()


def test_busy_timeout_is_the_configured_one(rp_demo_path: Path) -> None:
    """Both waits (Python's and SQLite's) follow BUSY_TIMEOUT_S: a writer queues, it does not fail at once."""
    store = open_store(rp_demo_path)
    try:
        with store.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_S * 1000
    finally:
        store.close()


def test_file_write_error_messages_name_file_and_cause(tmp_path: Path, monkeypatch) -> None:
    from kpakt_desktop.services.file_output import atomic_target

    old = tmp_path / "bericht.xlsx"
    old.write_bytes(b"alter Bericht")
    disk_full(monkeypatch, tmp_path, budget=10)
    with pytest.raises(FileWriteFailed) as caught, atomic_target(old) as tmp, open(tmp, "wb") as fh:
        fh.write(b"x" * 100)
    assert "bericht.xlsx" in str(caught.value) and "voll" in str(caught.value)
    assert old.read_bytes() == b"alter Bericht"  # the previous report survives
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.xlsx"]
    folder = tmp_path / "ordner.xlsx"
    folder.mkdir()
    with pytest.raises(FileWriteFailed, match=r"ordner\.xlsx"), atomic_target(folder) as tmp:
        tmp.write_bytes(b"")  # a folder where the report should go


def test_keygen_into_an_unusable_folder_keeps_the_old_key(tmp_path: Path, capsys) -> None:
    """Found by the CLI fuzzer: the private key was replaced before the public one failed to save."""
    ok = tmp_path / "oeffentlich"
    assert main(["keygen", "--land", "12", "--ersetzen", "-o", str(ok)]) == 0
    private = signing.default_private_key_path("12")
    old = private.read_bytes()
    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner")
    assert main(["keygen", "--land", "12", "--ersetzen", "-o", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert str(blocker) in err and "Traceback" not in err
    assert private.read_bytes() == old  # the key the IT-Planungsrat knows is still there
    assert signing.load_public_key(ok / "12.pub") is not None
