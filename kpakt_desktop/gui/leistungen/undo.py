"""Editing a Leistung's fields as one undo step."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.services.leistungen import aendere_leistung
from kpakt_desktop.store.database import Store


class LeistungAendern(QUndoCommand):
    """Pushed after the change was saved; undo writes the old values back, redo the new ones."""

    def __init__(
        self,
        store: Store,
        nr: int,
        vorher: Mapping[str, Any],
        nachher: Mapping[str, Any],
        parent: QWidget | None,
        after: Callable[[], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("LeistungUndo", "Leistung {nr} ändern").format(nr=nr))
        self.store = store
        self.nr = nr
        self.vorher = dict(vorher)
        self.nachher = dict(nachher)
        self._parent = parent
        self._after = after
        self._first = True

    def _write(self, werte: Mapping[str, Any]) -> None:
        try:
            aendere_leistung(self.store, self.nr, werte)
        except KpaktError as err:
            self.setObsolete(True)
            msgbox.error(self._parent, self.text(), str(err))
        self._after()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._write(self.nachher)

    def undo(self) -> None:
        self._write(self.vorher)
