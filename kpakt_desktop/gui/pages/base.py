"""Base class of a page and the frame shown for pages that later releases fill."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.services.changes import ChangeSet, Entity


class Page(QWidget):
    """A page shows data it loads from services in ``reload``; it never holds a session.

    It follows the change sets of ``ctx.changed``: a change that touches none of ``SHOWS`` is
    ignored; while the page is hidden it only remembers that it is stale and reloads when shown
    again; while shown, ``apply_changes`` updates it (by default a full reload; a page with many
    rows updates just the rows a change names).
    """

    SHOWS: frozenset[Entity] = frozenset(Entity)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Reload everything now."""
        self._stale = False
        self.reload()

    def reload(self) -> None:
        """Load everything from the services."""

    def apply_changes(self, changes: ChangeSet) -> None:
        """Show what ``changes`` changed (the page is visible)."""
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*self.SHOWS):
            return
        if self.isVisible():
            self.apply_changes(changes)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHeading")
    label.setAccessibleName(text)
    return label


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, title: str, text: str) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        body = QLabel(text + "\n\n" + self.tr("Diese Seite wird in einer der nächsten Versionen ausgebaut."))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body, 1)
