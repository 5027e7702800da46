"""One unit of work in a child process, for the kill -9 tests (``tests/test_kill.py``).

``python tests/kill_driver.py UNIT ARGS…`` runs the real service the CLI and GUI use, with fixed
time stamps so that two complete runs leave identical databases. It prints ``start`` (flushed)
the moment the unit begins to write, so the test can spread its kill points over the writing
itself instead of over the interpreter's start-up, and ``done`` when it has finished.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from kpakt_desktop.services.jobs import Progress, run_job

JETZT = datetime(2026, 11, 1, 12, 0)


def _start() -> None:
    print("start", flush=True)


def _start_at(marker: str) -> object:
    """A progress callback that signals ``start`` at the first step whose message has ``marker``."""
    seen = False

    def on_progress(step: Progress) -> None:
        nonlocal seen
        if not seen and marker in step.message:
            seen = True
            _start()

    return on_progress


def gv_import(db: Path, source: Path) -> None:
    from kpakt_desktop.services.gv_abgleich import apply_job
    from kpakt_desktop.store.database import open_store

    store = open_store(db)
    # apply_job opens its write transaction right before "Mit der Datenbank vergleichen"
    run_job(apply_job(store, source, benutzer="Kill-Test", jetzt=JETZT), _start_at("vergleichen"))  # type: ignore[arg-type]
    store.close()


def bulk(db: Path) -> None:
    from sqlalchemy import select

    from kpakt_desktop.services.nachnutzung import Aenderung, aendern
    from kpakt_desktop.store.database import open_store
    from kpakt_desktop.store.models import Nachnutzung

    store = open_store(db)
    with store.read() as s:
        ids = list(s.scalars(select(Nachnutzung.id)))
    change = Aenderung({"notiz": "Sammeländerung im Kill-Test", "kosten_jaehrlich": 1234}, gueltig_ab=JETZT.date())
    _start()
    aendern(store, ids, change, benutzer="Kill-Test", jetzt=JETZT)
    store.close()


def rueckmeldung(db: Path, *forms: Path) -> None:
    """``kpakt rueckmeldung import``: several forms checked, then applied in one transaction."""
    from kpakt_desktop.services.rueckmeldung.pruefung import pruefen
    from kpakt_desktop.services.rueckmeldung.uebernahme import uebernehmen
    from kpakt_desktop.store.database import open_store

    store = open_store(db)
    pruefung = pruefen(store, list(forms), heute=JETZT.date())
    _start()
    ergebnis = uebernehmen(store, pruefung, benutzer="Kill-Test", jetzt=JETZT)
    assert ergebnis.ergebnis is not None, "nothing to apply: the test would prove nothing"
    store.close()


def backup(db: Path, target: Path) -> None:
    from kpakt_desktop.store.database import backup_file

    _start()
    backup_file(db, target)


def merge(national: Path, trust: Path, *bundles: Path) -> None:
    from kpakt_desktop.services.standardpaket.merge import merge_job
    from kpakt_desktop.store.national import NationalDatabase

    with NationalDatabase(national) as db:
        job = merge_job(list(bundles), db, trust_dir=trust, now=JETZT.replace(tzinfo=UTC))
        result = run_job(job, _start_at("Schreibe"))  # type: ignore[arg-type]
    if not result.ok:
        raise SystemExit(f"merge refused: {[p.text() for p in result.problems]}")


def sicherung(db: Path, folder: Path) -> None:
    """The app's automatic backup at start (``services.sicherung``, from issue 9)."""
    from kpakt_desktop.services.sicherung import automatic_backup  # type: ignore[import-not-found,unused-ignore]

    _start()
    automatic_backup(db, folder, jetzt=JETZT)


def restore(backup_path: Path, db: Path, folder: Path) -> None:
    """Datei → Sicherung wiederherstellen (``services.sicherung.restore``)."""
    from kpakt_desktop.services.sicherung import restore as restore_backup  # type: ignore[import-not-found,unused-ignore]

    _start()
    restore_backup(backup_path, db, folder, jetzt=JETZT)


UNITS = {
    "gv": gv_import,
    "bulk": bulk,
    "rueckmeldung": rueckmeldung,
    "backup": backup,
    "merge": merge,
    "sicherung": sicherung,
    "restore": restore,
}

if __name__ == "__main__":
    UNITS[sys.argv[1]](*(Path(a) for a in sys.argv[2:]))
    print("done", flush=True)
