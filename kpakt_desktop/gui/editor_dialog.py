"""Base of the editor dialogs: OK collects the fields, the service check runs, errors stay in the dialog.

The dialog is opened window-modal with ``open()``; ``saved`` fires after the service stored it,
so the page refreshes and the window never blocks in a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui.barrierefrei import erstes_feld
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.ui_loader import load_form


class EditorDialog(QObject):
    saved = Signal(int)  # id of the stored row

    def __init__(self, form: str | QDialog, parent: QWidget | None, speichern: Callable[[Any], int]) -> None:
        super().__init__(parent)
        # A Designer form by name, or a dialog built in code with the same errorLabel/buttonBox.
        self.dialog: QDialog = load_form(form, parent) if isinstance(form, str) else form  # type: ignore[assignment]
        self.error_label: QLabel = child(self.dialog, QLabel, "errorLabel")
        self.error_label.hide()
        self.buttons: QDialogButtonBox = child(self.dialog, QDialogButtonBox, "buttonBox")
        # Qt's own button texts stay English without a Qt translation installed; say it in German here.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Abbrechen"))
        for tabs in self.dialog.findChildren(QTabWidget):
            tabs.setAccessibleName(self.tr("Bereiche des Formulars"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.dialog.reject)
        self._speichern = speichern

    @staticmethod
    def frame(parent: QWidget | None, name: str, title: str) -> tuple[QDialog, QVBoxLayout]:
        """An empty dialog with error label and OK/Abbrechen, for editors built in code."""
        dialog = QDialog(parent)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        error = QLabel()
        error.setObjectName("errorLabel")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttonBox")
        body = QVBoxLayout()
        layout.addLayout(body, 1)
        layout.addWidget(error)
        layout.addWidget(buttons)
        return dialog, body

    def collect(self) -> Any:
        raise NotImplementedError

    def fehler(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _accept(self) -> None:
        try:
            new_id = self._speichern(self.collect())
        except KpaktError as err:
            self.fehler(str(err))
            return
        self.dialog.accept()
        self.saved.emit(new_id)

    def open(self) -> None:
        erstes_feld(self.dialog)  # not the tab bar
        self.dialog.open()
