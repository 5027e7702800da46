"""The one place for message boxes and file dialogs, so tests patch this module only."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kpakt_desktop.gui import meldungen


def db_pattern() -> str:
    """File-dialog filter for Land databases."""
    return QCoreApplication.translate("FileDialog", "Landesdatenbank (*.sqlite);;Alle Dateien (*)")


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, meldungen.text(text))  # a service's message in the UI language


def retry(parent: QWidget | None, title: str, text: str) -> bool:
    """An error that may pass (a lock, a full disk): True when the user chooses to try again."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, meldungen.text(text), QMessageBox.StandardButton.Cancel, parent)
    again = box.addButton(QCoreApplication.translate("MsgBox", "Erneut versuchen"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("MsgBox", "Abbrechen"))
    box.setDefaultButton(again)
    box.exec()
    chosen = box.clickedButton() is again
    box.deleteLater()
    return chosen


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, meldungen.text(text))


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """A question with one button per option (the first is the default): the index chosen, None for Abbrechen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()  # owned by ``parent`` otherwise, for as long as that lives
    return buttons.index(clicked) if clicked in buttons else None


def open_file(parent: QWidget | None, title: str, folder: Path | None, pattern: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder or ""), pattern)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggestion: Path | None, pattern: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion or ""), pattern)
    return Path(name) if name else None


class Ablage(StrEnum):
    """Kinds of files: the dialogs of each start in the folder the last one of its kind ended in
    (remembered in the settings; the report folder of the Einstellungen until then)."""

    BERICHTE = "berichte"  # Excel and PDF reports
    RUECKMELDEBOEGEN = "rueckmeldeboegen"  # forms sent out and read back
    STANDARDPAKET = "standardpaket"  # packages, public keys, the Bundesdatenbank
    TERMINE = "termine"  # .ics files
    SICHERUNGEN = "sicherungen"  # backups saved by hand
    FEHLERBERICHTE = "fehlerberichte"
    GEMEINDEVERZEICHNIS = "gemeindeverzeichnis"  # Destatis extracts
    LISTEN = "listen"  # lists of zuständige Kommunen


def _remembered(kind: Ablage, chosen: Path | None, *, is_folder: bool = False) -> Path | None:
    from kpakt_desktop.gui import settings

    if chosen is not None:
        settings.remember_folder(kind, chosen if is_folder else chosen.parent)
    return chosen


def save_as(parent: QWidget | None, kind: Ablage, title: str, file_name: str, pattern: str) -> Path | None:
    """Save dialog for a file of ``kind``, suggesting ``file_name`` in the kind's folder."""
    from kpakt_desktop.gui import settings

    return _remembered(kind, save_file(parent, title, settings.last_folder(kind) / file_name, pattern))


def open_as(parent: QWidget | None, kind: Ablage, title: str, pattern: str) -> Path | None:
    from kpakt_desktop.gui import settings

    return _remembered(kind, open_file(parent, title, settings.last_folder(kind), pattern))


def open_many_as(parent: QWidget | None, kind: Ablage, title: str, pattern: str) -> list[Path]:
    from kpakt_desktop.gui import settings

    chosen = open_files(parent, title, settings.last_folder(kind), pattern)
    if chosen:
        _remembered(kind, chosen[0])
    return chosen


def folder_for(parent: QWidget | None, kind: Ablage, title: str) -> Path | None:
    from kpakt_desktop.gui import settings

    return _remembered(kind, choose_folder(parent, title, settings.last_folder(kind)), is_folder=True)


def open_files(parent: QWidget | None, title: str, folder: Path | None, pattern: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(folder or ""), pattern)
    return [Path(n) for n in names]


def choose_folder(parent: QWidget | None, title: str, folder: Path | None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(folder or ""))
    return Path(name) if name else None


def open_path(path: Path) -> None:
    """Open a file or folder with the program the desktop associates with it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
