"""Hürden and Termine pages through real widgets: escalate a Hürde, an overdue Aufgabe, .ics export."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from sqlalchemy import select

from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.huerden.page import HuerdenPage
from kpakt_desktop.gui.termine.page import TerminePage
from kpakt_desktop.services import huerden as hs
from kpakt_desktop.services import termine as ts
from kpakt_desktop.store.models import HuerdeHistorie


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()


def test_escalate_a_huerde_writes_history(main_window, qtbot, settle):
    page = main_window.show_page("huerden")
    assert isinstance(page, HuerdenPage)
    page.f_status.setCurrentIndex(page.f_status.findData(HuerdeStatus.IN_KLAERUNG.value))
    assert page.model.rowCount() > 0
    assert all(page.model.row_at(r).status is HuerdeStatus.IN_KLAERUNG for r in range(page.model.rowCount()))
    hid = page.current.id
    eskalieren = page.findChild(QPushButton, "aktion_eskaliert")
    assert eskalieren.isEnabled() and not page.findChild(QPushButton, "aktion_in_klaerung").isEnabled()
    qtbot.mouseClick(eskalieren, Qt.MouseButton.LeftButton)
    settle()
    dialog = page.editor.dialog
    dialog.findChild(QLineEdit, "datumEdit").setText("32.13.2026")
    ok(dialog)
    settle()
    assert dialog.isVisible() and dialog.findChild(QLabel, "errorLabel").text().startswith("Datum:")
    dialog.findChild(QLineEdit, "datumEdit").setText(date.today().strftime("%d.%m.%Y"))
    dialog.findChild(QPlainTextEdit, "notizEdit").setPlainText("Land kann es nicht lösen")
    dialog.findChild(QPlainTextEdit, "empfehlungEdit").setPlainText("Bundesweite Regelung schaffen")
    ok(dialog)
    settle()
    assert not dialog.isVisible()

    d = hs.huerde_laden(main_window.ctx.store, hid)
    assert d.status is HuerdeStatus.ESKALIERT and d.handlungsempfehlung == "Bundesweite Regelung schaffen"
    with main_window.ctx.store.read() as s:
        last = s.scalars(
            select(HuerdeHistorie).where(HuerdeHistorie.huerde_id == hid).order_by(HuerdeHistorie.id.desc())
        ).first()
        assert (last.alt, last.neu, last.notiz) == (
            HuerdeStatus.IN_KLAERUNG, HuerdeStatus.ESKALIERT, "Land kann es nicht lösen"
        )  # fmt: skip
        assert last.benutzer == main_window.ctx.benutzer
    # The filter still says "in Klärung": the escalated Hürde left the list, the filter stays.
    assert hid not in {page.model.row_at(r).id for r in range(page.model.rowCount())}
    page.f_status.setCurrentIndex(page.f_status.findData(HuerdeStatus.ESKALIERT.value))
    page.select(hid)
    assert page.current.id == hid
    assert page.hist_model.row_at(page.hist_model.rowCount() - 1).neu is HuerdeStatus.ESKALIERT
    assert not page.findChild(QPushButton, "aktion_eskaliert").isEnabled()


def test_new_huerde_through_the_editor_and_category_filter(main_window, qtbot, settle):
    page = main_window.show_page("huerden")
    qtbot.mouseClick(page.findChild(QPushButton, "huerdeNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.editor
    editor.dialog.findChild(QLineEdit, "titelEdit").setText("Kein Budget für Schnittstelle")
    kat = editor.dialog.findChild(QComboBox, "kategorieCombo")
    kat.setCurrentIndex(kat.findData(HuerdeKategorie.FINANZIELL.value))
    unterart = editor.dialog.findChild(QComboBox, "unterartCombo")
    assert [unterart.itemText(i) for i in range(1, unterart.count())] == [
        "Umsetzungskosten", "Schnittstellenkosten", "Betriebskosten"
    ]  # fmt: skip
    unterart.setCurrentIndex(unterart.findData("Schnittstellenkosten"))
    ok(editor.dialog)
    settle()
    assert not editor.dialog.isVisible()
    assert page.current is not None and page.current.titel == "Kein Budget für Schnittstelle"
    page.zeige_gefiltert(kategorie=HuerdeKategorie.FINANZIELL)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all(r.kategorie is HuerdeKategorie.FINANZIELL and not r.status.erledigt for r in rows)
    assert "Kein Budget für Schnittstelle" in {r.titel for r in rows}


def test_termin_with_aufgabe_due_yesterday_is_overdue(main_window, qtbot, settle):
    page = main_window.show_page("termine")
    assert isinstance(page, TerminePage)
    before = page.aufgaben_model.rowCount()
    qtbot.mouseClick(page.findChild(QPushButton, "terminNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.editor
    dialog = editor.dialog
    dialog.findChild(QLineEdit, "titelEdit").setText("Vor-Ort-Termin Wohngeld Daun")
    heute = date.today()
    gestern = heute - timedelta(days=1)
    start = datetime(heute.year, heute.month, heute.day, 9, 0) - timedelta(days=3)
    editor.beginn.set_datum(start)
    editor.ende.set_datum(start + timedelta(hours=2))
    qtbot.mouseClick(editor.aufgaben.findChild(QPushButton, "aufgabeNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor.aufgaben.set_row(0, "Testprotokoll an das Roll-Out-Team", "Herr Test", gestern.strftime("%d.%m.%Y"))
    ok(dialog)
    settle()
    assert not dialog.isVisible(), dialog.findChild(QLabel, "errorLabel").text()

    page.tabs.setCurrentIndex(2)
    assert page.aufgaben_model.rowCount() == before + 1
    [neu] = [a for a in page.aufgaben_model._rows if a.was == "Testprotokoll an das Roll-Out-Team"]
    assert neu.tage_ueberfaellig == 1 and neu.wer == "Herr Test" and neu.faellig == gestern
    assert "Überfällige Aufgaben" in page.tabs.tabText(2)
    assert [a.id for a in ts.ueberfaellige_aufgaben(main_window.ctx.store, heute)].count(neu.id) == 1

    # Undo removes the new Termin with its Aufgabe, redo restores both.
    stack = main_window.ctx.undo_stack
    assert stack.undoText() == "Termin anlegen"
    stack.undo()
    settle()
    assert page.aufgaben_model.rowCount() == before
    stack.redo()
    settle()
    [neu] = [a for a in page.aufgaben_model._rows if a.was == "Testprotokoll an das Roll-Out-Team"]

    # The dashboard shows it too (same service behind both).
    uebersicht = main_window.show_page("uebersicht")
    assert neu.id in {a.id for a in uebersicht.aufgaben_model._rows}


def test_ics_export_through_the_file_dialog(main_window, qtbot, tmp_path, monkeypatch, settle):
    page = main_window.show_page("termine")
    page.tabs.setCurrentIndex(0)
    page.kommend.setCurrentIndex(page.kommend.model().index(0, 0))
    target = tmp_path / "termin"
    monkeypatch.setattr(msgbox, "save_file", lambda *args: target)
    infos: list[str] = []
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: infos.append(text))
    qtbot.mouseClick(page.findChild(QPushButton, "terminIcs"), Qt.MouseButton.LeftButton)
    settle()
    written = tmp_path / "termin.ics"
    raw = written.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert infos and "termin.ics" in infos[0]


def test_huerden_sort_by_date_and_by_lifecycle(main_window):
    page = main_window.show_page("huerden")
    page.f_status.setCurrentIndex(0)  # every status
    proxy = page.view.model()

    def rows_sorted_by(column: int) -> list:
        page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        return [page.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]

    by_date = rows_sorted_by(1)
    assert len(by_date) > 2 and [r.erfasst_am for r in by_date] == sorted(r.erfasst_am for r in by_date)
    by_status = rows_sorted_by(0)
    order = list(HuerdeStatus)
    assert [order.index(r.status) for r in by_status] == sorted(order.index(r.status) for r in by_status)
    assert len({r.status for r in by_status}) > 1
