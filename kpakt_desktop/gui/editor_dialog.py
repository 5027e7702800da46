"""The one base of the form dialogs: OK collects the fields and runs the change as an operation
(gui/operation.py); a refused value keeps the dialog open with the message beside the fields.

The dialog is opened window-modal with ``open()``; ``saved`` fires with the operation's result
after it was written, and the pages refresh from the change set it announced. A dialog whose
caller writes itself (Kontakt, IT-Dienstleister) passes the service *check* as ``speichern``,
keeps the checked value in ``ergebnis`` and is run with ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.gui.barrierefrei import erstes_feld, passend
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.form import child
from kpakt_desktop.gui.operation import Operation
from kpakt_desktop.gui.ui_loader import load_form


def _context(widget: QObject | None) -> AppContext:
    """The AppContext of the page the editor was opened from."""
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if isinstance(ctx, AppContext):
            return ctx
        widget = widget.parent()
    raise LookupError("editor opened outside a page")


class EditorDialog(QObject):
    saved = Signal(object)  # the operation's result (e.g. a Tausch with the stored record)
    # What the dialog changes, for the read-only display by role (gui/schreibschutz.py): one of
    # services.mehrplatz.TASKFORCE_BEREICHE, or None for what only the Koordination changes.
    bereich: str | None = None

    def __init__(
        self, form: str | QDialog, parent: QWidget | None, speichern: Callable[[Any], Operation[Any] | int]
    ) -> None:
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
        self.ergebnis: Any = None  # set by a ``speichern`` that only checks (see the module text)

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

    def line(self, name: str) -> QLineEdit:
        return child(self.dialog, QLineEdit, name)

    def text(self, name: str) -> QPlainTextEdit:
        return child(self.dialog, QPlainTextEdit, name)

    def fehler(self, text: str) -> None:
        from kpakt_desktop.gui import meldungen

        self.error_label.setText(meldungen.text(text))  # a service's message in the UI language
        self.error_label.show()

    def _accept(self) -> None:
        try:
            op = self._speichern(self.collect())
        except KpaktError as err:
            self.fehler(str(err))
            return
        if not isinstance(op, Operation):  # a check only: the caller writes (see the module text)
            self.dialog.accept()
            self.saved.emit(op)
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(False)  # one save at a time

        def done(result: Any) -> None:
            self.dialog.accept()
            self.saved.emit(result)

        def refused(err: KpaktError) -> bool:
            if ok is not None:
                ok.setEnabled(True)
            self.fehler(str(err))
            return True

        op.done, op.failed, op.verworfen = done, refused, self.dialog.reject  # verworfen: after a conflict
        _context(self.parent()).run(op)

    def betroffene_kommunen(self) -> tuple[int | None, ...]:
        """The Kommunen the record belongs to (``daten.kommune_ids`` or ``daten.kommune_id``)."""
        daten = getattr(self, "daten", None)
        ids = getattr(daten, "kommune_ids", None)
        return tuple(ids) if ids is not None else (getattr(daten, "kommune_id", None),)

    def _schreibschutz(self) -> None:
        """Read-only for this user (role, region, offline copy): OK disabled, the reason shown."""
        try:
            grund = _context(self.parent()).schreibschutz.grund(self.bereich, self.betroffene_kommunen())
        except LookupError:
            return
        if grund is None:
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(False)
            ok.setToolTip(grund)
        self.fehler(grund)

    def open(self) -> None:
        self._schreibschutz()
        passend(self.dialog)  # too tall for the screen (200 %): the form scrolls, OK/Abbrechen stay visible
        erstes_feld(self.dialog)  # not the tab bar
        self.dialog.open()

    def exec(self) -> Any:
        """Run modally; ``ergebnis`` after OK, None after Abbrechen. The dialog is deleted afterwards
        rather than kept as a hidden child per use, whose wrapper PySide may collect in an unsafe order."""
        self._schreibschutz()
        passend(self.dialog)
        try:
            return self.ergebnis if self.dialog.exec() else None
        finally:
            self.dialog.deleteLater()
            self.deleteLater()
