"""Nachfrage-Bündelung (§2(3)c, §3): who still needs which connection, per Fachverfahren and IT-Dienstleister.

The basis for bundled procurement and framework contracts: for every Leistung the zuständigen
Kommunen that are not yet produktiv, grouped by the Fachverfahren (and its Hersteller) they
connect and by the IT-Dienstleister that does the connection, with the Einwohner they serve.
Kommunen already produktiv with the same Fachverfahren are named as reference installations, with
a contact person from the Land database (the report stays in the Land). Einwohner are the Einwohner
of the Gemeinden the Kommunen of a group serve, each Gemeinde once: a total cannot exceed the
population however many Leistungen a Kommune still needs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.teams import KontaktFunktion
from kpakt_desktop.services.berichte import excel
from kpakt_desktop.services.berichte.daten import zellen_abfrage
from kpakt_desktop.services.file_output import save_workbook
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.register_stand import register_angaben
from kpakt_desktop.services.vollzugsebene import versorgung_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Kommune,
    Kontakt,
    Leistung,
    Nachnutzung,
)

OHNE_FV = "noch nicht bekannt"
OHNE_ITDL = "kein IT-Dienstleister erfasst"
BEDARF = tuple(st for st in Status if st.aktiv and st is not Status.PRODUKTIV)


@dataclass(frozen=True)
class Bedarf:
    """One Kommune × Leistung that still needs its connection."""

    kreis: str
    kommune: str
    ars: str
    leistung_nr: int
    leistung: str
    status: Status
    fachverfahren: str
    hersteller: str
    it_dienstleister: str
    einwohner: int
    geplant: str = ""


@dataclass
class Gruppe:
    leistung_nr: int  # 0: all Leistungen
    leistung: str
    name: str  # Fachverfahren, Hersteller or IT-Dienstleister
    hersteller: str = ""
    kommunen: set[str] = field(default_factory=set)
    kommune_ids: set[int] = field(default_factory=set)
    einwohner: int = 0  # served by ``kommune_ids``, each Gemeinde once
    je_status: dict[Status, int] = field(default_factory=lambda: defaultdict(int))
    produktiv: int = 0  # reference installations with the same Fachverfahren / IT-Dienstleister
    referenzen: list[str] = field(default_factory=list)  # "Kommune (Ansprechperson)" of those

    @property
    def anzahl(self) -> int:
        return sum(self.je_status.values())


@dataclass(frozen=True)
class Buendelung:
    stand: datetime
    land: str
    bedarf: list[Bedarf]
    je_fachverfahren: list[Gruppe]
    je_hersteller: list[Gruppe]
    je_it_dienstleister: list[Gruppe]
    einwohner_land: int = 0  # all Einwohner of the Land, for the reader's comparison


def buendelung(store: Store, *, stand: datetime | None = None) -> Buendelung:
    stand = stand or datetime.now().replace(microsecond=0)
    land = read_land(store)
    with store.read() as s:
        vers = versorgung_laden(s)
        rows = s.execute(
            zellen_abfrage(Nachnutzung.kommune_id, Nachnutzung.leistung_nr, Nachnutzung.status)
            .where(Leistung.vollstaendig_realisiert.is_(False), Leistung.bund_direkt.is_(False))
            .order_by(Nachnutzung.leistung_nr, "kreis", Kommune.name)
        ).all()
        kontakte = _kontakte(s)
        einwohner_land = vers.einwohner_von(vers.einwohner)
    bedarf: list[Bedarf] = []
    fv_gruppen: dict[tuple[int, str, str], Gruppe] = {}
    hst_gruppen: dict[str, Gruppe] = {}
    itdl_gruppen: dict[tuple[int, str], Gruppe] = {}
    for r in rows:
        fv, hst, itdl = r.fv or OHNE_FV, r.hst or "", r.itdl or OHNE_ITDL
        g_fv = fv_gruppen.setdefault((r.leistung_nr, fv, hst), Gruppe(r.leistung_nr, r.leistung, fv, hst))
        g_itdl = itdl_gruppen.setdefault((r.leistung_nr, itdl), Gruppe(r.leistung_nr, r.leistung, itdl))
        if r.status is Status.PRODUKTIV:
            referenz = r.name + (f" ({kontakte[r.kommune_id]})" if r.kommune_id in kontakte else "")
            for g in (g_fv, g_itdl):
                g.produktiv += 1
                g.referenzen.append(referenz)
            continue
        einwohner = vers.einwohner_von([r.kommune_id])
        bedarf.append(Bedarf(r.kreis, r.name, r.ars, r.leistung_nr, r.leistung, r.status, fv, hst, itdl, einwohner))
        groups = [g_fv, g_itdl]
        if r.hst:
            groups.append(hst_gruppen.setdefault(r.hst, Gruppe(0, "alle Leistungen", r.hst)))
        for g in groups:
            g.kommunen.add(r.ars)
            g.kommune_ids.add(r.kommune_id)
            g.je_status[r.status] += 1
    for g in [*fv_gruppen.values(), *hst_gruppen.values(), *itdl_gruppen.values()]:
        g.einwohner = vers.einwohner_von(g.kommune_ids)

    def order(g: Gruppe) -> tuple[int, int, str]:
        return (g.leistung_nr, -g.anzahl, g.name)

    return Buendelung(
        stand,
        land.name,
        bedarf,
        sorted((g for g in fv_gruppen.values() if g.anzahl), key=order),
        sorted(hst_gruppen.values(), key=lambda g: (-g.anzahl, g.name)),
        sorted((g for g in itdl_gruppen.values() if g.anzahl), key=order),
        einwohner_land,
    )


KONTAKT_VORRANG = (
    KontaktFunktion.OZG_BEAUFTRAGTE,
    KontaktFunktion.IT_LEITUNG,
    KontaktFunktion.FACHBEREICH,
    KontaktFunktion.HAUPTAMT,
    KontaktFunktion.BUERGERMEISTER,
)


def _kontakte(s: Any) -> dict[int, str]:
    """Per Kommune the person to ask about its installation: OZG-Beauftragte first, then IT-Leitung, …"""
    beste: dict[int, tuple[int, str]] = {}
    for k in s.scalars(select(Kontakt).where(Kontakt.kommune_id.is_not(None)).order_by(Kontakt.id)):
        rang = KONTAKT_VORRANG.index(k.funktion) if k.funktion in KONTAKT_VORRANG else len(KONTAKT_VORRANG)
        weg = ", ".join(x for x in (k.email, k.telefon) if x)
        text = f"{k.name}, {k.funktion.label}" + (f", {weg}" if weg else "")
        if k.kommune_id not in beste or rang < beste[k.kommune_id][0]:
            beste[k.kommune_id] = (rang, text)
    return {kid: text for kid, (_, text) in beste.items()}


# -- Excel ----------------------------------------------------------------------------------------

STATUS_SPALTEN = tuple(BEDARF)
EINWOHNER = "Einwohner versorgt"


def write_xlsx(b: Buendelung, ziel: Path, *, quelle: str, absender: str) -> Path:
    wb = excel.arbeitsmappe()
    deckblatt = wb.active
    assert deckblatt is not None
    deckblatt.title = "Übersicht"
    excel.text(deckblatt, 1, 1, f"Nachfrage-Bündelung {b.land}", font=excel.TITEL)
    zeilen = [
        f"Stand: {b.stand:%d.%m.%Y %H:%M}",
        "Grundlage für gebündelte Beschaffung und Rahmenverträge (Kommunalpakt §2 Abs. 3 c, §3): welche "
        "zuständigen Kommunen eine Leistung noch nicht produktiv nutzen, nach Fachverfahren/Hersteller und "
        "IT-Dienstleister, mit den versorgten Einwohnern.",
        f"Noch anzubindende Nachnutzungen: {len(b.bedarf)} in {len({x.ars for x in b.bedarf})} Kommunen.",
        f"So rechnen wir – „{EINWOHNER}“: die Einwohner der Gemeinden, die die Kommunen einer Zeile versorgen "
        "(Verbandsgemeinde/Amt: ihre Mitgliedsgemeinden, Kreis: seine Gemeinden), jede Gemeinde einmal – auch "
        "wenn sie mehrere Leistungen braucht. Eine Summe kann daher die Einwohnerzahl des Landes "
        f"({excel.zahl_text(b.einwohner_land)}) nicht übersteigen; über mehrere Zeilen addiert zählen "
        "Gemeinden mehrfach.",
        "„Referenzen“: Kommunen, die die Leistung mit demselben Fachverfahren bzw. IT-Dienstleister schon "
        "produktiv nutzen, mit einer Ansprechperson aus der Landesdatenbank (personenbezogen: nur für den "
        "Dienstgebrauch im Land). Leistungen 7 (vollständig realisiert) und 8 (Bund direkt) sind nicht enthalten.",
        f"Erstellt von: {absender}",
        f"Kommunen und Einwohner: {quelle}",
    ]
    deckblatt.column_dimensions["A"].width = 100
    for i, t in enumerate(zeilen, start=3):
        excel.text(deckblatt, i, 1, t).alignment = excel.UMBRUCH
        deckblatt.row_dimensions[i].height = excel.zeilenhoehe([t], [100]) or excel.ZEILENHOEHE
    excel.druck_einrichten(deckblatt, titelzeilen=None)
    excel.kopf_fuss(deckblatt, links=f"Nachfrage-Bündelung {b.land}", stand=b.stand)

    status_kopf = [st.label for st in STATUS_SPALTEN]
    gemeinsam: dict[str, Any] = {"kopf_links": f"Nachfrage-Bündelung {b.land}", "stand": b.stand}
    excel.tabellenblatt(
        wb,
        "Fachverfahren",
        titel="Bedarf je Leistung und Fachverfahren",
        erlaeuterung="Je Leistung die Fachverfahren der noch nicht produktiven Kommunen; je Status die Zahl der "
        "Kommunen; Referenzen: wer dasselbe Fachverfahren schon produktiv nutzt.",
        kopf=[
            "Nr.",
            "Leistung",
            "Fachverfahren",
            "Hersteller",
            "Kommunen",
            EINWOHNER,
            *status_kopf,
            "Referenzen",
            "Referenz-Kommunen (Ansprechperson)",
        ],
        zeilen=[
            [
                g.leistung_nr,
                g.leistung,
                g.name,
                g.hersteller,
                g.anzahl,
                g.einwohner,
                *[g.je_status.get(st, 0) for st in STATUS_SPALTEN],
                g.produktiv,
                "; ".join(g.referenzen),
            ]
            for g in b.je_fachverfahren
        ],
        hoechst=[5, 40, 28, 26, 11, 12, *[12] * len(status_kopf), 11, 60],
        **gemeinsam,
    )
    excel.tabellenblatt(
        wb,
        "Hersteller",
        titel="Bedarf je Hersteller (alle Leistungen)",
        erlaeuterung="Nachnutzungen mit bekanntem Fachverfahren, die noch angebunden werden müssen, nach Hersteller.",
        kopf=["Hersteller", "Nachnutzungen", "Kommunen", EINWOHNER],
        zeilen=[[g.name, g.anzahl, len(g.kommunen), g.einwohner] for g in b.je_hersteller],
        hoechst=[40, 14, 12, 14],
        **gemeinsam,
    )
    excel.tabellenblatt(
        wb,
        "IT-Dienstleister",
        titel="Bedarf je Leistung und IT-Dienstleister",
        erlaeuterung="Wer die Anbindung für die noch nicht produktiven Kommunen übernimmt (sonst der "
        "IT-Dienstleister der Kommune); Referenzen: Kommunen, bei denen er die Leistung schon produktiv betreibt.",
        kopf=[
            "Nr.",
            "Leistung",
            "IT-Dienstleister",
            "Kommunen",
            EINWOHNER,
            *status_kopf,
            "Referenzen",
            "Referenz-Kommunen (Ansprechperson)",
        ],
        zeilen=[
            [
                g.leistung_nr,
                g.leistung,
                g.name,
                g.anzahl,
                g.einwohner,
                *[g.je_status.get(st, 0) for st in STATUS_SPALTEN],
                g.produktiv,
                "; ".join(g.referenzen),
            ]
            for g in b.je_it_dienstleister
        ],
        hoechst=[5, 40, 34, 11, 12, *[12] * len(status_kopf), 11, 60],
        **gemeinsam,
    )
    excel.tabellenblatt(
        wb,
        "Kommunen",
        titel="Noch anzubindende Nachnutzungen",
        erlaeuterung="Eine Zeile je Kommune und Leistung; mit dem Filter lassen sich z. B. alle Kommunen eines "
        "Herstellers zeigen.",
        kopf=[
            "Kreis",
            "Kommune",
            "ARS",
            "Nr.",
            "Leistung",
            "Status",
            "Fachverfahren",
            "Hersteller",
            "IT-Dienstleister",
            EINWOHNER,
        ],
        zeilen=[
            [
                x.kreis,
                x.kommune,
                x.ars,
                x.leistung_nr,
                x.leistung,
                x.status.label,
                x.fachverfahren,
                x.hersteller,
                x.it_dienstleister,
                x.einwohner,
            ]
            for x in b.bedarf
        ],
        hoechst=[26, 30, 14, 5, 40, 20, 28, 26, 32, 12],
        **gemeinsam,
    )
    excel.eigenschaften(
        wb,
        titel=f"Nachfrage-Bündelung {b.land}",
        betreff="Bedarf je Fachverfahren und IT-Dienstleister",
        ersteller=absender,
        stand=b.stand,
    )
    save_workbook(wb, ziel)
    return ziel


def buendelung_job(store: Store, ziel: Path, *, stand: datetime | None = None) -> Job[Path]:
    yield Progress(0, 2, "Bedarf ermitteln …")
    b = buendelung(store, stand=stand)
    land = read_land(store)
    with store.read() as s:
        quelle = register_angaben(s).text
    yield Progress(1, 2, "Excel-Datei schreiben …")
    pfad = write_xlsx(b, ziel, quelle=quelle, absender=land.dienststelle or f"OZG-Koordination {land.name}")
    yield Progress(2, 2, "Fertig.")
    return pfad
