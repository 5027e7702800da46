"""Fuzzing the readers of outside data: Gemeindeverzeichnis CSV and xlsx, and the CLI's arguments.

Whatever the file or the command line holds, the result is the data or an ``InputError`` whose
German message names the file (and row/field where there is one): never another exception,
never a traceback, and a refused import writes nothing. Example counts: ``conftest.py``
(profile "kpakt", ``KPAKT_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import contextlib
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import fuzz_examples
from gv_files import gv100ad_line, land_rows, write_csv
from hypothesis import given, settings
from hypothesis import strategies as st
from test_kill import fingerprint

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.services.gv_abgleich import apply_job
from kpakt_desktop.services.gv_datei import read_register_file
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.store.database import open_store

LAND = "04"  # Bremen: two Kreise, a handful of rows, so every example is quick
HEADER, ROWS = land_rows(LAND)

# Cell texts: anything a broken export or a hand edit could produce, plus numbers' edge cases.
cell_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "nan", "inf", "-1", "1e400", "0x10", "1.5", "1,5", "٣", "²", "00000", "\x00", '"', "\n"]),
)


NUMBER_COLUMNS = [h for h in HEADER if h in ("flaeche", "bevoelkerung", "laengengrad", "breitengrad", "postleitzahl")]
NUMBER_TEXTS = ["nan", "inf", "-inf", "1e400", "-5", "1.5", "1,5", "١٢", "12 345", "0,0,1", ""]


@st.composite
def damaged_rows(draw: st.DrawFn) -> list[dict[str, str]]:
    rows = [dict(r) for r in ROWS]
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["cell", "number", "drop", "duplicate", "swap"]))
        i = draw(st.integers(0, len(rows) - 1))
        if action == "cell":
            rows[i][draw(st.sampled_from(HEADER))] = draw(cell_texts)
        elif action == "number":
            rows[i][draw(st.sampled_from(NUMBER_COLUMNS))] = draw(st.sampled_from(NUMBER_TEXTS))
        elif action == "drop" and len(rows) > 1:
            del rows[i]
        elif action == "duplicate":
            rows.insert(i, dict(rows[i]))
        else:
            j = draw(st.integers(0, len(rows) - 1))
            rows[i], rows[j] = rows[j], rows[i]
    return rows


def read_or_refuse(path: Path) -> None:
    """The reader's contract: data, or an InputError naming the file."""
    try:
        read_register_file(path, LAND)
    except InputError as err:
        assert path.name in str(err), str(err)


@given(rows=damaged_rows())
def test_gv_csv_with_damaged_cells_and_rows(rows: list[dict[str, str]], tmp_path_factory) -> None:
    read_or_refuse(write_csv(tmp_path_factory.mktemp("gv") / "gv.csv", HEADER, rows))


@given(data=st.binary(max_size=400), cut=st.integers(0, 4000), encoding=st.sampled_from(["utf-8", "cp1252", "gzip"]))
def test_gv_csv_cut_off_or_garbage_bytes(data: bytes, cut: int, encoding: str, tmp_path_factory) -> None:
    import gzip

    folder = tmp_path_factory.mktemp("gv")
    good = write_csv(folder / "gut.csv", HEADER, ROWS).read_bytes()
    raw = good[:cut] + data
    if encoding == "gzip":
        raw = gzip.compress(good)[: cut or None] + data
    path = folder / "gv.csv"
    path.write_bytes(raw)
    read_or_refuse(path)


@given(
    changes=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 225), st.text(max_size=6)), min_size=1, max_size=4),
    cut=st.integers(0, 20_000),
)
def test_gv100ad_damaged_or_cut_off(changes: list[tuple[int, int, str]], cut: int, tmp_path_factory) -> None:
    """Characters overwritten anywhere in the fixed-width records (keys, dates, numbers, Satzart,
    Textkennzeichen), or the file broken off: data, warnings, or a message naming the file."""
    lines = [gv100ad_line(r, "20201231") for r in ROWS]
    for i, pos, text in changes:
        line = lines[i % len(lines)]
        lines[i % len(lines)] = line[:pos] + text + line[pos + len(text) :]
    path = tmp_path_factory.mktemp("gv") / "GV100AD.txt"
    path.write_text("\n".join(lines)[: cut or None], encoding="utf-8")
    read_or_refuse(path)


xlsx_values = st.one_of(
    st.none(),
    cell_texts.filter(lambda t: t.isprintable()),  # an xlsx cannot hold control characters at all
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.dates(),
)


@settings(max_examples=fuzz_examples(25))
@given(changes=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 15), xlsx_values), max_size=4))
def test_gv_xlsx_with_damaged_cells(changes: list[tuple[int, int, object]], tmp_path_factory) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Gemeindeverzeichnis – Auszug (Test)"])
    ws.append(HEADER)
    for row in ROWS:
        ws.append([row[h] for h in HEADER])
    for r, c, value in changes:
        ws.cell(row=r + 2, column=c + 1, value=value)  # type: ignore[arg-type]
    path = tmp_path_factory.mktemp("gv") / "AuszugGV.xlsx"
    wb.save(path)
    read_or_refuse(path)


@settings(max_examples=fuzz_examples(15))
@given(rows=damaged_rows())
def test_refused_gv_import_writes_nothing(rows: list[dict[str, str]], hb_db: Path, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("gv")
    db = shutil.copyfile(hb_db, folder / "land.sqlite")
    path = write_csv(folder / "gv.csv", HEADER, rows)
    before = fingerprint(db)
    store = open_store(db)
    try:
        run_job(apply_job(store, path, benutzer="Fuzz"))
    except InputError as err:
        assert path.name in str(err)
        store.close()
        assert fingerprint(db) == before
    finally:
        store.close()


@pytest.fixture(scope="module")
def hb_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import STICHTAG

    from kpakt_desktop.domain.laender import parse_land
    from kpakt_desktop.services.demo import create_demo

    path = tmp_path_factory.mktemp("hb") / "hb.sqlite"
    create_demo(path, parse_land(LAND), seed=2, stichtag=STICHTAG).close()
    return path


# -- CLI arguments --------------------------------------------------------------------------------

COMMANDS = [
    ["stats"],
    ["gv", "import"],
    ["gv", "offen"],
    ["gv", "nachfolger"],
    ["gv", "archivieren"],
    ["nachnutzung", "set"],
    ["bundle", "validate"],
    ["bundle", "export"],
    ["keygen"],
    ["merge"],
    ["bundle"],
    ["gv"],
    [],
]
OPTIONS = ["--json", "--dry-run", "--ars", "--leistung", "--status", "--datum", "--note", "--trust", "--key",
           "-o", "--output", "--land", "--ersetzen", "--xlsx", "--pdf", "--db", "--version", "-h", "--"]  # fmt: skip
SPECIAL_VALUES = ["07", "RP", "0", "17", "-1", "999999999999999999999", "071315001004", "produktiv", "offen",
                  "2026-13-40", "2026-11-01", "nicht mehr zuständig", "ungültig.zip", "/", ".", "", "--db"]  # fmt: skip
VALUES = st.one_of(st.text(max_size=15).filter(lambda t: "\x00" not in t), st.sampled_from(SPECIAL_VALUES))


@st.composite
def argv(draw: st.DrawFn, db: Path, junk: Path) -> list[str]:
    args = ["--db", str(db)] if draw(st.booleans()) else []
    args += draw(st.sampled_from(COMMANDS))
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["option", "value", "file"]))
        if kind == "option":
            args.append(draw(st.sampled_from(OPTIONS)))
        elif kind == "file":
            args.append(str(draw(st.sampled_from([junk, junk.parent, db, junk.parent / "fehlt.zip"]))))
        else:
            args.append(draw(VALUES))
    return args


@pytest.fixture(scope="module")
def cli_files(hb_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli")
    junk = folder / "kaputt.zip"
    junk.write_bytes(b"PK\x03\x04 kein Zip, kein Verzeichnis")
    return shutil.copyfile(hb_db, folder / "land.sqlite"), junk


@given(data=st.data())
def test_cli_arguments_end_in_exit_code_and_german_message(data: st.DataObject, cli_files, monkeypatch) -> None:
    db, junk = cli_files
    monkeypatch.chdir(junk.parent)  # a relative path in the arguments lands in the private folder
    args = data.draw(argv(db, junk))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as stop:  # argparse: --help, --version, a usage error
            code = stop.code if isinstance(stop.code, int) else 2
    assert code in (0, 1, 2), (args, code, err.getvalue())
    assert "Traceback" not in err.getvalue()
    if code == 2 and err.getvalue():
        assert "Fehler" in err.getvalue() or "usage" in err.getvalue(), (args, err.getvalue())


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e400"])
def test_gv_numbers_that_python_parses_but_are_no_numbers(text: str, tmp_path: Path) -> None:
    """Found by the fuzzer: "nan" as Einwohnerzahl ended in ValueError, "inf" in OverflowError."""
    rows = [dict(r) for r in ROWS]
    gemeinde = next(r for r in rows if r["satzart"] == "60")
    gemeinde["bevoelkerung"] = text
    path = write_csv(tmp_path / "gv.csv", HEADER, rows)
    with pytest.raises(InputError, match=r"gv\.csv, Zeile \d+, Feld „bevoelkerung“: .* ist keine Zahl"):
        read_register_file(path, LAND)


@pytest.mark.parametrize(
    "case",
    [
        "key_is_folder",
        "key_is_garbage",
        "db_is_folder",
        "gv_file_is_folder",
        "keygen_into_file",
        "validate_folder",
        "national_db_is_folder",
        "export_into_missing_folder",
    ],
)
def test_cli_paths_of_the_wrong_kind(case: str, cli_files, tmp_path: Path, capsys) -> None:
    """Folders where files belong and the reverse: a German message naming the path, exit 1 or 2."""
    db, junk = cli_files
    folder = tmp_path / "ordner"
    folder.mkdir()
    key = tmp_path / "kaputt.key"
    key.write_bytes(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    bundle = tmp_path / "x.zip"
    args, named = {
        "key_is_folder": (["--db", str(db), "bundle", "export", "-o", str(bundle), "--key", str(folder)], folder),
        "key_is_garbage": (["--db", str(db), "bundle", "export", "-o", str(bundle), "--key", str(key)], key),
        "db_is_folder": (["--db", str(folder), "stats"], folder),
        "gv_file_is_folder": (["--db", str(db), "gv", "import", str(folder)], folder.name),
        "keygen_into_file": (["keygen", "--land", "04", "--ersetzen", "-o", str(junk)], junk),
        "validate_folder": (["bundle", "validate", str(folder)], folder),
        "national_db_is_folder": (["merge", str(junk), "--db", str(folder)], folder),
        "export_into_missing_folder": (["--db", str(db), "bundle", "export", "-o", str(folder / "a" / "b.zip")], "a"),
    }[case]
    code = main(args)
    err = capsys.readouterr().err
    assert code in (1, 2), (code, err)
    assert err.startswith("Fehler") or err.startswith("Ungültig"), err
    assert str(named) in err, err
    assert "Traceback" not in err


def test_gv_xlsx_date_cell_out_of_range(tmp_path: Path) -> None:
    """Found by the fuzzer: openpyxl warns about a date serial out of range, and the warning (an error
    under the tests' filterwarnings) escaped the reader. Now the cell simply does not check out."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for row in ROWS:
        ws.append([row[h] for h in HEADER])
    ws.cell(row=2, column=1, value=date(2000, 1, 1))  # the cell gets a date format …
    ws.cell(row=2, column=1, value=-693594)  # … and a serial no calendar has
    path = tmp_path / "AuszugGV.xlsx"
    wb.save(path)
    with pytest.raises(InputError, match=r"AuszugGV\.xlsx"):
        read_register_file(path, LAND)


def test_gv_xlsx_under_a_csv_name_is_read_as_xlsx(tmp_path: Path) -> None:
    """Found by the fuzzer: bytes "PK…" in a file named .csv made openpyxl refuse it by its name
    (InvalidFileException); the kind is decided by the content."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for row in ROWS:
        ws.append([row[h] for h in HEADER])
    path = tmp_path / "AuszugGV.csv"
    wb.save(path)
    register = read_register_file(path, LAND)
    assert len(register.kommunen) > 0
    (tmp_path / "kaputt.csv").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"kaputt\.csv: Die Excel-Datei ist beschädigt"):
        read_register_file(tmp_path / "kaputt.csv", LAND)
