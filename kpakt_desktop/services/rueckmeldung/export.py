"""Writing Rückmeldebögen: one protected Excel form per Kommune with drop-downs and input hints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import or_, select

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.status import HAUPTPFAD, Anbindungsart, Status
from kpakt_desktop.services.berichte import excel
from kpakt_desktop.services.file_output import save_workbook
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.kennzahlen import finde_kreis
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.register_stand import register_angaben
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.daten import Zeile, zeilen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Leistung, Nachnutzung

FREI = PatternFill("solid", fgColor="FFFFFF")
GESPERRT = PatternFill("solid", fgColor="EEEEEE")
OFFEN = Protection(locked=False)
# Sheet protection guides the Kommune to the right cells; the HMAC, not this password, detects tampering.
BLATTSCHUTZ = "kpakt"


@dataclass(frozen=True)
class ExportErgebnis:
    dateien: list[Path]
    kommunen: int
    zeilen: int


@dataclass(frozen=True)
class _Bogen:
    kommune_id: int
    ars: str
    name: str
    zeilen: list[Zeile]


def dateiname(ars: str, name: str) -> str:
    sauber = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE).strip("_")[:60]
    return f"Rueckmeldebogen_{ars}_{sauber}.xlsx"


def _datum(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _liste(werte: list[str]) -> str:
    return '"' + ",".join(werte) + '"'


def _validierungen(ws: Worksheet, erste: int, letzte: int) -> None:
    status = DataValidation(
        type="list",
        formula1=_liste([st.label for st in f.status_auswahl()]),
        allow_blank=False,
        errorTitle="Status",
        error="Bitte einen Status aus der Liste wählen.",
        promptTitle="Status",
        prompt=f.SPALTEN[f.SPALTE_VON["status"] - 1].hinweis,
    )
    anbindung = DataValidation(
        type="list",
        formula1=_liste([a.label for a in Anbindungsart]),
        allow_blank=True,
        errorTitle="Anbindungsart",
        error="Bitte eine Anbindungsart aus der Liste wählen.",
        promptTitle="Anbindungsart",
        prompt=f.SPALTEN[f.SPALTE_VON["anb"] - 1].hinweis,
    )
    rules: list[tuple[DataValidation, str]] = [(status, "status"), (anbindung, "anb")]
    for key, bis, bis_text in (("seit", "TODAY()", "heute"), ("geplant", "DATE(2040,12,31)", "31.12.2040")):
        # The importer checks the same (pruefung._pruefe_datum), also for a plan not in the past.
        dv = DataValidation(
            type="date",
            operator="between",
            formula1="DATE(2020,1,1)",
            formula2=bis,
            allow_blank=True,
            errorTitle="Datum",
            error=f"Bitte ein Datum im Format TT.MM.JJJJ eingeben (zwischen 01.01.2020 und {bis_text}).",
            promptTitle=f.SPALTEN[f.SPALTE_VON[key] - 1].titel,
            prompt=f.SPALTEN[f.SPALTE_VON[key] - 1].hinweis,
        )
        rules.append((dv, key))
    for key in ("ke", "kj"):
        dv = DataValidation(
            type="whole",
            operator="between",
            formula1="0",
            formula2="100000000",
            allow_blank=True,
            errorTitle="Betrag",
            error="Bitte einen ganzen Euro-Betrag ab 0 eingeben.",
            promptTitle=f.SPALTEN[f.SPALTE_VON[key] - 1].titel,
            prompt=f.SPALTEN[f.SPALTE_VON[key] - 1].hinweis,
        )
        rules.append((dv, key))
    for key, laenge in f.TEXT_LAENGE.items():
        dv = DataValidation(
            type="textLength",
            operator="lessThanOrEqual",
            formula1=str(laenge),
            allow_blank=True,
            errorTitle=f.SPALTEN[f.SPALTE_VON[key] - 1].titel,
            error=f"Höchstens {laenge} Zeichen.",
            promptTitle=f.SPALTEN[f.SPALTE_VON[key] - 1].titel,
            prompt=f.SPALTEN[f.SPALTE_VON[key] - 1].hinweis,
        )
        rules.append((dv, key))
    for dv, key in rules:
        dv.showErrorMessage = True
        dv.showInputMessage = True
        dv.errorStyle = "stop"
        col = get_column_letter(f.SPALTE_VON[key])
        dv.add(f"{col}{erste}:{col}{letzte}")
        ws.add_data_validation(dv)


def _schreibe_bogen(
    bogen: _Bogen, ziel: Path, *, land: Any, jetzt: datetime, key: bytes, absender: str, register_quelle: str
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f.BLATT
    titel = "Rückmeldebogen Kommunalpakt – Stand der Nachnutzung der EfA-Fokusleistungen"
    excel.text(ws, 1, 1, titel, font=excel.TITEL)
    excel.text(ws, 2, 1, f"Kommune: {bogen.name} (ARS {bogen.ars})", font=excel.BOLD)
    excel.text(ws, 3, 1, f"Land: {land.name} · versandt von {absender} am {jetzt:%d.%m.%Y}")
    excel.text(
        ws,
        4,
        1,
        "Bitte tragen Sie den heutigen Stand nur in die weißen Felder ein und senden Sie die Datei unverändert "
        "im Format .xlsx an die Koordinierungsstelle zurück. Grau hinterlegte Felder sind geschützt.",
    )
    pfad = " → ".join(st.label for st in HAUPTPFAD)
    excel.text(ws, 5, 1, f"Status: {pfad}; außerdem „{Status.ZURUECKGESTELLT.label}“.")
    excel.text(ws, 6, 1, f"Kommunen und Einwohner: {register_quelle}", font=excel.KLEIN)
    for row in range(4, 7):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(f.SPALTEN))
        ws.cell(row=row, column=1).alignment = excel.UMBRUCH
    ws.row_dimensions[4].height = 30
    for col, spalte in enumerate(f.SPALTEN, start=1):
        cell = excel.text(ws, f.KOPFZEILE, col, spalte.titel, font=excel.BOLD)
        cell.fill = excel.KOPF_FILL
        cell.border = excel.RAHMEN
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = spalte.breite
    ws.row_dimensions[f.KOPFZEILE].height = 30
    for i, z in enumerate(bogen.zeilen):
        r = f.ERSTE_ZEILE + i
        ws.row_dimensions[r].height = 30  # two lines: long Leistung names, room to write
        w = z.werte
        values: dict[int, Any] = {
            1: z.nr,
            2: z.leistung,
            f.SPALTE_VON["status"]: Status(w["status"]).label,
            f.SPALTE_VON["seit"]: _datum(w["seit"]),
            f.SPALTE_VON["geplant"]: _datum(w["geplant"]),
            f.SPALTE_VON["fv"]: w["fv"],
            f.SPALTE_VON["hst"]: w["hst"],
            f.SPALTE_VON["anb"]: Anbindungsart(w["anb"]).label if w["anb"] else None,
            f.SPALTE_VON["ke"]: w["ke"],
            f.SPALTE_VON["kj"]: w["kj"],
            f.SPALTE_VON["bemerkung"]: None,
        }
        for col, spalte in enumerate(f.SPALTEN, start=1):
            cell = ws.cell(row=r, column=col)
            value = values[col]
            if isinstance(value, str):
                excel.als_text(cell, value)
            else:
                cell.value = value
            cell.border = excel.RAHMEN
            cell.alignment = Alignment(vertical="top", wrap_text=spalte.art in ("fest", "text"))
            if spalte.art == "fest":
                cell.fill = GESPERRT
            else:
                cell.fill = FREI
                cell.protection = OFFEN
            if spalte.art == "datum":
                cell.number_format = excel.DATUM_FORMAT
            elif spalte.art == "betrag":
                cell.number_format = excel.ZAHL_FORMAT
            elif spalte.art == "text":
                cell.number_format = "@"
    letzte = f.ERSTE_ZEILE + max(len(bogen.zeilen), 1) - 1
    _validierungen(ws, f.ERSTE_ZEILE, letzte)
    ws.freeze_panes = ws.cell(row=f.ERSTE_ZEILE, column=3)
    excel.druck_einrichten(ws, titelzeilen=f"{f.KOPFZEILE}:{f.KOPFZEILE}")
    excel.kopf_fuss(ws, links=f"Rückmeldebogen {bogen.name}", stand=jetzt)
    ws.protection.sheet = True
    ws.protection.password = BLATTSCHUTZ
    ws.protection.formatColumns = False  # the Kommune may widen a column to read its text
    ws.protection.formatRows = False

    daten = {
        "formular": f.FORMULAR,
        "version": f.VERSION,
        "land": land.schluessel,
        "ars": bogen.ars,
        "kommune_id": bogen.kommune_id,
        "kommune": bogen.name,
        "exportiert": jetzt.isoformat(),
        "zeilen": [z.to_json() for z in bogen.zeilen],
    }
    text = f.kanonisch(daten)
    kennung = wb.create_sheet(f.BLATT_KENNUNG)
    for row, (label, value) in enumerate(
        (("Formular", f"{f.FORMULAR}/{f.VERSION}"), ("Daten", text), ("Prüfsumme", f.signatur(key, text))), start=1
    ):
        excel.text(kennung, row, 1, label)
        excel.text(kennung, row, 2, value)
    kennung.sheet_state = "veryHidden"
    kennung.protection.sheet = True
    kennung.protection.password = BLATTSCHUTZ
    wb.security = WorkbookProtection(lockStructure=True)
    excel.eigenschaften(
        wb,
        titel=f"Rückmeldebogen Kommunalpakt – {bogen.name}",
        betreff=f"Stand der Nachnutzung, ARS {bogen.ars}",
        ersteller=absender,
        stand=jetzt,
    )
    save_workbook(wb, ziel)


def _boegen(store: Store, kommune_ars: str | None, kreis: str | None) -> tuple[list[_Bogen], str]:
    ref = finde_kreis(store, kreis) if kreis is not None else None
    with store.read() as s:
        if kommune_ars is not None:
            ars = kommune_ars.strip()
            k = s.scalars(select(Kommune).where(Kommune.ars == ars)).first()
            if k is None:
                raise InputError(
                    meldung("Eine Kommune mit dem ARS {ars} gibt es in dieser Landesdatenbank nicht.", ars=ars)
                )
            kommunen = [k]
            titel = k.name
        else:
            assert ref is not None
            kommunen = list(
                s.scalars(
                    select(Kommune)
                    .where(or_(Kommune.id == ref.id, Kommune.kreis_id == ref.id))
                    .where(
                        select(Nachnutzung.id)
                        .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
                        .where(Nachnutzung.kommune_id == Kommune.id)
                        .exists()
                    )
                    .order_by(Kommune.ars)
                )
            )
            titel = ref.name
        boegen = [_Bogen(k.id, k.ars, k.name, zeilen(s, k.id)) for k in kommunen]
    boegen = [b for b in boegen if b.zeilen]
    if not boegen:
        raise InputError(
            meldung("{titel} ist für keine der Fokusleistungen zuständig, die eine Rückmeldung brauchen.", titel=titel)
        )
    return boegen, titel


def export_job(
    store: Store,
    ziel: Path,
    *,
    kommune_ars: str | None = None,
    kreis: str | None = None,
    jetzt: datetime | None = None,
) -> Job[ExportErgebnis]:
    """Forms for one Kommune (``ziel`` a file or a folder) or every zuständige Kommune of a Kreis (a folder)."""
    if (kommune_ars is None) == (kreis is None):
        raise InputError(meldung("Bitte genau eine Kommune (ARS) oder einen Kreis angeben."))
    jetzt = jetzt or datetime.now().replace(microsecond=0)
    yield Progress(0, 1, "Kommunen und Nachnutzungen lesen …")
    boegen, _titel = _boegen(store, kommune_ars, kreis)
    land = read_land(store)
    with store.write() as s:
        key = f.schluessel(s, anlegen=True)
        quelle = register_angaben(s).text
    assert key is not None
    absender = land.dienststelle or f"Kommunale OZG-Koordination {land.name}"
    einzeln = kommune_ars is not None and ziel.suffix.lower() == ".xlsx"
    if not einzeln:
        if ziel.exists() and not ziel.is_dir():
            raise InputError(
                meldung("{ziel} ist eine Datei; für die Bögen eines Kreises bitte einen Ordner angeben.", ziel=ziel)
            )
        ziel.mkdir(parents=True, exist_ok=True)
    elif not ziel.parent.is_dir():
        raise InputError(meldung("Den Ordner {parent} gibt es nicht.", parent=ziel.parent))
    geschrieben: list[Path] = []
    try:
        for i, bogen in enumerate(boegen):
            yield Progress(i, len(boegen), f"Rückmeldebogen {bogen.name} …")
            pfad = ziel if einzeln else ziel / dateiname(bogen.ars, bogen.name)
            _schreibe_bogen(bogen, pfad, land=land, jetzt=jetzt, key=key, absender=absender, register_quelle=quelle)
            geschrieben.append(pfad)
    except GeneratorExit:
        for pfad in geschrieben:  # a cancelled export leaves no half set of forms behind
            pfad.unlink(missing_ok=True)
        raise
    yield Progress(len(boegen), len(boegen), "Fertig.")
    return ExportErgebnis(geschrieben, len(boegen), sum(len(b.zeilen) for b in boegen))
