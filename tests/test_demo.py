"""`kpakt demo`: realistic, fictitious, and the same for the same seed."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing

import pytest
from conftest import STICHTAG
from sqlalchemy import select

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.kommunen import KREIS_ARTEN
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services.demo import create_demo, quartalsanfaenge
from kpakt_desktop.store.models import Huerde, Kommune, Kontakt, Nachnutzung, Termin, termin_kommune


def dump(path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return list(con.iterdump())


def test_same_seed_same_database(tmp_path, rp_demo_template):
    again = create_demo(tmp_path / "again.sqlite", parse_land("07"), seed=1, stichtag=STICHTAG)
    again.close()
    other = create_demo(tmp_path / "other.sqlite", parse_land("07"), seed=2, stichtag=STICHTAG)
    other.close()
    assert dump(tmp_path / "again.sqlite") == dump(rp_demo_template)
    assert dump(tmp_path / "other.sqlite") != dump(rp_demo_template)


def test_demo_content_is_plausible(rp_demo):
    with rp_demo.read() as s:
        rows = s.scalars(select(Nachnutzung)).all()
        first_movers = {k.id for k in s.scalars(select(Kommune).where(Kommune.first_mover))}
        huerden = Counter(h.kategorie for h in s.scalars(select(Huerde)))
        kontakte = s.scalars(select(Kontakt)).all()
        bdv = s.scalars(select(Termin).where(Termin.art == TerminArt.BDV)).all()
        landkreise = s.scalars(select(Kommune).where(Kommune.art.in_(list(KREIS_ARTEN)))).all()
        bdv_kreise = Counter(
            kid for kid, in s.execute(
                select(termin_kommune.c.kommune_id).where(termin_kommune.c.termin_id.in_([t.id for t in bdv]))
            )
        )  # fmt: skip
    statuses = Counter(r.status for r in rows)
    assert all(statuses[s] > 0 for s in Status if s is not Status.NICHT_MEHR_ZUSTAENDIG)

    # First Movers are ahead of the rest
    def share(ids_in: bool) -> float:
        sel = [r for r in rows if (r.kommune_id in first_movers) is ids_in]
        return sum(r.status.stufe >= 4 and r.status is not Status.ZURUECKGESTELLT for r in sel) / len(sel)

    assert share(True) > share(False) + 0.2
    assert set(huerden) == set(HuerdeKategorie)
    assert kontakte and all(k.email.endswith("@demo.invalid") for k in kontakte if k.email)
    # one BDV per Landkreis and quarter over the last 18 months
    assert len(bdv) == 6 * len(landkreise)
    assert set(bdv_kreise.values()) == {6}
    assert min(t.beginn.date() for t in bdv) >= quartalsanfaenge(STICHTAG, 6)[0]


@pytest.mark.parametrize("land", ["HH", "HB", "SL", "MV"])
def test_demo_works_for_small_and_city_states(tmp_path, land):
    store = create_demo(tmp_path / "demo.sqlite", parse_land(land), seed=5, stichtag=STICHTAG)
    try:
        with store.read() as s:
            assert s.scalars(select(Nachnutzung)).first() is not None
            assert s.scalars(select(Termin)).first() is not None
    finally:
        store.close()
