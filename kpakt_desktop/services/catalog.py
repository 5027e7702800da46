"""The 16 Fokusleistungen of Anlage 1, shipped as data in resources/catalog/."""

from __future__ import annotations

import json
from dataclasses import dataclass

from kpakt_desktop import paths
from kpakt_desktop.domain.vollzug import Vollzugsebene


@dataclass(frozen=True)
class CatalogLeistung:
    nr: int
    name: str
    ressort: str
    federfuehrend: tuple[str, ...]
    themenfeld: str
    vollzugsebene_vorschlag: Vollzugsebene
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
            vollzugsebene_vorschlag=Vollzugsebene(item["vollzugsebene_vorschlag"]),
            behoerde=item["behoerde"],
            hinweis=item["hinweis"],
            vollstaendig_realisiert=item["vollstaendig_realisiert"],
            bund_direkt=item["bund_direkt"],
        )
        for item in data["leistungen"]
    ]
