"""The Berichte page: reports in the worker with progress, Rückmeldebögen read back through the review dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.berichte.rueckmeldung_dialog import RueckmeldungDialog
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.nachnutzung import historie_zelle, setze_status, zelle
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.store.models import Kommune, Nachnutzung

ARS = "071315001000"  # Adenau, a Verbandsgemeinde in the Kreis Ahrweiler


@pytest.fixture
def page(main_window, monkeypatch):
    calls: dict[str, list] = {"info": [], "error": [], "geoeffnet": []}
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: calls["info"].append(text))
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: calls["error"].append(text))

    def ask(_p, _t, text: str) -> bool:  # "… gespeichert. Jetzt öffnen?" – the user says yes
        calls["info"].append(text)
        return True

    monkeypatch.setattr(msgbox, "ask", ask)
    monkeypatch.setattr(msgbox, "open_path", calls["geoeffnet"].append)
    p = main_window.show_page("berichte")
    p.calls = calls
    return p


def test_bdv_and_lagebericht_from_the_page(page, qtbot, tmp_path, monkeypatch, settle):
    assert page.bdv_kreis.count() == 36 and page.lage_gebiet.count() == 37
    page.bdv_kreis.setCurrentIndex(page.bdv_kreis.findText("Ahrweiler"))
    ziel = tmp_path / "bdv.xlsx"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: ziel)
    qtbot.mouseClick(page.bdv_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: bool(page.calls["info"] or page.calls["error"]), timeout=20000)
    assert page.calls["error"] == [] and str(ziel) in page.calls["info"][0] and "Jetzt öffnen?" in page.calls["info"][0]
    assert page.calls["geoeffnet"] == [ziel]
    assert load_workbook(ziel)["Deckblatt"]["A2"].value == "Ahrweiler"
    assert page.bdv_button.isEnabled()

    page.lage_gebiet.setCurrentIndex(page.lage_gebiet.findText("Ahrweiler"))
    pdf = tmp_path / "lage.pdf"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: pdf)
    qtbot.mouseClick(page.lage_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: len(page.calls["info"]) == 2, timeout=20000)
    assert "Ahrweiler" in PdfReader(pdf).pages[0].extract_text()


def _form(store, tmp_path):
    [pfad] = run_job(export_job(store, tmp_path / "bogen.xlsx", kommune_ars=ARS)).dateien
    wb = load_workbook(pfad)
    ws = wb[f.BLATT]
    rows = [r for r in range(f.ERSTE_ZEILE, ws.max_row + 1) if ws.cell(row=r, column=3).value != "produktiv"][:2]
    nrs = [ws.cell(row=r, column=1).value for r in rows]
    ws.cell(row=rows[0], column=f.SPALTE_VON["kj"]).value = 4321
    ws.cell(row=rows[1], column=f.SPALTE_VON["kj"]).value = 1234
    wb.save(pfad)
    return pfad, nrs


def _ids(store, nrs):
    with store.read() as s:
        rows = dict(
            s.execute(
                select(Nachnutzung.leistung_nr, Nachnutzung.id)
                .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
                .where(Kommune.ars == ARS)
            ).all()
        )
    return [rows[nr] for nr in nrs]


def test_import_review_takes_the_ticked_rows_as_one_undo_step(page, qtbot, tmp_path, monkeypatch, settle):
    store = page.ctx.store
    pfad, nrs = _form(store, tmp_path)
    id1, id2 = _ids(store, nrs)
    monkeypatch.setattr(msgbox, "open_files", lambda *_a: [pfad])
    seen = {}

    def review(dialog: RueckmeldungDialog) -> int:
        seen["rows"] = sorted(dialog.items)
        assert dialog.auswahl() == {f"{ARS}/{nrs[0]}", f"{ARS}/{nrs[1]}"}
        dialog.items[f"{ARS}/{nrs[1]}"].setCheckState(0, Qt.CheckState.Unchecked)  # the user leaves one out
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RueckmeldungDialog, "exec", review)
    qtbot.mouseClick(page.rm_import_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.calls["error"] == [] and "1 Nachnutzungen übernommen, 1 nicht übernommen" in page.calls["info"][-1]
    assert zelle(store, id1).kosten_jaehrlich == 4321 and zelle(store, id2).kosten_jaehrlich != 1234
    eintrag = historie_zelle(store, id1)[0]
    assert eintrag.quelle == f"per Rückmeldebogen vom {datetime.now():%d.%m.%Y}" and eintrag.feld == "kosten_jaehrlich"
    assert page.ctx.undo_stack.count() == 1
    page.ctx.undo_stack.undo()
    settle()
    assert zelle(store, id1).kosten_jaehrlich != 4321


def test_conflicting_row_starts_unticked_and_hostile_form_is_refused(page, qtbot, tmp_path, monkeypatch, settle):
    store = page.ctx.store
    pfad, nrs = _form(store, tmp_path)
    wb = load_workbook(pfad)
    ws = wb[f.BLATT]
    r = next(r for r in range(f.ERSTE_ZEILE, ws.max_row + 1) if ws.cell(row=r, column=1).value == nrs[0])
    ws.cell(row=r, column=3).value = "zurückgestellt"
    wb.save(pfad)
    setze_status(
        store, ars=ARS, leistung_nr=nrs[0], status=Status.TEST, datum=None, notiz=None, benutzer="B", quelle="x"
    )
    monkeypatch.setattr(msgbox, "open_files", lambda *_a: [pfad])
    states = {}

    def review(dialog: RueckmeldungDialog) -> int:
        states.update({k: item.checkState(0) for k, item in dialog.items.items()})
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RueckmeldungDialog, "exec", review)
    qtbot.mouseClick(page.rm_import_button, Qt.MouseButton.LeftButton)
    settle()
    assert states[f"{ARS}/{nrs[0]}"] == Qt.CheckState.Unchecked and states[f"{ARS}/{nrs[1]}"] == Qt.CheckState.Checked

    ws.cell(row=r, column=3).value = "fast fertig"
    wb.save(pfad)
    vorher = page.ctx.undo_stack.count()
    qtbot.mouseClick(page.rm_import_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Nichts wurde übernommen" in page.calls["error"][-1]
    assert f"bogen.xlsx, Blatt „{f.BLATT}“, Zelle C{r}" in page.calls["error"][-1]
    assert page.ctx.undo_stack.count() == vorher


def test_review_dialog_buttons_and_accessible_names(qtbot, rp_demo, tmp_path, settle):
    from kpakt_desktop.services.rueckmeldung.pruefung import pruefen

    pfad, _ = _form(rp_demo, tmp_path)
    dialog = RueckmeldungDialog(pruefen(rp_demo, [pfad]), None)
    qtbot.addWidget(dialog)
    ok = dialog.box.button(dialog.box.StandardButton.Ok)
    qtbot.mouseClick(dialog.keine_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.auswahl() == set() and not ok.isEnabled()
    qtbot.mouseClick(dialog.alle_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(dialog.auswahl()) == 2 and ok.isEnabled()
    for w in (dialog.tree, dialog.alle_button, dialog.keine_button, ok):
        assert w.objectName() and w.accessibleName()


def test_buendelung_and_forms_for_a_kreis_from_the_page(page, qtbot, tmp_path, monkeypatch, settle):
    ziel = tmp_path / "buendelung.xlsx"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: ziel)
    qtbot.mouseClick(page.buendelung_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: bool(page.calls["info"] or page.calls["error"]), timeout=20000)
    assert page.calls["error"] == [] and "Fachverfahren" in load_workbook(ziel).sheetnames

    ordner = tmp_path / "boegen"
    ordner.mkdir()
    monkeypatch.setattr(msgbox, "choose_folder", lambda *_a: ordner)
    page.rm_kreis.setCurrentIndex(page.rm_kreis.findText("Ahrweiler"))
    qtbot.mouseClick(page.rm_export_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: len(page.calls["info"]) == 2, timeout=20000)
    dateien = sorted(ordner.glob("Rueckmeldebogen_07131*.xlsx"))
    assert len(dateien) > 3 and f"{len(dateien)} Dateien gespeichert" in page.calls["info"][-1]
    assert page.calls["geoeffnet"][-1] == ordner

    # A single Kommune: the ARS is checked as it is typed, before any folder dialog.
    folders: list[object] = []
    monkeypatch.setattr(msgbox, "choose_folder", lambda *args: folders.append(args))
    hint = page.rm_ars_hinweis
    assert "12 Ziffern" in hint.text() and page.rm_export_button.isEnabled()  # empty: the whole Kreis
    qtbot.keyClicks(page.rm_ars, "07a1b3")  # letters are refused as typed
    assert page.rm_ars.text() == "0713"
    assert hint.text() == "Der ARS hat 12 Ziffern – es fehlen noch 8." and hint.isVisible()
    assert not page.rm_export_button.isEnabled()
    page.rm_ars.clear()
    qtbot.keyClicks(page.rm_ars, "079999999999")  # complete, but no such Kommune
    assert "079999999999" in hint.text() and "gibt es in dieser Datenbank nicht" in hint.text()
    assert not page.rm_export_button.isEnabled()
    qtbot.mouseClick(page.rm_export_button, Qt.MouseButton.LeftButton)
    assert folders == []  # no folder dialog for an ARS that cannot work
    page.rm_ars.clear()
    qtbot.keyClicks(page.rm_ars, ARS)
    assert hint.text() == "" and page.rm_export_button.isEnabled()
