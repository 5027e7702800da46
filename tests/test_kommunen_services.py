"""Services behind the Kommunen page: tree totals, validation, Kontakte and IT-Dienstleister round trips."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KommuneZustand, Spitzenverband
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.services.it_dienstleister import (
    ITDLDaten,
    it_dienstleister_liste,
    it_dienstleister_loeschen,
    it_dienstleister_speichern,
    it_dienstleister_wiederherstellen,
    kommunen_von,
)
from kpakt_desktop.services.kommunen import kommune_aendern, kommune_detail, kommunen_baum, kommunen_zeilen
from kpakt_desktop.services.kontakte import (
    KontaktDaten,
    email_adressen,
    kontakt_loeschen,
    kontakt_speichern,
    kontakte_von,
)
from kpakt_desktop.store.models import Kommune, Kontakt, Nachnutzung, TaskforceMitglied

AUCH_POSTGRES = True  # the tests on rp_demo/rp_init run on SQLite and on PostgreSQL (tests/conftest.py)


def test_tree_totals_equal_the_gemeinden_and_einwohner_of_the_land(rp_init):
    roots = kommunen_baum(rp_init)
    with rp_init.read() as s:
        gemeinden = [k for k in s.scalars(select(Kommune)) if k.art.gemeinde_ebene]
    assert sum(r.gemeinden for r in roots) == len(gemeinden) == 2303
    assert sum(r.einwohner for r in roots) == sum(k.einwohner or 0 for k in gemeinden)
    ahrweiler = next(r for r in roots if r.ars == "071310000000")
    adenau = next(v for v in ahrweiler.kinder if v.ars == "071315001000")
    assert adenau.gemeinden == len(adenau.kinder) == 37
    assert adenau.einwohner == sum(g.einwohner for g in adenau.kinder)


def test_rows_carry_folded_search_keys(rp_init):
    rows = kommunen_zeilen(rp_init)
    row = next(r for r in rows if r.ars == "071315001004")
    assert row.name == "Antweiler" and row.kreis == "Ahrweiler" and row.verband == "Adenau"
    assert all(part in row.suchtext for part in ("antweiler", row.ars, row.ags, row.plz))


def test_field_edits_are_checked_and_return_the_old_value(rp_init):
    k = next(r for r in kommunen_zeilen(rp_init) if r.ars == "071315001004")
    assert kommune_aendern(rp_init, k.id, "spitzenverband", "Städtetag") is Spitzenverband.STAEDTE_UND_GEMEINDEBUND
    assert kommune_detail(rp_init, k.id).spitzenverband is Spitzenverband.STAEDTETAG
    with pytest.raises(InputError, match="Ungültiger Wert „Bund“ für Spitzenverband"):
        kommune_aendern(rp_init, k.id, "spitzenverband", "Bund")
    with pytest.raises(InputError, match="IT-Dienstleister gibt es nicht"):
        kommune_aendern(rp_init, k.id, "it_dienstleister_id", 999)
    with pytest.raises(InputError, match="kann hier nicht bearbeitet werden"):
        kommune_aendern(rp_init, k.id, "name", "Neuer Name")  # register data stays read-only
    assert kommune_aendern(rp_init, k.id, "notiz", "  ") is None
    assert kommune_detail(rp_init, k.id).notiz == ""


def test_kontakt_validation_and_restore_with_same_id(rp_init):
    k = next(r for r in kommunen_zeilen(rp_init) if r.ars == "071310000000")
    with pytest.raises(InputError, match="E-Mail: „x@y“"):
        kontakt_speichern(rp_init, KontaktDaten(None, k.id, "X", KontaktFunktion.LANDRAT, email="x@y"))
    with pytest.raises(InputError, match="Name: Bitte"):
        kontakt_speichern(rp_init, KontaktDaten(None, k.id, "  ", KontaktFunktion.LANDRAT))
    new_id = kontakt_speichern(
        rp_init, KontaktDaten(None, k.id, " Lara Land ", KontaktFunktion.LANDRAT, email="lara@example.org")
    )
    removed = kontakt_loeschen(rp_init, new_id)
    assert kontakte_von(rp_init, k.id) == []
    kontakt_speichern(rp_init, removed)
    assert [(c.id, c.name) for c in kontakte_von(rp_init, k.id)] == [(new_id, "Lara Land")]


def test_taskforce_member_cannot_be_removed(rp_demo):
    with rp_demo.read() as s:
        member = s.scalars(select(TaskforceMitglied.kontakt_id)).first()
    assert member is not None
    with pytest.raises(InputError, match="noch Mitglied"):
        kontakt_loeschen(rp_demo, member)
    with rp_demo.read() as s:
        assert s.get(Kontakt, member) is not None


def test_email_addresses_by_function_without_duplicates(rp_init):
    ids = [r.id for r in kommunen_zeilen(rp_init) if r.ars.startswith("07131")][:3]
    for n, kommune_id in enumerate(ids):
        kontakt_speichern(
            rp_init, KontaktDaten(None, kommune_id, f"P{n}", KontaktFunktion.OZG_BEAUFTRAGTE, email="ozg@kreis.example")
        )
        kontakt_speichern(
            rp_init, KontaktDaten(None, kommune_id, f"B{n}", KontaktFunktion.BUERGERMEISTER, email=f"bm{n}@example.org")
        )
    assert email_adressen(rp_init, ids, KontaktFunktion.OZG_BEAUFTRAGTE) == ["ozg@kreis.example"]
    assert len(email_adressen(rp_init, ids)) == 4


def test_it_dienstleister_remove_and_restore_keeps_its_kommunen(rp_demo):
    liste = it_dienstleister_liste(rp_demo)
    first = liste[0]
    served = kommunen_von(rp_demo, first.daten.id)
    assert len(served) == first.kommunen > 0
    with pytest.raises(InputError, match="gibt es schon"):
        it_dienstleister_speichern(rp_demo, ITDLDaten(None, first.daten.name.upper()))
    with rp_demo.write() as s:  # only Kommunen refer to it, so it may go
        s.execute(Kontakt.__table__.update().values(it_dienstleister_id=None))
        s.execute(Nachnutzung.__table__.update().values(it_dienstleister_id=None))
    geloescht = it_dienstleister_loeschen(rp_demo, first.daten.id)
    with rp_demo.read() as s:
        n = s.scalar(select(func.count()).select_from(Kommune).where(Kommune.it_dienstleister_id == first.daten.id))
    assert n == 0
    it_dienstleister_wiederherstellen(rp_demo, geloescht)
    assert kommunen_von(rp_demo, first.daten.id) == served


def test_dissolved_kommunen_are_flagged_in_rows_but_not_in_the_tree(rp_init):
    k = next(r for r in kommunen_zeilen(rp_init) if r.ars == "071315001004")
    with rp_init.write() as s:
        s.get_one(Kommune, k.id).zustand = KommuneZustand.AUFGELOEST
    assert next(r for r in kommunen_zeilen(rp_init) if r.id == k.id).aufgeloest

    def ids(nodes):
        for node in nodes:
            yield node.id
            yield from ids(node.kinder)

    assert k.id not in set(ids(kommunen_baum(rp_init)))
