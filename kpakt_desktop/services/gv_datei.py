"""Reading a Gemeindeverzeichnis file the user has: the CSV form, Destatis's own ``.xlsx``, or the
fixed-width GV100AD (plain, gzip, or in the ZIP Destatis publishes it in).

The kind is detected from the file's content, not its name. All forms end in the same
``parse_row``/``build_land`` of ``services.register``, so a row is checked the same way whatever
the form. The xlsx sheet has title lines above and footnotes below the data: the columns are found
by their headings and the data by its Satzart values, never by fixed row numbers.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.services.gv100ad import looks_like_gv100ad, read_gv100ad
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.register import (
    COLUMNS,
    LandRegister,
    RegisterRow,
    build_land,
    csv_text,
    parse_row,
    read_csv_rows,
)

_SATZARTEN = {"10", "20", "30", "40", "50", "60"}
_KEY_WIDTH = {"land": 2, "rb": 1, "kreis": 2, "vb": 4, "gemeinde": 3, "postleitzahl": 5, "textkennzeichen": 2}
# Destatis's column order, used when a heading cannot be recognised.
_STANDARD_ORDER = (
    "satzart",
    "textkennzeichen",
    "land",
    "rb",
    "kreis",
    "vb",
    "gemeinde",
    "gemeindename",
    "flaeche",
    "bevoelkerung",
    "maennlich",
    "weiblich",
    "jekm2",
    "postleitzahl",
    "laengengrad",
    "breitengrad",
)


def read_register_file(path: Path, land_key: str) -> LandRegister:
    """The Kommunen of one Land from a CSV (plain or gzip), xlsx or GV100AD file, checked for completeness."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as err:
        raise InputError(
            meldung("{name}: Die Datei kann nicht gelesen werden ({strerror}).", name=path.name, strerror=err.strerror)
        ) from None
    if head[:4] == b"PK\x03\x04" and not _is_workbook(path):
        register = _read_gv100ad_zip(path, land_key)
    elif head[:4] == b"PK\x03\x04":
        register = read_register_xlsx(path, land_key)
    else:
        text = csv_text(path.read_bytes(), path.name)
        if looks_like_gv100ad(text):
            register = read_gv100ad(text, land_key, path.name)
        else:
            _check_csv_lines(text, path.name)
            register = build_land(read_csv_rows(io.StringIO(text, newline=""), path.name), land_key, path.name)
            register.stand_gebiet = stand_from_name(path.name)
    check_complete(register, path.name)
    return register


def read_register_job(path: Path, land_key: str) -> Job[LandRegister]:
    """``read_register_file`` as a job, for the worker with its progress dialog."""
    yield Progress(0, 1, f"{path.name} lesen …")
    register = read_register_file(path, land_key)
    yield Progress(1, 1, "Fertig.")
    return register


def _is_workbook(path: Path) -> bool:
    """A ZIP that is no workbook may be Destatis's GV100AD download; a damaged one counts as workbook
    (its reader gives the message about the damaged Excel file)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True
    return any(n.startswith("xl/") or n == "[Content_Types].xml" for n in names)


def _read_gv100ad_zip(path: Path, land_key: str) -> LandRegister:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or info.file_size > 50_000_000:
                continue
            source = f"{path.name}, {info.filename}"
            try:
                raw = archive.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error):
                raise InputError(
                    meldung("{source}: Die ZIP-Datei ist beschädigt oder unvollständig.", source=source)
                ) from None
            if raw[:2] == b"%P":  # the PDF with the record description
                continue
            try:
                text = csv_text(raw, source)
            except InputError:  # not a text file: look further
                continue
            if looks_like_gv100ad(text):
                return read_gv100ad(text, land_key, source)
    raise InputError(
        meldung(
            "{name}: Die ZIP-Datei enthält kein Gemeindeverzeichnis im Format GV100AD und ist keine Excel-Datei.",
            name=path.name,
        )
    )


def _check_csv_lines(text: str, source: str) -> None:
    """A line with fewer fields than the header means a cut-off file (the reader would pad it)."""
    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, None)
    if not header:
        raise InputError(meldung("{source}: Die Datei ist leer.", source=source))
    for number, row in enumerate(rows, start=2):
        if row and len(row) < len(header):
            raise InputError(
                meldung(
                    "{source}, Zeile {number}: nur {anzahl_row} von {anzahl_header} Feldern – die "
                    "Datei ist unvollständig oder beschädigt.",
                    source=source,
                    number=number,
                    anzahl_row=len(row),
                    anzahl_header=len(header),
                )
            )


def check_complete(register: LandRegister, source: str) -> None:
    """Every Kreis and Gemeindeverband has Gemeinden: otherwise the file was cut short."""
    with_members: set[str] = set()
    for k in register.kommunen:
        if k.ags is not None:
            with_members.update(a for a in (k.kreis_ars, k.verband_ars) if a)
    for k in register.kommunen:
        if k.ags is None and k.ars not in with_members:
            raise InputError(
                meldung(
                    "{source}: {label} {name} ({ars}) hat in der Datei keine Gemeinden. Ist die Datei vollständig?",
                    source=source,
                    label=k.art.label,
                    name=k.name,
                    ars=k.ars,
                )
            )
    seen: dict[str, str] = {}
    for k in register.kommunen:
        if k.ags is not None:
            if k.ags in seen:
                raise InputError(
                    meldung(
                        "{source}: Gemeindeschlüssel {ags} steht zweimal in der Datei ({wert}).",
                        source=source,
                        ags=k.ags,
                        wert=seen[k.ags],
                    )
                )
            seen[k.ags] = k.name


def stand_from_name(name: str) -> date | None:
    """Gebietsstand from a Destatis file or sheet name: ``AuszugGV4Q2020`` or ``…_311220``."""
    quarter = re.search(r"GV(\d)Q(\d{4})", name, re.IGNORECASE)
    if quarter and 1 <= int(quarter.group(1)) <= 4:
        month = 3 * int(quarter.group(1))
        day = 31 if month in (3, 12) else 30
        return date(int(quarter.group(2)), month, day)
    stamp = re.search(r"_(\d{2})(\d{2})(\d{2})(?!\d)", name)
    if stamp:
        try:
            return date(2000 + int(stamp.group(3)), int(stamp.group(2)), int(stamp.group(1)))
        except ValueError:
            return None
    return None


_DATUM = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")
_EINWOHNER_WORTE = ("bevölkerung", "einwohner")


def _stand_in(texts: list[str], kind: str) -> date | None:
    """The first date in title or footnote lines of the kind asked for: a date preceded (in its
    cell, since the previous date) by "Bevölkerung"/"Einwohner" is the Einwohner-Stichtag, any
    other date in the title lines the Gebietsstand ("… am 31.12.2020 (4. Quartal)")."""
    for text in texts:
        start = 0
        for m in _DATUM.finditer(text):
            before = text[start : m.start()].casefold()
            start = m.end()
            found = "einwohner" if any(w in before for w in _EINWOHNER_WORTE) else "gebiet"
            if found != kind:
                continue
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
    return None


# -- xlsx ---------------------------------------------------------------------------------------


def read_register_xlsx(path: Path, land_key: str) -> LandRegister:
    # openpyxl is only needed here; importing it lazily keeps the CLI start fast.
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        # openpyxl warns about oddities (a date cell out of range, unknown extensions) and goes on;
        # what matters for us is whether the rows check out, which parse_row decides.
        warnings.simplefilter("ignore")
        try:
            # From the bytes, not the path: openpyxl would refuse a file by its name (".csv"),
            # and the kind of a file is decided by its content here.
            workbook = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
            raise InputError(
                meldung("{name}: Die Excel-Datei ist beschädigt oder unvollständig ({err}).", name=path.name, err=err)
            ) from None
        try:
            return _read_sheets(workbook, path, land_key)
        finally:
            workbook.close()


def _read_sheets(workbook: Any, path: Path, land_key: str) -> LandRegister:
    problems = []
    for sheet in workbook.worksheets:
        source = f"{path.name}, Tabellenblatt „{sheet.title}“"
        try:
            rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, OverflowError, TypeError) as err:
            # a cell openpyxl cannot turn into a value at all (e.g. a date serial out of range)
            raise InputError(
                meldung("{source}: Die Excel-Datei enthält unlesbare Zellen ({err}).", source=source, err=err)
            ) from None
        found = _locate(rows)
        if found is None:
            problems.append(sheet.title)
            continue
        first, last, columns = found
        records = _records(rows, first, last, columns, source)
        register = build_land(records, land_key, source)
        register.format = "Excel"
        titles = [v for r in rows[:first] for v in r if isinstance(v, str)]
        notes = [v for r in rows[last + 1 :] for v in r if isinstance(v, str)]
        register.stand_gebiet = _stand_in(titles, "gebiet") or stand_from_name(sheet.title)
        register.stand_einwohner = _stand_in(titles + notes, "einwohner")
        return register
    raise InputError(
        meldung(
            "{name}: In keinem Tabellenblatt ({wert}) steht ein Auszug des "
            "Gemeindeverzeichnisses (Spalten Satzart, Land, … Gemeindename).",
            name=path.name,
            wert=", ".join(problems),
        )
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _is_satzart(value: Any) -> bool:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _text(value) in _SATZARTEN


def _heading_key(text: str) -> str | None:
    t = re.sub(r"[\s\-­]+", "", text.casefold())
    rules = (
        ("satzart", ("satzart",)),
        ("textkennzeichen", ("textkennzeichen",)),
        ("gemeindename", ("gemeindename", "name")),
        ("flaeche", ("fläche", "flaeche")),
        ("bevoelkerung", ("insgesamt", "bevölkerung", "bevoelkerung")),
        ("maennlich", ("männlich", "maennlich")),
        ("weiblich", ("weiblich",)),
        ("jekm2", ("jekm",)),
        ("postleitzahl", ("postleitzahl", "plz")),
        ("laengengrad", ("längengrad", "laengengrad")),
        ("breitengrad", ("breitengrad",)),
        ("land", ("land",)),
        ("rb", ("rb", "regierungsbezirk")),
        ("kreis", ("kreis",)),
        ("vb", ("vb", "gemeindeverband")),
        ("gemeinde", ("gem", "gemeinde")),
    )
    for key, words in rules:
        if any(t == w or (len(w) > 4 and t.startswith(w)) for w in words):
            return key
    return None


def _locate(rows: list[tuple[Any, ...]]) -> tuple[int, int, dict[str, int]] | None:
    """First and last data row and the column of each field; None if the sheet holds no extract."""
    for satz_col in range(min(5, max((len(r) for r in rows), default=0))):
        data = [i for i, r in enumerate(rows) if len(r) > satz_col and _is_satzart(r[satz_col])]
        # a real extract starts with a Land record (10) and has keys beside the Satzart
        if not data or _text(rows[data[0]][satz_col]) != "10":
            continue
        first, last = data[0], data[-1]
        columns: dict[str, int] = {}
        for r in rows[max(0, first - 12) : first]:
            for c, value in enumerate(r):
                key = _heading_key(_text(value)) if isinstance(value, str) else None
                if key is not None and key not in columns:
                    columns[key] = c
        if columns.get("satzart") != satz_col or not {"land", "gemeindename"} <= columns.keys():
            columns = {key: satz_col + i for i, key in enumerate(_STANDARD_ORDER)}
        return first, last, columns
    return None


def _cell(value: Any, key: str) -> str:
    """A cell as the CSV would have it: keys zero-padded, coordinates with a decimal comma."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and key in _KEY_WIDTH | {"bevoelkerung": 0}:
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        width = _KEY_WIDTH.get(key)
        return text.zfill(width) if width else text
    if isinstance(value, float):
        return repr(value).replace(".", ",") if key in ("laengengrad", "breitengrad") else repr(value)
    return str(value).strip()


def _records(
    rows: list[tuple[Any, ...]], first: int, last: int, columns: dict[str, int], source: str
) -> Iterator[RegisterRow]:
    wanted = [c for c in COLUMNS if c in columns]
    for i in range(first, last + 1):
        r = rows[i]
        values = {key: _cell(r[columns[key]] if columns[key] < len(r) else None, key) for key in wanted}
        row = parse_row(values, i + 1, source)  # Excel counts rows from 1
        if row is not None:
            yield row
