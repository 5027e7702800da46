"""Fuzzing the Standardpaket reader: damaged CSV cells and bytes, damaged descriptors, broken ZIPs.

Every package is re-hashed and re-signed after the damage, so the checks behind the signature
(structure, types, keys, descriptor) are what meets it. ``validate_bundle`` must return a report
(never raise), every problem names its file, and a refused merge writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from conftest import fuzz_examples
from hypothesis import given, settings
from hypothesis import strategies as st

from kpakt_desktop.domain.standardpaket import DESCRIPTOR, SIGNATURE, TABLES
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.validate import validate_bundle
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import read_zip, repack, write_entries

LAND = "04"  # Bremen: the smallest package
CSV_PATHS = [t.path for t in TABLES]

cell_texts = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            "nan",
            "inf",
            "-1",
            "1e400",
            "99999999999999999999999",
            "2026-02-30",
            "2026-11-01T25:00:00",
            "true",
            "TRUE",
            "ja",
            "x" * 5000,
            '=HYPERLINK("http://evil")',
            "\ufeff",
            "07",
            "0" * 12,
        ]
    ),
)


def _check(report: Any) -> None:
    for p in report.problems:
        assert p.datei and p.meldung, p
        assert isinstance(p.text(), str)


def _csv_with_cell(data: bytes, line: int, field: int, value: str) -> bytes:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    if len(rows) < 2:
        return data
    row = rows[1 + line % (len(rows) - 1)]
    row[field % len(row)] = value
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


@settings(max_examples=fuzz_examples(40))
@given(
    path=st.sampled_from(CSV_PATHS),
    line=st.integers(0, 10_000),
    field=st.integers(0, 40),
    value=cell_texts,
)
def test_damaged_csv_cell_is_a_problem_with_file_row_field(
    bundles, keys, tmp_path_factory, path: str, line: int, field: int, value: str
) -> None:
    source = bundles[LAND]
    files = read_zip(source)
    target = tmp_path_factory.mktemp("fuzz") / "paket.zip"
    repack(source, target, change={path: _csv_with_cell(files[path], line, field, value)}, key=keys.key(LAND))
    report = validate_bundle(target, keys.trust)
    _check(report)


@settings(max_examples=fuzz_examples(30))
@given(path=st.sampled_from(CSV_PATHS), cut=st.integers(0, 5000), junk=st.binary(max_size=60))
def test_damaged_csv_bytes(bundles, keys, tmp_path_factory, path: str, cut: int, junk: bytes) -> None:
    source = bundles[LAND]
    data = read_zip(source)[path]
    target = tmp_path_factory.mktemp("fuzz") / "paket.zip"
    repack(source, target, change={path: data[:cut] + junk + data[cut:]}, key=keys.key(LAND))
    report = validate_bundle(target, keys.trust)
    _check(report)
    if b"\x00" in junk:  # found by this test: a NUL in a text passed, and PostgreSQL cannot store it
        assert not report.valid


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=fuzz_examples(40))
@given(data=st.data())
def test_damaged_descriptor_is_reported_not_raised(bundles, keys, tmp_path_factory, data: st.DataObject) -> None:
    source = bundles[LAND]
    desc = json.loads(read_zip(source)[DESCRIPTOR])
    where = data.draw(st.sampled_from(_paths(desc)[1:]))
    action = data.draw(st.sampled_from(["set", "delete"]))
    value = data.draw(json_values)

    def edit(d: dict[str, Any]) -> None:
        node: Any = d
        for step in where[:-1]:
            node = node[step]
        if action == "delete":
            del node[where[-1]]
        else:
            node[where[-1]] = value

    target = tmp_path_factory.mktemp("fuzz") / "paket.zip"
    repack(source, target, descriptor_edit=edit, rehash=False, key=keys.key(LAND))
    _check(validate_bundle(target, keys.trust))


@given(raw=st.binary(max_size=300), keep=st.integers(0, 3000))
def test_broken_zip_and_descriptor_bytes(bundles, keys, tmp_path_factory, raw: bytes, keep: int) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    cut = folder / "abgeschnitten.zip"
    cut.write_bytes(bundles[LAND].read_bytes()[:keep] + raw)
    _check(validate_bundle(cut, keys.trust))
    files = read_zip(bundles[LAND])
    files[DESCRIPTOR] = raw
    files.pop(SIGNATURE)
    _check(validate_bundle(write_entries(folder / "deskriptor.zip", files), keys.trust))


@settings(max_examples=fuzz_examples(10))
@given(path=st.sampled_from(CSV_PATHS), line=st.integers(0, 1000), field=st.integers(0, 40), value=cell_texts)
def test_refused_merge_writes_nothing(
    bundles, keys, tmp_path_factory, path: str, line: int, field: int, value: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    files = read_zip(bundles[LAND])
    target = repack(
        bundles[LAND], folder / "paket.zip", change={path: _csv_with_cell(files[path], line, field, value)},
        key=keys.key(LAND),
    )  # fmt: skip
    with NationalDatabase(folder / "bund.sqlite") as db:
        result = merge([target], db, trust_dir=keys.trust)
        if not result.ok:
            assert not (folder / "bund.sqlite").exists()  # not even an empty database


def test_integer_beyond_64_bits_is_a_problem_not_a_crash_of_the_merge(bundles, keys, tmp_path) -> None:
    """Found by the fuzzer: 99999999999999999999999 passed validation and the merge died on the
    insert (OverflowError: Python int too large to convert to SQLite INTEGER)."""
    path = "nachnutzung_historie.csv"
    files = read_zip(bundles[LAND])
    for i, value in enumerate(["99999999999999999999999", "9" * 5000]):
        target = repack(
            bundles[LAND], tmp_path / f"paket-{i}.zip", change={path: _csv_with_cell(files[path], 0, 0, value)},
            key=keys.key(LAND),
        )  # fmt: skip
        report = validate_bundle(target, keys.trust)
        assert [(p.datei, p.zeile, p.feld) for p in report.problems] == [(path, 2, "id")], report.problems
        with NationalDatabase(tmp_path / f"bund-{i}.sqlite") as db:
            assert not merge([target], db, trust_dir=keys.trust).ok
        assert not (tmp_path / f"bund-{i}.sqlite").exists()
