"""Issue 20, "Done when": two app processes against one server. A change in one appears in the other's
Nachnutzung matrix within 1 s; concurrent edits of the same cell give one conflict dialog (in the one
that saves second) and no lost change. Process B is ``tests/mehrplatz_driver.py`` (the real main
window, offscreen); process A is this test's own main window."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui.konflikt_dialog import KonfliktDialog
from kpakt_desktop.gui.nachnutzung import operations as nachnutzung_ops
from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE, STATUS_ROLE
from kpakt_desktop.gui.operation import runner
from kpakt_desktop.services import nachnutzung as nn
from kpakt_desktop.store.models import Nachnutzung
from tests.conftest import PgDatabases
from tests.test_gui_konflikt import answer

DRIVER = Path(__file__).with_name("mehrplatz_driver.py")


class ProzessB:
    """The second app process: commands on stdin, its reports collected from stdout by a thread."""

    def __init__(self, url: str) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(DRIVER.parent.parent)}
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        try:
            for line in self.proc.stdout:
                self.lines.put(line.strip())
        except (ValueError, OSError):  # closed by close() after a kill
            pass

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def expect(self, qtbot: Any, prefix: str, timeout: float = 60.0) -> list[str]:
        """The next report starting with ``prefix`` (A's event loop keeps running meanwhile)."""
        found: list[str] = []

        def arrived() -> bool:
            while not found:
                try:
                    line = self.lines.get_nowait()
                except queue.Empty:
                    return False
                if line.startswith(prefix):
                    found.append(line)
            return True

        qtbot.waitUntil(arrived, timeout=int(timeout * 1000))
        return found[0].split()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def server_url(pg_databases: PgDatabases, pg_rp_demo_template: str) -> Iterator[str]:
    url = pg_databases.create(template=pg_rp_demo_template)
    yield url
    pg_databases.drop(url)


def _status_in_matrix(page: Any, nid: int) -> str | None:
    model = page.model
    for row in range(model.rowCount()):
        for col in range(2, model.columnCount()):
            index = model.index(row, col)
            if index.data(NACHNUTZUNG_ID_ROLE) == nid:
                return str(index.data(STATUS_ROLE))
    return None


@pytest.mark.slow
def test_two_app_processes_on_one_server(qtbot, server_url: str, settle) -> None:  # type: ignore[no-untyped-def]
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    make_application([])
    opened = OpenedDatabase(server_url)
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("nachnutzung")
    store = window.ctx.store
    with store.read() as s:
        nid_b, nid_a, nid_beide = s.scalars(
            select(Nachnutzung.id).where(Nachnutzung.status == Status.INTERESSE).order_by(Nachnutzung.id).limit(3)
        ).all()
    b = ProzessB(server_url)
    try:
        b.expect(qtbot, "bereit", timeout=120)

        # (a) B changes a cell: A's matrix shows it within 1 s of B's commit
        assert _status_in_matrix(page, nid_b) == Status.INTERESSE.value
        b.send(f"status {nid_b} {Status.VEREINBARUNG.value}")
        _, _, commit = b.expect(qtbot, "geschrieben")
        qtbot.waitUntil(lambda: _status_in_matrix(page, nid_b) == Status.VEREINBARUNG.value, timeout=1000)
        latency_ab = time.time() - float(commit)
        # ... and the other way round: A's change reaches B's matrix
        b.send(f"warte {nid_a} {Status.VEREINBARUNG.value}")
        qtbot.wait(100)  # B is watching its matrix before A writes
        geschrieben_a: list[float] = []
        window.ctx.changed.connect(lambda _c: geschrieben_a.append(time.time()))
        start_a = time.time()
        window.ctx.run(
            nachnutzung_ops.aendern(
                "Nachnutzung ändern",
                [nid_a],
                nn.Aenderung({"status": Status.VEREINBARUNG}, gueltig_ab=date.today()),
                window.ctx.benutzer,
            )
        )
        _, _, gesehen = b.expect(qtbot, "gesehen", timeout=10)
        settle()
        # measured from before A's write started (so it includes the write itself) and from A's
        # announcement of its committed write
        latency_ba = float(gesehen) - start_a
        nach_commit = float(gesehen) - geschrieben_a[0]
        print(
            f"\nÄnderung B → Matrix A: {latency_ab * 1000:.0f} ms nach B's Commit; "
            f"A → Matrix B: {latency_ba * 1000:.0f} ms ab Beginn des Schreibens "
            f"({nach_commit * 1000:.0f} ms nach Commit)"
        )
        assert latency_ba < 1.0

        # (b) both edit the same cell from the same seen version; B saves first, A second
        version = nn.zelle(store, nid_beide).version
        b.send(f"kosten {nid_beide} {version} 1200")
        b.expect(qtbot, "geschrieben")
        seen: list[list[str]] = []
        answer("eigeneUebernehmen", seen)  # the dialog in A: "Meine Änderung übernehmen"
        window.ctx.run(
            nachnutzung_ops.aendern(
                "Nachnutzung ändern",
                [nid_beide],
                nn.Aenderung({"kosten_einmalig": 900}, versionen={nid_beide: version}),
                window.ctx.benutzer,
            )
        )
        qtbot.waitUntil(lambda: bool(seen) and not runner().busy, timeout=30000)
        settle()
        qtbot.wait(200)  # a second dialog would show by now
        assert len(seen) == 1  # exactly one conflict dialog, in A
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, KonfliktDialog) and w.isVisible()]
        [row] = [seen[0][i : i + 3] for i in range(0, len(seen[0]), 3) if seen[0][i].startswith("Kosten einmalig")]
        assert row[1].endswith("→ 1200") and row[2] == "900"  # B's change shown beside A's input
        b.send("ende")
        _, anzahl = b.expect(qtbot, "konfliktdialoge")
        assert anzahl == "0"  # B saved first: no dialog there
        assert b.proc.wait(timeout=30) == 0

        # no lost change: the chosen value is in the row, and the history holds both writes
        assert nn.zelle(store, nid_beide).kosten_einmalig == 900
        kosten = [h.neu for h in nn.historie_zelle(store, nid_beide) if h.feld == "kosten_einmalig"]
        assert sorted(kosten) == sorted([nn.anzeige("kosten_einmalig", "1200"), nn.anzeige("kosten_einmalig", "900")])
    finally:
        b.close()
        runner().wait(15000)
        window.close()
        opened.close()
