"""Lifecycle rules, bulk changes with history, undo/redo snapshots, Vollzugsebene changes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.status import Anbindungsart, Status, erlaubte_folge, pruefe_wechsel
from kpakt_desktop.domain.vollzug import AusnahmeArt, Vollzugsebene
from kpakt_desktop.services import nachnutzung as nn
from kpakt_desktop.services.fortschritt import fortschritt
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery, MatrixSort
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.services.vollzugsebene import (
    ausnahme_entfernen,
    ausnahme_hinzufuegen,
    setze_ebene,
    vollzug_stand,
    vorschau_ebene,
)
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune, Nachnutzung, NachnutzungHistorie

AUCH_POSTGRES = True  # the tests on rp_demo/rp_init run on SQLite and on PostgreSQL (tests/conftest.py)

JETZT = datetime(2026, 11, 20, 14, 30)


def cells(store, nr: int, n: int, status: Status | None = None) -> list[int]:
    with store.read() as s:
        q = select(Nachnutzung.id).where(Nachnutzung.leistung_nr == nr)
        if status is not None:
            q = q.where(Nachnutzung.status == status)
        return list(s.scalars(q.order_by(Nachnutzung.id).limit(n)))


def test_lifecycle_rules():
    assert Status.NICHT_MEHR_ZUSTAENDIG not in erlaubte_folge(Status.OFFEN)
    assert erlaubte_folge(Status.NICHT_MEHR_ZUSTAENDIG) == (Status.OFFEN,)
    pruefe_wechsel(Status.TEST, Status.ANBINDUNG)  # failed tests go back a step
    pruefe_wechsel(Status.ANBINDUNG, Status.ZURUECKGESTELLT)
    with pytest.raises(InputError, match="Möglich: offen"):
        pruefe_wechsel(Status.NICHT_MEHR_ZUSTAENDIG, Status.PRODUKTIV)
    with pytest.raises(InputError):
        pruefe_wechsel(Status.PRODUKTIV, Status.NICHT_MEHR_ZUSTAENDIG)


def test_backdated_status_keeps_real_and_entry_date(rp_demo):
    [nid] = cells(rp_demo, 1, 1, Status.INTERESSE)
    e = nn.aendern(
        rp_demo,
        [nid],
        nn.Aenderung({"status": Status.VEREINBARUNG}, gueltig_ab=date(2026, 3, 2), notiz="laut BDV"),
        benutzer="Frau Test",
        jetzt=JETZT,
    )
    assert e.eintraege == 1
    z = nn.zelle(rp_demo, nid)
    assert z.status is Status.VEREINBARUNG and z.status_seit == date(2026, 3, 2)
    assert {s.status: s.erreicht for s in z.stufen}[Status.VEREINBARUNG] == date(2026, 3, 2)
    [h] = [h for h in nn.historie_zelle(rp_demo, nid) if h.aenderung == e.aenderung_id]
    assert (h.alt, h.neu) == ("Interesse bekundet", "Vereinbarung")
    assert h.gueltig_ab == date(2026, 3, 2) and h.erfasst_am == JETZT
    assert (h.benutzer, h.notiz) == ("Frau Test", "laut BDV")


def test_future_date_and_bad_transition_are_refused_without_writing(rp_demo):
    ids = cells(rp_demo, 1, 3)
    with pytest.raises(InputError, match="Zukunft"):
        nn.aendern(
            rp_demo, ids, nn.Aenderung({"status": Status.TEST}, gueltig_ab=date(2026, 12, 1)), benutzer="x", jetzt=JETZT
        )
    setze_ebene(rp_demo, 1, Vollzugsebene.KREIS, benutzer="x", jetzt=JETZT)  # cells of Leistung 1 fall out
    gone = cells(rp_demo, 1, 2, Status.NICHT_MEHR_ZUSTAENDIG)
    before = nn.status_der_zellen(rp_demo, gone)
    with pytest.raises(InputError, match="Nichts wurde geändert"):
        nn.aendern(rp_demo, gone, nn.Aenderung({"status": Status.PRODUKTIV}), benutzer="x", jetzt=JETZT)
    assert nn.status_der_zellen(rp_demo, gone) == before


def test_bulk_change_one_entry_per_cell_and_field_and_undo_redo(rp_demo):
    ids = cells(rp_demo, 3, 4, Status.ANBINDUNG)
    assert len(ids) == 4
    before = {i: nn.zelle(rp_demo, i) for i in ids}
    change = nn.Aenderung(
        {
            "status": Status.TEST,
            "anbindungsart": Anbindungsart.FIT_CONNECT,
            "kosten_einmalig": 1200,
            "fachverfahren": nn.FachverfahrenAngabe("NeuVerfahren", "Neuhersteller GmbH"),
            nn.geplant_feld(Status.PRODUKTIV): date(2029, 2, 1),  # after every plan of the demo
        }
    )
    e = nn.aendern(rp_demo, ids, change, benutzer="u", jetzt=JETZT)
    with rp_demo.read() as s:
        rows = s.execute(
            select(NachnutzungHistorie.nachnutzung_id, NachnutzungHistorie.feld).where(
                NachnutzungHistorie.aenderung == e.aenderung_id
            )
        ).all()
    assert {r.nachnutzung_id for r in rows} == set(ids)
    assert {r.feld for r in rows if r.nachnutzung_id == ids[0]} >= {"status", "fachverfahren_id", "kosten_einmalig"}
    after = nn.zelle(rp_demo, ids[0])
    assert (after.status, after.fachverfahren, after.hersteller) == (Status.TEST, "NeuVerfahren", "Neuhersteller GmbH")

    undo = nn.wiederherstellen(rp_demo, e, benutzer="u", jetzt=JETZT)
    for i in ids:
        z = nn.zelle(rp_demo, i)
        b = before[i]
        assert (z.status, z.status_seit, z.fachverfahren_id, z.anbindungsart, z.kosten_einmalig, z.stufen) == (
            b.status,
            b.status_seit,
            b.fachverfahren_id,
            b.anbindungsart,
            b.kosten_einmalig,
            b.stufen,
        )
    redo = nn.wiederherstellen(rp_demo, undo, benutzer="u", jetzt=JETZT)
    assert nn.zelle(rp_demo, ids[0]).status is Status.TEST
    assert redo.eintraege == e.eintraege  # the redo is recorded just like the change


def test_undo_refused_when_cell_changed_since(rp_demo):
    [nid] = cells(rp_demo, 9, 1, Status.INTERESSE)
    e = nn.aendern(rp_demo, [nid], nn.Aenderung({"status": Status.VEREINBARUNG}), benutzer="a", jetzt=JETZT)
    nn.aendern(rp_demo, [nid], nn.Aenderung({"notiz": "später"}), benutzer="b", jetzt=JETZT)
    with pytest.raises(InputError, match="inzwischen erneut geändert"):
        nn.wiederherstellen(rp_demo, e, benutzer="a", jetzt=JETZT)
    assert nn.zelle(rp_demo, nid).notiz == "später"


def test_history_survives_reopening(rp_demo_path):
    store = open_store(rp_demo_path)
    try:
        [nid] = cells(store, 2, 1)
        e = nn.aendern(store, [nid], nn.Aenderung({"notiz": "bleibt"}), benutzer="x", jetzt=JETZT)
    finally:
        store.close()
    store = open_store(rp_demo_path)
    try:
        [h] = [h for h in nn.historie_zelle(store, nid) if h.aenderung == e.aenderung_id]
        assert (h.feld, h.neu, h.benutzer) == ("notiz", "bleibt", "x")
        kommune_id = nn.zelle(store, nid).kommune_id
        assert e.aenderung_id in {h.aenderung for h in nn.historie_kommune(store, kommune_id)}
    finally:
        store.close()


def test_vollzugsebene_change_previews_and_keeps_records(rp_demo):
    v = vorschau_ebene(rp_demo, 1, Vollzugsebene.GEMEINDE)
    aktiv_vorher = len(cells(rp_demo, 1, 10_000)) - len(cells(rp_demo, 1, 10_000, Status.NICHT_MEHR_ZUSTAENDIG))
    result = setze_ebene(rp_demo, 1, Vollzugsebene.GEMEINDE, benutzer="x", jetzt=JETZT)
    assert (result.neu, result.nicht_mehr_zustaendig) == (v.neu, v.fallen_heraus)
    assert v.fallen_heraus == 129  # the Verbandsgemeinden: their Ortsgemeinden are now zuständig themselves
    with rp_demo.read() as s:
        total = s.scalar(select(func.count()).select_from(Nachnutzung).where(Nachnutzung.leistung_nr == 1))
    assert total == aktiv_vorher + v.neu  # nothing deleted
    stats = {item.nr: item for item in compute_stats(rp_demo).leistungen}
    assert stats[1].zustaendig == v.zustaendig == {s.nr: s for s in vollzug_stand(rp_demo)}[1].zustaendig
    assert sum(stats[1].by_status.values()) == v.zustaendig
    # The Verbandsgemeinden left the matrix but stay findable under their kept status.
    q = MatrixQuery(rp_demo)
    raus = q.zeilen(q.zeilen_ids(MatrixFilter(status=Status.NICHT_MEHR_ZUSTAENDIG, leistung_nr=1)))
    assert len(raus) == 129 and {z.art for z in raus.values()} == {"Verbandsgemeinde"}


def test_exception_adds_and_removes_a_kommune(rp_demo):
    with rp_demo.read() as s:
        stadt = s.scalars(select(Kommune).where(Kommune.name == "Andernach, Stadt")).one()
    before = {s.nr: s.zustaendig for s in vollzug_stand(rp_demo)}[13]
    ausnahme_hinzufuegen(
        rp_demo, 13, stadt.id, AusnahmeArt.PLUS, "eigene Fahrerlaubnisbehörde", benutzer="x", jetzt=JETZT
    )
    stand = {s.nr: s for s in vollzug_stand(rp_demo)}[13]
    assert stand.zustaendig == before + 1
    assert [a.name for a in stand.ausnahmen] == ["Andernach, Stadt"]
    with pytest.raises(InputError, match="schon eine Ausnahme"):
        ausnahme_hinzufuegen(rp_demo, 13, stadt.id, AusnahmeArt.MINUS, None, benutzer="x", jetzt=JETZT)
    ausnahme_entfernen(rp_demo, stand.ausnahmen[0].id, benutzer="x", jetzt=JETZT)
    assert {s.nr: s.zustaendig for s in vollzug_stand(rp_demo)}[13] == before
    assert Status.NICHT_MEHR_ZUSTAENDIG in {
        st for st in nn.status_der_zellen(rp_demo, cells(rp_demo, 13, 10_000)).values()
    }


def test_progress_shares_and_special_leistungen(rp_demo):
    bericht = fortschritt(rp_demo)
    by_nr = {f.key: f for f in bericht.je_leistung}
    stats = {item.nr: item for item in compute_stats(rp_demo).leistungen}
    for nr, f in by_nr.items():
        assert f.zustaendig == stats[nr].zustaendig
        assert f.produktiv == stats[nr].by_status[Status.PRODUKTIV]
    assert by_nr[7].anteil_produktiv is None and by_nr[8].anteil_produktiv is None
    assert by_nr[1].anteil_produktiv == pytest.approx(by_nr[1].produktiv / by_nr[1].zustaendig)
    assert 0 < by_nr[1].einwohner_produktiv < by_nr[1].einwohner
    # Per Kreis only the Leistungen that count: their cells add up to the Land's.
    quote = sum(f.zustaendig for f in bericht.je_leistung if f.zaehlt_fuer_quote)
    assert sum(f.zustaendig for f in bericht.je_kreis) == quote


def test_matrix_query_filters_and_sorts(rp_demo):
    q = MatrixQuery(rp_demo)
    alle = q.zeilen_ids()
    with rp_demo.read() as s:
        aktiv = s.scalar(
            select(func.count(func.distinct(Nachnutzung.kommune_id))).where(
                Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG
            )
        )
        prod1 = set(
            s.scalars(
                select(Nachnutzung.kommune_id).where(
                    Nachnutzung.leistung_nr == 1, Nachnutzung.status == Status.PRODUKTIV
                )
            )
        )
    assert len(alle) == aktiv
    assert set(q.zeilen_ids(MatrixFilter(status=Status.PRODUKTIV, leistung_nr=1))) == prod1
    rows = q.zeilen(q.zeilen_ids(MatrixFilter(text="Mainz")))
    assert rows and all("mainz" in (z.name + z.kreis).casefold() for z in rows.values())
    by_status = q.zeilen(q.zeilen_ids(MatrixFilter(), MatrixSort(1)))
    ordered = q.zeilen_ids(MatrixFilter(), MatrixSort(1))
    stufen = [by_status[k].zellen[1].status.stufe for k in ordered if 1 in by_status[k].zellen]
    assert stufen == sorted(stufen)


def test_stage_plans_follow_the_lifecycle(rp_demo):
    """A later stage is never planned before an earlier one; the message names both stages and dates."""
    [nid] = cells(rp_demo, 2, 1, Status.OFFEN)
    zuerst = nn.Aenderung({nn.geplant_feld(Status.VEREINBARUNG): date(2026, 11, 28)})
    nn.aendern(rp_demo, [nid], zuerst, benutzer="u", jetzt=JETZT)
    vorher = nn.zelle(rp_demo, nid)
    falsch = nn.Aenderung({nn.geplant_feld(Status.ANBINDUNG): date(2026, 3, 3)})
    with pytest.raises(InputError) as err:
        nn.aendern(rp_demo, [nid], falsch, benutzer="u", jetzt=JETZT)
    text = str(err.value)
    assert "„Anbindung“ am 03.03.2026 liegt vor „Vereinbarung“ am 28.11.2026" in text
    assert nn.zelle(rp_demo, nid) == vorher  # nothing written
    # The same day, or a later one, is fine.
    richtig = nn.Aenderung({nn.geplant_feld(Status.ANBINDUNG): date(2026, 11, 28)})
    nn.aendern(rp_demo, [nid], richtig, benutzer="u", jetzt=JETZT)
    assert {s.status: s.geplant for s in nn.zelle(rp_demo, nid).stufen}[Status.ANBINDUNG] == date(2026, 11, 28)


def test_a_change_based_on_an_old_version_is_refused_and_names_the_other_change(rp_demo):
    """No lost update: two people (two connections) edit the same cell from the same version."""
    from concurrent.futures import ThreadPoolExecutor

    from kpakt_desktop.domain.errors import Konflikt
    from kpakt_desktop.store.database import open_store

    [nid] = cells(rp_demo, 1, 1, Status.INTERESSE)
    seen = nn.zelle(rp_demo, nid).version
    other = open_store(rp_demo.url or rp_demo.path)
    try:
        nn.aendern(
            other,
            [nid],
            nn.Aenderung({"kosten_einmalig": 1200}, versionen={nid: seen}),
            benutzer="Anna Andere",
            jetzt=JETZT,
        )
        with pytest.raises(Konflikt, match=r"von Anna Andere am .* geändert") as conflict:
            nn.aendern(
                rp_demo,
                [nid],
                nn.Aenderung({"kosten_einmalig": 900}, versionen={nid: seen}),
                benutzer="Bernd",
                jetzt=JETZT,
            )
        [(wer, _wann, feld, _alt, neu)] = conflict.value.aenderungen
        assert (wer, feld, neu) == ("Anna Andere", "Kosten einmalig (€)", nn.anzeige("kosten_einmalig", "1200"))
        assert conflict.value.mein == {"Kosten einmalig (€)": "900"}
        assert conflict.value.versionen == {nid: seen + 1}  # what "Meine Änderung übernehmen" writes on top of
        assert nn.zelle(rp_demo, nid).version == seen + 1
        assert all(h.benutzer != "Bernd" for h in nn.historie_zelle(rp_demo, nid))

        # at the same moment from the same version: exactly one of the two writes wins
        seen += 1

        def write(store_and_value):
            store, value = store_and_value
            try:
                nn.aendern(
                    store,
                    [nid],
                    nn.Aenderung({"kosten_jaehrlich": value}, versionen={nid: seen}),
                    benutzer=str(value),
                    jetzt=JETZT,
                )
                return value
            except Konflikt:
                return None

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(write, [(rp_demo, 10), (other, 20)]))
        [winner] = [r for r in results if r is not None]
        with rp_demo.read() as s:
            assert s.get(Nachnutzung, nid).kosten_jaehrlich == winner
    finally:
        other.close()


def test_undo_note_says_what_was_undone(rp_demo):
    [nid] = cells(rp_demo, 3, 1, Status.INTERESSE)
    aenderung = nn.Aenderung({"status": Status.VEREINBARUNG, "kosten_einmalig": 1200})
    e = nn.aendern(rp_demo, [nid], aenderung, benutzer="a", jetzt=JETZT)
    undo = nn.wiederherstellen(rp_demo, e, benutzer="a", jetzt=datetime(2026, 11, 21, 9, 0))
    notizen = {h.notiz for h in nn.historie_zelle(rp_demo, nid) if h.aenderung == undo.aenderung_id}
    vereinbarung = Status.VEREINBARUNG.label
    interesse = Status.INTERESSE.label
    assert notizen == {
        f"Zurückgenommen: Status {interesse} → {vereinbarung}; Kosten einmalig (€) – → 1200 "
        "(eingetragen am 20.11.2026 um 14:30)"
    }
    redo = nn.wiederherstellen(rp_demo, undo, benutzer="a", jetzt=datetime(2026, 11, 21, 9, 5))
    notizen = {h.notiz for h in nn.historie_zelle(rp_demo, nid) if h.aenderung == redo.aenderung_id}
    assert notizen == {f"Wiederholt: Status {interesse} → {vereinbarung}; Kosten einmalig (€) – → 1200"}
    again = nn.wiederherstellen(rp_demo, redo, benutzer="a", jetzt=datetime(2026, 11, 21, 9, 10))
    notizen = {h.notiz for h in nn.historie_zelle(rp_demo, nid) if h.aenderung == again.aenderung_id}
    assert notizen == {
        f"Zurückgenommen: Status {interesse} → {vereinbarung}; Kosten einmalig (€) – → 1200 "
        "(eingetragen am 21.11.2026 um 09:05)"
    }
