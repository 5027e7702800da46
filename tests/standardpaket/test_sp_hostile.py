"""Hostile and broken packages: each refused with a clear message, the national database untouched."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from kpakt_desktop.cli import main
from kpakt_desktop.domain.standardpaket import DESCRIPTOR, SIGNATURE
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.validate import validate_bundle
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import file_digest, read_zip, repack, write_entries


@pytest.fixture
def national(bundles, keys, tmp_path: Path) -> Path:
    """A national database that already holds HH (sequence 1)."""
    path = tmp_path / "bund.sqlite"
    with NationalDatabase(path) as db:
        assert merge([bundles["02"]], db, trust_dir=keys.trust).ok
    return path


def _replace_line(data: bytes, line: int, old: bytes, new: bytes) -> bytes:
    lines = data.split(b"\r\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return b"\r\n".join(lines)


def _first_status_line(data: bytes) -> tuple[int, bytes]:
    for i, line in enumerate(data.split(b"\r\n")[1:], start=2):
        for status in (b",offen,", b",interesse,", b",produktiv,", b",test,", b",vereinbarung,", b",anbindung,"):
            if status in line:
                return i, status
    raise AssertionError("no status found")


def _case(name: str, bundles, keys, tmp: Path) -> Path:
    rp = bundles["07"]
    files = read_zip(rp)
    target = tmp / f"{name}.zip"
    key = keys.key("07")
    if name == "path_traversal":
        return write_entries(target, [*files.items(), ("../../etc/evil.csv", b"x\r\n")])
    if name == "absolute_path":
        return write_entries(target, [*files.items(), ("/tmp/evil.csv", b"x\r\n")])
    if name == "symlink":
        with zipfile.ZipFile(target, "w") as zf:
            for n, d in files.items():
                zf.writestr(n, d)
            link = zipfile.ZipInfo("link.csv")
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(link, "/etc/passwd")
        return target
    if name == "zip_bomb":
        return write_entries(target, [*files.items(), ("bomb.csv", b"0" * (20 * 1024 * 1024))])
    if name == "bad_hash":
        data = files["kommune.csv"].replace(b",aktiv,", b",AKTIV,", 1)  # same size, other bytes
        return repack(rp, target, change={"kommune.csv": data}, rehash=False)
    if name == "foreign_key_signature":
        return repack(rp, target, key=keys.key("08"))
    if name == "missing_signature":
        return repack(rp, target, drop=(SIGNATURE,))
    if name == "foreign_ars":
        data = (
            files["kommune.csv"] + b"081110000000,08111000,Stuttgart,stadtkreis,,,,true,1,,,,,,,false,false,aktiv,,\r\n"
        )
        return repack(rp, target, change={"kommune.csv": data}, key=key)
    if name == "broken_csv":
        data = files["huerde.csv"] + b'99999,"Titel ohne Ende,x\r\n'
        return repack(rp, target, change={"huerde.csv": data}, key=key)
    if name == "unknown_status":
        line, status = _first_status_line(files["nachnutzung.csv"])
        data = _replace_line(files["nachnutzung.csv"], line, status, b",erledigt,")
        return repack(rp, target, change={"nachnutzung.csv": data}, key=key)
    if name == "extra_file":
        return repack(rp, target, key=key, extra={"notizen.txt": b"geheim"})
    if name == "wrong_land_descriptor":

        def edit(desc: dict) -> None:  # type: ignore[type-arg]
            desc["kpakt"]["land"] = "02"
            desc["name"] = "kpakt-standardpaket-02-1"

        return repack(rp, target, key=keys.key("02"), descriptor_edit=edit)
    if name == "not_a_zip":
        target.write_bytes(b"PK\x03\x04 kaputt")
        return target
    raise AssertionError(name)


CASES = {
    "path_traversal": ("../../etc/evil.csv", "Verzeichniswechsel"),
    "absolute_path": ("/tmp/evil.csv", "Absoluter"),
    "symlink": ("link.csv", "Symbolische Links"),
    "zip_bomb": ("bomb.csv", "ZIP-Bombe"),
    "bad_hash": ("kommune.csv", "Prüfsumme stimmt nicht"),
    "foreign_key_signature": (SIGNATURE, "Signatur ist ungültig"),
    "missing_signature": (SIGNATURE, "Signatur fehlt"),
    "foreign_ars": ("kommune.csv", "gehört nicht zum Land 07"),
    "broken_csv": ("huerde.csv", "CSV-Datei ist fehlerhaft"),
    "unknown_status": ("nachnutzung.csv", "„erledigt“ ist kein erlaubter Wert"),
    "extra_file": ("notizen.txt", "Unerwartete Datei"),
    "wrong_land_descriptor": ("land.csv", "als Land 02 ausgewiesen"),
    "not_a_zip": ("not_a_zip.zip", "kein ZIP-Archiv"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_package_refused_and_database_untouched(name, bundles, keys, national, tmp_path: Path) -> None:
    bad = _case(name, bundles, keys, tmp_path)
    report = validate_bundle(bad, keys.trust)
    datei, words = CASES[name]
    assert not report.valid
    assert any(p.datei == datei and words in p.meldung for p in report.problems), [p.text() for p in report.problems]
    assert not report.zeilen
    before = file_digest(national)
    with NationalDatabase(national) as db:
        result = merge([bundles["04"], bad], db, trust_dir=keys.trust)  # one good, one bad: nothing written
    assert not result.ok and not result.merged
    assert file_digest(national) == before
    assert not list(tmp_path.glob("**/evil.csv")) and not (tmp_path.parent / "etc").exists()


def test_problems_name_file_row_and_field(bundles, keys, tmp_path: Path) -> None:
    bad = _case("unknown_status", bundles, keys, tmp_path)
    line, _ = _first_status_line(read_zip(bundles["07"])["nachnutzung.csv"])
    (problem,) = validate_bundle(bad, keys.trust).problems
    assert (problem.datei, problem.zeile, problem.feld) == ("nachnutzung.csv", line, "status")
    assert problem.text().startswith(f"nachnutzung.csv, Zeile {line}, Feld „status“: ")


def test_older_sequence_refused_database_untouched(rp_bundles, keys, tmp_path: Path) -> None:
    path = tmp_path / "bund.sqlite"
    with NationalDatabase(path) as db:
        assert merge([rp_bundles[1]], db, trust_dir=keys.trust).ok
    before = file_digest(path)
    with NationalDatabase(path) as db:
        result = merge([rp_bundles[0]], db, trust_dir=keys.trust)
    assert not result.ok
    assert "nicht neuer" in result.problems[0].meldung
    assert file_digest(path) == before


def test_refused_merge_creates_no_database(bundles, keys, tmp_path: Path) -> None:
    path = tmp_path / "neu.sqlite"
    bad = _case("missing_signature", bundles, keys, tmp_path)
    with NationalDatabase(path) as db:
        assert not merge([bad], db, trust_dir=keys.trust).ok
    assert not path.exists()


def test_cli_validate_json_lists_problems(bundles, keys, tmp_path: Path, capsys) -> None:
    bad = _case("unknown_status", bundles, keys, tmp_path)
    assert main(["bundle", "validate", str(bad), "--trust", str(keys.trust), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["gueltig"] is False
    assert out["probleme"][0]["datei"] == "nachnutzung.csv" and out["probleme"][0]["feld"] == "status"
    assert main(["bundle", "validate", str(bundles["07"]), "--trust", str(keys.trust), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["gueltig"] is True


def test_cli_merge_refuses_and_lists_all_problems(bundles, keys, tmp_path: Path, capsys) -> None:
    a = _case("unknown_status", bundles, keys, tmp_path)
    b = _case("missing_signature", bundles, keys, tmp_path)
    db = tmp_path / "bund.sqlite"
    assert main(["merge", str(a), str(b), "--db", str(db), "--trust", str(keys.trust)]) == 1
    err = capsys.readouterr().err
    assert "Nichts geschrieben" in err and "erledigt" in err and "Signatur fehlt" in err
    assert not db.exists()


def test_descriptor_against_schema(bundles, keys, tmp_path: Path) -> None:
    def edit(desc: dict) -> None:  # type: ignore[type-arg]
        desc["kpakt"]["sequenz"] = "drei"
        desc["kpakt"]["extra"] = 1

    bad = repack(bundles["07"], tmp_path / "d.zip", key=keys.key("07"), descriptor_edit=edit)
    problems = validate_bundle(bad, keys.trust).problems
    assert all(p.datei == DESCRIPTOR for p in problems) and len(problems) == 2
    assert {p.feld for p in problems} == {"kpakt", "kpakt/sequenz"}


def test_merge_refuses_a_land_database_or_foreign_file(bundles, keys, demo_copy, tmp_path: Path) -> None:
    from kpakt_desktop.domain.errors import InputError

    land_db = demo_copy("02")
    foreign = tmp_path / "fremd.sqlite"
    import sqlite3

    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notizen (x)")
    con.commit()
    con.close()
    for target, words in ((land_db, "Landesdatenbank"), (foreign, "andere Tabellen")):
        before = file_digest(target)
        with NationalDatabase(target) as db, pytest.raises(InputError, match=words):
            merge([bundles["02"]], db, trust_dir=keys.trust)
        assert file_digest(target) == before


def test_cli_missing_files_and_bad_urls_are_bad_input(bundles, tmp_path: Path, capsys) -> None:
    assert main(["bundle", "validate", str(tmp_path / "fehlt.zip")]) == 2
    assert main(["merge", str(tmp_path / "fehlt.zip"), "--db", str(tmp_path / "b.sqlite")]) == 2
    assert "Nicht gefunden" in capsys.readouterr().err
    assert main(["merge", str(bundles["02"]), "--db", "nosuchdialect://x"]) == 2
    assert main(["merge", str(bundles["02"]), "--db", "postgresql+nosuchdriver://x/y"]) == 2
    err = capsys.readouterr().err
    assert "keine gültige Datenbank-URL" in err or "Treiber" in err
