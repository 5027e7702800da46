"""Opening a Land database: one engine factory, PRAGMAs, schema checks, backup and Alembic upgrade.

A file we must not touch (not SQLite, another program's SQLite, a newer schema) is refused with
a German message before anything is written to it: it is inspected through a read-only URI.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kpakt_desktop import paths
from kpakt_desktop.domain.errors import DatabaseCorrupt, DatabaseFault, DatabaseRefused, Konflikt, meldung
from kpakt_desktop.store import faults
from kpakt_desktop.store.backup_lookup import backup_candidates

if TYPE_CHECKING:
    from alembic.config import Config

APPLICATION_ID = 0x4B50414B  # "KPAK" in the SQLite header marks our files
BUSY_TIMEOUT_S = 15.0
SQLITE_MAGIC = b"SQLite format 3\x00"


class FileKind(Enum):
    MISSING = "missing"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    CORRUPT = "corrupt"
    OURS = "ours"


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    revision: str | None = None
    detail: str = ""  # what SQLite found wrong with a CORRUPT file


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a schema has to change

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def known_revisions() -> list[str]:
    """Revision ids in order. Convention (checked by a test): ``db/versions/NNNN_name.py`` holds
    revision ``NNNN_name`` and revises the one before it, so opening a current database needs
    no Alembic import at all."""
    return sorted(p.stem for p in (paths.migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def inspect_file(path: Path) -> FileState:
    """Classify a file without writing to it. A file with the SQLite header that SQLite cannot
    read, or whose ``PRAGMA quick_check`` fails, is CORRUPT: it was a database and is damaged."""
    if not path.exists():
        return FileState(FileKind.MISSING)
    if not path.is_file():  # a folder or a device: certainly no database of ours
        return FileState(FileKind.NOT_SQLITE)
    if path.stat().st_size == 0:
        return FileState(FileKind.EMPTY)
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            return FileState(FileKind.NOT_SQLITE)
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)) as con:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                return FileState(FileKind.FOREIGN)
            # quick_check reads every page once (20–40 ms for the largest Länder): a damaged file is
            # found when it is opened, not in the middle of the user's next change.
            problems = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                return FileState(FileKind.CORRUPT, detail="; ".join(problems))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as err:
        fault = faults.translate(err, path, BUSY_TIMEOUT_S)  # no backup search for a file being inspected
        if fault is not None and not isinstance(fault, DatabaseCorrupt):
            raise fault from err  # locked by a writer, unreadable folder: not the file's fault
        return FileState(FileKind.CORRUPT, detail=str(err))
    return FileState(FileKind.OURS, row[0] if row else None)


def _backups(root: Path | None) -> Path:
    """The backup root a caller passed (``Locations.backups``), or the default one of the data folder."""
    return root if root is not None else paths.locations().backups


def newest_backup(db: Path, root: Path | None = None) -> Path | None:
    """The newest backup of ``db`` (``backup_lookup.backup_candidates`` under the backup root ``root``)
    that passes ``inspect_file`` and SQLite's integrity check."""
    for candidate in backup_candidates(db, _backups(root)):
        if inspect_file(candidate).kind is FileKind.OURS and integrity_ok(candidate):
            return candidate
    return None


def corrupt_fault(path: Path, detail: str, backups: Path | None = None) -> DatabaseCorrupt:
    """``faults.corrupt`` with the newest intact backup of ``path`` under ``backups``, if there is one."""
    backup = newest_backup(path, backups)
    found = (backup, datetime.fromtimestamp(backup.stat().st_mtime)) if backup is not None else None
    return faults.corrupt(path, detail, found)


def translate_fault(
    err: BaseException, path: Path, timeout: float, backups: Path | None = None
) -> DatabaseFault | DatabaseCorrupt | None:
    """``faults.translate``; a damaged database's message also names its newest intact backup."""
    fault = faults.translate(err, path, timeout)
    if isinstance(fault, DatabaseCorrupt):
        return corrupt_fault(path, str(err), backups)
    return fault


def make_engine(path: Path, backups: Path | None = None) -> Engine:
    """The one engine factory for a Land database file; ``backups`` is the backup root searched when
    the file turns out damaged (``Locations.backups``)."""
    timeout = BUSY_TIMEOUT_S
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below) so that transactions start where SQLAlchemy says.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: two writers then queue on the busy timeout
        # instead of failing with "database is locked" when a read lock would need upgrading.
        mode = "IMMEDIATE" if conn.get_execution_options().get("kpakt_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # Locked, full, read-only, damaged: one German error naming the file; SQLAlchemy has
        # rolled the transaction back before it reaches the caller.
        fault = translate_fault(context.original_exception, path, timeout, backups)
        if fault is not None:
            raise fault from context.original_exception

    return engine


DbTarget = Path | str  # a Land database file, or a server URL (postgresql+psycopg://…)


class Store:
    """An open Land database. Sessions are short: one unit of work each, results detached.

    ``path`` is the file of an SQLite database; a server database has ``url`` instead (and no path).
    """

    def __init__(self, path: Path | None, engine: Engine, *, url: str | None = None, nur_lesen: bool = False) -> None:
        self.path = path
        self.url = url
        self.engine = engine
        self._write_engine = engine.execution_options(kpakt_write=True)
        self.nur_lesen = nur_lesen  # an offline copy of a server database: every write is refused

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the database is, for messages: the file, or the server URL without its password."""
        if self.url is not None:
            from kpakt_desktop.store.server import display_url

            return display_url(self.url)
        return str(self.path) + (" (schreibgeschützte Offline-Kopie)" if self.nur_lesen else "")

    @property
    def short_name(self) -> str:
        """The file name, or the database name on its server (window title)."""
        if self.url is None:
            name = self.path.name if self.path is not None else ""
            return f"{name} (schreibgeschützte Offline-Kopie)" if self.nur_lesen else name
        from sqlalchemy.engine import make_url

        url = make_url(self.url)
        return f"{url.database} auf {url.host or 'localhost'}"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        A row changed by someone else since it was read in this transaction (its version no longer
        matches) is not overwritten: the whole transaction rolls back with a ``Konflikt``."""
        if self.nur_lesen:
            raise DatabaseFault(
                meldung(
                    "{location}: Die Offline-Kopie der Serverdatenbank ist nur zum Lesen geöffnet. "
                    "Es wurde nichts geändert; Änderungen sind wieder möglich, sobald der Server "
                    "erreichbar ist.",
                    location=self.location,
                )
            )
        try:
            with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
                yield session
        except StaleDataError as err:
            raise Konflikt(
                meldung(
                    "Ein Datensatz wurde gleichzeitig von jemand anderem geändert. Ihre Änderung "
                    "wurde nicht gespeichert; bitte die Ansicht aktualisieren und die Änderung "
                    "erneut vornehmen."
                ),
                [],
            ) from err

    def write_lock_free(self, wait_s: float) -> bool:
        """Whether a write could start within ``wait_s`` seconds (another process may hold the
        lock). Takes and at once releases the write lock on a connection of its own, so a caller
        can wait in short, cancellable steps instead of inside one long busy timeout. A server has
        no database-wide write lock: its writers wait for each other row by row."""
        if self.path is None:
            return True
        try:
            with closing(sqlite3.connect(self.path, timeout=wait_s, isolation_level=None)) as con:
                con.execute("BEGIN IMMEDIATE")
                con.execute("ROLLBACK")
        except sqlite3.OperationalError as err:
            # "database is locked": wait on. Any other fault: the write itself reports it in German.
            return "locked" not in str(err).lower()
        return True

    def close(self) -> None:
        self.engine.dispose()


def backup_file(path: Path, target: Path) -> Path:
    """Consistent copy through SQLite's backup API (safe while the database is in WAL mode).

    The copy is written beside the target and renamed when complete: a crash or a full disk
    leaves either no ``target`` or a complete one, never a half-written backup.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except sqlite3.Error as err:
        partial.unlink(missing_ok=True)
        fault = translate_fault(err, target, BUSY_TIMEOUT_S)
        if fault is None:
            raise
        raise fault from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _new_file_engine(path: Path, backups: Path | None = None) -> Engine:
    engine = make_engine(path, backups)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return engine


def create_store(target: DbTarget, *, backups: Path | None = None) -> Store:
    """A new, empty database at the current schema. Refuses to overwrite an existing file, or to
    fill a server database that holds tables already."""
    if isinstance(target, str):
        return _create_server_store(target)
    path = target
    state = inspect_file(path)
    if state.kind is not FileKind.MISSING:
        raise DatabaseRefused(
            meldung(
                "Die Datei {path} existiert bereits und wird nicht überschrieben. Bitte einen "
                "anderen Dateinamen wählen oder die vorhandene Datenbank öffnen.",
                path=path,
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _new_file_engine(path, backups)
    _upgrade(engine)
    return Store(path, engine)


def _create_server_store(url: str) -> Store:
    from kpakt_desktop.store import server

    url = server.check_url(url)
    engine = server.make_server_engine(url)
    try:
        kind, _ = server.server_state(engine)
        if kind != "empty":
            raise DatabaseRefused(
                meldung(
                    "Die Serverdatenbank {wert} enthält bereits Tabellen und wird nicht "
                    "überschrieben. Eine neue Landesdatenbank braucht eine leere Datenbank auf dem "
                    "Server.",
                    wert=server.display_url(url),
                )
            )
        _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(None, engine, url=url)


def discard_new_store(store: Store) -> None:
    """Undo a database that was just created and could not be filled: no file, or an empty server database."""
    store.close()
    if store.path is None:
        from kpakt_desktop.store import server

        server.drop_everything(store.engine)
        store.close()
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store.path}{suffix}").unlink(missing_ok=True)


def open_store(target: DbTarget, *, backup_dir: Path | None = None, backups: Path | None = None) -> Store:
    """Open an existing Land database, upgrading an older schema after a backup next to it
    (a server database: a snapshot into a file in ``backup_dir`` or the user data folder).
    ``backups``: the backup root (``Locations.backups``) searched when the file is damaged."""
    if isinstance(target, str):
        return _open_server_store(target, backup_dir)
    path = target
    state = inspect_file(path)
    if state.kind is FileKind.MISSING:
        raise DatabaseRefused(
            meldung(
                "Die Datenbank {path} wurde nicht gefunden. Mit „kpakt init --land …“ oder im "
                "Programm über „Datei → Neu…“ wird eine neue Landesdatenbank angelegt.",
                path=path,
            )
        )
    if state.kind is FileKind.CORRUPT:
        raise corrupt_fault(path, state.detail, backups)
    if state.kind is FileKind.NOT_SQLITE and newest_backup(path, backups) is not None:
        # it had backups, so it was a database of ours: its first page is damaged
        raise corrupt_fault(path, "der Dateikopf ist zerstört", backups)
    if state.kind in (FileKind.EMPTY, FileKind.NOT_SQLITE):
        raise DatabaseRefused(
            meldung(
                "Die Datei {path} ist keine Datenbank von Kommunalpakt Desktop (keine "
                "SQLite-Datei). Sie wurde nicht verändert. Bitte die richtige Datei wählen.",
                path=path,
            )
        )
    if state.kind is FileKind.FOREIGN:
        raise DatabaseRefused(
            meldung(
                "Die Datei {path} ist eine SQLite-Datenbank eines anderen Programms. Sie wurde "
                "nicht verändert. Bitte eine Landesdatenbank von Kommunalpakt Desktop wählen.",
                path=path,
            )
        )
    if state.revision is None or state.revision not in known_revisions():
        raise _newer_schema(str(path), state.revision)
    engine = make_engine(path, backups)
    if state.revision != head_revision():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or path.parent
        backup_file(path, folder / f"{path.stem}.vor-update-{state.revision}-{stamp}{path.suffix}")
        _upgrade(engine)
    return Store(path, engine)


def open_read_only(path: Path) -> Store:
    """Open a file that must not change (the offline copy of a server database): every write is
    refused, by the store and by SQLite itself (``query_only``)."""
    store = open_store(path)
    store.nur_lesen = True
    store.engine.dispose()  # the pooled connections predate query_only

    @event.listens_for(store.engine, "connect")
    def _query_only(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")

    return store


def _newer_schema(where: str, revision: str | None) -> DatabaseRefused:
    return DatabaseRefused(
        f"Die Datenbank {where} stammt aus einer neueren Version von Kommunalpakt Desktop "
        f"(Schema {revision or 'unbekannt'}). Sie wurde nicht verändert. "
        "Bitte die aktuelle Version des Programms installieren."
    )


def _open_server_store(url: str, backup_dir: Path | None) -> Store:
    from kpakt_desktop.store import server
    from kpakt_desktop.store.kopie import snapshot_to_file

    url = server.check_url(url)
    where = server.display_url(url)
    engine = server.make_server_engine(url)
    try:
        kind, revision = server.server_state(engine)
        if kind == "empty":
            raise DatabaseRefused(
                meldung(
                    "Die Serverdatenbank {where} ist leer. Mit „kpakt --db URL init --land …“ wird "
                    "dort eine Landesdatenbank angelegt, mit „kpakt db kopieren --nach URL“ eine "
                    "vorhandene übertragen.",
                    where=where,
                )
            )
        if kind == "foreign":
            raise DatabaseRefused(
                meldung(
                    "Die Serverdatenbank {where} enthält Tabellen eines anderen Programms. Sie wurde "
                    "nicht verändert. Bitte die Datenbank der Landesdatenbank von Kommunalpakt "
                    "Desktop angeben.",
                    where=where,
                )
            )
        if revision is None or revision not in known_revisions():
            raise _newer_schema(where, revision)
        if revision != head_revision():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            folder = backup_dir or paths.user_data_dir()
            name = make_url_name(url)
            snapshot_to_file(engine, folder / f"{name}.vor-update-{revision}-{stamp}.sqlite")
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(None, engine, url=url)


def make_url_name(url: str) -> str:
    """A file name stem for snapshots of a server database: ``<host>-<database>``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or "lokal"
    raw = f"{host}-{parsed.database or 'postgres'}"
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in raw)


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        conn.rollback()
    return row[0] if row else None


def integrity_ok(path: Path) -> bool:
    """``PRAGMA integrity_check`` through a read-only connection (the file is not changed)."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return [tuple(r) for r in rows] == [("ok",)]


@contextmanager
def read_only_session(path: Path) -> Iterator[Session]:
    """A session on a file opened read-only (no PRAGMA writes, no migration): for looking into backups."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file so that the file alone holds the database."""
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
