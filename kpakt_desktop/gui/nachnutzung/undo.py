"""One bulk change of Nachnutzungen as one step of Bearbeiten → Rückgängig/Wiederholen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.jobs import JobCancelled, write_blocking
from kpakt_desktop.services.nachnutzung import Ergebnis, wiederherstellen


class NachnutzungAendern(QUndoCommand):
    """Pushed after the change was written (the page shows errors before anything is pushed).

    Undo and redo each restore the snapshot the other one took; if the cells were changed in
    between (another window, the CLI), the step is refused with a message and dropped.
    """

    def __init__(
        self, ctx: AppContext, ergebnis: Ergebnis, text: str, parent: QWidget | None, after: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._stand = ergebnis  # the change whose snapshot the next undo/redo restores
        self._parent = parent
        self._after = after
        self._first = True

    def _restore(self) -> None:
        store, stand, benutzer = self.ctx.store, self._stand, self.ctx.benutzer
        try:
            # Off the GUI thread: behind another program's write lock the window keeps painting.
            self._stand = write_blocking(
                self._parent, self.text(), store, lambda: wiederherstellen(store, stand, benutzer=benutzer)
            )
        except JobCancelled:
            self.setObsolete(True)  # not restored; the step cannot be repeated reliably
        except KpaktError as err:
            self.setObsolete(True)
            msgbox.error(self._parent, self.text(), str(err))
        self._after()

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo; the change is already in the database
            self._first = False
            return
        self._restore()

    def undo(self) -> None:
        self._restore()
