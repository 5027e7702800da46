"""Undo/redo of the editors of the Taskforces, Hürden and Termine pages (Bearbeiten → Rückgängig).

A command holds the record as the service returned it before and after the edit; undo and redo
call the service again (one transaction each). A record created by the edit is removed on
undo and restored under its old id on redo; a deleted record is restored under its old id.
Status changes of a Hürde are not undone: their history is the record of what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.kommunen.undo import ServiceCommand

D = TypeVar("D")


class DatenAendern(ServiceCommand, Generic[D]):
    """A record saved in an editor: ``vorher`` is None when the edit created it."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        vorher: D | None,
        nachher: D,
        speichern: Callable[[D], Any],  # with wiederherstellen=True
        loeschen: Callable[[int], None],
    ) -> None:
        super().__init__(ctx, text)
        self.vorher, self.nachher = vorher, nachher
        self.speichern, self.loeschen = speichern, loeschen

    def apply(self) -> None:
        self.speichern(self.nachher)

    def revert(self) -> None:
        if self.vorher is None:
            self.loeschen(getattr(self.nachher, "id"))  # noqa: B009 - every record type has an id
        else:
            self.speichern(self.vorher)


class DatenLoeschen(ServiceCommand, Generic[D]):
    def __init__(
        self, ctx: AppContext, text: str, vorher: D, speichern: Callable[[D], Any], loeschen: Callable[[int], None]
    ) -> None:
        super().__init__(ctx, text)
        self.vorher, self.speichern, self.loeschen = vorher, speichern, loeschen

    def apply(self) -> None:
        self.loeschen(getattr(self.vorher, "id"))  # noqa: B009

    def revert(self) -> None:
        self.speichern(self.vorher)


def rueckgaengig_nach_speichern(
    ctx: AppContext,
    text: str,
    vorher: D | None,
    laden: Callable[[int], D],
    speichern: Callable[[D], Any],
    loeschen: Callable[[int], None],
) -> Callable[[int], None]:
    """Slot for an editor's ``saved``: pushes the edit (as stored) onto the undo stack."""

    def on_saved(new_id: int) -> None:
        ctx.undo_stack.push(DatenAendern(ctx, text, vorher, laden(new_id), speichern, loeschen))

    return on_saved


class AufgabeErledigt(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, setzen: Callable[[Any], None], alt: Any, neu: Any) -> None:
        super().__init__(ctx, text)
        self.setzen, self.alt, self.neu = setzen, alt, neu

    def apply(self) -> None:
        self.setzen(self.neu)

    def revert(self) -> None:
        self.setzen(self.alt)
