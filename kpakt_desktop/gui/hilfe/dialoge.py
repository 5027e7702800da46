"""Hilfe menu dialogs: the handbook (shipped in resources/, so it is there in the frozen build too),
the shortcuts read from the window's own actions, and the error report for the IT department."""

from __future__ import annotations

import contextlib
import getpass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kpakt_desktop import paths

if TYPE_CHECKING:
    from kpakt_desktop.store.database import Store

HANDBOOK = ("handbuch", "benutzerhandbuch.md")


def handbook_path() -> Path:
    return paths.resource(*HANDBOOK)


def plain(text: str) -> str:
    """A menu text without its Alt-letter marker."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _dialog(parent: QWidget, title: str, content: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(760, 560)  # fits a 1024×700 screen
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def handbook_dialog(parent: QWidget) -> QDialog:
    from kpakt_desktop.gui import msgbox

    title = QCoreApplication.translate("Hilfe", "Benutzerhandbuch")
    browser = QTextBrowser()
    browser.setObjectName("handbuch")
    browser.setAccessibleName(title)
    browser.setOpenExternalLinks(True)
    try:
        browser.setMarkdown(handbook_path().read_text(encoding="utf-8"))
    except OSError as err:
        text = QCoreApplication.translate("Hilfe", "Das Benutzerhandbuch {path} lässt sich nicht lesen: {err}")
        msgbox.error(parent, title, text.format(path=handbook_path(), err=err.strerror or err))
    return _dialog(parent, title, browser)


def show_handbook(parent: QWidget) -> None:
    handbook_dialog(parent).show()  # not modal: the user reads beside the work


def _typed_key(sequence: QKeySequence) -> bool:
    """Not one of the media keys some keyboards have (Key_Back and above)."""
    first = sequence[0]  # type: ignore[index]  # QKeySequence[i] is a QKeyCombination (missing in the stubs)
    return bool(first.key().value < Qt.Key.Key_Back.value)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, command, keys) for every action of the window with a shortcut: the menus' entries
    first, in menu order, then those of the pages built so far (e.g. Nachnutzung: Bearbeiten)."""
    rows: list[tuple[str, str, str]] = []
    listed: set[QAction] = set()

    def keys(action: QAction) -> str:
        # Without the media keys some keyboards have (Qt's "Öffnen", "Rückgängig" … beside Strg+O, Strg+Z).
        typed = [k for k in action.shortcuts() if k.count() and _typed_key(k)]
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed)

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} → {plain(action.text())}")
            elif keys(action):
                rows.append((where, plain(action.text()), keys(action)))
                listed.add(action)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    titles = {f"page_{spec.key}": spec.title for spec in getattr(window, "specs", [])}
    for action in window.findChildren(QAction):
        if action in listed or not keys(action) or not action.text():
            continue
        owner = action.parent()
        while owner is not None and not owner.objectName().startswith("page_"):
            owner = owner.parent()
        if owner is None:
            continue
        where = QCoreApplication.translate("Hilfe", "Seite {page}").format(page=titles.get(owner.objectName(), ""))
        rows.append((where, plain(action.text()), keys(action)))
    return rows


def shortcuts_dialog(window: QMainWindow) -> QDialog:
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 3)
    table.setObjectName("tastenkuerzel")
    table.setAccessibleName(QCoreApplication.translate("Hilfe", "Tastenkürzel"))
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Hilfe", "Bereich"),
            QCoreApplication.translate("Hilfe", "Befehl"),
            QCoreApplication.translate("Hilfe", "Tastenkürzel"),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return _dialog(window, QCoreApplication.translate("Hilfe", "Tastenkürzel"), table)


def show_shortcuts(window: QMainWindow) -> None:
    shortcuts_dialog(window).show()


def write_error_report(window: QMainWindow) -> Path | None:
    """Ask where, then write the zip of the log files and versions; None when cancelled or refused."""
    import PySide6
    from PySide6.QtCore import qVersion

    from kpakt_desktop import protokoll
    from kpakt_desktop.domain.errors import KpaktError
    from kpakt_desktop.gui import msgbox, settings
    from kpakt_desktop.services import fehlerbericht as bericht

    title = QCoreApplication.translate("Hilfe", "Fehlerbericht erstellen")
    pattern = QCoreApplication.translate("Hilfe", "ZIP-Archiv (*.zip)")
    name = f"kpakt-fehlerbericht-{date.today():%Y-%m-%d}.zip"
    target = msgbox.save_as(window, msgbox.Ablage.FEHLERBERICHTE, title, name, pattern)
    if target is None:
        return None
    store: Store | None = getattr(getattr(window, "ctx", None), "store", None)
    names = [settings.user_name(), str(Path.home())]
    with contextlib.suppress(KeyError, OSError):  # no login name on this system
        names.append(getpass.getuser())
    try:
        versions = bericht.versionen({"Qt": qVersion(), "PySide6": PySide6.__version__}, store=store)
        bericht.fehlerbericht(
            target,
            protokolle=protokoll.log_files(settings.locations().data),
            versionen=versions,
            schwaerzen=names,
        )
    except KpaktError as err:
        msgbox.error(window, title, str(err))
        return None
    text = QCoreApplication.translate(
        "Hilfe",
        "Der Fehlerbericht ist gespeichert:\n{path}\n\nEr enthält das Protokoll und die Versionen, "
        "keine Inhalte der Landesdatenbank. Bitte geben Sie ihn Ihrer IT-Abteilung.",
    )
    msgbox.info(window, title, text.format(path=target))
    return target
