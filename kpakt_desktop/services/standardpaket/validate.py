"""Federal side: check a Standardpaket completely before anything is written anywhere.

The checks run in order of trust, and nothing is parsed before cheap limits allow it: the ZIP's
end-of-central-directory record and central directory (read by hand, before ``zipfile`` builds
its list), the descriptor (size, JSON depth, number lengths, duplicate keys, then our JSON
Schema), the signature by the trusted key of *that* Land, and finally every CSV cell, key and
reference against the format (never against the schema the package claims for itself).

The CSV files are streamed: each is read in chunks of rows, hashed while it is read, and only the
keys that other tables refer to are kept. A ``sink`` (the merge) receives the checked rows chunk
by chunk while the package is still valid; so memory stays bounded whatever the package holds.
Every problem names file, row and field; all of them are collected.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
import json
import operator
import re
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import accumulate, repeat
from pathlib import Path, PurePosixPath
from typing import IO, Any

import jsonschema
from jsonschema.exceptions import ValidationError

from kpakt_desktop.domain.anzeige import sichtbar
from kpakt_desktop.domain.errors import Meldung, meldung, meldung_aus
from kpakt_desktop.domain.laender import land_by_key
from kpakt_desktop.domain.standardpaket import (
    DESCRIPTOR,
    MAX_DESCRIPTOR_BYTES,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_FIELD_CHARS,
    MAX_JSON_DEPTH,
    MAX_RATIO,
    MAX_RECORD_BYTES,
    MAX_ROWS,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    MAX_ZIP_BYTES,
    RATIO_FLOOR,
    SIGNATURE,
    TABLES,
    Table,
    descriptor_schema,
)
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.cells import CellError, Value, make_parser, parse_column

MAX_PROBLEMS_PER_FILE = 50
BLOCK_CHARS = 768 * 1024  # text read, parsed, checked and handed on together (whole records)

EXPECTED_FILES = frozenset({DESCRIPTOR, SIGNATURE} | {t.path for t in TABLES})
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# Tables whose keys later tables refer to: their key sets are kept until the package is read.
REFERENCED = frozenset(fk.table for t in TABLES for fk in t.foreign_keys)

Rows = list[tuple[Value, ...]]
Columns = list[list[Value]]  # the checked cells of a chunk of rows, one list per field
Texts = list[tuple[str, ...]]  # the same cells as the CSV spells them, one tuple per field
Sink = Callable[[Table, Columns, Texts], None]

_EOCD = struct.Struct("<4sHHHHLLH")
_CDH = struct.Struct("<4sHHHHHHLLLHHHHHLL")
_ZIP64_LOCATOR = b"PK\x06\x07"


@dataclass(frozen=True)
class Problem:
    datei: str
    meldung: str
    zeile: int | None = None
    feld: str | None = None

    def text(self) -> str:
        """One line for a person: names and values from the package with control characters escaped
        (a ``Meldung``: the GUI shows it in the UI language)."""
        datei, zeile, feld, text = self.datei, self.zeile, self.feld, self.meldung
        if zeile is not None and feld is not None:
            line = meldung(
                "{datei}, Zeile {zeile}, Feld „{feld}“: {text}", datei=datei, zeile=zeile, feld=feld, text=text
            )
        elif zeile is not None:
            line = meldung("{datei}, Zeile {zeile}: {text}", datei=datei, zeile=zeile, text=text)
        elif feld is not None:
            line = meldung("{datei}, Feld „{feld}“: {text}", datei=datei, feld=feld, text=text)
        else:
            line = meldung("{datei}: {text}", datei=datei, text=text)
        return sichtbar(line)

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
    demo: bool = False  # land.csv says the package was built from the demo data
    problems: list[Problem] = field(default_factory=list)
    zeilen: dict[str, int] = field(default_factory=dict)  # rows per table (valid packages only)
    hashes: dict[str, str] = field(default_factory=dict, repr=False)  # signed hash per table

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
            "demo": self.demo,
            "probleme": [p.to_json() for p in self.problems],
            "zeilen": dict(self.zeilen),
        }


class _Stop(Exception):
    """Further checks would be meaningless (or unsafe) after the problems found so far."""


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Parsing creates millions of small tuples; each burst would trigger full collections that
    scan every key already kept (a merge of all Länder got 40 % slower). Nothing here builds
    reference cycles, so the collector can wait until the bulk work is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate_bundle(
    path: Path,
    trust_dir: Path | None = None,
    *,
    sink: Sink | None = None,
    cells: bool = True,
    frame: BundleReport | None = None,
) -> BundleReport:
    """Check one package. ``sink`` gets every table's checked cells (column by column), chunk by chunk, as long as no
    problem has been found; a caller that writes them must discard the writes if the report is
    not valid in the end. ``cells=False`` checks only the frame (container, descriptor, signature,
    resources): what a merge needs to decide which packages to take, before reading any CSV.
    ``frame``: that earlier report of the same file; if the file is unchanged, its frame is not
    checked twice."""
    report = BundleReport(path)
    with gc_paused(), contextlib.suppress(_Stop):
        _validate(path, trust_dir or signing.default_trust_dir(), report, sink, cells, frame)
    if report.problems:
        report.zeilen = {}  # an invalid package hands nothing on
    return report


# -- container ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    raw_name: bytes
    name: str
    flags: int
    method: int
    compress_size: int
    file_size: int
    external_attr: int


def _validate(
    path: Path, trust_dir: Path, report: BundleReport, sink: Sink | None, cells: bool, frame: BundleReport | None
) -> None:
    name = path.name
    if not path.is_file():
        report.add(name, meldung("Die Datei wurde nicht gefunden."))
        raise _Stop
    size = path.stat().st_size
    if size > MAX_ZIP_BYTES:
        report.add(
            name,
            meldung(
                "Die Datei ist mit {size} Bytes größer als erlaubt ({limit} Bytes).", size=size, limit=MAX_ZIP_BYTES
            ),
        )
        raise _Stop
    with path.open("rb") as fh:
        report.sha256 = _file_sha256(fh)
        entries = _central_directory(fh, size, name, report)
        _check_entries(entries, name, report)
        try:
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            report.add(name, meldung("Die Datei ist kein lesbares ZIP-Archiv."))
            raise _Stop from None
        with zf:
            infos = {i.filename: i for i in zf.infolist()}
            if len(infos) != len(entries) or set(infos) != {e.name for e in entries}:
                report.add(name, meldung("Das Archivverzeichnis ist widersprüchlich."))
                raise _Stop
            if DESCRIPTOR not in infos:
                report.add(name, meldung("{datei} fehlt im Paket.", datei=DESCRIPTOR))
                raise _Stop
            if frame is not None and frame.valid and frame.sha256 == report.sha256 and frame.hashes:
                # The same bytes whose frame was checked a moment ago: only the cells are left.
                report.land, report.sequenz, report.stand = frame.land, frame.sequenz, frame.stand
                report.fingerprint, report.hashes = frame.fingerprint, frame.hashes
            else:
                _check_frame(zf, infos, trust_dir, report)
            if report.problems or not cells:
                raise _Stop  # cells of a package whose frame is wrong are not worth reading
            tables = _Tables(report, sink)
            for table in TABLES:
                tables.read(table, zf, infos[table.path], report.hashes[table.name])
            tables.finish()


def _check_frame(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], trust_dir: Path, report: BundleReport) -> None:
    """Descriptor, signature and resources: everything but the cells."""
    raw_descriptor = _read_small(zf, infos[DESCRIPTOR], MAX_DESCRIPTOR_BYTES, report)
    descriptor = _check_descriptor(raw_descriptor, report)
    signature = infos.get(SIGNATURE)
    raw_signature = None if signature is None else _read_small(zf, signature, MAX_SIGNATURE_BYTES, report)
    _check_signature(raw_descriptor, raw_signature, trust_dir, report)
    resources = {r["name"]: r for r in descriptor["resources"]}
    for table in TABLES:
        _check_resource(table, resources.get(table.name), infos.get(table.path), report)
    report.hashes = {name: r["hash"] for name, r in resources.items()}


def _file_sha256(fh: IO[bytes]) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: fh.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def _central_directory(fh: IO[bytes], size: int, name: str, report: BundleReport) -> list[_Entry]:
    """The entries as the end-of-central-directory record and the central directory state them,
    read by hand with every count and size checked before it is used."""
    tail_size = min(size, _EOCD.size + 0xFFFF)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        report.add(name, meldung("Die Datei ist kein ZIP-Archiv."))
        raise _Stop
    _sig, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment = _EOCD.unpack_from(tail, at)
    eocd_pos = size - tail_size + at
    if at + _EOCD.size + comment != len(tail):
        report.add(name, meldung("Das Ende des ZIP-Archivs ist beschädigt (Daten nach dem Archivverzeichnis)."))
        raise _Stop
    if total > MAX_ENTRIES or on_disk > MAX_ENTRIES:
        count = max(total, on_disk)
        said = meldung(
            "Das Archiv enthält {count} Einträge; erlaubt sind höchstens {limit}.", count=count, limit=MAX_ENTRIES
        )
        if count == 0xFFFF:  # the real count is in ZIP64
            said = meldung(
                "Das Archiv enthält mindestens {count} Einträge; erlaubt sind höchstens {limit}.",
                count=count,
                limit=MAX_ENTRIES,
            )
        report.add(name, said)
        raise _Stop
    if disk or cd_disk or on_disk != total:
        report.add(name, meldung("Mehrteilige ZIP-Archive sind nicht erlaubt."))
        raise _Stop
    if at >= 20 and tail[at - 20 : at - 16] == _ZIP64_LOCATOR:
        report.add(name, meldung("ZIP64-Archive sind nicht erlaubt."))
        raise _Stop
    if cd_offset + cd_size != eocd_pos or cd_size > total * (_CDH.size + 3 * 0xFFFF):
        report.add(name, meldung("Das Archivverzeichnis liegt nicht dort, wo das Archivende es angibt."))
        raise _Stop
    fh.seek(cd_offset)
    directory = fh.read(cd_size)
    entries = []
    pos = 0
    for _ in range(total):
        if pos + _CDH.size > len(directory) or directory[pos : pos + 4] != b"PK\x01\x02":
            report.add(name, meldung("Das Archivverzeichnis ist beschädigt."))
            raise _Stop
        (_s, _made, _need, flags, method, _t, _d, _crc, csize, usize, nlen, xlen, clen, _ds, _ia, ext, _off) = (
            _CDH.unpack_from(directory, pos)
        )
        raw = directory[pos + _CDH.size : pos + _CDH.size + nlen]
        pos += _CDH.size + nlen + xlen + clen
        if usize == 0xFFFFFFFF or csize == 0xFFFFFFFF:
            report.add(name, meldung("ZIP64-Einträge sind nicht erlaubt."))
            raise _Stop
        shown = raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        entries.append(_Entry(raw, shown, flags, method, csize, usize, ext))
    if pos != len(directory):
        report.add(name, meldung("Das Archivverzeichnis ist beschädigt."))
        raise _Stop
    return entries


def _check_entries(entries: list[_Entry], name: str, report: BundleReport) -> None:
    """Decide from the central directory alone, before one byte is decompressed."""
    unsafe = False
    seen: set[bytes] = set()
    total = 0
    for info in entries:
        entry = info.name
        raw = info.raw_name
        parts = PurePosixPath(entry).parts
        if any(b < 0x20 or b == 0x7F for b in raw):
            report.add(entry, meldung("Steuerzeichen (z. B. NUL) im Dateinamen sind nicht erlaubt."))
            unsafe = True
        elif entry.startswith(("/", "\\")) or "\\" in entry or (len(entry) > 1 and entry[1] == ":"):
            report.add(entry, meldung("Absoluter oder Windows-Pfad im Archiv ist nicht erlaubt."))
            unsafe = True
        elif ".." in parts or "." in parts:
            report.add(entry, meldung("Pfad mit „..“ (Verzeichniswechsel) ist nicht erlaubt."))
            unsafe = True
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            report.add(entry, meldung("Symbolische Links sind im Paket nicht erlaubt."))
            unsafe = True
        if entry.endswith("/"):
            report.add(
                entry, meldung("Verzeichnisse sind im Paket nicht erlaubt; alle Dateien liegen im Wurzelverzeichnis.")
            )
            continue
        if info.flags & 0x41:  # bit 0: encrypted, bit 6: strong encryption
            report.add(entry, meldung("Verschlüsselte Einträge sind nicht erlaubt."))
            unsafe = True
        if info.method not in ALLOWED_METHODS:
            report.add(
                entry,
                meldung(
                    "Kompressionsverfahren {method} ist nicht erlaubt (nur Deflate oder Stored).", method=info.method
                ),
            )
            unsafe = True
        if raw in seen:
            report.add(entry, meldung("Die Datei ist doppelt im Archiv enthalten."))
            unsafe = True
        seen.add(raw)
        if info.file_size > MAX_ENTRY_BYTES:
            report.add(
                entry,
                meldung(
                    "Entpackt {size} Bytes; erlaubt sind höchstens {limit}.", size=info.file_size, limit=MAX_ENTRY_BYTES
                ),
            )
            unsafe = True
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            report.add(
                entry,
                meldung(
                    "Verdächtig hohe Kompressionsrate ({ratio}:1, erlaubt {limit}:1): mögliche ZIP-Bombe.",
                    ratio=ratio,
                    limit=MAX_RATIO,
                ),
            )
            unsafe = True
        total += info.file_size
        # Byte-exact: the expected names are ASCII, so any other spelling is another file.
        if not unsafe and raw.decode("ascii", errors="replace") not in EXPECTED_FILES:
            report.add(
                entry,
                meldung(
                    "Unerwartete Datei im Paket; erlaubt sind nur datapackage.json, die Signatur "
                    "und die CSV-Dateien des Formats."
                ),
            )
    if total > MAX_TOTAL_BYTES:
        report.add(
            name,
            meldung(
                "Entpackt zusammen {size} Bytes; erlaubt sind höchstens {limit}.", size=total, limit=MAX_TOTAL_BYTES
            ),
        )
        unsafe = True
    if unsafe or report.problems:
        raise _Stop


def _damaged(info: zipfile.ZipInfo) -> Problem:
    return Problem(info.filename, meldung("Der Eintrag ist beschädigt und nicht lesbar (Kompression oder Prüfsumme)."))


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, report: BundleReport) -> bytes:
    """A small entry whole; its declared size is checked first, and never more than it is read."""
    if info.file_size > limit:
        report.add(
            info.filename,
            meldung(
                "Die Datei ist mit {size} Bytes größer als erlaubt ({limit} Bytes).", size=info.file_size, limit=limit
            ),
        )
        raise _Stop
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError):
        report.problems.append(_damaged(info))
        raise _Stop from None
    if len(data) > info.file_size:
        report.add(info.filename, meldung("Der Eintrag ist größer als im Archivverzeichnis angegeben."))
        raise _Stop
    return data


# -- descriptor --------------------------------------------------------------------------------


class _JsonRefused(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _JsonRefused(meldung("Der Schlüssel „{wert}“ kommt in einem Objekt mehrfach vor.", wert=_short(key)))
        out[key] = value
    return out


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > 19:
        raise _JsonRefused(meldung("Die Zahl „{wert}“ hat mehr als 19 Stellen.", wert=_short(text)))
    return int(text)


def _json_float(text: str) -> float:
    if len(text) > 40:
        raise _JsonRefused(meldung("Die Zahl „{wert}“ ist zu lang.", wert=_short(text)))
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _JsonRefused(meldung("Die Zahl „{wert}“ ist zu groß.", wert=_short(text)))
    return value


def _json_constant(text: str) -> Any:
    raise _JsonRefused(meldung("„{text}“ ist keine Zahl (NaN und Infinity sind in JSON nicht erlaubt).", text=text))


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _json_depth(text: str) -> int:
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def load_json_strict(raw: bytes) -> Any:
    """JSON as the format allows it: UTF-8, bounded nesting and numbers, unique keys, no NaN.
    Raises ``ValueError`` with a German message."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(meldung("Kein gültiges UTF-8 (Byte {byte}).", byte=err.start)) from None
    if text.startswith("\ufeff"):
        raise ValueError(meldung("Die Datei beginnt mit einer Byte-Order-Mark; erlaubt ist UTF-8 ohne BOM."))
    if _json_depth(text) > MAX_JSON_DEPTH:
        raise ValueError(meldung("Das JSON ist tiefer als {limit} Ebenen verschachtelt.", limit=MAX_JSON_DEPTH))
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_json_int,
            parse_float=_json_float,
            parse_constant=_json_constant,
        )
    except _JsonRefused as err:
        raise ValueError(meldung_aus(err)) from None
    except json.JSONDecodeError as err:
        raise ValueError(
            meldung("Kein gültiges JSON (Zeile {zeile}, Spalte {spalte}).", zeile=err.lineno, spalte=err.colno)
        ) from None
    except (RecursionError, ValueError):
        raise ValueError(meldung("Kein gültiges JSON.")) from None


_TYPES = {
    "string": meldung("Text"),
    "integer": meldung("ganze Zahl"),
    "number": meldung("Zahl"),
    "object": meldung("Objekt"),
    "array": meldung("Liste"),
    "boolean": meldung("Wahrheitswert"),
    "null": meldung("null"),
}


def _strict_integer(_checker: Any, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


_Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _strict_integer),
)


def _schema_message(error: ValidationError) -> Meldung:
    """jsonschema's English message, in German (and, through its template, in the UI language)."""
    kind, value, instance = error.validator, error.validator_value, error.instance
    if kind == "type":
        wanted = [_TYPES.get(str(t), str(t)) for t in ([value] if isinstance(value, str) else value)]
        typ = wanted[0]
        for other in wanted[1:]:
            typ = meldung("{typ} oder {weiterer}", typ=typ, weiterer=other)
        return meldung("muss vom Typ {typ} sein", typ=typ)
    if kind == "required" and isinstance(instance, dict):
        missing = [str(p) for p in value if p not in instance]
        return meldung("Pflichtangabe {namen} fehlt", namen=tuple(meldung("„{name}“", name=m) for m in missing) or "")
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(str(k) for k in instance if k not in known)
        return meldung(
            "nicht erlaubte Angabe {namen}", namen=tuple(meldung("„{name}“", name=_short(x)) for x in extra) or ""
        )
    if kind == "const":
        return meldung("muss {wert} sein", wert=json.dumps(value, ensure_ascii=False))
    if kind == "enum":
        return meldung("ist kein erlaubter Wert")
    if kind == "pattern":
        return meldung("hat nicht die verlangte Form {muster}", muster=value)
    limits = {
        "minimum": meldung("muss mindestens {wert} sein", wert=value),
        "maximum": meldung("muss höchstens {wert} sein", wert=value),
        "minItems": meldung("muss mindestens {wert} Einträge haben", wert=value),
        "maxItems": meldung("muss höchstens {wert} Einträge haben", wert=value),
        "minLength": meldung("muss mindestens {wert} Zeichen lang sein", wert=value),
        "maxLength": meldung("muss höchstens {wert} Zeichen lang sein", wert=value),
    }
    return limits.get(kind) or meldung("ist nicht erlaubt ({kind})", kind=kind)


def _check_descriptor(raw: bytes, report: BundleReport) -> dict[str, Any]:
    try:
        descriptor = load_json_strict(raw)
    except ValueError as err:
        report.add(DESCRIPTOR, meldung_aus(err))
        raise _Stop from None
    validator = _Validator(descriptor_schema())
    errors = sorted(validator.iter_errors(descriptor), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors[:MAX_PROBLEMS_PER_FILE]:
        where = "/".join(str(p) for p in error.absolute_path) or meldung("(Wurzel)")
        grund = meldung("entspricht nicht dem Schema des Standardpakets: {grund}", grund=_schema_message(error))
        report.add(DESCRIPTOR, grund, feld=where)
    if errors:
        raise _Stop
    block = descriptor["kpakt"]
    report.land = block["land"]
    report.sequenz = block["sequenz"]
    try:
        report.stand = datetime.strptime(block["stand"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        report.add(
            DESCRIPTOR, meldung("„{wert}“ ist kein gültiger Zeitpunkt.", wert=block["stand"]), feld="kpakt/stand"
        )
        raise _Stop from None
    try:
        created = datetime.strptime(descriptor["created"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        report.add(
            DESCRIPTOR, meldung("„{wert}“ ist kein gültiger Zeitpunkt.", wert=descriptor["created"]), feld="created"
        )
        raise _Stop from None
    if created < report.stand:
        report.add(
            DESCRIPTOR, meldung("Das Paket kann nicht vor dem Stand seiner Daten erstellt sein."), feld="created"
        )
    expected_name = f"kpakt-standardpaket-{report.land}-{report.sequenz}"
    if descriptor["name"] != expected_name:
        report.add(
            DESCRIPTOR,
            meldung("Der Name muss „{name}“ lauten (Land und Nummer aus dem kpakt-Block).", name=expected_name),
            feld="name",
        )
    names = [r["name"] for r in descriptor["resources"]]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        report.add(DESCRIPTOR, meldung("Die Ressource „{name}“ ist mehrfach beschrieben.", name=dup), feld="resources")
    result: dict[str, Any] = descriptor
    return result


def _check_signature(descriptor: bytes, signature: bytes | None, trust_dir: Path, report: BundleReport) -> None:
    land = report.land or ""
    if signature is None:
        report.add(SIGNATURE, meldung("Die Signatur fehlt: das Paket ist nicht signiert und wird nicht angenommen."))
        return
    key_path = signing.public_key_path(trust_dir, land)
    if not key_path.is_file():
        report.add(
            SIGNATURE,
            meldung(
                "Für das Land {land} ist kein vertrauenswürdiger Schlüssel hinterlegt ({pfad} fehlt).",
                land=land,
                pfad=key_path,
            ),
        )
        return
    try:
        key = signing.load_public_key(key_path)
    except Exception as err:  # a broken trust file is the operator's problem; name it
        report.add(SIGNATURE, meldung_aus(err))
        return
    report.fingerprint = signing.fingerprint(key)
    if not signing.verify(key, descriptor, signature):
        report.add(
            SIGNATURE,
            meldung(
                "Die Signatur ist ungültig: {datei} wurde nicht mit dem hinterlegten Schlüssel des Landes "
                "{land} ({fingerprint}) signiert oder danach verändert.",
                datei=DESCRIPTOR,
                land=land,
                fingerprint=report.fingerprint,
            ),
        )


def _check_resource(
    table: Table, resource: dict[str, Any] | None, info: zipfile.ZipInfo | None, report: BundleReport
) -> None:
    if resource is None:
        report.add(DESCRIPTOR, meldung("Die Ressource „{name}“ fehlt.", name=table.name), feld="resources")
        return
    if resource["path"] != table.path:
        report.add(
            DESCRIPTOR,
            meldung("Ressource „{name}“ muss den Pfad {pfad} haben.", name=table.name, pfad=table.path),
            feld="path",
        )
    if resource["schema"] != table.table_schema():
        report.add(
            DESCRIPTOR,
            meldung("Das Tabellenschema der Ressource „{name}“ weicht vom Format ab.", name=table.name),
            feld=f"resources/{table.name}/schema",
        )
    if info is None:
        report.add(table.path, meldung("Die Datei fehlt im Paket."))
        return
    if resource["bytes"] != info.file_size:
        report.add(
            table.path,
            meldung(
                "Größe stimmt nicht: erwartet {erwartet} Bytes, im Archiv {gefunden}.",
                erwartet=resource["bytes"],
                gefunden=info.file_size,
            ),
        )


# -- tables ------------------------------------------------------------------------------------


class _TooLong(Exception):
    def __init__(self, message: Meldung) -> None:
        super().__init__(message)
        self.message = message


class _Nul(Exception):
    pass


class _Stream(io.RawIOBase):
    """An entry's bytes as they are decompressed: hashed, counted, never more than declared,
    and no record (all bytes since ``mark``) longer than the format allows."""

    def __init__(self, source: IO[bytes], declared: int) -> None:
        self.source = source
        self.declared = declared
        self.count = 0
        self.mark: int | None = 0  # None: a block of whole records is being read, no record limit
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.source.read(len(buffer))
        n = len(data)
        self.digest.update(data)
        self.count += n
        if self.count > self.declared:
            raise _TooLong(meldung("Der Eintrag ist größer als im Archivverzeichnis angegeben."))
        if b"\x00" in data:  # no text of the format holds one, and PostgreSQL could not store it
            raise _Nul
        if self.mark is not None and self.count - self.mark > MAX_RECORD_BYTES + 256 * 1024:
            raise _TooLong(meldung("Ein Datensatz ist länger als {wert} MiB.", wert=MAX_RECORD_BYTES // (1024 * 1024)))
        buffer[:n] = data
        return n

    def drain(self) -> None:
        """Read (and hash) the rest, without looking at it."""
        for block in iter(lambda: self.source.read(1 << 20), b""):
            self.digest.update(block)
            self.count += len(block)
            if self.count > self.declared:
                raise _TooLong(meldung("Der Eintrag ist größer als im Archivverzeichnis angegeben."))


_CSV_ERRORS = (
    (
        "field larger than field limit",
        meldung("Ein Feld ist länger als 1 MiB ({limit} Zeichen)", limit=MAX_FIELD_CHARS),
    ),
    ("unexpected end of data", meldung("Die Datei endet innerhalb eines Feldes in Anführungszeichen")),
    ("expected after", meldung("Nach einem schließenden Anführungszeichen muss ein Komma oder das Zeilenende folgen")),
    ("new-line character seen in unquoted field", meldung("Zeilenumbruch in einem Feld ohne Anführungszeichen")),
)


def _csv_message(err: csv.Error) -> Meldung:
    text = str(err)
    for english, german in _CSV_ERRORS:
        if english in text:
            return german
    return meldung("ungültiger Aufbau (Anführungszeichen, Trennzeichen oder Zeilenende)")


class _Tables:
    """Reads the CSV files of one package in table order, keeping only the keys needed later."""

    def __init__(self, report: BundleReport, sink: Sink | None) -> None:
        self.report = report
        self.sink = sink
        self.keys: dict[str, set[Any]] = {}  # primary keys of referenced tables
        self.rows_total = 0
        self.land_rows = 0
        self.hash_only = False  # after a wrong hash, later files are only hashed

    # problems of the current file, capped
    def _add(self, text: str, zeile: int | None = None, feld: str | None = None) -> None:
        if self.file_problems < MAX_PROBLEMS_PER_FILE:
            self.report.add(self.table.path, text, zeile, feld)
        elif self.file_problems == MAX_PROBLEMS_PER_FILE:
            self.report.add(
                self.table.path, meldung("Weitere Probleme in dieser Datei werden nicht einzeln aufgeführt.")
            )
        self.file_problems += 1

    def read(self, table: Table, zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected_hash: str) -> None:
        self.table = table
        self.file_problems = 0
        self.pk_index = [table.field_names.index(n) for n in table.primary_key]
        self.pk: set[Any] = set()
        # references into this same table, resolved at its end
        self.pending: list[tuple[int, Any, str, tuple[str, ...]]] = []
        self.count = 0
        before = len(self.report.problems)
        try:
            with zf.open(info) as source:
                stream = _Stream(source, info.file_size)
                try:
                    if self.hash_only:
                        stream.drain()
                    else:
                        self._parse(stream)
                        stream.drain()
                except _TooLong as err:
                    self._add(err.message)
                    with contextlib.suppress(_TooLong, _Nul):
                        stream.drain()
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError):
            del self.report.problems[before:]
            self.report.problems.append(_damaged(info))
            raise _Stop from None
        digest = "sha256:" + stream.digest.hexdigest()
        if digest != expected_hash:
            # Whatever the cells say, this is not the file that was signed: that is the one problem.
            del self.report.problems[before:]
            self.report.add(
                table.path,
                meldung(
                    "Prüfsumme stimmt nicht: erwartet {erwartet}, gefunden {gefunden}.",
                    erwartet=expected_hash,
                    gefunden=digest,
                ),
            )
            self.hash_only = True
            return
        if not self.hash_only:
            self._end_of_table()

    def _parse(self, stream: _Stream) -> None:
        """Read the file in blocks of whole records. A block without quotes and with CRLF line ends
        only is split directly (most of the format's rows); any other goes through ``csv``."""
        table = self.table
        csv.field_size_limit(MAX_FIELD_CHARS)
        text = io.TextIOWrapper(io.BufferedReader(stream, 64 * 1024), encoding="utf-8", newline="")
        line = 1  # the line being read, for messages
        try:
            stream.mark = stream.count
            header = text.readline()
            if next(csv.reader([header], strict=True), None) != list(table.field_names):
                self._add(meldung("Kopfzeile muss genau lauten: {kopf}", kopf=",".join(table.field_names)), 1)
                return
            line = 2
            while True:
                stream.mark = None
                block = text.read(BLOCK_CHARS)
                if not block:
                    return
                stream.mark = stream.count  # the record that the block cut is bounded from here on
                if not block.endswith("\n"):
                    block += text.readline()
                while '"' in block and block.count('"') % 2:  # inside a quoted field: read on to its end
                    more = text.readline()
                    if not more:
                        break
                    block += more
                records, starts = _split_block(block, line)
                line = starts[-1] + 1 + _breaks_in(records[-1]) if records else line
                if not self._chunk(records, starts):
                    return
        except csv.Error as err:
            at = line + getattr(err, "line_offset", 0)
            self._add(meldung("Die CSV-Datei ist fehlerhaft: {grund}.", grund=_csv_message(err)), at)
        except UnicodeDecodeError:
            self._add(meldung("Kein gültiges UTF-8."), line)
        except _Nul:
            self._add(meldung("Die Datei enthält ein NUL-Zeichen (Byte 0)."), line)
        finally:
            text.detach()

    def _chunk(self, records: list[list[str]], starts: list[int]) -> bool:
        """Parse and check one chunk of records; False if reading this file should stop."""
        table = self.table
        self.count += len(records)
        self.rows_total += len(records)
        if self.rows_total > MAX_ROWS:
            self._add(
                meldung(
                    "Das Paket enthält mehr als {limit} Datenzeilen; erlaubt sind höchstens so viele.", limit=MAX_ROWS
                )
            )
            return False
        texts: Texts = [() for _ in table.fields]
        if records and not set(map(len, records)) - {len(table.fields)}:  # a row of another width: named below
            texts = list(zip(*records, strict=True))
        columns = _parse_fast(table, records, texts)
        if columns is None:
            rows, starts = _parse_rows(table, records, starts, self._add)
            columns = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in table.fields]
        keys = _pick(columns, self.pk_index)
        fresh = set(keys)
        if len(fresh) != len(keys) or not self.pk.isdisjoint(fresh):
            columns, starts, keys = self._drop_duplicates(columns, starts, keys)
            fresh = set(keys)
        self.pk |= fresh
        self._check_land(columns, starts)
        if not self.report.problems:  # with rows left out, references to them would only add noise
            self._check_references(columns, starts)
        if self.sink is not None and not self.report.problems and starts:
            self.sink(table, columns, texts)  # no problem so far: no row was dropped, texts match
        return True

    def _drop_duplicates(
        self, columns: Columns, starts: list[int], keys: list[Any]
    ) -> tuple[Columns, list[int], list[Any]]:
        seen: set[Any] = set()
        keep: list[int] = []
        names = ", ".join(self.table.primary_key)
        for i, (start, key) in enumerate(zip(starts, keys, strict=True)):
            if key in seen or key in self.pk:
                shown = key if isinstance(key, tuple) else (key,)
                self._add(meldung("Schlüssel {key} kommt mehrfach vor.", key=_key_text(shown)), start, names)
                continue
            seen.add(key)
            keep.append(i)
        pick = operator.itemgetter(*keep) if keep else None
        kept = [list(pick(c)) if len(keep) > 1 else [c[keep[0]]] for c in columns] if pick else [[] for _ in columns]
        return kept, [starts[i] for i in keep], [keys[i] for i in keep]

    def _check_references(self, columns: Columns, starts: list[int]) -> None:
        """Every reference must find its row (references with an empty part are simply absent)."""
        table = self.table
        for fk in table.foreign_keys:
            values = _pick(columns, [table.field_names.index(n) for n in fk.fields])
            same = fk.table == table.name
            known = self.pk if same else self.keys[fk.table]
            missing = set(values) - known - {None}
            if len(fk.fields) > 1:
                missing = {v for v in missing if None not in v}
            if not missing:
                continue
            where = f"{fk.table}.{', '.join(fk.reference)}"
            for start, value in zip(starts, values, strict=True):
                if value in missing:
                    if same:  # the row may still come later in this file
                        self.pending.append((start, value, where, fk.fields))
                    else:
                        self._reference_problem(start, value, where, fk.fields)

    def _reference_problem(self, start: int, value: Any, where: str, fields: tuple[str, ...]) -> None:
        key = value if isinstance(value, tuple) else (value,)
        self._add(
            meldung("Verweis {key} auf {ziel} ins Leere.", key=_key_text(key), ziel=where), start, ", ".join(fields)
        )

    def _check_land(self, columns: Columns, starts: list[int]) -> None:
        land = self.report.land or ""
        if self.table.name == "land":
            for i, start in enumerate(starts):
                self.land_rows += 1
                if self.land_rows > 1:
                    continue
                schluessel, kuerzel = columns[0][i], columns[1][i]
                self.report.demo = bool(columns[4][i])
                if schluessel != land:
                    named = meldung(
                        "Das Paket ist als Land {land} ausgewiesen, die Tabelle nennt {schluessel}.",
                        land=land,
                        schluessel=schluessel,
                    )
                    self._add(named, start, "schluessel")
                elif kuerzel != land_by_key(land).kuerzel:
                    self._add(
                        meldung(
                            "Das Kürzel des Landes {land} ist {richtig}, nicht {kuerzel}.",
                            land=land,
                            richtig=land_by_key(land).kuerzel,
                            kuerzel=kuerzel,
                        ),
                        start,
                        "kuerzel",
                    )
        elif self.table.name == "kommune":
            ars = columns[0]
            if all(map(operator.methodcaller("startswith", land), ars)):
                return
            for value, start in zip(ars, starts, strict=True):
                if not str(value).startswith(land):
                    self._add(
                        meldung("Der Regionalschlüssel {ars} gehört nicht zum Land {land}.", ars=value, land=land),
                        start,
                        "ars",
                    )

    def _end_of_table(self) -> None:
        table = self.table
        if table.name == "land" and self.land_rows != 1 and not self.file_problems:
            self._add(meldung("Genau eine Zeile erwartet, gefunden {n}.", n=self.land_rows))
        if not self.report.problems:
            for start, value, where, fields in sorted(self.pending, key=operator.itemgetter(0)):
                if value not in self.pk:
                    self._reference_problem(start, value, where, fields)
        self.pending = []
        if table.name in REFERENCED:
            self.keys[table.name] = self.pk
        self.report.zeilen[table.name] = self.count
        self.pk = set()

    def finish(self) -> None:
        self.keys.clear()


def _split_block(block: str, first_line: int) -> tuple[list[list[str]], list[int]]:
    """The records of a block of whole lines and the line each starts on."""
    crlf = block.count("\r\n")
    if '"' not in block and block.count("\n") == crlf and block.count("\r") == crlf:
        lines = block.split("\r\n")
        if lines[-1] == "":
            lines.pop()
        if len(block) > MAX_FIELD_CHARS and max(map(len, lines), default=0) > MAX_FIELD_CHARS:  # a long line
            for offset, text in enumerate(lines):
                if max(map(len, text.split(","))) > MAX_FIELD_CHARS:
                    raise _CsvError(meldung("field larger than field limit"), offset)
        return list(map(str.split, lines, repeat(","))), list(range(first_line, first_line + len(lines)))
    reader = csv.reader(io.StringIO(block, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as err:
        raise _CsvError(str(err), reader.line_num - 1) from None
    if len(records) == len(block.splitlines()):  # no record spans lines
        return records, list(range(first_line, first_line + len(records)))
    starts = []
    reader = csv.reader(io.StringIO(block, newline=""), strict=True)
    previous = 0
    for _record in reader:
        starts.append(first_line + previous)
        previous = reader.line_num
    return records, starts


class _CsvError(csv.Error):
    def __init__(self, message: str, line_offset: int) -> None:
        super().__init__(message)
        self.line_offset = line_offset


def _breaks_in(record: list[str]) -> int:
    """Line breaks inside the fields of a record (a record spans that many more lines)."""
    return sum(len(_BREAK.findall(f)) for f in record if "\n" in f or "\r" in f)


_BREAK = re.compile(r"\r\n|\r|\n")


def _parse_fast(table: Table, records: list[list[str]], texts: Texts) -> Columns | None:
    """All cells at once, column by column; None if anything is wrong (the slow path names it)."""
    width = len(table.fields)
    if set(map(len, records)) - {width}:
        return None
    if not records:
        return [[] for _ in table.fields]
    try:
        return [parse_column(f, col) for f, col in zip(table.fields, texts, strict=True)]
    except CellError:
        return None


def _parse_rows(
    table: Table, records: list[list[str]], starts: list[int], add: Callable[..., None]
) -> tuple[Rows, list[int]]:
    """Row by row, naming every bad field; returns the good rows and their lines."""
    rows: Rows = []
    good_lines: list[int] = []
    parsers = [make_parser(f) for f in table.fields]
    for record, start in zip(records, starts, strict=True):
        if len(record) != len(table.fields):
            add(meldung("{n} Felder statt {soll}.", n=len(record), soll=len(table.fields)), start)
            continue
        values: list[Value] = []
        for f, parse, cell in zip(table.fields, parsers, record, strict=True):
            try:
                values.append(parse(cell))
            except CellError as err:
                add(meldung("{grund}.", grund=meldung_aus(err)), start, f.name)
        if len(values) != len(table.fields):
            continue
        rows.append(tuple(values))
        good_lines.append(start)
    return rows, good_lines


def _key_text(key: tuple[Value, ...]) -> str:
    return "(" + ", ".join(str(v) for v in key) + ")" if len(key) > 1 else str(key[0])


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _pick(columns: Columns, index: list[int]) -> list[Any]:
    """One field (its values) or several (tuples) of every row."""
    if len(index) == 1:
        return columns[index[0]]
    return list(zip(*(columns[i] for i in index), strict=True))


def validate_job(path: Path, trust_dir: Path | None = None) -> Job[BundleReport]:
    """``validate_bundle`` as a job, for the GUI's worker (the check reads the whole package)."""
    yield Progress(0, 1, f"{path.name} wird geprüft …")
    report = validate_bundle(path, trust_dir)
    yield Progress(1, 1, "Prüfung abgeschlossen")
    return report
