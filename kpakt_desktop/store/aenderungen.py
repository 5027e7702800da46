"""Changes by other users of a server database, as they happen (PostgreSQL LISTEN/NOTIFY).

Migration 0005 announces every change of the main tables on the channel ``kpakt_aenderung`` as
``tabelle:id``. ``Horcher`` listens on a connection of its own and hands out what changed, grouped
by table; it knows nothing of Qt: the GUI runs ``horche`` in a worker thread and refreshes the
affected pages from the callback. A file database has no such channel (one user at a time).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url

from kpakt_desktop.domain.errors import DatabaseFault
from kpakt_desktop.store.server import CONNECT_TIMEOUT_S, display_url, translate

KANAL = "kpakt_aenderung"


@dataclass(frozen=True)
class Aenderung:
    """Rows of one table that someone changed (ids as text: a Leistung is known by its number)."""

    tabelle: str
    ids: frozenset[str]


def gruppiert(payloads: Iterable[str]) -> list[Aenderung]:
    tables: dict[str, set[str]] = {}
    for payload in payloads:
        tabelle, _, key = payload.partition(":")
        tables.setdefault(tabelle, set())
        if key:
            tables[tabelle].add(key)
    return [Aenderung(t, frozenset(ids)) for t, ids in sorted(tables.items())]


class Horcher:
    """A listening connection to the server database at ``url`` (a SQLAlchemy URL)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._where = display_url(url)
        libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self._conn: Any = psycopg.connect(libpq, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
            self._conn.execute(f"LISTEN {KANAL}")
        except psycopg.Error as err:
            raise (translate(err, self._where) or DatabaseFault(str(err))) from err

    def warte(self, timeout_s: float) -> list[Aenderung]:
        """What changed, waiting at most ``timeout_s`` for the first announcement and then taking
        whatever else has arrived (one bulk change comes as one list)."""
        import psycopg

        try:
            first = [n.payload for n in self._conn.notifies(timeout=timeout_s, stop_after=1)]
            if not first:
                return []
            rest = [n.payload for n in self._conn.notifies(timeout=0.05)]
        except psycopg.Error as err:  # the server went away while we listened
            raise (translate(err, self._where) or DatabaseFault(str(err))) from err
        return gruppiert(first + rest)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Horcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def horche(
    url: str, callback: Callable[[list[Aenderung]], None], stop: threading.Event, *, takt_s: float = 0.5
) -> None:
    """Call ``callback`` with every batch of changes until ``stop`` is set (run it in a thread)."""
    with Horcher(url) as horcher:
        while not stop.is_set():
            aenderungen = horcher.warte(takt_s)
            if aenderungen:
                callback(aenderungen)
