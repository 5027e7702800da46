"""Where the backups of a Land database live (``store.database.newest_backup`` picks the newest
intact one to offer when the database is damaged).

The automatic backups (``services.sicherung``) go to ``<backup root>/<db-stem>/``; the root is
``Locations.backups`` (``<data dir>/sicherungen`` unless the user chose another folder in the
Einstellungen), passed in by the caller: the store keeps no global and knows no settings. Schema
updates leave a backup beside the database as ``<stem>.vor-update-…<suffix>``.
"""

from __future__ import annotations

from pathlib import Path


def backup_folder(db: Path, root: Path) -> Path:
    """``<root>/<db-stem>/``: one folder per database."""
    return root / db.stem


def backup_candidates(db: Path, root: Path) -> list[Path]:
    """Every backup file of ``db`` under ``root`` and beside it, newest first (by modification time)."""
    folder = backup_folder(db, root)
    found = list(folder.glob(f"*{db.suffix or '.sqlite'}")) if folder.is_dir() else []
    found += db.parent.glob(f"{db.stem}.vor-update-*{db.suffix}")
    files = [p for p in found if p.is_file() and p.resolve() != db.resolve()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
