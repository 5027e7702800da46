"""People and teams of the Kommunalpakt's structures (§2(3), §3 and the Eckpunkte slides)."""

from __future__ import annotations

from kpakt_desktop.domain.vocab import Vocab


class KontaktFunktion(Vocab):
    BUERGERMEISTER = "buergermeister"
    LANDRAT = "landrat"
    OZG_BEAUFTRAGTE = "ozg_beauftragte"
    IT_LEITUNG = "it_leitung"
    FACHBEREICH = "fachbereich"
    HAUPTAMT = "hauptamt"
    IT_DIENSTLEISTER = "it_dienstleister"
    ROLLOUT = "rollout"
    SONSTIGE = "sonstige"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "buergermeister": "Bürgermeister/in",
            "landrat": "Landrat/Landrätin",
            "ozg_beauftragte": "OZG-Beauftragte/r",
            "it_leitung": "IT-Leitung",
            "fachbereich": "Fachbereich",
            "hauptamt": "Hauptamt",
            "it_dienstleister": "IT-Dienstleister",
            "rollout": "Roll-Out-Team",
            "sonstige": "sonstige",
        }


class TaskforceRolle(Vocab):
    PROJEKTLEITUNG = "projektleitung"
    FACHLICH = "fachlich"
    TECHNISCH = "technisch"
    IT_DIENSTLEISTER = "it_dienstleister"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "projektleitung": "Projektleitung",
            "fachlich": "fachliche Expertise",
            "technisch": "technische Expertise",
            "it_dienstleister": "kommunaler IT-Dienstleister",
        }


class TaskforceStatus(Vocab):
    GEPLANT = "geplant"
    AKTIV = "aktiv"
    ABGESCHLOSSEN = "abgeschlossen"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"geplant": "geplant", "aktiv": "aktiv", "abgeschlossen": "abgeschlossen"}


class RolloutAngebot(Vocab):
    VOR_ORT_TERMIN = "vor_ort_termin"
    INFORMATIONSMATERIAL = "informationsmaterial"
    PROZESSUNTERSTUETZUNG = "prozessunterstuetzung"
    SELBSTREGISTRIERUNG = "selbstregistrierung"
    RAHMENVERTRAG = "rahmenvertrag"
    SCHNITTSTELLE = "schnittstelle"
    ARCHITEKTURKOMPONENTE = "architekturkomponente"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "vor_ort_termin": "Vor-Ort-Termin inkl. Tests",
            "informationsmaterial": "Informationsmaterial",
            "prozessunterstuetzung": "Prozessunterstützung",
            "selbstregistrierung": "Selbstregistrierung",
            "rahmenvertrag": "Rahmenvertrag mit Fachverfahrenshersteller",
            "schnittstelle": "standardisierte Schnittstelle (XÖV)",
            "architekturkomponente": "IT-Architekturkomponente (z. B. XTA-Webservice)",
        }


class LandesteamArt(Vocab):
    KERNTEAM = "kernteam"
    UMSETZUNGSBEGLEITTEAM = "umsetzungsbegleitteam"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"kernteam": "Kernteam Nachnutzung", "umsetzungsbegleitteam": "Umsetzungsbegleitteam"}
