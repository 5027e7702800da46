"""Backups of a Land database: create (rotating, keep N), list with their Stand, check and restore.

Backups are consistent copies made through SQLite's backup API, so they may be taken while the
program works on the database. A backup folder holds the backups of one database
(``<data dir>/sicherungen/<db-stem>/``); file names carry the time, so the newest sort last.

Restoring never leaves a half-written database: the backup is checked first (SQLite's
``integrity_check``, our file, the same Land, a schema this version knows), the current database
is backed up, the backup is copied to a temporary file beside the database and put in place with
``os.replace`` (atomic on one file system).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from kpakt_desktop import paths
from kpakt_desktop.domain.errors import DatabaseRefused, InputError, meldung
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.store import backup_lookup
from kpakt_desktop.store.database import (
    SQLITE_MAGIC,
    FileKind,
    backup_file,
    checkpoint,
    inspect_file,
    integrity_ok,
    known_revisions,
    newest_backup,
    read_only_session,
)
from kpakt_desktop.store.models import Huerde, Kommune, LandRow, Nachnutzung

BACKUP_FOLDER = paths.BACKUP_FOLDER
DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?(?P<art>-[a-z-]+)?\.sqlite$")
ART_START = ""  # the automatic backup at start-up
ART_VOR_WIEDERHERSTELLUNG = "-vor-wiederherstellung"


@dataclass(frozen=True)
class Sicherung:
    """One backup and its Stand: when it was taken and a few figures from inside it."""

    path: Path
    erstellt: datetime
    land_schluessel: str
    land_name: str
    kommunen: int
    nachnutzungen: int
    produktiv: int
    huerden: int
    groesse: int  # bytes
    vor_wiederherstellung: bool = False


def default_backup_root(data_dir: Path) -> Path:
    return paths.locations(data_dir).backups


def newest_intact(db: Path, root: Path) -> Sicherung | None:
    """The newest backup of ``db`` under the backup root ``root`` that is intact, with its Stand
    (None: there is none)."""
    path = newest_backup(db, root)
    if path is None:
        return None
    try:
        return describe(path)
    except DatabaseRefused:
        return None


def backup_folder(root: Path, db: Path) -> Path:
    """``<root>/<db-stem>/``: one folder per database (root defaults to ``<data dir>/sicherungen``).
    The same place ``store.backup_lookup`` searches when the database is damaged."""
    return backup_lookup.backup_folder(db, root)


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for item in (path, *_sidecars(path)):
        with suppress(FileNotFoundError):
            item.unlink()


def _drop_log(path: Path) -> None:
    """Fold the write-ahead log into ``path`` and remove the log files."""
    checkpoint(path)
    for sidecar in _sidecars(path):
        with suppress(FileNotFoundError):
            sidecar.unlink()


def _swap_in(source: Path, target: Path, *, suffix: str, prepare_target: Callable[[], None] | None = None) -> None:
    """Copy ``source`` (SQLite backup API) to a temporary file beside ``target``, drop its log, run
    ``prepare_target`` and ``os.replace`` the copy onto ``target``: a reader never sees a half-written
    file, and a failure leaves ``target`` as it was and no temporary file behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # SQLite creates it; an empty placeholder would be taken for a database
    try:
        backup_file(source, tmp)
        _drop_log(tmp)
        if prepare_target is not None:
            prepare_target()
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise


def copy_database(source: Path, target: Path) -> Path:
    """Consistent copy to ``target`` (see ``_swap_in``)."""
    _swap_in(source, target, suffix=".tmp")
    return target


def manual_backup_job(db: Path, target: Path) -> Job[Path]:
    """Datei → Sicherung erstellen: a copy to a file the user chose (never onto the database itself)."""
    if target.resolve() == db.resolve():
        raise InputError(
            meldung(
                "Die Sicherung kann nicht in die geöffnete Datenbank selbst geschrieben werden. "
                "Bitte einen anderen Dateinamen wählen."
            )
        )
    yield Progress(0, 1, f"Sicherung nach {target.name} schreiben …")
    copy_database(db, target)
    yield Progress(1, 1, "Fertig.")
    return target


def _unique(folder: Path, stem: str, when: datetime, art: str) -> Path:
    base = f"{stem}-{when.strftime(_STAMP)}"
    candidate = folder / f"{base}{art}.sqlite"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}{art}.sqlite"
    return candidate


def create_backup(db: Path, folder: Path, *, art: str = ART_START, jetzt: datetime | None = None) -> Path:
    """A new backup of ``db`` in ``folder``, named ``<stem>-<YYYYMMDD-HHMMSS>[art].sqlite``."""
    when = jetzt or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    return copy_database(db, _unique(folder, db.stem, when, art))


def backup_files(folder: Path, stem: str) -> list[Path]:
    """The backups of the database ``stem`` in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}-*.sqlite"):
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            found.append((match["stamp"], int(match["n"] or 1), path))
    return [path for *_key, path in sorted(found)]


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups; returns the deleted files."""
    files = backup_files(folder, stem)
    old = files[: max(len(files) - max(keep, 1), 0)]
    for path in old:
        _remove(path)
    return old


def automatic_backup(db: Path, folder: Path, keep: int = DEFAULT_KEEP, *, jetzt: datetime | None = None) -> Path:
    """The backup at start-up: a new copy, then only the ``keep`` newest are kept."""
    path = create_backup(db, folder, jetzt=jetzt)
    rotate(folder, db.stem, keep)
    return path


def _erstellt(path: Path) -> datetime:
    match = _NAME.match(path.name)
    if match:
        with suppress(ValueError):
            return datetime.strptime(match["stamp"], _STAMP)
    return datetime.fromtimestamp(path.stat().st_mtime)


def _not_ours(path: Path) -> DatabaseRefused:
    return DatabaseRefused(
        f"Die Datei {path} ist keine Sicherung einer Landesdatenbank von Kommunalpakt Desktop. "
        "Es wurde nichts wiederhergestellt."
    )


def describe(path: Path) -> Sicherung:
    """The Stand of a backup, read through a read-only connection. Refuses what is not ours."""
    state = inspect_file(path)
    if state.kind is not FileKind.OURS:
        raise _not_ours(path)
    if state.revision not in known_revisions():
        raise DatabaseRefused(
            meldung(
                "Die Sicherung {path} stammt aus einer neueren Version von Kommunalpakt Desktop "
                "(Schema {wert}) und kann mit dieser Version nicht wiederhergestellt werden.",
                path=path,
                wert=state.revision or "unbekannt",
            )
        )
    try:
        with read_only_session(path) as s:
            schluessel, name = s.execute(select(LandRow.schluessel, LandRow.name)).one()
            kommunen = s.scalar(select(func.count()).select_from(Kommune)) or 0
            nachnutzungen = s.scalar(select(func.count()).select_from(Nachnutzung)) or 0
            produktiv = (
                s.scalar(select(func.count()).select_from(Nachnutzung).where(Nachnutzung.status == Status.PRODUKTIV))
                or 0
            )
            huerden = s.scalar(select(func.count()).select_from(Huerde)) or 0
    except Exception as err:  # a damaged or truncated file: say so instead of a traceback
        raise DatabaseRefused(
            meldung(
                "Die Sicherung {path} kann nicht gelesen werden ({name}). Es wurde nichts wiederhergestellt.",
                path=path,
                name=err.__class__.__name__,
            )
        ) from err
    match = _NAME.match(path.name)
    return Sicherung(
        path=path,
        erstellt=_erstellt(path),
        land_schluessel=schluessel,
        land_name=name,
        kommunen=kommunen,
        nachnutzungen=nachnutzungen,
        produktiv=produktiv,
        huerden=huerden,
        groesse=path.stat().st_size,
        vor_wiederherstellung=bool(match and match["art"] == ART_VOR_WIEDERHERSTELLUNG),
    )


def list_backups(folder: Path, stem: str) -> list[Sicherung]:
    """The backups of one database with their Stand, newest first; unreadable files are skipped."""
    result = []
    for path in reversed(backup_files(folder, stem)):
        with suppress(DatabaseRefused):
            result.append(describe(path))
    return result


def check_backup(backup: Path, land_schluessel: str) -> Sicherung:
    """Everything that must hold before a backup may replace the database of ``land_schluessel``."""
    looks_like_sqlite = False
    with suppress(OSError), backup.open("rb") as fh:
        looks_like_sqlite = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if not (backup.is_file() and looks_like_sqlite):
        raise _not_ours(backup)
    if not integrity_ok(backup):
        raise DatabaseRefused(
            meldung(
                "Die Datei {backup} ist beschädigt (SQLite-Integritätsprüfung fehlgeschlagen). "
                "Es wurde nichts wiederhergestellt; bitte eine andere Sicherung wählen.",
                backup=backup,
            )
        )
    info = describe(backup)  # refuses another program's SQLite file and a newer schema
    if info.land_schluessel != land_schluessel:
        raise DatabaseRefused(
            meldung(
                "Die Sicherung {backup} gehört zu {land_name} ({land_schluessel}), nicht zum "
                "Land dieser Datenbank ({land_schluessel2}). Es wurde nichts wiederhergestellt.",
                backup=backup,
                land_name=info.land_name,
                land_schluessel=info.land_schluessel,
                land_schluessel2=land_schluessel,
            )
        )
    return info


@dataclass(frozen=True)
class Restored:
    restored: Sicherung
    safety_copy: Path  # the database as it was just before


def restore(backup: Path, db: Path, folder: Path, *, jetzt: datetime | None = None) -> Restored:
    """Replace ``db`` by ``backup``. The caller has closed every connection to ``db``.

    Order: check the backup; back up the current database into ``folder``; copy the backup to a
    temporary file beside ``db``; fold ``db``'s write-ahead log in and drop it (a stale log must
    never be applied to the restored file); ``os.replace``.
    """
    state = inspect_file(db)
    if state.kind is not FileKind.OURS:
        raise _not_ours(db)
    with read_only_session(db) as s:
        land_schluessel = s.scalars(select(LandRow.schluessel)).one()
    info = check_backup(backup, land_schluessel)
    if backup.resolve() == db.resolve():
        raise DatabaseRefused(
            meldung("Die gewählte Sicherung ist die geöffnete Datenbank selbst. Es wurde nichts geändert.")
        )
    safety = create_backup(db, folder, art=ART_VOR_WIEDERHERSTELLUNG, jetzt=jetzt)
    # db's own log is folded in and dropped: a stale log must never be applied to the restored file.
    _swap_in(backup, db, suffix=".restore", prepare_target=lambda: _drop_log(db))
    return Restored(info, safety)


def restore_damaged(backup: Path, db: Path, *, jetzt: datetime | None = None) -> Restored:
    """Replace the damaged database ``db`` by ``backup`` (offered when ``db`` cannot be opened).

    ``restore`` cannot be used: it reads the Land from ``db`` and backs ``db`` up through SQLite,
    which a damaged file refuses. Instead the backup is checked on its own (integrity, ours, a
    known schema), the damaged file and its journal files are kept beside it as
    ``<stem>.beschaedigt-<time><suffix>`` for the IT, and the checked copy is put in place with
    ``os.replace``. A crash in between leaves the damaged file (and its copy), never a mixture.
    """
    looks_like_sqlite = False
    with suppress(OSError), backup.open("rb") as fh:
        looks_like_sqlite = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if not looks_like_sqlite:
        raise _not_ours(backup)
    info = check_backup(backup, describe(backup).land_schluessel)
    stamp = (jetzt or datetime.now()).strftime(_STAMP)
    aside = db.with_name(f"{db.stem}.beschaedigt-{stamp}{db.suffix}")

    def keep_damaged() -> None:
        shutil.copyfile(db, aside)
        for sidecar in _sidecars(db):
            if sidecar.exists():  # the damaged file's log is kept with it, never applied to the backup
                shutil.copyfile(sidecar, f"{aside}{sidecar.name[len(db.name) :]}")
                sidecar.unlink()

    _swap_in(backup, db, suffix=".restore", prepare_target=keep_damaged)
    return Restored(info, aside)
