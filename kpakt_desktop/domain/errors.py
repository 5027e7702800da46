"""Errors that carry a German message for the user. Exit codes follow the CLI contract."""

from __future__ import annotations


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
