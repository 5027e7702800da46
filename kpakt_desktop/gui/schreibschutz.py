"""Read-only display by role: what the user of the open database may not change is shown disabled,
with a tooltip that says why, instead of failing on save.

The rights come from the server (services/mehrplatz.py ``Rechte``: the login role's group, the
Kommunen of a Taskforce's region) or from an offline copy opened read-only. Pages register the
controls that change data with ``schreibend`` (with the Kommunen they act on, when that matters)
and call ``anwenden`` when their selection changes; every editor (gui/editor_dialog.py) asks
``grund`` itself. A control a page enables again stays disabled while the reason holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

from kpakt_desktop.services.mehrplatz import Rechte

Kommunen = Callable[[], Iterable[int | None]]


def grund_text(code: str, rechte: Rechte) -> str:
    """The tooltip/message for a ``Rechte.grund`` code."""
    if code == "kopie":
        return QCoreApplication.translate("Schreibschutz", "Nur lesen: dies ist die Offline-Kopie der Serverdatenbank.")
    if code == "lesen":
        return QCoreApplication.translate(
            "Schreibschutz", "Nur lesen: Ihre Rolle „{rolle}“ auf dem Server darf nichts ändern."
        ).format(rolle=rechte.rolle or "")
    if code == "region":
        return QCoreApplication.translate(
            "Schreibschutz", "Nur lesen: diese Kommune liegt außerhalb der Region Ihrer Taskforce."
        )
    return QCoreApplication.translate(
        "Schreibschutz",
        "Nur lesen: eine Taskforce-Rolle ändert nur Nachnutzungen, Termine, Hürden und Kontakte "
        "der Kommunen ihrer Region; dies ändert die Koordinierungsstelle.",
    )


@dataclass
class _Eintrag:
    control: QWidget | QAction
    bereich: str | None
    kommunen: Kommunen | None
    tooltip: str  # the control's own tooltip, back when the reason is gone
    grund: str | None = None


class Schreibschutz(QObject):
    def __init__(self, rechte: Rechte, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rechte = rechte
        self._eintraege: list[_Eintrag] = []

    @property
    def nur_lesen(self) -> bool:
        return self.rechte.nur_lesen

    def grund(self, bereich: str | None, kommune_ids: Iterable[int | None] = ()) -> str | None:
        """Why records of ``bereich`` of these Kommunen are read-only (the German text), or None."""
        code = self.rechte.grund(bereich, kommune_ids)
        return grund_text(code, self.rechte) if code is not None else None

    def schreibend(self, control: QWidget | QAction, bereich: str | None, kommunen: Kommunen | None = None) -> None:
        """``control`` changes records of ``bereich`` (for the Kommunen ``kommunen`` returns)."""
        if self.rechte.grund(bereich) is None and (kommunen is None or self.rechte.art != "taskforce"):
            return  # always allowed: nothing to watch
        eintrag = _Eintrag(control, bereich, kommunen, control.toolTip())
        self._eintraege.append(eintrag)
        if isinstance(control, QWidget):
            control.installEventFilter(self)
        else:
            control.changed.connect(lambda e=eintrag: self._halten(e))
        self._setzen(eintrag)

    def knoepfe(self, parent: QWidget, bereich: str | None, *namen: str) -> None:
        """``schreibend`` for the buttons of ``parent`` with these object names."""
        for name in namen:
            button = parent.findChild(QAbstractButton, name)
            assert button is not None, name
            self.schreibend(button, bereich)

    def anwenden(self) -> None:
        """Look again (the selection changed, and with it the Kommunen the controls act on)."""
        self._eintraege = [e for e in self._eintraege if shiboken6.isValid(e.control)]
        for eintrag in self._eintraege:
            self._setzen(eintrag)

    def _setzen(self, e: _Eintrag) -> None:
        kommunen = list(e.kommunen()) if e.kommunen is not None else []
        grund = self.grund(e.bereich, kommunen)
        war, e.grund = e.grund, grund
        if grund is not None:
            e.control.setToolTip(grund)
            e.control.setEnabled(False)
        elif war is not None:
            e.control.setToolTip(e.tooltip)
            e.control.setEnabled(True)

    def _halten(self, e: _Eintrag) -> None:
        if e.grund is not None and shiboken6.isValid(e.control) and e.control.isEnabled():
            e.control.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            for e in self._eintraege:
                if e.control is watched:
                    self._halten(e)
        return False
