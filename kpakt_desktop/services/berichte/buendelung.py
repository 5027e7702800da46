"""Nachfrage-Bündelung (§2(3)c, §3): who still needs which connection, per Fachverfahren and IT-Dienstleister.

The basis for bundled procurement and framework contracts: for every Leistung the zuständigen
Kommunen that are not yet produktiv, grouped by the Fachverfahren (and its Hersteller) they
connect and by the IT-Dienstleister that does the connection, with the Einwohner they serve.
Kommunen already produktiv with the same Fachverfahren are named as reference installations.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.berichte import excel
from kpakt_desktop.services.file_output import save_workbook
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.register_stand import register_angaben
from kpakt_desktop.services.vollzugsebene import versorgung_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Fachverfahren,
    Hersteller,
    ITDienstleister,
    Kommune,
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
    einwohner: int = 0
    je_status: dict[Status, int] = field(default_factory=lambda: defaultdict(int))
    produktiv: int = 0  # reference installations with the same Fachverfahren / IT-Dienstleister

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


def buendelung(store: Store, *, stand: datetime | None = None) -> Buendelung:
    stand = stand or datetime.now().replace(microsecond=0)
    land = read_land(store)
    kreis = aliased(Kommune)
    itdl_kommune = aliased(ITDienstleister)
    with store.read() as s:
        vers = versorgung_laden(s)
        rows = s.execute(
            select(
                Nachnutzung.kommune_id,
                Nachnutzung.leistung_nr,
                Nachnutzung.status,
                Leistung.name.label("leistung"),
                Kommune.name,
                Kommune.ars,
                func.coalesce(kreis.name, Kommune.name).label("kreis"),
                Fachverfahren.name.label("fv"),
                Hersteller.name.label("hst"),
                func.coalesce(ITDienstleister.name, itdl_kommune.name).label("itdl"),
            )
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .outerjoin(kreis, kreis.id == Kommune.kreis_id)
            .outerjoin(Fachverfahren, Fachverfahren.id == Nachnutzung.fachverfahren_id)
            .outerjoin(Hersteller, Hersteller.id == Fachverfahren.hersteller_id)
            .outerjoin(ITDienstleister, ITDienstleister.id == Nachnutzung.it_dienstleister_id)
            .outerjoin(itdl_kommune, itdl_kommune.id == Kommune.it_dienstleister_id)
            .where(
                Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG,
                Leistung.vollstaendig_realisiert.is_(False),
                Leistung.bund_direkt.is_(False),
            )
            .order_by(Nachnutzung.leistung_nr, "kreis", Kommune.name)
        ).all()
    bedarf: list[Bedarf] = []
    fv_gruppen: dict[tuple[int, str, str], Gruppe] = {}
    hst_gruppen: dict[str, Gruppe] = {}
    itdl_gruppen: dict[tuple[int, str], Gruppe] = {}
    for r in rows:
        fv, hst, itdl = r.fv or OHNE_FV, r.hst or "", r.itdl or OHNE_ITDL
        g_fv = fv_gruppen.setdefault((r.leistung_nr, fv, hst), Gruppe(r.leistung_nr, r.leistung, fv, hst))
        g_itdl = itdl_gruppen.setdefault((r.leistung_nr, itdl), Gruppe(r.leistung_nr, r.leistung, itdl))
        if r.status is Status.PRODUKTIV:
            g_fv.produktiv += 1
            g_itdl.produktiv += 1
            continue
        einwohner = vers.einwohner_von([r.kommune_id])
        bedarf.append(Bedarf(r.kreis, r.name, r.ars, r.leistung_nr, r.leistung, r.status, fv, hst, itdl, einwohner))
        groups = [g_fv, g_itdl]
        if r.hst:
            groups.append(hst_gruppen.setdefault(r.hst, Gruppe(0, "alle Leistungen", r.hst)))
        for g in groups:
            g.kommunen.add(r.ars)
            g.einwohner += einwohner
            g.je_status[r.status] += 1

    def order(g: Gruppe) -> tuple[int, int, str]:
        return (g.leistung_nr, -g.anzahl, g.name)

    return Buendelung(
        stand,
        land.name,
        bedarf,
        sorted((g for g in fv_gruppen.values() if g.anzahl), key=order),
        sorted(hst_gruppen.values(), key=lambda g: (-g.anzahl, g.name)),
        sorted((g for g in itdl_gruppen.values() if g.anzahl), key=order),
    )


# -- Excel ----------------------------------------------------------------------------------------


def _kopf(ws: Any, row: int, titel: list[str], breiten: list[float]) -> None:
    for col, (t, w) in enumerate(zip(titel, breiten, strict=True), start=1):
        cell = excel.text(ws, row, col, t, font=excel.BOLD)
        cell.fill = excel.KOPF_FILL
        cell.border = excel.RAHMEN
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = w


def _blatt(
    wb: Workbook,
    name: str,
    titel: str,
    erlaeuterung: str,
    kopf: list[str],
    breiten: list[float],
    zeilen: list[list[Any]],
    b: Buendelung,
) -> None:
    ws = wb.create_sheet(name)
    excel.text(ws, 1, 1, titel, font=excel.TITEL)
    excel.text(ws, 2, 1, erlaeuterung)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(kopf))
    ws.cell(row=2, column=1).alignment = excel.UMBRUCH
    ws.row_dimensions[2].height = 30
    _kopf(ws, 4, kopf, breiten)
    ws.row_dimensions[4].height = 32
    for r, werte in enumerate(zeilen, start=5):
        for c, v in enumerate(werte, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(v, str):
                excel.als_text(cell, v)
            else:
                cell.value = v
                if isinstance(v, int) and c > 1:
                    cell.number_format = excel.ZAHL_FORMAT
            cell.border = excel.RAHMEN
    last = 4 + max(len(zeilen), 1)
    ws.auto_filter.ref = f"A4:{get_column_letter(len(kopf))}{last}"
    ws.freeze_panes = "A5"
    excel.druck_einrichten(ws, titelzeilen="4:4")
    excel.kopf_fuss(ws, links=f"Nachfrage-Bündelung {b.land}", stand=b.stand)


STATUS_SPALTEN = tuple(BEDARF)


def write_xlsx(b: Buendelung, ziel: Path, *, quelle: str, absender: str) -> Path:
    wb = Workbook()
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
        "„Referenzen“: Kommunen, die die Leistung mit demselben Fachverfahren bzw. IT-Dienstleister schon "
        "produktiv nutzen. Leistungen 7 (vollständig realisiert) und 8 (Bund direkt) sind nicht enthalten.",
        f"Erstellt von: {absender}",
        f"Kommunen und Einwohner: {quelle}",
    ]
    for i, t in enumerate(zeilen, start=3):
        excel.text(deckblatt, i, 1, t).alignment = excel.UMBRUCH
        deckblatt.row_dimensions[i].height = 15 * (len(t) // 90 + 1)  # wrapped lines need their height
    deckblatt.column_dimensions["A"].width = 100
    excel.druck_einrichten(deckblatt, titelzeilen=None)
    excel.kopf_fuss(deckblatt, links=f"Nachfrage-Bündelung {b.land}", stand=b.stand)

    status_kopf = [st.label for st in STATUS_SPALTEN]
    _blatt(
        wb,
        "Fachverfahren",
        "Bedarf je Leistung und Fachverfahren",
        "Je Leistung die Fachverfahren der noch nicht produktiven Kommunen; je Status die Zahl der Kommunen.",
        ["Nr.", "Leistung", "Fachverfahren", "Hersteller", "Kommunen", "Einwohner", *status_kopf, "Referenzen"],
        [5, 30, 28, 22, 10, 12, *[10] * len(status_kopf), 10],
        [
            [
                g.leistung_nr,
                g.leistung,
                g.name,
                g.hersteller,
                g.anzahl,
                g.einwohner,
                *[g.je_status.get(st, 0) for st in STATUS_SPALTEN],
                g.produktiv,
            ]
            for g in b.je_fachverfahren
        ],
        b,
    )
    _blatt(
        wb,
        "Hersteller",
        "Bedarf je Hersteller (alle Leistungen)",
        "Nachnutzungen mit bekanntem Fachverfahren, die noch angebunden werden müssen, nach Hersteller.",
        ["Hersteller", "Nachnutzungen", "Kommunen", "Einwohner (je Leistung gezählt)"],
        [34, 14, 12, 18],
        [[g.name, g.anzahl, len(g.kommunen), g.einwohner] for g in b.je_hersteller],
        b,
    )
    _blatt(
        wb,
        "IT-Dienstleister",
        "Bedarf je Leistung und IT-Dienstleister",
        "Wer die Anbindung für die noch nicht produktiven Kommunen übernimmt (sonst der IT-Dienstleister der Kommune).",
        ["Nr.", "Leistung", "IT-Dienstleister", "Kommunen", "Einwohner", *status_kopf, "Referenzen"],
        [5, 30, 34, 10, 12, *[10] * len(status_kopf), 10],
        [
            [
                g.leistung_nr,
                g.leistung,
                g.name,
                g.anzahl,
                g.einwohner,
                *[g.je_status.get(st, 0) for st in STATUS_SPALTEN],
                g.produktiv,
            ]
            for g in b.je_it_dienstleister
        ],
        b,
    )
    _blatt(
        wb,
        "Kommunen",
        "Noch anzubindende Nachnutzungen",
        "Eine Zeile je Kommune und Leistung; mit dem Filter lassen sich z. B. alle Kommunen eines Herstellers zeigen.",
        [
            "Kreis",
            "Kommune",
            "ARS",
            "Nr.",
            "Leistung",
            "Status",
            "Fachverfahren",
            "Hersteller",
            "IT-Dienstleister",
            "Einwohner",
        ],
        [24, 28, 14, 5, 28, 14, 26, 20, 30, 11],
        [
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
        b,
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
