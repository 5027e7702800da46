"""Kinds of Kommunen, their level, and how the Destatis Textkennzeichen map onto them."""

from __future__ import annotations

from enum import StrEnum

from kpakt_desktop.domain.vocab import Vocab


class Ebene(StrEnum):
    KREIS = "kreis"
    GEMEINDEVERBAND = "gemeindeverband"
    GEMEINDE = "gemeinde"


class KommuneArt(Vocab):
    # Kreis level
    LANDKREIS = "landkreis"
    KREIS = "kreis"
    REGIONALVERBAND = "regionalverband"
    # both Kreis and Gemeinde level
    KREISFREIE_STADT = "kreisfreie_stadt"
    STADTKREIS = "stadtkreis"
    # Gemeindeverbände
    AMT = "amt"
    SAMTGEMEINDE = "samtgemeinde"
    VERBANDSGEMEINDE = "verbandsgemeinde"
    VERWALTUNGSGEMEINSCHAFT = "verwaltungsgemeinschaft"
    KIRCHSPIELSLANDGEMEINDE = "kirchspielslandgemeinde"
    VERWALTUNGSVERBAND = "verwaltungsverband"
    VERWALTUNGSGEMEINSCHAFT_TRAEGER = "verwaltungsgemeinschaft_traeger"
    ERFUELLENDE_GEMEINDE = "erfuellende_gemeinde"
    # Gemeinden
    MARKT = "markt"
    STADT = "stadt"
    GEMEINDE = "gemeinde"
    GROSSE_KREISSTADT = "grosse_kreisstadt"
    GEMEINDEFREI_BEWOHNT = "gemeindefrei_bewohnt"
    GEMEINDEFREI_UNBEWOHNT = "gemeindefrei_unbewohnt"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return _LABELS

    @property
    def ebene(self) -> Ebene:
        if self in KREIS_ARTEN or self in KREISFREIE_ARTEN:
            return Ebene.KREIS
        if self in VERBAND_ARTEN:
            return Ebene.GEMEINDEVERBAND
        return Ebene.GEMEINDE

    @property
    def kreisfrei(self) -> bool:
        """Kreisfreie Stadt / Stadtkreis: zuständig on Kreis and Gemeinde level at once."""
        return self in KREISFREIE_ARTEN

    @property
    def gemeindefrei(self) -> bool:
        return self in (KommuneArt.GEMEINDEFREI_BEWOHNT, KommuneArt.GEMEINDEFREI_UNBEWOHNT)

    @property
    def gemeinde_ebene(self) -> bool:
        """Counts as a Gemeinde (the register's Satzart 60)."""
        return self.ebene is Ebene.GEMEINDE or self.kreisfrei


_LABELS = {
    "landkreis": "Landkreis",
    "kreis": "Kreis",
    "regionalverband": "Regionalverband",
    "kreisfreie_stadt": "Kreisfreie Stadt",
    "stadtkreis": "Stadtkreis",
    "amt": "Amt",
    "samtgemeinde": "Samtgemeinde",
    "verbandsgemeinde": "Verbandsgemeinde",
    "verwaltungsgemeinschaft": "Verwaltungsgemeinschaft",
    "kirchspielslandgemeinde": "Kirchspielslandgemeinde",
    "verwaltungsverband": "Verwaltungsverband",
    "verwaltungsgemeinschaft_traeger": "Verwaltungsgemeinschaft (Trägermodell)",
    "erfuellende_gemeinde": "Erfüllende Gemeinde",
    "markt": "Markt",
    "stadt": "Stadt",
    "gemeinde": "Gemeinde",
    "grosse_kreisstadt": "Große Kreisstadt",
    "gemeindefrei_bewohnt": "Gemeindefreies Gebiet (bewohnt)",
    "gemeindefrei_unbewohnt": "Gemeindefreies Gebiet (unbewohnt)",
}

KREIS_ARTEN = frozenset({KommuneArt.LANDKREIS, KommuneArt.KREIS, KommuneArt.REGIONALVERBAND})
KREISFREIE_ARTEN = frozenset({KommuneArt.KREISFREIE_STADT, KommuneArt.STADTKREIS})
VERBAND_ARTEN = frozenset(
    {
        KommuneArt.AMT,
        KommuneArt.SAMTGEMEINDE,
        KommuneArt.VERBANDSGEMEINDE,
        KommuneArt.VERWALTUNGSGEMEINSCHAFT,
        KommuneArt.KIRCHSPIELSLANDGEMEINDE,
        KommuneArt.VERWALTUNGSVERBAND,
        KommuneArt.VERWALTUNGSGEMEINSCHAFT_TRAEGER,
        KommuneArt.ERFUELLENDE_GEMEINDE,
    }
)

# Destatis Textkennzeichen → kind. 40-records (Kreise) and 50-records (Gemeindeverbände) and
# 60-records (Gemeinden). 41/42 and 61/62 are the same kreisfreie Stadt; 50/50 ("verbandsfreie
# Gemeinde") is not a body of its own but marks its single Gemeinde as verbandsfrei.
KREIS_TK = {
    "41": KommuneArt.KREISFREIE_STADT,
    "42": KommuneArt.STADTKREIS,
    "43": KommuneArt.KREIS,
    "44": KommuneArt.LANDKREIS,
    "45": KommuneArt.REGIONALVERBAND,
}
VERBAND_TK = {
    "51": KommuneArt.AMT,
    "52": KommuneArt.SAMTGEMEINDE,
    "53": KommuneArt.VERBANDSGEMEINDE,
    "54": KommuneArt.VERWALTUNGSGEMEINSCHAFT,
    "55": KommuneArt.KIRCHSPIELSLANDGEMEINDE,
    "56": KommuneArt.VERWALTUNGSVERBAND,
    "57": KommuneArt.VERWALTUNGSGEMEINSCHAFT_TRAEGER,
    "58": KommuneArt.ERFUELLENDE_GEMEINDE,
}
VERBANDSFREI_TK = "50"
GEMEINDE_TK = {
    "60": KommuneArt.MARKT,
    "61": KommuneArt.KREISFREIE_STADT,
    "62": KommuneArt.STADTKREIS,
    "63": KommuneArt.STADT,
    "64": KommuneArt.GEMEINDE,
    "65": KommuneArt.GEMEINDEFREI_BEWOHNT,
    "66": KommuneArt.GEMEINDEFREI_UNBEWOHNT,
    "67": KommuneArt.GROSSE_KREISSTADT,
}


class Spitzenverband(Vocab):
    STAEDTETAG = "staedtetag"
    LANDKREISTAG = "landkreistag"
    STAEDTE_UND_GEMEINDEBUND = "staedte_und_gemeindebund"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "staedtetag": "Städtetag",
            "landkreistag": "Landkreistag",
            "staedte_und_gemeindebund": "Städte- und Gemeindebund",
        }


def default_spitzenverband(art: KommuneArt) -> Spitzenverband | None:
    """The usual membership; the office corrects it where its Land differs."""
    if art in KREIS_ARTEN:
        return Spitzenverband.LANDKREISTAG
    if art in KREISFREIE_ARTEN:
        return Spitzenverband.STAEDTETAG
    if art.gemeindefrei:
        return None
    return Spitzenverband.STAEDTE_UND_GEMEINDEBUND


class KommuneZustand(Vocab):
    AKTIV = "aktiv"
    AUFGELOEST = "aufgeloest"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"aktiv": "aktiv", "aufgeloest": "aufgelöst"}
