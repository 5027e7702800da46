"""Kinds of Termine the office records (landesinterne Strukturen, §2(2)c, and §3 Vor-Ort-Termine)."""

from __future__ import annotations

from kpakt_desktop.domain.vocab import Vocab


class TerminArt(Vocab):
    BDV = "bdv"
    FACHBEREICHSLEITUNG = "fachbereichsleitung"
    KSPV = "kspv"
    VOR_ORT = "vor_ort"
    SCHULUNG = "schulung"
    FORUM = "forum"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "bdv": "Bürgermeisterdienstversammlung",
            "fachbereichsleitung": "Fachbereichsleitungstreffen",
            "kspv": "KSpV-Sitzung",
            "vor_ort": "Vor-Ort-Termin (inkl. Tests)",
            "schulung": "Schulung",
            "forum": "Forum Kommunalpakt",
        }
