"""User settings on this machine (QSettings): recent databases, the user's name, folders, backups,
language, and the window's remembered layout. Database-wide settings live in the database instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kpakt_desktop import APP_ID, paths

ORGANIZATION = "Kommunalpakt"  # the same names as the QApplication's (app.py), so tools see one file
MAX_RECENT = 8
DEFAULT_KEEP = 10  # backups per database (same default as services.sicherung)
LANGUAGES = ("de", "en")


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APP_ID)


def _text(key: str) -> str:
    value = settings().value(key, "")
    return value.strip() if isinstance(value, str) else ""


# -- databases ----------------------------------------------------------------------------------
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


def last_server() -> dict[str, str]:
    """The last server connection (host, port, datenbank, benutzer, sslmode): never a password."""
    return {key: _text(f"server/{key}") for key in ("host", "port", "datenbank", "benutzer", "sslmode")}


def remember_server(values: dict[str, str]) -> None:
    for key, value in values.items():
        settings().setValue(f"server/{key}", value)


# -- user ---------------------------------------------------------------------------------------
def user_name() -> str:
    """Name for the history (Einstellungen); the login name until the user sets one."""
    value = _text("benutzer/name")
    if value:
        return value
    try:
        import getpass  # only here: its import costs ~2 ms of the start

        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def set_user_name(name: str) -> None:
    settings().setValue("benutzer/name", name.strip())


# -- folders ------------------------------------------------------------------------------------
def data_dir() -> Path:
    """Folder for new Land databases (Einstellungen → Datenablage); the user data folder by default."""
    value = _text("ablage/datenordner")
    return Path(value) if value else paths.user_data_dir()


def set_data_dir(folder: Path | None) -> None:
    settings().setValue("ablage/datenordner", str(folder) if folder else "")


def report_dir() -> Path:
    """Default folder of report and export file dialogs; the documents folder until set."""
    value = _text("ablage/berichtsordner")
    if value:
        return Path(value)
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def set_report_dir(folder: Path | None) -> None:
    value = str(folder) if folder else ""
    if value != _text("ablage/berichtsordner"):  # a new report folder: every kind of file starts there again
        settings().remove("ablage/zuletzt")
    settings().setValue("ablage/berichtsordner", value)


def last_folder(kind: str) -> Path:
    """The folder the last file dialog of this kind of file (``msgbox.Ablage``) ended in, while it
    exists; else the report folder."""
    value = _text(f"ablage/zuletzt/{kind}")
    if value and Path(value).is_dir():
        return Path(value)
    return report_dir()


def remember_folder(kind: str, folder: Path) -> None:
    settings().setValue(f"ablage/zuletzt/{kind}", str(folder))


# -- backups ------------------------------------------------------------------------------------
def backup_on_start() -> bool:
    return bool(settings().value("sicherung/beim_start", True, type=bool))


def set_backup_on_start(on: bool) -> None:
    settings().setValue("sicherung/beim_start", on)


def backup_keep() -> int:
    value = settings().value("sicherung/behalten", DEFAULT_KEEP, type=int)
    return max(1, int(value)) if isinstance(value, int) else DEFAULT_KEEP


def set_backup_keep(n: int) -> None:
    settings().setValue("sicherung/behalten", max(1, n))


def backup_root() -> Path:
    """Folder that holds one backup folder per database: ``<data dir>/sicherungen`` by default."""
    return locations().backups


def set_backup_root(folder: Path | None) -> None:
    settings().setValue("sicherung/ordner", str(folder) if folder else "")


def locations() -> paths.Locations:
    """Where this user's files live, as chosen in the Einstellungen (passed to services and store):
    the data folder, the backup folder, the signing keys (in the data folder) and the report folder."""
    backups = _text("sicherung/ordner")
    return paths.locations(data_dir(), backups=Path(backups) if backups else None, reports=report_dir())


# -- language -----------------------------------------------------------------------------------
def language() -> str:
    value = _text("oberflaeche/sprache")
    return value if value in LANGUAGES else "de"


def set_language(code: str) -> None:
    settings().setValue("oberflaeche/sprache", code if code in LANGUAGES else "de")


# -- window layout ------------------------------------------------------------------------------
def state(key: str) -> QByteArray | None:
    value = settings().value(f"ansicht/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_state(key: str, value: QByteArray) -> None:
    settings().setValue(f"ansicht/{key}", value)


def text_state(key: str) -> str:
    value = settings().value(f"ansicht/{key}", "")
    return value if isinstance(value, str) else ""


def set_states(values: dict[str, object]) -> None:
    """Many layout states at once: one QSettings object, so the file is written once. An empty
    value removes its key (nothing the user set)."""
    store = settings()
    for key, value in values.items():
        if value in ("", None):
            store.remove(f"ansicht/{key}")
        else:
            store.setValue(f"ansicht/{key}", value)


def last_page() -> str:
    return _text("ansicht/seite")


def set_last_page(key: str) -> None:
    settings().setValue("ansicht/seite", key)
