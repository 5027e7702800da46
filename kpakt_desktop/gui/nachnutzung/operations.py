"""A change of Nachnutzungen (the editor, a Rückmeldebogen) as one undoable operation.

Undo and redo each restore the snapshot the other one took; if the cells were changed in
between (another window, the CLI), the service refuses and the step is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kpakt_desktop.domain.errors import Konflikt
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.services import nachnutzung as service
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.nachnutzung import Ergebnis
from kpakt_desktop.store.database import Store


def nachnutzung_op(
    text: str, do: Callable[[Store], Ergebnis], benutzer: str, changes: ChangeSet | None = None
) -> Operation[Ergebnis]:
    def restore(store: Store, stand: Ergebnis) -> Ergebnis:
        return service.wiederherstellen(store, stand, benutzer=benutzer)

    return Operation(text, do, restore, changes or ChangeSet.of(Entity.NACHNUTZUNG))


def aendern(text: str, ids: list[int], aenderung: service.Aenderung, benutzer: str) -> Operation[Ergebnis]:
    op = nachnutzung_op(
        text,
        lambda store: service.aendern(store, ids, aenderung, benutzer=benutzer),
        benutzer,
        ChangeSet.of(nachnutzung=ids),
    )

    def rebase(konflikt: Konflikt) -> Operation[Ergebnis]:
        """The same fields on top of the cells' current versions (the user chose their change)."""
        versionen = {**aenderung.versionen, **konflikt.versionen}
        return aendern(text, ids, replace(aenderung, versionen=versionen), benutzer)

    op.rebase = rebase
    return op
