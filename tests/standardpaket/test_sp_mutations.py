"""Issue 17, done when: valid packages mutated at the ZIP, descriptor and CSV level, each checked by
``kpakt bundle validate`` and ``kpakt merge`` in a child process. Whatever the mutation: exit code 0
or 1 (never a traceback), a German message, the national database byte-identical on refusal, and
the child's peak memory under the ceiling."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import fuzz_examples
from hypothesis import given, settings
from hypothesis import strategies as st

from kpakt_desktop.domain.standardpaket import DESCRIPTOR, SIGNATURE, TABLES
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import file_digest, read_zip, repack, write_entries

LAND = "04"
CEILING_MB = 300.0
ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("is not", "Expecting", "expected", "Error", "required property", "Traceback", "invalid", "field limit")

# One child for all examples (starting Python and importing the program costs more than a check):
# it reads "trust national package" lines and answers each with one JSON line. Its peak memory
# (VmHWM) is the largest over every example so far.
DRIVER = """
import contextlib, io, json, sys
from kpakt_desktop.cli import main
for line in sys.stdin:
    trust, national, package = line.rstrip("\\n").split("\\t")
    out = {}
    for name, args in (
        ("validate", ["bundle", "validate", package, "--trust", trust]),
        ("merge", ["merge", package, "--db", national, "--trust", trust]),
    ):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(args)
        out[name] = [code, err.getvalue()]
    out["peak"] = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:")) / 1024
    print(json.dumps(out), flush=True)
"""


cell_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "nan", "1e999", "-1", "9" * 30, "2026-02-30", "TRUE", "\x1b[2J", "x\x00y", '"', "07"]),
)
json_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=8), st.just([]), st.just({})
)
RAW_EDITS = [
    lambda t: t.replace('"land": "04"', '"land": "04", "land": "04"', 1),
    lambda t: t.replace('"sequenz": 1', '"sequenz": NaN', 1),
    lambda t: t.replace('"sequenz": 1', '"sequenz": ' + "9" * 5000, 1),
    lambda t: t.replace('"kpakt": {', '"kpakt": {"x": ' + "[" * 3000 + "]" * 3000 + ",", 1),
    lambda t: t.replace('"bytes": ', '"bytes": 1e999, "x": ', 1),
    lambda t: t[: len(t) // 2],
]

mutations = st.one_of(
    st.tuples(st.just("zip-cut"), st.integers(0, 4000)),
    st.tuples(st.just("zip-flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("zip-count"), st.integers(0, 0xFFFF)),
    st.tuples(st.just("zip-method"), st.integers(0, 99)),
    st.tuples(st.just("descriptor-raw"), st.integers(0, len(RAW_EDITS) - 1)),
    st.tuples(st.just("descriptor-value"), st.integers(0, 10**6), json_values),
    st.tuples(st.just("csv-cell"), st.sampled_from([t.path for t in TABLES]), st.integers(0, 10**4),
              st.integers(0, 30), cell_texts),
)  # fmt: skip


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


def _mutate(source: Path, target: Path, mutation: tuple[Any, ...], keys: Any) -> Path:
    kind = mutation[0]
    key = keys.key(LAND)
    if kind.startswith("zip-"):
        data = bytearray(source.read_bytes())
        eocd = bytes(data).rfind(b"PK\x05\x06")
        if kind == "zip-cut":
            data = data[: mutation[1]]
        elif kind == "zip-flip":
            data[mutation[1] % len(data)] ^= mutation[2]
        elif kind == "zip-count":
            struct.pack_into("<HH", data, eocd + 8, mutation[1], mutation[1])
        else:
            cd = bytes(data).find(b"PK\x01\x02")
            struct.pack_into("<H", data, cd + 10, mutation[1])
        target.write_bytes(bytes(data))
        return target
    files = read_zip(source)
    if kind == "descriptor-raw":
        raw = RAW_EDITS[mutation[1]](files[DESCRIPTOR].decode()).encode()
        files[DESCRIPTOR], files[SIGNATURE] = raw, signing.sign(key, raw)
        return write_entries(target, files)
    if kind == "descriptor-value":
        desc = json.loads(files[DESCRIPTOR])
        paths = _paths(desc)[1:]
        where = paths[mutation[1] % len(paths)]

        def edit(d: dict[str, Any]) -> None:
            node: Any = d
            for step in where[:-1]:
                node = node[step]
            node[where[-1]] = mutation[2]

        return repack(source, target, descriptor_edit=edit, rehash=False, key=key)
    _kind, path, line, field, value = mutation
    rows = list(csv.reader(io.StringIO(files[path].decode(), newline="")))
    if len(rows) > 1:
        row = rows[1 + line % (len(rows) - 1)]
        row[field % len(row)] = value
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return repack(source, target, change={path: out.getvalue().encode()}, key=key)


@settings(max_examples=fuzz_examples(15))
@given(mutation=mutations)
def test_mutated_packages_never_crash_stay_german_and_leave_the_database(
    bundles, keys, tmp_path_factory, mutation: tuple[Any, ...]
) -> None:
    folder = tmp_path_factory.mktemp("mutation")
    national = folder / "bund.sqlite"
    template = _national_template(bundles, keys, tmp_path_factory)
    shutil.copyfile(template, national)
    before = file_digest(national)
    package = _mutate(bundles[LAND], folder / "paket.zip", mutation, keys)
    child = _child()
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{keys.trust}\t{national}\t{package}\n")
    child.stdin.flush()
    answer = child.stdout.readline()
    assert answer, child.stderr.read() if child.stderr else "child ended"
    out = json.loads(answer)
    for name in ("validate", "merge"):
        code, err = out[name]
        assert code in (0, 1), (mutation, name, err)
        assert "\x1b" not in err and not any(word in err for word in ENGLISH), (mutation, name, err)
        if code == 1:
            assert err.startswith(("Ungültig:", "Nichts geschrieben:")), (mutation, name, err)
    if out["merge"][0] == 1:
        assert file_digest(national) == before, mutation
    assert out["peak"] < CEILING_MB, out


_TEMPLATES: dict[str, Path] = {}
_CHILDREN: list[subprocess.Popen[str]] = []


def _child() -> subprocess.Popen[str]:
    if not _CHILDREN or _CHILDREN[0].poll() is not None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
        pipe = subprocess.PIPE
        child = subprocess.Popen(
            [sys.executable, "-c", DRIVER], stdin=pipe, stdout=pipe, stderr=pipe, text=True, env=env, cwd=ROOT.parent
        )
        _CHILDREN[:] = [child]
    return _CHILDREN[0]


@pytest.fixture(scope="module", autouse=True)
def _stop_child() -> Iterator[None]:
    yield
    for child in _CHILDREN:
        child.communicate(timeout=30)  # closes its input: the child ends
    _CHILDREN.clear()


def _national_template(bundles: Any, keys: Any, factory: Any) -> Path:
    """A national database holding Hamburg (made once per session)."""
    if "bund" not in _TEMPLATES:
        path = factory.mktemp("bund-vorlage") / "bund.sqlite"
        with NationalDatabase(path) as db:
            assert merge([bundles["02"]], db, trust_dir=keys.trust).ok
        _TEMPLATES["bund"] = path
    return _TEMPLATES["bund"]
