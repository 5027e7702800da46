"""Issue 20: „Mit Server verbinden…“ — the connection dialog, the password, a server that is away."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from kpakt_desktop.gui import msgbox, settings
from tests.conftest import PgDatabases


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():  # type: ignore[no-untyped-def]
    import keyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _fill(dialog, url: str, kennwort: str = "") -> None:  # type: ignore[no-untyped-def]
    parsed = make_url(url)
    dialog.host.setText(parsed.query.get("host") or parsed.host or "")
    dialog.datenbank.setText(parsed.database or "")
    dialog.benutzer.setText(parsed.username or "")
    dialog.kennwort.setText(kennwort)


def test_connect_keeps_the_password_in_the_keyring_never_in_the_settings(
    qtbot, memory_keyring: MemoryKeyring, pg_databases: PgDatabases, pg_rp_init_template: str, monkeypatch
) -> None:
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.start.server_dialog import ServerDialog

    url = pg_databases.create(template=pg_rp_init_template)
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    try:
        dialog = ServerDialog()
        qtbot.addWidget(dialog)
        _fill(dialog, url, kennwort="Geheim-123")
        dialog.merken.setChecked(True)
        dialog._connect()
        assert errors == [] and dialog.result() == ServerDialog.DialogCode.Accepted
        assert dialog.target is not None and make_url(dialog.target).database == make_url(url).database
        [(service, entry)] = memory_keyring.items
        assert memory_keyring.items[(service, entry)] == "Geheim-123"
        store_settings = settings.settings()
        store_settings.sync()
        values = [str(store_settings.value(k)) for k in store_settings.allKeys()]
        assert not any("Geheim-123" in v for v in values)
        assert Path(store_settings.fileName()).read_text(encoding="utf-8").count("Geheim") == 0
        assert settings.last_server()["datenbank"] == make_url(url).database

        again = ServerDialog()  # next time: the fields from the settings, the password from the keyring
        qtbot.addWidget(again)
        assert again.datenbank.text() == make_url(url).database and again.kennwort.text() == ""
        again._connect()
        assert again.target is not None and make_url(again.target).password == "Geheim-123"
        opened = OpenedDatabase(again.target)
        try:
            assert opened.store.on_server and "Geheim" not in opened.label
        finally:
            opened.close()
    finally:
        pg_databases.drop(url)


def test_server_away_gives_a_german_message_and_keeps_the_input(qtbot, monkeypatch) -> None:
    from kpakt_desktop.gui.start.server_dialog import ServerDialog

    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.datenbank.setText("land")
    dialog.benutzer.setText("kpakt")
    dialog._connect()
    [message] = errors
    assert "nicht erreichbar" in message and "127.0.0.1" in message
    assert dialog.result() != ServerDialog.DialogCode.Accepted and dialog.target is None
    assert (dialog.host.text(), dialog.port.value(), dialog.datenbank.text()) == ("127.0.0.1", 1, "land")
    dialog.datenbank.clear()
    dialog._connect()
    assert "Datenbank" in errors[-1]


def test_start_dialog_offers_the_server(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QPushButton

    from kpakt_desktop.gui.start import server_dialog
    from kpakt_desktop.gui.start.start_dialog import Choice, StartDialog

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        self.target = "postgresql+psycopg://kpakt@db.example/land?sslmode=require"
        return 1

    monkeypatch.setattr(server_dialog.ServerDialog, "exec", fake_exec)
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "serverButton").click()
    assert dialog.result_value is not None and dialog.result_value.choice is Choice.SERVER
    assert dialog.result_value.target == "postgresql+psycopg://kpakt@db.example/land?sslmode=require"
