"""``kpakt-desktop``: paths, settings, single-instance lock, open the store, show the main window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kpakt_desktop import APP_ID, APP_NAME, __version__, paths
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.laender import Land, parse_land

ORGANIZATION = "Kommunalpakt"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kpakt-desktop", description=f"{APP_NAME} starten.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="diese Landesdatenbank öffnen")
    parser.add_argument("--demo", action="store_true", help="die Demo-Datenbank öffnen (wird bei Bedarf angelegt)")
    parser.add_argument("--land", default="07", help="Land der Demo (Standard: 07 Rheinland-Pfalz)")
    parser.add_argument(
        "--self-test", action="store_true", help="Fenster und alle Seiten einmal aufbauen, dann beenden"
    )
    return parser.parse_args(argv)


def make_application(argv: Sequence[str]) -> object:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv))
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app


def ensure_demo(path: Path, land: Land, parent: object = None) -> None:
    """Create the demo database if it is not there yet (in a worker, with progress)."""
    if path.exists():
        return
    from kpakt_desktop.gui.jobs import run_job_blocking
    from kpakt_desktop.services.demo import create_demo_job

    store = run_job_blocking(parent, f"Demo-Datenbank {land.name} anlegen", create_demo_job(path, land))  # type: ignore[arg-type]
    store.close()


def self_test(db: Path | None, land: Land) -> int:
    """Open the database, build and show the main window, render every page once."""
    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.services.demo import create_demo
    from kpakt_desktop.services.jobs import run_job  # noqa: F401 - keeps the frozen app's imports honest

    with tempfile.TemporaryDirectory(prefix="kpakt-self-test-") as tmp:
        if db is None:
            db = Path(tmp) / "self-test.sqlite"
            create_demo(db, land).close()
        window = MainWindow(OpenedDatabase(db))
        window.show()
        for key in list(window.pages):
            page = window.show_page(key)
            QApplication.processEvents()
            if page.grab().isNull():
                print(f"self-test: Seite {key} konnte nicht gezeichnet werden", file=sys.stderr)
                return 1
        window.close()
    print("self-test ok")
    return 0


def choose_database(args: argparse.Namespace) -> Path | None:
    """--db, --demo, the last database, the default one, or ask with the start dialog."""
    from kpakt_desktop.gui import settings
    from kpakt_desktop.gui.jobs import run_job_blocking
    from kpakt_desktop.gui.start_dialog import Choice, StartDialog
    from kpakt_desktop.services.landdb import create_land_database_job

    if args.db is not None:
        return Path(args.db)
    if args.demo:
        land = parse_land(args.land)
        path = paths.demo_db_path(land.schluessel)
        ensure_demo(path, land)
        return path
    for candidate in (settings.last_database(), paths.default_db_path()):
        if candidate is not None and candidate.exists():
            return candidate
    dialog = StartDialog()
    if not dialog.exec() or dialog.result_value is None:
        return None
    result = dialog.result_value
    if result.choice is Choice.DEMO:
        ensure_demo(result.path, result.land)
    elif result.choice is Choice.NEW:
        store = run_job_blocking(
            None, f"Landesdatenbank {result.land.name} anlegen", create_land_database_job(result.path, result.land)
        )
        store.close()
    return result.path


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_application(sys.argv[:1])
    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.gui import msgbox, settings
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    try:
        land = parse_land(args.land)
        if args.self_test:
            return self_test(args.db, land)
        path = choose_database(args)
        if path is None:
            return 0
        opened = OpenedDatabase(path)
    except KpaktError as err:
        if args.self_test:
            print(f"self-test: {err}", file=sys.stderr)
            return 1
        msgbox.error(None, APP_NAME, str(err))
        return err.exit_code
    settings.remember_database(path)
    window = MainWindow(opened)
    window.show()
    return QApplication.exec()


if __name__ == "__main__":
    sys.exit(main())
