"""Taskforces page through real widgets: a Taskforce with members, Landesteam, First-Mover figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from kpakt_desktop.domain.teams import TaskforceRolle
from kpakt_desktop.gui.taskforces.page import TaskforcesPage
from kpakt_desktop.services import first_mover as fm
from kpakt_desktop.services import landesteams as lt
from kpakt_desktop.services import taskforces as tfs


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()


def check(liste, text_part: str) -> None:
    """Tick the first visible entry containing ``text_part`` as a user would (check state via the view's model)."""
    proxy = liste.liste.model()
    for r in range(proxy.rowCount()):
        index = proxy.index(r, 0)
        if text_part in index.data():
            assert proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(text_part)


def test_create_taskforce_with_members_through_the_page(main_window, qtbot, settle):
    page = main_window.show_page("taskforces")
    assert isinstance(page, TaskforcesPage)
    before = page.taskforces.tf_model.rowCount()
    qtbot.mouseClick(page.findChild(QPushButton, "taskforceNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.taskforces.editor
    dialog = editor.dialog
    assert dialog.isVisible()

    ok(dialog)  # empty name: refused inside the dialog
    settle()
    error = dialog.findChild(QLabel, "errorLabel")
    assert dialog.isVisible() and error.text().startswith("Name:")

    dialog.findChild(QLineEdit, "nameEdit").setText("OZG-Taskforce Wohngeld Eifel")
    dialog.findChild(QLineEdit, "beginnEdit").setText("01.03.2026")
    check(editor.leistungen, "12 Wohngeld")
    check(editor.kreise, "Vulkaneifel")
    editor.kommunen.suche.setText("Daun")
    visible = editor.kommunen.sichtbare_texte()
    assert visible and all("daun" in text.casefold() for text in visible)
    check(editor.kommunen, "Daun")

    tabelle = editor.mitglieder
    qtbot.mouseClick(tabelle.findChild(QPushButton, "mitgliederTabelleNeu"), Qt.MouseButton.LeftButton)
    settle()
    tabelle.tabelle.item(0, 1).setText("Petra Projekt")
    tabelle.tabelle.item(0, 2).setText("Kreisverwaltung Vulkaneifel")
    tabelle.tabelle.item(0, 3).setText("petra@example.org")
    qtbot.mouseClick(tabelle.findChild(QPushButton, "mitgliederTabelleNeu"), Qt.MouseButton.LeftButton)
    settle()
    tabelle.tabelle.item(1, 1).setText("Tom Technik")
    rolle = tabelle.tabelle.cellWidget(1, 0)
    assert isinstance(rolle, QComboBox)
    rolle.setCurrentIndex(rolle.findData(TaskforceRolle.TECHNISCH.value))
    combo = tabelle.findChild(QComboBox, "mitgliederTabelleKontakt")
    combo.setCurrentIndex(0)
    existing = combo.currentData()
    qtbot.mouseClick(tabelle.findChild(QPushButton, "mitgliederTabelleUebernehmen"), Qt.MouseButton.LeftButton)
    settle()
    rolle = tabelle.tabelle.cellWidget(2, 0)
    rolle.setCurrentIndex(rolle.findData(TaskforceRolle.IT_DIENSTLEISTER.value))

    tabelle.tabelle.item(1, 3).setText("kein-at-zeichen")
    ok(dialog)
    settle()
    assert dialog.isVisible() and error.text().startswith("Mitglied 2: E-Mail")
    tabelle.tabelle.item(1, 3).setText("")
    ok(dialog)
    settle()
    assert not dialog.isVisible()

    assert page.taskforces.tf_model.rowCount() == before + 1
    [zeile] = [r for r in page.taskforces.tf_model._rows if r.name == "OZG-Taskforce Wohngeld Eifel"]
    assert zeile.mitglieder == 3 and zeile.projektleitung == "Petra Projekt"
    assert zeile.fehlende_rollen == (TaskforceRolle.FACHLICH,)
    daten = tfs.taskforce_laden(main_window.ctx.store, zeile.id)
    assert daten.leistung_nrs == (12,) and len(daten.region_ids) == 1 and len(daten.kommune_ids) == 1
    assert [(m.rolle, m.person.name) for m in daten.mitglieder] == [
        (TaskforceRolle.PROJEKTLEITUNG, "Petra Projekt"),
        (TaskforceRolle.TECHNISCH, "Tom Technik"),
        (TaskforceRolle.IT_DIENSTLEISTER, existing.name),
    ]
    assert daten.mitglieder[2].person.kontakt_id == existing.kontakt_id  # no copy of the Kontakt
    assert daten.beginn.isoformat() == "2026-03-01"

    # Bearbeiten → Rückgängig removes it, Wiederholen brings it back under the same id with its members.
    stack = main_window.ctx.undo_stack
    assert stack.undoText() == "Taskforce anlegen"
    stack.undo()
    settle()
    assert page.taskforces.tf_model.rowCount() == before
    stack.redo()
    settle()
    assert tfs.taskforce_laden(main_window.ctx.store, zeile.id) == daten
    assert page.taskforces.tf_model.rowCount() == before + 1


def test_landesteam_member_added_through_the_page(main_window, qtbot, settle):
    page = main_window.show_page("taskforces")
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.findChild(QPushButton, "landesteamBearbeiten_kernteam"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.landesteams.editor
    before = editor.mitglieder.tabelle.rowCount()
    qtbot.mouseClick(editor.mitglieder.findChild(QPushButton, "mitgliederTabelleNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor.mitglieder.tabelle.item(before, 0).setText("Datenschutz")
    editor.mitglieder.tabelle.item(before, 1).setText("Dana Datenschutz")
    ok(editor.dialog)
    settle()
    [kern] = [t for t in lt.landesteams(main_window.ctx.store) if t.art.value == "kernteam"]
    assert kern.mitglieder[-1].person.name == "Dana Datenschutz" and kern.mitglieder[-1].rolle == "Datenschutz"
    _box, info, model = page.landesteams.landes_boxen[kern.art]
    assert model.rowCount() == before + 1 and info.text() == f"{before + 1} Mitglieder"


def test_first_mover_tab_shows_the_service_figures_and_opens_the_matrix(main_window, qtbot, settle):
    page = main_window.show_page("taskforces")
    page.tabs.setCurrentIndex(3)
    sets = fm.first_mover(main_window.ctx.store)
    assert page.first_mover.fm_model.rowCount() == 16
    for row, s in enumerate(sets):
        assert page.first_mover.fm_model.index(row, 1).data() == str(s.anzahl)
        assert (
            page.first_mover.fm_model.index(row, 2)
            .data()
            .startswith("✔" if s.unterschiedlich else ("✘", "keine", "nur"))
        )
    [row] = [i for i, s in enumerate(sets) if s.anzahl >= 2][:1]
    page.first_mover.fm_view.selectRow(row)
    assert page.first_mover.fmk_model.rowCount() == sets[row].anzahl
    qtbot.mouseClick(page.findChild(QPushButton, "firstMoverMatrix"), Qt.MouseButton.LeftButton)
    settle()
    matrix = main_window.pages["nachnutzung"]
    assert main_window.stack.currentWidget() is matrix
    f = matrix.filter.value()
    assert f.leistung_nr == sets[row].leistung_nr and f.first_mover


def test_rollout_team_keeps_one_contact_and_undo_of_deletion_restores_taskforce_links(
    main_window,
    qtbot,
    monkeypatch,
    settle,
) -> None:
    """The Kontakt of a Roll-Out-Team is one person: picking a second replaces the first (what the table
    shows is what is saved). Deleting a team unlinks its Taskforces; Rückgängig links them again."""
    from kpakt_desktop.gui import msgbox
    from kpakt_desktop.services import rolloutteams as rt

    page = main_window.show_page("taskforces")
    page.tabs.setCurrentIndex(1)
    store = main_window.ctx.store
    [team] = [t for t in rt.rolloutteams(store) if t.taskforces][:1]
    linked = rt.rolloutteam_laden(store, team.id).taskforce_ids
    assert linked and len(linked) == team.taskforces

    row = next(r for r in range(page.rollout.rt_model.rowCount()) if page.rollout.rt_model._rows[r].id == team.id)
    page.rollout.rt_view.selectRow(row)
    qtbot.mouseClick(page.findChild(QPushButton, "rolloutBearbeiten"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.rollout.editor
    combo = editor.kontakt.findChild(QComboBox, "kontaktTabelleKontakt")
    picked = []
    for index in (0, 1):
        combo.setCurrentIndex(index)
        picked.append(combo.currentData())
        qtbot.mouseClick(editor.kontakt.findChild(QPushButton, "kontaktTabelleUebernehmen"), Qt.MouseButton.LeftButton)
        settle()
    assert editor.kontakt.tabelle.rowCount() == 1
    ok(editor.dialog)
    settle()
    assert not editor.dialog.isVisible()
    assert rt.rolloutteam_laden(store, team.id).kontakt.kontakt_id == picked[1].kontakt_id

    monkeypatch.setattr(msgbox, "ask", lambda *_a: True)
    page.rollout.rt_view.selectRow(row)
    qtbot.mouseClick(page.findChild(QPushButton, "rolloutLoeschen"), Qt.MouseButton.LeftButton)
    settle()
    assert all(t.id != team.id for t in rt.rolloutteams(store))
    assert all(tfs.taskforce_laden(store, i).rolloutteam_id is None for i in linked)
    main_window.ctx.undo_stack.undo()
    settle()
    assert all(tfs.taskforce_laden(store, i).rolloutteam_id == team.id for i in linked)
    assert rt.rolloutteam_laden(store, team.id).kontakt.kontakt_id == picked[1].kontakt_id


def test_rollout_team_new_person_without_name_is_asked_not_unlinked(main_window, qtbot, settle) -> None:
    """ "Neue Person" by mistake on a team with a Kontakt, then OK: the dialog asks for a name instead of
    saving the team without its Kontakt."""
    from PySide6.QtWidgets import QLabel as _QLabel

    from kpakt_desktop.services import rolloutteams as rt

    page = main_window.show_page("taskforces")
    page.tabs.setCurrentIndex(1)
    store = main_window.ctx.store
    team = next(t for t in rt.rolloutteams(store) if rt.rolloutteam_laden(store, t.id).kontakt is not None)
    kontakt = rt.rolloutteam_laden(store, team.id).kontakt
    row = next(r for r in range(page.rollout.rt_model.rowCount()) if page.rollout.rt_model._rows[r].id == team.id)
    page.rollout.rt_view.selectRow(row)
    qtbot.mouseClick(page.findChild(QPushButton, "rolloutBearbeiten"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.rollout.editor
    qtbot.mouseClick(editor.kontakt.findChild(QPushButton, "kontaktTabelleNeu"), Qt.MouseButton.LeftButton)
    settle()
    ok(editor.dialog)
    settle()
    assert editor.dialog.isVisible()
    assert editor.dialog.findChild(_QLabel, "errorLabel").text().startswith("Kontakt:")
    assert rt.rolloutteam_laden(store, team.id).kontakt == kontakt


def _gezeigt(liste) -> list[int]:
    proxy = liste.liste.model()
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]


def test_begleitete_kommunen_are_those_of_the_region_zustaendige_first(main_window, qtbot, settle):
    from sqlalchemy import select

    from kpakt_desktop.domain.kommunen import KommuneZustand
    from kpakt_desktop.store.models import Kommune

    page = main_window.show_page("taskforces")
    qtbot.mouseClick(page.findChild(QPushButton, "taskforceNeu"), Qt.MouseButton.LeftButton)
    settle()
    editor = page.taskforces.editor
    store = main_window.ctx.store
    with store.read() as s:
        aktiv = set(s.scalars(select(Kommune.id).where(Kommune.zustand == KommuneZustand.AKTIV)))
        eifel = s.scalars(select(Kommune).where(Kommune.name == "Vulkaneifel")).one()
        region = set(s.scalars(select(Kommune.id).where((Kommune.kreis_id == eifel.id) | (Kommune.id == eifel.id))))
        mayen = s.scalars(select(Kommune).where(Kommune.name == "Mayen-Koblenz")).one()
    assert set(_gezeigt(editor.kommunen)) == aktiv  # no region chosen yet: every Kommune

    check(editor.leistungen, "12 Wohngeld")
    check(editor.kreise, "Vulkaneifel")
    shown = _gezeigt(editor.kommunen)
    assert set(shown) == region & aktiv
    zustaendig = tfs.zustaendige_je_leistung(store)[12]
    flags = [k in zustaendig for k in shown]
    assert True in flags and False in flags and flags == sorted(flags, reverse=True)  # zuständige first

    editor.alle_kommunen.setChecked(True)  # the user asks for all
    assert set(_gezeigt(editor.kommunen)) == aktiv
    editor.alle_kommunen.setChecked(False)
    check(editor.kommunen, "Daun")
    daun = editor.kommunen.checked()
    check(editor.kreise, "Mayen-Koblenz")  # the region grows: its Kommunen join, the checked one stays first
    shown = _gezeigt(editor.kommunen)
    assert shown[0] == daun[0] and mayen.id in shown and set(shown) <= aktiv
    proxy = editor.kreise.liste.model()
    for r in range(proxy.rowCount()):  # Vulkaneifel no longer in the region: Daun stays, being chosen
        if proxy.index(r, 0).data() == "Vulkaneifel":
            proxy.setData(proxy.index(r, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    shown = _gezeigt(editor.kommunen)
    assert daun[0] in shown and not (set(shown) - {daun[0]}) & region
    editor.dialog.reject()
