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
    # SH: Ämter and the two Kirchspielslandgemeinden administer for their member Gemeinden.
    soll = expected("01", {"51", "55"})
    assert soll[Vollzugsebene.KREIS][0] == 15
    assert soll[Vollzugsebene.VERWALTUNGSTRAEGER][0] == 170
    check(sh_store, soll)


def test_current_counts_equal_stats(rp_init):
    stand = {s.nr: s for s in vollzug_stand(rp_init)}
    soll = expected_sets("07")
    for item in compute_stats(rp_init).leistungen:
        assert item.zustaendig == stand[item.nr].zustaendig
        assert item.vollzugsebene is stand[item.nr].ebene
        assert stand[item.nr].zustaendig == len(soll[item.nr])


# -- every Land and Leistung: the shipped table (resources/catalog/vollzug_laender.csv) applied to the register --

TABLE = Path(__file__).resolve().parent.parent / "resources" / "catalog" / "vollzug_laender.csv"
LAENDER = [f"{i:02d}" for i in range(1, 17)]


def table_rows(land: str) -> dict[int, dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return {int(r["nr"]): r for r in csv.DictReader(fh) if r["land"] == land}


def expected_sets(land: str) -> dict[int, set[str]]:
    """Leistung nr → ARS of the zuständigen Kommunen, computed here from the raw register and the raw table."""
    recs = records(land)
    gemeinden = [r for r in recs if r.satzart == "60" and r.tk not in ("65", "66")]
    vb_tk = {r.key: r.tk for r in recs if r.satzart == "50"}
    # Gemeindeverband kinds that administer for their members: all but BW's Verwaltungsgemeinschaft/-verband.
    verwaltende = {"51", "52", "53", "55", "57", "58"} | (set() if land == "08" else {"54", "56"})
    traeger = {g.key[:9] + "000" if vb_tk.get(g.key[:9]) in verwaltende else g.key for g in gemeinden}
    kreise = {r.key for r in recs if r.satzart == "40" and r.tk in ("43", "44", "45")}
    kreise = {k + "0000000" for k in kreise} | {r.key for r in recs if r.satzart == "60" and r.tk in ("61", "62")}
    alle_ars = {r.key for r in recs}
    tk_art = {"grosse_kreisstadt": "67"}
    result = {}
    for nr, row in table_rows(land).items():
        ebene = row["ebene"]
        ids: set[str] = {
            "gemeinde": {g.key for g in gemeinden},
            "verwaltungstraeger": traeger,
            "verwaltungstraeger_und_kreis": traeger | kreise,
            "kreis": kreise,
            "land": set(),
            "nicht_kommunal": set(),
        }[ebene]
        ids = set(ids)
        for art in filter(None, row["zusatz_arten"].split(";")):
            ids |= {g.key for g in gemeinden if g.tk == tk_art[art]}
        ids |= {a for a in row["zusatz_ars"].split(";") if a in alle_ars}
        result[nr] = ids
    return result


@pytest.mark.slow
@pytest.mark.parametrize("land", LAENDER)
def test_every_land_and_leistung_as_the_table_says(tmp_path, land):
    store = create_land_database(tmp_path / f"{land}.sqlite", parse_land(land))
    try:
        soll = {nr: len(ids) for nr, ids in expected_sets(land).items()}
        ist = {item.nr: item.zustaendig for item in compute_stats(store).leistungen}
    finally:
        store.close()
    assert ist == soll


def test_known_cases_of_the_table():
    sets = {land: expected_sets(land) for land in ("01", "03", "07", "08", "09")}
    assert len(sets["01"][1]) == 170  # SH: Ämter and Kirchspielslandgemeinden administer
    assert len(sets["08"][8]) == len(sets["09"][8]) == 0  # Elterngeld: L-Bank, ZBFS
    assert len(sets["03"][15]) == 0  # NI: Gewerbeaufsicht
    assert len(sets["07"][6]) == 194  # RP: Verwaltungsträger and Landkreise
    assert len(sets["09"][11]) == 96 + 29  # BY: Kreisverwaltungsbehörden and Große Kreisstädte
