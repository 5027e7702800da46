"""Loading the UI translation (Qt Linguist). The source language is German; ``resources/i18n`` holds
``kpakt_<lang>.ts`` (committed) and ``kpakt_<lang>.qm``, compiled with ``pyside6-lrelease``.

A ``.qm`` is built at install or package time only, never at run time: ``make install`` (and so
``make run``/``make test``) or ``make translations-qm`` in a source checkout, the PyInstaller spec in
a frozen build (which ships the ``.qm`` without the ``.ts``). Without a ``.qm`` the UI stays German
and a warning on stderr names the missing file and the command that builds it.

Only what the start-up path needs is imported at module level (the window should show fast).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kpakt_desktop import paths

SOURCE_LANGUAGE = "de"

_GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
_ui_locale = _GERMAN


def ui_locale() -> QLocale:
    """The locale of the UI language: numbers and dates on screen are formatted with it (1.234,5 in
    German, 1,234.5 in English). Reports and services keep their German formatting."""
    return _ui_locale


def set_ui_language(language: str) -> None:
    """Format numbers and dates on screen for ``language`` (install() does this; tests switch back)."""
    global _ui_locale
    _ui_locale = _GERMAN if language == SOURCE_LANGUAGE else QLocale(language)


def qm_path(language: str) -> Path:
    return paths.resource("i18n", f"kpakt_{language}.qm")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and the program's translation for ``language``; returns the translators
    (kept alive by their parent ``app``)."""
    set_ui_language(language)
    installed: list[QTranslator] = []
    qt = QTranslator(app)  # standard buttons and dialogs (Abbrechen, Ja, Nein …) in the same language
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if language == SOURCE_LANGUAGE:
        return installed
    qm = qm_path(language)
    own = QTranslator(app)
    if qm.exists() and own.load(str(qm)):
        app.installTranslator(own)
        installed.append(own)
    else:
        print(
            f"kpakt: Übersetzung {qm} fehlt oder ist unlesbar; die Oberfläche bleibt deutsch "
            "(in einem Quellcode-Checkout: make translations-qm).",
            file=sys.stderr,
        )
    return installed
