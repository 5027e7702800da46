"""Store constraints, opening rules and migrations: old upgraded with backup, foreign/newer refused untouched."""

from __future__ import annotations

import itertools
import sqlite3
from contextlib import closing
from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from kpakt_desktop.domain.errors import DatabaseRefused, InputError
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.vollzugsebene import vollzug_stand
from kpakt_desktop.store.database import APPLICATION_ID, current_revision, head_revision, open_store
from kpakt_desktop.store.models import Base, Kommune, Nachnutzung, NachnutzungHistorie


def test_ars_must_have_12_digits(rp_init):
    with pytest.raises(IntegrityError, match="ars_12_ziffern"), rp_init.write() as s:
        s.add(Kommune(ars="0713150010", name="kaputt", art=KommuneArt.GEMEINDE))
    with pytest.raises(IntegrityError, match="ars_12_ziffern"), rp_init.write() as s:
        s.add(Kommune(ars="07131500100X", name="kaputt", art=KommuneArt.GEMEINDE))


def test_ars_is_unique_and_foreign_keys_are_enforced(rp_init):
    with pytest.raises(IntegrityError, match="UNIQUE"), rp_init.write() as s:
        s.add(Kommune(ars="071315001001", name="doppelt", art=KommuneArt.GEMEINDE))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), rp_init.write() as s:
        s.add(Kommune(ars="071315001999", name="ohne Eltern", art=KommuneArt.GEMEINDE, parent_id=999999))


def test_vocabulary_values_are_checked(rp_init):
    with pytest.raises(InputError, match="Ungültiger Wert „fertig“"), rp_init.write() as s:
        row = s.scalars(select(Nachnutzung)).first()
        row.status = "fertig"
    with rp_init.write() as s:
        row = s.scalars(select(Nachnutzung)).first()
        row.status = "produktiv"  # the code is accepted and becomes the member
        assert row.status is Status.PRODUKTIV


def test_failed_write_leaves_database_unchanged(rp_init):
    with rp_init.read() as s:
        before = s.scalars(select(Nachnutzung).order_by(Nachnutzung.id)).first()
    with pytest.raises(RuntimeError), rp_init.write() as s:
        row = s.get(Nachnutzung, before.id)
        row.status = Status.PRODUKTIV
        s.flush()
        raise RuntimeError("Abbruch mitten in der Arbeit")
    with rp_init.read() as s:
        assert s.get(Nachnutzung, before.id).status is before.status


def test_pragmas_are_set(rp_init):
    with rp_init.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID


def test_models_and_migrations_agree(rp_init):
    with rp_init.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    assert diff == []


def test_old_revision_is_backed_up_and_upgraded(fixture_0001):
    original = fixture_0001.read_bytes()
    store = open_store(fixture_0001)
    try:
        assert current_revision(store) == head_revision() != "0001_erstes_schema"
        with store.read() as s:
            history = s.scalars(select(NachnutzungHistorie).order_by(NachnutzungHistorie.id)).all()
            assert [h.neu for h in history] == ["vereinbarung", "test"]
            assert s.get(Nachnutzung, 1).status is Status.TEST
        # Migration 0004: the Vollzugsebene of an old database counts as not yet confirmed.
        stand = vollzug_stand(store)
        assert [(v.nr, v.ebene.value, v.geprueft, v.sicherheit_text) for v in stand] == [
            (1, "verwaltungstraeger", False, "belegt")
        ]
    finally:
        store.close()
    backups = list(fixture_0001.parent.glob("land_0001.vor-update-0001_erstes_schema-*.sqlite"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_erstes_schema",)
        assert con.execute("SELECT count(*) FROM nachnutzung_historie").fetchone() == (2,)
    assert len(backups[0].read_bytes()) > 0 and original[:16] == b"SQLite format 3\x00"
    # opening again at head makes no further backup
    open_store(fixture_0001).close()
    assert len(list(fixture_0001.parent.glob("*.vor-update-*"))) == 1


def test_newer_database_is_refused_untouched(fixture_0001):
    with closing(sqlite3.connect(fixture_0001)) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_aus_der_zukunft'")
        con.commit()
    before = fixture_0001.read_bytes()
    with pytest.raises(DatabaseRefused, match="neueren Version"):
        open_store(fixture_0001)
    assert fixture_0001.read_bytes() == before
    assert not list(fixture_0001.parent.glob("*.vor-update-*"))


def test_foreign_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "adressen.sqlite"
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE adresse (name TEXT)")
        con.commit()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="anderen Programms"):
        open_store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adressen.sqlite"]


@pytest.mark.parametrize("content", [b"", b"Name;Wert\nA;1\n", b"PK\x03\x04" + b"\x00" * 100])
def test_non_sqlite_file_is_refused_untouched(tmp_path, content):
    path = tmp_path / "irgendwas.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused, match="keine Datenbank von Kommunalpakt Desktop"):
        open_store(path)
    assert path.read_bytes() == content


def test_missing_database_says_how_to_create_one(tmp_path):
    with pytest.raises(DatabaseRefused, match="kpakt init"):
        open_store(tmp_path / "fehlt.sqlite")
    assert not (tmp_path / "fehlt.sqlite").exists()


def test_timestamps_roundtrip(rp_demo):
    with rp_demo.read() as s:
        row = s.scalars(select(NachnutzungHistorie)).first()
    assert isinstance(row.erfasst_am, datetime)


def test_migration_files_follow_the_naming_convention():
    """File stem == revision id, numbered, one linear chain: opening relies on it."""
    from alembic.script import ScriptDirectory

    from kpakt_desktop.store.database import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert chain == known_revisions()
    assert script.get_current_head() == head_revision()
    for older, newer in itertools.pairwise(chain):
        assert script.get_revision(newer).down_revision == older
