"""The Standardpaket format, version 1: tables, fields, keys, and the Frictionless Table Schemas.

Pure data, so the export (Land side), the validator and the national database (federal side)
all read the same definition. ``resources/standardpaket/`` holds the generated JSON schemas for
other implementers; a test keeps them equal to this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.kommunen import KommuneArt, KommuneZustand, Spitzenverband
from kpakt_desktop.domain.status import Anbindungsart, Status
from kpakt_desktop.domain.teams import RolloutAngebot, TaskforceStatus
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.domain.vocab import Vocab
from kpakt_desktop.domain.vollzug import Vollzugsebene

FORMAT_NAME = "kpakt-standardpaket"
FORMAT_VERSION = "1.0"
DESCRIPTOR = "datapackage.json"
SIGNATURE = "datapackage.json.sig"
ARS_PATTERN = "[0-9]{12}"
LAND_PATTERN = "(0[1-9]|1[0-6])"
# Kept in step with the Vollzugsausnahme kinds of the Land database (store/models/leistungen.py).
AUSNAHME_ARTEN = ("plus", "minus")
STAND_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"

# Limits of the format (docs/standardpaket.md, section 2 and 6): readers refuse anything above them
# before reading it, so that checking a package costs a bounded amount of memory and time.
MAX_ZIP_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
MAX_DESCRIPTOR_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_JSON_DEPTH = 16
MAX_FIELD_CHARS = 1024 * 1024  # one CSV field (a text of up to 1 MiB)
MAX_RECORD_BYTES = 4 * 1024 * 1024  # one CSV record (all its fields)
MAX_ROWS = 1_000_000  # data rows of all tables of one package together (keys kept for checks: bounded memory)
SEQUENZ_MAX = 2**31 - 1  # PostgreSQL INTEGER of the national provenance table
# The only CSV dialect of the format (Frictionless CSV Dialect); a resource may state it or leave it out.
DIALECT = {"delimiter": ",", "doubleQuote": True, "quoteChar": '"', "lineTerminator": "\r\n", "header": True}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Table Schema type: string, integer, number, boolean, date, datetime
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    description: str = ""

    def table_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.description:
            out["description"] = self.description
        if self.type == "boolean":
            # Only these two spellings: other readers need not guess.
            out["trueValues"] = ["true"]
            out["falseValues"] = ["false"]
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if self.pattern is not None:
            constraints["pattern"] = self.pattern
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if self.maximum is not None:
            constraints["maximum"] = self.maximum
        if self.max_length is not None:
            constraints["maxLength"] = self.max_length
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def table_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "fields": [f.table_schema() for f in self.fields],
            "missingValues": [""],
            "primaryKey": list(self.primary_key),
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {
                    "fields": list(fk.fields),
                    # Frictionless: an empty resource name means "this same resource".
                    "reference": {"resource": "" if fk.table == self.name else fk.table, "fields": list(fk.reference)},
                }
                for fk in self.foreign_keys
            ]
        return schema


def _codes(vocab: type[Vocab]) -> tuple[str, ...]:
    return tuple(m.value for m in vocab)


def _s(name: str, *, required: bool = False, max_length: int | None = None, description: str = "") -> Field:
    return Field(name, "string", required=required, max_length=max_length, description=description)


def _i(name: str, *, required: bool = False, minimum: int | None = None, maximum: int | None = None) -> Field:
    return Field(name, "integer", required=required, minimum=minimum, maximum=maximum)


def _b(name: str) -> Field:
    return Field(name, "boolean", required=True)


def _d(name: str, *, required: bool = False) -> Field:
    return Field(name, "date", required=required)


def _dt(name: str, *, required: bool = False) -> Field:
    return Field(name, "datetime", required=required)


def _f(name: str) -> Field:
    return Field(name, "number")


def _v(name: str, vocab: type[Vocab] | tuple[str, ...], *, required: bool = False) -> Field:
    codes = vocab if isinstance(vocab, tuple) else _codes(vocab)
    return Field(name, "string", required=required, enum=codes)


def _ars(name: str, *, required: bool = False, description: str = "") -> Field:
    return Field(name, "string", required=required, pattern=ARS_PATTERN, description=description)


def _nr(name: str = "leistung_nr") -> Field:
    return Field(name, "integer", required=True, minimum=1, maximum=16, description="Nummer der Fokusleistung 1–16")


def _id(name: str = "id") -> Field:
    return Field(name, "integer", required=True, minimum=1)


def _fk(fields: str | tuple[str, ...], table: str, reference: str | tuple[str, ...]) -> ForeignKey:
    as_tuple = lambda v: (v,) if isinstance(v, str) else v  # noqa: E731
    return ForeignKey(as_tuple(fields), table, as_tuple(reference))


def _link(name: str, title: str, left: str, left_table: str, right: Field, right_table: str, right_ref: str) -> Table:
    return Table(
        name,
        title,
        (_id(left), right),
        (left, right.name),
        (_fk(left, left_table, "id"), _fk(right.name, right_table, right_ref)),
    )


# Order matters: a table comes after every table it refers to (export, validation and merge
# walk it in this order; the merge deletes in reverse).
TABLES: tuple[Table, ...] = (
    Table(
        "land",
        "Land",
        (
            Field("schluessel", "string", required=True, pattern=LAND_PATTERN, description="Landesschlüssel 01–16"),
            Field("kuerzel", "string", required=True, pattern="[A-Z]{2}", description="Länderkürzel, z. B. RP"),
            _s("name", required=True),
            _s("dienststelle", description="Koordinierungsstelle (Behörde, keine Person)"),
            _b("ist_demo"),
            _s("register_titel", required=True),
            _s("register_stand", required=True),
            _s("register_quelle", required=True),
        ),
        ("schluessel",),
    ),
    Table(
        "verband_regel",
        "Verwaltende Gemeindeverbandsarten",
        (_v("art", KommuneArt, required=True), _b("verwaltet"), _b("geprueft")),
        ("art",),
    ),
    Table(
        "it_dienstleister", "Kommunale IT-Dienstleister", (_id(), _s("name", required=True), _s("webseite")), ("id",)
    ),
    Table(
        "kommune",
        "Kommunen",
        (
            _ars("ars", required=True, description="Amtlicher Regionalschlüssel"),
            Field("ags", "string", pattern="[0-9]{8}"),
            _s("name", required=True),
            _v("art", KommuneArt, required=True),
            _ars("parent_ars"),
            _ars("kreis_ars"),
            _ars("verband_ars"),
            _b("verbandsfrei"),
            _i("einwohner", minimum=0),
            _f("flaeche_km2"),
            Field("plz", "string", pattern="[0-9]{5}"),
            _f("laengengrad"),
            _f("breitengrad"),
            _v("spitzenverband", Spitzenverband),
            _i("it_dienstleister_id", minimum=1),
            _b("first_mover"),
            _b("ansprechpartner_fuer_andere"),
            _v("zustand", KommuneZustand, required=True),
            _d("aufgeloest_am"),
            _ars("nachfolger_ars"),
        ),
        ("ars",),
        (
            _fk("parent_ars", "kommune", "ars"),
            _fk("kreis_ars", "kommune", "ars"),
            _fk("verband_ars", "kommune", "ars"),
            _fk("nachfolger_ars", "kommune", "ars"),
            _fk("it_dienstleister_id", "it_dienstleister", "id"),
        ),
    ),
    Table(
        "leistung",
        "Fokusleistungen",
        (
            _nr("nr"),
            _s("name", required=True),
            _s("ressort", required=True),
            _s("federfuehrend"),
            _s("themenfeld"),
            _s("behoerde"),
            _s("hinweis"),
            _b("vollstaendig_realisiert"),
            _b("bund_direkt"),
            _s("efa_dienst"),
            _s("efa_anbieter"),
            _s("marktplatz"),
            _s("link"),
        ),
        ("nr",),
    ),
    Table(
        "vollzug",
        "Vollzugsebene je Leistung",
        (_nr(), _v("ebene", Vollzugsebene, required=True), _dt("geaendert_am")),
        ("leistung_nr",),
        (_fk("leistung_nr", "leistung", "nr"),),
    ),
    Table(
        "vollzug_ausnahme",
        "Einzelne Kommunen zusätzlich oder nicht zuständig",
        (_nr(), _ars("ars", required=True), _v("art", AUSNAHME_ARTEN, required=True), _s("grund")),
        ("leistung_nr", "ars"),
        (_fk("leistung_nr", "leistung", "nr"), _fk("ars", "kommune", "ars")),
    ),
    Table("hersteller", "Fachverfahrenshersteller", (_id(), _s("name", required=True)), ("id",)),
    Table(
        "fachverfahren",
        "Fachverfahren",
        (_id(), _s("name", required=True), _i("hersteller_id", minimum=1)),
        ("id",),
        (_fk("hersteller_id", "hersteller", "id"),),
    ),
    Table(
        "nachnutzung",
        "Nachnutzung je zuständige Kommune und Leistung",
        (
            _ars("ars", required=True),
            _nr(),
            _v("status", Status, required=True),
            _d("status_seit"),
            _i("fachverfahren_id", minimum=1),
            _v("anbindungsart", Anbindungsart),
            _i("it_dienstleister_id", minimum=1),
            _i("kosten_einmalig", minimum=0),
            _i("kosten_jaehrlich", minimum=0),
            _b("first_mover"),
            _dt("geaendert_am", required=True),
            _i("version", required=True, minimum=1),
        ),
        ("ars", "leistung_nr"),
        (
            _fk("ars", "kommune", "ars"),
            _fk("leistung_nr", "leistung", "nr"),
            _fk("fachverfahren_id", "fachverfahren", "id"),
            _fk("it_dienstleister_id", "it_dienstleister", "id"),
        ),
    ),
    Table(
        "nachnutzung_stufe",
        "Geplante und erreichte Daten der Stufen",
        (_ars("ars", required=True), _nr(), _v("status", Status, required=True), _d("geplant"), _d("erreicht")),
        ("ars", "leistung_nr", "status"),
        (_fk(("ars", "leistung_nr"), "nachnutzung", ("ars", "leistung_nr")),),
    ),
    Table(
        "nachnutzung_historie",
        "Änderungsgeschichte der Nachnutzungen",
        (
            _id(),
            _ars("ars", required=True),
            _nr(),
            _s("feld", required=True),
            _s("alt"),
            _s("neu"),
            _d("gueltig_ab", required=True),
            _dt("erfasst_am", required=True),
            _s("quelle"),
            _s("aenderung"),
        ),
        ("id",),
        (_fk(("ars", "leistung_nr"), "nachnutzung", ("ars", "leistung_nr")),),
    ),
    Table(
        "rolloutteam",
        "Roll-Out-Teams der Themenfeld-Federführer",
        (_id(), _nr(), Field("ff_land", "string", pattern="[A-Z]{2}"), _s("name", required=True)),
        ("id",),
        (_fk("leistung_nr", "leistung", "nr"),),
    ),
    Table(
        "rollout_angebot",
        "Angebote der Roll-Out-Teams",
        (_id(), _id("team_id"), _v("art", RolloutAngebot, required=True), _d("datum"), _s("beschreibung")),
        ("id",),
        (_fk("team_id", "rolloutteam", "id"),),
    ),
    Table(
        "taskforce",
        "Regionale OZG-Taskforces (ohne Mitglieder)",
        (
            _id(),
            _s("name", required=True),
            _s("region"),
            _v("status", TaskforceStatus, required=True),
            _d("beginn"),
            _d("ende"),
            _i("rolloutteam_id", minimum=1),
        ),
        ("id",),
        (_fk("rolloutteam_id", "rolloutteam", "id"),),
    ),
    _link(
        "taskforce_region",
        "Region einer Taskforce",
        "taskforce_id",
        "taskforce",
        _ars("ars", required=True),
        "kommune",
        "ars",
    ),
    _link(
        "taskforce_kommune",
        "Begleitete Kommunen",
        "taskforce_id",
        "taskforce",
        _ars("ars", required=True),
        "kommune",
        "ars",
    ),
    _link("taskforce_leistung", "Leistungen einer Taskforce", "taskforce_id", "taskforce", _nr(), "leistung", "nr"),
    Table(
        "huerde",
        "Hürden",
        (
            _id(),
            _s("titel", required=True),
            _s("beschreibung"),
            _v("kategorie", HuerdeKategorie, required=True),
            _s("unterart"),
            _v("status", HuerdeStatus, required=True),
            _d("erfasst_am", required=True),
            _d("geloest_am"),
            _s("loesung"),
            _s("handlungsempfehlung"),
        ),
        ("id",),
    ),
    _link("huerde_kommune", "Betroffene Kommunen", "huerde_id", "huerde", _ars("ars", required=True), "kommune", "ars"),
    _link("huerde_leistung", "Betroffene Leistungen", "huerde_id", "huerde", _nr(), "leistung", "nr"),
    Table(
        "huerde_historie",
        "Statusgeschichte der Hürden",
        (
            _id(),
            _id("huerde_id"),
            _v("alt", HuerdeStatus),
            _v("neu", HuerdeStatus, required=True),
            _d("datum", required=True),
            _dt("erfasst_am", required=True),
        ),
        ("id",),
        (_fk("huerde_id", "huerde", "id"),),
    ),
    Table(
        "termin",
        "Termine (ohne Teilnehmende)",
        (
            _id(),
            _v("art", TerminArt, required=True),
            _s("titel", required=True),
            _dt("beginn", required=True),
            _dt("ende"),
            _s("ort"),
            _s("ergebnis"),
        ),
        ("id",),
    ),
    _link(
        "termin_kommune",
        "Betroffene Kommunen eines Termins",
        "termin_id",
        "termin",
        _ars("ars", required=True),
        "kommune",
        "ars",
    ),
    _link("termin_leistung", "Betroffene Leistungen eines Termins", "termin_id", "termin", _nr(), "leistung", "nr"),
)

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def kpakt_block_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["format", "version", "land", "sequenz", "stand", "generator"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "land": {"type": "string", "pattern": f"^{LAND_PATTERN}$"},
            "sequenz": {"type": "integer", "minimum": 1, "maximum": SEQUENZ_MAX},
            "stand": {"type": "string", "pattern": STAND_PATTERN},
            "generator": {"type": "string", "minLength": 1, "maxLength": 200},
            "schluessel_fingerprint": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
        },
    }


def descriptor_schema() -> dict[str, Any]:
    """JSON Schema of ``datapackage.json`` (version 1). Table Schemas are compared exactly."""
    resource = {
        "type": "object",
        "required": ["name", "path", "profile", "format", "encoding", "mediatype", "hash", "bytes", "schema"],
        "additionalProperties": False,
        "properties": {
            "name": {"enum": [t.name for t in TABLES]},
            "title": {"type": "string", "maxLength": 1000},
            "path": {"enum": [t.path for t in TABLES]},
            "profile": {"const": "tabular-data-resource"},
            "format": {"const": "csv"},
            "encoding": {"const": "utf-8"},
            "mediatype": {"const": "text/csv"},
            "hash": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
            "bytes": {"type": "integer", "minimum": 0, "maximum": MAX_ENTRY_BYTES},
            "dialect": {
                "type": "object",
                "additionalProperties": False,
                "properties": {key: {"const": value} for key, value in DIALECT.items()},
            },
            "schema": {"type": "object"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://kommunalpakt.example/standardpaket/1.0/datapackage.schema.json",
        "title": "Kommunalpakt-Standardpaket 1.0: datapackage.json",
        "type": "object",
        "required": ["profile", "name", "created", "resources", "kpakt"],
        "additionalProperties": False,
        "properties": {
            "profile": {"const": "tabular-data-package"},
            "name": {"type": "string", "pattern": "^kpakt-standardpaket-[0-9]{2}-[0-9]+$"},
            "title": {"type": "string", "maxLength": 1000},
            "created": {"type": "string", "pattern": STAND_PATTERN},
            "licenses": {"type": "array", "maxItems": 10},
            "resources": {"type": "array", "minItems": len(TABLES), "maxItems": len(TABLES), "items": resource},
            "kpakt": kpakt_block_schema(),
        },
    }


def table_schemas() -> dict[str, dict[str, Any]]:
    return {t.name: t.table_schema() for t in TABLES}
