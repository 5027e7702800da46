"""What the user set in a page's tables, remembered across restarts: the sort chosen by clicking a
column header and the widths dragged at a header's edge. Nothing else.

A page sets its own widths (from its contents) and its own default order (the matrix grouped by
Kreis); a restart keeps those unless the user changed them. A remembered width is never narrower
than the header and the page's own width for the contents need, so a width saved while a database
was empty cannot make a table unreadable later.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTreeView, QWidget

from kpakt_desktop.gui import settings

Ansicht = QTableView | QTreeView
_WACHE = "spaltenzustand"  # object name of the watcher under each header


class _Wache(QObject):
    """Watches one header: which widths the user dragged, whether the user chose the sort."""

    def __init__(self, view: Ansicht, header: QHeaderView) -> None:
        super().__init__(header)
        self.setObjectName(_WACHE)
        self.view = view
        self.header = header
        self.breiten: dict[int, int] = {}
        self.sortierung: tuple[int, Qt.SortOrder] | None = None
        self.standard = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._maus = False
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._resized)
        header.sectionClicked.connect(self._clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._maus = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._maus = False
        return False

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._maus:  # dragged (or double-clicked) by the user, not set by the page
            self.breiten[section] = new

    def _clicked(self, _section: int) -> None:
        if self.view.isSortingEnabled():
            self.sortierung = (self.header.sortIndicatorSection(), self.header.sortIndicatorOrder())

    # -- saving and restoring ---------------------------------------------------------------------
    def zustand(self) -> str:
        value: dict[str, object] = {}
        if self.breiten:
            value["breiten"] = {str(c): w for c, w in sorted(self.breiten.items())}
        if self.sortierung is not None and self.view.isSortingEnabled():
            # The order shown now: a click in another view of the same model (the matrix's frozen
            # column) moved this header's indicator too.
            section, order = self.header.sortIndicatorSection(), self.header.sortIndicatorOrder()
            if (section, order) != self.standard:
                value["sortierung"] = [section, order.value]
        return json.dumps(value, sort_keys=True) if value else ""

    def wiederherstellen(self, text: str) -> None:
        try:
            value = json.loads(text)
        except ValueError:
            return
        if not isinstance(value, dict):
            return
        breiten = value.get("breiten")
        if isinstance(breiten, dict):
            for key, width in breiten.items():
                if str(key).isdigit() and isinstance(width, int):
                    self._breite(int(key), width)
        sortierung = value.get("sortierung")
        if isinstance(sortierung, list) and len(sortierung) == 2 and all(isinstance(v, int) for v in sortierung):
            section, order = sortierung[0], Qt.SortOrder(1 if sortierung[1] else 0)
            if 0 <= section < self.header.count() and self.view.isSortingEnabled():
                self.sortierung = (section, order)
                current = (self.header.sortIndicatorSection(), self.header.sortIndicatorOrder())
                if current != (section, order):  # the default, or already sorted through a sibling view
                    self.view.sortByColumn(section, order)

    def _breite(self, section: int, width: int) -> None:
        if not 0 <= section < self.header.count() or self.header.isSectionHidden(section):
            return
        if self.header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            return  # sized by the contents or stretched: nothing the user could drag
        self.breiten[section] = width
        self.header.resizeSection(section, max(width, mindestbreite(self.view, self.header, section)))

    def anwenden(self) -> None:
        """The user's widths again, after the page sized its columns anew (e.g. on reload)."""
        for section, width in list(self.breiten.items()):
            self._breite(section, width)


def mindestbreite(view: Ansicht, header: QHeaderView, section: int) -> int:
    """The width a column needs: its header text, and its contents up to the width the page gave it."""
    inhalt = min(view.sizeHintForColumn(section), header.sectionSize(section))
    return max(header.sectionSizeHint(section), inhalt, header.minimumSectionSize())


def _header(view: Ansicht) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _wache(header: QHeaderView) -> _Wache | None:
    return header.findChild(_Wache, _WACHE)


def _eintraege(key: str, page: QWidget) -> list[tuple[str, QSplitter | _Wache]]:
    """Splitters and table headers of a page, keyed by page and object name (or position).

    A header's key carries its column count, so a state saved for another set of columns (a page
    that changed in an update) is never applied.
    """
    items: list[tuple[str, QSplitter | _Wache]] = []
    for i, splitter in enumerate(page.findChildren(QSplitter)):
        items.append((f"{key}/splitter/{splitter.objectName() or i}", splitter))
    views: list[Ansicht] = [*page.findChildren(QTableView), *page.findChildren(QTreeView)]
    for i, view in enumerate(views):
        header = _header(view)
        if header.count():
            wache = _wache(header) or _Wache(view, header)
            items.append((f"{key}/tabelle/{view.objectName() or i}/{header.count()}", wache))
    return items


def wiederherstellen(key: str, page: QWidget) -> None:
    """Put back what the user set on this page (called once the page is built and filled)."""
    for name, item in _eintraege(key, page):
        if isinstance(item, QSplitter):
            state = settings.state(name)
            if state is not None:
                item.restoreState(state)
        else:
            item.wiederherstellen(settings.text_state(name))


def zustaende(key: str, page: QWidget) -> dict[str, object]:
    """The settings values of this page: splitter states and what the user set in each table."""
    items = _eintraege(key, page)
    values: dict[str, object] = {f"{key}/spalten": ""}  # whole header states of older versions: gone
    values.update((name, item.saveState() if isinstance(item, QSplitter) else item.zustand()) for name, item in items)
    return values


def nutzerbreiten(view: Ansicht) -> None:
    """After a page sized the columns of ``view`` itself: the widths the user dragged win again."""
    wache = _wache(_header(view))
    if wache is not None:
        wache.anwenden()
