"""User settings on this machine (QSettings): recent databases and the office user's name."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def recent_databases() -> list[Path]:
    value = settings().value("datenbanken/zuletzt", [])
    items = value if isinstance(value, list) else [value] if value else []
    return [Path(str(p)) for p in items if p]


def remember_database(path: Path) -> None:
    items = [str(path.resolve())] + [str(p) for p in recent_databases() if str(p) != str(path.resolve())]
    settings().setValue("datenbanken/zuletzt", items[:MAX_RECENT])


def last_database() -> Path | None:
    items = recent_databases()
    return items[0] if items else None


def user_name() -> str:
    """Name for the history (Einstellungen); the login name until the user sets one."""
    value = settings().value("benutzer/name", "")
    if isinstance(value, str) and value.strip():
        return value.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def set_user_name(name: str) -> None:
    settings().setValue("benutzer/name", name.strip())
