"""Per-keystroke filter time of the Kommunen table with every German Kommune loaded.

A database with the Kommunen of all 16 Länder (from the shipped register) is opened in the real
Kommunen page; a realistic typing sequence goes into the search field, and each keystroke is timed
from the text change until the table has repainted.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result, median
from sqlalchemy import insert

from kpakt_desktop.domain.laender import LAENDER, parse_land
from kpakt_desktop.services.changes import ChangeSet
from kpakt_desktop.services.kommunen import kommune_aendern
from kpakt_desktop.services.landdb import create_land_database, kommune_rows
from kpakt_desktop.services.register import read_shipped_register
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune

GOAL_MS = 16.0  # one frame at 60 Hz
# Typing "Bad Kreuznach", correcting, then an ARS prefix, a PLZ, a name with umlaut, and clearing.
SEQUENCE = (
    [("Bad Kreuznach"[:n]) for n in range(1, 14)]
    + ["Bad Kreuzn", "Bad Kreu", "Bad Kr", "Bad K", "Bad ", "Bad", "Ba", "B", ""]
    + ["0", "07", "071", "0713", "07131", "0713", "071", "07", "0", ""]
    + ["5", "55", "557", "5576", "55765", ""]
    + ["M", "Mü", "Mün", "Münc", "Münch", "Münche", "München", "München,", ""]
    + ["e", "en", "ens", "ensd", "ensdo", "ensdor", "ensdorf", ""]
)


def all_germany(path: Path) -> Store:
    """An RP database plus the Kommunen of the other 15 Länder (ids shifted per Land)."""
    store = create_land_database(path, parse_land("07"))
    offset = 10_000
    with store.write() as s:
        for land in LAENDER:
            if land.schluessel == "07":
                continue
            rows = kommune_rows(read_shipped_register(land.schluessel))
            for row in rows:
                row["id"] += offset
                for key in ("parent_id", "kreis_id", "verband_id"):
                    if row[key] is not None:
                        row[key] += offset
            s.execute(insert(Kommune), rows)
            offset += 10_000
    return store


def run() -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui.context import AppContext
    from kpakt_desktop.gui.kommunen.page import KommunenPage

    app = make_application([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="kpakt-bench-") as tmp:
        store = all_germany(Path(tmp) / "deutschland.sqlite")
        try:
            ctx = AppContext(store)
            start = time.perf_counter()
            page = KommunenPage(ctx)
            load_ms = (time.perf_counter() - start) * 1000
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            rows = page.model.total
            page.table.selectRow(0)
            times = []
            for text in SEQUENCE:
                start = time.perf_counter()
                page.search.setText(text)
                page.table.viewport().repaint()
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
            # An edit of one Kommune (written first, as the runner does) and the screen updated from
            # its change set: the page replaces that one row instead of reloading 16,000.
            page.search.setText("")
            app.processEvents()
            edit_times = []
            ids = [page.model.row_at(n).id for n in range(0, 2000, 100)]
            for n, kommune_id in enumerate(ids):
                kommune_aendern(store, kommune_id, "notiz", f"Notiz {n}")
                start = time.perf_counter()
                ctx.notify_changed(ChangeSet.of(kommune=[kommune_id]))
                page.table.viewport().repaint()
                app.processEvents()
                edit_times.append((time.perf_counter() - start) * 1000)
            page.close()
            page.deleteLater()
            app.processEvents()
        finally:
            store.close()
    note = f"{rows} Kommunen, {len(SEQUENCE)} Tastendrücke"
    return [
        Result("Kommunen-Suche je Taste, Median", median(times), "ms", GOAL_MS, note),
        Result("Kommunen-Suche je Taste, schlechtester", max(times), "ms", GOAL_MS, note),
        Result("Kommunen-Seite laden (ganz Deutschland)", load_ms, "ms", 2000.0, note),
        Result(
            "Kommunen: Bearbeiten bis Bildschirm aktuell, schlechteste",
            max(edit_times),
            "ms",
            GOAL_MS,
            f"{len(edit_times)} Änderungen nach dem Schreiben",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        verdict = "ok" if result.passed else "VERFEHLT"
        print(f"{result.target}: {result.measured:.1f} {result.unit} (Ziel ≤ {result.goal:.0f}) {verdict}", result.note)
