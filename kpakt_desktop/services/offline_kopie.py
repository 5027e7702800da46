"""The offline copy of a server database: a file the app keeps in its data folder, so that the Land's
data can still be read when the server is away.

Each time the app has a server database open, it writes a consistent snapshot of it into
``<data folder>/server-kopien/<benutzer>@<server>-<port>-<datenbank>.sqlite`` (on the schedule of the
automatic backup of a file). When the server cannot be reached at the start, the app offers the newest
copy, opened read-only: every write is refused, and the window says it is a copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from kpakt_desktop.store.database import Store, open_read_only
from kpakt_desktop.store.kopie import backup_store
from kpakt_desktop.store.server import display_url

ORDNER = "server-kopien"


@dataclass(frozen=True)
class OfflineKopie:
    path: Path
    stand: datetime  # when the snapshot was taken
    server: str  # the server database it copies, without password


def kopie_pfad(data_dir: Path, url: str) -> Path:
    """Where the copy of the server database ``url`` lives: one file per user, server and database."""
    u = make_url(url)
    host = u.host or str(u.query.get("host") or "localhost")
    name = f"{u.username or ''}@{host}-{u.port or 5432}-{u.database or ''}"
    return data_dir / ORDNER / f"{re.sub(r'[^A-Za-z0-9@._-]+', '_', name).strip('_')}.sqlite"


def kopie_schreiben(store: Store, data_dir: Path) -> Path:
    """A consistent snapshot of the open server database into its offline copy (replaced whole)."""
    if store.url is None:
        raise ValueError("only a server database has an offline copy")
    return backup_store(store, kopie_pfad(data_dir, store.url))


def letzte_kopie(data_dir: Path, url: str) -> OfflineKopie | None:
    """The offline copy of ``url``, if the app has written one."""
    path = kopie_pfad(data_dir, url)
    if not path.is_file():
        return None
    stand = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return OfflineKopie(path, stand, display_url(url))


def kopie_oeffnen(kopie: OfflineKopie) -> Store:
    """The copy, read-only (see ``store.database.open_read_only``)."""
    return open_read_only(kopie.path)
