"""A second app process on the same server database, for the Mehrplatz test (``tests/test_mehrplatz.py``).

``python tests/mehrplatz_driver.py URL`` opens the real main window (offscreen) on the server URL,
shows the Nachnutzung page and prints ``bereit``. It then reads commands from stdin, one a line:

- ``status NID STATUS``: change the cell's status through the operation the page uses; prints
  ``geschrieben NID ZEIT`` (``time.time()``) once the write is committed;
- ``kosten NID VERSION BETRAG``: set Kosten einmalig from the seen ``VERSION`` (same operation);
- ``warte NID STATUS``: prints ``gesehen NID ZEIT`` when this window's matrix shows the cell with
  ``STATUS`` (a change of the other process reached this page);
- ``ende``: prints ``konfliktdialoge N`` (how many conflict dialogs this process showed) and quits.
"""

from __future__ import annotations

import sys
import threading
import time
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication


class Befehle(QObject):
    zeile = Signal(str)


def say(text: str) -> None:
    print(text, flush=True)


def main(url: str) -> int:
    from kpakt_desktop.app import make_application
    from kpakt_desktop.domain.status import Status
    from kpakt_desktop.gui.konflikt_dialog import KonfliktDialog
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.nachnutzung import operations as nachnutzung_ops
    from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE, STATUS_ROLE
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.operation import runner
    from kpakt_desktop.services import nachnutzung as nn

    app = make_application([])
    opened = OpenedDatabase(url)
    window = MainWindow(opened)
    window.show()
    page = window.show_page("nachnutzung")
    ctx = window.ctx
    assert ctx is not None
    dialoge: set[int] = set()

    def status_of(nid: int) -> str | None:
        model = page.model  # type: ignore[attr-defined]
        for row in range(model.rowCount()):
            for col in range(2, model.columnCount()):
                index = model.index(row, col)
                if index.data(NACHNUTZUNG_ID_ROLE) == nid:
                    return str(index.data(STATUS_ROLE))
        return None

    def poll_dialogs() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, KonfliktDialog) and w.isVisible():
                dialoge.add(id(w))

    def write(nid: int, aenderung: nn.Aenderung) -> None:
        before = ctx.undo_stack.count()
        ctx.run(nachnutzung_ops.aendern("Nachnutzung ändern", [nid], aenderung, ctx.benutzer))

        def done() -> None:
            if runner().busy or ctx.undo_stack.count() == before:
                QTimer.singleShot(2, done)
                return
            say(f"geschrieben {nid} {time.time():.6f}")

        done()

    def wait_for(nid: int, status: str) -> None:
        if status_of(nid) == status:
            say(f"gesehen {nid} {time.time():.6f}")
        else:
            QTimer.singleShot(5, lambda: wait_for(nid, status))

    def command(line: str) -> None:
        parts = line.split()
        if not parts:
            return
        if parts[0] == "status":
            nid = int(parts[1])
            write(nid, nn.Aenderung({"status": Status(parts[2])}, gueltig_ab=date.today()))
        elif parts[0] == "kosten":
            nid, version, betrag = int(parts[1]), int(parts[2]), int(parts[3])
            write(nid, nn.Aenderung({"kosten_einmalig": betrag}, versionen={nid: version}))
        elif parts[0] == "warte":
            wait_for(int(parts[1]), parts[2])
        elif parts[0] == "ende":
            runner().wait(15000)
            say(f"konfliktdialoge {len(dialoge)}")
            window.close()
            opened.close()
            app.quit()

    befehle = Befehle()
    befehle.zeile.connect(command)

    def read_stdin() -> None:
        for line in sys.stdin:
            befehle.zeile.emit(line.strip())

    threading.Thread(target=read_stdin, daemon=True).start()
    watcher = QTimer()
    watcher.timeout.connect(poll_dialogs)
    watcher.start(20)
    say("bereit")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
