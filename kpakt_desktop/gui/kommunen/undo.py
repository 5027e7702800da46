"""Undoable edits of the Kommunen page: each step is one service call, one transaction.

A command is pushed *after* its service call succeeded, so a refused edit never lands on the
stack; its first ``redo`` (which ``QUndoStack.push`` calls) only announces the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.jobs import JobCancelled, write_blocking
from kpakt_desktop.services.it_dienstleister import (
    Geloescht,
    ITDLDaten,
    it_dienstleister_loeschen,
    it_dienstleister_speichern,
    it_dienstleister_wiederherstellen,
)
from kpakt_desktop.services.kommunen import it_dienstleister_setzen, kommune_aendern
from kpakt_desktop.services.kontakte import KontaktDaten, kontakt_loeschen, kontakt_speichern


class ServiceCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            self.ctx.notify_changed()
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            # Off the GUI thread: behind another program's write lock the window keeps painting.
            write_blocking(None, self.text(), self.ctx.store, step)
        except JobCancelled:
            self.setObsolete(True)  # not done; the stack must not pretend it was
        except KpaktError as err:  # e.g. the row was removed meanwhile: say so, keep the window usable
            msgbox.error(None, self.text(), str(err))
        self.ctx.notify_changed()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class FeldAendern(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, kommune_id: int, feld: str, alt: Any, neu: Any) -> None:
        super().__init__(ctx, text)
        self.kommune_id, self.feld, self.alt, self.neu = kommune_id, feld, alt, neu

    def apply(self) -> None:
        kommune_aendern(self.ctx.store, self.kommune_id, self.feld, self.neu)

    def revert(self) -> None:
        kommune_aendern(self.ctx.store, self.kommune_id, self.feld, self.alt)


class ITDLZuweisen(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, alt: dict[int, int | None], neu: int | None) -> None:
        super().__init__(ctx, text)
        self.alt, self.neu = alt, neu

    def apply(self) -> None:
        it_dienstleister_setzen(self.ctx.store, dict.fromkeys(self.alt, self.neu))

    def revert(self) -> None:
        it_dienstleister_setzen(self.ctx.store, self.alt)


class KontaktSpeichern(ServiceCommand):
    """A new Kontakt (``vorher`` None) or an edited one."""

    def __init__(self, ctx: AppContext, text: str, vorher: KontaktDaten | None, nachher: KontaktDaten) -> None:
        super().__init__(ctx, text)
        self.vorher, self.nachher = vorher, nachher

    def apply(self) -> None:
        kontakt_speichern(self.ctx.store, self.nachher)

    def revert(self) -> None:
        if self.vorher is None:
            assert self.nachher.id is not None
            kontakt_loeschen(self.ctx.store, self.nachher.id)
        else:
            kontakt_speichern(self.ctx.store, self.vorher)


class KontaktEntfernen(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, daten: KontaktDaten) -> None:
        super().__init__(ctx, text)
        self.daten = daten

    def apply(self) -> None:
        assert self.daten.id is not None
        kontakt_loeschen(self.ctx.store, self.daten.id)

    def revert(self) -> None:
        kontakt_speichern(self.ctx.store, self.daten)  # same id again


class ITDLSpeichern(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, vorher: ITDLDaten | None, nachher: ITDLDaten) -> None:
        super().__init__(ctx, text)
        self.vorher, self.nachher = vorher, nachher

    def apply(self) -> None:
        it_dienstleister_speichern(self.ctx.store, self.nachher)

    def revert(self) -> None:
        if self.vorher is None:
            assert self.nachher.id is not None
            it_dienstleister_loeschen(self.ctx.store, self.nachher.id)
        else:
            it_dienstleister_speichern(self.ctx.store, self.vorher)


class ITDLEntfernen(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, geloescht: Geloescht) -> None:
        super().__init__(ctx, text)
        self.geloescht = geloescht

    def apply(self) -> None:
        assert self.geloescht.daten.id is not None
        it_dienstleister_loeschen(self.ctx.store, self.geloescht.daten.id)

    def revert(self) -> None:
        it_dienstleister_wiederherstellen(self.ctx.store, self.geloescht)
