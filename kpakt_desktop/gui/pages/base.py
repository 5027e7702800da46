"""Base class of a page and the frame shown for pages that later releases fill."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kpakt_desktop.gui.context import AppContext


class Page(QWidget):
    """A page reloads its data from services in ``refresh``; it never holds a session."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.changed.connect(self.refresh)

    def refresh(self) -> None:
        """Reload from the services (called on show and when the database changed)."""


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
