"""SQLite faults in German: a locked, full, read-only or damaged database becomes a ``DatabaseFault``
(or ``DatabaseCorrupt``) that names the file and what to do, instead of a raw ``OperationalError``.

Every engine of a Land database routes its errors through ``translate`` (SQLAlchemy's
``handle_error`` event, via ``store.database.translate_fault``), so services and GUI see one kind
of error they already show to the user, and the transaction has rolled back before the message
appears.

Pure: this module only turns an error (and, for a damaged file, the backup the caller found) into
a message. It imports nothing else of the store; finding backups is ``store.database``'s job.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from kpakt_desktop.domain.errors import DatabaseCorrupt, DatabaseFault

# Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def _primary_code(err: sqlite3.Error) -> int | None:
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    # Errors raised by the sqlite3 module itself carry no code: fall back to SQLite's own wording.
    text = str(err).lower()
    for words, fallback in (
        (("database is locked", "database table is locked"), SQLITE_BUSY),
        (("readonly database", "read-only"), SQLITE_READONLY),
        (("database or disk is full",), SQLITE_FULL),
        (("malformed", "corrupt"), SQLITE_CORRUPT),
        (("file is not a database",), SQLITE_NOTADB),
        (("unable to open database file",), SQLITE_CANTOPEN),
        (("disk i/o error",), SQLITE_IOERR),
    ):
        if any(w in text for w in words):
            return fallback
    return None


def translate(err: BaseException, path: Path, busy_timeout_s: float) -> DatabaseFault | DatabaseCorrupt | None:
    """The German error for a storage fault, or None for anything else (e.g. a constraint)."""
    if not isinstance(err, sqlite3.Error):
        return None
    code = _primary_code(err)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseFault(
            f"Die Datenbank {path} wird gerade von einem anderen Programm oder Vorgang benutzt (gesperrt) "
            f"und war nach {busy_timeout_s:g} Sekunden noch nicht frei. Es wurde nichts geändert. "
            "Bitte in einem Moment erneut versuchen.",
            retryable=True,
        )
    if code == SQLITE_FULL:
        return DatabaseFault(
            f"Die Datenbank {path} konnte nicht gespeichert werden: der Datenträger ist voll. "
            "Es wurde nichts geändert. Bitte Platz schaffen und erneut versuchen.",
            retryable=True,
        )
    if code == SQLITE_READONLY:
        return DatabaseFault(
            f"Die Datenbank {path} ist schreibgeschützt (Datei oder Ordner nur lesbar). Es wurde nichts "
            "geändert. Bitte die Schreibrechte prüfen oder die Datei an einen beschreibbaren Ort kopieren."
        )
    if code == SQLITE_CANTOPEN:
        return DatabaseFault(
            f"Die Datenbank {path} kann nicht geöffnet werden: der Ordner ist nicht erreichbar oder nicht "
            "beschreibbar. Es wurde nichts geändert. Bitte den Speicherort prüfen."
        )
    if code == SQLITE_IOERR:
        return DatabaseFault(
            f"Beim Lesen oder Schreiben der Datenbank {path} ist ein Fehler des Datenträgers aufgetreten "
            f"({err}). Es wurde nichts geändert. Bitte den Datenträger prüfen und erneut versuchen.",
            retryable=True,
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return corrupt(path, str(err))
    return None


def corrupt(path: Path, detail: str, backup: tuple[Path, datetime] | None = None) -> DatabaseCorrupt:
    """The message for a damaged database file, naming its newest intact backup (file, time) if the
    caller found one."""
    if backup is not None:
        hint = f"Die neueste Sicherung ist {backup[0]} vom {backup[1]:%d.%m.%Y %H:%M}; bitte sie wiederherstellen"
    else:
        hint = "Eine Sicherung dieser Datenbank wurde nicht gefunden; bitte die Koordinierungsstelle fragen"
    return DatabaseCorrupt(
        f"Die Datenbank {path} ist beschädigt ({detail}). Sie wurde nicht verändert. "
        f"{hint} (Datei → Sicherung wiederherstellen).",
        path,
    )
