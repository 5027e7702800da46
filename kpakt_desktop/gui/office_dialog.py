"""Bearbeiten → Koordinierungsstelle…: the office's name and coordinator in the open Land database.

The first-run wizard asks for both once; offices are renamed and coordinators change, and reports,
Rückmeldebögen and the Standardpaket print what is stored here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kpakt_desktop.domain.errors import InputError, KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.services.changes import ChangeSet, Entity
from kpakt_desktop.services.landdb import Office, read_office, set_office
from kpakt_desktop.services.rueckgaengig import VERAENDERT
from kpakt_desktop.store.database import Store


def office_edits(form: QFormLayout, dienststelle: str = "", koordinator: str = "") -> tuple[QLineEdit, QLineEdit]:
    """The two fields, as rows of ``form``: here and on the wizard's Koordinierungsstelle page."""
    name = QLineEdit(dienststelle)
    name.setObjectName("dienststelleEdit")
    name.setAccessibleName(QCoreApplication.translate("Koordinierungsstelle", "Name der Koordinierungsstelle"))
    name.setPlaceholderText(
        QCoreApplication.translate("Koordinierungsstelle", "z. B. Ministerium des Innern, Referat Digitalisierung")
    )
    name.setMaxLength(200)
    person = QLineEdit(koordinator)
    person.setObjectName("koordinatorEdit")
    person.setAccessibleName(
        QCoreApplication.translate("Koordinierungsstelle", "Kommunale OZG-Koordinatorin oder -Koordinator")
    )
    person.setMaxLength(200)
    for text, edit in (
        (QCoreApplication.translate("Koordinierungsstelle", "&Koordinierungsstelle:"), name),
        (QCoreApplication.translate("Koordinierungsstelle", "Koordinator/&in:"), person),
    ):
        label = QLabel(text)
        label.setBuddy(edit)
        form.addRow(label, edit)
    return name, person


class OfficeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("koordinierungsstelleDialog")
        self.setWindowTitle(self.tr("Koordinierungsstelle"))
        self.setMinimumWidth(560)
        office = read_office(ctx.store)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Erscheint in Berichten, Rückmeldebögen und im Standardpaket von {land}.").format(
                land=ctx.land.name
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.dienststelle, self.koordinator = office_edits(form, office.dienststelle, office.koordinator)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttonBox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        dienststelle, koordinator = self.dienststelle.text(), self.koordinator.text()
        Wechsel = tuple[Office, Office]  # (to put back, to expect now)

        def do(store: Store) -> Wechsel:
            vorher = read_office(store)
            return vorher, set_office(store, dienststelle, koordinator)

        def restore(store: Store, state: Wechsel) -> Wechsel:
            zurueck, jetzt = state
            if read_office(store) != jetzt:
                raise InputError(VERAENDERT.format(was=self.tr("Koordinierungsstelle speichern")))
            return jetzt, set_office(store, zurueck.dienststelle, zurueck.koordinator)

        def done(_state: Wechsel) -> None:
            super(OfficeDialog, self).accept()

        def refused(err: KpaktError) -> bool:
            msgbox.error(self, self.tr("Koordinierungsstelle"), str(err))
            return True

        op = Operation(self.tr("Koordinierungsstelle speichern"), do, restore, ChangeSet.of(Entity.LAND))
        op.done, op.failed = done, refused
        self.ctx.run(op)
