"""Reports on the RP demo: BDV workbook of the largest Kreis and of the whole Land, all Kreise, Lagebericht.

The floor for the Excel writer is openpyxl's write-only mode writing the same cells (same values,
same sheets, no styles, no print set-up) from data computed beforehand; the BDV workbook of the
whole Land (all 2,400 zuständigen Kommunen in one matrix) is timed the same way, so the ratio is
the price of styles, validations and page set-up. The single-Kreis and all-Kreise times include
computing the figures (the kennzahlen service), which is what the user waits for.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Result, median, timed
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, PatternFill

from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.berichte.bdv import BdvDaten, bdv_daten, bdv_job, write_bdv
from kpakt_desktop.services.berichte.lagebericht import lagebericht_job
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.kennzahlen import kreise
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery
from kpakt_desktop.store.database import Store

STICHTAG = date(2026, 11, 1)
STAND = datetime(2026, 11, 1, 9, 0)


def floor(d: BdvDaten, ziel: Path, *, gestylt: bool = False) -> None:
    """The same cells as ``write_bdv`` in write-only mode: values only, or with the matrix's fills.

    ``gestylt``: status cells carry the same fill and alignment as in the report, built once
    per status the cheapest way openpyxl allows — the floor for the cells as the report needs them.
    """
    wb = Workbook(write_only=True)
    fills: dict[object, object] = {}
    ws = wb.create_sheet("Deckblatt")
    for _ in range(40):
        ws.append(["Bezeichnung", "Wert einer Kennzahl mit etwas Text"])
    ws = wb.create_sheet("Matrix")
    ws.append(["Titel"])
    ws.append(["Untertitel"])
    ws.append(["Kommune", "ARS", "Art", *[f"{s.nr} {s.name}" for s in d.spalten], "produktiv", "Bemerkung"])
    for z in d.zeilen:
        row: list[object] = [z.name, z.ars, z.art]
        for s in d.spalten:
            c = z.zellen.get(s.nr)
            if c is None or not c.status.aktiv:
                row.append(None)
            elif gestylt:
                if c.status not in fills:
                    fills[c.status] = (PatternFill("solid", fgColor=c.status.farbe.lstrip("#")), Alignment("center"))
                cell = WriteOnlyCell(ws, f"{c.status.symbol} {c.status.kurz}")
                cell.fill, cell.alignment = fills[c.status]  # type: ignore[misc]
                row.append(cell)
            else:
                row.append(f"{c.status.symbol} {c.status.kurz}")
        row.append("0 / 0")
        row.append(d.bemerkungen.get(z.kommune_id))
        ws.append(row)
    ws = wb.create_sheet("Fortschritt")
    for item in d.kz.leistungen:
        ws.append([item.nr, item.name, item.zustaendig, *range(7), 0.1, 0.2, 1.0, 0.1, 0.2, ""])
    ws = wb.create_sheet("Änderungen")
    for a in d.aenderungen:
        ws.append(
            [a.erfasst_am, a.gueltig_ab, a.kommune, a.ars, a.leistung_nr, a.leistung, a.feld, a.alt, a.neu, a.quelle]
        )
    ws = wb.create_sheet("Hürden")
    for h in d.huerden:
        ws.append([h.kategorie.label, h.unterart, h.titel, h.status.label, ", ".join(h.kommunen), "", h.erfasst_am, ""])
    ws = wb.create_sheet("Termine")
    for t in d.kz.naechste_termine:
        ws.append([t.beginn, t.art.label, t.titel, t.ort, ", ".join(t.kommunen)])
    wb.save(ziel)


def _largest(store: Store) -> object:
    query = MatrixQuery(store)
    return max(kreise(store), key=lambda k: len(query.zeilen_ids(MatrixFilter(kreis_id=k.id))))


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = create_demo(folder / "rp.sqlite", parse_land("07"), seed=1, stichtag=STICHTAG)
        try:
            kreis = _largest(store)
            rows = len(MatrixQuery(store).zeilen_ids(MatrixFilter(kreis_id=kreis.id)))  # type: ignore[attr-defined]
            ziel = folder / "kreis.xlsx"
            t = median(
                timed(
                    lambda: run_job(bdv_job(store, ziel, kreis=kreis.ars, stichtag=STICHTAG, stand=STAND)),  # type: ignore[attr-defined]
                    repeat=3,
                )
            )
            results.append(
                Result(f"BDV-Excel größter Kreis ({kreis.name}, {rows} Kommunen)", t, "s", 1.0)  # type: ignore[attr-defined]
            )

            land = bdv_daten(store, None, stichtag=STICHTAG, stand=STAND)
            # Alternating runs after a warm-up of each: the shared machine's drift hits both alike.
            bdv_zeiten: list[float] = []
            boden_zeiten: list[float] = []
            nackt_zeiten: list[float] = []
            for _ in range(8):
                bdv_zeiten += timed(lambda: write_bdv(land, folder / "land.xlsx"), repeat=1)
                boden_zeiten += timed(lambda: floor(land, folder / "floor.xlsx", gestylt=True), repeat=1)
                nackt_zeiten += timed(lambda: floor(land, folder / "nackt.xlsx"), repeat=1)
            t_bdv, t_floor, t_nackt = median(bdv_zeiten[1:]), median(boden_zeiten[1:]), median(nackt_zeiten[1:])
            results.append(
                Result(
                    f"BDV-Excel ganzes Land ({len(land.zeilen)} Kommunen) / Write-only-Boden",
                    t_bdv / t_floor,
                    "x",
                    1.5,
                    f"{t_bdv:.2f} s gegen {t_floor:.2f} s mit Statusfarben; "
                    f"{t_bdv / t_nackt:.2f}x gegen {t_nackt:.2f} s ohne jede Formatierung",
                )
            )
            t_alle = median(
                timed(lambda: run_job(bdv_job(store, folder / "alle", alle=True, stichtag=STICHTAG, stand=STAND)), 1)
            )
            n = len(kreise(store))
            results.append(Result(f"BDV-Excel alle {n} Kreise (je Kreis)", t_alle / n, "s", 1.0, f"{t_alle:.1f} s"))
            t_lage = median(timed(lambda: run_job(lagebericht_job(store, folder / "rp.pdf", stichtag=STICHTAG)), 3))
            results.append(Result("PDF-Lagebericht Rheinland-Pfalz", t_lage, "s", 3.0))
        finally:
            store.close()
    return results


if __name__ == "__main__":
    for r in run():
        print(f"{r.target}: {r.measured:.2f} {r.unit} (Vorgabe ≤ {r.goal} {r.unit}) {r.note}")
