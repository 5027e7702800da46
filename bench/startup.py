"""Start-up: time to the first shown main window on an RP demo database, divided by the floor
(a bare QApplication with an empty QMainWindow shown), both measured in fresh processes in the
same run. Goal: ≤ 1.5×. And the time to the first *painted* window (its first Paint event: before
it, the user sees a black frame), divided by the empty window's first paint. Goal: ≤ 1.2×. As in the
app, that first picture is the frame (title, size, palette); menus and sidebar are drawn right after
it, before the database opens: their time is in the note.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from common import Result, median

REPEAT = 9
_PRIVATE = Path(tempfile.mkdtemp(prefix="kpakt-bench-startup-"))

# Records the time of a window's first Paint event (the moment it stops being a black frame).
PAINT = """
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    at = None
    def eventFilter(self, watched, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter() - t0
        return False
first_paint = FirstPaint()
"""

FLOOR = (
    """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
"""
    + PAINT
    + """
w = QMainWindow(); w.resize(1280, 800); w.installEventFilter(first_paint); w.show(); app.processEvents()
shown = time.perf_counter() - t0
while first_paint.at is None:
    app.processEvents()
print(shown, first_paint.at)
"""
)

# The same steps as kpakt_desktop.app.main: lock, frame shown, the database attached after the
# frame's first paint.
APP = (
    """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from kpakt_desktop.app import make_application, parse_args
parse_args(["--db", sys.argv[1]])
make_application([])
"""
    + PAINT
    + """
from PySide6.QtWidgets import QApplication
from kpakt_desktop.gui.erstes_bild import nach_erstem_bild
from kpakt_desktop.gui.main_window import MainWindow
from kpakt_desktop.gui.opened import OpenedDatabase, acquire_lock
path = Path(sys.argv[1]); lock = acquire_lock(path)
ready = None
inhalt = None
def attach():
    global ready, inhalt
    inhalt = time.perf_counter() - t0  # the content (menus, sidebar) is built and drawn before this
    w.attach(OpenedDatabase(path, lock))
    w.sicherung.backup_on_open()  # as app.main: scheduled, it starts after the window is ready
    QApplication.processEvents()
    ready = time.perf_counter() - t0
w = MainWindow(rahmen_zuerst=True); w.installEventFilter(first_paint); w.show()
nach_erstem_bild(w, attach)  # as app.main: before the event loop turns
QApplication.processEvents()
shown = time.perf_counter() - t0
while ready is None:
    QApplication.processEvents()
from kpakt_desktop.gui.operation import runner
backup = 0.0
b0 = time.perf_counter(); w.sicherung.backup_on_open(delay_ms=0); runner().wait()  # its own duration, in the worker
backup = time.perf_counter() - b0
print(shown, ready, backup, first_paint.at, inhalt)
w.close()
"""
)


def _measure(code: str, *args: str) -> list[float]:
    # Settings and backups of the runs go to a private folder, never to the user's own.
    private = {"XDG_CONFIG_HOME": str(_PRIVATE / "config"), "KPAKT_DATA_DIR": str(_PRIVATE / "data")}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **private}
    # As installed (pip and the frozen build write the modules' bytecode): the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return [float(x) for x in out.stdout.strip().splitlines()[-1].split()]


def run() -> list[Result]:
    from kpakt_desktop.domain.laender import parse_land
    from kpakt_desktop.services.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rp.sqlite"
        create_demo(db, parse_land("07"), seed=1, stichtag=date(2026, 11, 1)).close()
        _measure(APP, str(db))  # warm the file cache once
        # Alternating, so that a busier moment of the machine affects floor and app alike.
        floors, runs = [], []
        for _ in range(REPEAT):
            floors.append(_measure(FLOOR))
            runs.append(_measure(APP, str(db)))
        floor = median([f[0] for f in floors])
        floor_paint = median([f[1] for f in floors])
        shown = median([r[0] for r in runs])
        ready = median([r[1] for r in runs])
        backup = median([r[2] for r in runs])
        painted = median([r[3] for r in runs])
        content = median([r[4] for r in runs])
    return [
        Result("Start bis Hauptfenster sichtbar (RP-Demo) / Boden", shown / floor, "x", 1.5,
               f"Fenster {shown * 1000:.0f} ms, Boden {floor * 1000:.0f} ms"),
        Result("Start bis erstes gezeichnetes Fenster / Boden", painted / floor_paint, "x", 1.2,
               f"Rahmen gezeichnet nach {painted * 1000:.0f} ms, leeres Fenster nach {floor_paint * 1000:.0f} ms "
               f"(vorher sieht man ein schwarzes Fenster); Menüs und Seitenleiste nach {content * 1000:.0f} ms"),
        Result("Start bis Daten geladen (RP-Demo)", ready * 1000, "ms", 1500.0,
               "Übersicht mit Kennzahlen bedienbar; automatische Sicherung läuft dann im Hintergrund"),
        Result("Automatische Sicherung (im Hintergrund, 1,5 s nach dem Start)", backup * 1000, "ms", 1000.0,
               "Dauer der Sicherung der RP-Demo im Worker"),
    ]  # fmt: skip


if __name__ == "__main__":
    for r in run():
        print(r)
