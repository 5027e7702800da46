"""The log file: errors and the long jobs, so that a support call can be answered.

One rotating file (``<data folder>/protokoll/kpakt-desktop.log``, at most ``MAX_BYTES`` and
``BACKUPS`` older ones) takes the records of every ``kpakt_desktop.*`` logger: the runner's jobs
(start, end, duration), their failures, and unhandled exceptions of any thread. Hilfe →
Fehlerbericht erstellen packs these files. No Qt here: the CLI may use it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

FOLDER = "protokoll"
FILE_NAME = "kpakt-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
LOGGER = "kpakt_desktop"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER)


def log_folder(data: Path) -> Path:
    """The log folder inside the data folder (``Locations.data``)."""
    return data / FOLDER


def log_files(data: Path) -> list[Path]:
    """The log file being written (else the one in ``data``) and its rotated predecessors, newest first."""
    handler = _handler()
    current = Path(handler.baseFilename) if handler is not None else log_folder(data) / FILE_NAME
    folder = current.parent
    older = [folder / f"{FILE_NAME}.{n}" for n in range(1, BACKUPS + 1)]
    return [p for p in (current, *older) if p.is_file()]


def _handler() -> logging.handlers.RotatingFileHandler | None:
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler
    return None


def einrichten(data: Path) -> Path | None:
    """Write the log into ``data``'s log folder (again: move it there); returns the file, or None
    when the folder cannot be written (the program runs on without a log file)."""
    target = log_folder(data) / FILE_NAME
    old = _handler()
    if old is not None:
        if Path(old.baseFilename) == target.absolute():
            return target
        log.removeHandler(old)
        old.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as err:
        print(f"kpakt: Protokolldatei {target} nicht beschreibbar: {err}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _unbehandelte_fehler_protokollieren()
    return target


def beenden() -> None:
    """Close the log file (tests, a data folder that goes away)."""
    handler = _handler()
    if handler is not None:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.NOTSET)


def auftrag_begonnen(titel: str) -> None:
    """A job of the GUI's runner starts (gui/operation.py)."""
    log.info("Auftrag begonnen: %s", titel)


def auftrag_beendet(titel: str, ausgang: str, sekunden: float, fehler: Exception | None = None) -> None:
    """A job ended (``ausgang``: beendet, abgebrochen, fehlgeschlagen) after ``sekunden``."""
    if fehler is None:
        log.info("Auftrag %s: %s (%.1f s)", ausgang, titel, sekunden)
    else:
        log.error("Auftrag %s: %s (%.1f s): %s: %s", ausgang, titel, sekunden, type(fehler).__name__, fehler)


def _unbehandelte_fehler_protokollieren() -> None:
    """Unhandled exceptions (GUI thread and others) go to the log, then to the previous hook."""
    if getattr(sys.excepthook, "_kpakt", False):
        return
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("Unbehandelter Fehler", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.critical(
                "Unbehandelter Fehler im Thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    hook._kpakt = True  # type: ignore[attr-defined]
    sys.excepthook = hook
    threading.excepthook = thread_hook
