"""Errors that carry a German message for the user. Exit codes follow the CLI contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class Meldung(str):
    """A German message that keeps its template and values.

    As a ``str`` it is the German text (CLI, log, tests); the GUI looks the template (``vorlage``) up
    in its catalogue of known messages (gui/meldungen.py) and fills in the values, so the English UI
    shows it in English. Values that are vocabulary members (``Status`` …) appear as their labels.
    """

    vorlage: str
    werte: dict[str, object]

    def __new__(cls, vorlage: str, **werte: object) -> Meldung:
        self = super().__new__(cls, vorlage.format(**{k: _deutsch(v) for k, v in werte.items()}))
        self.vorlage = vorlage
        self.werte = werte
        return self


def _deutsch(value: object) -> object:
    """A vocabulary member as its label, a tuple of them (or of messages) as a list ("a, b, c")."""
    from enum import Enum

    if isinstance(value, tuple) and value and all(isinstance(v, Enum | Meldung) for v in value):
        return ", ".join(str(_deutsch(v)) for v in value)
    return getattr(value, "label", value) if isinstance(value, Enum) else value


def meldung(vorlage: str, **werte: object) -> Meldung:
    """A message for the user, translatable: ``raise InputError(meldung("… {name} …", name=x))``.

    ``vorlage`` must be a literal: the catalogue (``python -m kpakt_desktop.gui.vocab_text``) collects it.
    """
    return Meldung(vorlage, **werte)


def meldung_aus(err: BaseException) -> str:
    """The message ``err`` was raised with: a ``Meldung`` with template and values intact (``str(err)``
    of a ``ValueError`` would keep only its German text)."""
    return err.args[0] if len(err.args) == 1 and isinstance(err.args[0], Meldung) else str(err)


class KpaktError(Exception):
    """Base: ``str(err)`` is a complete German sentence a user can act on (a ``Meldung`` when it was
    raised with one: the GUI then shows it in the UI language)."""

    exit_code = 2

    def __str__(self) -> str:
        if self.args and isinstance(self.args[0], Meldung):
            return self.args[0]  # the message itself, template and values intact
        return super().__str__()


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
