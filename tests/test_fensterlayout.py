"""The main window's layout at the sizes users have (issue 19): every page fits 1400×850 and 1024×700
with a readable sidebar, even after a wide page was shown; the window stays on the screen; the status
bar does not overlap; the title names the program once; the matrix headers are shortened at their end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from kpakt_desktop import APP_NAME
from kpakt_desktop.gui import settings
from kpakt_desktop.gui.main_window import MainWindow
from kpakt_desktop.gui.nachnutzung.kopfzeile import MatrixKopf, gekuerzt
from kpakt_desktop.gui.opened import OpenedDatabase


def _settle() -> None:
    for _ in range(3):  # layouts settle over a few event-loop turns (lazy models, splitters)
        QApplication.processEvents()


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area of the page itself (a table's cells): there, scrolling is the design."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = parent.parentWidget()
    return False


def cut_off(window: MainWindow, page: QWidget) -> list[str]:
    """Visible widgets of ``page`` that reach beyond the viewport the page is shown in."""
    viewport = window.page_scroll.viewport()
    frame = viewport.rect().adjusted(-1, -1, 1, 1)
    return [
        f"{type(w).__name__} {w.objectName()} {QRect(w.mapTo(viewport, QPoint(0, 0)), w.size()).getRect()}"
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and not _scrolled(w, page)
        and not frame.contains(QRect(w.mapTo(viewport, QPoint(0, 0)), w.size()))
    ]


@pytest.mark.parametrize("size", [(1400, 850), (1024, 700)])
def test_every_page_fits_the_window_after_every_page_was_shown(main_window, size):
    width, height = size
    main_window.resize(width, height)
    keys = [spec.key for spec in main_window.specs]
    for key in keys:  # first every page built: a wide one (Standardpaket) once widened all the others
        main_window.show_page(key)
        _settle()
    problems = {}
    sidebar = main_window.sidebar
    for key in keys:
        page = main_window.show_page(key)
        _settle()
        found = cut_off(main_window, page)
        if main_window.page_scroll.horizontalScrollBar().isVisible():
            found.append(f"waagerechter Rollbalken, Seite {page.width()} px im Fenster {width} px")
        if main_window.page_scroll.verticalScrollBar().isVisible():
            found.append(f"senkrechter Rollbalken, Seite {page.height()} px")
        if (main_window.width(), main_window.height()) != size:
            found.append(f"Fenster {main_window.width()}×{main_window.height()}")
        for row in range(sidebar.count()):  # "Nachnutzung", never "Nachnu"
            item = sidebar.item(row)
            text = sidebar.fontMetrics().horizontalAdvance(item.text())
            if text > sidebar.visualItemRect(item).width() or text > sidebar.viewport().width():
                found.append(f"Seitenleiste schneidet {item.text()!r}")
        pixmap = main_window.grab()  # the page drawn as the user sees it
        if pixmap.isNull() or (pixmap.width(), pixmap.height()) != (width, height):
            found.append(f"Bild {pixmap.width()}×{pixmap.height()}")
        if found:
            problems[key] = found
    assert problems == {}
    # the window would not let itself be made this small if a page asked for more
    need = main_window.minimumSizeHint()
    assert need.width() <= 1024 and need.height() <= 700, need


def test_sidebar_cannot_be_squeezed_below_its_entries(main_window):
    sidebar = main_window.sidebar
    main_window.resize(1024, 700)
    main_window.splitter.setSizes([40, 1000])  # what a drag to the left (or an old saved state) asks for
    _settle()
    longest = max(sidebar.fontMetrics().horizontalAdvance(sidebar.item(r).text()) for r in range(sidebar.count()))
    assert sidebar.width() >= sidebar.sizeHintForColumn(0) > longest
    assert not main_window.splitter.isCollapsible(0)


def test_window_comes_back_no_larger_than_the_screen(qtbot, rp_demo_path):
    area = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(first)
    first.show()
    first.resize(area.width() + 305, area.height() + 200)  # saved on a larger screen (1105 px on 800)
    _settle()
    first.close()  # saves the geometry
    assert settings.state("fenster/geometrie") is not None
    again = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(again)
    again.show()
    _settle()
    assert again.frameGeometry().width() <= area.width()
    assert again.frameGeometry().height() <= area.height()
    assert area.contains(again.frameGeometry())
    again.close()


def test_status_bar_shortens_the_path_and_nothing_overlaps(main_window):
    main_window.resize(1024, 700)
    long_path = "/home/koordinierung/Dokumente/Kommunalpakt/" + "Unterordner/" * 8 + "kommunalpakt-desktop.sqlite"
    main_window._status_db.setText(f"Datenbank: {long_path}")
    _settle()
    bar = main_window.statusBar()
    path = main_window._status_db
    labels = [main_window._status_land, path, main_window._status_stand]
    rects = [QRect(w.mapTo(bar, QPoint(0, 0)), w.size()) for w in labels]
    for w, r in zip(labels, rects, strict=True):
        assert w.isVisible() and bar.rect().contains(r), (w.objectName(), r, bar.rect())
        assert w.fontMetrics().horizontalAdvance(w.text() if w is not path else path.gezeigt()) <= r.width() + 1
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :]), rects
    assert path.gezeigt() != path.text() and "…" in path.gezeigt()  # shortened in the middle …
    assert path.gezeigt().endswith("kommunalpakt-desktop.sqlite")  # … so the file name stays
    assert long_path in path.toolTip() or long_path in path.accessibleName()
    assert path.text() == f"Datenbank: {long_path}"
    # a message takes the path's place instead of being clipped by it
    message = "1 Nachnutzung gespeichert: Ummeldung in Adenau von Vereinbarung nach Anbindung"
    bar.showMessage(message, 5000)
    _settle()
    assert not path.isVisible()
    free = bar.width() - main_window._status_land.width() - main_window._status_stand.width()
    assert bar.fontMetrics().horizontalAdvance(message) < free
    bar.clearMessage()
    _settle()
    assert path.isVisible()


def test_window_title_names_the_program_once(main_window):
    title = main_window.windowTitle()
    display = QGuiApplication.applicationDisplayName()
    assert display == APP_NAME
    # What the title bar shows: Qt appends the display name unless the title already ends with it.
    shown = title if title.endswith(display) else f"{title} — {display}"
    assert shown.count(APP_NAME) == 1, shown
    assert "Rheinland-Pfalz (Demo)" in shown


def test_matrix_headers_are_shortened_at_their_end_with_the_full_name_as_tooltip(main_window):
    main_window.resize(1024, 700)
    page = main_window.show_page("nachnutzung")
    _settle()
    header = page.table.right.horizontalHeader()
    assert isinstance(header, MatrixKopf)
    model = header.model()
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws header sections
    metrics = QFontMetrics(font)
    shortened = 0
    for column in range(2, model.columnCount()):
        if header.isSectionHidden(column):
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal)
        nr, name = text.split("\n")
        tooltip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith(f"{nr} {name}")  # the full name, e.g. "2 Einbürgerung"
        room = header.textbreite(column, header.sectionSize(column))
        for full, line in zip(text.split("\n"), gekuerzt(text, header, room).split("\n"), strict=True):
            assert metrics.horizontalAdvance(line) <= room, (full, line, room)
            if line != full:
                shortened += 1
                assert line.endswith("…") and full.startswith(line[:-1]), (full, line)  # its start kept
    assert shortened > 0  # at 1024 px the long names do not fit: the test saw the shortening
    assert not header.grab().isNull()


def test_the_database_is_opened_only_after_the_window_was_first_painted(qtbot):
    """app.main: the frame is drawn before the data layer loads (no black window meanwhile)."""
    from PySide6.QtCore import QEvent, QObject

    from kpakt_desktop.gui.erstes_bild import nach_erstem_bild

    painted: list[bool] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    window = QWidget()
    qtbot.addWidget(window)
    paints = Paints(window)
    window.installEventFilter(paints)
    seen_at_call: list[int] = []
    nach_erstem_bild(window, lambda: seen_at_call.append(len(painted)), spaetestens_ms=60_000)
    QApplication.processEvents()
    assert seen_at_call == []  # not shown, not painted: not yet
    window.show()
    qtbot.waitUntil(lambda: seen_at_call != [], timeout=5000)
    assert seen_at_call[0] >= 1  # the window had been painted when the work began
    window.update()
    QApplication.processEvents()
    assert len(seen_at_call) == 1  # once


def test_work_waits_for_a_paint_inside_the_window_and_not_for_the_fallback(qtbot):
    """A main window covered by its children gets no Paint event of its own; the work must start
    with the children's first paint, not a second later. Asked when the window is already on screen,
    it starts at once."""
    import time

    from PySide6.QtWidgets import QLabel, QMainWindow

    from kpakt_desktop.gui.erstes_bild import nach_erstem_bild

    window = QMainWindow()
    window.setCentralWidget(QLabel("Inhalt"))
    qtbot.addWidget(window)
    started: list[float] = []
    t0 = time.perf_counter()
    nach_erstem_bild(window, lambda: started.append(time.perf_counter() - t0), spaetestens_ms=60_000)
    window.show()
    qtbot.waitUntil(lambda: started != [], timeout=5000)
    qtbot.waitExposed(window)
    later: list[float] = []
    t1 = time.perf_counter()
    nach_erstem_bild(window, lambda: later.append(time.perf_counter() - t1), spaetestens_ms=60_000)
    qtbot.waitUntil(lambda: later != [], timeout=5000)
    assert later[0] < 1.0


def test_the_frame_shows_before_the_content_and_the_data_layer_are_loaded():
    """app.main: the empty frame paints as fast as a bare window. Before it shows, neither the data
    layer (SQLAlchemy, ~100 ms) nor the GUI modules of the content are imported; the content comes
    right after the first paint."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from kpakt_desktop.app import make_application\n"
        "make_application([])\n"
        "from kpakt_desktop.gui import settings\n"
        "from kpakt_desktop.gui.erstes_bild import nach_erstem_bild\n"
        "from kpakt_desktop.gui.main_window import MainWindow\n"
        "from kpakt_desktop.gui.opened import acquire_lock\n"
        "w = MainWindow(rahmen_zuerst=True); w.show()\n"
        "heavy = ('sqlalchemy', 'kpakt_desktop.gui.barrierefrei', 'kpakt_desktop.gui.pages', "
        "'kpakt_desktop.gui.farben')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy))[:3], hasattr(w, 'sidebar'))\n"
        "from PySide6.QtWidgets import QApplication\n"
        "while not hasattr(w, 'sidebar'):\n"
        "    QApplication.processEvents()\n"
        "print(w.sidebar.count(), len(w.menuBar().actions()))\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    before, after = done.stdout.strip().splitlines()[-2:]
    assert before == "[] False"  # nothing heavy loaded, no content yet when the frame shows
    pages, menus = (int(n) for n in after.split())
    assert pages >= 9 and menus == 4  # then the sidebar and Datei, Bearbeiten, Ansicht, Hilfe


def test_the_content_is_drawn_before_the_database_opens(qtbot, tmp_path):
    """Started frame first, the window shows its menus and sidebar (built and painted) before the
    work that opens the database begins; callbacks for one window run in the order given."""
    from PySide6.QtCore import QEvent, QObject

    from kpakt_desktop.gui.erstes_bild import nach_erstem_bild
    from kpakt_desktop.gui.main_window import MainWindow

    painted_sidebar: list[bool] = []

    class SidebarPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            parent = watched.parentWidget() if isinstance(watched, QWidget) else None
            if event.type() == QEvent.Type.Paint and parent is not None and parent.objectName() == "sidebar":
                painted_sidebar.append(True)  # the list's viewport: its entries are drawn
            return False

    filter_ = SidebarPaints()
    QApplication.instance().installEventFilter(filter_)
    try:
        window = MainWindow(rahmen_zuerst=True)
        qtbot.addWidget(window)
        order: list[str] = []
        window.show()
        nach_erstem_bild(window, lambda: order.append(f"attach, Seitenleiste gezeichnet: {bool(painted_sidebar)}"))
        nach_erstem_bild(window, lambda: order.append("danach"))
        assert not hasattr(window, "sidebar")
        qtbot.waitUntil(lambda: len(order) == 2, timeout=5000)
    finally:
        QApplication.instance().removeEventFilter(filter_)
    assert order == ["attach, Seitenleiste gezeichnet: True", "danach"]
    assert [a.text() for a in window.menuBar().actions()] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]


def test_make_screenshots_writes_every_page_at_1024x700_and_the_readme_shows_one(main_window, tmp_path):
    import importlib.util
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("screenshots", root / "packaging" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    screenshots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshots)
    assert screenshots.parse_args([]).klein == "1024x700"
    written = screenshots.small_screenshots(main_window, tmp_path, 0, "1024x700")
    assert [p.name for p in written] == [f"{s.key}-1024x700.png" for s in main_window.specs]
    readme = (root / "README.md").read_text("utf-8")
    shown = [i for i in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme) if "1024x700" in i]
    assert shown and all((root / i).is_file() for i in shown)
