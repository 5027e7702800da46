"""Alembic environment. The app passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kpakt_desktop.store.models import Base, VocabType

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` on the command line: sqlalchemy.url from alembic.ini/-x
        url = config.get_main_option("sqlalchemy.url") or context.get_x_argument(as_dictionary=True)["url"]
        with create_engine(url).begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Vocabularies are plain strings in the schema; their values are checked in domain/.
    if type_ == "type" and isinstance(obj, VocabType):
        return "sa.String(length=40)"
    return False


def _run(connection: object) -> None:
    # SQLite can't ALTER most things: batch mode rebuilds the table inside the transaction.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        render_item=_render_item,
        compare_type=True,
    )
    context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline-Migrationen werden nicht unterstützt.")
run_migrations_online()
