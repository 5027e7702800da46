"""Hürden as the Eckpunkte slides sort them, and their status path to the Forum Kommunalpakt."""

from __future__ import annotations

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.vocab import Vocab


class HuerdeKategorie(Vocab):
    ORGANISATORISCH = "organisatorisch"
    TECHNISCH = "technisch"
    FINANZIELL = "finanziell"
    RECHTLICH = "rechtlich"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {v: v for v in ("organisatorisch", "technisch", "finanziell", "rechtlich")}


# Sub-kinds named on the slide "Problembereiche in der kommunalen EfA-Nutzung".
UNTERARTEN: dict[HuerdeKategorie, tuple[str, ...]] = {
    HuerdeKategorie.ORGANISATORISCH: (
        "fehlendes Personal",
        "fehlendes Know-how",
        "fehlende Priorisierung",
        "geringe Effizienzgewinne (nur Frontend)",
    ),
    HuerdeKategorie.TECHNISCH: (
        "heterogene/veraltete IT",
        "nicht ausreichend dimensionierte IT",
        "Abhängigkeit von IT-Dienstleister",
        "Abhängigkeit von Fachverfahrenshersteller",
    ),
    HuerdeKategorie.FINANZIELL: (
        "Umsetzungskosten",
        "Schnittstellenkosten",
        "Betriebskosten",
    ),
    HuerdeKategorie.RECHTLICH: (
        "Datenschutz",
        "Datenspeicherung",
        "Datennutzung",
        "Datenweitergabe",
        "Datenübermittlung zwischen Ländern",
    ),
}


def pruefe_unterart(kategorie: HuerdeKategorie, unterart: str | None) -> None:
    if unterart and unterart not in UNTERARTEN[kategorie]:
        erlaubt = "; ".join(UNTERARTEN[kategorie])
        raise InputError(
            meldung(
                "„{unterart}“ ist keine Unterart von {label}. Erlaubt: {erlaubt}.",
                unterart=unterart,
                label=kategorie.label,
                erlaubt=erlaubt,
            )
        )


class HuerdeStatus(Vocab):
    OFFEN = "offen"
    IN_KLAERUNG = "in_klaerung"
    ESKALIERT = "eskaliert"
    GELOEST = "geloest"
    NICHT_LOESBAR = "nicht_loesbar"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "offen": "offen",
            "in_klaerung": "in Klärung",
            "eskaliert": "eskaliert an Forum Kommunalpakt",
            "geloest": "gelöst",
            "nicht_loesbar": "nicht lösbar",
        }

    @property
    def erledigt(self) -> bool:
        return self in (HuerdeStatus.GELOEST, HuerdeStatus.NICHT_LOESBAR)


# The path of a Hürde: worked on (in Klärung), escalated to the Forum Kommunalpakt when the Land
# cannot solve it, and closed as gelöst or nicht lösbar. A closed Hürde can be reopened; the
# Forum can hand one back for further Klärung. A simple one may be solved straight away.
UEBERGAENGE: dict[HuerdeStatus, tuple[HuerdeStatus, ...]] = {
    HuerdeStatus.OFFEN: (HuerdeStatus.IN_KLAERUNG, HuerdeStatus.GELOEST),
    HuerdeStatus.IN_KLAERUNG: (
        HuerdeStatus.ESKALIERT,
        HuerdeStatus.GELOEST,
        HuerdeStatus.NICHT_LOESBAR,
        HuerdeStatus.OFFEN,
    ),
    HuerdeStatus.ESKALIERT: (HuerdeStatus.GELOEST, HuerdeStatus.NICHT_LOESBAR, HuerdeStatus.IN_KLAERUNG),
    HuerdeStatus.GELOEST: (HuerdeStatus.OFFEN,),
    HuerdeStatus.NICHT_LOESBAR: (HuerdeStatus.OFFEN,),
}


def pruefe_uebergang(alt: HuerdeStatus, neu: HuerdeStatus) -> None:
    """Refuse a status change that skips or reverses the path, naming what is allowed."""
    if neu not in UEBERGAENGE[alt]:
        raise InputError(
            meldung(
                "Status: Eine Hürde im Status „{alt}“ kann nicht auf „{neu}“ gesetzt werden. Möglich ist: {erlaubt}.",
                alt=alt,
                neu=neu,
                erlaubt=UEBERGAENGE[alt],
            )
        )
