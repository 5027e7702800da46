"""Every Excel writer keeps hostile text as text: no cell of a written workbook is a formula,
and text starting with =, +, -, @, tab or CR arrives as typed (quote prefix set).

``WRITERS`` maps a name to a function that puts the hostile texts into that writer's output
and returns the .xlsx path; a new report writer adds one entry.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import STICHTAG
from openpyxl import load_workbook
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from kpakt_desktop.domain.huerden import HuerdeStatus
from kpakt_desktop.services.berichte.bdv import bdv_daten, write_bdv
from kpakt_desktop.services.berichte.buendelung import buendelung_job
from kpakt_desktop.services.excel_text import FORMULA_STARTS, safe_text
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.nachnutzung import Aenderung, FachverfahrenAngabe, aendern
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.national_reports import write_reports
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import (
    Aufgabe,
    Fachverfahren,
    Hersteller,
    Huerde,
    ITDienstleister,
    LandRow,
    Nachnutzung,
    Termin,
)
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://example.invalid";"hier klicken")',
    "+49 30 123456",
    "-2+3",
    "@SUMME(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=cmd|' /C calc'!A0",
    "Text mit Steuerzeichen \x07 und \x1b",
]


def national_xlsx(tmp: Path, texts: list[str], request: pytest.FixtureRequest) -> Path:
    """National report: Land names come from the Länder' packages (Leistung names from the catalog).
    Each hostile text is the name of one Land; its sheet's title cell starts with it."""
    from datetime import datetime

    from kpakt_desktop.domain.laender import LAENDER
    from kpakt_desktop.store.national import herkunft

    bundles, keys = request.getfixturevalue("bundles"), request.getfixturevalue("keys")
    with NationalDatabase(tmp / "bund.sqlite") as db:
        assert merge([bundles["02"]], db, trust_dir=keys.trust).ok
        land_table = DATA_TABLES["land"]
        stand = datetime(2026, 11, 1, 12, 0)
        with db.begin() as conn:
            others = [land for land in LAENDER if land.schluessel != "02"]
            for land, text in zip(others, texts, strict=False):
                conn.execute(
                    insert(herkunft).values(
                        land=land.schluessel, sequenz=1, stand=stand, sha256="0" * 64, schluessel_fingerprint="",
                        datei=None, format_version="1.0", zusammengefuehrt_am=stand,
                    )
                )  # fmt: skip
                conn.execute(
                    insert(land_table).values(
                        land=land.schluessel, schluessel=land.schluessel, kuerzel=land.kuerzel, name=text,
                        ist_demo=False, register_titel="x", register_stand="x", register_quelle="x",
                    )
                )  # fmt: skip
        return next(iter(write_reports(db, xlsx=tmp / "bund.xlsx")))


PREFIX_ONLY = {"national_xlsx"}  # writers that put the text at the start of a longer cell


# -- the Land database's reports and forms (issue 7): hostile text in every field users type -------


def _rotate(s: Session, table: type, columns: list[str], texts: list[str], ids: list[int] | None = None) -> None:
    """Every row of ``table`` (or the rows ``ids``) gets a hostile text in each of ``columns``,
    rotating through ``texts`` so that every text appears in every column."""
    rows = ids if ids is not None else list(s.scalars(select(table.id).order_by(table.id)))  # type: ignore[attr-defined]
    for i, row_id in enumerate(rows):
        values = {c: texts[(i + k) % len(texts)] for k, c in enumerate(columns)}
        s.execute(update(table).where(table.id == row_id).values(**values))  # type: ignore[attr-defined]


def hostile_land(tmp: Path, texts: list[str], request: pytest.FixtureRequest) -> tuple[Store, str]:
    """The RP demo with hostile text in Hürden, Termine, Aufgaben, IT-Dienstleister names, the
    Dienststelle, and the Fachverfahren/Hersteller of one Kommune (entered through the service,
    as a user does); returns the store and that Kommune's ARS."""
    from berichte.test_rueckmeldung import _kommune

    path = shutil.copyfile(request.getfixturevalue("rp_demo_template"), tmp / "land.sqlite")
    store = open_store(path)
    with store.write() as s:
        _rotate(s, Huerde, ["titel", "unterart", "handlungsempfehlung", "beschreibung"], texts)
        s.execute(update(Huerde).values(status=HuerdeStatus.OFFEN))
        _rotate(s, Termin, ["titel", "ort"], texts)
        s.execute(update(Termin).values(beginn=datetime(2026, 11, 20, 10, 0)))  # all ahead of the Stichtag
        _rotate(s, Aufgabe, ["was"], texts)
        s.execute(update(Aufgabe).values(faellig=STICHTAG - timedelta(days=3), erledigt_am=None))
        itdl = list(s.scalars(select(ITDienstleister.id).order_by(ITDienstleister.id)))[: len(texts)]
        _rotate(s, ITDienstleister, ["name"], texts, itdl)
        s.execute(update(LandRow).values(dienststelle=texts[0]))
    ars, ids = _kommune(store)
    for i, nid in enumerate(ids):  # two hostile texts per Nachnutzung: Fachverfahren and Hersteller
        fv, hst = texts[(2 * i) % len(texts)], texts[(2 * i + 1) % len(texts)]
        change = Aenderung({"fachverfahren": FachverfahrenAngabe(fv, hst)}, gueltig_ab=STICHTAG)
        aendern(store, [nid], change, benutzer=texts[i % len(texts)], jetzt=datetime(2026, 11, 1, 12, 0))
        with store.write() as s:  # the service trims names; a package or an old database may not have
            h = s.scalars(select(Hersteller).where(Hersteller.name == hst)).first() or Hersteller(name=hst)
            s.add(h)
            s.flush()
            neu = s.scalars(select(Fachverfahren).where(Fachverfahren.name == fv, Fachverfahren.hersteller_id == h.id))
            verfahren = neu.first() or Fachverfahren(name=fv, hersteller_id=h.id)
            s.add(verfahren)
            s.flush()
            s.execute(update(Nachnutzung).where(Nachnutzung.id == nid).values(fachverfahren_id=verfahren.id))
    return store, ars


def bdv_xlsx(tmp: Path, texts: list[str], request: pytest.FixtureRequest) -> Path:
    """BDV workbook of the whole Land: Hürden, Termine, Aufgaben, changed Fachverfahren."""
    store, _ars = hostile_land(tmp, texts, request)
    try:
        d = bdv_daten(store, None, stichtag=STICHTAG, seit=STICHTAG, stand=datetime(2026, 11, 1, 13, 0))
        return write_bdv(d, tmp / "bdv.xlsx")
    finally:
        store.close()


def buendelung_xlsx(tmp: Path, texts: list[str], request: pytest.FixtureRequest) -> Path:
    """Nachfrage-Bündelung: Fachverfahren, Hersteller, IT-Dienstleister."""
    store, _ars = hostile_land(tmp, texts, request)
    try:
        return run_job(buendelung_job(store, tmp / "buendelung.xlsx"))
    finally:
        store.close()


def rueckmeldebogen_xlsx(tmp: Path, texts: list[str], request: pytest.FixtureRequest) -> Path:
    """Rückmeldebogen of the Kommune: its Fachverfahren and Hersteller, the Dienststelle."""
    store, ars = hostile_land(tmp, texts, request)
    try:
        ergebnis = run_job(export_job(store, tmp / "bogen.xlsx", kommune_ars=ars, jetzt=datetime(2026, 11, 2)))
        return ergebnis.dateien[0]
    finally:
        store.close()


WRITERS: dict[str, Callable[[Path, list[str], pytest.FixtureRequest], Path]] = {
    "national_xlsx": national_xlsx,
    "bdv_xlsx": bdv_xlsx,
    "buendelung_xlsx": buendelung_xlsx,
    "rueckmeldebogen_xlsx": rueckmeldebogen_xlsx,
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_excel_writer_keeps_hostile_text_as_text(writer: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    path = WRITERS[writer](tmp_path, HOSTILE, request)
    wb = load_workbook(path)
    found: dict[str, object] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{writer}: {ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    found[cell.value] = cell
    for text in HOSTILE:
        expected = safe_text(text).replace("\r", "\n")  # XML reads a carriage return back as a line feed
        if writer in PREFIX_ONLY:
            expected = next((v for v in found if v.startswith(expected)), expected)
        assert expected in found, f"{writer}: {text!r} missing"
        if safe_text(text).startswith(FORMULA_STARTS):
            assert found[expected].quotePrefix, f"{writer}: {text!r} without quote prefix"  # type: ignore[attr-defined]
