"""Where the backups of a Land database live (``store.database.newest_backup`` picks the newest
intact one to offer when the database is damaged).

The automatic backups (``services.sicherung``) go to ``<backup root>/<db-stem>/``; the root is
``<data dir>/sicherungen`` unless the user chose another folder in the Einstellungen, which the
GUI passes in with ``use_backup_root`` (the store knows no settings). Schema updates leave a
backup beside the database as ``<stem>.vor-update-…<suffix>``.
"""

from __future__ import annotations

from pathlib import Path

from kpakt_desktop import paths

BACKUP_FOLDER = "sicherungen"
_chosen_root: Path | None = None


def default_backup_root(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def use_backup_root(root: Path | None) -> None:
    """The backup root chosen in the Einstellungen (None: the default in the data folder)."""
    global _chosen_root
    _chosen_root = Path(root) if root is not None else None


def backup_root() -> Path:
    return _chosen_root or default_backup_root(paths.user_data_dir())


def backup_folder(db: Path, root: Path | None = None) -> Path:
    """``<root>/<db-stem>/``: one folder per database."""
    return (root or backup_root()) / db.stem


def backup_candidates(db: Path) -> list[Path]:
    """Every backup file of ``db``, newest first (by modification time)."""
    folder = backup_folder(db)
    found = list(folder.glob(f"*{db.suffix or '.sqlite'}")) if folder.is_dir() else []
    found += db.parent.glob(f"{db.stem}.vor-update-*{db.suffix}")
    files = [p for p in found if p.is_file() and p.resolve() != db.resolve()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
