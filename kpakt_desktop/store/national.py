"""The national database of the IT-Planungsrat: its own metadata, apart from the Land database.

Every table of the Standardpaket appears once, with the Land key in front of its primary key,
plus ``herkunft``: which package of which Land the rows came from. Foreign keys are not declared:
the validator has checked every reference inside a package before any row arrives here, and a
Land's rows are only ever replaced together.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
)
from sqlalchemy.engine import Connection, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from kpakt_desktop.domain.errors import DatabaseCorrupt, DatabaseFault, InputError, meldung
from kpakt_desktop.domain.standardpaket import TABLES
from kpakt_desktop.domain.standardpaket import Table as FormatTable
from kpakt_desktop.store import database
from kpakt_desktop.store.database import APPLICATION_ID as LAND_APPLICATION_ID

NATIONAL_APPLICATION_ID = 0x4B504244  # "KPBD" in the SQLite header marks a national database

national_metadata = MetaData()

_TYPES: dict[str, Any] = {
    "string": Text,
    "integer": BigInteger,
    "number": lambda: Float(precision=53),
    "boolean": Boolean,
    "date": Date,
    "datetime": DateTime,
}


def _table(spec: FormatTable) -> Table:
    columns = [Column("land", String(2), primary_key=True)]
    for f in spec.fields:
        columns.append(
            Column(f.name, _TYPES[f.type](), primary_key=f.name in spec.primary_key, nullable=not f.required)
        )
    return Table(spec.name, national_metadata, *columns)


DATA_TABLES: dict[str, Table] = {spec.name: _table(spec) for spec in TABLES}

herkunft = Table(
    "herkunft",
    national_metadata,
    Column("land", String(2), primary_key=True),
    Column("sequenz", Integer, nullable=False),
    Column("stand", DateTime, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("schluessel_fingerprint", String(80), nullable=False),
    Column("datei", Text),
    Column("format_version", String(20), nullable=False),
    Column("zusammengefuehrt_am", DateTime, nullable=False),
)


# The figures (Leistung by Leistung) of every package that a newer package of its Land replaced:
# with the rows of the merged package, a merge keeps every package's figures, and the IT-Planungsrat
# sees the change since each Land's previous package. A new table: ``begin`` creates it in a
# national database of an older version on its next merge.
paket_stand = Table(
    "paket_stand",
    national_metadata,
    Column("land", String(2), primary_key=True),
    Column("sequenz", Integer, primary_key=True),
    Column("leistung_nr", Integer, primary_key=True),
    Column("stand", DateTime, nullable=False),
    Column("zustaendig", Integer, nullable=False),
    Column("produktiv", Integer, nullable=False),
)


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL as given, or a path to an SQLite file."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError:
            raise InputError(meldung("„{text}“ ist keine gültige Datenbank-URL.", text=text)) from None
        return text
    return f"sqlite:///{Path(text).resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database)
    return None


def _missing_driver(err: Exception) -> str:
    if getattr(sys, "frozen", False):
        # The installed program ships SQLite only (docs/installer.md): say so instead of naming a driver.
        return (
            "Das installierte Programm führt nur in eine SQLite-Datei zusammen (z. B. --db bund.sqlite). "
            "Für PostgreSQL Kommunalpakt Desktop mit pip installieren: pip install "
            '"kommunalpakt-desktop[postgres]" (siehe docs/standardpaket.md).'
        )
    return f"Für die Datenbank-URL fehlt der Treiber ({err}). Für PostgreSQL bitte „postgresql+psycopg://…“ verwenden."


class NationalDatabase:
    """An open national database. ``exists`` is False for an SQLite file that is not there yet:
    then it is created only when something is written, never by reading or a refused merge."""

    def __init__(self, target: str | Path, *, readonly: bool = False) -> None:
        self.url = database_url(target)
        self.readonly = readonly
        path = sqlite_path(self.url)
        if path is not None and readonly:
            if not path.exists():
                raise InputError(meldung("Die Bundesdatenbank {path} wurde nicht gefunden.", path=path))
            # mode=ro: the file is never written, not even a journal.
            self.engine = create_engine("sqlite://", creator=lambda: _sqlite_ro(path))
        else:
            # SQLite: writers queue as long as on a Land database (another merge may be writing).
            args = {"timeout": database.BUSY_TIMEOUT_S} if path is not None else {}
            try:
                self.engine = create_engine(self.url, connect_args=args)
            except (ImportError, NoSuchModuleError) as err:
                raise InputError(_missing_driver(err)) from None
        self._path = path
        if path is not None:
            _translate_errors(self.engine, path)

    @property
    def exists(self) -> bool:
        if self._path is not None and not self._path.exists():
            return False
        with self.engine.connect() as conn:
            return inspect(conn).has_table("herkunft")

    def check_target(self) -> None:
        """Refuse to add our tables to a database that is something else (e.g. a Land database).

        Read-only: an SQLite file is inspected through a read-only connection, a missing one is fine.
        """
        if self._path is not None:
            if not self._path.exists():
                return
            try:
                con = _sqlite_ro(self._path)
                try:
                    app_id = con.execute("PRAGMA application_id").fetchone()[0]
                    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                finally:
                    con.close()
            except sqlite3.DatabaseError as err:
                fault = database.translate_fault(err, self._path, database.BUSY_TIMEOUT_S)
                if fault is not None and not isinstance(fault, DatabaseCorrupt):
                    raise fault from None  # e.g. locked by another merge: not a wrong file
                raise InputError(
                    meldung(
                        "{path} ist keine SQLite-Datenbank ({err}); sie bleibt unverändert.", path=self._path, err=err
                    )
                ) from None
            if app_id == LAND_APPLICATION_ID:
                raise InputError(
                    meldung(
                        "{path} ist eine Landesdatenbank, keine Bundesdatenbank; sie bleibt unverändert.",
                        path=self._path,
                    )
                )
        else:
            try:
                with self.engine.connect() as conn:
                    tables = set(inspect(conn).get_table_names())
            except SQLAlchemyError as err:
                raise InputError(meldung("Die Datenbank ist nicht erreichbar: {err}", err=err)) from None
        if tables and "herkunft" not in tables:
            raise InputError(
                meldung(
                    "Die Zieldatenbank enthält bereits andere Tabellen und ist keine Bundesdatenbank "
                    "des Kommunalpakts; sie bleibt unverändert. Bitte eine neue oder eine bestehende "
                    "Bundesdatenbank angeben."
                )
            )

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One transaction; the tables are created inside it. A new SQLite file is written under a
        temporary name and appears under its own name only after the commit: a refused or failed
        merge leaves no file behind."""
        if self.readonly:
            raise InputError(meldung("Die Bundesdatenbank ist nur zum Lesen geöffnet."))
        if self._path is not None and not self._path.exists():
            with self._begin_new_file(self._path) as conn:
                yield conn
            return
        with self.engine.execution_options(kpakt_write=True).begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA application_id = {NATIONAL_APPLICATION_ID}")
            national_metadata.create_all(conn)
            yield conn

    @contextmanager
    def _begin_new_file(self, path: Path) -> Iterator[Connection]:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.neu")
        leftovers = [tmp, tmp.with_name(tmp.name + "-journal")]
        for p in leftovers:
            p.unlink(missing_ok=True)
        engine = create_engine(f"sqlite:///{tmp}", connect_args={"timeout": database.BUSY_TIMEOUT_S})
        _translate_errors(engine, path)
        try:
            with engine.execution_options(kpakt_write=True).begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {NATIONAL_APPLICATION_ID}")
                national_metadata.create_all(conn)
                yield conn
            engine.dispose()
            try:
                os.link(tmp, path)  # never replaces a file another merge created meanwhile
            except FileExistsError:
                raise DatabaseFault(
                    meldung(
                        "Die Bundesdatenbank {path} wurde während der Zusammenführung von einem anderen "
                        "Vorgang angelegt; nichts wurde übernommen. Bitte erneut zusammenführen.",
                        path=path,
                    )
                ) from None
            except OSError:  # a file system without hard links
                if path.exists():
                    raise DatabaseFault(
                        meldung(
                            "Die Bundesdatenbank {path} wurde während der Zusammenführung angelegt; nichts "
                            "wurde übernommen. Bitte erneut zusammenführen.",
                            path=path,
                        )
                    ) from None
                os.replace(tmp, path)
        finally:
            engine.dispose()
            for p in leftovers:
                p.unlink(missing_ok=True)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> NationalDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _translate_errors(engine: Any, path: Path) -> None:
    """SQLite: real transactions (pysqlite would run PRAGMA and DDL outside of them, so that a
    rolled-back merge still touched the file) and German errors naming the file."""
    timeout = database.BUSY_TIMEOUT_S

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("kpakt_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # locked by another merge, disk full, read-only: German, naming the file
        fault = database.translate_fault(context.original_exception, path, timeout)
        if fault is not None:
            raise fault from context.original_exception


def _sqlite_ro(path: Path) -> Any:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=database.BUSY_TIMEOUT_S)
