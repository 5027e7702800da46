"""The one figures service behind the Übersicht and the reports: Land, one Kreis, go-live curve."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import STICHTAG
from sqlalchemy import func, select

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.kennzahlen import GoLivePunkt, finde_kreis, golive_kurve, kennzahlen, kreise
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Aufgabe, Huerde, Kommune, Nachnutzung, Termin, huerde_kommune


def test_land_figures_equal_stats(rp_demo: Store) -> None:
    k = kennzahlen(rp_demo, stichtag=STICHTAG)
    stats = compute_stats(rp_demo)
    assert k.kreis is None
    assert [(x.nr, x.zustaendig, x.by_status) for x in k.leistungen] == [
        (x.nr, x.zustaendig, x.by_status) for x in stats.leistungen
    ]
    assert k.fortschritt_leistung == k.fortschritt_land
    assert len(k.fortschritt_kreis) == len(kreise(rp_demo))
    # The headline counts only the Leistungen that count (not Nr. 7 and 8), like every report.
    assert k.produktiv == sum(x.by_status[Status.PRODUKTIV] for x in stats.leistungen if x.zaehlt_fuer_quote) > 0
    assert k.gesamt == stats.gesamt
    assert k.gesamt.zustaendig == sum(x.zustaendig for x in stats.leistungen if x.zaehlt_fuer_quote)


@pytest.mark.slow
def test_kreis_figures_are_the_kreis_share_of_the_land(rp_demo: Store) -> None:
    alle = kreise(rp_demo)
    land = kennzahlen(rp_demo, stichtag=STICHTAG)
    summe = {x.nr: 0 for x in land.leistungen}
    produktiv = 0
    for kreis in alle:
        k = kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=kreis.id)
        assert k.kreis == kreis
        assert [f.key for f in k.fortschritt_kreis] == [kreis.id]
        for x in k.leistungen:
            summe[x.nr] += x.zustaendig
        produktiv += k.produktiv
        assert sum(k.huerden_offen.values()) <= sum(land.huerden_offen.values())
    # Every zuständige Kommune lies in exactly one Kreis (or is one).
    assert summe == {x.nr: x.zustaendig for x in land.leistungen}
    assert produktiv == land.produktiv
    mainz = finde_kreis(rp_demo, "Mainz")
    k = kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=mainz.id)
    for f, gesamt in zip(k.fortschritt_leistung, k.fortschritt_land, strict=True):
        assert f.zustaendig <= gesamt.zustaendig and f.produktiv <= gesamt.produktiv


def test_finde_kreis_by_ars_name_and_errors(rp_demo: Store) -> None:
    alle = kreise(rp_demo)
    mayen = next(k for k in alle if k.name.startswith("Mayen"))
    assert finde_kreis(rp_demo, mayen.ars) == mayen
    assert finde_kreis(rp_demo, mayen.ars[:5]) == mayen
    assert finde_kreis(rp_demo, mayen.name.upper()) == mayen
    assert finde_kreis(rp_demo, "Kaiserslautern").ars != finde_kreis(rp_demo, "Kaiserslautern, Stadt").ars
    with pytest.raises(InputError, match="kein Landkreis"):
        finde_kreis(rp_demo, "Atlantis")
    with pytest.raises(InputError, match="nicht eindeutig"):
        finde_kreis(rp_demo, "Rhein")  # Rhein-Lahn-Kreis, Rhein-Pfalz-Kreis, …
    with pytest.raises(InputError):
        kennzahlen(rp_demo, kreis_id=-1)


def test_golive_curve_from_a_constructed_history() -> None:
    zustaende = {
        1: (10, Status.PRODUKTIV, date(2026, 3, 5)),
        2: (10, Status.PRODUKTIV, date(2026, 4, 1)),
        3: (11, Status.TEST, date(2026, 4, 20)),
        4: (12, Status.PRODUKTIV, date(2026, 2, 1)),  # produktiv without any history: counts from status_seit
    }
    wechsel = [
        (1, date(2026, 1, 10), "test"),
        (1, date(2026, 3, 5), "produktiv"),
        (2, date(2026, 4, 1), "produktiv"),
        (3, date(2026, 2, 15), "produktiv"),
        (3, date(2026, 4, 20), "test"),  # went back: no longer produktiv from April's end
        (99, date(2026, 1, 1), "produktiv"),  # a cell outside the selection is ignored
        (2, date(2026, 12, 1), "test"),  # after the Stichtag: ignored
    ]
    kurve = golive_kurve(zustaende, wechsel, date(2026, 5, 10))
    assert kurve == [
        GoLivePunkt(date(2026, 2, 1), 2, 2),  # cells 3 and 4
        GoLivePunkt(date(2026, 3, 1), 3, 3),  # + cell 1
        GoLivePunkt(date(2026, 4, 1), 2, 3),  # + cell 2, − cell 3: Kommunen 10 and 12
        GoLivePunkt(date(2026, 5, 1), 2, 3),
    ]
    assert golive_kurve({}, [], date(2026, 5, 10)) == []


def test_golive_curve_ends_at_todays_produktiv_count(rp_demo: Store) -> None:
    k = kennzahlen(rp_demo, stichtag=STICHTAG)
    assert k.golive, "the demo history has go-lives"
    zaehlen = Nachnutzung.leistung_nr.not_in([7, 8])
    with rp_demo.read() as s:
        heute = s.scalar(select(func.count()).where(Nachnutzung.status == Status.PRODUKTIV, zaehlen)) or 0
        produktive = select(func.count(func.distinct(Nachnutzung.kommune_id)))
        kommunen = s.scalar(produktive.where(Nachnutzung.status == Status.PRODUKTIV, zaehlen)) or 0
    assert k.golive[-1] == GoLivePunkt(date(STICHTAG.year, STICHTAG.month, 1), kommunen, heute)
    # The curve ends at the headline figures: one counting for the tiles, the chart and the reports.
    assert (k.golive[-1].nachnutzungen, k.golive[-1].kommunen) == (k.gesamt.produktiv, k.gesamt.kommunen_produktiv)
    werte = [p.nachnutzungen for p in k.golive]
    assert werte[0] > 0 and max(werte) == werte[-1]


def test_huerden_termine_aufgaben(rp_demo: Store) -> None:
    k = kennzahlen(rp_demo, stichtag=STICHTAG)
    with rp_demo.read() as s:
        offen = s.scalar(
            select(func.count()).where(Huerde.status.not_in([HuerdeStatus.GELOEST, HuerdeStatus.NICHT_LOESBAR]))
        )
        faellig = s.scalar(select(func.count()).where(Aufgabe.erledigt_am.is_(None), Aufgabe.faellig < STICHTAG))
    assert sum(k.huerden_offen.values()) == offen
    assert set(k.huerden_offen) == set(HuerdeKategorie)
    assert len(k.ueberfaellige_aufgaben) == faellig
    assert all(a.faellig < STICHTAG for a in k.ueberfaellige_aufgaben)
    assert all(t.beginn >= datetime(2026, 11, 1) for t in k.naechste_termine)
    assert [t.beginn for t in k.naechste_termine] == sorted(t.beginn for t in k.naechste_termine)

    # A new Hürde of one Kreis shows up for that Kreis only.
    mayen = finde_kreis(rp_demo, "Mayen-Koblenz")
    vorher = kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=mayen.id).huerden_offen[HuerdeKategorie.RECHTLICH]
    andere = next(k for k in kreise(rp_demo) if k.id != mayen.id)
    andere_vorher = kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=andere.id).huerden_offen
    with rp_demo.write() as s:
        h = Huerde(titel="Test", kategorie=HuerdeKategorie.RECHTLICH, erfasst_am=STICHTAG)
        s.add(h)
        s.flush()
        s.execute(huerde_kommune.insert().values(huerde_id=h.id, kommune_id=mayen.id))
    nachher = kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=mayen.id)
    assert nachher.huerden_offen[HuerdeKategorie.RECHTLICH] == vorher + 1
    assert kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=andere.id).huerden_offen == andere_vorher
    assert sum(nachher.huerden_offen.values()) < sum(kennzahlen(rp_demo, stichtag=STICHTAG).huerden_offen.values())


def test_termine_of_a_kreis_concern_its_kommunen(rp_demo: Store) -> None:
    mayen = finde_kreis(rp_demo, "Mayen-Koblenz")
    k = kennzahlen(rp_demo, stichtag=date(2026, 1, 1), kreis_id=mayen.id)
    with rp_demo.read() as s:
        namen = set(s.scalars(select(Kommune.name).where((Kommune.kreis_id == mayen.id) | (Kommune.id == mayen.id))))
        termine = s.scalar(select(func.count()).select_from(Termin)) or 0
    assert k.naechste_termine and termine > len(k.naechste_termine)
    for t in k.naechste_termine:
        assert set(t.kommunen) & namen
