"""Übersicht dashboard and the editors of issue 6 on the RP demo and on the largest Land (BY).

Measured: the kennzahlen service (all dashboard figures), the First-Mover heterogeneity, a full
refresh of the Übersicht page (service + four charts + tables: what every edit triggers), and
opening the Taskforce editor (every Kommune of the Land in a check list).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Result, median, timed

from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.first_mover import first_mover
from kpakt_desktop.services.kennzahlen import kennzahlen

STICHTAG = date(2026, 11, 1)
KENNZAHLEN_GOAL_MS = 500.0
REFRESH_GOAL_MS = 1000.0
EDITOR_GOAL_MS = 500.0


def run() -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.gui.context import AppContext
    from kpakt_desktop.gui.taskforces.page import TaskforcesPage
    from kpakt_desktop.gui.uebersicht.page import UebersichtPage
    from kpakt_desktop.services.taskforces import TaskforceDaten

    app = QApplication.instance() or QApplication([])
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        for key in ("RP", "BY"):
            store = create_demo(Path(folder) / f"{key}.sqlite", parse_land(key), seed=1, stichtag=STICHTAG)
            try:
                ms = 1000 * median(timed(lambda store=store: kennzahlen(store, stichtag=STICHTAG)))
                results.append(Result(f"Kennzahlen Land ({key}-Demo)", ms, "ms", KENNZAHLEN_GOAL_MS))
                ms = 1000 * median(timed(lambda store=store: first_mover(store)))
                results.append(Result(f"First-Mover-Vielfalt ({key}-Demo)", ms, "ms", KENNZAHLEN_GOAL_MS))
                ctx = AppContext(store)
                page = UebersichtPage(ctx)
                page.resize(1200, 800)
                ms = 1000 * median(timed(page.reload, repeat=3))
                results.append(Result(f"Übersicht neu laden ({key}-Demo)", ms, "ms", REFRESH_GOAL_MS))
                tf = TaskforcesPage(ctx)

                def editor(tf: TaskforcesPage = tf) -> None:
                    tf._taskforce_editor(TaskforceDaten(None, ""))
                    tf.editor.dialog.reject()
                    tf.editor.dialog.deleteLater()
                    app.processEvents()

                ms = 1000 * median(timed(editor, repeat=3))
                results.append(Result(f"Taskforce-Editor öffnen ({key}-Demo)", ms, "ms", EDITOR_GOAL_MS))
                page.deleteLater()
                tf.deleteLater()
                app.processEvents()
            finally:
                store.close()
    return results


if __name__ == "__main__":
    for r in run():
        print(f"{r.target:45} {r.measured:8.1f} {r.unit} (Ziel ≤ {r.goal:g})")
