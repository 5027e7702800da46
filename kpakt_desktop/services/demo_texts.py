"""Fictitious names and texts for the demo database: obviously invented, shaped like practice."""

from __future__ import annotations

from kpakt_desktop.domain.huerden import HuerdeKategorie

VORNAMEN = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Elif",
    "Felix",
    "Greta",
    "Hannes",
    "Ida",
    "Jonas",
    "Katrin",
    "Lukas",
    "Mara",
    "Nils",
    "Olga",
    "Paul",
    "Rana",
    "Sven",
    "Tanja",
    "Uwe",
    "Vera",
    "Willi",
)
NACHNAMEN = (
    "Beispiel",
    "Muster",
    "Probe",
    "Platzhalter",
    "Demo",
    "Fiktiv",
    "Testmann",
    "Vorlage",
    "Modell",
    "Schablone",
    "Entwurf",
    "Skizze",
)
REGIONEN = ("Nord", "Süd", "West", "Ost", "Mitte", "Rhein", "Berg", "Tal", "Land", "Küste")
HERSTELLER = (
    "Alpha Kommunalsoftware GmbH (Demo)",
    "Beta Verwaltungssysteme AG (Demo)",
    "Gamma Fachverfahren KG (Demo)",
    "Delta Bürgerdienste GmbH (Demo)",
    "Epsilon Public IT (Demo)",
)
# Two or three competing Fachverfahren per kommunal Leistung, as in practice.
VERFAHREN = {
    1: ("MeldeWerk", "EWO-Kommunal"),
    2: ("Staatsangehörigkeit-Pro", "EinbürgerungsAkte"),
    3: ("PassWerk", "AusweisPlus"),
    4: ("GewerbeWerk", "Gewerbe-Online-Pro"),
    6: ("VergabeManager", "eVergabe-Kommunal"),
    8: ("ElterngeldDigital", "EG-Fach"),
    9: ("Standesamt-Pro", "PersonenstandsWerk", "AutiStan-Demo"),
    10: ("UVG-Fach", "Unterhalt-Pro"),
    11: ("BauWerk", "Baugenehmigung-Pro", "ProBauG-Demo"),
    12: ("WoGG-Pro", "Wohngeld-Fach"),
    13: ("FührerscheinWerk", "FE-Kommunal"),
    14: ("ZulassungsWerk", "KFZ-Pro"),
    15: ("ImmissionsWerk", "BImSch-Fach"),
    16: ("SGB-II-Pro", "Jobcenter-Fach"),
}
HUERDEN = {
    HuerdeKategorie.ORGANISATORISCH: (
        "Keine Personalkapazität für die Anbindung",
        "Fachbereich kennt das EfA-Prinzip nicht",
        "Andere Digitalisierungsprojekte haben Vorrang",
    ),
    HuerdeKategorie.TECHNISCH: (
        "Fachverfahren ohne XÖV-Schnittstelle",
        "Veraltete Version des Fachverfahrens im Einsatz",
        "IT-Dienstleister hat keinen Termin für die Anbindung",
    ),
    HuerdeKategorie.FINANZIELL: (
        "Kosten der Schnittstelle nicht geklärt",
        "Betriebskosten nach Ende der Förderung unklar",
        "Hersteller verlangt Lizenzaufpreis für Schnittstelle",
    ),
    HuerdeKategorie.RECHTLICH: (
        "Datenschutz-Folgenabschätzung fehlt",
        "Auftragsverarbeitung mit dem FF-Land ungeklärt",
        "Datenübermittlung an das Rechenzentrum eines anderen Landes ungeklärt",
    ),
}


AUFGABEN = (
    "Ansprechpartner im Fachbereich benennen",
    "Termin mit IT-Dienstleister vereinbaren",
    "Kostenschätzung für Schnittstelle einholen",
    "Testkonto beim FF-Land beantragen",
)
