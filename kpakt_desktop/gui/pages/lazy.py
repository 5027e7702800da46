"""Pages that reload only while they are shown.

Every edit emits ``ctx.changed`` and every page listens. A page with charts or several tables
(Übersicht, Taskforces, Hürden, Termine) then reloads only if the user looks at it; a hidden page
remembers that it is stale and reloads when it is shown again. This keeps an edit and the
window's start quick.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from kpakt_desktop.gui.pages.base import Page


class RefreshWhenShown(Page):
    _stale = True

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.reload()

    def reload(self) -> None:
        """Load everything from the services (the page is visible)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
