"""What every ``kpakt`` subcommand needs: ISO dates as arguments, progress on a terminal, an existing database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.services.jobs import Progress
from kpakt_desktop.store.database import Store, open_store


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ ist kein Datum im Format JJJJ-MM-TT") from None


def progress_to_stderr(step: Progress) -> None:
    """Progress lines only on a terminal: scripts and pipes get the result alone."""
    if sys.stderr.isatty():
        print(f"  {step.message}", file=sys.stderr)


def warn_to_stderr(warnungen: Sequence[str], hinweise: Sequence[str] = ()) -> None:
    """Warnings about the input on stderr, so stdout keeps its shape (text or JSON)."""
    for text in warnungen:
        print(f"Warnung: {text}", file=sys.stderr)
    for text in hinweise:
        print(f"Hinweis: {text}", file=sys.stderr)


def open_existing(args: argparse.Namespace) -> Store:
    if isinstance(args.db, Path) and not args.db.exists():
        raise InputError(f"Die Datenbank {args.db} wurde nicht gefunden.")
    return open_store(args.db)
