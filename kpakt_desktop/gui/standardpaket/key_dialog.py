"""The office's signing key: create it, show the public key and its fingerprint, save it to send."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui import barrierefrei, msgbox, settings
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.ui_loader import load_form
from kpakt_desktop.services.standardpaket import signing


class KeyDialog(QDialog):
    def __init__(self, land: str, land_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.land = land
        self.land_name = land_name
        form = load_form("standardpaket_schluessel")
        self.setWindowTitle(form.windowTitle())
        self.setObjectName("schluesselDialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.form = form
        barrierefrei.esc_schliesst(self, form)  # Esc closes the whole dialog, not the form inside it
        self.status = child(self.form, QLabel, "statusLabel")
        self.fingerprint = child(self.form, QLineEdit, "fingerprintEdit")
        self.public_key = child(self.form, QPlainTextEdit, "publicKeyEdit")
        self.create_button = child(self.form, QPushButton, "createButton")
        self.save_button = child(self.form, QPushButton, "saveButton")
        child(self.form, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_key)
        self.save_button.clicked.connect(self.save_public_key)
        self.info: signing.KeyInfo | None = None
        self.reload()

    def reload(self) -> None:
        try:
            self.info = signing.key_info(self.land, keys=settings.locations().keys)
        except KpaktError as err:
            self.info = None
            self.status.setText(str(err))
        if self.info is None:
            self.status.setText(self.tr("Für %s gibt es noch kein Schlüsselpaar.") % self.land_name)
            self.fingerprint.clear()
            self.public_key.clear()
            self.create_button.setText(self.tr("Schlüsselpaar &erzeugen"))
        else:
            self.status.setText(
                self.tr("Schlüsselpaar für %s vorhanden. Privater Schlüssel: %s")
                % (self.land_name, str(self.info.private_path))
            )
            self.fingerprint.setText(self.info.fingerprint)
            self.public_key.setPlainText(self.info.public_pem)
            self.create_button.setText(self.tr("Neues Schlüsselpaar &erzeugen…"))
        self.save_button.setEnabled(self.info is not None)

    def create_key(self) -> None:
        replace = self.info is not None
        if replace and not msgbox.ask(
            self,
            self.tr("Schlüssel ersetzen?"),
            self.tr(
                "Es gibt bereits einen Schlüssel. Ein neuer Schlüssel muss dem IT-Planungsrat erneut "
                "übermittelt werden; bis dahin werden neue Standardpakete dort abgelehnt. Ersetzen?"
            ),
        ):
            return
        try:
            signing.create_key_pair(self.land, replace=replace, keys=settings.locations().keys)
        except KpaktError as err:
            msgbox.error(self, self.tr("Schlüssel"), str(err))
        self.reload()

    def save_public_key(self) -> None:
        if self.info is None:
            return
        target = msgbox.save_as(
            self,
            msgbox.Ablage.STANDARDPAKET,
            self.tr("Öffentlichen Schlüssel speichern"),
            f"{self.land}.pub",
            self.tr("Schlüssel (*.pub)"),
        )
        if target is None:
            return
        try:
            signing.save_public_key(self.info, target)
        except KpaktError as err:
            msgbox.error(self, self.tr("Schlüssel"), str(err))
            return
        msgbox.info(
            self,
            self.tr("Schlüssel gespeichert"),
            self.tr("Der öffentliche Schlüssel wurde in %s gespeichert. Fingerabdruck: %s")
            % (str(target), self.info.fingerprint),
        )
