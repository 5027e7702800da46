"""Issue 17: every hostile or malformed package refused cheaply, before it costs anything; what is
valid stays valid. Each case is built here (the reported corpus is kept apart from the repository)."""

from __future__ import annotations

import csv
import io
import json
import random
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kpakt_desktop.cli import main
from kpakt_desktop.domain.standardpaket import DESCRIPTOR, MAX_FIELD_CHARS, SIGNATURE
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.merge import merge, read_herkunft
from kpakt_desktop.services.standardpaket.validate import validate_bundle
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import file_digest, read_zip, repack, write_entries

LAND = "04"  # Bremen: the smallest package

# What Python, csv and jsonschema say in English: none of it may reach a user.
ENGLISH = ("is not", "Expecting", "expected", "Error", "error", "required property", "Traceback", "invalid", "line ")


def _problems(path: Path, keys: Any) -> list[str]:
    report = validate_bundle(path, keys.trust)
    assert not report.valid
    texts = [p.text() for p in report.problems]
    assert not any(word in t for t in texts for word in ENGLISH), texts
    return texts


def _resigned(source: Path, target: Path, descriptor: bytes, keys: Any, land: str = LAND) -> Path:
    """The package with ``descriptor`` as raw bytes, signed by the Land's trusted key."""
    files = read_zip(source)
    files[DESCRIPTOR] = descriptor
    files[SIGNATURE] = signing.sign(keys.key(land), descriptor)
    return write_entries(target, files)


def _descriptor_text(source: Path) -> str:
    return read_zip(source)[DESCRIPTOR].decode()


# -- ZIP: decided from the end-of-central-directory record, before zipfile builds its list ------------


def _eocd_at(data: bytes) -> int:
    return data.rfind(b"PK\x05\x06")


def test_entry_count_refused_before_zipfile_reads_the_directory(bundles, keys, tmp_path: Path, monkeypatch) -> None:
    data = bundles[LAND].read_bytes()
    at = _eocd_at(data)
    forged = bytearray(data)
    struct.pack_into("<HH", forged, at + 8, 65535, 65535)  # "65 535 entries" (a 1-million-entry ZIP64 says more)
    bad = tmp_path / "viele.zip"
    bad.write_bytes(bytes(forged))

    def never(*_args: Any, **_kw: Any) -> None:
        raise AssertionError("zipfile must not read a directory the limits refuse")

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", never)
    report = validate_bundle(bad, keys.trust)
    expected = "Das Archiv enthält mindestens 65535 Einträge; erlaubt sind höchstens 64."
    assert [p.meldung for p in report.problems] == [expected], report.problems


def test_real_archive_with_too_many_entries(bundles, keys, tmp_path: Path) -> None:
    files = read_zip(bundles[LAND])
    many = write_entries(tmp_path / "viele.zip", [*files.items(), *((f"x{i}.csv", b"") for i in range(70))])
    assert any("höchstens 64" in t for t in _problems(many, keys))


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("zip64_locator", "ZIP64"),
        ("trailing_data", "Daten nach dem Archivverzeichnis"),
        ("bzip2", "Kompressionsverfahren 12"),
        ("nul_in_name", "Steuerzeichen"),
        ("lying_cd_offset", "Archivverzeichnis"),
    ],
)
def test_container_tricks(damage: str, words: str, bundles, keys, tmp_path: Path) -> None:
    data = bytearray(bundles[LAND].read_bytes())
    at = _eocd_at(bytes(data))
    if damage == "zip64_locator":
        data[at:at] = b"PK\x06\x07" + b"\x00" * 16
    elif damage == "trailing_data":
        data += b"hinten angehaengt"
    elif damage == "lying_cd_offset":
        struct.pack_into("<L", data, at + 16, 3)
    else:
        files = read_zip(bundles[LAND])
        name = "land.csvXexe" if damage == "nul_in_name" else "land.csv"
        with zipfile.ZipFile(tmp_path / "t.zip", "w") as zf:
            for n, d in files.items():
                info = zipfile.ZipInfo(name if n == "land.csv" else n)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, d)
        data = bytearray((tmp_path / "t.zip").read_bytes())
        if damage == "nul_in_name":
            data = bytearray(bytes(data).replace(b"land.csvXexe", b"land.csv\x00exe"))
        else:  # the method field of land.csv's central directory entry says bzip2
            cd = bytes(data).rfind(b"PK\x01\x02" + bytes(data[bytes(data).rfind(b"PK\x01\x02") + 4 : 0]))
            for pos in _all(bytes(data), b"PK\x01\x02"):
                if bytes(data[pos + 46 : pos + 54]) == b"land.csv":
                    cd = pos
            struct.pack_into("<H", data, cd + 10, 12)
    bad = tmp_path / f"{damage}.zip"
    bad.write_bytes(bytes(data))
    assert any(words in t for t in _problems(bad, keys)), _problems(bad, keys)


def _all(data: bytes, needle: bytes) -> list[int]:
    out, at = [], data.find(needle)
    while at >= 0:
        out.append(at)
        at = data.find(needle, at + 1)
    return out


def test_terminal_escape_in_a_name_is_shown_escaped(bundles, keys, tmp_path: Path, capsys) -> None:
    files = read_zip(bundles[LAND])
    bad = write_entries(tmp_path / "ansi.zip", [*files.items(), ("\x1b[2J\x1b[31mrot.csv", b"x")])
    assert main(["bundle", "validate", str(bad), "--trust", str(keys.trust)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[2J" in err
    assert "(1 Problem)" in err  # singular: "1 Problem", not "1 Probleme"
    assert main(["bundle", "validate", str(bad), "--trust", str(keys.trust), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)  # --json keeps the raw name, JSON-escaped
    assert out["probleme"][0]["datei"] == "\x1b[2J\x1b[31mrot.csv"


def test_escape_in_a_signed_cell_is_shown_escaped(bundles, keys, tmp_path: Path, capsys) -> None:
    files = read_zip(bundles[LAND])
    data = files["huerde.csv"].replace(b",offen,", b",\x1b]0;gehackt\x07,", 1)
    bad = repack(bundles[LAND], tmp_path / "zelle.zip", change={"huerde.csv": data}, key=keys.key(LAND))
    assert main(["bundle", "validate", str(bad), "--trust", str(keys.trust)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b]0;gehackt\\x07" in err


def test_a_row_with_fields_missing_is_named_not_called_damaged(bundles, keys, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(read_zip(bundles[LAND])["kommune.csv"].decode("utf-8"), newline="")))
    rows[2] = rows[2][:3]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    change = {"kommune.csv": out.getvalue().encode("utf-8")}
    bad = repack(bundles[LAND], tmp_path / "kurz.zip", change=change, key=keys.key(LAND))
    assert _problems(bad, keys) == [f"kommune.csv, Zeile 3: 3 Felder statt {len(rows[0])}."]


# -- descriptor: size, depth, numbers, duplicate keys, NaN, dialect, name and created -----------------


def _prose(n: int) -> str:
    """Text that compresses like text (a run of one letter would trip the ZIP-bomb ratio)."""
    rng = random.Random(17)
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyzäöüß ,.ABCDEFGHIJ", k=n))


def test_oversized_descriptor_is_not_read(bundles, keys, tmp_path: Path) -> None:
    text = _descriptor_text(bundles[LAND])
    padding = "".join(random.Random(1).choices(" \t\r\n", k=1024 * 1024))
    big = _resigned(bundles[LAND], tmp_path / "gross.zip", (text + padding).encode(), keys)
    assert any("größer als erlaubt (1048576 Bytes)" in t for t in _problems(big, keys))


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda t: t.replace('"kpakt": {', '"kpakt": {"x": ' + "[" * 50_000 + "]" * 50_000 + ", ", 1), "verschachtelt"),
        (lambda t: t.replace('"sequenz": 1', '"sequenz": 1' + "0" * 5000, 1), "mehr als 19 Stellen"),
        (lambda t: t.replace('"land": "04"', '"land": "04", "land": "04"', 1), "mehrfach"),
        (lambda t: t.replace('"sequenz": 1', '"sequenz": NaN', 1), "NaN"),
        (lambda t: t.replace('"sequenz": 1', '"sequenz": 1e999', 1), "zu groß"),
        (lambda t: t.replace('"sequenz": 1', '"sequenz": 1.0', 1), "ganze Zahl"),
        (lambda t: t.replace('"sequenz": 1', f'"sequenz": {2**40}', 1), "höchstens 2147483647"),
        (lambda t: t.replace('"sequenz": 1', f'"sequenz": {2**64}', 1), "mehr als 19 Stellen"),
        (lambda t: t.replace('"bytes": ', '"dialect": {"delimiter": ";"}, "bytes": ', 1), 'muss "," sein'),
        (lambda t: t.replace('"name": "kpakt-standardpaket-04-1"', '"name": "kpakt-standardpaket-04-9"'), "04-1"),
        (lambda t: t.replace('"created": "2026-11-01T12', '"created": "2026-10-01T12'), "vor dem Stand"),
        (lambda t: t.replace('"created": "2026-11-01T12:00:00Z"', '"created": 20261101'), "Typ Text"),
        (lambda t: "\ufeff" + t, "Byte-Order-Mark"),
    ],
)
def test_descriptor_tricks_are_refused_in_german(edit: Any, words: str, bundles, keys, tmp_path: Path) -> None:
    text = _descriptor_text(bundles[LAND])
    changed = edit(text)
    assert changed != text
    bad = _resigned(bundles[LAND], tmp_path / "d.zip", changed.encode(), keys)
    texts = _problems(bad, keys)
    assert any(words in t for t in texts), texts


def test_the_specs_dialect_is_accepted(bundles, keys, tmp_path: Path) -> None:
    def edit(desc: dict[str, Any]) -> None:
        for res in desc["resources"]:
            res["dialect"] = {"delimiter": ",", "doubleQuote": True, "quoteChar": '"', "lineTerminator": "\r\n"}

    ok = repack(bundles[LAND], tmp_path / "dialekt.zip", descriptor_edit=edit, key=keys.key(LAND))
    report = validate_bundle(ok, keys.trust)
    assert report.valid, [p.text() for p in report.problems]


# -- cells: 1 MiB texts, numbers -------------------------------------------------------------------------


def _with_cell(source: Path, target: Path, path: str, name: str, text: str, keys: Any) -> Path:
    """The package with one cell of the first data row of ``path`` replaced, re-signed."""
    files = read_zip(source)
    rows = list(csv.reader(io.StringIO(files[path].decode(), newline="")))
    rows[1][rows[0].index(name)] = text
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return repack(source, target, change={path: out.getvalue().encode()}, key=keys.key(LAND))


def _with_huerde_text(source: Path, target: Path, text: str, keys: Any) -> Path:
    return _with_cell(source, target, "huerde.csv", "beschreibung", text, keys)


def test_a_text_field_of_one_mib_is_valid_and_one_more_is_not(bundles, keys, tmp_path: Path) -> None:
    full = _with_huerde_text(bundles[LAND], tmp_path / "voll.zip", _prose(MAX_FIELD_CHARS), keys)
    report = validate_bundle(full, keys.trust)
    assert report.valid, [p.text() for p in report.problems]
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        assert merge([full], db, trust_dir=keys.trust).ok
    over = _with_huerde_text(bundles[LAND], tmp_path / "zuviel.zip", _prose(MAX_FIELD_CHARS + 1), keys)
    assert any("länger als 1 MiB" in t for t in _problems(over, keys))


@pytest.mark.parametrize("value", ["1e999", "-1e400", "nan", "1" * 65])
def test_numbers_beyond_a_double_are_refused(value: str, bundles, keys, tmp_path: Path) -> None:
    bad = _with_cell(bundles[LAND], tmp_path / "zahl.zip", "kommune.csv", "flaeche_km2", value, keys)
    texts = _problems(bad, keys)
    assert texts == [f"kommune.csv, Zeile 2, Feld „flaeche_km2“: {texts[0].split(': ', 1)[1]}"]


# -- merge: replay over the whole call, no file on refusal, reports, demo, wipe ---------------------------


def test_two_packages_with_one_number_refused_even_beside_a_newer_one(demo_copy, keys, tmp_path: Path) -> None:
    from kpakt_desktop.services.standardpaket.export import export
    from kpakt_desktop.store.database import open_store

    from .conftest import STICHTAG_DT

    made = []
    for i in (1, 2):
        store = open_store(demo_copy(LAND) if i == 1 else _second_copy(demo_copy, tmp_path))
        try:
            key = keys.make(LAND)
            made.append(export(store, tmp_path / f"a{i}.zip", key_path=key, now=STICHTAG_DT.replace(minute=i)).path)
            if i == 1:
                made.append(export(store, tmp_path / "a3.zip", key_path=key, now=STICHTAG_DT.replace(hour=13)).path)
        finally:
            store.close()
    first, newer, twin = made  # sequence 1, 2 and a different sequence 1
    target = tmp_path / "bund.sqlite"
    with NationalDatabase(target) as db:
        result = merge([first, twin, newer], db, trust_dir=keys.trust)
    assert not result.ok and any("dieselbe Nummer 1" in p.meldung for p in result.problems)
    assert not target.exists()


def _second_copy(demo_copy: Any, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copy(demo_copy(LAND), tmp_path / "zweite.sqlite"))


def test_refused_merge_into_a_new_path_leaves_no_file(bundles, keys, tmp_path: Path) -> None:
    files = read_zip(bundles["07"])
    bad = repack(bundles["07"], tmp_path / "p" / "rp.zip" if False else tmp_path / "rp.zip",
                 change={"huerde.csv": files["huerde.csv"] + b"1,doppelt\r\n"}, key=keys.key("07"))  # fmt: skip
    folder = tmp_path / "ziel"
    folder.mkdir()
    with NationalDatabase(folder / "bund.sqlite") as db:
        result = merge([bundles[LAND], bad], db, trust_dir=keys.trust)  # Bremen was already written, then RP fails
    assert not result.ok and not result.merged
    assert list(folder.iterdir()) == []


def test_report_failure_after_a_successful_merge_is_its_own_exit(bundles, keys, tmp_path: Path, capsys) -> None:
    db = tmp_path / "bund.sqlite"
    pdf = tmp_path / "gibt-es-nicht" / "bund.pdf"
    code = main(["merge", str(bundles[LAND]), "--db", str(db), "--trust", str(keys.trust), "--pdf", str(pdf)])
    captured = capsys.readouterr()
    assert code == 3, captured.err
    assert "Land 04: Paket Nr. 1" in captured.out
    assert "Zusammenführung ist abgeschlossen und gespeichert" in captured.err and "Traceback" not in captured.err
    with NationalDatabase(db) as national:
        assert read_herkunft(national)["04"].sequenz == 1


def test_reports_take_long_names_and_the_catalogs_leistung_names(bundles, keys, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kpakt_desktop.services.catalog import load_catalog
    from kpakt_desktop.services.standardpaket.national_reports import write_reports
    from kpakt_desktop.services.standardpaket.national_view import national_overview

    files = read_zip(bundles["02"])
    land = files["land.csv"].decode().split("\r\n")
    row = land[1].split(",")
    row[2] = "Freie und Hansestadt Hamburg & " + "sehr lang " * 3000  # 30 000 characters
    land[1] = ",".join(row)
    leistung = files["leistung.csv"].decode().replace(",Ummeldung,", ",Umzug (eigener Name),", 1)
    long_hh = repack(
        bundles["02"], tmp_path / "hh.zip", key=keys.key("02"),
        change={"land.csv": "\r\n".join(land).encode(), "leistung.csv": leistung.encode()},
    )  # fmt: skip
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        assert merge([long_hh, bundles["07"]], db, trust_dir=keys.trust).ok
        bund = national_overview(db)
        xlsx, pdf = list(write_reports(db, xlsx=tmp_path / "b.xlsx", pdf=tmp_path / "b.pdf"))
    assert dict(bund.leistungen) == {c.nr: c.name for c in load_catalog()}
    assert pdf.read_bytes().startswith(b"%PDF")
    wb = load_workbook(xlsx)
    footer = wb["HH"].oddFooter.left.text
    assert footer is not None and len(footer) <= 255 and footer.startswith("Freie und Hansestadt Hamburg && ")
    assert wb["Anteil produktiv"].cell(row=3, column=3).value == load_catalog()[0].name


def test_demo_package_is_marked_and_refused_unless_allowed(tmp_path: Path, keys, capsys) -> None:
    from kpakt_desktop.domain.laender import parse_land
    from kpakt_desktop.services.demo import create_demo
    from kpakt_desktop.services.standardpaket.export import export

    store = create_demo(tmp_path / "demo.sqlite", parse_land("15"), seed=3)
    try:
        real = signing.create_key_pair("15", tmp_path / "echt", replace=True)  # the office's real key
        with pytest.raises(Exception, match="Demo-Datenbank"):
            export(store, tmp_path / "x.zip", key_path=real.private_path)
        result = export(store, tmp_path / "demo-15.zip")  # signs with the demo key
    finally:
        store.close()
    assert result.fingerprint != real.fingerprint and result.demo
    assert signing.demo_private_key_path("15").exists()
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "15.pub").write_text(signing.key_info("15", signing.demo_private_key_path("15")).public_pem)  # type: ignore[union-attr]
    assert main(["bundle", "validate", str(result.path), "--trust", str(trust)]) == 0
    assert "DEMO-PAKET" in capsys.readouterr().err
    db = tmp_path / "bund.sqlite"
    assert main(["merge", str(result.path), "--db", str(db), "--trust", str(trust)]) == 1
    err = capsys.readouterr().err
    assert "Demodaten" in err and "--demo-zulassen" in err and not db.exists()
    assert main(["merge", str(result.path), "--db", str(db), "--trust", str(trust), "--demo-zulassen"]) == 0
    assert "DEMO-Paket" in capsys.readouterr().err


def test_wipe_needs_leeren_zulassen_and_says_how_many_rows(bundles, keys, tmp_path: Path, capsys) -> None:
    files = read_zip(bundles[LAND])
    names = ("termin.csv", "termin_kommune.csv", "termin_leistung.csv")
    empty = {name: files[name].split(b"\r\n", 1)[0] + b"\r\n" for name in names}

    def second(desc: dict[str, Any]) -> None:
        desc["kpakt"]["sequenz"] = 2
        desc["name"] = "kpakt-standardpaket-04-2"

    wipe = repack(bundles[LAND], tmp_path / "leer.zip", change=empty, descriptor_edit=second, key=keys.key(LAND))
    lost = sum(files[name].count(b"\r\n") - 1 for name in empty)
    db = tmp_path / "bund.sqlite"
    args = ["merge", "--db", str(db), "--trust", str(keys.trust)]
    assert main([*args[:0], "merge", str(bundles[LAND]), *args[1:]]) == 0
    before = file_digest(db)
    capsys.readouterr()
    assert main(["merge", str(wipe), *args[1:]]) == 1
    err = capsys.readouterr().err
    assert f"{lost} Zeilen gingen verloren" in err and "termin (" in err and "--leeren-zulassen" in err
    assert file_digest(db) == before
    assert main(["merge", str(wipe), *args[1:], "--leeren-zulassen"]) == 0


def test_free_text_that_looks_personal_is_refused_at_export(demo_copy, keys, tmp_path: Path) -> None:
    from sqlalchemy import select, update

    from kpakt_desktop.domain.errors import InputError
    from kpakt_desktop.services.standardpaket.export import export, export_log
    from kpakt_desktop.store.database import open_store
    from kpakt_desktop.store.models import Huerde, Termin

    store = open_store(demo_copy(LAND))
    try:
        with store.write() as s:
            hid = s.scalars(select(Huerde.id).order_by(Huerde.id)).first()
            mail = "Rückfragen an m.muster@kreis.example"
            s.execute(update(Huerde).where(Huerde.id == hid).values(beschreibung=mail))
        where = rf"Hürden \(huerde.csv\), Zeile mit id = {hid}, Feld „beschreibung“.*E-Mail"
        with pytest.raises(InputError, match=where):
            export(store, tmp_path / "x.zip", key_path=keys.make(LAND))
        with store.write() as s:
            s.execute(update(Huerde).values(beschreibung="Besprochen am 01.11.2026, Vorgang 071315001000"))
            tid = s.scalars(select(Termin.id).order_by(Termin.id)).first()
            s.execute(update(Termin).where(Termin.id == tid).values(ergebnis="Rückruf unter 0261 1234567"))
        with pytest.raises(InputError, match=r"„ergebnis“.*Telefonnummer"):
            export(store, tmp_path / "x.zip", key_path=keys.make(LAND))
        assert export_log(store) == [] and not (tmp_path / "x.zip").exists()
        with store.write() as s:
            s.execute(update(Termin).values(ergebnis="Ergebnis: 3 von 12 Kommunen angebunden, Stand 2026-11-01"))
        assert export(store, tmp_path / "x.zip", key_path=keys.make(LAND)).sequenz == 1
    finally:
        store.close()
