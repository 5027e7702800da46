"""Service messages reach the user in the UI language: every message a service, the store or the
domain raises as written text is a ``meldung`` with a template the catalogue knows."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kpakt_desktop"
# Programming errors are for developers (and the log), not translated messages for users.
INTERNAL = {
    "ValueError",
    "TypeError",
    "RuntimeError",
    "AssertionError",
    "KeyError",
    "NotImplementedError",
    "LookupError",
}


def _written_messages() -> Iterator[str]:
    """``raise SomeError("…")`` or ``raise SomeError(f"…")`` below services/, store/ and domain/."""
    for folder in ("domain", "store", "services"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                    continue
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                first = node.exc.args[0]
                if name not in INTERNAL and (
                    isinstance(first, ast.JoinedStr)
                    or (isinstance(first, ast.Constant) and isinstance(first.value, str))
                ):
                    yield f"{path.relative_to(PACKAGE)}:{node.lineno}"


def test_every_written_service_message_is_translatable():
    untranslatable = list(_written_messages())
    assert untranslatable == [], "bitte meldung(…) verwenden: " + ", ".join(untranslatable)


def test_file_and_database_messages_are_shown_in_english(english, tmp_path):
    from kpakt_desktop.domain.errors import KpaktError
    from kpakt_desktop.gui import meldungen
    from kpakt_desktop.store.database import open_store

    fremd = tmp_path / "notizen.sqlite"
    fremd.write_text("Einkaufsliste", encoding="utf-8")
    with pytest.raises(KpaktError) as raised:
        open_store(fremd)
    assert "ist keine Datenbank von Kommunalpakt Desktop" in str(raised.value)  # CLI and log: German
    shown = meldungen.text(raised.value)
    assert shown.startswith(f"The file {fremd} is not a Kommunalpakt Desktop database"), shown
    # A message that carries another error as its value translates that one too.
    from kpakt_desktop.domain.errors import InputError, meldung

    inner = InputError(meldung("{pfad}: Datei nicht gefunden.", pfad="bogen.xlsx"))
    outer = InputError(meldung("Unterart: {err}", err=inner))
    assert str(outer) == "Unterart: bogen.xlsx: Datei nicht gefunden."
    assert meldungen.text(outer) == "Subtype: bogen.xlsx: file not found."
