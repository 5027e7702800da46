"""Loading the UI translation (Qt Linguist). The source language is German; ``resources/i18n`` holds
``kpakt_<lang>.ts`` (committed) and, after ``make install``/``make translations-qm``, ``kpakt_<lang>.qm``
(built with ``pyside6-lrelease``, never committed).

Where a compiled ``.qm`` is found, in this order:
1. beside the ``.ts`` in ``resources/i18n`` if it is not older than the ``.ts`` (source checkout after
   ``make install``, a wheel or a PyInstaller bundle built after ``make translations-qm``);
2. in the user cache (``<cache>/i18n/kpakt_<lang>-<hash of the .ts>.qm``), compiled there with
   ``pyside6-lrelease`` on first use when the first is missing or outdated;
3. if no ``lrelease`` is at hand (a frozen build without the tool), the ``.ts`` itself is read by
   :class:`TsTranslator`, so a missing build step never shows the user untranslated German.

Only what the start-up path needs is imported at module level (the window should show fast).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

from kpakt_desktop import APP_ID, paths

SOURCE_LANGUAGE = "de"


def ts_path(language: str) -> Path:
    return paths.resource("i18n", f"kpakt_{language}.ts")


def _lrelease() -> str | None:
    import shutil

    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    try:
        import PySide6

        tool = Path(PySide6.__file__).with_name("lrelease")
        for candidate in (tool, tool.with_suffix(".exe")):
            if candidate.exists():
                return str(candidate)
    except ImportError:
        pass
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """``pyside6-lrelease ts -qm qm``; False when the tool is missing or fails."""
    import subprocess

    tool = _lrelease()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(qm.name + f".{os.getpid()}.tmp")
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, check=False)
    if result.returncode != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        return False
    os.replace(tmp, qm)  # two starting instances never read a half-written file
    return True


def _cache_dir() -> Path:
    override = os.environ.get("KPAKT_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def find_qm(language: str) -> Path | None:
    """A compiled translation that matches the shipped ``.ts`` (see the module text), or None."""
    ts = ts_path(language)
    beside = ts.with_suffix(".qm")
    if beside.exists() and (not ts.exists() or beside.stat().st_mtime >= ts.stat().st_mtime):
        return beside
    if not ts.exists():
        return None
    import hashlib

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / "i18n" / f"kpakt_{language}-{digest}.qm"
    if cached.exists() or compile_ts(ts, cached):
        return cached
    return None


class TsTranslator(QTranslator):
    """Reads a Qt Linguist ``.ts`` directly: the fallback when no ``.qm`` can be built."""

    def __init__(self, ts: Path, parent: QObject | None = None) -> None:
        import xml.etree.ElementTree as ET

        super().__init__(parent)
        self._messages: dict[tuple[str, str, str], list[str]] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                self._messages[key] = forms

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:  # Qt returns an empty string for "no translation here"
        forms = self._messages.get((context, source_text, disambiguation or ""))
        if not forms:
            return ""
        return forms[0] if n == 1 or len(forms) == 1 else forms[-1]


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and the program's translation for ``language``; returns the translators
    (kept alive by their parent ``app``)."""
    installed: list[QTranslator] = []
    qt = QTranslator(app)  # standard buttons and dialogs (Abbrechen, Ja, Nein …) in the same language
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if language == SOURCE_LANGUAGE:
        return installed
    own: QTranslator | None = None
    qm = find_qm(language)
    if qm is not None:
        own = QTranslator(app)
        if not own.load(str(qm)):
            own = None
    if own is None and ts_path(language).exists():
        own = TsTranslator(ts_path(language), app)
    if own is not None:
        app.installTranslator(own)
        installed.append(own)
    return installed
