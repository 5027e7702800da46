"""All tables of the Land database. Import from here so that every model is registered."""

from kpakt_desktop.store.models.base import PERSONAL, Base, VocabType
from kpakt_desktop.store.models.huerden import Huerde, HuerdeHistorie, huerde_kommune, huerde_leistung
from kpakt_desktop.store.models.kommunen import ITDienstleister, Kommune, Kontakt
from kpakt_desktop.store.models.land import Einstellung, LandRow, Person, VerbandRegel
from kpakt_desktop.store.models.leistungen import (
    Fachverfahren,
    Hersteller,
    Leistung,
    Vollzug,
    VollzugAusnahme,
)
from kpakt_desktop.store.models.nachnutzung import Nachnutzung, NachnutzungHistorie, NachnutzungStufe
from kpakt_desktop.store.models.standardpaket import StandardpaketExport
from kpakt_desktop.store.models.teams import (
    Landesteam,
    LandesteamMitglied,
    RolloutAngebotRow,
    RolloutTeam,
    Taskforce,
    TaskforceMitglied,
    taskforce_kommune,
    taskforce_leistung,
    taskforce_region,
)
from kpakt_desktop.store.models.termine import Aufgabe, Termin, termin_kommune, termin_leistung

__all__ = [
    "PERSONAL",
    "Aufgabe",
    "Base",
    "Einstellung",
    "Fachverfahren",
    "Hersteller",
    "Huerde",
    "HuerdeHistorie",
    "ITDienstleister",
    "Kommune",
    "Kontakt",
    "LandRow",
    "Landesteam",
    "LandesteamMitglied",
    "Leistung",
    "Nachnutzung",
    "NachnutzungHistorie",
    "NachnutzungStufe",
    "Person",
    "RolloutAngebotRow",
    "RolloutTeam",
    "StandardpaketExport",
    "Taskforce",
    "TaskforceMitglied",
    "Termin",
    "VerbandRegel",
    "VocabType",
    "Vollzug",
    "VollzugAusnahme",
    "huerde_kommune",
    "huerde_leistung",
    "taskforce_kommune",
    "taskforce_leistung",
    "taskforce_region",
    "termin_kommune",
    "termin_leistung",
]
