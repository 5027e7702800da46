"""Land side: what leaves in the Standardpaket, the export itself, and the log of past exports.

Every table of the package is one SELECT on the Land database. Columns marked personal
(``info=PERSONAL``) never appear in one (checked when this module is imported), and a few more
stay home on purpose: ``benutzer`` (who typed a change) and ``notiz`` (the office's internal
notes, free text that may name people).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Select, func, select
from sqlalchemy.orm import aliased

from kpakt_desktop import __version__
from kpakt_desktop.domain.errors import InputError, meldung, write_failed
from kpakt_desktop.domain.standardpaket import (
    DESCRIPTOR,
    FORMAT_NAME,
    FORMAT_VERSION,
    SIGNATURE,
    TABLES,
    TABLES_BY_NAME,
    Table,
)
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.nachnutzung import FELD_BEMERKUNG
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.cells import to_cell
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Fachverfahren,
    Hersteller,
    Huerde,
    HuerdeHistorie,
    ITDienstleister,
    Kommune,
    LandRow,
    Leistung,
    Nachnutzung,
    NachnutzungHistorie,
    NachnutzungStufe,
    RolloutAngebotRow,
    RolloutTeam,
    StandardpaketExport,
    Taskforce,
    Termin,
    VerbandRegel,
    Vollzug,
    VollzugAusnahme,
    huerde_kommune,
    huerde_leistung,
    taskforce_kommune,
    taskforce_leistung,
    taskforce_region,
    termin_kommune,
    termin_leistung,
)

# Columns that are not marked personal in the models but still stay in the Land database.
NOT_EXPORTED_NAMES = frozenset({"benutzer", "notiz"})
# Tables that hold nothing but people (or tasks naming people); none of their columns leave.
PERSONAL_TABLES = frozenset({"kontakt", "taskforce_mitglied", "landesteam_mitglied", "aufgabe"})


def _link(table: Any, left: str, right: str) -> Select[Any]:
    return (
        select(table.c[left], Kommune.ars)
        .join(Kommune, Kommune.id == table.c[right])
        .order_by(table.c[left], Kommune.ars)
    )


def _link_nr(table: Any, left: str) -> Select[Any]:
    return select(table.c[left], table.c.leistung_nr).order_by(table.c[left], table.c.leistung_nr)


def _kommune() -> Any:
    parent, kreis, verband, nachfolger = (aliased(Kommune) for _ in range(4))
    k = Kommune
    return (
        select(
            k.ars,
            k.ags,
            k.name,
            k.art,
            parent.ars.label("parent_ars"),
            kreis.ars.label("kreis_ars"),
            verband.ars.label("verband_ars"),
            k.verbandsfrei,
            k.einwohner,
            k.flaeche_km2,
            k.plz,
            k.laengengrad,
            k.breitengrad,
            k.spitzenverband,
            k.it_dienstleister_id,
            k.first_mover,
            k.ansprechpartner_fuer_andere,
            k.zustand,
            k.aufgeloest_am,
            nachfolger.ars.label("nachfolger_ars"),
        )
        .outerjoin(parent, parent.id == k.parent_id)
        .outerjoin(kreis, kreis.id == k.kreis_id)
        .outerjoin(verband, verband.id == k.verband_id)
        .outerjoin(nachfolger, nachfolger.id == k.nachfolger_id)
        .order_by(k.ars)
    )


def _nachnutzung_child(model: Any, *cols: Any, order: Any) -> Select[Any]:
    return (
        select(*cols)
        .join(Nachnutzung, Nachnutzung.id == model.nachnutzung_id)
        .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
        .order_by(*order)
    )


def _queries() -> dict[str, Select[Any]]:
    n, h = Nachnutzung, NachnutzungHistorie
    return {
        "land": select(
            LandRow.schluessel,
            LandRow.kuerzel,
            LandRow.name,
            LandRow.dienststelle,
            LandRow.ist_demo,
            LandRow.register_titel,
            LandRow.register_stand,
            LandRow.register_quelle,
        ),
        "verband_regel": select(VerbandRegel.art, VerbandRegel.verwaltet, VerbandRegel.geprueft).order_by(
            VerbandRegel.art
        ),
        "it_dienstleister": select(ITDienstleister.id, ITDienstleister.name, ITDienstleister.webseite).order_by(
            ITDienstleister.id
        ),
        "kommune": _kommune(),
        "leistung": select(
            Leistung.nr,
            Leistung.name,
            Leistung.ressort,
            Leistung.federfuehrend,
            Leistung.themenfeld,
            Leistung.behoerde,
            Leistung.hinweis,
            Leistung.vollstaendig_realisiert,
            Leistung.bund_direkt,
            Leistung.efa_dienst,
            Leistung.efa_anbieter,
            Leistung.marktplatz,
            Leistung.link,
        ).order_by(Leistung.nr),
        "vollzug": select(Vollzug.leistung_nr, Vollzug.ebene, Vollzug.geaendert_am).order_by(Vollzug.leistung_nr),
        "vollzug_ausnahme": select(VollzugAusnahme.leistung_nr, Kommune.ars, VollzugAusnahme.art, VollzugAusnahme.grund)
        .join(Kommune, Kommune.id == VollzugAusnahme.kommune_id)
        .order_by(VollzugAusnahme.leistung_nr, Kommune.ars),
        "hersteller": select(Hersteller.id, Hersteller.name).order_by(Hersteller.id),
        "fachverfahren": select(Fachverfahren.id, Fachverfahren.name, Fachverfahren.hersteller_id).order_by(
            Fachverfahren.id
        ),
        "nachnutzung": select(
            Kommune.ars,
            n.leistung_nr,
            n.status,
            n.status_seit,
            n.fachverfahren_id,
            n.anbindungsart,
            n.it_dienstleister_id,
            n.kosten_einmalig,
            n.kosten_jaehrlich,
            n.first_mover,
            n.geaendert_am,
            n.version,
        )
        .join(Kommune, Kommune.id == n.kommune_id)
        .order_by(Kommune.ars, n.leistung_nr),
        "nachnutzung_stufe": _nachnutzung_child(
            NachnutzungStufe,
            Kommune.ars,
            n.leistung_nr,
            NachnutzungStufe.status,
            NachnutzungStufe.geplant,
            NachnutzungStufe.erreicht,
            order=(Kommune.ars, n.leistung_nr, NachnutzungStufe.status),
        ),
        "nachnutzung_historie": _nachnutzung_child(
            h,
            h.id,
            Kommune.ars,
            n.leistung_nr,
            h.feld,
            h.alt,
            h.neu,
            h.gueltig_ab,
            h.erfasst_am,
            h.quelle,
            h.aenderung,
            order=(h.id,),
        ).where(h.feld != FELD_BEMERKUNG),  # a Kommune's remark is free text: it stays in the Land
        "rolloutteam": select(RolloutTeam.id, RolloutTeam.leistung_nr, RolloutTeam.ff_land, RolloutTeam.name).order_by(
            RolloutTeam.id
        ),
        "rollout_angebot": select(
            RolloutAngebotRow.id,
            RolloutAngebotRow.team_id,
            RolloutAngebotRow.art,
            RolloutAngebotRow.datum,
            RolloutAngebotRow.beschreibung,
        ).order_by(RolloutAngebotRow.id),
        "taskforce": select(
            Taskforce.id,
            Taskforce.name,
            Taskforce.region,
            Taskforce.status,
            Taskforce.beginn,
            Taskforce.ende,
            Taskforce.rolloutteam_id,
        ).order_by(Taskforce.id),
        "taskforce_region": _link(taskforce_region, "taskforce_id", "kommune_id"),
        "taskforce_kommune": _link(taskforce_kommune, "taskforce_id", "kommune_id"),
        "taskforce_leistung": _link_nr(taskforce_leistung, "taskforce_id"),
        "huerde": select(
            Huerde.id,
            Huerde.titel,
            Huerde.beschreibung,
            Huerde.kategorie,
            Huerde.unterart,
            Huerde.status,
            Huerde.erfasst_am,
            Huerde.geloest_am,
            Huerde.loesung,
            Huerde.handlungsempfehlung,
        ).order_by(Huerde.id),
        "huerde_kommune": _link(huerde_kommune, "huerde_id", "kommune_id"),
        "huerde_leistung": _link_nr(huerde_leistung, "huerde_id"),
        "huerde_historie": select(
            HuerdeHistorie.id,
            HuerdeHistorie.huerde_id,
            HuerdeHistorie.alt,
            HuerdeHistorie.neu,
            HuerdeHistorie.datum,
            HuerdeHistorie.erfasst_am,
        ).order_by(HuerdeHistorie.id),
        "termin": select(
            Termin.id, Termin.art, Termin.titel, Termin.beginn, Termin.ende, Termin.ort, Termin.ergebnis
        ).order_by(Termin.id),
        "termin_kommune": _link(termin_kommune, "termin_id", "kommune_id"),
        "termin_leistung": _link_nr(termin_leistung, "termin_id"),
    }


QUERIES = _queries()


def source_columns(query: Select[Any]) -> list[Any]:
    """The Land database columns behind a query's output (through labels and aliases)."""
    found: list[Any] = []
    for col in query.selected_columns:
        found.extend(c for c in col.proxy_set if isinstance(c, Column))
    return found


def _assert_nothing_personal() -> None:
    """Fail loudly (at import) if the package would carry a personal column: a bug, not user input."""
    assert set(QUERIES) == set(TABLES_BY_NAME), "Standardpaket: Abfragen und Format passen nicht zusammen"
    for name, query in QUERIES.items():
        table = TABLES_BY_NAME[name]
        assert len(query.selected_columns) == len(table.fields), f"Standardpaket: Spaltenzahl von {name}"
        for col in source_columns(query):
            owner = getattr(col.table, "name", "")
            assert not col.info.get("personenbezogen"), f"personenbezogene Spalte {owner}.{col.name} im Paket"
            assert col.name not in NOT_EXPORTED_NAMES, f"Spalte {owner}.{col.name} darf das Land nicht verlassen"
            assert owner not in PERSONAL_TABLES, f"Tabelle {owner} darf das Land nicht verlassen"


_assert_nothing_personal()


@dataclass(frozen=True)
class TablePreview:
    name: str
    title: str
    rows: int
    columns: tuple[str, ...]


@dataclass(frozen=True)
class ExportEntry:
    sequenz: int
    erstellt_am: datetime
    stand: datetime
    datei: str | None
    sha256: str
    schluessel_fingerprint: str | None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    land: str
    sequenz: int
    stand: datetime
    sha256: str
    fingerprint: str
    tables: tuple[TablePreview, ...]
    demo: bool = False  # built from the demo data, signed with the demo key


def preview(store: Store) -> list[TablePreview]:
    """What would leave: every table of the package with its row count."""
    with store.read() as s:
        return [
            TablePreview(
                t.name,
                t.title,
                s.scalar(select(func.count()).select_from(QUERIES[t.name].subquery())) or 0,
                t.field_names,
            )
            for t in TABLES
        ]


def preview_rows(store: Store, table: str, limit: int = 200) -> list[tuple[str, ...]]:
    """The first rows of one package table as they will appear in the CSV."""
    with store.read() as s:
        return [tuple(to_cell(v) for v in row) for row in s.execute(QUERIES[table].limit(limit))]


def export_log(store: Store) -> list[ExportEntry]:
    with store.read() as s:
        return [
            ExportEntry(e.sequenz, e.erstellt_am, e.stand, e.datei, e.sha256, e.schluessel_fingerprint)
            for e in s.scalars(select(StandardpaketExport).order_by(StandardpaketExport.sequenz.desc()))
        ]


def csv_bytes(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> tuple[bytes, int]:
    """The CSV file (RFC 4180, CRLF, header row) and its number of data rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(list(header))
    count = 0
    for row in rows:
        writer.writerow([to_cell(v) for v in row])
        count += 1
    return buf.getvalue().encode("utf-8"), count


def stand_text(stand: datetime) -> str:
    return stand.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_descriptor(land: str, sequenz: int, stand: datetime, files: dict[str, bytes], fingerprint: str) -> bytes:
    """``datapackage.json`` for the given CSV contents (name → bytes), UTF-8, stable key order."""
    resources = []
    for t in TABLES:
        data = files[t.name]
        resources.append(
            {
                "name": t.name,
                "title": t.title,
                "path": t.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "mediatype": "text/csv",
                "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
                "schema": t.table_schema(),
            }
        )
    descriptor = {
        "profile": "tabular-data-package",
        "name": f"kpakt-standardpaket-{land}-{sequenz}",
        "title": f"Kommunalpakt-Standardpaket des Landes {land}, Nr. {sequenz}",
        "created": stand_text(stand),
        "resources": resources,
        "kpakt": {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "land": land,
            "sequenz": sequenz,
            "stand": stand_text(stand),
            "generator": f"Kommunalpakt Desktop {__version__}",
            "schluessel_fingerprint": fingerprint,
        },
    }
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_zip(target: Path, descriptor: bytes, signature: bytes, files: dict[str, bytes], stand: datetime) -> None:
    """Fixed entry order and timestamps: the same data gives the same bytes."""
    stamp = (stand.year, stand.month, stand.day, stand.hour, stand.minute, stand.second)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        entries = [(DESCRIPTOR, descriptor), (SIGNATURE, signature)]
        entries += [(TABLES_BY_NAME[name].path, data) for name, data in files.items()]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def export_job(
    store: Store,
    target: Path,
    *,
    key_path: Path | None = None,
    now: datetime | None = None,
    keys: Path | None = None,
) -> Job[ExportResult]:
    """Write the signed package to ``target``; the sequence number rises with every export. The key is
    ``key_path``, else the office's key in ``keys`` (``Locations.keys``; default: the data folder's).

    The snapshot is read inside the write transaction that records the export, so the data
    and the log entry belong together; the file appears (atomically) only after the commit.
    """
    land_row, demo = _land(store)
    key = signing.load_private_key(_key_path(land_row, demo, key_path, keys))
    fingerprint = signing.fingerprint(key.public_key())
    stand = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    target = target.resolve()
    if not target.parent.is_dir():
        raise InputError(meldung("Der Ordner {parent} existiert nicht.", parent=target.parent))
    total = len(TABLES) + 2
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".standardpaket-", suffix=".zip", dir=target.parent)
    except OSError as err:
        raise InputError(
            meldung("Im Ordner {parent} kann nicht geschrieben werden: {err}", parent=target.parent, err=err)
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with store.write() as s:
            sequenz = (s.scalar(select(func.max(StandardpaketExport.sequenz))) or 0) + 1
            files: dict[str, bytes] = {}
            counts: list[TablePreview] = []
            for i, t in enumerate(TABLES):
                yield Progress(i, total, f"Lese {t.title} …")
                files[t.name], rows = csv_bytes(t.field_names, _no_personal_data(t, s.execute(QUERIES[t.name])))
                counts.append(TablePreview(t.name, t.title, rows, t.field_names))
            descriptor = build_descriptor(land_row, sequenz, stand, files, fingerprint)
            yield Progress(len(TABLES), total, "Signiere und schreibe das Paket …")
            try:
                write_zip(tmp, descriptor, signing.sign(key, descriptor), files, stand)
            except OSError as err:  # e.g. disk full: the log entry rolls back with the transaction
                raise write_failed(target, err) from None
            digest = _sha256_file(tmp)
            if key_path is None:  # the office's own key (a demo database's demo key): the database keeps it
                signing.record_public_key(s, key.public_key())
            s.add(
                StandardpaketExport(
                    sequenz=sequenz,
                    erstellt_am=stand,
                    stand=stand,
                    datei=str(target),
                    sha256=digest,
                    schluessel_fingerprint=fingerprint,
                )
            )
        try:
            os.replace(tmp, target)
        except OSError as err:
            raise InputError(
                meldung(
                    "Das Paket Nr. {sequenz} wurde erstellt, konnte aber nicht als {target} "
                    "gespeichert werden: {err}. Bitte erneut exportieren (mit der nächsten Nummer).",
                    sequenz=sequenz,
                    target=target,
                    err=err,
                )
            ) from None
    finally:
        tmp.unlink(missing_ok=True)
    yield Progress(total, total, "Fertig.")
    return ExportResult(target, land_row, sequenz, stand, digest, fingerprint, tuple(counts), demo)


def export(store: Store, target: Path, *, key_path: Path | None = None, now: datetime | None = None) -> ExportResult:
    return run_job(export_job(store, target, key_path=key_path, now=now))


def _land(store: Store) -> tuple[str, bool]:
    with store.read() as s:
        row = s.execute(select(LandRow.schluessel, LandRow.ist_demo)).one()
        return row.schluessel, bool(row.ist_demo)


def _key_path(land: str, demo: bool, key_path: Path | None, keys: Path | None) -> Path:
    """A demo database signs with its own demo key, never with the office's real one. ``keys``: the
    key folder (``Locations.keys``)."""
    real = signing.default_private_key_path(land, keys)
    if not demo:
        return key_path or real
    if key_path is None:
        return signing.demo_key(land, keys)
    office = signing.key_info(land, keys=keys)
    chosen = signing.load_private_key(key_path)
    if office is not None and signing.fingerprint(chosen.public_key()) == office.fingerprint:
        raise InputError(
            meldung(
                "Dies ist die Demo-Datenbank: ihr Paket wird nicht mit dem echten Schlüssel der "
                "Koordinierungsstelle signiert (es könnte sonst als Meldung des Landes gelten). "
                "Ohne --key signiert sie mit dem eigenen Demo-Schlüssel."
            )
        )
    return key_path


# What looks like personal data in a free text: an e-mail address, a telephone number (+49 …,
# 0049 …, or an area code with a separator: 0261 12345, 030/1234567).
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w.])(?:(?:\+|00)49[\s/-]*\(?0?\)?\d[\d\s/-]{4,}\d|0\d{2,5}[ /-]\d{3,}(?:[ -]\d+)*)(?![\w.])"
)


def _free_text_fields(table: Table) -> list[int]:
    return [i for i, f in enumerate(table.fields) if f.type == "string" and f.enum is None and f.pattern is None]


def _no_personal_data(table: Table, rows: Iterable[Any]) -> Iterator[Any]:
    """The rows unchanged; refuses the export at the first free text that looks personal."""
    fields = _free_text_fields(table)
    key_index = [table.field_names.index(n) for n in table.primary_key]
    for row in rows:
        for i in fields:
            value = row[i]
            if not value:
                continue
            for pattern, what in ((_EMAIL, "eine E-Mail-Adresse"), (_PHONE, "eine Telefonnummer")):
                found = pattern.search(value)
                if found:
                    key = ", ".join(str(row[k]) for k in key_index)
                    raise InputError(
                        meldung(
                            "Das Standardpaket wurde nicht erstellt: {title} ({path}), Zeile mit {wert} = "
                            "{key}, Feld „{name}“ enthält {what} („{wert2}“). Personenbezogene Daten "
                            "verlassen das Land nicht; bitte den Text ändern und erneut exportieren.",
                            title=table.title,
                            path=table.path,
                            wert=", ".join(table.primary_key),
                            key=key,
                            name=table.fields[i].name,
                            what=what,
                            wert2=found.group(),
                        )
                    )
        yield row
