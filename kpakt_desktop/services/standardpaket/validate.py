"""Federal side: check a Standardpaket completely before anything is written anywhere.

The checks run in order of trust: the ZIP container (before decompressing anything), the
descriptor against our JSON Schema, the signature by the trusted key of *that* Land, the hashes,
and finally every CSV cell, key and reference against the format (never against the schema the
package claims for itself). Every problem names file, row and field; all of them are collected.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
import json
import operator
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema

from kpakt_desktop.domain.laender import land_by_key
from kpakt_desktop.domain.standardpaket import (
    DESCRIPTOR,
    SIGNATURE,
    TABLES,
    TABLES_BY_NAME,
    Table,
    descriptor_schema,
)
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.cells import CellError, Value, make_parser, parse_column

# Container limits. Real packages are far below them (all of RP: ~1 MB of CSV, ratio < 10).
MAX_ZIP_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
MAX_PROBLEMS_PER_FILE = 50

EXPECTED_FILES = frozenset({DESCRIPTOR, SIGNATURE} | {t.path for t in TABLES})

Rows = list[tuple[Value, ...]]


@dataclass(frozen=True)
class Problem:
    datei: str
    meldung: str
    zeile: int | None = None
    feld: str | None = None

    def text(self) -> str:
        where = self.datei
        if self.zeile is not None:
            where += f", Zeile {self.zeile}"
        if self.feld is not None:
            where += f", Feld „{self.feld}“"
        return f"{where}: {self.meldung}"

    def to_json(self) -> dict[str, Any]:
        return {"datei": self.datei, "zeile": self.zeile, "feld": self.feld, "meldung": self.meldung}


@dataclass
class BundleReport:
    path: Path
    sha256: str = ""
    land: str | None = None
    sequenz: int | None = None
    stand: datetime | None = None
    fingerprint: str | None = None
    problems: list[Problem] = field(default_factory=list)
    tables: dict[str, Rows] = field(default_factory=dict)
    lines: dict[str, list[int]] = field(default_factory=dict)  # CSV line of each row, for messages

    @property
    def valid(self) -> bool:
        return not self.problems

    def add(self, datei: str, meldung: str, zeile: int | None = None, feld: str | None = None) -> None:
        self.problems.append(Problem(datei, meldung, zeile, feld))

    def to_json(self) -> dict[str, Any]:
        return {
            "datei": str(self.path),
            "gueltig": self.valid,
            "sha256": self.sha256,
            "land": self.land,
            "sequenz": self.sequenz,
            "stand": self.stand.isoformat() if self.stand else None,
            "schluessel_fingerprint": self.fingerprint,
            "probleme": [p.to_json() for p in self.problems],
            "zeilen": {name: len(rows) for name, rows in self.tables.items()},
        }


class _Stop(Exception):
    """Further checks would be meaningless (or unsafe) after the problems found so far."""


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Parsing creates millions of small tuples; each burst would trigger full collections that
    scan every row already read (a merge of all Länder got 40 % slower). Nothing here builds
    reference cycles, so the collector can wait until the bulk work is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate_bundle(path: Path, trust_dir: Path | None = None) -> BundleReport:
    report = BundleReport(path)
    with gc_paused(), contextlib.suppress(_Stop):
        _validate(path, trust_dir or signing.default_trust_dir(), report)
    if report.problems:
        report.tables = {}  # an invalid package hands nothing on
    report.lines = {}
    return report


def _validate(path: Path, trust_dir: Path, report: BundleReport) -> None:
    name = path.name
    if not path.is_file():
        report.add(name, "Die Datei wurde nicht gefunden.")
        raise _Stop
    size = path.stat().st_size
    if size > MAX_ZIP_BYTES:
        report.add(name, f"Die Datei ist mit {size} Bytes größer als erlaubt ({MAX_ZIP_BYTES} Bytes).")
        raise _Stop
    data = path.read_bytes()
    report.sha256 = hashlib.sha256(data).hexdigest()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        report.add(name, "Die Datei ist kein ZIP-Archiv.")
        raise _Stop from None
    with zf:
        infos = _check_container(zf, name, report)
        contents = {i.filename: _read_entry(zf, i, name, report) for i in infos if i.filename in EXPECTED_FILES}
    if DESCRIPTOR not in contents:
        report.add(name, f"{DESCRIPTOR} fehlt im Paket.")
        raise _Stop
    descriptor = _check_descriptor(contents[DESCRIPTOR], report)
    _check_signature(contents[DESCRIPTOR], contents.get(SIGNATURE), trust_dir, report)
    resources = {r["name"]: r for r in descriptor["resources"]}
    for table in TABLES:
        _check_resource(table, resources.get(table.name), contents.get(table.path), report)
    if report.problems:
        raise _Stop  # cells of a package whose frame is wrong are not worth reading
    for table in TABLES:
        report.tables[table.name], report.lines[table.name] = _read_table(table, contents[table.path], report)
    _check_land(report)
    if not report.problems:  # with rows left out, references to them would only add noise
        _check_keys(report)


def _check_container(zf: zipfile.ZipFile, name: str, report: BundleReport) -> list[zipfile.ZipInfo]:
    """Decide from the central directory alone, before one byte is decompressed."""
    infos = zf.infolist()
    unsafe = False
    if len(infos) > MAX_ENTRIES:
        report.add(name, f"Das Archiv enthält {len(infos)} Einträge; erlaubt sind höchstens {MAX_ENTRIES}.")
        raise _Stop
    seen: set[str] = set()
    total = 0
    for info in infos:
        entry = info.filename
        parts = PurePosixPath(entry).parts
        if entry.startswith(("/", "\\")) or "\\" in entry or (len(entry) > 1 and entry[1] == ":"):
            report.add(entry, "Absoluter oder Windows-Pfad im Archiv ist nicht erlaubt.")
            unsafe = True
        elif ".." in parts or "." in parts:
            report.add(entry, "Pfad mit „..“ (Verzeichniswechsel) ist nicht erlaubt.")
            unsafe = True
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            report.add(entry, "Symbolische Links sind im Paket nicht erlaubt.")
            unsafe = True
        if info.is_dir():
            report.add(entry, "Verzeichnisse sind im Paket nicht erlaubt; alle Dateien liegen im Wurzelverzeichnis.")
            continue
        if info.flag_bits & 0x1:
            report.add(entry, "Verschlüsselte Einträge sind nicht erlaubt.")
            unsafe = True
        if entry in seen:
            report.add(entry, "Die Datei ist doppelt im Archiv enthalten.")
            unsafe = True
        seen.add(entry)
        if info.file_size > MAX_ENTRY_BYTES:
            report.add(entry, f"Entpackt {info.file_size} Bytes; erlaubt sind höchstens {MAX_ENTRY_BYTES}.")
            unsafe = True
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            report.add(
                entry,
                f"Verdächtig hohe Kompressionsrate ({ratio}:1, erlaubt {MAX_RATIO}:1): mögliche ZIP-Bombe.",
            )
            unsafe = True
        total += info.file_size
        if not unsafe and entry not in EXPECTED_FILES:
            report.add(
                entry,
                "Unerwartete Datei im Paket; erlaubt sind nur datapackage.json, die Signatur "
                "und die CSV-Dateien des Formats.",
            )
    if total > MAX_TOTAL_BYTES:
        report.add(name, f"Entpackt zusammen {total} Bytes; erlaubt sind höchstens {MAX_TOTAL_BYTES}.")
        unsafe = True
    if unsafe:
        raise _Stop
    return [i for i in infos if not i.is_dir()]


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, report: BundleReport) -> bytes:
    """Read at most the declared size: a lying header cannot make us inflate more."""
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as err:
        report.add(info.filename, f"Der Eintrag ist beschädigt und nicht lesbar ({err}).")
        raise _Stop from None
    if len(data) > info.file_size:
        report.add(info.filename, "Der Eintrag ist größer als im Archivverzeichnis angegeben.")
        raise _Stop
    return data


def _check_descriptor(raw: bytes, report: BundleReport) -> dict[str, Any]:
    try:
        descriptor = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        report.add(DESCRIPTOR, f"Kein gültiges JSON in UTF-8: {err}")
        raise _Stop from None
    validator = jsonschema.Draft202012Validator(descriptor_schema())
    errors = sorted(validator.iter_errors(descriptor), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors[:MAX_PROBLEMS_PER_FILE]:
        where = "/".join(str(p) for p in error.absolute_path) or "(Wurzel)"
        report.add(DESCRIPTOR, f"entspricht nicht dem Schema des Standardpakets: {error.message}", feld=where)
    if errors:
        raise _Stop
    block = descriptor["kpakt"]
    report.land = block["land"]
    report.sequenz = block["sequenz"]
    try:
        report.stand = datetime.strptime(block["stand"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        report.add(DESCRIPTOR, f"„{block['stand']}“ ist kein gültiger Zeitpunkt.", feld="kpakt/stand")
        raise _Stop from None
    names = [r["name"] for r in descriptor["resources"]]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        report.add(DESCRIPTOR, f"Die Ressource „{dup}“ ist mehrfach beschrieben.", feld="resources")
    result: dict[str, Any] = descriptor
    return result


def _check_signature(descriptor: bytes, signature: bytes | None, trust_dir: Path, report: BundleReport) -> None:
    land = report.land or ""
    if signature is None:
        report.add(SIGNATURE, "Die Signatur fehlt: das Paket ist nicht signiert und wird nicht angenommen.")
        return
    key_path = signing.public_key_path(trust_dir, land)
    if not key_path.is_file():
        report.add(
            SIGNATURE,
            f"Für das Land {land} ist kein vertrauenswürdiger Schlüssel hinterlegt ({key_path} fehlt).",
        )
        return
    try:
        key = signing.load_public_key(key_path)
    except Exception as err:  # a broken trust file is the operator's problem; name it
        report.add(SIGNATURE, str(err))
        return
    report.fingerprint = signing.fingerprint(key)
    if not signing.verify(key, descriptor, signature):
        report.add(
            SIGNATURE,
            f"Die Signatur ist ungültig: {DESCRIPTOR} wurde nicht mit dem hinterlegten Schlüssel des Landes "
            f"{land} ({report.fingerprint}) signiert oder danach verändert.",
        )


def _check_resource(table: Table, resource: dict[str, Any] | None, data: bytes | None, report: BundleReport) -> None:
    if resource is None:
        report.add(DESCRIPTOR, f"Die Ressource „{table.name}“ fehlt.", feld="resources")
        return
    if resource["path"] != table.path:
        report.add(DESCRIPTOR, f"Ressource „{table.name}“ muss den Pfad {table.path} haben.", feld="path")
    if resource["schema"] != table.table_schema():
        report.add(
            DESCRIPTOR,
            f"Das Tabellenschema der Ressource „{table.name}“ weicht vom Format ab.",
            feld=f"resources/{table.name}/schema",
        )
    if data is None:
        report.add(table.path, "Die Datei fehlt im Paket.")
        return
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if resource["hash"] != digest:
        report.add(table.path, f"Prüfsumme stimmt nicht: erwartet {resource['hash']}, gefunden {digest}.")
    if resource["bytes"] != len(data):
        report.add(table.path, f"Größe stimmt nicht: erwartet {resource['bytes']} Bytes, gefunden {len(data)}.")


def _read_table(table: Table, data: bytes, report: BundleReport) -> tuple[Rows, list[int]]:
    path = table.path
    count_before = len(report.problems)

    def add(meldung: str, zeile: int | None = None, feld: str | None = None) -> None:
        if len(report.problems) - count_before < MAX_PROBLEMS_PER_FILE:
            report.add(path, meldung, zeile, feld)
        elif len(report.problems) - count_before == MAX_PROBLEMS_PER_FILE:
            report.add(path, "Weitere Probleme in dieser Datei werden nicht einzeln aufgeführt.")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        add(f"Kein gültiges UTF-8 (Byte {err.start}).", line)
        return [], []
    nul = text.find("\x00")
    if nul >= 0:  # no text of the format holds one, and PostgreSQL could not store it
        add("Die Datei enthält ein NUL-Zeichen (Byte 0).", text.count("\n", 0, nul) + 1)
        return [], []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header != list(table.field_names):
            add(f"Kopfzeile muss genau lauten: {','.join(table.field_names)}", 1)
            return [], []
        records = list(reader)
    except csv.Error as err:
        add(f"Die CSV-Datei ist fehlerhaft: {err}.", reader.line_num)
        return [], []
    # One line per record is the usual case; text fields with line breaks need a second pass.
    one_per_line = text.count("\n") == len(records) + 1
    lines = list(range(2, len(records) + 2)) if one_per_line else _record_lines(text)
    rows = _parse_fast(table, records)
    if rows is not None:
        return rows, lines
    return _parse_rows(table, records, lines, add)


def _record_lines(text: str) -> list[int]:
    """The first line of each record, for files whose text fields hold line breaks."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    next(reader, None)
    starts = []
    previous_end = 1
    for _record in reader:
        starts.append(previous_end + 1)
        previous_end = reader.line_num
    return starts


def _parse_fast(table: Table, records: list[list[str]]) -> Rows | None:
    """All rows at once, column by column; None if anything is wrong (the slow path names it)."""
    width = len(table.fields)
    if set(map(len, records)) - {width}:
        return None
    if not records:
        return []
    try:
        columns = [parse_column(f, col) for f, col in zip(table.fields, zip(*records, strict=True), strict=True)]
    except CellError:
        return None
    rows: Rows = list(zip(*columns, strict=True))
    pk_index = [table.field_names.index(n) for n in table.primary_key]
    keys = columns[pk_index[0]] if len(pk_index) == 1 else list(zip(*(columns[i] for i in pk_index), strict=True))
    if len(set(keys)) != len(keys):
        return None
    return rows


def _parse_rows(
    table: Table, records: list[list[str]], lines: list[int], add: Callable[..., None]
) -> tuple[Rows, list[int]]:
    """Row by row, naming every bad field and duplicate key; returns the good rows."""
    rows: Rows = []
    good_lines: list[int] = []
    keys: set[tuple[Value, ...]] = set()
    pk_index = [table.field_names.index(n) for n in table.primary_key]
    parsers = [make_parser(f) for f in table.fields]
    for record, start in zip(records, lines, strict=True):
        if len(record) != len(table.fields):
            add(f"{len(record)} Felder statt {len(table.fields)}.", start)
            continue
        values: list[Value] = []
        for f, parse, cell in zip(table.fields, parsers, record, strict=True):
            try:
                values.append(parse(cell))
            except CellError as err:
                add(str(err) + ".", start, f.name)
        if len(values) != len(table.fields):
            continue
        key = tuple(values[i] for i in pk_index)
        if key in keys:
            add(f"Schlüssel {_key_text(key)} kommt mehrfach vor.", start, ", ".join(table.primary_key))
            continue
        keys.add(key)
        rows.append(tuple(values))
        good_lines.append(start)
    return rows, good_lines


def _key_text(key: tuple[Value, ...]) -> str:
    return "(" + ", ".join(str(v) for v in key) + ")" if len(key) > 1 else str(key[0])


def _column(rows: Rows, index: list[int]) -> list[Any]:
    """One field (a value) or several (a tuple) of every row, picked in C."""
    return list(map(operator.itemgetter(*index), rows)) if rows else []


def _check_keys(report: BundleReport) -> None:
    """Every reference must find its row (references with an empty part are simply absent)."""
    targets: dict[tuple[str, tuple[str, ...]], set[Any]] = {}  # kommune.ars is referred to ten times
    for table in TABLES:
        rows = report.tables[table.name]
        for fk in table.foreign_keys:
            known = targets.get((fk.table, fk.reference))
            if known is None:
                target = TABLES_BY_NAME[fk.table]
                ref_index = [target.field_names.index(n) for n in fk.reference]
                known = targets[(fk.table, fk.reference)] = set(_column(report.tables[fk.table], ref_index))
            values = _column(rows, [table.field_names.index(n) for n in fk.fields])
            missing = set(values) - known - {None}
            if len(fk.fields) > 1:
                missing = {v for v in missing if None not in v}
            if not missing:
                continue
            shown = 0
            for line, value in zip(report.lines[table.name], values, strict=True):
                if value not in missing:
                    continue
                if shown < MAX_PROBLEMS_PER_FILE:
                    key = value if isinstance(value, tuple) else (value,)
                    report.add(
                        table.path,
                        f"Verweis {_key_text(key)} auf {fk.table}.{', '.join(fk.reference)} ins Leere.",
                        line,
                        ", ".join(fk.fields),
                    )
                shown += 1


def _check_land(report: BundleReport) -> None:
    land = report.land or ""
    rows = report.tables["land"]
    if len(rows) != 1:
        report.add("land.csv", f"Genau eine Zeile erwartet, gefunden {len(rows)}.")
    elif rows[0][0] != land:
        report.add(
            "land.csv", f"Das Paket ist als Land {land} ausgewiesen, die Tabelle nennt {rows[0][0]}.", 2, "schluessel"
        )
    elif rows[0][1] != land_by_key(land).kuerzel:
        report.add(
            "land.csv",
            f"Das Kürzel des Landes {land} ist {land_by_key(land).kuerzel}, nicht {rows[0][1]}.",
            2,
            "kuerzel",
        )
    shown = 0
    for line, row in zip(report.lines["kommune"], report.tables["kommune"], strict=True):
        ars = str(row[0])
        if not ars.startswith(land):
            if shown < MAX_PROBLEMS_PER_FILE:
                report.add(
                    "kommune.csv",
                    f"Der Regionalschlüssel {ars} gehört nicht zum Land {land}.",
                    line,
                    "ars",
                )
            shown += 1


def validate_job(path: Path, trust_dir: Path | None = None) -> Job[BundleReport]:
    """``validate_bundle`` as a job, for the GUI's worker (the check reads the whole package)."""
    yield Progress(0, 1, f"{path.name} wird geprüft …")
    report = validate_bundle(path, trust_dir)
    yield Progress(1, 1, "Prüfung abgeschlossen")
    return report
