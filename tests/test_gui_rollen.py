"""Read-only display by role, with the real PostgreSQL roles of `kpakt rollen einrichten`: a Lesen role
sees every page and editor read-only (buttons disabled, a tooltip says why); a Taskforce role sees
Kommunen outside its region and what only the Koordination changes read-only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from kpakt_desktop.cli import main
from kpakt_desktop.gui.nachnutzung.matrix_model import KOMMUNE_ID_ROLE
from kpakt_desktop.services.mehrplatz import rechte
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, Nachnutzung, Taskforce, taskforce_region
from tests.conftest import PgDatabases


@dataclass(frozen=True)
class Server:
    url: str
    tf_url: str
    lese_url: str
    inside: int  # a Kommune in the Taskforce's region
    outside: int  # one outside it


def _as(url: str, rolle: str) -> str:
    return make_url(url).set(username=rolle, password=None).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def server(pg_databases: PgDatabases, pg_rp_demo_template: str) -> Iterator[Server]:
    url = pg_databases.create(template=pg_rp_demo_template)
    tf, lese = f"tf_gui_{os.getpid()}", f"lese_gui_{os.getpid()}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{tf}" LOGIN; CREATE ROLE "{lese}" LOGIN')
    engine.dispose()
    store = open_store(url)
    with store.read() as s:
        tf_id, kreis = s.execute(
            select(Taskforce.id, taskforce_region.c.kommune_id).join(
                taskforce_region, taskforce_region.c.taskforce_id == Taskforce.id
            )
        ).first()
        region = set(s.scalars(select(taskforce_region.c.kommune_id).where(taskforce_region.c.taskforce_id == tf_id)))
        inside = s.scalar(select(Nachnutzung.kommune_id).join(Kommune).where(Kommune.kreis_id == kreis).limit(1))
        outside = s.scalar(
            select(Kommune.id)
            .join(Nachnutzung, Nachnutzung.kommune_id == Kommune.id)
            .where(Kommune.kreis_id.not_in(region), Kommune.id.not_in(region))
            .limit(1)
        )
    store.close()
    assert main(["--db", url, "rollen", "einrichten"]) == 0
    zuordnen = ["--db", url, "rollen", "zuordnen"]
    assert main([*zuordnen, tf, "--art", "taskforce", "--taskforce", str(tf_id), "--name", "TF"]) == 0
    assert main([*zuordnen, lese, "--art", "lesen", "--name", "Ministerium"]) == 0
    yield Server(url, _as(url, tf), _as(url, lese), inside, outside)
    pg_databases.drop(url)


def test_the_rights_come_from_the_server(server: Server) -> None:
    for url, art in ((server.url, "koordination"), (server.tf_url, "taskforce"), (server.lese_url, "lesen")):
        store = open_store(url)
        try:
            r = rechte(store)
        finally:
            store.close()
        assert r.art == art
        assert r.nur_lesen is (art == "lesen")
        if art == "taskforce":
            assert server.inside in r.region and server.outside not in r.region
            assert r.grund("nachnutzung", [server.inside]) is None
            assert r.grund("nachnutzung", [server.outside]) == "region"
            assert r.grund("termin") is None and r.grund(None) == "nur_koordination"


def _window(qtbot, url: str):  # type: ignore[no-untyped-def]
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    make_application([])
    opened = OpenedDatabase(url)
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    return window, opened


def _button(page, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    return button


def test_a_lesen_role_sees_pages_and_editors_read_only(qtbot, server: Server) -> None:
    window, opened = _window(qtbot, server.lese_url)
    try:
        termine = window.show_page("termine")
        for name in ("terminNeu", "terminBearbeiten", "terminLoeschen"):
            button = _button(termine, name)
            assert not button.isEnabled()
            assert "Ihre Rolle" in button.toolTip() and "darf nichts ändern" in button.toolTip()
        for key, names in (("huerden", ("huerdeNeu",)), ("taskforces", ("taskforceNeu", "rolloutNeu"))):
            page = window.show_page(key)
            assert all(not _button(page, n).isEnabled() for n in names)
        assert not window.show_page("nachnutzung").edit_button.isEnabled()
        # an editor opened anyway (double click) shows the record, but cannot save it
        termine.neu()
        ok = termine.editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and "darf nichts ändern" in ok.toolTip()
        assert termine.editor.error_label.isVisibleTo(termine.editor.dialog)
        termine.editor.dialog.reject()
    finally:
        window.close()
        opened.close()


def test_a_taskforce_role_sees_kommunen_outside_its_region_read_only(qtbot, server: Server) -> None:
    window, opened = _window(qtbot, server.tf_url)
    try:
        assert _button(window.show_page("termine"), "terminNeu").isEnabled()
        tf_button = _button(window.show_page("taskforces"), "taskforceNeu")
        assert not tf_button.isEnabled() and "Koordinierungsstelle" in tf_button.toolTip()

        page = window.show_page("nachnutzung")
        view = page.table.left
        model = view.model()

        def select_kommune(kommune_id: int) -> None:
            row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(KOMMUNE_ID_ROLE) == kommune_id)
            view.selectionModel().select(model.index(row, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            assert page.selected_kommunen() == {kommune_id}

        select_kommune(server.outside)
        assert not page.edit_button.isEnabled()
        assert "außerhalb der Region" in page.edit_button.toolTip()
        select_kommune(server.inside)
        assert page.edit_button.isEnabled()
    finally:
        window.close()
        opened.close()
