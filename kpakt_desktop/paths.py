"""The one place that finds ui/, resources/ and db/ and the user's data directory.

Three layouts: a source checkout (folders beside the package), an installed wheel (folders
bundled inside the package as ``_bundled/``) and a frozen PyInstaller bundle (``sys._MEIPASS``:
the onedir's ``_internal/``, where packaging/kpakt-desktop.spec puts the three folders).
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from pathlib import Path
from typing import NamedTuple

from kpakt_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def app_root() -> Path:
    """Folder that holds ui/, resources/ and db/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    bundled = _PACKAGE_DIR / "_bundled"
    if (bundled / "resources").is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def ui_dir() -> Path:
    return app_root() / "ui"


def resources_dir() -> Path:
    return app_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


APP_ICON = "kpakt-desktop"  # resources/icons/kpakt-desktop.svg and kpakt-desktop-<size>.png
_ICON_SIZE = re.compile(rf"{APP_ICON}-(\d+)\.png")


def app_icon_files() -> list[tuple[int, Path]]:
    """The app icon's PNG renderings as (size, file), smallest first."""
    folder = resource("icons")
    found = []
    for name in os.listdir(folder):  # not Path.glob: read at start-up, it is ten times slower
        match = _ICON_SIZE.fullmatch(name)
        if match:
            found.append((int(match.group(1)), folder / name))
    return sorted(found)


def migrations_dir() -> Path:
    return app_root() / "db"


def user_data_dir() -> Path:
    """Where the Land database, backups and keys live (``KPAKT_DATA_DIR`` overrides)."""
    import platformdirs  # only when a location is actually needed

    override = os.environ.get("KPAKT_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    return path


BACKUP_FOLDER = "sicherungen"
KEY_FOLDER = "schluessel"


class Locations(NamedTuple):  # not a dataclass: this module is read before the first window shows
    """Where this user's files live, as one value that is passed to the services and the store:

    ``data``: new Land databases; ``backups``: one folder per database (``<data>/sicherungen`` unless
    chosen); ``keys``: the Standardpaket signing keys (``<data>/schluessel``: they follow the data folder
    the user chose); ``reports``: the default folder of reports and exports.
    """

    data: Path
    backups: Path
    keys: Path
    reports: Path


def locations(data: Path | None = None, *, backups: Path | None = None, reports: Path | None = None) -> Locations:
    """The locations for the data folder ``data`` (default: :func:`user_data_dir`); backups and
    reports where the user chose them, else their defaults."""
    data = data or user_data_dir()
    if reports is None:
        import platformdirs

        reports = Path(platformdirs.user_documents_dir())
    return Locations(data, backups or data / BACKUP_FOLDER, data / KEY_FOLDER, reports)


def default_db_path() -> Path:
    """``KPAKT_DB`` if set, otherwise ``land.sqlite`` in the user data directory."""
    env = os.environ.get("KPAKT_DB")
    if env:
        return Path(env)
    return user_data_dir() / "land.sqlite"


def demo_db_path(land_key: str) -> Path:
    return user_data_dir() / f"demo-{land_key}.sqlite"
