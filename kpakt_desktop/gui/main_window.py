"""The main window: sidebar of pages, menus, status bar. Owns no data; pages ask services.

Start-up is three steps, each drawn before the next begins: the empty frame (title, size, palette)
shows first, as fast as a bare Qt window; its content (menus, sidebar, status bar) is built right
after that first paint (``aufbauen``); ``attach`` then opens the database. A page is built the first
time it is shown (``page``), so a start builds one page, not nine.

So that the frame can show first, importing this module creates no Qt class beyond ``QMainWindow``:
PySide builds a class and its Python enums on first access, the ``Qt`` namespace alone ~20 ms of a
~150 ms start. Qt classes are therefore named through their modules (``QtWidgets.QSplitter``), looked
up when the code runs; our own GUI modules are imported where they are first used. Nor is the data
layer (SQLAlchemy, via gui/operation.py) imported: that comes with ``attach``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

from kpakt_desktop import APP_NAME
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from kpakt_desktop.gui.context import AppContext
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.pages import PageSpec
    from kpakt_desktop.gui.pages.base import Page
    from kpakt_desktop.gui.sicherung.controller import Sicherungen
    from kpakt_desktop.services.offline_kopie import OfflineKopie
    from kpakt_desktop.store.aenderungen import Aenderung


class MainWindow(QMainWindow):
    database_changed = Signal()

    def __init__(self, opened: OpenedDatabase | None = None, *, rahmen_zuerst: bool = False) -> None:
        """``rahmen_zuerst``: build the content only after the empty frame was first painted (the
        start of the app); otherwise at once."""
        super().__init__()
        self.opened: OpenedDatabase | None = None
        self.ctx: AppContext | None = None
        self.pages: dict[str, Page] = {}
        self._aufgebaut = False
        self._eingepasst = False
        self.resize(1280, 800)
        self.setWindowTitle(APP_NAME)
        geometry = settings.state("fenster/geometrie")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.ins_bild()
        if rahmen_zuerst:
            from kpakt_desktop.gui.erstes_bild import nach_erstem_bild

            nach_erstem_bild(self, self.aufbauen)
        else:
            self.aufbauen()
        if opened is not None:
            self.attach(opened)

    def aufbauen(self) -> None:
        """Menus, sidebar, page area and status bar; once. A shown window is drawn with them at once,
        so that the user sees them while the database opens."""
        if self._aufgebaut:
            return
        self._aufgebaut = True
        from kpakt_desktop.gui import statuszeile
        from kpakt_desktop.gui.pages import page_specs
        from kpakt_desktop.gui.seitenflaeche import SeitenFlaeche
        from kpakt_desktop.gui.sicherung.controller import Sicherungen

        self.specs: list[PageSpec] = page_specs()
        self.sidebar = QtWidgets.QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Seiten"))
        self.sidebar.setIconSize(QtCore.QSize(20, 20))
        for number, spec in enumerate(self.specs, start=1):
            item = QtWidgets.QListWidgetItem(spec.title)
            if number <= 9:
                item.setToolTip(self.tr("Strg+{n}").format(n=number))
            self.sidebar.addItem(item)
        self.stack = QtWidgets.QStackedWidget()
        opening = QtWidgets.QLabel(self.tr("Datenbank wird geöffnet …"))
        opening.setObjectName("datenbankWirdGeoeffnet")  # centred by the style sheet
        self.stack.addWidget(opening)
        splitter = QtWidgets.QSplitter()
        splitter.setObjectName("hauptSplitter")
        splitter.addWidget(self.sidebar)
        # The pages scroll when the window is smaller than a page needs (200 % scaling on a 1920×1080
        # screen leaves 960×540 logical pixels): nothing is cut off and the window fits the screen.
        self.page_scroll = SeitenFlaeche(self.stack)
        self.page_scroll.setObjectName("seitenScroll")
        # Only the page shown counts for the size: a wide page built earlier must not widen the others.
        self.stack.currentChanged.connect(self._nur_aktuelle_seite)
        splitter.addWidget(self.page_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # The sidebar keeps its entries readable ("Nachnutzung", not "Nachnu"); the page gives way.
        self.sidebar.setMinimumWidth(self._sidebar_breite())
        splitter.setCollapsible(0, False)
        splitter.setSizes([180, 1100])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self._show_row)
        # A screen reader chooses a page by selecting its entry (AT-SPI Selection), not by moving the
        # current row: the selected entry becomes the current one, and so the page is shown.
        self.sidebar.itemSelectionChanged.connect(self._selected_row)
        self._status_land = QtWidgets.QLabel()
        self._status_db = statuszeile.GekuerzterText()
        self._status_db.setObjectName("statusDatenbank")
        self._status_stand = QtWidgets.QLabel()
        statuszeile.einrichten(self.statusBar(), self._status_land, self._status_db, self._status_stand)
        self._undo_actions: list[QtGui.QAction] = []
        self.sicherung: Sicherungen = Sicherungen(self)
        self._build_menus()
        state = settings.state("fenster/zustand")
        if state is not None:
            self.restoreState(state)
        splitter_state = settings.state("fenster/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        if self.isVisible():  # drawn now, not after the database has opened:
            QtCore.QCoreApplication.sendPostedEvents()  # the new children's queued show() and layout
            self.repaint()

    # -- construction -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # setShortcuts(list), not setShortcut(key): resolving setShortcut's overloads makes PySide
        # create every Qt namespace enum (~15 ms before the window could show).
        from kpakt_desktop.gui.hilfe.menue import add_mnemonics, fill_help_menu

        datei = self.menuBar().addMenu(self.tr("&Datei"))
        neu = QtGui.QAction(self.tr("&Neu…"), self)
        neu.setShortcuts(QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.New))
        neu.triggered.connect(self._new_database)
        datei.addAction(neu)
        oeffnen = QtGui.QAction(self.tr("Ö&ffnen…"), self)
        oeffnen.setShortcuts(QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Open))
        oeffnen.triggered.connect(self._open_dialog)
        datei.addAction(oeffnen)
        self.recent_menu = QtWidgets.QMenu(self.tr("&Zuletzt geöffnet"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        datei.addMenu(self.recent_menu)
        datei.addSeparator()
        self.backup_action = QtGui.QAction(self.tr("&Sicherung erstellen…"), self)
        self.backup_action.setObjectName("sicherungErstellen")
        self.backup_action.setShortcuts([QtGui.QKeySequence("Ctrl+Shift+S")])
        self.backup_action.triggered.connect(self.sicherung.create_backup)
        self.restore_action = QtGui.QAction(self.tr("Sicherung &wiederherstellen…"), self)
        self.restore_action.setObjectName("sicherungWiederherstellen")
        self.restore_action.triggered.connect(self.sicherung.restore_backup)
        datei.addActions([self.backup_action, self.restore_action])
        self._page_actions_anchor = datei.addSeparator()  # pages add their file actions above it
        self._page_actions: list[QtGui.QAction] = []
        beenden = QtGui.QAction(self.tr("&Beenden"), self)
        # Windows has no standard Quit key (Alt+F4 closes the window); Ctrl+Q everywhere else.
        beenden.setShortcuts(
            QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Quit) or [QtGui.QKeySequence("Ctrl+Q")]
        )
        beenden.triggered.connect(self.close)
        datei.addAction(beenden)
        self.file_menu = datei
        self.edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.edit_menu.addSeparator()
        self.office_action = QtGui.QAction(self.tr("&Koordinierungsstelle…"), self)
        self.office_action.setObjectName("koordinierungsstelle")
        self.office_action.setEnabled(False)  # until a database is attached
        self.office_action.triggered.connect(self.edit_office)
        self.edit_menu.addAction(self.office_action)
        einstellungen = QtGui.QAction(self.tr("&Einstellungen…"), self)
        einstellungen.setObjectName("einstellungen")
        einstellungen.setMenuRole(QtGui.QAction.MenuRole.PreferencesRole)
        einstellungen.setShortcuts([QtGui.QKeySequence("Ctrl+,")])
        einstellungen.triggered.connect(self.open_settings)
        self.edit_menu.addAction(einstellungen)
        self.view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        for number, spec in enumerate(self.specs, start=1):
            action = QtGui.QAction(spec.title, self)
            action.setObjectName(f"seite_{spec.key}")
            if number <= 9:
                action.setShortcuts([QtGui.QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _=False, row=number - 1: self.sidebar.setCurrentRow(row))
            self.view_menu.addAction(action)
        add_mnemonics(self.view_menu)  # page titles carry no Alt letter of their own
        hilfe = self.menuBar().addMenu(self.tr("&Hilfe"))
        fill_help_menu(self, hilfe)
        ueber = QtGui.QAction(self.tr("Ü&ber Kommunalpakt Desktop"), self)
        ueber.triggered.connect(self._about)
        hilfe.addAction(ueber)

    def _about(self) -> None:
        from kpakt_desktop.gui.about import show_about

        show_about(self)

    def attach(self, opened: OpenedDatabase) -> None:
        """Show this database: a new context, the pages of the old one dropped, the current page built."""
        from kpakt_desktop.gui.context import AppContext

        self.aufbauen()
        if self.ctx is not None:
            from kpakt_desktop.gui import gc_guard

            self.save_view_state()
            gc_guard.auftauen()  # the old pages may have been frozen after a large load
        self.opened = opened
        self.ctx = AppContext(opened.store)
        self.ctx.changed.connect(self._update_chrome)  # e.g. a register update changes its Stichtage
        if opened.changes is not None:  # a server database: other users' changes refresh the pages
            opened.changes.arrived.connect(self._server_changes)
        current = self.sidebar.currentRow()
        if current < 0:  # first attach: the page the user last had open
            keys = [spec.key for spec in self.specs]
            current = keys.index(settings.last_page()) if settings.last_page() in keys else 0
        for widget in [self.stack.widget(i) for i in range(self.stack.count())]:
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.pages = {}
        for _spec in self.specs:
            self.stack.addWidget(QtWidgets.QWidget())  # an empty slot until the page is first shown
        self._bind_undo(self.ctx.undo_stack)
        self._bind_page_actions()
        self.office_action.setEnabled(True)
        self._update_chrome()
        self.sidebar.setCurrentRow(current)
        self._show_row(current)  # also when the row did not change (another database attached)

    def page(self, key: str) -> Page:
        """The page ``key``, built now if it has not been shown yet (the current page stays current)."""
        page = self.pages.get(key)
        if page is not None:
            return page
        assert self.ctx is not None, "no database attached"
        index = [spec.key for spec in self.specs].index(key)
        page = self.specs[index].build(self.ctx)
        page.setObjectName(f"page_{key}")
        current = self.stack.currentIndex()
        slot = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if slot is not None:
            self.stack.removeWidget(slot)
            slot.deleteLater()
        self.stack.setCurrentIndex(current)
        self._nur_aktuelle_seite()
        self.pages[key] = page
        self._restore_view_state(key, page)
        return page

    def _bind_page_actions(self) -> None:
        """The pages' Datei-menu entries (e.g. Gemeindeverzeichnis aktualisieren…): show the page, then act."""
        for action in self._page_actions:
            self.file_menu.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        for spec in self.specs:
            for entry in spec.actions:
                action = QtGui.QAction(entry.title, self)
                action.setObjectName(entry.name)
                action.triggered.connect(
                    lambda _=False, key=spec.key, method=entry.method: getattr(self.show_page(key), method)()
                )
                self._page_actions.append(action)
        self.file_menu.insertActions(self._page_actions_anchor, self._page_actions)

    def _show_row(self, row: int) -> None:
        if self.ctx is None or not 0 <= row < len(self.specs):
            return
        try:
            self.page(self.specs[row].key)
        except KpaktError as err:  # e.g. the database became unreadable: stay on the page shown
            from kpakt_desktop.gui import msgbox

            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.currentIndex())
            self.sidebar.blockSignals(False)
            msgbox.error(self, self.specs[row].title, str(err))
            return
        self.stack.setCurrentIndex(row)

    def _bind_undo(self, stack: QtGui.QUndoStack) -> None:
        """Bearbeiten → Rückgängig (Strg+Z) / Wiederholen (Strg+Y) act on the context's stack."""
        for action in self._undo_actions:
            self.edit_menu.removeAction(action)
            action.deleteLater()
        undo = stack.createUndoAction(self, self.tr("&Rückgängig"))
        undo.setShortcuts(QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Undo))
        redo = stack.createRedoAction(self, self.tr("&Wiederholen"))
        # Where the platform's Redo already is Ctrl+Y, listing it twice would make the shortcut ambiguous.
        redo_keys = [QtGui.QKeySequence("Ctrl+Y"), *QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Redo)]
        redo.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        if first is None:
            self.edit_menu.addActions([undo, redo])
        else:
            self.edit_menu.insertActions(first, [undo, redo])
        self._undo_actions = [undo, redo]
        from kpakt_desktop.gui import barrierefrei

        barrierefrei.undo_ansagen(stack, self)  # a screen reader hears what was saved or undone

    def _nur_aktuelle_seite(self, _index: int = -1) -> None:
        """The stack's size hints are those of the current page: the others are ignored."""
        current = self.stack.currentWidget()
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            if widget is not None:
                policy = (
                    QtWidgets.QSizePolicy.Policy.Preferred
                    if widget is current
                    else QtWidgets.QSizePolicy.Policy.Ignored
                )
                widget.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def _sidebar_breite(self) -> int:
        """Wide enough for the longest entry, its icon and the vertical scroll bar."""
        frame = 2 * self.sidebar.frameWidth()
        bar = self.sidebar.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.sidebar.sizeHintForColumn(0) + frame + bar + 8

    def _selected_row(self) -> None:
        rows = [index.row() for index in self.sidebar.selectedIndexes()]
        if rows and rows[0] != self.sidebar.currentRow():
            # after the accessibility call has returned: building a page must not hold up its reply
            QtCore.QTimer.singleShot(0, lambda: self.sidebar.setCurrentRow(rows[0]))

    def show_page(self, key: str) -> Page:
        self.sidebar.setCurrentRow([spec.key for spec in self.specs].index(key))
        return self.page(key)

    def _update_chrome(self) -> None:
        if self.ctx is None or self.opened is None:
            return
        land = self.ctx.land
        demo = self.tr(" (Demo)") if land.ist_demo else ""
        # Qt appends the application's display name ("— Kommunalpakt Desktop") itself.
        self.setWindowTitle(f"{land.name}{demo} – {self.opened.short_name}")
        self._status_land.setText(self.tr("Land: {name} ({key})").format(name=land.name, key=land.schluessel))
        self._status_db.setText(self.tr("Datenbank: {path}").format(path=self.opened.label))
        self._status_db.setToolTip(self.opened.label)
        self._status_stand.setText(land.register.kurz)
        self._status_stand.setToolTip(land.register.text)

    # -- databases ---------------------------------------------------------------------------
    def _open_dialog(self) -> None:
        from kpakt_desktop.gui import msgbox

        folder = self.opened.path.parent if self.opened and self.opened.path else None
        path = msgbox.open_file(self, self.tr("Landesdatenbank öffnen"), folder, msgbox.db_pattern())
        if path is not None:
            self.switch_database(path)

    def _new_database(self) -> None:
        """Datei → Neu…: a new Land database or the demo, then switch to it."""
        from kpakt_desktop.gui import msgbox
        from kpakt_desktop.gui.start.start_dialog import StartDialog, create_chosen

        key = self.ctx.land.schluessel if self.ctx else "07"
        dialog = StartDialog(self, default_land=key)
        if dialog.exec() and dialog.result_value is not None:
            try:
                create_chosen(self, dialog.result_value)
            except KpaktError as err:
                msgbox.error(self, self.tr("Neue Landesdatenbank"), str(err))
                return
            self.switch_database(dialog.result_value.target)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(settings.recent_databases(), start=1):
            # Alt+1 … Alt+8 choose an entry; an & in the path is shown, not taken as Alt letter
            action = self.recent_menu.addAction(f"&{number} {str(path).replace('&', '&&')}")
            action.triggered.connect(lambda _=False, p=path: self.switch_database(p))
        if self.recent_menu.isEmpty():
            no_entry = self.recent_menu.addAction(self.tr("(keine)"))
            no_entry.setEnabled(False)

    def switch_database(self, path: Path | str | OfflineKopie) -> bool:
        from kpakt_desktop.gui.sicherung.recovery import open_database

        if isinstance(path, Path) and self.opened and self.opened.path and path.resolve() == self.opened.path.resolve():
            return True
        # A damaged file offers its newest backup; with no database open, "no" leads to the start dialog.
        opened = open_database(self, path, start_dialog_on_no=self.opened is None)
        if opened is None:
            return False
        if self.opened is not None:
            self.opened.close()
        if opened.path is not None:
            settings.remember_database(opened.path)
        self.attach(opened)
        self.database_changed.emit()
        return True

    def _server_changes(self, aenderungen: list[Aenderung]) -> None:
        """Another user's change on the server: the pages refresh what it touched."""
        from kpakt_desktop.services.changes import aus_tabellen

        if self.ctx is not None:
            self.ctx.notify_changed(aus_tabellen((a.tabelle, a.ids) for a in aenderungen))

    # -- backups (gui/sicherung/controller.py) --------------------------------------------------
    def backup_folder(self) -> Path:
        return self.sicherung.backup_folder()

    def edit_office(self) -> None:
        from kpakt_desktop.gui.office_dialog import OfficeDialog

        if self.ctx is not None:
            dialog = OfficeDialog(self.ctx, self)
            dialog.exec()
            dialog.deleteLater()

    def open_settings(self) -> None:
        from kpakt_desktop.gui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    # -- remembered layout ---------------------------------------------------------------------
    def save_view_state(self) -> None:
        from kpakt_desktop.gui import spaltenzustand

        states: dict[str, object] = {
            "fenster/geometrie": self.saveGeometry(),
            "fenster/zustand": self.saveState(),
            "fenster/splitter": self.splitter.saveState(),
        }
        # Pages never shown in this session keep the states saved by an earlier one.
        for page_key, page in self.pages.items():
            states.update(spaltenzustand.zustaende(page_key, page))
        settings.set_states(states)
        row = self.sidebar.currentRow()
        if 0 <= row < len(self.specs):
            settings.set_last_page(self.specs[row].key)

    def ins_bild(self) -> None:
        """Never larger than the screen's free area, and on it (a geometry saved on a larger screen)."""
        area = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), area.width() - frame.width())
        height = min(self.height(), area.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not area.contains(self.frameGeometry()):
            self.move(
                max(area.left(), min(self.x(), area.right() - self.frameGeometry().width() + 1)),
                max(area.top(), min(self.y(), area.bottom() - self.frameGeometry().height() + 1)),
            )

    def _restore_view_state(self, page_key: str, page: Page) -> None:
        from kpakt_desktop.gui import spaltenzustand

        spaltenzustand.wiederherstellen(page_key, page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._eingepasst:  # the frame's size is known once the window is shown
            self._eingepasst = True
            self.ins_bild()

    def closeEvent(self, event: QCloseEvent) -> None:
        from kpakt_desktop.gui.operation import runner

        if runner().busy:  # a change or a report is still being written: close once it is done
            event.ignore()
            self.statusBar().showMessage(self.tr("Wird noch gespeichert – das Fenster schließt danach."), 10000)
            runner().idle.connect(self.close, QtCore.Qt.ConnectionType.SingleShotConnection)
            return
        if self.ctx is not None:
            self.save_view_state()
        if self.opened is not None:
            self.opened.close()
            self.opened = None
        super().closeEvent(event)
