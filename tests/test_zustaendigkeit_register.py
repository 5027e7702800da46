"""Zuständige Kommunen and Einwohner served, checked against counts computed here from the raw register.

The expected figures are derived in this file with the csv module straight from the shipped
Gemeindeverzeichnis, independently of the app's register reader and Vollzugsebene rule.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.domain.vollzug import Vollzugsebene
from kpakt_desktop.services.landdb import create_land_database
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.services.vollzugsebene import vollzug_stand, vorschau_ebene
from kpakt_desktop.store.database import Store

REGISTER = Path(__file__).resolve().parent.parent / "resources" / "register" / "AuszugGV4Q2020.csv.gz"
LEISTUNG = 1  # a Leistung without exceptions; the preview counts any Vollzugsebene for it


@dataclass(frozen=True)
class Rec:
    satzart: str
    tk: str
    key: str
    pop: int


def records(land: str) -> list[Rec]:
    text = gzip.decompress(REGISTER.read_bytes()).decode("utf-8-sig")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["land"] != land:
            continue
        key = row["land"] + row["rb"] + row["kreis"] + row["vb"] + row["gemeinde"]
        pop = int(row["bevoelkerung"].replace(" ", "") or 0)
        out.append(Rec(row["satzart"], row["textkennzeichen"], key, pop))
    return out


def expected(land: str, verwaltende_tk: set[str]) -> dict[Vollzugsebene, tuple[int, int]]:
    recs = records(land)
    gemeinden = [r for r in recs if r.satzart == "60" and r.tk not in ("65", "66")]
    vb_tk = {r.key: r.tk for r in recs if r.satzart == "50"}
    landkreise = {r.key for r in recs if r.satzart == "40" and r.tk in ("43", "44", "45")}
    kreisfreie = [r for r in recs if r.satzart == "60" and r.tk in ("61", "62")]
    traeger = {g.key[:9] if vb_tk.get(g.key[:9]) in verwaltende_tk else g.key for g in gemeinden}
    in_kreis = sum(r.pop for r in recs if r.satzart == "60" and (r.key[:5] in landkreise or r.tk in ("61", "62")))
    einwohner = sum(g.pop for g in gemeinden)
    return {
        Vollzugsebene.GEMEINDE: (len(gemeinden), einwohner),
        Vollzugsebene.VERWALTUNGSTRAEGER: (len(traeger), einwohner),
        Vollzugsebene.KREIS: (len(landkreise) + len(kreisfreie), in_kreis),
        Vollzugsebene.LAND: (0, 0),
        Vollzugsebene.NICHT_KOMMUNAL: (0, 0),
    }


@pytest.fixture(scope="module")
def sh_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = create_land_database(tmp_path_factory.mktemp("sh") / "sh.sqlite", parse_land("01"))
    yield store
    store.close()


def check(store: Store, soll: dict[Vollzugsebene, tuple[int, int]]) -> None:
    for ebene, (anzahl, einwohner) in soll.items():
        v = vorschau_ebene(store, LEISTUNG, ebene)
        assert (v.zustaendig, v.einwohner) == (anzahl, einwohner), ebene


def test_rp_counts_match_register(rp_init):
    soll = expected("07", {"53"})  # RP: Verbandsgemeinden administer for their Ortsgemeinden
    assert soll[Vollzugsebene.VERWALTUNGSTRAEGER][0] < soll[Vollzugsebene.GEMEINDE][0]
    check(rp_init, soll)


def test_sh_counts_match_register(sh_store):
    # SH: Ämter administer, Kirchspielslandgemeinden do not (their members keep their own office).
    soll = expected("01", {"51"})
    assert soll[Vollzugsebene.KREIS][0] == 15
    check(sh_store, soll)


def test_current_counts_equal_stats(rp_init):
    stand = {s.nr: s for s in vollzug_stand(rp_init)}
    soll = expected("07", {"53"})
    for item in compute_stats(rp_init).leistungen:
        assert item.zustaendig == stand[item.nr].zustaendig
        assert item.vollzugsebene is stand[item.nr].ebene
        assert stand[item.nr].zustaendig == soll[stand[item.nr].ebene][0]
