"""Hilfe → Fehlerbericht erstellen: a zip for the IT department with the log files and the versions.

It holds no database content and no personal data: the versions (program, Python, libraries,
operating system, the database's schema revision), the log files, and a note saying what is in it.
Names the log may carry of this user (the login and history name, the home folder) are replaced
by placeholders before they are packed.
"""

from __future__ import annotations

import platform
import sys
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from kpakt_desktop import APP_NAME, __version__
from kpakt_desktop.services.file_output import atomic_target
from kpakt_desktop.store.database import Store, current_revision

VERSIONEN = "versionen.txt"
LIESMICH = "LIESMICH.txt"
PROTOKOLL_ORDNER = "protokoll"
GESCHWAERZT = "<geschwärzt>"


def versionen(weitere: Mapping[str, str], *, store: Store | None) -> dict[str, str]:
    """The program's, Python's, SQLAlchemy's and the system's versions; ``weitere`` adds those the
    caller knows (Qt, PySide6 from the GUI); the schema revision of ``store``, the open database."""
    import sqlalchemy

    schema = current_revision(store) if store is not None else None

    return {
        APP_NAME: __version__,
        "Python": sys.version.split()[0],
        **weitere,
        "SQLAlchemy": sqlalchemy.__version__,
        "Betriebssystem": platform.platform(),
        "Datenbankschema (Revision)": schema or "keine Datenbank geöffnet",
    }


def _schwaerzen(text: str, namen: Sequence[str]) -> str:
    for name in namen:
        text = text.replace(name, GESCHWAERZT)
    return text


def fehlerbericht(
    ziel: Path,
    *,
    protokolle: Iterable[Path],
    versionen: Mapping[str, str],
    schwaerzen: Iterable[str] = (),
    jetzt: datetime | None = None,
) -> Path:
    """Write the report zip to ``ziel`` (complete or not at all)."""
    jetzt = jetzt or datetime.now().replace(microsecond=0)
    # Longest first: a home folder that contains the login name is replaced as a whole.
    namen = sorted({n for n in schwaerzen if n and len(n.strip()) >= 3}, key=len, reverse=True)
    zeilen = [f"{name}: {wert}" for name, wert in versionen.items()]
    liesmich = (
        f"Fehlerbericht von {APP_NAME}, erstellt am {jetzt:%d.%m.%Y um %H:%M}.\n\n"
        f"{VERSIONEN}: die Versionen des Programms, seiner Bibliotheken und des Betriebssystems.\n"
        f"{PROTOKOLL_ORDNER}/: die Protokolldateien (Fehler, Dauer längerer Arbeiten).\n\n"
        "Der Bericht enthält keine Inhalte der Landesdatenbank. Benutzer- und Ordnernamen dieses\n"
        f"Rechners sind durch {GESCHWAERZT} ersetzt.\n"
    )
    with atomic_target(ziel) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(LIESMICH, liesmich)
        zf.writestr(VERSIONEN, _schwaerzen("\n".join(zeilen) + "\n", namen))
        for datei in protokolle:
            text = datei.read_text(encoding="utf-8", errors="replace")
            zf.writestr(f"{PROTOKOLL_ORDNER}/{datei.name}", _schwaerzen(text, namen))
    return ziel
