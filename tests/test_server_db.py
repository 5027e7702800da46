"""Issue 20: the Land database on a PostgreSQL server — opening with the same checks as a file,
`kpakt --db URL …`, `kpakt db kopieren` between file and server with verification, the main window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import create_engine, select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import DatabaseFault, DatabaseRefused
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.store import kopie
from kpakt_desktop.store.database import FileKind, head_revision, inspect_file, make_engine, open_store
from kpakt_desktop.store.models import Kommune, LandRow, Nachnutzung
from kpakt_desktop.store.server import make_server_engine, server_state
from tests.conftest import PgDatabases


def _sql(url: str, statement: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture
def empty_db(pg_databases: PgDatabases):  # type: ignore[no-untyped-def]
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


def test_empty_and_foreign_server_databases_are_refused_unchanged(empty_db: str) -> None:
    with pytest.raises(DatabaseRefused, match=r"ist leer.*kpakt --db URL init"):
        open_store(empty_db)
    _sql(empty_db, "CREATE TABLE kunden (id integer primary key)")
    with pytest.raises(DatabaseRefused, match="anderen Programms"):
        open_store(empty_db)
    engine = make_server_engine(empty_db)
    try:
        assert server_state(engine) == ("foreign", None)  # still just the foreign table
    finally:
        engine.dispose()


def test_newer_schema_on_the_server_is_refused(pg_databases: PgDatabases, pg_rp_init_template: str) -> None:
    url = pg_databases.create(template=pg_rp_init_template)
    try:
        _sql(url, "UPDATE alembic_version SET version_num = '9999_zukunft'")
        with pytest.raises(DatabaseRefused, match=r"neueren Version.*9999_zukunft"):
            open_store(url)
    finally:
        pg_databases.drop(url)


def test_older_schema_is_upgraded_after_a_snapshot_into_a_file(
    empty_db: str, fixture_0001: Path, tmp_path: Path
) -> None:
    # the tiny database of schema 0001, as it would be on a server that an old version set up
    source = make_engine(fixture_0001)
    target = make_server_engine(empty_db)
    try:
        revision, copied = kopie._fill(source, target)
    finally:
        source.dispose()
        target.dispose()
    assert revision == "0001_erstes_schema"
    store = open_store(empty_db, backup_dir=tmp_path)
    try:
        with store.read() as s:
            kommunen = s.scalar(select(Kommune.id).limit(1))
        assert kommunen is not None
    finally:
        store.close()
    snapshot = next(tmp_path.glob("*.vor-update-0001_erstes_schema-*.sqlite"))
    state = inspect_file(snapshot)
    assert (state.kind, state.revision) == (FileKind.OURS, "0001_erstes_schema")
    snap = make_engine(snapshot)  # the snapshot holds the old rows, at the old schema
    try:
        with snap.connect() as conn, conn.begin():
            assert kopie.digests(conn)["kommune"] == copied["kommune"]
    finally:
        snap.dispose()
    engine = make_server_engine(empty_db)
    try:
        assert server_state(engine) == ("ours", head_revision())
    finally:
        engine.dispose()


def test_unreachable_server_gives_a_german_message() -> None:
    with pytest.raises(DatabaseFault, match="nicht erreichbar"):
        open_store("postgresql+psycopg://kpakt@127.0.0.1:1/land")


def test_cli_on_a_server_database(empty_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", empty_db, "init", "--land", "HB"]) == 0
    assert "Landesdatenbank angelegt" in capsys.readouterr().out
    assert main(["--db", empty_db, "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["land"] == "04" and stats["schema"] == head_revision()
    assert main(["--db", empty_db, "init", "--land", "HB"]) == 2  # a second init never overwrites
    assert "enthält bereits Tabellen" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", "mysql://x@y/z", "stats"])
    assert exit_.value.code == 2 and "nur PostgreSQL" in capsys.readouterr().err


def test_copy_file_to_server_and_back_is_verified(
    empty_db: str, rp_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(rp_demo_path), "db", "kopieren", "--nach", empty_db]) == 0
    out = capsys.readouterr().out
    assert "Geprüft: " in out and "ABWEICHUNG" not in out
    for table in ("nachnutzung_historie", "einstellung", "standardpaket_export", "kommune"):
        assert f"  {table}" in out
    back = tmp_path / "zurueck.sqlite"
    assert main(["--db", empty_db, "db", "kopieren", "--nach", str(back)]) == 0
    capsys.readouterr()
    with make_engine(rp_demo_path).connect() as a, make_engine(back).connect() as b:
        assert kopie.digests(a) == kopie.digests(b)  # file → server → file: the same content
    # the server database is a working Land database: new rows get new ids after the copied ones
    store = open_store(empty_db)
    try:
        with store.write() as s:
            n = s.scalars(select(Nachnutzung).limit(1)).one()
            n.notiz = "auf dem Server geändert"
        assert main(["--db", empty_db, "db", "kopieren", "--nach", str(back)]) == 2  # never overwrites
        assert "existiert bereits" in capsys.readouterr().err
    finally:
        store.close()


def test_copy_carries_the_public_key_and_no_private_key(
    empty_db: str, rp_init_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("KPAKT_DATA_DIR", str(tmp_path / "daten"))  # no key of another test
    store = open_store(rp_init_path)
    try:
        with store.read() as s:
            land = s.scalars(select(LandRow.schluessel)).one()
        assert signing.stored_public_key(store) is None  # a key file alone: not yet in the database
    finally:
        store.close()
    info = signing.create_key_pair(land)  # the office's key, in this test's data folder
    private_body = "".join(info.private_path.read_text(encoding="ascii").splitlines()[1:-1])
    raw_private = signing.load_private_key(info.private_path).private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    assert main(["--db", str(rp_init_path), "db", "kopieren", "--nach", empty_db]) == 0
    out = capsys.readouterr().out
    assert "ABWEICHUNG" not in out and "  einstellung" in out  # the verification covers the key's table
    back = tmp_path / "zurueck.sqlite"
    info.private_path.unlink()  # e.g. another computer: only the database travels
    assert main(["--db", empty_db, "db", "kopieren", "--nach", str(back)]) == 0
    assert "ABWEICHUNG" not in capsys.readouterr().out
    for target in (empty_db, back):
        copy = open_store(target)
        try:
            key = signing.stored_public_key(copy)
            assert key is not None and signing.fingerprint(key) == info.fingerprint
        finally:
            copy.close()
        engine = make_server_engine(target) if isinstance(target, str) else make_engine(target)
        try:
            with engine.connect() as conn, conn.begin():
                for table in kopie._tables(conn):
                    for row in conn.execute(select(table)):
                        for value in row:
                            text = value.hex() if isinstance(value, bytes) else str(value)
                            assert "PRIVATE KEY" not in text and private_body not in text
                            assert raw_private.hex() not in text
        finally:
            engine.dispose()


def test_copy_reports_a_mismatch_with_exit_code_1(
    empty_db: str, rp_init_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = kopie.digests

    def tampered(conn):  # what the target holds after the copy, with one row "lost"
        found = real(conn)
        n, h = found["kommune"]
        found["kommune"] = (n - 1, h)
        return found

    monkeypatch.setattr(kopie, "digests", tampered)
    assert main(["--db", str(rp_init_path), "db", "kopieren", "--nach", empty_db]) == 1
    out = capsys.readouterr().out
    assert "ABWEICHUNG" in out and "weicht in kommune" in out


def test_copy_into_a_non_empty_server_database_is_refused(
    empty_db: str, rp_init_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(empty_db, "CREATE TABLE fremd (id integer primary key)")
    assert main(["--db", str(rp_init_path), "db", "kopieren", "--nach", empty_db]) == 2
    assert "nicht leer" in capsys.readouterr().err


def test_main_window_opens_on_a_server_database(qtbot, pg_databases: PgDatabases, pg_rp_demo_template: str) -> None:
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    url = pg_databases.create(template=pg_rp_demo_template)
    try:
        make_application([])
        opened = OpenedDatabase(url)
        assert opened.lock is None  # no lock file: the server keeps the users apart
        window = MainWindow(opened)
        qtbot.addWidget(window)
        window.show()
        for key in ("uebersicht", "nachnutzung", "kommunen"):
            assert not window.show_page(key).grab().isNull()
        assert "Rheinland-Pfalz" in window.windowTitle() and "auf" in window.windowTitle()
        # another user's change reaches this window within a second (LISTEN/NOTIFY → page refresh)
        other = open_store(url)
        try:
            with qtbot.waitSignal(window.ctx.changed, timeout=1000), other.write() as s:
                s.scalars(select(Nachnutzung).limit(1)).one().notiz = "von nebenan"
        finally:
            other.close()
        window.close()
        opened.close()
        assert not opened.changes._thread.is_alive()
    finally:
        pg_databases.drop(url)


def test_taskforce_role_cannot_write_rows_outside_its_region(
    pg_databases: PgDatabases, pg_rp_demo_template: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kpakt rollen einrichten`, then raw SQL over a Taskforce role's own connection."""
    import os

    import psycopg
    from sqlalchemy.engine import make_url

    from kpakt_desktop.store import rollen
    from kpakt_desktop.store.models import Kommune, Taskforce, taskforce_region

    url = pg_databases.create(template=pg_rp_demo_template)
    tf_rolle, lese_rolle = f"tf_{os.getpid()}", f"ministerium_{os.getpid()}"
    try:
        _sql(url, f'CREATE ROLE "{tf_rolle}" LOGIN; CREATE ROLE "{lese_rolle}" LOGIN')
        store = open_store(url)
        try:
            with store.read() as s:
                tf_id, kreis = s.execute(
                    select(Taskforce.id, taskforce_region.c.kommune_id).join(
                        taskforce_region, taskforce_region.c.taskforce_id == Taskforce.id
                    )
                ).first()
                region = set(
                    s.scalars(select(taskforce_region.c.kommune_id).where(taskforce_region.c.taskforce_id == tf_id))
                )
                inside = s.scalar(select(Nachnutzung.id).join(Kommune).where(Kommune.kreis_id == kreis).limit(1))
                outside_kommune = s.scalar(
                    select(Kommune.id)
                    .join(Nachnutzung, Nachnutzung.kommune_id == Kommune.id)
                    .where(Kommune.kreis_id.not_in(region), Kommune.id.not_in(region))
                    .limit(1)
                )
        finally:
            store.close()
        assert main(["--db", url, "rollen", "einrichten"]) == 0
        assert main(["--db", url, "rollen", "zuordnen", tf_rolle, "--art", "taskforce", "--taskforce", str(tf_id),
                     "--name", "Taskforce Nord (Frau Test)"]) == 0  # fmt: skip
        assert main(["--db", url, "rollen", "zuordnen", lese_rolle, "--art", "lesen", "--name", "Ministerium"]) == 0
        capsys.readouterr()

        def connect(rolle: str) -> psycopg.Connection:
            parsed = make_url(url)
            return psycopg.connect(
                dbname=parsed.database, user=rolle, host=parsed.query.get("host") or parsed.host, port=parsed.port
            )

        with connect(tf_rolle) as con:
            cur = con.execute("UPDATE nachnutzung SET notiz = 'von außen' WHERE kommune_id = %s", [outside_kommune])
            assert cur.rowcount == 0  # rows outside the region are invisible to its writes
            assert (
                con.execute("SELECT count(*) FROM nachnutzung WHERE kommune_id = %s", [outside_kommune]).fetchone()[0]
                > 0
            )
            cur = con.execute("UPDATE nachnutzung SET notiz = 'aus der Region' WHERE id = %s", [inside])
            assert cur.rowcount == 1
            con.commit()
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
                con.execute("UPDATE nachnutzung SET kommune_id = %s WHERE id = %s", [outside_kommune, inside])
            con.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
                con.execute(
                    "INSERT INTO termin_kommune (termin_id, kommune_id) SELECT min(id), %s FROM termin",
                    [outside_kommune],
                )
            con.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("UPDATE kommune SET name = 'x' WHERE id = %s", [outside_kommune])
            con.rollback()
        with connect(lese_rolle) as con:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("UPDATE nachnutzung SET notiz = 'x' WHERE id = %s", [inside])
            con.rollback()
            assert con.execute("SELECT count(*) FROM nachnutzung").fetchone()[0] > 0
        # the history names the person behind the role, not a name typed into the settings
        tf_url = make_url(url).set(username=tf_rolle, password=None).render_as_string(hide_password=False)
        tf_store = open_store(tf_url)
        try:
            assert rollen.angemeldet(tf_store) == "Taskforce Nord (Frau Test)"
        finally:
            tf_store.close()
        store = open_store(url)
        try:
            with store.read() as s:
                assert s.get(Nachnutzung, inside).notiz == "aus der Region"
        finally:
            store.close()
    finally:
        pg_databases.drop(url)


def test_other_users_changes_are_announced_within_a_second(pg_databases: PgDatabases, pg_rp_demo_template: str) -> None:
    import time
    from datetime import datetime

    from kpakt_desktop.services import nachnutzung as nn
    from kpakt_desktop.store.aenderungen import Aenderung, Horcher

    url = pg_databases.create(template=pg_rp_demo_template)
    try:
        store = open_store(url)
        try:
            with Horcher(url) as horcher:
                assert horcher.warte(0.1) == []  # nothing happened yet
                with store.read() as s:
                    ids = list(s.scalars(select(Nachnutzung.id).order_by(Nachnutzung.id).limit(3)))
                start = time.monotonic()
                nn.aendern(store, ids, nn.Aenderung({"kosten_einmalig": 5}), benutzer="B", jetzt=datetime(2026, 11, 1))
                got = horcher.warte(2.0)
                elapsed = time.monotonic() - start
        finally:
            store.close()
    finally:
        pg_databases.drop(url)
    assert Aenderung("nachnutzung", frozenset(str(i) for i in ids)) in got
    assert elapsed < 1.0


def test_server_gone_mid_transaction_leaves_nothing_half_written(
    pg_databases: PgDatabases, pg_rp_init_template: str
) -> None:
    """The connection dies inside a write (server restarted, network gone, client killed): a German
    error, the transaction rolled back on the server, and the next write works again."""
    from sqlalchemy import func

    url = pg_databases.create(template=pg_rp_init_template)
    store = open_store(url)
    try:
        with store.read() as s:
            before = s.scalar(select(func.count()).select_from(Nachnutzung).where(Nachnutzung.notiz.is_not(None)))
        with pytest.raises(DatabaseFault, match="nicht erreichbar"), store.write() as s:
            for n in s.scalars(select(Nachnutzung).limit(50)):
                n.notiz = "halb"
            s.flush()  # the first rows are on the server, uncommitted
            pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            _sql(url, f"SELECT pg_terminate_backend({pid})")
            s.execute(select(Nachnutzung.id).limit(1)).all()
        with store.read() as s:  # a fresh connection (pre-ping): nothing of the broken transaction
            assert s.scalar(select(func.count()).select_from(Nachnutzung).where(Nachnutzung.notiz == "halb")) == 0
            assert (
                s.scalar(select(func.count()).select_from(Nachnutzung).where(Nachnutzung.notiz.is_not(None))) == before
            )
        with store.write() as s:
            s.scalars(select(Nachnutzung).limit(1)).one().notiz = "wieder da"
    finally:
        store.close()
        pg_databases.drop(url)
