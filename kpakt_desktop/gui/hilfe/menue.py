"""The Hilfe menu's entries and the Alt letters (mnemonics) of generated menu entries.

Only ``QAction``s are made here; the dialogs behind them are imported when chosen, so the
window's start does not pay for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def mnemonic(text: str) -> str | None:
    """The Alt letter of a menu text (lower case), None if it has none (``&&`` is a literal &)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an Alt letter not in ``taken`` (added to it): a word's first letter if one is
    free, else any letter; the text unchanged when it has one already or no letter is free."""
    own = mnemonic(text)
    if own is not None:
        taken.add(own)
        return text
    starts = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, c in enumerate(text) if c.isalnum() and i not in starts]
    for i in starts + others:
        if text[i].lower() not in taken:
            taken.add(text[i].lower())
            return f"{text[:i]}&{text[i:]}"
    return text


def add_mnemonics(menu: QMenu) -> None:
    """Give every entry of ``menu`` without an Alt letter one that is unique within the menu."""
    actions = [a for a in menu.actions() if not a.isSeparator()]
    taken = {m for a in actions if (m := mnemonic(a.text())) is not None}
    for action in actions:
        if mnemonic(action.text()) is None:
            action.setText(with_mnemonic(action.text(), taken))


def fill_help_menu(window: QMainWindow, menu: QMenu) -> None:
    """Benutzerhandbuch, Tastenkürzel, Datenordner öffnen, Fehlerbericht erstellen (before Über)."""
    entries = (
        (QCoreApplication.translate("Hilfe", "Benutzer&handbuch"), "benutzerhandbuch", _handbook),
        (QCoreApplication.translate("Hilfe", "&Tastenkürzel"), "tastenkuerzel", _shortcuts),
        (QCoreApplication.translate("Hilfe", "&Datenordner öffnen"), "datenordnerOeffnen", _data_folder),
        (QCoreApplication.translate("Hilfe", "&Fehlerbericht erstellen…"), "fehlerberichtErstellen", _error_report),
    )
    for text, name, slot in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        if slot is _handbook:
            action.setShortcuts([QKeySequence("F1")])
        action.triggered.connect(lambda _=False, slot=slot: slot(window))
        menu.addAction(action)
    menu.addSeparator()


def _handbook(window: QMainWindow) -> None:
    from kpakt_desktop.gui.hilfe.dialoge import show_handbook

    show_handbook(window)


def _shortcuts(window: QMainWindow) -> None:
    from kpakt_desktop.gui.hilfe.dialoge import show_shortcuts

    show_shortcuts(window)


def _data_folder(window: QMainWindow) -> None:
    from kpakt_desktop.gui import msgbox, settings

    folder = settings.locations().data
    try:
        folder.mkdir(parents=True, exist_ok=True)  # a first start may not have written anything there yet
    except OSError as err:
        title = QCoreApplication.translate("Hilfe", "Datenordner öffnen")
        text = QCoreApplication.translate("Hilfe", "Der Datenordner {folder} lässt sich nicht anlegen: {err}")
        msgbox.error(window, title, text.format(folder=folder, err=err.strerror or err))
        return
    msgbox.open_path(folder)


def _error_report(window: QMainWindow) -> None:
    from kpakt_desktop.gui.hilfe.dialoge import write_error_report

    write_error_report(window)
