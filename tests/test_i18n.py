"""Translations: the English .ts is complete and current, keeps every placeholder, and is loaded."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QTableView

from kpakt_desktop import i18n, paths
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import vocab_text

TS = paths.resource("i18n", "kpakt_en.ts")
ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

# {name}, {0}, %1, %n, %s, %d, %%
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%\d+|%n|%[sd]")
MNEMONIC = re.compile(r"&(?!nbsp;|amp;|lt;|gt;|quot;|apos;)[^\s&]")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    result = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            result.append((name, message.findtext("source") or "", translation))
    return result


def test_every_message_is_translated():
    messages = _messages(TS)
    assert len(messages) > 500
    open_ = [(c, s) for c, s, t in messages if t.get("type") is not None or not (t.text or "").strip()]
    assert open_ == [], f"{len(open_)} unübersetzt oder veraltet, z. B. {open_[:5]}"


def test_translations_keep_placeholders_and_mnemonics():
    for context, source, translation in _messages(TS):
        target = translation.text or ""
        src, dst = PLACEHOLDER.findall(source), PLACEHOLDER.findall(target)
        # %s/%d are positional: same order; named ones may move within the sentence.
        positional = [p for p in src if p in ("%s", "%d")]
        assert positional == [p for p in dst if p in ("%s", "%d")], (context, source, target)
        assert Counter(src) == Counter(dst), (context, source, target)
        assert source.count("\n") == target.count("\n"), (context, source)
        if MNEMONIC.search(source):
            assert MNEMONIC.search(target), f"Tastenkürzel (&) fehlt: {context}: {source!r} → {target!r}"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_ts_is_current_with_the_code(tmp_path):
    """Every translatable string in kpakt_desktop/ and ui/ is in the .ts and translated.

    Fails after new UI text was added: run ``make translations`` and translate the new entries.
    """
    copy = tmp_path / "kpakt_en.ts"
    shutil.copyfile(TS, copy)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py,ui", "-source-language", "de", "-locations", "none", "-no-obsolete",
         "kpakt_desktop", "ui", "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    new = [(c, s) for c, s, t in _messages(copy) if t.get("type") is not None or not (t.text or "").strip()]
    assert new == [], f"Nicht übersetzt ({len(new)}; make translations, dann übersetzen): {new[:10]}"


def test_vocab_strings_module_is_current():
    generated = Path(vocab_text.__file__).with_name("vocab_strings.py").read_text(encoding="utf-8")
    assert generated == vocab_text.render_strings_module(), "python -m kpakt_desktop.gui.vocab_text ausführen"
    assert "Verwaltungsträger der Gemeindeebene" in vocab_text.all_texts()


def test_qm_is_built_from_the_current_ts():
    """The .qm is built at install/package time (make install, the PyInstaller spec), never at run time."""
    qm = i18n.qm_path("en")
    assert qm.exists(), f"{qm} fehlt: make translations-qm (make install/make test bauen sie)"
    assert qm.stat().st_mtime >= TS.stat().st_mtime, f"{qm} ist älter als die .ts: make translations-qm"


def test_missing_qm_leaves_the_ui_german_and_says_so(qapp, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / f"kpakt_{language}.qm")
    translators = i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Datei") == "&Datei"
        assert "kpakt_en.qm fehlt" in capsys.readouterr().err
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_english_user_interface(english, qtbot, rp_demo_path):
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.start.wizard import FirstRunWizard

    window = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(window)
    window.show()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert [window.sidebar.item(i).text() for i in range(3)] == ["Overview", "Municipalities", "Services"]
    page = window.show_page("kommunen")
    search = page.findChild(QLineEdit, "kommunenSuche")
    assert search.placeholderText() == "Search by name, ARS, AGS or postcode …"
    assert search.accessibleName() == "Search municipalities"
    table = page.findChild(QTableView, "kommunenTabelle")
    headers = [table.model().headerData(i, table.horizontalHeader().orientation()) for i in range(4)]
    assert headers == ["Name", "ARS", "AGS", "Type"]
    assert vocab_text.label(Status.PRODUKTIV) == "in production"
    assert QCoreApplication.translate("Vocab", "Verwaltungsträger") == "Admin. body"
    window.close()
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    assert wizard.intro.title() == "Welcome to Kommunalpakt Desktop"
    assert wizard.intro.new_radio.text() == "&Set up the database of my Land"


def test_german_is_the_source_language(qtbot, rp_demo_path):
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    window = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert vocab_text.label(Status.PRODUKTIV) == "produktiv"
    window.close()


# Calls whose text argument the user sees. A literal passed straight to them, or to a local
# helper such as ``_tr("…")`` (which pyside6-lupdate cannot see), stays German in English.
_VISIBLE = {
    "Column", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setAccessibleName", "setTitle",
    "setSubTitle", "addTab", "addItem", "addAction", "addMenu", "setLabelText", "showMessage",
    "_tr", "error", "info", "ask",
}  # fmt: skip
_ALLOWED = {"Deutsch", "English"}  # language names stay in their own language


def test_no_literal_ui_text_bypasses_translation():
    import ast

    found = []
    for path in sorted((ROOT / "kpakt_desktop" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in _VISIBLE:
                continue
            for arg in node.args[:3]:
                if (
                    isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and re.search(r"[A-Za-zÄÖÜäöüß]{3,}", arg.value)
                    and arg.value not in _ALLOWED
                    and not arg.value.startswith("http")
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({arg.value!r})")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # pyside6-lupdate does not look inside f-strings: a tr() there is never extracted
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and getattr(call.func, "attr", "") in ("tr", "translate"):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: tr() in einem f-String")
    assert found == [], "Text ohne Übersetzung (self.tr / QCoreApplication.translate verwenden):\n" + "\n".join(found)


def test_numbers_and_dates_follow_the_ui_language(english, qtbot, rp_demo_path):
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.row_table import format_prozent, format_value

    assert (format_value(1234.5), format_value(2456), format_prozent(0.125)) == ("1,234.5", "2,456", "12.5 %")
    window = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("huerden")
    erfasst = page.model.row_at(0).erfasst_am
    assert page.model.index(0, 1).data() == f"{erfasst.month}/{erfasst.day}/{erfasst.year}"
    window.close()
    i18n.set_ui_language("de")
    assert (format_value(1234.5), format_value(2456), format_prozent(0.125)) == ("1.234,5", "2.456", "12,5 %")
    assert format_value(erfasst) == erfasst.strftime("%d.%m.%Y")
