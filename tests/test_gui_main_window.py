"""The main window on a demo database: frame, Übersicht figures equal to `kpakt stats`, self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QLabel

from kpakt_desktop.domain.errors import DatabaseRefused
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui.opened import OpenedDatabase, lock_path
from kpakt_desktop.gui.uebersicht.page import UebersichtPage
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.store.database import open_store


def figure(window, name: str) -> int:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return int(label.text().replace(".", ""))


def test_window_has_every_page_and_demo_title(main_window):
    titles = [main_window.sidebar.item(row).text() for row in range(main_window.sidebar.count())]
    assert titles == [
        "Übersicht", "Kommunen", "Leistungen", "Nachnutzung", "Taskforces",
        "Hürden", "Termine", "Berichte", "Standardpaket",
    ]  # fmt: skip
    keys = [spec.key for spec in main_window.specs]
    assert keys == [
        "uebersicht", "kommunen", "leistungen", "nachnutzung", "taskforces",
        "huerden", "termine", "berichte", "standardpaket",
    ]  # fmt: skip
    assert "Rheinland-Pfalz" in main_window.windowTitle()
    assert "(Demo)" in main_window.windowTitle()
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert list(main_window.pages) == ["uebersicht"]  # pages are built when first shown
    for row, key in enumerate(keys):
        main_window.sidebar.setCurrentRow(row)
        assert main_window.stack.currentWidget() is main_window.pages[key]
        assert main_window.pages[key].objectName() == f"page_{key}"


def test_uebersicht_figures_equal_stats(main_window, rp_demo_path):
    page = main_window.show_page("uebersicht")
    assert isinstance(page, UebersichtPage)
    store = open_store(rp_demo_path)
    try:
        stats = compute_stats(store)
    finally:
        store.close()
    data = stats.to_json()
    # The dashboard reads the kennzahlen service; for the whole Land it must agree with `kpakt stats`.
    # The headline counts the Leistungen that count for the Quote (not Nr. 7 and 8), as `gesamt` says.
    zaehlen = [item for item in data["leistungen"] if item["zaehlt_fuer_quote"]]
    assert figure(main_window, "figProduktiv") == sum(item["by_status"]["produktiv"] for item in zaehlen)
    assert figure(main_window, "figProduktiv") == data["gesamt"]["produktiv"]
    assert figure(main_window, "figZustaendig") == sum(item["zustaendig"] for item in zaehlen)
    assert figure(main_window, "figKommunenProduktiv") == data["gesamt"]["kommunen_produktiv"]
    gemeinden = sum(n for art, n in stats.kommunen.items() if art.gemeinde_ebene)
    assert gemeinden == 2303  # the register's Satzart 60 count for RP
    model = page.model
    assert model.rowCount() == 16
    for row, item in enumerate(data["leistungen"]):
        assert model.index(row, 0).data() == str(item["nr"])
        assert model.index(row, 3).data() == f"{item['zustaendig']:,}".replace(",", ".")
        produktiv_col = 4 + [s for s in Status if s.aktiv].index(Status.PRODUKTIV)
        assert model.index(row, produktiv_col).data() == f"{item['by_status']['produktiv']:,}".replace(",", ".")


def test_uebersicht_model_passes_modeltester(main_window, qtmodeltester):
    page = main_window.show_page("uebersicht")
    qtmodeltester.check(page.model)


def test_every_page_renders(main_window, qtbot):
    for key in main_window.pages:
        page = main_window.show_page(key)
        assert main_window.stack.currentWidget() is page
        assert not page.grab().isNull()


def test_second_instance_on_same_database_is_refused(main_window, rp_demo_path):
    with pytest.raises(DatabaseRefused, match="bereits in Kommunalpakt Desktop geöffnet"):
        OpenedDatabase(rp_demo_path)


def test_stale_lock_after_crash_is_recovered(qtbot, rp_demo_path):
    # A lock left by a process that no longer runs (a crash) must not block the user.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    host = QLockFile(str(lock_path(rp_demo_path)))
    assert host.tryLock(0)
    host.unlock()
    lock_path(rp_demo_path).write_text(f"{pid}\nkpakt-desktop\n{os.uname().nodename}\n")
    opened = OpenedDatabase(rp_demo_path)
    try:
        assert opened.store.path == rp_demo_path
    finally:
        opened.close()


def test_self_test_prints_ok(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KPAKT_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "kpakt_desktop.app", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "self-test ok"


def test_open_other_database_switches_context(main_window, rp_init_path):
    assert main_window.switch_database(Path(rp_init_path))
    assert "(Demo)" not in main_window.windowTitle()
    assert json.dumps(main_window.ctx.land.schluessel) == '"07"'


def test_a_page_that_cannot_be_built_leaves_the_shown_page(main_window, monkeypatch) -> None:
    """Building a page reads the database; if that fails, the user is told and stays where they were."""
    from kpakt_desktop.domain.errors import KpaktError
    from kpakt_desktop.gui import msgbox
    from kpakt_desktop.gui.leistungen.page import LeistungenPage

    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))

    def unreadable(self, ctx) -> None:
        raise KpaktError("Die Datenbank ist beschädigt.")

    monkeypatch.setattr(LeistungenPage, "__init__", unreadable)
    shown = main_window.stack.currentWidget()
    main_window.sidebar.setCurrentRow(2)
    assert errors == ["Die Datenbank ist beschädigt."]
    assert main_window.stack.currentWidget() is shown and main_window.sidebar.currentRow() == 0
    assert "leistungen" not in main_window.pages
    monkeypatch.undo()
    main_window.sidebar.setCurrentRow(2)
    assert main_window.stack.currentWidget() is main_window.pages["leistungen"]
