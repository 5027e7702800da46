"""No lost update for the records an editor saves: a save based on a version someone else has
changed since is refused with who/when/old → new, and "mine on top" keeps the other person's fields.
On SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from kpakt_desktop.domain.errors import InputError, Konflikt
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.services import huerden as hs
from kpakt_desktop.services import kontakte as ks
from kpakt_desktop.services import taskforces as tfs
from kpakt_desktop.services import termine as ts
from kpakt_desktop.services.konflikt import UNVERAENDERT, zusammenfuehren
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import Huerde, Kontakt, Taskforce, Termin

AUCH_POSTGRES = True


@pytest.fixture
def other(rp_demo: Store) -> Any:
    """A second connection to the same database: the other person."""
    store = open_store(rp_demo.url or rp_demo.path)  # type: ignore[arg-type]
    yield store
    store.close()


def _first(store: Store, model: Any) -> int:
    with store.read() as s:
        return int(s.scalar(select(model.id).order_by(model.id).limit(1)))


def test_a_kontakt_changed_meanwhile_is_refused_naming_who_when_what_and_mine_goes_on_top(rp_demo, other):
    kid = _first(rp_demo, Kontakt)
    gesehen = ks.kontakt_laden(rp_demo, kid)
    assert gesehen.version is not None
    ks.kontakt_speichern(other, replace(gesehen, telefon="0611 123456"), gesehen=gesehen, benutzer="Anna Andere")
    mein = replace(gesehen, email="bernd.neu@example.org")

    with pytest.raises(Konflikt, match=r"„.*“ wurde inzwischen von Anna Andere am \d\d\.\d\d\.\d{4} um") as conflict:
        ks.kontakt_speichern(rp_demo, mein, gesehen=gesehen, benutzer="Bernd")
    [(wer, wann, feld, alt, neu)] = conflict.value.aenderungen
    assert (wer, feld, alt, neu) == ("Anna Andere", "Telefon", gesehen.telefon or "–", "0611 123456")
    assert wann is not None
    assert conflict.value.mein == {"Telefon": UNVERAENDERT, "E-Mail": "bernd.neu@example.org"}
    nichts = ks.kontakt_laden(rp_demo, kid)
    assert (nichts.email, nichts.telefon) == (gesehen.email, "0611 123456")  # mine not written

    # "Meine Änderung übernehmen": my field on top of the new version, theirs stays
    aktuell = conflict.value.aktuell
    ks.kontakt_speichern(rp_demo, zusammenfuehren(gesehen, mein, aktuell), gesehen=aktuell, benutzer="Bernd")
    danach = ks.kontakt_laden(rp_demo, kid)
    assert (danach.email, danach.telefon) == ("bernd.neu@example.org", "0611 123456")
    assert danach.version == aktuell.version + 1


Fall = tuple[Any, Callable[[Store, int], Any], Callable[..., int], str, str]
FAELLE: dict[str, Fall] = {
    "Termin": (Termin, ts.termin_laden, ts.termin_speichern, "ort", "Ort"),
    "Hürde": (Huerde, hs.huerde_laden, hs.huerde_speichern, "beschreibung", "Beschreibung"),
    "Taskforce": (Taskforce, tfs.taskforce_laden, tfs.taskforce_speichern, "notiz", "Notiz"),
}


@pytest.mark.parametrize("art", FAELLE)
def test_termin_huerde_taskforce_saved_on_an_old_version_are_refused(rp_demo, other, art):
    model, laden, speichern, attr, label = FAELLE[art]
    rid = _first(rp_demo, model)
    gesehen = laden(rp_demo, rid)
    speichern(other, replace(gesehen, **{attr: "von Anna"}), gesehen=gesehen, benutzer="Anna Andere")
    with pytest.raises(Konflikt, match="von Anna Andere am") as conflict:
        speichern(rp_demo, replace(gesehen, **{attr: "von Bernd"}), gesehen=gesehen, benutzer="Bernd")
    [(wer, _wann, feld, _alt, neu)] = conflict.value.aenderungen
    assert (wer, feld, neu) == ("Anna Andere", label, "von Anna")
    assert conflict.value.mein == {label: "von Bernd"}
    assert getattr(laden(rp_demo, rid), attr) == "von Anna"
    # the version the user now sees is accepted
    speichern(rp_demo, replace(gesehen, **{attr: "von Bernd"}), gesehen=conflict.value.aktuell, benutzer="Bernd")
    assert getattr(laden(rp_demo, rid), attr) == "von Bernd"


def test_a_kontakt_deleted_meanwhile_keeps_the_input_with_a_message(rp_demo, other):
    gesehen = ks.kontakt_speichern(rp_demo, ks.KontaktDaten(None, None, "Carla Neu", KontaktFunktion.HAUPTAMT))
    daten = ks.kontakt_laden(rp_demo, gesehen)
    ks.kontakt_loeschen(other, gesehen)
    with pytest.raises(InputError, match="inzwischen von jemand anderem gelöscht"):
        ks.kontakt_speichern(rp_demo, replace(daten, notiz="x"), gesehen=daten)
