"""The Rückmeldebogen preview in the GUI (issue 16): Bemerkungen, refused files with their cells,
steps back confirmed, similar Hersteller mapped; the Nachnutzung editor asks about similar names."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox
from sqlalchemy import select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.berichte.rueckmeldung_dialog import RueckmeldungDialog
from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE, STATUS_ROLE
from kpakt_desktop.services import nachnutzung as nn
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Nachnutzung

KOBLENZ = "071110000000"
PELLENZ = "071375001000"


@pytest.fixture
def page(main_window, monkeypatch):
    calls: dict[str, list] = {"info": [], "error": [], "ask": []}
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: calls["info"].append(text))
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: calls["error"].append(text))
    p = main_window.show_page("berichte")
    p.calls = calls
    return p


def _form(store: Store, ars: str, ziel: Path, eintraege: dict[int, dict[str, object]]) -> Path:
    pfad = run_job(export_job(store, ziel, kommune_ars=ars, jetzt=datetime(2026, 11, 2, 10, 30))).dateien[0]
    wb = load_workbook(pfad)
    ws = wb[f.BLATT]
    for nr, werte in eintraege.items():
        r = next(r for r in range(f.ERSTE_ZEILE, ws.max_row + 1) if ws.cell(row=r, column=1).value == nr)
        for key, value in werte.items():
            ws.cell(row=r, column=f.SPALTE_VON[key]).value = value
    wb.save(pfad)
    return pfad


def _nid(store: Store, nr: int) -> int:
    with store.read() as s:
        return s.execute(
            select(Nachnutzung.id)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .where(Kommune.ars == KOBLENZ, Nachnutzung.leistung_nr == nr)
        ).scalar_one()


def test_preview_shows_bemerkung_refused_cells_step_back_and_similar_name(page, qtbot, tmp_path, monkeypatch, settle):
    store = page.ctx.store
    gut = _form(
        store,
        KOBLENZ,
        tmp_path / "koblenz.xlsx",
        {
            1: {"bemerkung": "Wir warten auf den Rahmenvertrag"},
            2: {"fv": "Meldewesen Plus", "hst": "Epsilon Public IT"},
            4: {"status": "offen", "bemerkung": "Test gescheitert"},
        },
    )
    schlecht = _form(store, PELLENZ, tmp_path / "pellenz.xlsx", {1: {"ke": "viel"}, 3: {"seit": datetime(1925, 1, 1)}})
    monkeypatch.setattr(msgbox, "open_files", lambda *_a: [gut, schlecht])

    def ask(_p, _t, text: str) -> bool:
        page.calls["ask"].append(text)
        return True

    monkeypatch.setattr(msgbox, "ask", ask)
    seen: dict[str, object] = {}

    def review(dialog: RueckmeldungDialog) -> int:
        items = dialog.items
        bem = items[f"{KOBLENZ}/1"]
        seen["bemerkung"] = (bem.text(2), bem.text(1), bem.checkState(0))
        seen["zurueck"] = items[f"{KOBLENZ}/4"].text(0)
        combos = dialog.findChildren(QComboBox)
        seen["combos"] = [[c.itemData(i) for i in range(c.count())] for c in combos]
        tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        refused = next(t for t in tops if t.text(0) == "pellenz.xlsx")
        seen["probleme"] = [
            (refused.child(i).text(0), refused.child(i).text(1), refused.child(i).toolTip(1))
            for i in range(refused.childCount())
        ]
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(tmp_path / "vorschau.png"))
        qtbot.mouseClick(dialog.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RueckmeldungDialog, "exec", review)
    qtbot.mouseClick(page.rm_import_button, Qt.MouseButton.LeftButton)
    settle()

    text, aenderung, state = seen["bemerkung"]
    assert text == "Wir warten auf den Rahmenvertrag" and "Bemerkung" in aenderung and state == Qt.CheckState.Checked
    assert "Schritt zurück" in seen["zurueck"]
    assert seen["combos"] == [["Epsilon Public IT (Demo)", "Epsilon Public IT"]]  # the existing one first
    assert len(seen["probleme"]) == 2 and all(f"„Rückmeldung“, {ort}: " in tip for ort, _, tip in seen["probleme"])
    assert any("kein ganzer Euro-Betrag" in text for _, text, _ in seen["probleme"])
    assert any("01.01.1925 liegt vor dem 01.01.2020" in text for _, text, _ in seen["probleme"])
    assert all(tip.startswith("pellenz.xlsx, Blatt „Rückmeldung“, Zelle ") for _, _, tip in seen["probleme"])
    assert len(page.calls["ask"]) == 1 and "Anbindung → offen" in page.calls["ask"][0]
    assert page.calls["error"] == []
    info = page.calls["info"][-1]
    assert "2 Nachnutzungen übernommen" in info and "1 Bemerkungen" in info and "pellenz.xlsx" in info
    z2, z4 = nn.zelle(store, _nid(store, 2)), nn.zelle(store, _nid(store, 4))
    assert (z2.fachverfahren, z2.hersteller) == ("Meldewesen Plus", "Epsilon Public IT (Demo)")
    assert z4.status is Status.OFFEN
    notizen = [h.notiz for h in nn.historie_zelle(store, _nid(store, 1))]
    assert "Wir warten auf den Rahmenvertrag" in notizen


def test_step_back_not_confirmed_stays_in_the_preview(qtbot, rp_demo, tmp_path, monkeypatch, settle):
    from kpakt_desktop.services.rueckmeldung.pruefung import pruefen

    pfad = _form(rp_demo, KOBLENZ, tmp_path / "bogen.xlsx", {4: {"status": "Interesse bekundet"}})
    dialog = RueckmeldungDialog(pruefen(rp_demo, [pfad], heute=date(2026, 12, 3)), None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(msgbox, "ask", lambda *_a: False)
    qtbot.mouseClick(dialog.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.rueckschritte_bestaetigt


@pytest.fixture
def editor_page(main_window, monkeypatch):
    monkeypatch.setattr(msgbox, "error", lambda *_a: None)
    return main_window.show_page("nachnutzung")


@pytest.mark.parametrize(
    ("wahl", "hersteller"), [(0, "Epsilon Public IT (Demo)"), (1, "Epsilon Public IT"), (None, None)]
)
def test_editor_asks_about_a_hersteller_spelled_like_an_existing_one(
    editor_page, monkeypatch, wahl, hersteller, settle
):
    model = editor_page.model
    col = model.spalte_von(9)
    row = next(r for r in range(model.rowCount()) if model.index(r, col).data(STATUS_ROLE) == Status.INTERESSE.value)
    auswahl = editor_page.table.left.selectionModel()
    auswahl.select(model.index(row, col), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    auswahl.setCurrentIndex(model.index(row, col), QItemSelectionModel.SelectionFlag.NoUpdate)
    nid = model.index(row, col).data(NACHNUTZUNG_ID_ROLE)
    fragen: list[tuple[str, list[str]]] = []

    def choose(_p, _t, text: str, options: list[str]) -> int | None:
        fragen.append((text, options))
        return wahl

    monkeypatch.setattr(msgbox, "choose", choose)
    editor_page.edit_selected()
    editor = editor_page.editor
    editor.fachverfahren.setCurrentText("Standesamt Digital")
    editor.hersteller.setCurrentText("Epsilon Public IT")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    (text, options) = fragen[0]
    assert "Hersteller „Epsilon Public IT“ gibt es noch nicht" in text and "„Epsilon Public IT (Demo)“" in text
    assert options == ["Vorhandenen „Epsilon Public IT (Demo)“ verwenden", "„Epsilon Public IT“ neu anlegen"]
    z = nn.zelle(editor_page.ctx.store, nid)
    if hersteller is None:  # Abbrechen: back in the form, nothing written
        assert editor.dialog.isVisible() and z.fachverfahren is None
        editor.dialog.reject()
        return
    assert (z.fachverfahren, z.hersteller) == ("Standesamt Digital", hersteller)
    assert nn.auswahl(editor_page.ctx.store).hersteller.count("Epsilon Public IT (Demo)") == 1


def test_refused_forms_are_listed_in_english(english, page, qtbot, tmp_path, monkeypatch):
    store = page.ctx.store
    gut = _form(store, KOBLENZ, tmp_path / "koblenz.xlsx", {1: {"bemerkung": "Bitte zurückrufen"}})
    schlecht = _form(store, PELLENZ, tmp_path / "pellenz.xlsx", {1: {"ke": "viel"}, 3: {"status": "fertig"}})
    # Only the refused form: the page says why.
    monkeypatch.setattr(msgbox, "open_files", lambda *_a: [schlecht])
    qtbot.mouseClick(page.rm_import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.calls["error"]))
    fehler = page.calls["error"][-1]
    assert fehler.startswith("Nothing was applied."), fehler
    assert "pellenz.xlsx, sheet “Rückmeldung”, cell " in fehler and ": “viel” is not a whole euro amount" in fehler
    assert "“fertig” is not a status from the drop-down list (open, Interest expressed, " in fehler

    # Beside a good one: the preview lists each problem by its cell.
    seen: dict[str, list[tuple[str, str, str]]] = {}

    def review(dialog: RueckmeldungDialog) -> int:
        tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        refused = next(t for t in tops if t.text(0) == "pellenz.xlsx")
        seen["probleme"] = [
            (refused.child(i).text(0), refused.child(i).text(1), refused.child(i).toolTip(1))
            for i in range(refused.childCount())
        ]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RueckmeldungDialog, "exec", review)
    monkeypatch.setattr(msgbox, "open_files", lambda *_a: [gut, schlecht])
    qtbot.mouseClick(page.rm_import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "probleme" in seen)
    probleme = seen["probleme"]
    assert [text for _, text, _ in probleme] == [
        "“viel” is not a whole euro amount of 0 or more.",
        "“fertig” is not a status from the drop-down list (open, Interest expressed, Agreement, Connection, Test, "
        "in production, deferred).",
    ]
    for ort, text, tip in probleme:  # the cell beside the problem, the whole line in the tooltip
        zelle = ort.removeprefix("Cell ")
        assert ort != zelle and tip == f"pellenz.xlsx, sheet “Rückmeldung”, cell {zelle}: {text}"
