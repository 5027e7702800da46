"""The 16 Fokusleistungen as the office maintains them: Ressort, FF-Länder, EfA service, contact, notes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.laender import LAENDER
from kpakt_desktop.services.rueckgaengig import VERAENDERT
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kontakt, Leistung

# Fields the office may change; the rest (name, No. 7/8 flags) come from Anlage 1.
EDITIERBAR = (
    "ressort",
    "federfuehrend",
    "efa_dienst",
    "efa_anbieter",
    "marktplatz",
    "link",
    "rollout_kontakt_id",
    "notiz",
)
FELD_NAMEN = {
    "ressort": "Ressort",
    "federfuehrend": "federführende Länder",
    "efa_dienst": "EfA-Dienst",
    "efa_anbieter": "Anbieter",
    "marktplatz": "FIT-Store/GovDigital",
    "link": "Link",
    "rollout_kontakt_id": "Kontakt Roll-Out-Team",
    "notiz": "Notiz",
}


@dataclass(frozen=True)
class LeistungDaten:
    nr: int
    name: str
    ressort: str
    federfuehrend: str
    themenfeld: str | None
    behoerde: str | None
    hinweis: str | None
    vollstaendig_realisiert: bool
    bund_direkt: bool
    efa_dienst: str | None
    efa_anbieter: str | None
    marktplatz: str | None
    link: str | None
    rollout_kontakt_id: int | None
    rollout_kontakt: str | None
    notiz: str | None

    @property
    def zaehlt_fuer_quote(self) -> bool:
        return not (self.vollstaendig_realisiert or self.bund_direkt)

    @property
    def sonderfall(self) -> str:
        """Why the Leistung does not count for any percentage (empty when it does)."""
        if self.vollstaendig_realisiert:
            return "bereits vollständig realisiert"
        if self.bund_direkt:
            return "direkt durch das BMFSFJ betrieben"
        return ""


@dataclass(frozen=True)
class KontaktWahl:
    id: int
    text: str


def leistungen(store: Store) -> list[LeistungDaten]:
    with store.read() as s:
        namen = dict(s.execute(select(Kontakt.id, Kontakt.name)).all())
        return [
            LeistungDaten(
                nr=r.nr,
                name=r.name,
                ressort=r.ressort,
                federfuehrend=r.federfuehrend,
                themenfeld=r.themenfeld,
                behoerde=r.behoerde,
                hinweis=r.hinweis,
                vollstaendig_realisiert=r.vollstaendig_realisiert,
                bund_direkt=r.bund_direkt,
                efa_dienst=r.efa_dienst,
                efa_anbieter=r.efa_anbieter,
                marktplatz=r.marktplatz,
                link=r.link,
                rollout_kontakt_id=r.rollout_kontakt_id,
                rollout_kontakt=namen.get(r.rollout_kontakt_id) if r.rollout_kontakt_id else None,
                notiz=r.notiz,
            )
            for r in s.scalars(select(Leistung).order_by(Leistung.nr))
        ]


def kontakte_auswahl(store: Store) -> list[KontaktWahl]:
    """Contacts for the Roll-Out-Team field: Roll-Out contacts first, then everyone else."""
    with store.read() as s:
        rows = list(s.execute(select(Kontakt.id, Kontakt.name, Kontakt.organisation, Kontakt.funktion)).all())
    rows.sort(key=lambda r: (r.funktion.value != "rollout", r.name.casefold()))
    return [KontaktWahl(r.id, f"{r.name} ({r.organisation})" if r.organisation else r.name) for r in rows]


def _clean(feld: str, wert: Any) -> Any:
    if feld == "rollout_kontakt_id":
        return wert
    text = (wert or "").strip() if isinstance(wert, str) or wert is None else str(wert)
    if feld == "ressort" and not text:
        raise InputError(meldung("Feld „Ressort“: bitte das zuständige Bundesministerium angeben (z. B. BMI)."))
    if feld == "federfuehrend":
        teile = [t.strip().upper() for t in text.replace(";", ",").split(",") if t.strip()]
        erlaubt = {land.kuerzel for land in LAENDER}
        falsch = [t for t in teile if t not in erlaubt]
        if falsch:
            raise InputError(
                meldung(
                    "Feld „federführende Länder“: „{falsch}“ ist kein Länderkürzel. "
                    "Erlaubt sind: {erlaubt} (mehrere durch Komma getrennt).",
                    falsch=", ".join(falsch),
                    erlaubt=", ".join(sorted(erlaubt)),
                )
            )
        return ", ".join(teile)
    if feld == "link" and text and not text.startswith(("https://", "http://")):
        raise InputError(meldung("Feld „Link“: bitte eine Adresse angeben, die mit https:// beginnt."))
    return text or (None if feld != "ressort" else text)


def aendere_leistung(store: Store, nr: int, werte: Mapping[str, Any]) -> dict[str, Any]:
    """Change editable fields of one Leistung; returns the previous values (for undo)."""
    return leistung_tauschen(store, nr, werte)[0]


def leistung_tauschen(
    store: Store, nr: int, werte: Mapping[str, Any], *, erwartet: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Change editable fields of one Leistung; returns their (previous, stored) values. With
    ``erwartet`` (undo, redo) the fields must still hold those values, else nothing is written:
    someone changed them in between."""
    unbekannt = set(werte) - set(EDITIERBAR)
    if unbekannt:
        raise InputError(
            meldung("Diese Felder der Leistung sind nicht änderbar: {wert}.", wert=", ".join(sorted(unbekannt)))
        )
    with store.write() as s:
        row = s.get(Leistung, nr)
        if row is None:
            raise InputError(meldung("Die Leistung Nr. {nr} gibt es nicht (erlaubt: 1 bis 16).", nr=nr))
        if erwartet is not None and any(getattr(row, feld) != wert for feld, wert in erwartet.items()):
            raise InputError(VERAENDERT.format(was=f"Die Änderung an Leistung {nr}"))
        if werte.get("rollout_kontakt_id") is not None and s.get(Kontakt, werte["rollout_kontakt_id"]) is None:
            raise InputError(meldung("Feld „Kontakt Roll-Out-Team“: der gewählte Kontakt existiert nicht mehr."))
        vorher = {}
        for feld, wert in werte.items():
            vorher[feld] = getattr(row, feld)
            setattr(row, feld, _clean(feld, wert))
        gespeichert = {feld: getattr(row, feld) for feld in werte}
    return vorher, gespeichert
