"""The Leistungen page: No. 7/8 shown as special, editing with undo, Vollzugsebene preview and change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.vollzug import Vollzugsebene
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.leistungen.page import LeistungenPage
from kpakt_desktop.services.leistungen import aendere_leistung, leistungen
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.services.vollzugsebene import vollzug_stand, vorschau_ebene


@pytest.fixture
def page(main_window, monkeypatch) -> LeistungenPage:
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: pytest.fail(text))
    p = main_window.show_page("leistungen")
    assert isinstance(p, LeistungenPage)
    return p


def test_lists_16_leistungen_with_special_cases(page, qtmodeltester):
    assert page.model.rowCount() == 16
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.vollzug.model)
    hinweis = {page.model.row_at(r).daten.nr: page.model.index(r, 2).data() for r in range(16)}
    assert hinweis[7] == "bereits vollständig realisiert"
    assert hinweis[8] == "direkt durch das BMFSFJ betrieben"
    assert all(not hinweis[nr] for nr in hinweis if nr not in (7, 8))
    page.select_nr(8)
    assert page.details.sonderfall.isVisibleTo(page) and "BMFSFJ" in page.details.sonderfall.text()
    page.select_nr(1)
    assert not page.details.sonderfall.isVisibleTo(page)
    stats = {item.nr: item.zustaendig for item in compute_stats(page.ctx.store).leistungen}
    assert {page.model.row_at(r).daten.nr: page.model.index(r, 7).data() for r in range(16)} == {
        nr: f"{n:,}".replace(",", ".") for nr, n in stats.items()
    }


def test_edit_efa_fields_then_undo(page, main_window, qtbot, settle):
    page.select_nr(12)
    page.details.efa_dienst.setText("Wohngeld-Digital")
    page.details.link.setText("https://example.invalid/wohngeld")
    page.details.ff.setText("sh, hb")
    qtbot.mouseClick(page.details.save, Qt.MouseButton.LeftButton)
    settle()
    d = {x.nr: x for x in leistungen(page.ctx.store)}[12]
    assert (d.efa_dienst, d.link, d.federfuehrend) == ("Wohngeld-Digital", "https://example.invalid/wohngeld", "SH, HB")
    main_window.ctx.undo_stack.undo()
    settle()
    d = {x.nr: x for x in leistungen(page.ctx.store)}[12]
    assert (d.efa_dienst, d.link, d.federfuehrend) == (None, None, "SH")
    assert page.details.efa_dienst.text() == ""


def test_bad_federfuehrend_is_refused(page, monkeypatch, qtbot, settle):
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    page.select_nr(1)
    page.details.ff.setText("HH, XY")
    qtbot.mouseClick(page.details.save, Qt.MouseButton.LeftButton)
    settle()
    assert errors and "XY" in errors[0] and "Erlaubt sind" in errors[0]
    assert {x.nr: x for x in leistungen(page.ctx.store)}[1].federfuehrend == "HH"


def test_changing_vollzugsebene_previews_then_applies(page, monkeypatch, settle):
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: asked.append(text) or True)
    page.select_nr(4)
    expected = vorschau_ebene(page.ctx.store, 4, Vollzugsebene.KREIS)
    page.vollzug.ebene.setCurrentIndex(page.vollzug.ebene.findData(Vollzugsebene.KREIS.value))
    assert page.vollzug.preview.isVisibleTo(page)
    text = page.vollzug.preview.text()
    assert f"{expected.fallen_heraus} fallen heraus" in text and "nicht mehr zuständig" in text
    assert {s.nr: s.ebene for s in vollzug_stand(page.ctx.store)}[4] is Vollzugsebene.VERWALTUNGSTRAEGER  # preview only
    page.vollzug.apply.click()
    settle()
    assert asked and "fallen heraus" in asked[0]
    stand = {s.nr: s for s in vollzug_stand(page.ctx.store)}[4]
    assert (stand.ebene, stand.zustaendig) == (Vollzugsebene.KREIS, expected.zustaendig)
    by_status = {item["nr"]: item for item in compute_stats(page.ctx.store).to_json()["leistungen"]}
    assert by_status[4]["zustaendig"] == expected.zustaendig
    assert page.current_nr() == 4 and "Kreis" in page.model.index(3, 5).data()
    assert Status.NICHT_MEHR_ZUSTAENDIG.value not in by_status[4]["by_status"]


def test_verband_rule_shown_as_default_to_check(page, monkeypatch, settle):
    check = page.regeln.checks["verbandsgemeinde"]
    assert check.isChecked()
    assert "bitte prüfen" in page.regeln.labels["verbandsgemeinde"].text()
    monkeypatch.setattr(msgbox, "ask", lambda *_a: False)
    check.setChecked(False)  # declined: nothing changes
    assert page.regeln.checks["verbandsgemeinde"].isChecked()
    monkeypatch.setattr(msgbox, "ask", lambda *_a: True)
    page.regeln.checks["verbandsgemeinde"].setChecked(False)
    settle()
    assert page.regeln.labels["verbandsgemeinde"].text() == "geprüft"
    assert {s.nr: s.zustaendig for s in vollzug_stand(page.ctx.store)}[1] > 2000  # now every Ortsgemeinde


def test_add_and_remove_exception_through_the_panel(page, qtmodeltester, settle):
    page.select_nr(13)  # Führerschein: no shipped exception in RP
    before = page.vollzug.stand.zustaendig
    page.vollzug.kommune.setText("Andernach")  # not a full choice: refused in place, nothing written
    page.vollzug.add.click()
    settle()
    assert page.vollzug.stand.zustaendig == before and page.vollzug.model.rowCount() == 0
    choice = next(t for t in page.vollzug._kommunen if t.startswith("Andernach, Stadt ("))
    page.vollzug.kommune.setText(choice)
    page.vollzug.grund.setText("eigene Fahrerlaubnisbehörde")
    page.vollzug.add.click()
    settle()
    assert page.current_nr() == 13
    assert page.vollzug.stand.zustaendig == before + 1
    assert page.vollzug.model.rowCount() == 1
    assert page.vollzug.model.index(0, 3).data() == "eigene Fahrerlaubnisbehörde"
    qtmodeltester.check(page.vollzug.model)
    page.vollzug.table.selectRow(0)
    page.vollzug.remove.click()
    settle()
    assert page.vollzug.stand.zustaendig == before and page.vollzug.model.rowCount() == 0


def test_source_confidence_and_confirm_button(page, qtbot, settle):
    page.select_nr(2)
    assert "Quelle:" in page.vollzug.quelle.text() and "Staatsangehörigkeitsbehörde" in page.vollzug.quelle.text()
    assert "bitte prüfen" in page.vollzug.sicherheit.text()
    assert page.model.index(1, 6).data() == "bitte prüfen"
    qtbot.mouseClick(page.vollzug.confirm, Qt.MouseButton.LeftButton)
    settle()
    stand = {s.nr: s for s in vollzug_stand(page.ctx.store)}[2]
    assert stand.geprueft
    assert page.current_nr() == 2 and "bestätigt" in page.vollzug.sicherheit.text()
    assert not page.vollzug.confirm.isEnabled()
    assert page.model.index(1, 6).data().startswith("bestätigt")


def test_add_kommunen_from_a_list_file(page, monkeypatch, tmp_path, qtbot, settle):
    liste = tmp_path / "zulassung.csv"
    liste.write_text("Name\nBoppard\nBendorf, Stadt\nAtlantis\n", encoding="utf-8")
    monkeypatch.setattr(msgbox, "open_file", lambda *_a: liste)
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: asked.append(text) or True)
    page.select_nr(14)
    before = page.vollzug.stand.zustaendig
    qtbot.mouseClick(page.vollzug.liste, Qt.MouseButton.LeftButton)
    settle()
    assert asked and "2 Kommunen erkannt" in asked[0] and "Zeile 4" in asked[0] and "Atlantis" in asked[0]
    assert page.current_nr() == 14 and page.vollzug.stand.zustaendig == before + 2
    assert page.vollzug.model.rowCount() == 2
    assert {page.vollzug.model.index(r, 3).data() for r in range(2)} == {"aus Liste zulassung.csv"}


def test_undo_of_an_edit_is_refused_when_the_fields_changed_in_between(page, main_window, monkeypatch, settle):
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    page.save_leistung(12, {"efa_dienst": "Wohngeld-Digital", "federfuehrend": "sh, hb"})
    settle()
    aendere_leistung(page.ctx.store, 12, {"efa_dienst": "Wohngeld online"})  # e.g. the CLI or a second window
    main_window.ctx.undo_stack.undo()
    settle()
    d = {x.nr: x for x in leistungen(page.ctx.store)}[12]
    assert (d.efa_dienst, d.federfuehrend) == ("Wohngeld online", "SH, HB")  # nothing overwritten
    assert len(shown) == 1 and "Leistung 12" in shown[0] and "inzwischen geändert" in shown[0]


def test_undo_and_redo_of_an_edit_compare_the_stored_values(page, main_window, settle):
    page.save_leistung(12, {"federfuehrend": " sh, hb "})  # stored cleaned: "SH, HB"
    settle()
    main_window.ctx.undo_stack.undo()
    settle()
    assert {x.nr: x for x in leistungen(page.ctx.store)}[12].federfuehrend == "SH"
    main_window.ctx.undo_stack.redo()
    settle()
    assert {x.nr: x for x in leistungen(page.ctx.store)}[12].federfuehrend == "SH, HB"
