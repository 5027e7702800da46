"""Screenshots of every page of the main window for the README (``make screenshots``).

Builds the real ``MainWindow`` on a fresh demo database (Rheinland-Pfalz, fixed seed and
Stichtag, so the pictures only change when the program does), shows each page of
``page_specs()`` at a fixed window size and saves ``docs/screenshots/<key>.png``, then every page
again in a small window (``<key>-1024x700.png``: a laptop with scaling). Pages that are still
placeholders are skipped. Runs offscreen; data and settings go to a scratch folder.

    make screenshots                      (= QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py)
    .venv/bin/python packaging/screenshots.py --out /tmp/shots --size 1600x1000
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
STICHTAG = date(2026, 11, 1)
SEED = 1
LAND = "07"
# What the status bar shows instead of the scratch folder: where `make run` keeps the demo.
SHOWN_PATH = f"~/.local/share/kommunalpakt-desktop/demo-{LAND}.sqlite"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="Zielordner")
    parser.add_argument("--size", default="1400x900", help="Fenstergröße BREITExHÖHE (Standard 1400x900)")
    parser.add_argument(
        "--klein", default="1024x700", help="zweite, kleine Fenstergröße für jede Seite (Standard 1024x700)"
    )
    parser.add_argument("--colors", type=int, default=256, help="Farben der PNG-Palette (0: volle Farbtiefe)")
    parser.add_argument(
        "--ohne-bund", action="store_true", help="ohne die Bundesansicht (die 16 Demo-Länder brauchen einige Minuten)"
    )
    return parser.parse_args(argv)


def optimise(path: Path, colors: int) -> None:
    """Palette PNG: a UI picture keeps its look at 256 colours and shrinks to about a third."""
    if colors <= 0:
        return
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def select_first_rows(page: QWidget) -> None:
    """Select the first row of each table on the page that has none yet, so detail panes show a record."""
    from PySide6.QtWidgets import QAbstractItemView

    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount() > 0 and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def hide_scratch_path(window: QWidget, db: Path) -> None:
    from PySide6.QtWidgets import QLabel

    for label in window.findChildren(QLabel):
        if str(db) in label.text():
            label.setText(label.text().replace(str(db), SHOWN_PATH))


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="kpakt-screenshots-"))
    # Before any Qt import: no display needed, and nothing of the user's settings or data is used.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # Qt's offscreen screen is 800×800, and the window never gets larger than its screen: a
        # 1920×1200 one instead, so that the pictures have the size asked for.
        screen = scratch / "bildschirm.json"
        screen.parent.mkdir(parents=True, exist_ok=True)
        screen.write_text(
            '{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1200, "dpr": 1}]}', encoding="utf-8"
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["KPAKT_DATA_DIR"] = str(scratch / "data")
    os.environ.pop("KPAKT_DB", None)

    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.app import make_application
    from kpakt_desktop.domain.laender import parse_land
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.pages import base
    from kpakt_desktop.services.demo import create_demo

    make_application(sys.argv[:1])
    db = scratch / f"demo-{LAND}.sqlite"
    create_demo(db, parse_land(LAND), seed=SEED, stichtag=STICHTAG).close()
    window = MainWindow(OpenedDatabase(db))
    window.resize(width, height)
    window.show()
    hide_scratch_path(window, db)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in window.specs:
        page = window.show_page(spec.key)
        placeholder = getattr(base, "PlaceholderPage", None)  # gone once every page is built
        if placeholder is not None and isinstance(page, placeholder):
            print(f"{spec.key}: Platzhalter, übersprungen")
            continue
        select_first_rows(page)
        for _ in range(3):  # layouts settle over a few event-loop turns (lazy models, splitters)
            QApplication.processEvents()
        target = args.out / f"{spec.key}.png"
        if not window.grab().save(str(target), "PNG"):
            print(f"{target}: konnte nicht gespeichert werden", file=sys.stderr)
            return 1
        optimise(target, args.colors)
        written.append(target)
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        print(f"{shown}  {target.stat().st_size // 1024} KB")
    written += small_screenshots(window, args.out, args.colors, args.klein)
    window.close()
    # The maps in a window of their own (the Übersicht's charts are drawn once, for its own picture).
    window = MainWindow(OpenedDatabase(db))
    window.resize(width, height)
    window.show()
    written += map_screenshots(window, args.out, args.colors)
    window.close()
    if not args.ohne_bund:
        written += national_screenshot(scratch, args.out, args.colors, width, height)
    return 0 if written else 1


def _save(widget: QWidget, target: Path, colors: int) -> Path:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(target), "PNG")
    optimise(target, colors)
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    print(f"{shown}  {target.stat().st_size // 1024} KB")
    return target


def small_screenshots(window: QWidget, out: Path, colors: int, size: str) -> list[Path]:
    """Every page in a small window (``<key>-1024x700.png``): all of it fits, the sidebar included."""
    width, height = (int(n) for n in size.lower().split("x"))
    window.resize(width, height)
    written = []
    for spec in window.specs:  # type: ignore[attr-defined]
        page = window.show_page(spec.key)  # type: ignore[attr-defined]
        select_first_rows(page)
        written.append(_save(window, out / f"{spec.key}-{width}x{height}.png", colors))
    return written


def map_screenshots(window: QWidget, out: Path, colors: int) -> list[Path]:
    """The Land map (Leistung 1, Ummeldung) and a Kreis map (alle Leistungen) of the Übersicht."""
    page = window.show_page("uebersicht")  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(page.karte)
    page.karte.leistung.setCurrentIndex(page.karte.leistung.findData(1))
    # The page, not the window: the map alone.
    written = [_save(page, out / "karte-land.png", colors)]
    page.karte.leistung.setCurrentIndex(0)
    page.kreis.setCurrentIndex(max(1, page.kreis.findText("Mayen-Koblenz")))
    written.append(_save(page, out / "karte-kreis.png", colors))
    page.kreis.setCurrentIndex(0)
    page.tabs.setCurrentIndex(0)
    return written


def national_screenshot(scratch: Path, out: Path, colors: int, width: int, height: int) -> list[Path]:
    """The Bundesansicht's national map: 16 demo Länder exported and merged (takes a few minutes)."""
    from datetime import UTC, datetime

    from kpakt_desktop.domain.laender import LAENDER
    from kpakt_desktop.gui.standardpaket.bundesansicht import BundesansichtWindow
    from kpakt_desktop.services.demo import create_demo
    from kpakt_desktop.services.standardpaket import signing
    from kpakt_desktop.services.standardpaket.export import export
    from kpakt_desktop.services.standardpaket.merge import merge
    from kpakt_desktop.store.database import open_store
    from kpakt_desktop.store.national import NationalDatabase

    folder = scratch / "bund"
    bundles = []
    for land in LAENDER:
        db = folder / f"{land.schluessel}.sqlite"
        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"Bundesansicht: {land.name} …")
        create_demo(db, land, seed=SEED, stichtag=STICHTAG).close()
        key = signing.create_key_pair(land.schluessel, folder / "trust", private_path=folder / f"{land.schluessel}.key")
        store = open_store(db)
        try:
            now = datetime(STICHTAG.year, STICHTAG.month, STICHTAG.day, 12, tzinfo=UTC)
            bundles.append(export(store, folder / f"{land.schluessel}.zip", key_path=key.private_path, now=now).path)
        finally:
            store.close()
    target = folder / "bund.sqlite"
    with NationalDatabase(target) as ndb:
        assert merge(bundles, ndb, trust_dir=folder / "trust", allow_demo=True).ok
    window = BundesansichtWindow()
    window.resize(width, height)
    window.show()
    window.laden(target)
    window.source_label.setText(window.source_label.text().replace(str(target), "bund.sqlite"))
    window.tabs.setCurrentWidget(window.karte)
    written = [_save(window, out / "karte-bund.png", colors)]
    window.tabs.setCurrentIndex(1)
    written.append(_save(window, out / "bund-laender-leistungen.png", colors))
    window.close()
    return written


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
