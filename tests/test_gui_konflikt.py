"""The conflict dialog (gui/konflikt_dialog.py through gui/operation.py): a save refused because
someone else changed the row shows who changed what, when, beside the user's input; both choices
do what they say (the database is checked afterwards); closed without a choice, the input stays."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMainWindow, QPushButton, QTableWidget

from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui.kommunen import operations as kommune_ops
from kpakt_desktop.gui.konflikt_dialog import KonfliktDialog
from kpakt_desktop.gui.nachnutzung import operations as nachnutzung_ops
from kpakt_desktop.gui.operation import push, runner
from kpakt_desktop.services import kontakte as ks
from kpakt_desktop.services import nachnutzung as nn
from kpakt_desktop.services import termine as ts
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import Kontakt, Nachnutzung, Termin


@pytest.fixture
def window(qtbot) -> Iterator[QMainWindow]:
    w = QMainWindow()
    w.setCentralWidget(QPushButton("Speichern"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    runner().wait(10000)


@pytest.fixture
def other(rp_demo: Store) -> Iterator[Store]:
    store = open_store(rp_demo.path)  # type: ignore[arg-type]
    yield store
    store.close()


def answer(button: str | None, seen: list[list[str]]) -> None:
    """When the conflict dialog shows: note its table, then click ``button`` (None: close it)."""

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, KonfliktDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, poll)
            return
        dialog = dialogs[0]
        table = dialog.findChild(QTableWidget, "konfliktTabelle")
        seen.append([table.item(r, c).text() for r in range(table.rowCount()) for c in range(3)])
        if button is None:
            dialog.reject()
        else:
            dialog.findChild(QPushButton, button).click()

    QTimer.singleShot(0, poll)


def _kontakt(store: Store) -> ks.KontaktDaten:
    with store.read() as s:
        kid = s.query(Kontakt.id).order_by(Kontakt.id).limit(1).scalar()
    return ks.kontakt_laden(store, kid)


@pytest.mark.parametrize("choice", ["eigeneUebernehmen", "fremdeBehalten"])
def test_a_kontakt_conflict_shows_the_dialog_and_the_choice_is_written(qtbot, window, rp_demo, other, settle, choice):
    gesehen = _kontakt(rp_demo)
    ks.kontakt_speichern(other, replace(gesehen, telefon="0611 123456"), gesehen=gesehen, benutzer="Anna Andere")
    stack, announced, seen = QUndoStack(), [], []
    answer(choice, seen)
    push(
        stack,
        rp_demo,
        kommune_ops.kontakt_speichern("Kontakt", gesehen, replace(gesehen, email="b@example.org"), "Bernd"),
        announced.append,
    )
    settle()
    qtbot.waitUntil(lambda: not runner().busy and bool(seen), timeout=15000)
    settle()
    [row] = [seen[0][i : i + 3] for i in range(0, len(seen[0]), 3) if seen[0][i] == "Telefon"]
    assert row == ["Telefon", f"{gesehen.telefon or '–'} → 0611 123456", "(unverändert)"]
    assert ["E-Mail", "(unverändert)", "b@example.org"] in [seen[0][i : i + 3] for i in range(0, len(seen[0]), 3)]
    danach = ks.kontakt_laden(rp_demo, gesehen.id)  # type: ignore[arg-type]
    assert danach.telefon == "0611 123456"  # the other person's change is never lost
    if choice == "eigeneUebernehmen":
        assert danach.email == "b@example.org"
        assert stack.count() == 1  # one undo step: the change written on top
    else:
        assert danach.email == gesehen.email
        assert stack.count() == 0
    assert announced  # the pages reload either way


def test_closing_the_dialog_decides_nothing_and_the_editor_keeps_the_message(qtbot, window, rp_demo, other, settle):
    with rp_demo.read() as s:
        nid = (
            s.query(Nachnutzung.id)
            .where(Nachnutzung.status == Status.INTERESSE)
            .order_by(Nachnutzung.id)
            .limit(1)
            .scalar()
        )
    zelle = nn.zelle(rp_demo, nid)
    version, vorher = (
        zelle.version,
        nn.anzeige("kosten_einmalig", None if zelle.kosten_einmalig is None else str(zelle.kosten_einmalig)),
    )
    nn.aendern(other, [nid], nn.Aenderung({"kosten_einmalig": 1200}, versionen={nid: version}), benutzer="Anna Andere")
    op = nachnutzung_ops.aendern(
        "Nachnutzung ändern", [nid], nn.Aenderung({"kosten_einmalig": 900}, versionen={nid: version}), "Bernd"
    )
    kept: list[KpaktError] = []
    op.failed = lambda err: kept.append(err) or True
    seen: list[list[str]] = []
    answer(None, seen)
    push(QUndoStack(), rp_demo, op, lambda _c: None)
    qtbot.waitUntil(lambda: bool(kept), timeout=15000)
    assert seen[0] == ["Kosten einmalig (€)", f"{vorher} → 1200", "900"]
    assert "Anna Andere" in str(kept[0])
    assert nn.zelle(rp_demo, nid).kosten_einmalig == 1200

    # the same change again, now "Meine Änderung übernehmen": written on top of Anna's version
    op = nachnutzung_ops.aendern(
        "Nachnutzung ändern", [nid], nn.Aenderung({"kosten_einmalig": 900}, versionen={nid: version}), "Bernd"
    )
    answer("eigeneUebernehmen", seen)
    push(QUndoStack(), rp_demo, op, lambda _c: None)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15000)
    settle()
    assert nn.zelle(rp_demo, nid).kosten_einmalig == 900
    assert {"Bernd", "Anna Andere"} <= {h.benutzer for h in nn.historie_zelle(rp_demo, nid)}


@pytest.mark.parametrize("choice", ["eigeneUebernehmen", "fremdeBehalten"])
def test_the_termin_editor_after_a_conflict_closes_with_the_chosen_version(qtbot, main_window, settle, choice) -> None:
    """The real editor: Anna saves the Termin while Bernd has it open; Bernd's OK shows the dialog."""
    store = main_window.ctx.store
    page = main_window.show_page("termine")
    with store.read() as s:
        tid = s.query(Termin.id).order_by(Termin.id).limit(1).scalar()
    gesehen = ts.termin_laden(store, tid)
    page._editor(gesehen)
    editor = page.editor
    anna = open_store(store.path)
    try:
        ts.termin_speichern(anna, replace(gesehen, titel="Titel von Anna"), gesehen=gesehen, benutzer="Anna Andere")
    finally:
        anna.close()
    editor.dialog.findChild(QLineEdit, "ortEdit").setText("Ort von Bernd")
    seen: list[list[str]] = []
    answer(choice, seen)
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(seen) and not editor.dialog.isVisible(), timeout=15000)
    settle()
    table = [seen[0][i : i + 3] for i in range(0, len(seen[0]), 3)]
    assert ["Titel", f"{gesehen.titel} → Titel von Anna", "(unverändert)"] in table
    assert ["Ort", "(unverändert)", "Ort von Bernd"] in table
    danach = ts.termin_laden(store, tid)
    assert danach.titel == "Titel von Anna"
    assert danach.ort == ("Ort von Bernd" if choice == "eigeneUebernehmen" else gesehen.ort)
