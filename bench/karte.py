"""Maps (issue 21): the national map of all 16 Länder (≈ 5,400 marks) and the Land map of Bayern.

Measured on the map widget at 1200 × 900 px, offscreen:
- a full paint of every mark, label, legend and scale bar (goal < 100 ms);
- a pan step and a zoom step, as the user does them: the last full picture moved or scaled, the
  full paint following when the user pauses (goal < 16 ms, one frame at 60 Hz).
The national database is built as the IT-Planungsrat builds it: 16 demo Länder exported and merged.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Result, median, timed

from kpakt_desktop.domain.laender import LAENDER
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.karte import Karte, bundes_karte, land_karte
from kpakt_desktop.services.matrix import MatrixFilter
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import export
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.national_view import load_bundesstand
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.national import NationalDatabase

STICHTAG = date(2026, 11, 1)
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
DRAW_GOAL_MS = 100.0
STEP_GOAL_MS = 16.0


def _national(folder: Path) -> tuple[Path, Path]:
    bundles = []
    for land in LAENDER:
        db = folder / f"{land.schluessel}.sqlite"
        create_demo(db, land, seed=1, stichtag=STICHTAG).close()
        key = signing.create_key_pair(land.schluessel, folder / "trust", private_path=folder / f"{land.schluessel}.key")
        store = open_store(db)
        try:
            bundles.append(export(store, folder / f"{land.schluessel}.zip", key_path=key.private_path, now=NOW).path)
        finally:
            store.close()
    target = folder / "bund.sqlite"
    with NationalDatabase(target) as ndb:
        assert merge(bundles, ndb, trust_dir=folder / "trust", allow_demo=True).ok
    return target, folder / "09.sqlite"


def _measure(name: str, karte: Karte) -> list[Result]:
    from PySide6.QtGui import QImage

    from kpakt_desktop.gui.karte.leinwand import KartenLeinwand

    leinwand = KartenLeinwand()
    leinwand.resize(1200, 900)
    leinwand.set_karte(karte)
    image = QImage(1200, 900, QImage.Format.Format_ARGB32_Premultiplied)
    n = len(karte.marken)

    def paint() -> None:
        leinwand.render(image)

    def full() -> None:
        leinwand.einpassen()  # the full picture is made anew
        paint()

    paint()  # fonts and glyph caches warm
    draw = 1000 * median(timed(full, repeat=7))

    def pan() -> None:
        leinwand.verschieben(40, -25)
        paint()

    def zoom() -> None:
        leinwand.zoomen(1.25)
        paint()

    leinwand.einpassen()
    paint()
    pan_ms = 1000 * median(timed(pan, repeat=9))
    leinwand.einpassen()
    paint()
    zoom_ms = 1000 * median(timed(zoom, repeat=6))
    leinwand.deleteLater()
    return [
        Result(f"{name}: zeichnen ({n} Marken)", draw, "ms", DRAW_GOAL_MS),
        Result(f"{name}: Verschieben, ein Schritt", pan_ms, "ms", STEP_GOAL_MS),
        Result(f"{name}: Zoomen, ein Schritt", zoom_ms, "ms", STEP_GOAL_MS),
    ]


def run() -> list[Result]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="kpakt-bench-karte-") as tmp:
        # KPAKT_BENCH_KARTE: a folder with bund.sqlite and 09.sqlite made before (skips the build)
        fertig = Path(os.environ.get("KPAKT_BENCH_KARTE", tmp))
        if (fertig / "bund.sqlite").exists() and (fertig / "09.sqlite").exists():
            bund_path, by_path = fertig / "bund.sqlite", fertig / "09.sqlite"
        else:
            bund_path, by_path = _national(Path(tmp))
        bund = load_bundesstand(bund_path)
        results += _measure("Bundeskarte alle Leistungen", bundes_karte(bund))
        results += _measure("Bundeskarte Leistung 1", bundes_karte(bund, 1))
        store = open_store(by_path)
        try:
            results += _measure("Landkarte BY Leistung 1", land_karte(store, MatrixFilter(leistung_nr=1)))
        finally:
            store.close()
    app.processEvents()
    return results


if __name__ == "__main__":
    for r in run():
        print(f"{r.target:50} {r.measured:8.1f} {r.unit} (Ziel ≤ {r.goal:g})  {'ok' if r.passed else 'VERFEHLT'}")
