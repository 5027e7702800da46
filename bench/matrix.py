"""Nachnutzung matrix: open and filter on the RP demo and on all 16 Länder in one database.

The federal database is built honestly from the 16 demo databases: every Land's Kommunen,
IT-Dienstleister, Fachverfahren, Nachnutzungen and their history are copied into one file
(ids shifted, Fachverfahren matched by name and Hersteller), as the IT-Planungsrat's merged
picture will hold them. "Open" is the model loading its ids plus painting the first screen
(40 rows × all columns); each filter is a reload plus the first screen again.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Result, median, timed

from kpakt_desktop.domain.laender import LAENDER, parse_land
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery, MatrixSort
from kpakt_desktop.store.database import Store, open_store

STICHTAG = date(2026, 11, 1)
SCREEN_ROWS = 40
OPEN_GOAL_MS = 300.0
FILTER_GOAL_MS = 16.0  # one frame at 60 Hz (issue 18 §2)


def _shift(conn: sqlite3.Connection, table: str, column: str = "id") -> int:
    return int(conn.execute(f"SELECT coalesce(max({column}), 0) FROM main.{table}").fetchone()[0])


def merge_into(target: Path, source: Path) -> None:
    """Copy one Land's demo data into the federal database (one transaction)."""
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")  # ids are shifted consistently below
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        ok, oi, on, oh = (
            _shift(conn, "kommune"),
            _shift(conn, "it_dienstleister"),
            _shift(conn, "nachnutzung"),
            _shift(conn, "nachnutzung_historie"),
        )
        with conn:
            conn.execute(
                f"""INSERT INTO main.it_dienstleister SELECT id + {oi}, name, ansprechpartner, email, telefon,
                webseite, notiz FROM src.it_dienstleister"""
            )
            conn.execute(
                f"""INSERT INTO main.kommune SELECT id + {ok}, ars, ags, name, art, parent_id + {ok}, kreis_id + {ok},
                verband_id + {ok}, verbandsfrei, einwohner, flaeche_km2, plz, laengengrad, breitengrad, spitzenverband,
                it_dienstleister_id + {oi}, first_mover, ansprechpartner_fuer_andere, notiz, zustand, aufgeloest_am,
                nachfolger_id + {ok} FROM src.kommune"""
            )
            conn.execute("INSERT OR IGNORE INTO main.hersteller (name) SELECT name FROM src.hersteller")
            conn.execute(
                """INSERT OR IGNORE INTO main.fachverfahren (name, hersteller_id)
                SELECT f.name, (SELECT m.id FROM main.hersteller m WHERE m.name = h.name)
                FROM src.fachverfahren f LEFT JOIN src.hersteller h ON h.id = f.hersteller_id"""
            )
            conn.execute(
                """CREATE TEMP TABLE fv_map AS SELECT f.id AS alt, (SELECT m.id FROM main.fachverfahren m
                JOIN main.hersteller mh ON mh.id = m.hersteller_id WHERE m.name = f.name AND mh.name = h.name) AS neu
                FROM src.fachverfahren f LEFT JOIN src.hersteller h ON h.id = f.hersteller_id"""
            )
            conn.execute(
                f"""INSERT INTO main.nachnutzung SELECT n.id + {on}, n.kommune_id + {ok}, n.leistung_nr, n.status,
                n.status_seit, (SELECT neu FROM temp.fv_map WHERE alt = n.fachverfahren_id), n.anbindungsart,
                n.it_dienstleister_id + {oi}, n.kosten_einmalig, n.kosten_jaehrlich, n.first_mover, n.notiz,
                n.geaendert_am, n.version FROM src.nachnutzung n"""
            )
            conn.execute(
                f"""INSERT INTO main.nachnutzung_stufe SELECT nachnutzung_id + {on}, status, geplant, erreicht
                FROM src.nachnutzung_stufe"""
            )
            conn.execute(
                f"""INSERT INTO main.nachnutzung_historie SELECT id + {oh}, nachnutzung_id + {on}, feld, alt, neu,
                gueltig_ab, erfasst_am, benutzer, notiz, quelle, aenderung FROM src.nachnutzung_historie"""
            )
            conn.execute("INSERT OR IGNORE INTO main.verband_regel SELECT * FROM src.verband_regel")
            conn.execute("DROP TABLE temp.fv_map")
        conn.execute("DETACH DATABASE src")


def build_federal(folder: Path) -> Path:
    target = folder / "bund.sqlite"
    first, *rest = LAENDER
    create_demo(target, first, seed=1, stichtag=STICHTAG).close()
    for land in rest:
        source = folder / f"{land.kuerzel}.sqlite"
        create_demo(source, land, seed=1, stichtag=STICHTAG).close()
        merge_into(target, source)
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("ANALYZE")
    return target


def measure(store: Store, label: str) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from kpakt_desktop.gui.nachnutzung.matrix_model import MatrixModel

    QApplication.instance() or QApplication([])
    query = MatrixQuery(store)

    def screen(model: MatrixModel) -> None:
        for r in range(min(SCREEN_ROWS, model.rowCount())):
            for c in range(model.columnCount()):
                model.index(r, c).data()

    def open_matrix() -> MatrixModel:
        model = MatrixModel(query)
        model.laden(MatrixFilter())
        screen(model)
        return model

    model = open_matrix()
    rows = model.rowCount()
    open_ms = 1000 * median(timed(open_matrix))
    results = [Result(f"Matrix öffnen ({label}, {rows} Zeilen)", open_ms, "ms", OPEN_GOAL_MS)]
    # A real Kreis, IT-Dienstleister and Fachverfahren of the data, so every filter finds rows.
    first = next(iter(query.zeilen([model.kommune_id(0)]).values()))
    with store.read() as s:
        fv = s.execute(_sql("SELECT max(fachverfahren_id) FROM nachnutzung")).scalar()
        kreis = s.execute(_sql("SELECT id FROM kommune WHERE art = 'landkreis' ORDER BY id DESC LIMIT 1")).scalar()
    filters: list[tuple[str, Callable[[], None]]] = [
        ("Kreis", lambda: model.laden(MatrixFilter(kreis_id=kreis))),
        ("Status produktiv", lambda: model.laden(MatrixFilter(status=Status.PRODUKTIV))),
        ("Leistung 11", lambda: model.laden(MatrixFilter(leistung_nr=11))),
        ("First Mover", lambda: model.laden(MatrixFilter(first_mover=True))),
        ("IT-Dienstleister", lambda: model.laden(MatrixFilter(it_dienstleister_id=first.it_dienstleister_id))),
        ("Fachverfahren", lambda: model.laden(MatrixFilter(fachverfahren_id=fv))),
        ("Freitext „berg“", lambda: model.laden(MatrixFilter(text="berg"))),
        ("Status + Leistung", lambda: model.laden(MatrixFilter(status=Status.TEST, leistung_nr=1))),
        ("Sortieren nach Leistung 1", lambda: model.laden(MatrixFilter(), MatrixSort(1, True))),
    ]
    for name, apply in filters:

        def run_filter(apply: Callable[[], None] = apply) -> None:
            apply()
            screen(model)

        ms = 1000 * median(timed(run_filter))
        results.append(Result(f"Filter {name} ({label}, {model.rowCount()} Zeilen)", ms, "ms", FILTER_GOAL_MS))
        model.laden(MatrixFilter(), MatrixSort())
    return results


def _sql(text: str) -> object:
    from sqlalchemy import text as sql_text

    return sql_text(text)


def page_open(store: Store, label: str) -> Result:
    """The whole page (filters filled, matrix, progress per Leistung and Kreis) for reference."""
    from kpakt_desktop.gui.context import AppContext
    from kpakt_desktop.gui.nachnutzung.page import NachnutzungPage

    ctx = AppContext(store)

    def build() -> None:
        NachnutzungPage(ctx).deleteLater()

    ms = 1000 * median(timed(build, repeat=3))
    target = f"Seite Nachnutzung aufbauen ({label}, inkl. Fortschritt)"
    return Result(target, ms, "ms", 1000.0, "Richtwert, keine Vorgabe")


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="kpakt-bench-matrix-") as tmp:
        folder = Path(tmp)
        rp_path = folder / "rp.sqlite"
        create_demo(rp_path, parse_land("07"), seed=1, stichtag=STICHTAG).close()
        results = []
        store = open_store(rp_path)
        try:
            results += measure(store, "RP")
            results.append(page_open(store, "RP"))
        finally:
            store.close()
        t = time.perf_counter()
        bund = build_federal(folder)
        build_s = time.perf_counter() - t
        store = open_store(bund)
        try:
            results += measure(store, "16 Länder")
            results.append(page_open(store, "16 Länder"))
        finally:
            store.close()
        print(f"(Bundesdatenbank aus 16 Demos in {build_s:.1f} s gebaut)", file=sys.stderr)
    return results


if __name__ == "__main__":
    for r in run():
        verdict = "ok" if r.passed else "VERFEHLT"
        print(f"{r.target:<70} {r.measured:>9.1f} {r.unit}  (Vorgabe {r.goal:.0f} {r.unit}) {verdict}")
