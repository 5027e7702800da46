"""A Land database on a PostgreSQL server (Mehrplatzbetrieb): the engine, German faults, the checks.

The same schema and Alembic migrations as a file. A server database is ours when it holds
``alembic_version`` and the ``land`` table; an empty database is one ``kpakt init --db URL`` may
fill; anything else is foreign and left alone.
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from kpakt_desktop.domain.errors import DatabaseFault, InputError, meldung

CONNECT_TIMEOUT_S = 10
SERVER_SCHEMES = ("postgresql",)


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and "://" in target


def check_url(text: str) -> str:
    """A PostgreSQL URL as given (``postgresql+psycopg://user@host:5432/db?sslmode=require``)."""
    try:
        url = make_url(text)
    except ArgumentError:
        raise InputError(meldung("„{text}“ ist keine gültige Datenbank-URL.", text=text)) from None
    if url.get_backend_name() not in SERVER_SCHEMES:
        raise InputError(
            meldung(
                "„{wert}“: Als Server wird nur PostgreSQL unterstützt "
                "(postgresql+psycopg://benutzer@host/datenbank); eine Landesdatenbank-Datei wird "
                "als Pfad angegeben.",
                wert=url.render_as_string(hide_password=True),
            )
        )
    if url.drivername == "postgresql":  # the one driver we ship
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def display_url(url: str) -> str:
    """The URL without its password, for messages, the title bar and the history."""
    return make_url(url).render_as_string(hide_password=True)


def _missing_driver(err: Exception) -> str:
    if getattr(sys, "frozen", False):  # pragma: no cover - the frozen build ships psycopg
        return f"Der Treiber für PostgreSQL fehlt in dieser Installation ({err})."
    return (
        f"Für die Datenbank-URL fehlt der Treiber ({err}). Bitte „postgresql+psycopg://…“ verwenden und "
        'psycopg installieren: pip install "kommunalpakt-desktop[postgres]".'
    )


def unreachable(where: str, detail: str) -> DatabaseFault:
    return DatabaseFault(
        f"Der Datenbankserver {where} ist nicht erreichbar ({detail}). Es wurde nichts geändert. "
        "Bitte die Netzwerkverbindung prüfen und es erneut versuchen.",
        retryable=True,
    )


def translate(err: BaseException, where: str) -> DatabaseFault | None:
    """Server faults as one German message; ``None`` for errors the caller handles (constraints …)."""
    try:
        import psycopg
        from psycopg import errors as pg
    except ImportError:  # pragma: no cover - no server without the driver
        return None
    if isinstance(err, pg.InsufficientPrivilege):
        return DatabaseFault(
            f"Ihre Rolle auf dem Datenbankserver {where} darf diese Änderung nicht vornehmen ({_first_line(err)}). "
            "Es wurde nichts geändert."
        )
    if isinstance(err, pg.ReadOnlySqlTransaction):
        return DatabaseFault(f"Die Datenbank {where} ist nur zum Lesen geöffnet. Es wurde nichts geändert.")
    if isinstance(err, (pg.SerializationFailure, pg.DeadlockDetected, pg.LockNotAvailable)):
        return DatabaseFault(
            f"Die Datenbank {where} war gerade durch eine andere Änderung belegt. Es wurde nichts geändert; "
            "bitte erneut versuchen.",
            retryable=True,
        )
    if isinstance(err, pg.InvalidPassword):
        return DatabaseFault(f"Die Anmeldung am Datenbankserver {where} ist fehlgeschlagen: {_first_line(err)}")
    if isinstance(err, (psycopg.OperationalError, psycopg.InterfaceError)):
        return unreachable(where, _first_line(err))
    return None


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def make_server_engine(url: str) -> Engine:
    """The one engine factory for a server database."""
    where = display_url(url)
    try:
        engine = create_engine(
            url,
            pool_pre_ping=True,  # a connection the server dropped is replaced, not handed to a write
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Kommunalpakt Desktop"},
        )
    except (ImportError, NoSuchModuleError) as err:
        raise InputError(_missing_driver(err)) from None

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        fault = translate(context.original_exception, where)
        if fault is not None:
            raise fault from context.original_exception

    return engine


def server_state(engine: Engine) -> tuple[str, str | None]:
    """``("empty" | "foreign" | "ours", revision)`` without writing anything."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return "empty", None
        if not {"alembic_version", "land"} <= tables:
            return "foreign", None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        conn.rollback()
    return "ours", (row[0] if row else None)


def drop_everything(engine: Engine) -> None:
    """Empty a server database again after a failed ``kpakt init``/copy into it (all or nothing)."""
    from sqlalchemy import MetaData

    meta = MetaData()
    with engine.begin() as conn:
        meta.reflect(conn)
        meta.drop_all(conn)
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        for function in ("kpakt_aenderung()", "kpakt_in_region(integer)", "kpakt_termin_ok(integer)",
                         "kpakt_huerde_ok(integer)"):  # fmt: skip
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function} CASCADE")


def server_snapshot_options() -> dict[str, Any]:
    """One consistent view of every table for a backup or a copy (PostgreSQL: a repeatable read)."""
    return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
