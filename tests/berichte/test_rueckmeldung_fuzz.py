"""Fuzzing the Rückmeldebogen reader: whatever comes back from a Kommune, the check ends in the
answers or in an ``InputError`` that names the file (and, for a cell, the sheet and the cell):
never another exception, and a refused import writes nothing.

Damage: cells of the answer columns (wrong types, values outside the drop-downs, formulas,
huge numbers), the hidden identity (changed text, signature, version; changed and re-signed with
the database's key, as a form made by another copy of the database would be), and the file
itself (cut off, bytes flipped, a zip without a workbook, a text file named .xlsx). Example
counts: ``conftest.py`` (profile "kpakt", ``KPAKT_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from conftest import STICHTAG, fuzz_examples
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from test_kill import fingerprint

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.rueckmeldung import formular as f
from kpakt_desktop.services.rueckmeldung.export import export_job
from kpakt_desktop.services.rueckmeldung.pruefung import pruefen
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import Einstellung, Kommune, Nachnutzung

LAND = "04"  # Bremen: small, every example is quick
HEUTE = date(2026, 11, 10)
ANSWER_COLUMNS = sorted(f.SPALTE_VON.values())


@pytest.fixture(scope="module")
def land(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, int, bytes]:
    """Bremen's demo database, the form of its Kommune with most rows (bytes), its row count, the key."""
    from kpakt_desktop.domain.laender import parse_land
    from kpakt_desktop.services.demo import create_demo

    folder = tmp_path_factory.mktemp("rm")
    db = folder / "hb.sqlite"
    create_demo(db, parse_land(LAND), seed=3, stichtag=STICHTAG).close()
    store = open_store(db)
    try:
        with store.read() as s:
            ars = s.execute(
                select(Kommune.ars, func.count())
                .join(Nachnutzung, Nachnutzung.kommune_id == Kommune.id)
                .group_by(Kommune.ars)
                .order_by(func.count().desc(), Kommune.ars)
            ).first()[0]  # type: ignore[index]
        ergebnis = run_job(export_job(store, folder / "bogen.xlsx", kommune_ars=ars, jetzt=datetime(2026, 11, 2)))
        with store.read() as s:
            key = bytes.fromhex(s.get(Einstellung, f.SCHLUESSEL_EINSTELLUNG).wert)  # type: ignore[union-attr]
    finally:
        store.close()
    data = ergebnis.dateien[0].read_bytes()
    return db, data, ergebnis.zeilen, key


@pytest.fixture(scope="module")
def store(land: tuple[Path, bytes, int, bytes]) -> Any:
    s = open_store(land[0])
    yield s
    s.close()


def check_or_refuse(store: Store, path: Path, *, cell: str | None = None) -> None:
    """The reader's contract: the answers, or an InputError naming the file (and sheet and cell)."""
    try:
        pruefen(store, [path], heute=HEUTE)
    except InputError as err:
        text = str(err)
        assert path.name in text, text
        if cell is not None and "Zelle" in text:
            assert "Blatt „" in text, text


cell_values = st.one_of(
    st.none(),
    st.text(max_size=30).map(lambda t: "".join(c for c in t if c.isprintable())),
    st.sampled_from(
        [
            "",
            " ",
            "produktiv",
            "Produktiv",
            "fertig",
            "=A1",
            "=1+1",
            "@SUMME(A1)",
            "-5",
            "1e400",
            "99999999999999999999999",
            "²",
            "١٢",
            "31.02.2027",
            "2026-11-01",
            "01.01.99",
            "x" * 2500,
            "Schnittstelle (XÖV)",
            "nan",
        ]
    ),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)


@st.composite
def damaged_cells(draw: st.DrawFn, rows: int) -> list[tuple[int, int, Any]]:
    return draw(
        st.lists(
            st.tuples(st.integers(0, rows - 1), st.sampled_from(ANSWER_COLUMNS), cell_values), min_size=1, max_size=3
        )
    )


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _with_cells(data: bytes, changes: list[tuple[int, int, Any]]) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    ws = wb[f.BLATT]
    for r, c, value in changes:
        ws.cell(row=f.ERSTE_ZEILE + r, column=c).value = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.slow
@settings(max_examples=fuzz_examples(40))
@given(data=st.data())
def test_damaged_answer_cells(data: st.DataObject, land, store, tmp_path_factory) -> None:
    _db, form, rows, _key = land
    changes = data.draw(damaged_cells(rows))
    path = _write(tmp_path_factory.mktemp("f"), "bogen.xlsx", _with_cells(form, changes))
    r, c, _ = changes[-1]
    check_or_refuse(store, path, cell=f"{get_column_letter(c)}{f.ERSTE_ZEILE + r}")


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), st.text(max_size=8)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def damaged_identity(draw: st.DrawFn) -> tuple[str, Any]:
    """What to do to the hidden part: change a cell, or change the data and sign it again."""
    how = draw(st.sampled_from(["cell", "resign_top", "resign_row", "resign_rows"]))
    if how == "cell":
        return how, (draw(st.sampled_from([f.K_FORMULAR, f.K_DATEN, f.K_SIGNATUR, "A1", "C5"])), draw(cell_values))
    key = draw(
        st.sampled_from(
            ["land", "ars", "kommune_id", "kommune", "exportiert", "zeilen", "formular", "version", "id", "nr"]
        )
    )
    return how, (key, draw(json_values))


def _with_identity(data: bytes, how: str, what: tuple[Any, Any], key: bytes) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    kennung = wb[f.BLATT_KENNUNG]
    if how == "cell":
        coord, value = what
        kennung[coord].value = value
    else:
        daten = json.loads(kennung[f.K_DATEN].value)
        name, value = what
        if how == "resign_top":
            daten[name] = value
        elif how == "resign_row":
            daten["zeilen"][0][name] = value
        else:
            daten["zeilen"] = value
        text = json.dumps(daten, ensure_ascii=False)
        kennung[f.K_DATEN].value = text
        kennung[f.K_SIGNATUR].value = f.signatur(key, text)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@settings(max_examples=fuzz_examples(40))
@given(damage=damaged_identity())
def test_damaged_hidden_identity(damage: tuple[str, Any], land, store, tmp_path_factory) -> None:
    _db, form, _rows, key = land
    path = _write(tmp_path_factory.mktemp("f"), "bogen.xlsx", _with_identity(form, *damage, key))
    check_or_refuse(store, path)


@st.composite
def damaged_files(draw: st.DrawFn, form: bytes) -> bytes:
    how = draw(st.sampled_from(["cut", "flip", "zip_entry", "text", "empty_zip", "garbage"]))
    if how == "cut":
        return form[: draw(st.integers(0, len(form) - 1))]
    if how == "flip":
        raw = bytearray(form)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(raw) - 1))
            raw[i] ^= draw(st.integers(1, 255))
        return bytes(raw)
    if how == "zip_entry":  # one part of the workbook replaced by other bytes
        source = zipfile.ZipFile(io.BytesIO(form))
        names = source.namelist()
        victim = draw(st.sampled_from(names))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for name in names:
                if name == victim:
                    if draw(st.booleans()):
                        target.writestr(name, draw(st.binary(max_size=200)))
                    continue  # dropped
                target.writestr(name, source.read(name))
        return out.getvalue()
    if how == "text":
        return draw(st.text(max_size=100)).encode()
    if how == "empty_zip":
        out = io.BytesIO()
        zipfile.ZipFile(out, "w").close()
        return out.getvalue()
    return b"PK\x03\x04" + draw(st.binary(max_size=300))


@settings(max_examples=fuzz_examples(40))
@given(data=st.data())
def test_damaged_file(data: st.DataObject, land, store, tmp_path_factory) -> None:
    _db, form, _rows, _key = land
    path = _write(tmp_path_factory.mktemp("f"), "bogen.xlsx", data.draw(damaged_files(form)))
    check_or_refuse(store, path)


@settings(max_examples=fuzz_examples(10))
@given(data=st.data())
def test_refused_import_writes_nothing(data: st.DataObject, land, tmp_path_factory, capsys) -> None:
    """The whole CLI import with a good form of the Kommune beside a damaged one: exit 0, 1 or 2,
    German message, and when refused the database is exactly as before."""
    db0, form, rows, key = land
    folder = tmp_path_factory.mktemp("imp")
    db = shutil.copyfile(db0, folder / "land.sqlite")
    kind = data.draw(st.sampled_from(["cells", "identity", "file"]))
    if kind == "cells":
        bad = _with_cells(form, data.draw(damaged_cells(rows)))
    elif kind == "identity":
        bad = _with_identity(form, *data.draw(damaged_identity()), key)
    else:
        bad = data.draw(damaged_files(form))
    path = _write(folder, "bogen.xlsx", bad)
    before = fingerprint(db)
    code = main(["--db", str(db), "rueckmeldung", "import", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 2:
        assert "bogen.xlsx" in err, err
        assert fingerprint(db) == before


def test_times_and_huge_numbers_in_cells(land, store, tmp_path) -> None:
    """A time of day in a date cell and amounts beyond SQLite's integers are refused by cell."""
    _db, form, _rows, _key = land
    for col, value in ((f.SPALTE_VON["seit"], time(10, 30)), (f.SPALTE_VON["ke"], 10**30)):
        path = _write(tmp_path, "bogen.xlsx", _with_cells(form, [(0, col, value)]))
        with pytest.raises(InputError, match=rf"bogen\.xlsx, Blatt „{f.BLATT}“, Zelle {get_column_letter(col)}"):
            pruefen(store, [path], heute=HEUTE)


# -- found by the fuzzer ------------------------------------------------------------------------


def _refused_at(store: Store, path: Path, sheet: str, cell: str) -> None:
    with pytest.raises(InputError, match=rf"bogen\.xlsx, Blatt „{sheet}“, Zelle {cell}:"):
        pruefen(store, [path], heute=HEUTE)


def test_signature_with_non_ascii_text_is_refused(land, store, tmp_path) -> None:
    """Was a TypeError from hmac.compare_digest ("comparing strings with non-ASCII characters")."""
    _db, form, _rows, key = land
    path = _write(tmp_path, "bogen.xlsx", _with_identity(form, "cell", (f.K_SIGNATUR, "¡"), key))
    _refused_at(store, path, f.BLATT_KENNUNG, f.K_SIGNATUR)


@pytest.mark.parametrize(
    ("how", "what"),
    [
        ("resign_row", ("id", [])),  # was sqlite3.ProgrammingError binding a list
        ("resign_top", ("exportiert", None)),  # was TypeError in datetime.fromisoformat
        ("resign_top", ("kommune_id", 2**70)),  # was OverflowError in the query
        ("resign_row", ("status", "fertig")),  # was ValueError from Status() while comparing
        ("resign_rows", ("zeilen", [None])),  # was TypeError: 'NoneType' object is not subscriptable
    ],
)
def test_signed_identity_of_the_wrong_shape_is_refused(land, store, tmp_path, how: str, what) -> None:
    """A hidden part signed with this database's key but not in the export's shape (an older or
    damaged copy of the database made it) is refused by its cell, not a crash."""
    _db, form, _rows, key = land
    name, value = what
    path = _write(tmp_path, "bogen.xlsx", _with_identity(form, how, (name, value), key))
    _refused_at(store, path, f.BLATT_KENNUNG, f.K_DATEN)


def test_cut_off_file_is_refused_and_closed(land, store, tmp_path) -> None:
    """Was a ResourceWarning: openpyxl left the file open when the zip was damaged."""
    _db, form, _rows, _key = land
    path = _write(tmp_path, "bogen.xlsx", form[: len(form) // 2])
    with pytest.raises(InputError, match=r"bogen\.xlsx: keine lesbare Excel-Datei"):
        pruefen(store, [path], heute=HEUTE)


def test_amount_in_unicode_digits_is_refused_in_german(land, store, tmp_path) -> None:
    """Was "invalid literal for int()" in English: "²" counts as a digit for str.isdigit."""
    _db, form, _rows, _key = land
    col = f.SPALTE_VON["kj"]
    path = _write(tmp_path, "bogen.xlsx", _with_cells(form, [(0, col, "²")]))
    with pytest.raises(InputError, match="kein ganzer Euro-Betrag"):
        pruefen(store, [path], heute=HEUTE)


def test_form_sent_back_unchanged_with_odd_names_changes_nothing(land, tmp_path) -> None:
    """Found with the hostile texts: a Fachverfahren named "\\t=1+1" or with a control character
    came back trimmed and cleaned from the form and counted as a change of the Fachverfahren."""
    from sqlalchemy import update

    from kpakt_desktop.store.models import Fachverfahren, Hersteller

    db = shutil.copyfile(land[0], tmp_path / "land.sqlite")
    store = open_store(db)
    try:
        with store.write() as s:
            used = select(Nachnutzung.fachverfahren_id).where(Nachnutzung.fachverfahren_id.is_not(None))
            fv_ids = list(s.scalars(select(Fachverfahren.id).where(Fachverfahren.id.in_(used))))
            odd = ["\t=1+1", "\r=2+2", "Verfahren \x07 mit Klingel", " Leerzeichen ", "a\r\nb"]
            for i, fid in enumerate(fv_ids):
                s.execute(
                    update(Fachverfahren).where(Fachverfahren.id == fid).values(name=f"{odd[i % 5]}{i // 5 or ''}")
                )
            s.execute(update(Hersteller).values(name=Hersteller.name + "\x1b"))
        with store.read() as s:
            ars = s.scalar(
                select(Kommune.ars).where(
                    Kommune.id
                    == select(Nachnutzung.kommune_id)
                    .where(Nachnutzung.fachverfahren_id.in_(fv_ids))
                    .limit(1)
                    .scalar_subquery()
                )
            )
        pfad = run_job(
            export_job(store, tmp_path / "bogen.xlsx", kommune_ars=ars, jetzt=datetime(2026, 11, 2))
        ).dateien[0]
        pruefung = pruefen(store, [pfad], heute=HEUTE)
    finally:
        store.close()
    assert pruefung.zeilen == []
