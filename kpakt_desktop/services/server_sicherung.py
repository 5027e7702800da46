"""Backups of a server database from the app: a consistent snapshot into an SQLite file in the backup
folder, on the same schedule as the automatic backup of a file (keep N), and the restore of such a
file onto the server, which needs the Koordination role.

The backups of a server database are named after the server database (``<benutzer>@<server>-<port>-
<datenbank>-<time>.sqlite``) and live in ``<backup root>/<that name>/``, so the backup dialog lists
them like those of a file. A restore first takes a snapshot of the server as it is (``…-vor-
wiederherstellung``), then replaces every row in one transaction and verifies the result per table.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.services import sicherung
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.offline_kopie import kopie_pfad
from kpakt_desktop.services.sicherung import ART_START, ART_VOR_WIEDERHERSTELLUNG, Restored
from kpakt_desktop.store import rollen
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.kopie import backup_store, replace_contents


def datenbank_name(store: Store) -> Path:
    """The name the backups of the server database carry (as if it were a file of that name)."""
    if store.url is None:
        raise ValueError("not a server database")
    return Path(kopie_pfad(Path(), store.url).name)


def sicherung_erstellen(store: Store, folder: Path, *, art: str = ART_START, jetzt: datetime | None = None) -> Path:
    """A consistent snapshot of the server database into a new backup file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = sicherung._unique(folder, datenbank_name(store).stem, jetzt or datetime.now(), art)
    return backup_store(store, target)


def snapshot_job(store: Store, target: Path) -> Job[Path]:
    """Datei → Sicherung erstellen… on a server database: a consistent snapshot into ``target``."""
    yield Progress(0, 1, f"Sicherung nach {target.name} schreiben …")
    backup_store(store, target)
    yield Progress(1, 1, "Fertig.")
    return target


def automatische_sicherung(
    store: Store, folder: Path, keep: int = sicherung.DEFAULT_KEEP, *, jetzt: datetime | None = None
) -> Path:
    """The backup at start-up of a server database: a new snapshot, then only the ``keep`` newest are kept."""
    path = sicherung_erstellen(store, folder, jetzt=jetzt)
    sicherung.rotate(folder, datenbank_name(store).stem, keep)
    return path


def wiederherstellen(store: Store, backup: Path, folder: Path, land_schluessel: str) -> Restored:
    """Put the backup ``backup`` on the server in place of its current content (Koordination only)."""
    art, rolle, _ = rollen.rechte_auf_server(store)
    if art != "koordination":
        raise InputError(
            meldung(
                "Eine Sicherung auf den Server zurückspielen darf nur die Rolle Koordination; "
                "Ihre Rolle „{rolle}“ ist „{art}“. Es wurde nichts geändert.",
                rolle=rolle,
                art=art,
            )
        )
    info = sicherung.check_backup(backup, land_schluessel)
    with tempfile.TemporaryDirectory(prefix="kpakt-restore-") as tmp:
        quelle = sicherung.copy_database(backup, Path(tmp) / "sicherung.sqlite")
        open_store(quelle).close()  # an older schema is brought to this version's, in the copy
        safety = sicherung_erstellen(store, folder, art=ART_VOR_WIEDERHERSTELLUNG)
        replace_contents(store, quelle)  # verified inside its transaction
    return Restored(info, safety)
