"""Finding the newest usable backup of a Land database, to offer it when the database is damaged.

Backups live in ``<data dir>/sicherungen/<db-stem>/`` (the automatic backups of the app) and,
for schema updates, beside the database as ``<stem>.vor-update-…<suffix>``. Only a backup that
is itself an intact database of ours counts.
"""

from __future__ import annotations

from pathlib import Path

from kpakt_desktop import paths


def backup_folder(db: Path) -> Path:
    return paths.user_data_dir() / "sicherungen" / db.stem


def backup_candidates(db: Path) -> list[Path]:
    """Every backup file of ``db``, newest first (by modification time)."""
    found = list(backup_folder(db).glob(f"*{db.suffix or '.sqlite'}")) if backup_folder(db).is_dir() else []
    found += db.parent.glob(f"{db.stem}.vor-update-*{db.suffix}")
    files = [p for p in found if p.is_file() and p.resolve() != db.resolve()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_backup(db: Path) -> Path | None:
    """The newest backup that passes ``inspect_file`` as an intact database of ours."""
    from kpakt_desktop.store.database import FileKind, inspect_file

    for candidate in backup_candidates(db):
        if inspect_file(candidate).kind is FileKind.OURS:
            return candidate
    return None
