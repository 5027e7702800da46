"""``kpakt-desktop``: paths, settings, single-instance lock, open the store, show the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kpakt_desktop import APP_ID, APP_NAME, __version__, paths
from kpakt_desktop.cli import db_target
from kpakt_desktop.domain.errors import KpaktError

if TYPE_CHECKING:
    from kpakt_desktop.domain.laender import Land

ORGANIZATION = "Kommunalpakt"  # QSettings: gui.settings uses the same names
DESKTOP_ID = "de.kommunalpakt.Desktop"  # packaging/linux/<id>.desktop: lets the desktop match window and icon


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kpakt-desktop", description=f"{APP_NAME} starten.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "datei",
        type=Path,
        nargs="?",
        help="eine Landesdatenbank (.sqlite) öffnen oder ein Standardpaket (.zip) prüfen",
    )
    parser.add_argument(
        "--db", type=db_target, help="diese Landesdatenbank öffnen (Datei oder postgresql+psycopg://… auf einem Server)"
    )
    parser.add_argument("--demo", action="store_true", help="die Demo-Datenbank öffnen (wird bei Bedarf angelegt)")
    parser.add_argument("--land", default="07", help="Land der Demo (Standard: 07 Rheinland-Pfalz)")
    parser.add_argument(
        "--self-test", action="store_true", help="Fenster und alle Seiten einmal aufbauen, dann beenden"
    )
    return parser.parse_args(argv)


def make_application(argv: Sequence[str]) -> object:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv))
    from kpakt_desktop.gui import gc_guard

    gc_guard.install(app)  # cycles are collected on the GUI thread only (see gc_guard)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    icon = QIcon()
    for size, png in paths.app_icon_files():
        icon.addFile(str(png), QSize(size, size))
    QGuiApplication.setWindowIcon(icon)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    if not getattr(app, "_kpakt_translators", None):
        from kpakt_desktop import i18n
        from kpakt_desktop.gui import settings

        # KPAKT_LANG overrides the setting (screenshots, support); the choice applies from start-up on.
        language = os.environ.get("KPAKT_LANG") or settings.language()
        app._kpakt_translators = i18n.install(app, language)  # type: ignore[attr-defined]
    from kpakt_desktop.gui import palette

    palette.anwenden()  # the system palette, with pairs below WCAG 4.5:1 darkened
    style = paths.resource("style", "kpakt.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    return app


def self_test(db: Path | str | None, land: Land) -> int:
    """Open the database, build and show the main window, render every page once."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.services.demo import create_demo

    with tempfile.TemporaryDirectory(prefix="kpakt-self-test-") as tmp:
        if db is None:
            db = Path(tmp) / "self-test.sqlite"
            create_demo(db, land).close()
        window = MainWindow(OpenedDatabase(db))
        window.show()
        for key in [spec.key for spec in window.specs]:
            page = window.show_page(key)
            QApplication.processEvents()
            if page.grab().isNull():
                print(f"self-test: Seite {key} konnte nicht gezeichnet werden", file=sys.stderr)
                return 1
        window.close()
    print("self-test ok")
    return 0


def choose_database(args: argparse.Namespace) -> Path | str | None:
    """--db, --demo, the last database, the default one, or the first-run wizard."""
    from kpakt_desktop.gui import settings

    if args.db is not None:
        return args.db  # a file, or a server URL
    if args.demo:
        from kpakt_desktop.domain.laender import parse_land
        from kpakt_desktop.gui.start.start_dialog import Choice, StartResult, create_chosen

        land = parse_land(args.land)
        demo = StartResult(Choice.DEMO, land, paths.demo_db_path(land.schluessel))
        create_chosen(None, demo)
        return demo.path
    for candidate in (settings.last_database(), paths.default_db_path()):
        if candidate is not None and candidate.exists():
            return candidate
    for candidate in settings.recent_databases()[1:]:  # the last one was moved or deleted
        if candidate.exists():
            return candidate
    from kpakt_desktop.gui.start.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    wizard.exec()  # cancelled after the database was created: it exists, so it opens
    return wizard.result_path


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_application(sys.argv[:1])
    from kpakt_desktop import protokoll
    from kpakt_desktop.gui import settings as user_settings

    protokoll.einrichten(user_settings.data_dir())  # errors and long jobs, for a support call
    if args.datei is not None and not args.self_test:
        # Explorer's „Öffnen mit“ / a file dropped on the program icon
        if args.datei.suffix.lower() == ".zip":
            from kpakt_desktop.gui.standardpaket.bundle_check import check_bundle

            return check_bundle(args.datei)
        args.db = args.db or args.datei
    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.gui import settings
    from kpakt_desktop.gui.erstes_bild import nach_erstem_bild
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import acquire_lock

    try:
        if args.self_test:
            from kpakt_desktop.domain.laender import parse_land

            return self_test(args.db, parse_land(args.land))
        path = choose_database(args)
        if path is None:
            return 0
        lock = acquire_lock(path) if isinstance(path, Path) else None  # a server needs no lock file
    except KpaktError as err:
        if args.self_test:
            print(f"self-test: {err}", file=sys.stderr)
            return 1
        from kpakt_desktop.gui import msgbox

        msgbox.error(None, APP_NAME, str(err))
        return err.exit_code
    window = MainWindow(rahmen_zuerst=True)
    window.show()

    def attach() -> None:
        # After the first paint: the data layer loads while the user already sees the window.
        # A damaged database offers its newest backup; declined, the start dialog offers the rest.
        from kpakt_desktop.gui.sicherung.recovery import open_database

        opened = open_database(window, path, lock, start_dialog_on_no=True)
        if opened is None:
            window.close()
            return
        if opened.path is not None:
            settings.remember_database(opened.path)
        window.attach(opened)
        window.sicherung.backup_on_open()

    nach_erstem_bild(window, attach)  # the frame is drawn first, never a black window while loading
    return QApplication.exec()


if __name__ == "__main__":
    sys.exit(main())
