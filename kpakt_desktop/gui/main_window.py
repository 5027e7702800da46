"""The main window: sidebar of pages, menus, status bar. Owns no data; pages ask services.

Start-up is two-phase: the frame (menus, sidebar, status bar) shows first; ``attach`` then opens
the database and builds the pages, so the window appears before the data layer is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
)

from kpakt_desktop import APP_NAME
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.pages import page_specs

if TYPE_CHECKING:
    from kpakt_desktop.gui.context import AppContext
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.pages.base import Page

DB_PATTERN = "Landesdatenbank (*.sqlite);;Alle Dateien (*)"


class MainWindow(QMainWindow):
    database_changed = Signal()

    def __init__(self, opened: OpenedDatabase | None = None) -> None:
        super().__init__()
        self.opened: OpenedDatabase | None = None
        self.ctx: AppContext | None = None
        self.pages: dict[str, Page] = {}
        self.specs = page_specs()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Seiten"))
        self.sidebar.setIconSize(QSize(20, 20))
        for spec in self.specs:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel(self.tr("Datenbank wird geöffnet …"), alignment=Qt.AlignmentFlag.AlignCenter))
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self._status_land = QLabel()
        self._status_db = QLabel()
        self._status_stand = QLabel()
        for label in (self._status_land, self._status_db, self._status_stand):
            self.statusBar().addPermanentWidget(label)
        self._undo_actions: list[QAction] = []
        self._build_menus()
        self.resize(1280, 800)
        self.setWindowTitle(APP_NAME)
        if opened is not None:
            self.attach(opened)

    # -- construction -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        datei = self.menuBar().addMenu(self.tr("&Datei"))
        neu = QAction(self.tr("&Neu…"), self)
        neu.setShortcut(QKeySequence.StandardKey.New)
        neu.triggered.connect(self._new_database)
        datei.addAction(neu)
        oeffnen = QAction(self.tr("Ö&ffnen…"), self)
        oeffnen.setShortcut(QKeySequence.StandardKey.Open)
        oeffnen.triggered.connect(self._open_dialog)
        datei.addAction(oeffnen)
        self.recent_menu = QMenu(self.tr("&Zuletzt geöffnet"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        datei.addMenu(self.recent_menu)
        self._page_actions_anchor = datei.addSeparator()  # pages add their file actions above it
        self._page_actions: list[QAction] = []
        beenden = QAction(self.tr("&Beenden"), self)
        beenden.setShortcut(QKeySequence.StandardKey.Quit)
        beenden.triggered.connect(self.close)
        datei.addAction(beenden)
        self.file_menu = datei
        self.edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        hilfe = self.menuBar().addMenu(self.tr("&Hilfe"))
        ueber = QAction(self.tr("Ü&ber Kommunalpakt Desktop"), self)
        ueber.triggered.connect(self._about)
        hilfe.addAction(ueber)

    def _about(self) -> None:
        from kpakt_desktop.gui.about import show_about

        show_about(self)

    def attach(self, opened: OpenedDatabase) -> None:
        """Show this database: build the context and every page."""
        from kpakt_desktop.gui.context import AppContext

        self.opened = opened
        self.ctx = AppContext(opened.store)
        current = max(self.sidebar.currentRow(), 0)
        for widget in [self.stack.widget(i) for i in range(self.stack.count())]:
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.pages = {}
        for spec in self.specs:
            page = spec.build(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.sidebar.setCurrentRow(current)
        self.stack.setCurrentIndex(current)
        self._bind_undo(self.ctx.undo_stack)
        self._bind_page_actions()
        self._update_chrome()

    def _bind_page_actions(self) -> None:
        """Actions a page offers for the Datei menu (e.g. Gemeindeverzeichnis aktualisieren…)."""
        for action in self._page_actions:
            self.file_menu.removeAction(action)
        self._page_actions = [a for page in self.pages.values() for a in getattr(page, "file_actions", list)()]
        self.file_menu.insertActions(self._page_actions_anchor, self._page_actions)

    def _show_row(self, row: int) -> None:
        if self.pages:
            self.stack.setCurrentIndex(row)

    def _bind_undo(self, stack: QUndoStack) -> None:
        """Bearbeiten → Rückgängig (Strg+Z) / Wiederholen (Strg+Y) act on the context's stack."""
        for action in self._undo_actions:
            self.edit_menu.removeAction(action)
            action.deleteLater()
        undo = stack.createUndoAction(self, self.tr("&Rückgängig"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("&Wiederholen"))
        # Where the platform's Redo already is Ctrl+Y, listing it twice would make the shortcut ambiguous.
        redo_keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        redo.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        if first is None:
            self.edit_menu.addActions([undo, redo])
        else:
            self.edit_menu.insertActions(first, [undo, redo])
        self._undo_actions = [undo, redo]

    def show_page(self, key: str) -> Page:
        self.sidebar.setCurrentRow([spec.key for spec in self.specs].index(key))
        return self.pages[key]

    def _update_chrome(self) -> None:
        if self.ctx is None or self.opened is None:
            return
        land = self.ctx.land
        demo = self.tr(" (Demo)") if land.ist_demo else ""
        self.setWindowTitle(f"{APP_NAME} – {land.name}{demo} – {self.opened.path.name}")
        self._status_land.setText(self.tr("Land: {name} ({key})").format(name=land.name, key=land.schluessel))
        self._status_db.setText(self.tr("Datenbank: {path}").format(path=self.opened.path))
        self._status_stand.setText(self.tr("Gebietsstand: {stand}").format(stand=land.register_stand))

    # -- databases ---------------------------------------------------------------------------
    def _open_dialog(self) -> None:
        folder = self.opened.path.parent if self.opened else None
        path = msgbox.open_file(self, self.tr("Landesdatenbank öffnen"), folder, DB_PATTERN)
        if path is not None:
            self.switch_database(path)

    def _new_database(self) -> None:
        """Datei → Neu…: a new Land database or the demo, then switch to it."""
        from kpakt_desktop.gui.start_dialog import StartDialog, create_chosen

        key = self.ctx.land.schluessel if self.ctx else "07"
        dialog = StartDialog(self, default_land=key)
        if dialog.exec() and dialog.result_value is not None:
            try:
                create_chosen(self, dialog.result_value)
            except KpaktError as err:
                msgbox.error(self, self.tr("Neue Landesdatenbank"), str(err))
                return
            self.switch_database(dialog.result_value.path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_databases():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.switch_database(p))
        if self.recent_menu.isEmpty():
            no_entry = self.recent_menu.addAction(self.tr("(keine)"))
            no_entry.setEnabled(False)

    def switch_database(self, path: Path) -> bool:
        from kpakt_desktop.gui.opened import OpenedDatabase

        if self.opened is not None and path.resolve() == self.opened.path.resolve():
            return True
        try:
            opened = OpenedDatabase(path)
        except KpaktError as err:
            msgbox.error(self, self.tr("Datenbank öffnen"), str(err))
            return False
        if self.opened is not None:
            self.opened.close()
        settings.remember_database(path)
        self.attach(opened)
        self.database_changed.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None
        super().closeEvent(event)
