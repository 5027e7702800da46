"""200 % scaling (WCAG 1.4.4, 1.4.10): at QT_SCALE_FACTOR=2 on a 1920×1080 screen (960×540 logical
pixels) the window fits the screen and every page is grabbed with no widget outside the window;
what does not fit scrolls. Run in a child process: the scale factor is read when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.pages import page_specs

    db, shots = Path(sys.argv[1]), Path(sys.argv[2])
    app = make_application([])
    screen = app.primaryScreen().availableGeometry()
    window = MainWindow(OpenedDatabase(db))
    window.resize(screen.size())
    window.show()
    app.processEvents()

    def scrolled(w: QWidget, top: QWidget = window) -> bool:
        p = w.parentWidget()
        while p is not None and p is not top:
            if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
                return True
            p = p.parentWidget()
        return False

    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel
    from kpakt_desktop.gui.uebersicht.charts import ChartBox

    def clipped(top: QWidget) -> list[str]:
        # word-wrapped labels given less height than their lines need (rows overlap, text is cut)
        return [
            f"QLabel {l.objectName() or l.text()[:30]!r} {l.height()} < {l.heightForWidth(l.width())}"
            for l in top.findChildren(QLabel)
            if l.isVisible() and l.wordWrap() and l.heightForWidth(l.width()) > l.height() + 1
        ]

    def axis_cut(top: QWidget) -> list[str]:
        # category labels on a chart's left axis wider than the room left of the plot area
        found = []
        for chart in top.findChildren(ChartBox):
            if not chart.isVisible():
                continue
            room = chart.chart().plotArea().left()
            for axis in chart.chart().axes():
                if axis.alignment() == Qt.AlignmentFlag.AlignLeft and hasattr(axis, "categories"):
                    metrics = QFontMetrics(axis.labelsFont())
                    wide = [t for t in axis.categories() if metrics.horizontalAdvance(t) > room]
                    if wide:
                        found.append(f"{chart.objectName()}: {wide[0]!r} > {room:.0f} px")
        return found

    from PySide6.QtCore import Qt
    result = {"screen": [screen.width(), screen.height()], "pages": {}}
    for spec in [*page_specs(), *page_specs()]:  # the second round: every page after the widest was built
        page_widget = window.show_page(spec.key)
        for _ in range(3):
            app.processEvents()
        need = window.minimumSizeHint()
        outside = clipped(page_widget) + axis_cut(page_widget)
        # every page is narrow enough for 960 logical pixels: it scrolls down, never sideways
        if window.page_scroll.horizontalScrollBar().isVisible():
            outside.append(f"waagerechter Rollbalken: Seite {page_widget.width()} px")
        for w in window.findChildren(QWidget):
            if not w.isVisible() or w.window() is not window or scrolled(w):
                continue
            r = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
            if not window.rect().adjusted(-1, -1, 1, 1).contains(r):
                outside.append(f"{type(w).__name__} {w.objectName()} {r.getRect()}")
        pixmap = window.grab()
        pixmap.save(str(shots / f"{spec.key}.png"))
        result["pages"][spec.key] = {
            "window": [window.width(), window.height()],
            "minimum": [need.width(), need.height()],
            "outside": result["pages"].get(spec.key, {}).get("outside", []) + outside,  # both rounds
            "grab": [pixmap.width(), pixmap.height()],
        }
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QDialogButtonBox
    from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE
    from kpakt_desktop.gui.settings_dialog import SettingsDialog
    from kpakt_desktop.gui.sicherung.dialog import SicherungDialog
    from kpakt_desktop.gui.standardpaket.key_dialog import KeyDialog
    from kpakt_desktop.gui.start.start_dialog import StartDialog
    from kpakt_desktop.gui.start.wizard import FirstRunWizard

    page = window.show_page("nachnutzung")
    m = page.model
    cell = next(
        m.index(r, c) for r in range(m.rowCount()) for c in range(2, m.columnCount())
        if m.index(r, c).data(NACHNUTZUNG_ID_ROLE) is not None
    )
    page.table.left.selectionModel().select(cell, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.edit_selected()
    dialogs = [
        SettingsDialog(window), SicherungDialog(window.backup_folder(), window.opened.path, "07", window),
        StartDialog(window), KeyDialog("07", "Rheinland-Pfalz", window), FirstRunWizard(window), page.editor.dialog,
    ]
    # the editors of the other pages, opened as the pages open them (New…), and the Kontakt dialog
    from kpakt_desktop.domain.teams import KontaktFunktion
    from kpakt_desktop.gui.kommunen.dialogs import KontaktDialog
    from kpakt_desktop.services.kontakte import KontaktDaten

    huerden, termine, taskforces = (window.show_page(key) for key in ("huerden", "termine", "taskforces"))
    # The Taskforces page holds one widget per tab; each opens its own editor.
    editoren = ((huerden, "neu"), (termine, "neu"), (taskforces.taskforces, "taskforce_neu"))
    for owner, neu in (*editoren, (taskforces.rollout, "rollout_neu")):
        getattr(owner, neu)()
        owner.editor.dialog.hide()
        dialogs.append(owner.editor.dialog)
    dialogs.append(KontaktDialog(window, KontaktDaten(None, None, "", next(iter(KontaktFunktion)))).dialog)
    result["dialogs"] = {}
    for d in dialogs:
        d.show()
        app.processEvents()
        name = d.objectName() or type(d).__name__
        buttons = [b for b in d.findChildren(QDialogButtonBox) if b.isVisible()]
        cut = [
            b.objectName() for b in buttons
            if not d.rect().contains(QRect(b.mapTo(d, QPoint(0, 0)), b.size()))
        ]
        d.grab().save(str(shots / f"dialog-{name}.png"))
        outside = [
            f"{type(w).__name__} {w.objectName()}" for w in d.findChildren(QWidget)
            if w.isVisible() and w.window() is d and not scrolled(w, d)
            and not d.rect().adjusted(-1, -1, 1, 1).contains(QRect(w.mapTo(d, QPoint(0, 0)), w.size()))
        ] + clipped(d)
        result["dialogs"][name] = {"size": [d.width(), d.height()], "cut": cut, "outside": outside}
        d.hide()
    print("RESULT " + json.dumps(result))
    """
)


def test_every_page_fits_a_1920x1080_screen_at_200_percent(rp_demo_path, tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080, "dpr": 1}]}),
        encoding="utf-8",
    )
    shots = tmp_path / "shots"
    shots.mkdir()
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(rp_demo_path), str(shots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-3000:]
    result = json.loads(line[len("RESULT ") :])
    width, height = result["screen"]
    assert (width, height) == (960, 540)  # 1920×1080 at 200 %
    problems = {}
    for key, page in result["pages"].items():
        found = []
        if page["minimum"][0] > width or page["minimum"][1] > height:
            found.append(f"Fenster braucht {page['minimum']}")
        if page["window"][0] > width or page["window"][1] > height:
            found.append(f"Fenster ist {page['window']}")
        found += page["outside"]
        if page["grab"][0] < 2 * page["window"][0] - 2:  # the grab is in device pixels: twice the size
            found.append(f"Bild {page['grab']}")
        if found:
            problems[key] = found
    frame = 48  # the title bar and frame of a dialog window
    for name, dialog in result["dialogs"].items():
        if dialog["size"][0] > width or dialog["size"][1] > height - frame or dialog["cut"] or dialog["outside"]:
            problems[name] = dialog
    assert problems == {}
    assert len(list(shots.glob("*.png"))) == len(result["pages"]) + len(result["dialogs"])
    assert "NachnutzungEditor" in result["dialogs"]
    for editor in ("HuerdeDialog", "TerminDialog", "TaskforceDialog", "RolloutTeamDialog", "KontaktDialog"):
        assert editor in result["dialogs"], sorted(result["dialogs"])
