"""Bearbeiten → Koordinierungsstelle…: the office's name and coordinator in the open Land database.

The first-run wizard asks for both once; offices are renamed and coordinators change, and reports,
Rückmeldebögen and the Standardpaket print what is stored here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.jobs import JobCancelled, write_blocking
from kpakt_desktop.services.landdb import read_office, set_office


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
        self.dienststelle = QLineEdit(office.dienststelle)
        self.dienststelle.setObjectName("dienststelleEdit")
        self.dienststelle.setAccessibleName(self.tr("Name der Koordinierungsstelle"))
        self.dienststelle.setPlaceholderText(self.tr("z. B. Ministerium des Innern, Referat Digitalisierung"))
        self.dienststelle.setMaxLength(200)
        self.koordinator = QLineEdit(office.koordinator)
        self.koordinator.setObjectName("koordinatorEdit")
        self.koordinator.setAccessibleName(self.tr("Kommunale OZG-Koordinatorin oder -Koordinator"))
        self.koordinator.setMaxLength(200)
        for text, edit in (
            (self.tr("&Koordinierungsstelle:"), self.dienststelle),
            (self.tr("Koordinator/&in:"), self.koordinator),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttonBox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        store, dienststelle, koordinator = self.ctx.store, self.dienststelle.text(), self.koordinator.text()
        try:
            write_blocking(
                self,
                self.tr("Koordinierungsstelle speichern"),
                store,
                lambda: set_office(store, dienststelle, koordinator),
            )
        except JobCancelled:
            return
        except KpaktError as err:
            msgbox.error(self, self.tr("Koordinierungsstelle"), str(err))
            return
        self.ctx.notify_changed()
        super().accept()
