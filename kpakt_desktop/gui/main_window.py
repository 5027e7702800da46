"""The main window: sidebar of pages, menus, status bar. Owns no data; pages ask services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from kpakt_desktop.gui.about import show_about
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.opened import OpenedDatabase
from kpakt_desktop.gui.pages import page_specs
from kpakt_desktop.gui.pages.base import Page

DB_PATTERN = "Landesdatenbank (*.sqlite);;Alle Dateien (*)"


class MainWindow(QMainWindow):
    database_changed = Signal()
    new_database_requested = Signal()

    def __init__(self, opened: OpenedDatabase) -> None:
        super().__init__()
        self.opened = opened
        self.ctx = AppContext(opened.store)
        self.pages: dict[str, Page] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Seiten"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._status_land = QLabel()
        self._status_db = QLabel()
        self._status_stand = QLabel()
        for label in (self._status_land, self._status_db, self._status_stand):
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        self._build_pages()
        self.resize(1280, 800)
        self._update_chrome()

    # -- construction -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        datei = self.menuBar().addMenu(self.tr("&Datei"))
        neu = QAction(self.tr("&Neu…"), self)
        neu.setShortcut(QKeySequence.StandardKey.New)
        neu.triggered.connect(self.new_database_requested)
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
        self.file_menu = datei
        beenden = QAction(self.tr("&Beenden"), self)
        beenden.setShortcut(QKeySequence.StandardKey.Quit)
        beenden.triggered.connect(self.close)
        datei.addAction(beenden)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self._undo_actions: list[QAction] = []
        hilfe = self.menuBar().addMenu(self.tr("&Hilfe"))
        ueber = QAction(self.tr("Ü&ber Kommunalpakt Desktop"), self)
        ueber.triggered.connect(lambda: show_about(self))
        hilfe.addAction(ueber)

    def _build_pages(self) -> None:
        current = max(self.sidebar.currentRow(), 0)
        self.sidebar.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = {}
        for spec in page_specs():
            page = spec.factory(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(current)
        self._bind_undo()
        self._bind_page_actions()

    def _bind_page_actions(self) -> None:
        """Actions a page offers for the Datei menu (e.g. Gemeindeverzeichnis aktualisieren…)."""
        for action in self._page_actions:
            self.file_menu.removeAction(action)
        self._page_actions = [a for page in self.pages.values() for a in getattr(page, "file_actions", list)()]
        self.file_menu.insertActions(self._page_actions_anchor, self._page_actions)

    def _bind_undo(self) -> None:
        """Bearbeiten → Rückgängig (Strg+Z) / Wiederholen (Strg+Y) act on the context's stack."""
        for action in self._undo_actions:
            self.edit_menu.removeAction(action)
            action.deleteLater()
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Rückgängig"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Wiederholen"))
        # Where the platform's Redo already is Ctrl+Y, listing it twice would make the shortcut ambiguous.
        redo_keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        redo.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))
        self.edit_menu.insertActions(self.edit_menu.actions()[0] if self.edit_menu.actions() else None, [undo, redo])
        self._undo_actions = [undo, redo]

    def show_page(self, key: str) -> Page:
        keys = list(self.pages)
        self.sidebar.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _update_chrome(self) -> None:
        land = self.ctx.land
        demo = self.tr(" (Demo)") if land.ist_demo else ""
        self.setWindowTitle(f"{APP_NAME} – {land.name}{demo} – {self.opened.path.name}")
        self._status_land.setText(self.tr("Land: {name} ({key})").format(name=land.name, key=land.schluessel))
        self._status_db.setText(self.tr("Datenbank: {path}").format(path=self.opened.path))
        self._status_stand.setText(self.tr("Gebietsstand: {stand}").format(stand=land.register_stand))

    # -- databases ---------------------------------------------------------------------------
    def _open_dialog(self) -> None:
        path = msgbox.open_file(self, self.tr("Landesdatenbank öffnen"), self.opened.path.parent, DB_PATTERN)
        if path is not None:
            self.switch_database(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_databases():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.switch_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(keine)")).setEnabled(False)

    def switch_database(self, path: Path) -> bool:
        if path.resolve() == self.opened.path.resolve():
            return True
        try:
            opened = OpenedDatabase(path)
        except KpaktError as err:
            msgbox.error(self, self.tr("Datenbank öffnen"), str(err))
            return False
        self.opened.close()
        self.opened = opened
        self.ctx = AppContext(opened.store)
        settings.remember_database(path)
        self._build_pages()
        self._update_chrome()
        self.database_changed.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.opened.close()
        super().closeEvent(event)
