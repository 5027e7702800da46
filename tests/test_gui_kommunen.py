"""The Kommunen page driven through its real widgets; every check looks at the model AND the database."""

from __future__ import annotations

import pytest
from gv_files import modified
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit
from sqlalchemy import select

from kpakt_desktop.domain.kommunen import KommuneZustand
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.kommunen import gv_import
from kpakt_desktop.gui.kommunen.dialogs import KontaktDialog
from kpakt_desktop.gui.kommunen.page import TAB_BAUM, KommunenPage
from kpakt_desktop.gui.row_table import format_value
from kpakt_desktop.services.kommunen import kommunen_zeilen
from kpakt_desktop.services.kontakte import KontaktDaten, email_adressen, kontakt_speichern, kontakte_von
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import Kommune, Kontakt


@pytest.fixture
def page(main_window) -> KommunenPage:
    result = main_window.show_page("kommunen")
    assert isinstance(result, KommunenPage)
    return result


@pytest.fixture
def db(rp_demo_path):
    store = open_store(rp_demo_path)
    yield store
    store.close()


def kommune_by_ars(store: Store, ars: str) -> Kommune:
    with store.read() as s:
        return s.scalars(select(Kommune).where(Kommune.ars == ars)).one()


def visible(page: KommunenPage) -> list[str]:
    return [page.model.row_at(r).ars for r in range(page.model.rowCount())]


def test_models_pass_modeltester(page, qtbot, qtmodeltester):
    qtmodeltester.check(page.model)
    page.table.selectRow(3)
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # layout change with persistent indexes
    qtbot.keyClicks(page.search, "st")
    page.show_dissolved.setChecked(True)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.tree_model)
    qtmodeltester.check(page.tree_filter)
    qtmodeltester.check(page.itdl_model)
    page.table.selectRow(0)
    qtmodeltester.check(page.detail.kontakte)


def test_search_as_you_type_shows_matching_rows(page, qtbot, db):
    everything = [z for z in kommunen_zeilen(db) if not z.aufgeloest]
    assert page.model.rowCount() == len(everything) == 2456
    qtbot.keyClicks(page.search, "bad k")
    expected = sorted(z.ars for z in everything if "bad k" in z.name.casefold())
    assert sorted(visible(page)) == expected and len(expected) == 3
    page.search.clear()
    qtbot.keyClicks(page.search, "07131")  # ARS prefix of Kreis Ahrweiler
    assert visible(page) and all("07131" in ars for ars in visible(page))
    page.search.clear()
    qtbot.keyClicks(page.search, "55765")  # a PLZ
    names = {page.model.row_at(r).name for r in range(page.model.rowCount())}
    assert "Achtelsbach" in names
    page.search.clear()
    qtbot.keyClicks(page.search, "07134002")  # an AGS
    assert visible(page) == ["071345002002"]
    assert page.count.text() == "1 von 2.456"


def test_deleting_search_text_shows_the_wider_hits_and_keeps_the_chosen_kommune(page, qtbot, db):
    everything = [z for z in kommunen_zeilen(db) if not z.aufgeloest]
    qtbot.keyClicks(page.search, "bad")
    page.table.selectRow(0)
    chosen = page.current_id
    qtbot.keyClicks(page.search, " k")
    for text in ("bad ", "bad", "ba", "b", ""):  # Backspace after Backspace until the field is empty
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
        assert page.search.text() == text
        expected = [z.ars for z in everything if text.strip() in z.suchtext]  # as typed, without spaces
        assert sorted(visible(page)) == sorted(expected)
        assert page.count.text() == f"{len(expected):,} von 2.456".replace(",", ".")
        current = page.table.currentIndex()
        assert current.isValid() and page.model.row_at(current.row()).id == chosen  # still chosen, in view
        assert [i.row() for i in page.table.selectionModel().selectedRows()] == [current.row()]


def test_painting_asks_multidata_for_the_same_values_as_data(page, qtbot):
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    page.show_dissolved.setChecked(True)
    dissolved = [r for r in range(page.model.rowCount()) if page.model.row_at(r).aufgeloest]
    rows = [0, 1, *dissolved[:1]]  # a dissolved one, if any, is shown in italics
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole]
    for r in rows:
        for c in range(page.model.columnCount()):
            index = page.model.index(r, c)
            for role in roles:
                item = QModelRoleData(role)
                index.multiData(QModelRoleDataSpan(item))  # through Qt, as the delegate asks when painting
                assert item.data() == index.data(role)


def test_sorting_by_einwohner(page):
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    top = page.model.row_at(0)
    assert top.name == "Mainz, Stadt"
    values = [page.model.row_at(r).einwohner or -1 for r in range(page.model.rowCount())]
    assert values == sorted(values, reverse=True)


def select_ars(page: KommunenPage, qtbot, ars: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, ars)
    page.table.selectRow(0)
    assert page.detail.detail is not None and page.detail.detail.ars == ars


def test_edit_it_dienstleister_then_undo_and_redo(main_window, page, qtbot, db, settle):
    ars = "071310090090"  # Grafschaft
    before = kommune_by_ars(db, ars).it_dienstleister_id
    select_ars(page, qtbot, ars)
    combo = page.detail.itdl
    assert combo.currentData() == before
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up)
    after = combo.currentData()
    assert after != before
    settle()
    assert kommune_by_ars(db, ars).it_dienstleister_id == after  # saved at once
    row = page.model.row_of(kommune_by_ars(db, ars).id)
    assert row is not None and page.model.row_at(row).it_dienstleister_id == after
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert kommune_by_ars(db, ars).it_dienstleister_id == before
    assert page.detail.itdl.currentData() == before
    qtbot.keyClick(main_window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert kommune_by_ars(db, ars).it_dienstleister_id == after


def test_notes_spitzenverband_and_ansprechpartner_are_undoable(main_window, page, qtbot, db, settle):
    ars = "071310090090"
    select_ars(page, qtbot, ars)
    page.detail.notiz.setPlainText("Bürgermeister will im Frühjahr starten.")
    qtbot.mouseClick(page.detail.notiz_save, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.detail.ansprechpartner, Qt.MouseButton.LeftButton)
    settle()
    k = kommune_by_ars(db, ars)
    assert k.notiz == "Bürgermeister will im Frühjahr starten."
    assert k.ansprechpartner_fuer_andere is True
    assert main_window.ctx.undo_stack.count() == 2
    main_window.ctx.undo_stack.undo()
    main_window.ctx.undo_stack.undo()
    settle()
    k = kommune_by_ars(db, ars)
    assert k.notiz is None and k.ansprechpartner_fuer_andere is False


def test_kontakt_dialog_validates_and_contact_add_is_undoable(main_window, page, qtbot, db, monkeypatch, settle):
    dialog = KontaktDialog(page, KontaktDaten(None, None, "", KontaktFunktion.OZG_BEAUFTRAGTE))
    qtbot.addWidget(dialog.dialog)
    dialog.line("nameEdit").setText("Erika Beispiel")
    dialog.line("emailEdit").setText("erika(at)example")
    dialog.dialog.findChild(QDialogButtonBox, "buttonBox").accepted.emit()
    error = dialog.dialog.findChild(QLabel, "errorLabel")
    assert "E-Mail" in error.text() and dialog.ergebnis is None  # refused, dialog stays open
    dialog.dialog.findChild(QLineEdit, "emailEdit").setText("erika@example.org")
    dialog.dialog.findChild(QDialogButtonBox, "buttonBox").accepted.emit()
    assert dialog.ergebnis.email == "erika@example.org"

    ars = "071310090090"
    select_ars(page, qtbot, ars)
    kommune_id = page.detail.detail.id
    entered = KontaktDaten(None, kommune_id, "Erika Beispiel", KontaktFunktion.IT_LEITUNG, email="erika@example.org")
    monkeypatch.setattr(KontaktDialog, "exec", lambda self: entered)
    before = page.detail.kontakte.rowCount()
    qtbot.mouseClick(page.detail.kontakt_add, Qt.MouseButton.LeftButton)
    settle()
    assert page.detail.kontakte.rowCount() == before + 1
    with db.read() as s:
        assert s.scalar(select(Kontakt.funktion).where(Kontakt.email == "erika@example.org")) is (
            KontaktFunktion.IT_LEITUNG
        )
    main_window.ctx.undo_stack.undo()
    settle()
    assert page.detail.kontakte.rowCount() == before
    with db.read() as s:
        assert s.scalar(select(Kontakt.id).where(Kontakt.email == "erika@example.org")) is None


def test_bulk_assign_it_dienstleister_and_undo(main_window, page, qtbot, db, settle):
    qtbot.keyClicks(page.search, "bad ")
    page.table.selectAll()
    ids = page.selected_ids()
    assert len(ids) == page.model.rowCount() > 5
    with db.read() as s:
        before = dict(s.execute(select(Kommune.id, Kommune.it_dienstleister_id).where(Kommune.id.in_(ids))).all())
    target = page.itdl_model.row_at(0).daten.id
    page.assign_itdl_to(ids, target)
    settle()
    with db.read() as s:
        assert set(s.scalars(select(Kommune.it_dienstleister_id).where(Kommune.id.in_(ids)))) == {target}
    main_window.ctx.undo_stack.undo()
    settle()
    with db.read() as s:
        assert dict(s.execute(select(Kommune.id, Kommune.it_dienstleister_id).where(Kommune.id.in_(ids))).all()) == (
            before
        )


def test_copy_emails_of_ozg_beauftragte_of_one_kreis(page, db):
    page.tabs.setCurrentIndex(TAB_BAUM)
    ahrweiler = kommune_by_ars(db, "071310000000")
    page.tree.setCurrentIndex(page.tree_filter.index_of(ahrweiler.id))
    copied = page.copy_emails(KontaktFunktion.OZG_BEAUFTRAGTE)
    with db.read() as s:
        in_kreis = list(
            s.scalars(select(Kommune.id).where((Kommune.kreis_id == ahrweiler.id) | (Kommune.id == ahrweiler.id)))
        )
        expected = email_adressen(db, in_kreis, KontaktFunktion.OZG_BEAUFTRAGTE)
    assert copied == expected and copied
    assert QGuiApplication.clipboard().text() == "; ".join(expected)


def test_gemeindeverzeichnis_update_from_the_file_menu(
    main_window, page, qtbot, db, rp_demo_path, tmp_path, monkeypatch, settle
):
    def change(rows):
        barweiler = next(r for r in rows if r["gemeindename"] == "Barweiler")
        barweiler["gemeindename"] = "Barweiler (neu)"
        return [r for r in rows if r["gemeindename"] != "Antweiler"]

    path = modified(tmp_path / "gv.csv", "07", change)
    antweiler = kommune_by_ars(db, "071315001004")
    kontakt_speichern(db, KontaktDaten(None, antweiler.id, "Anna Amt", KontaktFunktion.HAUPTAMT, email="a@example.org"))
    monkeypatch.setattr(msgbox, "open_file", lambda *args: path)
    monkeypatch.setattr(gv_import.GvVorschau, "exec", lambda self: 1)
    asked = []

    def decide(dialog):  # the user picks the first offered successor and confirms
        asked.append([a.ars for a in dialog.offen])
        dialog.combos[0].setCurrentIndex(2)
        dialog.apply()
        return 1

    monkeypatch.setattr(gv_import.AufloesungDialog, "exec", decide)
    action = next(a for a in main_window.file_menu.actions() if "Gemeindeverzeichnis" in a.text())
    action.trigger()
    settle()
    assert kommune_by_ars(db, "071315001004").zustand is KommuneZustand.AUFGELOEST
    assert kommune_by_ars(db, "071315001008").name == "Barweiler (neu)"
    names = {page.model.row_at(r).name for r in range(page.model.rowCount())}
    assert "Barweiler (neu)" in names and "Antweiler" not in names
    page.show_dissolved.setChecked(True)
    assert "Antweiler" in {page.model.row_at(r).name for r in range(page.model.rowCount())}
    assert asked == [["071315001004"]]
    nachfolger = kommune_by_ars(db, "071315001004").nachfolger_id
    assert nachfolger is not None
    assert [k.email for k in kontakte_von(db, nachfolger) if k.email == "a@example.org"] == ["a@example.org"]


def test_note_typed_before_switching_kommune_is_saved(main_window, page, qtbot, db, settle):
    select_ars(page, qtbot, "071310090090")
    qtbot.keyClicks(page.detail.notiz, "Rueckruf bis Freitag")
    page.detail.ansprechpartner.click()  # another edit refreshes the panel: the typed note stays
    settle()
    assert page.detail.notiz.toPlainText() == "Rueckruf bis Freitag"
    select_ars(page, qtbot, "071310070070")
    settle()
    assert kommune_by_ars(db, "071310090090").notiz == "Rueckruf bis Freitag"
    assert page.detail.notiz.toPlainText() == ""
    assert main_window.ctx.undo_stack.count() == 2


def _baum_texte(page: KommunenPage) -> list[tuple[str, bool]]:
    """Every row the Gliederung shows: name and whether it is a hit (not in italics)."""
    out: list[tuple[str, bool]] = []

    def walk(parent) -> None:
        for r in range(page.tree_filter.rowCount(parent)):
            index = page.tree_filter.index(r, 0, parent)
            font = index.data(Qt.ItemDataRole.FontRole)
            out.append((index.data(), not (font is not None and font.italic())))
            walk(index)

    walk(QModelIndex())
    return out


def test_search_filters_the_gliederung_and_the_count_says_what_it_shows(page, qtbot, db):
    page.tabs.setCurrentIndex(TAB_BAUM)
    alle = len(_baum_texte(page))
    qtbot.keyClicks(page.search, "Adenau")
    shown = _baum_texte(page)
    hits = [name for name, hit in shown if hit]
    assert hits and all("adenau" in name.casefold() for name in hits)
    assert len(shown) < 10 < alle
    context = [name for name, hit in shown if not hit]
    assert "Ahrweiler" in context  # the Kreis above the hits, shown as the way to them
    assert page.count.text() == f"{len(hits)} von {format_value(alle)}"
    for r in range(page.tree_filter.rowCount()):  # the hits are unfolded, not hidden in a closed Kreis
        assert page.tree.isExpanded(page.tree_filter.index(r, 0))
    page.search.clear()
    assert len(_baum_texte(page)) == alle
    assert page.count.text() == f"{format_value(alle)} von {format_value(alle)}"


def test_kreis_and_verband_details_show_the_einwohner_of_the_gliederung(page, qtbot, db):
    page.tabs.setCurrentIndex(TAB_BAUM)
    for ars in ("071310000000", "071315001000"):  # Landkreis Ahrweiler, Verbandsgemeinde Adenau
        kommune = kommune_by_ars(db, ars)
        assert kommune.einwohner is None  # the register has none for them
        index = page.tree_filter.index_of(kommune.id)
        page.tree.setCurrentIndex(index)
        summe = index.siblingAtColumn(3).data()
        gemeinden = index.siblingAtColumn(2).data()
        assert summe and summe != "0"
        text = page.detail.values["einwohnerValue"].text()
        assert text.startswith(summe) and gemeinden in text, text


def test_kontakte_are_readable_in_the_detail_panel_at_1400x850(main_window, page, qtbot):
    main_window.resize(1400, 850)
    store = page.ctx.store
    row = next(r for r in range(page.model.rowCount()) if len(kontakte_von(store, page.model.row_at(r).id)) > 1)
    page.table.selectRow(row)
    view = page.detail.kontakte_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 1)
    QApplication.processEvents()
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    for c, width in enumerate(widths):  # nothing cut: neither the header nor a name or address
        assert width >= max(view.sizeHintForColumn(c), header.sectionSizeHint(c)), (c, width)
    assert sum(widths) <= view.viewport().width()  # and nothing pushed out of sight to the right
    for r in range(view.model().rowCount()):
        assert view.rowHeight(r) >= view.sizeHintForRow(r)
        kontakt = page.detail.kontakte.row_at(r)
        shown = " ".join(str(view.model().index(r, c).data()) for c in range(header.count()))
        assert all(part in shown for part in (kontakt.name, kontakt.email, kontakt.telefon) if part)


def test_where_a_kommune_is_shown_stays_right_through_filters_sorts_and_edits(qapp, db):
    """row_of (selection and current row follow their Kommune with it) finds each Kommune where it is
    shown, or None, after any filter, sort and edit: the same answer as a search through the rows."""
    from kpakt_desktop.gui.kommunen.tabelle_model import KommunenTabelle

    rows = kommunen_zeilen(db)
    model = KommunenTabelle()
    model.set_rows(rows)
    schritte = [
        lambda: model.set_filter("b"),
        lambda: model.set_filter("ba"),
        lambda: model.sort(4, Qt.SortOrder.DescendingOrder),
        lambda: model.update_rows([rows[7]._replace(name="Aaa-Umbenannt", einwohner=1)]),
        lambda: model.set_filter("a"),
        lambda: model.set_filter("", aufgeloeste=True),
        lambda: model.sort(0, Qt.SortOrder.AscendingOrder),
        lambda: model.update_rows([rows[7]._replace(name="Zzz-Umbenannt")]),
        lambda: model.set_filter("zzz"),
        lambda: model.set_filter(""),
    ]
    for schritt in schritte:
        schritt()
        shown = [model.row_at(r).id for r in range(model.rowCount())]
        for row in rows:
            expected = shown.index(row.id) if row.id in shown else None
            assert model.row_of(row.id) == expected
