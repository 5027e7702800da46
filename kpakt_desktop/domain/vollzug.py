"""Vollzugsebene (§2(1) of the Kommunalpakt): which Kommunen are zuständig for a Leistung.

Pure function over plain records, so the GUI preview, the stats, the reports and the tests
all count the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kpakt_desktop.domain.kommunen import KREIS_ARTEN, VERBAND_ARTEN, KommuneArt
from kpakt_desktop.domain.vocab import Vocab


class Vollzugsebene(Vocab):
    GEMEINDE = "gemeinde"
    VERWALTUNGSTRAEGER = "verwaltungstraeger"
    VERWALTUNGSTRAEGER_UND_KREIS = "verwaltungstraeger_und_kreis"
    KREIS = "kreis"
    LAND = "land"
    NICHT_KOMMUNAL = "nicht_kommunal"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "gemeinde": "Gemeinde (jede Gemeinde)",
            "verwaltungstraeger": "Verwaltungsträger der Gemeindeebene",
            "verwaltungstraeger_und_kreis": "Verwaltungsträger der Gemeindeebene und Kreise",
            "kreis": "Kreis und kreisfreie Stadt",
            "land": "Land",
            "nicht_kommunal": "nicht kommunal",
        }

    @property
    def kurz(self) -> str:
        """Short label for table columns."""
        return {
            "gemeinde": "Gemeinde",
            "verwaltungstraeger": "Verwaltungsträger",
            "verwaltungstraeger_und_kreis": "Verwaltungsträger und Kreis",
            "kreis": "Kreis/kreisfreie Stadt",
            "land": "Land",
            "nicht_kommunal": "nicht kommunal",
        }[self.value]


class AusnahmeArt(Vocab):
    """A single Kommune added to (plus) or taken out of (minus) the Vollzugsebene of a Leistung."""

    PLUS = "plus"
    MINUS = "minus"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"plus": "zusätzlich zuständig", "minus": "nicht zuständig"}


class Sicherheit(Vocab):
    """How sure a shipped Vollzugsebene of a Land and Leistung is (resources/catalog/vollzug_laender.csv)."""

    BELEGT = "belegt"
    BITTE_PRUEFEN = "bitte_pruefen"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"belegt": "belegt", "bitte_pruefen": "bitte prüfen"}


@dataclass(frozen=True)
class KommuneRef:
    """What the rule needs to know about one Kommune."""

    id: int
    art: KommuneArt
    verband_id: int | None  # the Gemeindeverband a Gemeinde belongs to (None: verbandsfrei)
    aktiv: bool = True


def default_verwaltende_arten(land_key: str) -> dict[KommuneArt, bool]:
    """Which Gemeindeverband kinds administer for their member Gemeinden, per Land.

    RP/ST Verbandsgemeinde, SH/BB/MV Amt, NI Samtgemeinde, BY/SN/TH Verwaltungsgemeinschaft,
    SN Verwaltungsverband and TH erfüllende Gemeinde do, and so do SH's two
    Kirchspielslandgemeinden (Eider, Heider Umland: they administer their member Gemeinden as an
    Amt does, Kirchspielslandgemeindenordnung SH); BW's vereinbarte Verwaltungsgemeinschaften and
    Gemeindeverwaltungsverbände leave the offices with the members. Offices check these defaults.
    """
    bw = land_key == "08"
    return {
        KommuneArt.AMT: True,
        KommuneArt.SAMTGEMEINDE: True,
        KommuneArt.VERBANDSGEMEINDE: True,
        KommuneArt.VERWALTUNGSGEMEINSCHAFT: not bw,
        KommuneArt.KIRCHSPIELSLANDGEMEINDE: True,
        KommuneArt.VERWALTUNGSVERBAND: not bw,
        KommuneArt.VERWALTUNGSGEMEINSCHAFT_TRAEGER: True,
        KommuneArt.ERFUELLENDE_GEMEINDE: True,
    }


def zustaendige(
    kommunen: Iterable[KommuneRef],
    ebene: Vollzugsebene,
    verwaltende: Mapping[KommuneArt, bool],
    plus: Iterable[int] = (),
    minus: Iterable[int] = (),
) -> set[int]:
    """Ids of the zuständige Kommunen.

    A kreisfreie Stadt is zuständig on Kreis and Gemeinde level. Gemeindefreie Gebiete and
    dissolved Kommunen never are. Additions and exclusions apply last.
    """
    items = [k for k in kommunen if k.aktiv]
    by_id = {k.id: k for k in items}
    result: set[int] = set()
    if ebene in (Vollzugsebene.KREIS, Vollzugsebene.VERWALTUNGSTRAEGER_UND_KREIS):
        result = {k.id for k in items if k.art in KREIS_ARTEN or k.art.kreisfrei}
    if ebene is Vollzugsebene.GEMEINDE:
        result = {k.id for k in items if k.art.gemeinde_ebene and not k.art.gemeindefrei}
    elif ebene in (Vollzugsebene.VERWALTUNGSTRAEGER, Vollzugsebene.VERWALTUNGSTRAEGER_UND_KREIS):
        for k in items:
            if not k.art.gemeinde_ebene or k.art.gemeindefrei:
                continue
            verband = by_id.get(k.verband_id) if k.verband_id is not None else None
            if verband is not None and verband.art in VERBAND_ARTEN and verwaltende.get(verband.art, False):
                result.add(verband.id)
            else:
                result.add(k.id)
    result |= {i for i in plus if i in by_id}
    result -= set(minus)
    return result
