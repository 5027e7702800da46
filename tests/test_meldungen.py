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


# The file checks collect their problems instead of raising them: a problem's text goes into one of
# these calls (at this argument) and must be a meldung(…) too, so the English UI lists it in English.
PROBLEM_TEXTS = {
    "services/rueckmeldung/pruefung.py": {"Problem": 0, "_Fehler": 2, "ValueError": 0, "append": 0},
    "services/standardpaket/validate.py": {
        "Problem": 1,
        "add": 1,
        "_add": 0,
        "ValueError": 0,
        "CellError": 0,
        "_TooLong": 0,
        "_JsonRefused": 0,
    },
    "services/standardpaket/merge.py": {"Problem": 1, "add": 1},
    "services/standardpaket/cells.py": {"CellError": 0},
}


def _written(node: ast.expr, names: set[str]) -> bool:
    """Text written into the code: a literal, an f-string, ``"…".format(…)``, a sum of them, or a
    name that holds one."""
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    if isinstance(node, ast.BinOp):
        return _written(node.left, names) or _written(node.right, names)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _written(node.func.value, names)
    return isinstance(node, ast.Name) and node.id in names


def _written_problems(source: str, sinks: dict[str, int]) -> list[int]:
    """Lines where a problem's text is written instead of being a ``meldung(…)``."""
    return sorted(set(_written_calls(source, sinks)))


def _written_calls(source: str, sinks: dict[str, int]) -> Iterator[int]:
    tree = ast.parse(source)
    scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))]
    for scope in scopes:
        names: set[str] = set()
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and _written(node.value, set()):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in sinks:
                continue
            at = sinks[name]
            texts = [node.args[at]] if len(node.args) > at else []
            texts += [k.value for k in node.keywords if k.arg in ("meldung", "text", "message")]
            if any(_written(t, names) for t in texts):
                yield node.lineno


def test_every_problem_of_a_file_check_is_translatable():
    written = [
        f"{module}:{line}"
        for module, sinks in PROBLEM_TEXTS.items()
        for line in _written_problems((PACKAGE / module).read_text(encoding="utf-8"), sinks)
    ]
    assert written == [], "bitte meldung(…) verwenden: " + ", ".join(written)


def test_the_guard_finds_a_written_problem_text():
    source = """
def check(report, name, size):
    report.add(name, f"Die Datei ist {size} Bytes groß.")
    report.add(name, meldung("Die Datei ist {size} Bytes groß.", size=size))
    text = "Die Datei ist " + str(size) + " Bytes groß."
    report.add(name, text)
    report.add(name, "Die Datei ist {size} Bytes groß.".format(size=size))
    raise ValueError(f"{size} Bytes")
"""
    assert _written_problems(source, PROBLEM_TEXTS["services/standardpaket/validate.py"]) == [3, 6, 7, 8]
