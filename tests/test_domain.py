"""Pure domain rules: keys, Länder, lifecycle, Vollzugsebene."""

from __future__ import annotations

import pytest

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.keys import ags_from_ars, check_ars, is_ags, pad_ars
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.domain.status import Status, erlaubte_folge, pruefe_wechsel
from kpakt_desktop.domain.vollzug import KommuneRef, Vollzugsebene, default_verwaltende_arten, zustaendige


@pytest.mark.parametrize("text", ["07", "7", "RP", "rp", "Rheinland-Pfalz", " rheinland-pfalz "])
def test_parse_land_accepts_key_abbreviation_and_name(text):
    assert parse_land(text).schluessel == "07"


def test_parse_land_lists_allowed_values():
    with pytest.raises(InputError, match="07 RP"):
        parse_land("Preußen")


def test_ags_is_ars_without_verband_part():
    assert ags_from_ars("071315001001") == "07131001"
    assert is_ags(ags_from_ars("010510011011"))
    assert pad_ars("07131") == "071310000000"
    with pytest.raises(InputError, match="12 Ziffern"):
        check_ars("07131500100")


def test_status_changes_follow_the_lifecycle():
    pruefe_wechsel(Status.OFFEN, Status.PRODUKTIV)  # backdated jumps are allowed
    pruefe_wechsel(Status.TEST, Status.ANBINDUNG)  # a failed test goes back
    with pytest.raises(InputError, match="nicht mehr zuständig"):
        pruefe_wechsel(Status.OFFEN, Status.NICHT_MEHR_ZUSTAENDIG)
    assert erlaubte_folge(Status.NICHT_MEHR_ZUSTAENDIG) == (Status.OFFEN,)
    assert [s.stufe for s in (Status.OFFEN, Status.PRODUKTIV)] == [0, 5]
    assert len({s.symbol for s in Status}) == len(Status)  # distinguishable in black and white


def test_vocab_parse_lists_allowed_values():
    assert Status.parse("Interesse bekundet", "Status") is Status.INTERESSE
    with pytest.raises(InputError, match="offen, interesse"):
        Status.parse("fertig", "Status")


def _verbund() -> list[KommuneRef]:
    # Kreis 1; Verbandsgemeinde 2 with members 3, 4; verbandsfreie Stadt 5; kreisfreie Stadt 6;
    # gemeindefreies Gebiet 7; dissolved Gemeinde 8.
    return [
        KommuneRef(1, KommuneArt.LANDKREIS, None),
        KommuneRef(2, KommuneArt.VERBANDSGEMEINDE, None),
        KommuneRef(3, KommuneArt.GEMEINDE, 2),
        KommuneRef(4, KommuneArt.STADT, 2),
        KommuneRef(5, KommuneArt.STADT, None),
        KommuneRef(6, KommuneArt.KREISFREIE_STADT, None),
        KommuneRef(7, KommuneArt.GEMEINDEFREI_UNBEWOHNT, None),
        KommuneRef(8, KommuneArt.GEMEINDE, None, aktiv=False),
    ]


def test_vollzugsebene_rules():
    rp = default_verwaltende_arten("07")
    assert zustaendige(_verbund(), Vollzugsebene.KREIS, rp) == {1, 6}
    assert zustaendige(_verbund(), Vollzugsebene.GEMEINDE, rp) == {3, 4, 5, 6}
    assert zustaendige(_verbund(), Vollzugsebene.VERWALTUNGSTRAEGER, rp) == {2, 5, 6}
    assert zustaendige(_verbund(), Vollzugsebene.LAND, rp) == set()
    # große kreisangehörige Stadt with its own Bauaufsicht; a Kreis excluded
    assert zustaendige(_verbund(), Vollzugsebene.KREIS, rp, plus=[5], minus=[1]) == {5, 6}


def test_bw_verwaltungsgemeinschaft_members_keep_their_offices():
    bw = default_verwaltende_arten("08")
    refs = [KommuneRef(2, KommuneArt.VERWALTUNGSGEMEINSCHAFT, None), KommuneRef(3, KommuneArt.GEMEINDE, 2)]
    assert zustaendige(refs, Vollzugsebene.VERWALTUNGSTRAEGER, bw) == {3}
    assert zustaendige(refs, Vollzugsebene.VERWALTUNGSTRAEGER, default_verwaltende_arten("09")) == {2}
