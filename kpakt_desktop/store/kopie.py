"""Copying a Land database between a file and a server, table by table, and proving the copy.

Every table goes along (history, settings, the public parts of the signing keys: they all live in
tables); the schema of the copy is built by the same Alembic migrations, up to the source's revision.
The source is read in one consistent snapshot; the target is written in one transaction, so a failed
copy leaves no file behind and an empty server database empty. Afterwards both sides are read again
and compared per table: row count and a SHA-256 over the rows (independent of row order and of the
database's own representation of dates, booleans and numbers).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, select

from kpakt_desktop.domain.errors import DatabaseFault, DatabaseRefused, meldung
from kpakt_desktop.store import database
from kpakt_desktop.store.database import DbTarget, Store

SKIP = frozenset({"alembic_version"})  # written by the migrations themselves


@dataclass(frozen=True)
class TableCheck:
    name: str
    rows_source: int
    rows_target: int
    hash_source: str
    hash_target: str

    @property
    def ok(self) -> bool:
        return self.rows_source == self.rows_target and self.hash_source == self.hash_target


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    revision: str
    tables: list[TableCheck]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)


def _tables(conn: Connection) -> list[Table]:
    meta = MetaData()
    meta.reflect(conn)
    return [t for t in meta.sorted_tables if t.name not in SKIP]


def _norm(value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    return str(value)


def _rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    columns = [table.c[name] for name in sorted(table.c.keys())]
    return [dict(r._mapping) for r in conn.execute(select(*columns))]


def _digest(rows: Iterable[dict[str, Any]]) -> str:
    lines = sorted("\x1f".join(f"{k}={_norm(v)}" for k, v in sorted(row.items())) for row in rows)
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


def digests(conn: Connection) -> dict[str, tuple[int, str]]:
    """Row count and content hash of every table."""
    out: dict[str, tuple[int, str]] = {}
    for table in _tables(conn):
        rows = _rows(conn, table)
        out[table.name] = (len(rows), _digest(rows))
    return out


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table that refers to itself (Kommune → Kreis): referenced rows before the rows that refer to them."""
    refs = [
        (fk.parent.name, fk.column.name)
        for fk in table.foreign_keys
        if fk.column.table is table or fk.column.table.name == table.name
    ]
    if not refs:
        return rows
    placed: set[tuple[str, Any]] = set()
    ordered: list[dict[str, Any]] = []
    pending = rows
    while pending:
        rest: list[dict[str, Any]] = []
        for r in pending:
            if any(r[c] is not None and (k, r[c]) not in placed for c, k in refs):
                rest.append(r)
            else:
                ordered.append(r)
                placed.update((k, r[k]) for _, k in refs)
        if len(rest) == len(pending):  # a cycle inside the table: let the database refuse it
            ordered.extend(rest)
            break
        pending = rest
    return ordered


def copy_rows(src: Connection, dst: Connection) -> dict[str, tuple[int, str]]:
    """Copy every table from ``src`` to the empty tables of ``dst``; the source's digests."""
    target_tables = {t.name: t for t in _tables(dst)}
    result: dict[str, tuple[int, str]] = {}
    for table in _tables(src):
        rows = _rows(src, table)
        result[table.name] = (len(rows), _digest(rows))
        target = target_tables.get(table.name)
        if target is None:
            raise DatabaseFault(meldung("Die Tabelle {name} fehlt im Ziel; es wurde nichts kopiert.", name=table.name))
        if rows:
            dst.execute(target.insert(), _parents_first(target, rows))
    if dst.dialect.name == "postgresql":
        _reset_sequences(dst, target_tables.values())
    return result


def _reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """Explicit ids were inserted: the next id the server hands out must come after them."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].type.python_type is not int:
            continue
        name, col = table.name, pk[0].name
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{col}'), "
            f'COALESCE(MAX("{col}"), 1), MAX("{col}") IS NOT NULL) FROM "{name}" '
            f"WHERE pg_get_serial_sequence('\"{name}\"', '{col}') IS NOT NULL"
        )


def _snapshot(engine: Engine) -> Connection:
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        from kpakt_desktop.store.server import server_snapshot_options

        conn = conn.execution_options(**server_snapshot_options())
    return conn


def _revision(conn: Connection) -> str:
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise DatabaseRefused(meldung("Die Quelldatenbank hat keine Schemaversion; sie wird nicht kopiert."))
    return str(row[0])


def _migrate(conn: Connection, revision: str) -> None:
    from alembic import command

    cfg = database.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _fill(src_engine: Engine, dst_engine: Engine) -> tuple[str, dict[str, tuple[int, str]]]:
    """Schema up to the source's revision and every row, in one transaction on the target."""
    with _snapshot(src_engine) as src, src.begin():
        revision = _revision(src)
        with dst_engine.begin() as dst:
            if dst.dialect.name == "sqlite":
                dst.exec_driver_sql(f"PRAGMA application_id = {database.APPLICATION_ID}")
            _migrate(dst, revision)
            copied = copy_rows(src, dst)
    return revision, copied


def _file_copy(src_engine: Engine, target: Path) -> tuple[str, dict[str, tuple[int, str]]]:
    """Into a new file, written beside the target and renamed when complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    leftovers = [partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal")]
    for p in leftovers:
        p.unlink(missing_ok=True)
    dst_engine = database.make_engine(partial)
    try:
        result = _fill(src_engine, dst_engine)
        dst_engine.dispose()
        database.checkpoint(partial)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    finally:
        dst_engine.dispose()
        for p in leftovers:
            p.unlink(missing_ok=True)
    return result


def snapshot_to_file(engine: Engine, target: Path) -> Path:
    """A consistent snapshot of a (server) database into an SQLite file: the server's backup."""
    _file_copy(engine, target)
    return target


def backup_store(store: Store, target: Path) -> Path:
    """A consistent copy of an open Land database into the file ``target``, file or server alike."""
    if store.path is not None:
        return database.backup_file(store.path, target)
    return snapshot_to_file(store.engine, target)


def _prepare_target(target: DbTarget) -> tuple[Engine | None, str]:
    if isinstance(target, str):
        from kpakt_desktop.store import server

        url = server.check_url(target)
        engine = server.make_server_engine(url)
        kind, _ = server.server_state(engine)
        if kind != "empty":
            engine.dispose()
            raise DatabaseRefused(
                meldung(
                    "Die Serverdatenbank {wert} ist nicht leer; sie wird nicht überschrieben. Bitte "
                    "eine leere Datenbank angeben.",
                    wert=server.display_url(url),
                )
            )
        return engine, server.display_url(url)
    if target.exists():
        raise DatabaseRefused(
            meldung("Die Datei {target} existiert bereits und wird nicht überschrieben.", target=target)
        )
    return None, str(target)


def copy_database(source: Store, target: DbTarget) -> CopyResult:
    """Copy the open Land database ``source`` to a new file or an empty server database, then verify."""
    engine, where = _prepare_target(target)
    try:
        if engine is None:
            assert isinstance(target, Path)
            revision, copied = _file_copy(source.engine, target)
            engine = database.make_engine(target)
        else:
            try:
                revision, copied = _fill(source.engine, engine)
            except BaseException:
                # a failed transaction left nothing; an interrupted one may not have: empty it again
                from kpakt_desktop.store import server

                with suppress(DatabaseFault):
                    server.drop_everything(engine)
                raise
        with engine.connect() as conn, conn.begin():
            found = digests(conn)
    finally:
        if engine is not None:
            engine.dispose()
    checks = [
        TableCheck(name, n, found.get(name, (0, ""))[0], h, found.get(name, (0, ""))[1])
        for name, (n, h) in copied.items()
    ]
    checks += [TableCheck(name, 0, n, "", h) for name, (n, h) in found.items() if name not in copied]
    return CopyResult(source.location, where, revision, sorted(checks, key=lambda c: c.name))


def check_lines(result: CopyResult) -> Sequence[str]:
    """The verification as printed by ``kpakt db kopieren``."""
    width = max((len(t.name) for t in result.tables), default=10)
    lines = []
    for t in result.tables:
        mark = "ok" if t.ok else "ABWEICHUNG"
        counts = f"{t.rows_source}" if t.rows_source == t.rows_target else f"{t.rows_source} → {t.rows_target}"
        lines.append(f"  {t.name:<{width}}  {counts:>8} Zeilen  sha256 {t.hash_target[:16]}  {mark}")
    return lines


def replace_contents(store: Store, source: Path) -> CopyResult:
    """Replace every row of the open server database ``store`` by the rows of the Land database file
    ``source`` (same schema revision) and verify per table like a copy, all in one transaction: a
    failure or a mismatch leaves the server as it was. The restore of a server database."""
    src_engine = database.make_engine(source)
    try:
        with _snapshot(src_engine) as src, src.begin():
            revision = _revision(src)
            with store.engine.begin() as dst:
                if _revision(dst) != revision:
                    raise DatabaseRefused(
                        meldung(
                            "Die Sicherung hat das Schema {revision}, die Serverdatenbank {wert}; es wurde "
                            "nichts wiederhergestellt.",
                            revision=revision,
                            wert=_revision(dst),
                        )
                    )
                for table in reversed(_tables(dst)):  # children first
                    dst.execute(table.delete())
                copied = copy_rows(src, dst)
                found = digests(dst)
                checks = [
                    TableCheck(name, n, found.get(name, (0, ""))[0], h, found.get(name, (0, ""))[1])
                    for name, (n, h) in copied.items()
                ]
                falsch = [t.name for t in checks if not t.ok]
                if falsch:  # rolls back: the server keeps its content
                    raise DatabaseFault(
                        meldung(
                            "Die Kopie weicht in den Tabellen {wert} von der Sicherung ab; es wurde nichts "
                            "wiederhergestellt.",
                            wert=", ".join(falsch),
                        )
                    )
    finally:
        src_engine.dispose()
    return CopyResult(str(source), store.location, revision, sorted(checks, key=lambda c: c.name))
