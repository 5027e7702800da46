"""The 16 Fokusleistungen of Anlage 1, shipped as data in resources/catalog/."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from kpakt_desktop import paths
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.vollzug import Sicherheit, Vollzugsebene


@dataclass(frozen=True)
class CatalogLeistung:
    nr: int
    name: str
    ressort: str
    federfuehrend: tuple[str, ...]
    themenfeld: str
    behoerde: str
    hinweis: str
    vollstaendig_realisiert: bool
    bund_direkt: bool


def load_catalog() -> list[CatalogLeistung]:
    data = json.loads(paths.resource("catalog", "fokusleistungen.json").read_text(encoding="utf-8"))
    return [
        CatalogLeistung(
            nr=item["nr"],
            name=item["name"],
            ressort=item["ressort"],
            federfuehrend=tuple(item["federfuehrend"]),
            themenfeld=item["themenfeld"],
            behoerde=item["behoerde"],
            hinweis=item["hinweis"],
            vollstaendig_realisiert=item["vollstaendig_realisiert"],
            bund_direkt=item["bund_direkt"],
        )
        for item in data["leistungen"]
    ]


@dataclass(frozen=True)
class VollzugVorgabe:
    """The shipped Vollzugsebene of one Land and Leistung, with its source (resources/catalog/vollzug_laender.csv)."""

    land: str
    nr: int
    ebene: Vollzugsebene
    behoerde: str
    zusatz_arten: frozenset[KommuneArt]  # kinds zuständig in addition (e.g. Große Kreisstädte)
    zusatz_ars: tuple[str, ...]  # single Kommunen zuständig in addition (12-digit ARS)
    quelle: str
    sicherheit: Sicherheit


def load_vollzug_vorgaben(land_key: str) -> dict[int, VollzugVorgabe]:
    """Leistung nr → the shipped Vollzugsebene for ``land_key``; every one of the 16 is there."""
    text = paths.resource("catalog", "vollzug_laender.csv").read_text(encoding="utf-8")
    result: dict[int, VollzugVorgabe] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["land"] != land_key:
            continue
        vorgabe = VollzugVorgabe(
            land=row["land"],
            nr=int(row["nr"]),
            ebene=Vollzugsebene(row["ebene"]),
            behoerde=row["behoerde"],
            zusatz_arten=frozenset(KommuneArt(a) for a in row["zusatz_arten"].split(";") if a),
            zusatz_ars=tuple(a for a in row["zusatz_ars"].split(";") if a),
            quelle=row["quelle"],
            sicherheit=Sicherheit(row["sicherheit"]),
        )
        result[vorgabe.nr] = vorgabe
    if sorted(result) != list(range(1, 17)):
        raise ValueError(f"vollzug_laender.csv: für Land {land_key} fehlen Leistungen")
    return result
