"""``kpakt-desktop PAKET.zip``: the check window of one Standardpaket (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpakt_desktop import app
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.standardpaket.bundle_check import BundleCheckDialog
from kpakt_desktop.services.standardpaket import signing
from standardpaket.sp_helpers import read_zip, repack


@pytest.fixture
def trusted(keys, monkeypatch) -> Path:
    """The session's trusted public keys stand in for the user's ``vertrauen/`` folder."""
    monkeypatch.setattr(signing, "default_trust_dir", lambda: keys.trust)
    return keys.trust


@pytest.fixture
def tampered(bundles, tmp_path: Path) -> Path:
    """RP's package with one Kommune renamed and the hashes fixed, but not re-signed."""
    files = read_zip(bundles["07"])
    kommune = files["kommune.csv"].decode("utf-8")
    first_data_line = kommune.splitlines()[1]
    changed = kommune.replace(first_data_line, first_data_line.replace(",", ",X", 1), 1)
    return repack(bundles["07"], tmp_path / "rp-manipuliert.zip", change={"kommune.csv": changed.encode("utf-8")})


def test_a_valid_package_is_shown_as_valid(qtbot, bundles, trusted):
    dialog = BundleCheckDialog(bundles["07"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.run_check()
    assert dialog.report is not None and dialog.report.valid
    assert "Gültig" in dialog.result_label.text()
    assert "Land: 07" in dialog.details.text() and "Paket Nr.: 1" in dialog.details.text()
    assert dialog.report.fingerprint and dialog.report.fingerprint in dialog.details.text()
    assert dialog.problems_model.rowCount() == 0 and not dialog.problems_view.isVisible()


def test_a_tampered_package_lists_its_problems(qtbot, tampered, trusted):
    dialog = BundleCheckDialog(tampered)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.run_check()
    assert dialog.report is not None and not dialog.report.valid
    assert "Ungültig" in dialog.result_label.text()
    rows = dialog.problems_model.rowCount()
    assert rows == len(dialog.report.problems) > 0 and dialog.problems_view.isVisible()
    messages = [dialog.problems_model.row_at(i).meldung for i in range(rows)]
    assert any("Signatur" in m for m in messages), messages


def test_an_unknown_land_key_is_reported(qtbot, bundles, tmp_path, monkeypatch):
    monkeypatch.setattr(signing, "default_trust_dir", lambda: tmp_path)  # no key trusted at all
    dialog = BundleCheckDialog(bundles["07"])
    qtbot.addWidget(dialog)
    assert dialog.run_check()
    assert dialog.report is not None and not dialog.report.valid
    assert str(tmp_path) in dialog.details.text()


@pytest.mark.parametrize(("which", "exit_code"), [("valid", 0), ("tampered", 1)])
def test_kpakt_desktop_opens_a_package_given_on_the_command_line(
    qtbot, bundles, tampered, trusted, monkeypatch, which, exit_code
):
    shown: list[BundleCheckDialog] = []

    def exec_(self: BundleCheckDialog) -> int:  # the user reads the result and closes the window
        shown.append(self)
        return 0

    monkeypatch.setattr(BundleCheckDialog, "exec", exec_)
    monkeypatch.setattr(msgbox, "error", lambda *_a: pytest.fail("no error box expected"))
    package = bundles["07"] if which == "valid" else tampered
    assert app.main([str(package)]) == exit_code
    assert len(shown) == 1 and shown[0].path == package
    shown[0].close()


def test_a_database_given_on_the_command_line_is_opened_like_db():
    assert app.parse_args(["land.sqlite"]).datei == Path("land.sqlite")
    assert app.parse_args(["--db", "a.sqlite"]).datei is None


def test_names_from_the_package_are_shown_escaped_and_demo_packages_loudly(qtbot, bundles, keys, trusted, tmp_path):
    from PySide6.QtCore import Qt

    from standardpaket.sp_helpers import write_entries

    files = read_zip(bundles["07"])
    hostile = write_entries(tmp_path / "ansi.zip", [*files.items(), ("\x1b[31mrot.csv", b"x")])
    dialog = BundleCheckDialog(hostile)
    qtbot.addWidget(dialog)
    assert dialog.run_check()
    shown = dialog.problems_model.data(dialog.problems_model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert shown == "\\x1b[31mrot.csv"
    assert "Ein Problem" in dialog.result_label.text()

    land = files["land.csv"].replace(b",false,", b",true,", 1)  # ist_demo
    demo = repack(bundles["07"], tmp_path / "demo.zip", change={"land.csv": land}, key=keys.key("07"))
    dialog = BundleCheckDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.run_check()
    assert dialog.report is not None and dialog.report.valid and dialog.report.demo
    assert "DEMO-Paket" in dialog.result_label.text()


def test_the_problems_are_listed_in_english_with_the_package_values_escaped(
    english, qtbot, bundles, keys, trusted, tmp_path
):
    import csv
    import io

    from PySide6.QtCore import Qt

    rows = list(csv.reader(io.StringIO(read_zip(bundles["07"])["kommune.csv"].decode("utf-8"), newline="")))
    rows[1][rows[0].index("einwohner")] = "viel\x1b[2J"  # an ANSI sequence in a cell that must be a number
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    package = repack(
        bundles["07"], tmp_path / "rp.zip", change={"kommune.csv": out.getvalue().encode("utf-8")}, key=keys.key("07")
    )
    dialog = BundleCheckDialog(package)
    qtbot.addWidget(dialog)
    assert dialog.run_check()
    assert dialog.report is not None and len(dialog.report.problems) == 1
    problem = dialog.report.problems[0]
    assert problem.meldung == "„viel\x1b[2J“ ist keine ganze Zahl."  # the CLI's JSON: German, as it was
    assert problem.text() == "kommune.csv, Zeile 2, Feld „einwohner“: „viel\\x1b[2J“ ist keine ganze Zahl."

    def shown(column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return dialog.problems_model.data(dialog.problems_model.index(0, column), role)

    assert "Invalid" in dialog.result_label.text()
    assert (shown(0), shown(1), shown(2)) == ("kommune.csv", "2", "einwohner")
    assert shown(3) == "“viel\\x1b[2J” is not a whole number."
    tip = shown(3, Qt.ItemDataRole.ToolTipRole)
    assert tip == "kommune.csv, line 2, field “einwohner”: “viel\\x1b[2J” is not a whole number."
