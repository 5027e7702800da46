"""Maps: positions of the zuständigen Kommunen, the projection, and the filters of the matrix."""

from __future__ import annotations

import csv
import gzip
import math

import pytest
from sqlalchemy import select, update

from kpakt_desktop import paths
from kpakt_desktop.domain.karte import Form, massstab_km, projektion, umriss
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.karte import lage, land_karte
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Nachnutzung


def _register_gemeinden() -> list[dict[str, str]]:
    path = paths.resource("register", "AuszugGV4Q2020.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8-sig") as fh:
        return [r for r in csv.DictReader(fh) if r["satzart"] == "60" and r["land"] == "07"]


def _zahl(text: str) -> float:
    return float(text.replace(" ", "").replace(",", "."))


def _centre(rows: list[dict[str, str]]) -> tuple[float, float]:
    """The Einwohner-weighted centre, from the register file itself."""
    w = [_zahl(r["bevoelkerung"]) for r in rows]
    lon = sum(_zahl(r["laengengrad"]) * wi for r, wi in zip(rows, w, strict=True)) / sum(w)
    lat = sum(_zahl(r["breitengrad"]) * wi for r, wi in zip(rows, w, strict=True)) / sum(w)
    return projektion(lon, lat)


def _kommune(store: Store, art: KommuneArt) -> tuple[int, str]:
    with store.read() as s:
        row = s.execute(select(Kommune.id, Kommune.ars).where(Kommune.art == art).order_by(Kommune.ars)).first()
    assert row is not None
    return int(row.id), str(row.ars)


@pytest.mark.parametrize("art", [KommuneArt.VERBANDSGEMEINDE, KommuneArt.LANDKREIS])
def test_verwaltungstraeger_und_kreis_sitzen_im_einwohnergewichteten_schwerpunkt(
    rp_demo: Store, art: KommuneArt
) -> None:
    kid, ars = _kommune(rp_demo, art)
    gemeinden = _register_gemeinden()
    if art is KommuneArt.LANDKREIS:
        mitglieder = [r for r in gemeinden if r["land"] + r["rb"] + r["kreis"] == ars[:5]]
    else:
        mitglieder = [r for r in gemeinden if r["land"] + r["rb"] + r["kreis"] + r["vb"] == ars[:9]]
    assert len(mitglieder) > 3
    x, y = lage(rp_demo).punkte[kid]
    ex, ey = _centre(mitglieder)
    assert math.hypot(x - ex, y - ey) < 0.01  # km
    # … and the centre is not just the plain mean of the members' coordinates
    plain = projektion(
        sum(_zahl(r["laengengrad"]) for r in mitglieder) / len(mitglieder),
        sum(_zahl(r["breitengrad"]) for r in mitglieder) / len(mitglieder),
    )
    assert math.hypot(x - plain[0], y - plain[1]) > 0.1


def test_eine_gemeinde_sitzt_an_ihren_koordinaten(rp_demo: Store) -> None:
    kid, ars = _kommune(rp_demo, KommuneArt.KREISFREIE_STADT)
    row = next(r for r in _register_gemeinden() if r["land"] + r["rb"] + r["kreis"] + r["vb"] + r["gemeinde"] == ars)
    assert lage(rp_demo).punkte[kid] == pytest.approx(projektion(_zahl(row["laengengrad"]), _zahl(row["breitengrad"])))


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    (l1, p1), (l2, p2) = (tuple(map(math.radians, a)), tuple(map(math.radians, b)))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("a", "b"),
    [((6.08, 50.78), (14.99, 51.15)), ((9.43, 54.78), (12.99, 47.59)), ((7.6, 47.6), (14.3, 53.9))],
)
def test_projektion_haelt_entfernungen_in_deutschland(a: tuple[float, float], b: tuple[float, float]) -> None:
    pa, pb = projektion(*a), projektion(*b)
    assert math.dist(pa, pb) == pytest.approx(_haversine(a, b), rel=0.01)


def test_formen_haben_die_flaeche_des_kreises() -> None:
    r = 10.0
    for form in Form:
        pts = umriss(form, r)
        if not pts:
            continue
        flaeche = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True))) / 2
        if form is not Form.KREUZ:
            assert flaeche == pytest.approx(math.pi * r * r, rel=0.01), form


def test_massstab_ist_rund_und_passt() -> None:
    assert massstab_km(0.5, 120) == 50
    assert massstab_km(3.0, 100) == 200
    assert massstab_km(0.01, 150) == 1


def test_eine_marke_je_zustaendiger_kommune_der_leistung(rp_demo: Store) -> None:
    ort = lage(rp_demo)
    karte = land_karte(rp_demo, MatrixFilter(leistung_nr=1), ort=ort)
    from kpakt_desktop.services.stats import compute_stats

    zustaendig = next(item.zustaendig for item in compute_stats(rp_demo).leistungen if item.nr == 1)
    assert len(karte.marken) + karte.ohne_position == zustaendig
    assert karte.ohne_position == 0
    assert all(m.status is not None for m in karte.marken)
    assert len({m.kommune_id for m in karte.marken}) == len(karte.marken)


def test_filter_der_matrix_aendern_die_marken(rp_demo: Store) -> None:
    ort = lage(rp_demo)
    alle = land_karte(rp_demo, MatrixFilter(leistung_nr=1), ort=ort)
    kreis_id, _ = _kommune(rp_demo, KommuneArt.LANDKREIS)
    im_kreis = land_karte(rp_demo, MatrixFilter(leistung_nr=1, kreis_id=kreis_id), ort=ort)
    with rp_demo.read() as s:
        kreis_name = s.scalar(select(Kommune.name).where(Kommune.id == kreis_id))
    assert 0 < len(im_kreis.marken) < len(alle.marken)
    assert {m.kreis for m in im_kreis.marken} == {kreis_name}
    assert [b.text for b in im_kreis.beschriftungen] == [str(kreis_name).split(",")[0]]
    stati = {m.status for m in alle.marken}
    for status in stati:
        nur = land_karte(rp_demo, MatrixFilter(leistung_nr=1, status=status), ort=ort)
        assert {m.status for m in nur.marken} == {status}
        assert len(nur.marken) == sum(1 for m in alle.marken if m.status is status)
    # records kept as "nicht mehr zuständig" are no zuständige Kommunen: never a mark
    with rp_demo.write() as s:
        nid = s.scalar(select(Nachnutzung.id).where(Nachnutzung.leistung_nr == 1).limit(1))
        s.execute(update(Nachnutzung).where(Nachnutzung.id == nid).values(status=Status.NICHT_MEHR_ZUSTAENDIG))
    f = MatrixFilter(leistung_nr=1, status=Status.NICHT_MEHR_ZUSTAENDIG)
    assert MatrixQuery(rp_demo).zeilen_ids(f)  # the matrix shows the record …
    assert not land_karte(rp_demo, f, ort=ort).marken  # … the map has no mark for it


def test_alle_leistungen_zeigt_den_anteil_produktiv(rp_demo: Store) -> None:
    karte = land_karte(rp_demo)
    assert karte.leistung_nr is None
    assert all(m.status is None and m.zustaendig > 0 for m in karte.marken)
    assert any(m.produktiv for m in karte.marken)
    # Nr. 7 and 8 never count: no Kommune has more counted cells than there are counting Leistungen.
    assert max(m.zustaendig for m in karte.marken) <= 14
    nur_produktiv = land_karte(rp_demo, MatrixFilter(status=Status.PRODUKTIV))
    assert nur_produktiv.marken and all(m.anteil == 1.0 for m in nur_produktiv.marken)
