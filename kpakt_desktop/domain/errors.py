"""Errors that carry a German message for the user. Exit codes follow the CLI contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class KpaktError(Exception):
    """Base: ``str(err)`` is a complete German sentence a user can act on."""

    exit_code = 2


class InputError(KpaktError):
    """Bad input: a file, a row, a field or an argument (exit 2)."""

    exit_code = 2


class CheckFailed(KpaktError):
    """A check ran and failed (exit 1)."""

    exit_code = 1


class DatabaseRefused(KpaktError):
    """A database we must not open or touch (foreign, newer, not SQLite, in use)."""

    exit_code = 2


class DatabaseFault(KpaktError):
    """The database could not be used just now: locked by another process, disk full, read-only,
    damaged. Nothing was changed (the transaction rolled back); ``retryable`` says whether trying
    again later can help without the user changing anything (exit 1: the work was not done)."""

    exit_code = 1

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class Konflikt(KpaktError):
    """A write based on an old version of a row: someone else changed it meanwhile. Nothing was
    written; ``aenderungen`` says who changed what, when, from what to what (exit 1)."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        aenderungen: Sequence[tuple[str, object, str, str, str]],
        *,
        mein: Mapping[str, str] | None = None,
        aktuell: object = None,
        versionen: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(message)
        self.aenderungen = aenderungen  # (wer, wann, feld, alt, neu), newest first
        self.mein = dict(mein or {})  # feld → the value this user wanted to write (as shown)
        # What the user may write on top of, if they choose to: the record as it is now (editors) …
        self.aktuell = aktuell
        self.versionen = dict(versionen or {})  # … or the rows' current versions (Nachnutzungen)


class DatabaseCorrupt(DatabaseRefused):
    """The file is one of ours but damaged. ``path`` is the database file, so the GUI can offer
    its newest backup."""

    def __init__(self, message: str, path: object) -> None:
        super().__init__(message)
        self.path = path


class FileWriteFailed(KpaktError):
    """A file (package, report, backup) could not be written; nothing half-written was left (exit 1)."""

    exit_code = 1


def write_failed(target: object, err: OSError) -> FileWriteFailed:
    """The German message for an OS error while writing ``target``: full, read-only or other."""
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        why = "der Datenträger ist voll. Bitte Platz schaffen und erneut versuchen"
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "der Ort ist schreibgeschützt. Bitte einen anderen Ordner wählen oder die Rechte prüfen"
    else:
        why = f"{err.strerror or err}. Bitte erneut versuchen"
    return FileWriteFailed(f"Die Datei {target} konnte nicht geschrieben werden: {why}.")
