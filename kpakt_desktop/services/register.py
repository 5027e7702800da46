"""Reading the Destatis Gemeindeverzeichnis (GV-ISys "Auszug") into Kommunen of one Land.

The CSV form (as saved from Excel: BOM, spaces as thousands separators, decimal commas in the
coordinates) is read here; the same rows come out of the ``.xlsx`` form and the fixed-width
GV100AD form. Every problem names the file and the line.

A newer register may use a Satzart or Textkennzeichen this version does not know. Such a record
does not fail the import: it is taken like its nearest known kind (a Satzart by its tens digit; an
unknown Textkennzeichen of a Kreis, Gemeindeverband or Gemeinde as Kreis, Verwaltungsgemeinschaft
or Gemeinde), and the register carries a warning naming the rows.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kpakt_desktop import paths
from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.domain.keys import ags_from_ars, pad_ars
from kpakt_desktop.domain.kommunen import GEMEINDE_TK, KREIS_TK, VERBAND_TK, VERBANDSFREI_TK, KommuneArt

COLUMNS = (
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
    "postleitzahl",
    "laengengrad",
    "breitengrad",
)
_KEY_LEN = {"land": 2, "rb": 1, "region": 1, "kreis": 2, "vb": 4, "gemeinde": 3}
# Satzart 30 (Region, only BW) carries a 1-digit region number in the "kreis" column.
_NEEDED_KEYS = {
    "10": ("land",),
    "20": ("land", "rb"),
    "30": ("land", "rb", "region"),
    "40": ("land", "rb", "kreis"),
    "50": ("land", "rb", "kreis", "vb"),
    "60": ("land", "rb", "kreis", "vb", "gemeinde"),
}
# The kind an unknown Textkennzeichen is taken as: Kreis, Verwaltungsgemeinschaft, Gemeinde.
_NEAREST_TK = {"40": "43", "50": "54", "60": "64"}


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register, keys already checked."""

    zeile: int
    satzart: str
    tk: str
    land: str
    prefix: str  # the record's key: 2, 3, 5, 9 or 12 digits
    name: str
    flaeche: float | None
    einwohner: int | None
    plz: str | None
    laengengrad: float | None
    breitengrad: float | None
    # what this version did not know about the record ("Satzart „70“"), None for a known record
    unbekannt: str | None = None


@dataclass
class RegisterKommune:
    ars: str
    name: str
    art: KommuneArt
    ags: str | None = None
    kreis_ars: str | None = None
    verband_ars: str | None = None
    verbandsfrei: bool = False
    einwohner: int | None = None
    flaeche_km2: float | None = None
    plz: str | None = None
    laengengrad: float | None = None
    breitengrad: float | None = None

    @property
    def parent_ars(self) -> str | None:
        return self.verband_ars or self.kreis_ars


@dataclass
class LandRegister:
    """All Kommunen of one Land and the record counts of the source."""

    land_key: str
    land_name: str
    kommunen: list[RegisterKommune]
    satzart_counts: Counter[str] = field(default_factory=Counter)
    warnungen: list[str] = field(default_factory=list)
    # provenance as far as the file states it (None: the file does not say)
    format: str = "CSV"
    stand_gebiet: date | None = None
    stand_einwohner: date | None = None
    # the GV100AD has no coordinates: an update from it keeps those the database has
    hat_koordinaten: bool = True


def _number(text: str, where: str, *, decimal_comma: bool = False) -> float | None:
    value = text.replace("\u00a0", "").replace(" ", "").strip()
    if not value:
        return None
    if decimal_comma:
        value = value.replace(".", "").replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):  # "nan", "inf", "1e400" parse as floats but are no numbers here
        raise InputError(meldung("{where}: „{wert}“ ist keine Zahl.", where=where, wert=text.strip()))
    return number


def _count(text: str, where: str) -> int | None:
    number = _number(text, where)
    if number is None:
        return None
    if number != int(number) or number < 0:
        raise InputError(meldung("{where}: „{wert}“ ist keine ganze Zahl.", where=where, wert=text.strip()))
    return int(number)


def _nearest_satzart(satzart: str) -> str | None:
    """A two-digit Satzart this version does not know: the known one with its tens digit, or ``""``
    for one below the Gemeinde (70 and up: no Kommune); None if it is no Satzart at all."""
    if len(satzart) != 2 or not satzart.isascii() or not satzart.isdigit() or satzart[0] == "0":
        return None
    return f"{satzart[0]}0" if satzart[0] <= "6" else ""


def parse_row(values: dict[str, str], zeile: int, source: str) -> RegisterRow | None:
    """Check one record; returns None for lines that are not records (blank lines)."""
    satzart = (values.get("satzart") or "").strip()
    if not satzart:
        if any((v or "").strip() for v in values.values()):
            raise InputError(meldung("{source}, Zeile {zeile}: Feld „satzart“ ist leer.", source=source, zeile=zeile))
        return None
    unbekannt: str | None = None
    if satzart not in _NEEDED_KEYS:
        nearest = _nearest_satzart(satzart)
        if nearest is None:
            raise InputError(
                meldung(
                    "{source}, Zeile {zeile}: unbekannte Satzart „{satzart}“ (erwartet 10–60).",
                    source=source,
                    zeile=zeile,
                    satzart=satzart,
                )
            )
        unbekannt = f"Satzart „{satzart}“"
        if not nearest:  # below the Gemeinde: kept for the warning, left out of the Kommunen
            land = (values.get("land") or "").strip()
            if len(land) != 2 or not land.isascii() or not land.isdigit():
                raise InputError(
                    meldung(
                        "{source}, Zeile {zeile}: Feld „land“ hat den Wert „{land}“, erwartet sind 2 Ziffern.",
                        source=source,
                        zeile=zeile,
                        land=land,
                    )
                )
            return RegisterRow(zeile, satzart, "", land, land, "", None, None, None, None, None, unbekannt)
        satzart = nearest
    prefix = ""
    for key in _NEEDED_KEYS[satzart]:
        part = (values.get("kreis" if key == "region" else key) or "").strip()
        if len(part) != _KEY_LEN[key] or not part.isascii() or not part.isdigit():
            column = "kreis" if key == "region" else key
            raise InputError(
                meldung(
                    "{source}, Zeile {zeile}: Feld „{column}“ hat den Wert „{part}“, erwartet sind {wert} Ziffern.",
                    source=source,
                    zeile=zeile,
                    column=column,
                    part=part,
                    wert=_KEY_LEN[key],
                )
            )
        prefix += part
    tk = (values.get("textkennzeichen") or "").strip()
    known: dict[str, set[str]] = {"40": set(KREIS_TK), "50": {*VERBAND_TK, VERBANDSFREI_TK}, "60": set(GEMEINDE_TK)}
    if satzart in known and tk not in known[satzart]:
        if not tk:
            raise InputError(
                meldung(
                    "{source}, Zeile {zeile}: Feld „textkennzeichen“ ist leer (Satzart {satzart}).",
                    source=source,
                    zeile=zeile,
                    satzart=satzart,
                )
            )
        unbekannt = unbekannt or f"Textkennzeichen „{tk}“ bei Satzart {satzart}"
        tk = _NEAREST_TK[satzart]
    name = (values.get("gemeindename") or "").strip()
    if not name:
        raise InputError(meldung("{source}, Zeile {zeile}: Feld „gemeindename“ ist leer.", source=source, zeile=zeile))
    where = f"{source}, Zeile {zeile}"
    plz = (values.get("postleitzahl") or "").strip() or None
    if plz is not None and (len(plz) != 5 or not plz.isdigit()):
        raise InputError(
            meldung("{where}: Feld „postleitzahl“ hat den Wert „{plz}“, erwartet sind 5 Ziffern.", where=where, plz=plz)
        )
    return RegisterRow(
        zeile=zeile,
        satzart=satzart,
        tk=tk,
        land=prefix[:2],
        prefix=prefix,
        name=name,
        flaeche=_number(values.get("flaeche") or "", f"{where}, Feld „flaeche“"),
        einwohner=_count(values.get("bevoelkerung") or "", f"{where}, Feld „bevoelkerung“"),
        plz=plz,
        laengengrad=_number(values.get("laengengrad") or "", f"{where}, Feld „laengengrad“", decimal_comma=True),
        breitengrad=_number(values.get("breitengrad") or "", f"{where}, Feld „breitengrad“", decimal_comma=True),
        unbekannt=unbekannt,
    )


def _taken_as(row: RegisterRow) -> str:
    if row.satzart not in _NEEDED_KEYS:
        return "nicht übernommen (keine Kommune)"
    if row.satzart == "40":
        return f"übernommen wie {KREIS_TK[row.tk].label}"
    if row.satzart == "50":
        return f"übernommen wie {VERBAND_TK[row.tk].label}" if row.tk in VERBAND_TK else "übernommen als verbandsfrei"
    if row.satzart == "60":
        return f"übernommen wie {GEMEINDE_TK[row.tk].label}"
    return {"10": "übernommen wie Land", "20": "übernommen wie Regierungsbezirk", "30": "übernommen wie Region"}[
        row.satzart
    ]


def _zeilen(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:12])
    more = f" … (insgesamt {len(numbers)} Zeilen)" if len(numbers) > 12 else ""
    return f"{'Zeile' if len(numbers) == 1 else 'Zeilen'} {shown}{more}"


def unknown_warnings(rows: Iterable[RegisterRow], source: str) -> list[str]:
    """One German warning per unknown Satzart/Textkennzeichen, naming its rows and how it was taken."""
    groups: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        if row.unbekannt is not None:
            groups.setdefault((row.unbekannt, _taken_as(row)), []).append(row.zeile)
    return [
        f"{source}: unbekannte {what} in {_zeilen(numbers)} – {taken}."
        if what.startswith("Satzart")
        else f"{source}: unbekanntes {what} in {_zeilen(numbers)} – {taken}."
        for (what, taken), numbers in groups.items()
    ]


def read_csv_rows(text_stream: Iterable[str], source: str) -> Iterator[RegisterRow]:
    reader = csv.DictReader(text_stream)
    header = [h.strip().lstrip("\ufeff").lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(
            meldung(
                "{source}: Das ist kein Auszug des Gemeindeverzeichnisses, es fehlen die Spalten {wert}.",
                source=source,
                wert=", ".join(missing),
            )
        )
    reader.fieldnames = header
    for number, values in enumerate(reader, start=2):
        if None in values:
            raise InputError(
                meldung(
                    "{source}, Zeile {number}: mehr Felder als Spalten in der Kopfzeile.", source=source, number=number
                )
            )
        row = parse_row(values, number, source)
        if row is not None:
            yield row


def build_land(rows: Iterable[RegisterRow], land_key: str, source: str) -> LandRegister:
    """Turn the register records of one Land into Kommunen (one per real body)."""
    land_name = ""
    counts: Counter[str] = Counter()
    kreise: list[RegisterKommune] = []
    verbaende: list[RegisterKommune] = []
    gemeinden: list[RegisterRow] = []
    verbandsfrei: set[str] = set()
    seen: dict[str, int] = {}
    unknown: list[RegisterRow] = []
    for row in rows:
        if row.land != land_key:
            continue
        if row.unbekannt is not None:
            unknown.append(row)
        if row.satzart not in _NEEDED_KEYS:
            continue
        counts[row.satzart] += 1
        if row.prefix in seen and row.satzart == "60":
            raise InputError(
                meldung(
                    "{source}, Zeile {zeile}: Schlüssel {prefix} steht schon in Zeile {wert}.",
                    source=source,
                    zeile=row.zeile,
                    prefix=row.prefix,
                    wert=seen[row.prefix],
                )
            )
        seen[row.prefix] = row.zeile
        if row.satzart == "10":
            land_name = row.name
        elif row.satzart == "40" and row.tk in KREIS_TK and not KREIS_TK[row.tk].kreisfrei:
            kreise.append(RegisterKommune(ars=pad_ars(row.prefix), name=row.name, art=KREIS_TK[row.tk]))
        elif row.satzart == "50" and row.tk == VERBANDSFREI_TK:
            verbandsfrei.add(row.prefix)
        elif row.satzart == "50":
            verbaende.append(
                RegisterKommune(
                    ars=pad_ars(row.prefix),
                    name=row.name,
                    art=VERBAND_TK[row.tk],
                    kreis_ars=pad_ars(row.prefix[:5]),
                )
            )
        elif row.satzart == "60":
            gemeinden.append(row)
    if not counts:
        raise InputError(
            meldung("{source}: Die Datei enthält keine Zeilen des Landes {land_key}.", source=source, land_key=land_key)
        )
    kreis_keys = {k.ars for k in kreise}
    for v in verbaende:
        if v.kreis_ars not in kreis_keys:
            v.kreis_ars = None
    result = [*kreise, *verbaende]
    for row in gemeinden:
        art = GEMEINDE_TK[row.tk]
        kommune = RegisterKommune(
            ars=row.prefix,
            ags=ags_from_ars(row.prefix),
            name=row.name,
            art=art,
            einwohner=row.einwohner,
            flaeche_km2=row.flaeche,
            plz=row.plz,
            laengengrad=row.laengengrad,
            breitengrad=row.breitengrad,
        )
        if not art.kreisfrei:
            kreis = pad_ars(row.prefix[:5])
            kommune.kreis_ars = kreis if kreis in kreis_keys else None
            if row.prefix[:9] in verbandsfrei:
                kommune.verbandsfrei = True
            else:
                kommune.verband_ars = pad_ars(row.prefix[:9])
        else:
            kommune.verbandsfrei = row.prefix[:9] in verbandsfrei
        result.append(kommune)
    verband_keys = {v.ars for v in verbaende}
    for k in result:
        if k.verband_ars and k.verband_ars not in verband_keys:
            raise InputError(
                meldung(
                    "{source}: Gemeinde {ars} ({name}) gehört zu Gemeindeverband {wert}, der in der "
                    "Datei fehlt. Ist die Datei vollständig?",
                    source=source,
                    ars=k.ars,
                    name=k.name,
                    wert=k.verband_ars[:9],
                )
            )
    return LandRegister(land_key, land_name, result, counts, unknown_warnings(unknown, source))


def read_register_csv(path: Path, land_key: str) -> LandRegister:
    """Read a CSV extract (plain or gzip-compressed) for one Land."""
    source = path.name
    text = csv_text(path.read_bytes(), source)
    return build_land(read_csv_rows(io.StringIO(text, newline=""), source), land_key, source)


def csv_text(raw: bytes, source: str) -> str:
    """The text of a CSV extract: gzip unpacked, UTF-8 (with or without BOM) or Windows-1252."""
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error):
            raise InputError(
                meldung("{source}: Die komprimierte Datei ist beschädigt oder unvollständig.", source=source)
            ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as err:
        raise InputError(
            meldung(
                "{source}: Die Datei ist keine Textdatei in UTF-8 oder Windows-1252 (Byte "
                "0x{wert:02x} an Stelle {wert2}). Ist es die richtige Datei?",
                source=source,
                wert=raw[err.start],
                wert2=err.start + 1,
            )
        ) from None


DESTATIS_GV = "© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys"


@dataclass(frozen=True)
class RegisterInfo:
    titel: str
    stand_gebiet: str
    stand_bevoelkerung: str
    quelle: str
    lizenz: str
    lizenz_url: str

    @property
    def attribution(self) -> str:
        return f"{self.quelle}. Lizenz: {self.lizenz}, {self.lizenz_url}"


def shipped_register_info() -> RegisterInfo:
    data = json.loads(paths.resource("register", "register.json").read_text(encoding="utf-8"))
    return RegisterInfo(
        titel=data["titel"],
        stand_gebiet=data["stand_gebiet"],
        stand_bevoelkerung=data["stand_bevoelkerung"],
        quelle=data["quelle"],
        lizenz=data["lizenz"],
        lizenz_url=data["lizenz_url"],
    )


def shipped_register_path() -> Path:
    data = json.loads(paths.resource("register", "register.json").read_text(encoding="utf-8"))
    return paths.resource("register", data["datei"])


def read_shipped_register(land_key: str) -> LandRegister:
    return read_register_csv(shipped_register_path(), land_key)
