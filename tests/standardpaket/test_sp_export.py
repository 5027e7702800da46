"""Land side: export, sequence, log, no personal data, keys, and the upstream validator's verdict."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kpakt_desktop import paths
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.standardpaket import DESCRIPTOR, SIGNATURE, TABLES, descriptor_schema, table_schemas
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import (
    NOT_EXPORTED_NAMES,
    PERSONAL_TABLES,
    QUERIES,
    export,
    export_log,
    preview,
    source_columns,
)
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Aufgabe, Base, HuerdeHistorie, Kontakt, NachnutzungHistorie, Termin
from standardpaket.sp_helpers import read_zip


def test_package_layout_and_sequence(demo_copy, keys, tmp_path: Path) -> None:
    store = open_store(demo_copy("02"))
    try:
        first = export(store, tmp_path / "a.zip", key_path=keys.make("02"))
        second = export(store, tmp_path / "b.zip", key_path=keys.make("02"))
        log = export_log(store)
    finally:
        store.close()
    assert (first.sequenz, second.sequenz) == (1, 2)
    assert [e.sequenz for e in log] == [2, 1]
    assert log[0].sha256 == hashlib.sha256((tmp_path / "b.zip").read_bytes()).hexdigest()
    assert log[0].schluessel_fingerprint == second.fingerprint
    names = set(zipfile.ZipFile(second.path).namelist())
    assert names == {DESCRIPTOR, SIGNATURE} | {t.path for t in TABLES}
    desc = json.loads(read_zip(second.path)[DESCRIPTOR])
    assert desc["kpakt"]["land"] == "02" and desc["kpakt"]["sequenz"] == 2
    assert desc["kpakt"]["format"] == "kpakt-standardpaket"
    assert not list(tmp_path.glob(".standardpaket-*"))  # no temporary file left behind


def test_preview_counts_match_export(demo_copy, keys, tmp_path: Path) -> None:
    store = open_store(demo_copy("04"))
    try:
        before = {p.name: p.rows for p in preview(store)}
        result = export(store, tmp_path / "hb.zip", key_path=keys.make("04"))
    finally:
        store.close()
    assert before == {t.name: t.rows for t in result.tables}
    assert before["kommune"] > 0 and before["nachnutzung"] > 0


def test_no_personal_column_can_leave() -> None:
    used = {(c.table.name, c.name) for q in QUERIES.values() for c in source_columns(q)}
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            if col.info.get("personenbezogen") or col.name in NOT_EXPORTED_NAMES or table.name in PERSONAL_TABLES:
                assert (table.name, col.name) not in used, f"{table.name}.{col.name}"
    assert not any(t.name in PERSONAL_TABLES for t in TABLES)


def test_no_personal_value_in_the_package(demo_copy, keys, tmp_path: Path) -> None:
    store = open_store(demo_copy("07"))
    try:
        # Distinctive values in every personal place (the demo's are partly roles like "Demo").
        with store.write() as s:
            s.execute(update(NachnutzungHistorie).values(benutzer="Benutzerin Geheimhaltung"))
            s.execute(update(HuerdeHistorie).values(benutzer="Benutzerin Geheimhaltung"))
            s.execute(update(Aufgabe).values(wer="Zuständiger Geheimrath"))
            s.execute(update(Termin).values(teilnehmende="Teilnehmerin Verschwiegen"))
            s.execute(update(Kontakt).values(notiz="Notiz Vertraulich"))
        with store.read() as s:
            secrets = {"Benutzerin Geheimhaltung", "Zuständiger Geheimrath", "Teilnehmerin Verschwiegen"}
            secrets.add("Notiz Vertraulich")
            for k in s.scalars(select(Kontakt)):
                secrets |= {k.name, k.email, k.telefon}
            kontakte = s.scalar(select(func.count()).select_from(Kontakt))
        result = export(store, tmp_path / "rp.zip", key_path=keys.make("07"))
    finally:
        store.close()
    assert kontakte, "the demo database should hold people to look for"
    blob = b"".join(read_zip(result.path).values()).decode("utf-8")
    leaked = sorted(x for x in secrets if x and x in blob)
    assert not leaked


def test_frictionless_accepts_the_package_unchanged(bundles, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    with zipfile.ZipFile(bundles["07"]) as zf:
        zf.extractall(tmp_path)
    report = frictionless.validate(str(tmp_path / DESCRIPTOR))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:10]


def test_resources_hold_the_generated_schemas() -> None:
    folder = paths.resource("standardpaket")
    assert json.loads((folder / "datapackage.schema.json").read_text("utf-8")) == descriptor_schema()
    assert json.loads((folder / "tableschemas.json").read_text("utf-8")) == table_schemas()


def test_descriptor_schema_is_valid_json_schema() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(descriptor_schema())


def test_export_without_key_is_refused(demo_copy, tmp_path: Path) -> None:
    store = open_store(demo_copy("02"))
    try:
        with pytest.raises(InputError, match="Kein Signaturschlüssel"):
            export(store, tmp_path / "x.zip", key_path=tmp_path / "missing.key")
        assert export_log(store) == []
    finally:
        store.close()
    assert not (tmp_path / "x.zip").exists()


def test_keygen_private_key_only_for_the_user(tmp_path: Path) -> None:
    info = signing.create_key_pair("10", tmp_path / "pub")
    assert info.private_path.parent == signing.key_folder()
    assert stat.S_IMODE(info.private_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.private_path.parent.stat().st_mode) == 0o700
    assert info.public_path == tmp_path / "pub" / "10.pub"
    assert signing.fingerprint(signing.load_public_key(info.public_path)) == info.fingerprint
    assert signing.key_info("10") is not None and signing.key_info("10").fingerprint == info.fingerprint  # type: ignore[union-attr]
    with pytest.raises(InputError, match="bereits"):
        signing.create_key_pair("10", tmp_path / "pub")
    again = signing.create_key_pair("10", tmp_path / "pub", replace=True)
    assert again.fingerprint != info.fingerprint


def test_specification_lists_every_table_and_field() -> None:
    spec = (paths.app_root() / "docs" / "standardpaket.md").read_text("utf-8")
    for table in TABLES:
        assert f"`{table.path}`" in spec
        for f in table.fields:
            assert f"`{f.name}`" in spec


def test_frictionless_accepts_tricky_text_and_values(demo_copy, keys, tmp_path: Path) -> None:
    from datetime import datetime

    from kpakt_desktop.services.standardpaket.validate import validate_bundle
    from kpakt_desktop.store.models import Huerde, Kommune, NachnutzungHistorie

    frictionless = pytest.importorskip("frictionless")
    tricky = 'Zeile 1\r\nZeile 2 „Anführung“, "quoted", Komma; =SUMME(A1) \ttab ✓ ß'
    store = open_store(demo_copy("04"))
    try:
        with store.write() as s:
            s.execute(update(Huerde).values(beschreibung=tricky, loesung="  führende Leerzeichen"))
            s.execute(update(Kommune).values(flaeche_km2=-1.5e-07, laengengrad=8.80777))
            s.execute(update(NachnutzungHistorie).values(erfasst_am=datetime(2026, 1, 2, 3, 4, 5, 678)))
        result = export(store, tmp_path / "hb.zip", key_path=keys.make("04"))
    finally:
        store.close()
    huerden: list[tuple[object, ...]] = []

    def collect(table, columns, _texts) -> None:  # type: ignore[no-untyped-def]
        if table.name == "huerde":
            huerden.extend(zip(*columns, strict=True))

    report = validate_bundle(result.path, keys.trust, sink=collect)
    assert report.valid, [p.text() for p in report.problems]
    titles = {r[2] for r in huerden}
    assert titles == {tricky}
    assert {r[8] for r in huerden} == {"  führende Leerzeichen"}
    with zipfile.ZipFile(result.path) as zf:
        zf.extractall(tmp_path / "x")
    checked = frictionless.validate(str(tmp_path / "x" / DESCRIPTOR))
    assert checked.valid, checked.flatten(["rowNumber", "fieldName", "type", "message"])[:10]


def test_cancelled_export_leaves_nothing(demo_copy, keys, tmp_path: Path) -> None:
    from kpakt_desktop.services.standardpaket.export import export_job

    store = open_store(demo_copy("02"))
    try:
        job = export_job(store, tmp_path / "x.zip", key_path=keys.make("02"))
        for _ in range(5):
            next(job)
        job.close()  # what the GUI's cancel button does
        assert export_log(store) == []
        assert export(store, tmp_path / "y.zip", key_path=keys.make("02")).sequenz == 1
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip") == ["y.zip"]
    assert not list(tmp_path.glob(".standardpaket-*"))


def test_signing_keys_follow_the_chosen_data_folder(tmp_path):
    """A key made after the user chose a data folder lives there; an older key is still found."""
    from kpakt_desktop.gui import settings

    settings.set_data_dir(tmp_path / "daten")
    keys = settings.locations().keys
    assert keys == tmp_path / "daten" / "schluessel"
    info = signing.create_key_pair("05", keys=keys)
    assert info.private_path.parent == keys and signing.key_info("05", keys=keys) == info
    # A key from before the choice (in the default data folder) is the one still used.
    old = signing.key_info("06") or signing.create_key_pair("06")
    assert signing.key_info("06", keys=keys) == old and old.private_path.parent == signing.key_folder()
