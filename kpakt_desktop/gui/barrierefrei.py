"""Accessibility helpers shared by every page and dialog (BITV 2.0 / WCAG 2.1 AA).

- Tables: Tab leaves a table, the arrow keys move inside it (``tabKeyNavigation`` is switched off
  for every item view in the style sheet, ``resources/style/kpakt.qss``); Strg+Tab leaves it too.
- Dialogs built around a Designer form that is itself a QDialog close on Esc as a whole.
- Dialogs start with the focus on their first field, not on a tab bar.
- Announcements (saving a cell, Rückgängig) reach a screen reader as an accessibility event.
- The system palette is followed; only pairs below the WCAG thresholds are darkened (``palette``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

FENSTERRAHMEN = 48  # logical pixels left for a window's title bar and frame
FELDER = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView, QAbstractButton)


class _EscSchliesst(QObject):
    """Esc in an embedded form dialog rejects the outer dialog (not the invisible inner one)."""

    def __init__(self, aussen: QDialog) -> None:
        super().__init__(aussen)
        self.aussen = aussen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.aussen.reject()
            return True
        return False


def esc_schliesst(aussen: QDialog, form: QWidget) -> None:
    """``form`` (a loaded Designer QDialog inside ``aussen``): Esc closes ``aussen``, as users expect."""
    form.installEventFilter(_EscSchliesst(aussen))
    if isinstance(form, QDialog):
        form.rejected.connect(aussen.reject)


def beschriftung(text: str, feld: QWidget) -> QLabel:
    """A visible label for ``feld``, set as its buddy: how Qt names a combo box for AT-SPI (on Linux an
    accessible name set on the combo is not passed on) and how Alt+letter reaches the field."""
    label = QLabel(text)
    label.setObjectName(f"{feld.objectName()}Label")
    label.setBuddy(feld)
    return label


def rollbar(dialog: QDialog) -> QScrollArea:
    """Put everything of ``dialog`` but its buttons (and error label) into a scroll area: at 200 %
    on a 1920×1080 screen a long form then scrolls while OK and Abbrechen stay on the screen."""
    layout = dialog.layout()
    assert layout is not None, dialog.objectName()
    inhalt = QWidget()
    inhalt.setObjectName(f"{dialog.objectName()}Inhalt")
    innen = QVBoxLayout(inhalt)
    innen.setContentsMargins(0, 0, 0, 0)
    unten: list[QWidget] = []
    items = [item for item in (layout.takeAt(0) for _ in range(layout.count())) if item is not None]
    for item in items:
        widget, sub = item.widget(), item.layout()
        if isinstance(widget, QDialogButtonBox) or (widget is not None and widget.objectName() == "errorLabel"):
            unten.append(widget)
        elif widget is not None:
            innen.addWidget(widget)
        elif sub is not None:
            sub.setParent(None)  # free it from the dialog's layout first
            innen.addLayout(sub)
        else:
            innen.addItem(item)
    scroll = QScrollArea()
    scroll.setObjectName(f"{dialog.objectName()}Rollbereich")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(inhalt)
    layout.addWidget(scroll)
    for widget in unten:
        layout.addWidget(widget)
    # No taller than the screen (the window frame needs some room): the Designer's minimum may not fit.
    screen = dialog.screen().availableGeometry()
    minimum = dialog.minimumSize()
    dialog.setMinimumSize(min(minimum.width(), screen.width()), min(minimum.height(), screen.height() - FENSTERRAHMEN))
    dialog.resize(min(dialog.width(), screen.width()), min(dialog.height(), screen.height() - FENSTERRAHMEN))
    return scroll


def passend(dialog: QDialog) -> bool:
    """Make ``dialog`` scroll (``rollbar``) if it would not fit the screen as it is, e.g. at 200 %
    on a 1920×1080 screen (960×540 logical pixels); True if it scrolls now. Called before showing."""
    if dialog.findChild(QScrollArea, f"{dialog.objectName()}Rollbereich") is not None:
        return True
    screen = dialog.screen().availableGeometry()
    braucht = dialog.size().expandedTo(dialog.minimumSizeHint())
    if braucht.width() <= screen.width() and braucht.height() <= screen.height() - FENSTERRAHMEN:
        return False
    rollbar(dialog)
    return True


def erstes_feld(dialog: QWidget) -> QWidget | None:
    """Put the focus on the first field of ``dialog`` (in Tab order, skipping tab bars); also when
    called before the dialog is shown: Qt gives the recorded focus widget the focus on showing."""
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        if (
            isinstance(widget, FELDER)
            and not isinstance(widget, QTabBar)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and not widget.isHidden()
            and all(not p.isHidden() for p in _eltern(widget, dialog))
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


def _eltern(widget: QWidget, bis: QWidget) -> list[QWidget]:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and parent is not bis:
        parents.append(parent)
        parent = parent.parentWidget()
    return parents


def ansagen(widget: QWidget, text: str) -> None:
    """Tell a screen reader what just happened (WCAG 4.1.3), politely, without moving the focus."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    QAccessible.updateAccessibility(event)


def undo_ansagen(stack: QUndoStack, widget: QWidget) -> None:
    """Every change through the undo stack (saving a cell, Strg+Z, Strg+Y) is said aloud."""
    stand = {"index": stack.index()}

    def geaendert(index: int) -> None:
        if not shiboken6.isValid(stack) or not shiboken6.isValid(widget):  # the stack clears itself when deleted
            return
        alt, stand["index"] = stand["index"], index
        if index < alt:
            text = QCoreApplication.translate("Barrierefrei", "Rückgängig gemacht: {was}").format(was=stack.text(index))
        elif index > alt:
            text = QCoreApplication.translate("Barrierefrei", "Ausgeführt: {was}").format(was=stack.text(index - 1))
        else:
            return
        ansagen(widget, text)

    stack.indexChanged.connect(geaendert)
