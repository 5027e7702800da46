"""Large and hostile Standardpakete for the memory ceiling (bench/standardpaket_grenzen.py and
tests/standardpaket/test_sp_memory.py): a valid package near the format's limits, and a ZIP whose
directory claims a million entries. Also the child process that measures peak memory.

No ``run()``: ``bench/run_all.py`` does not treat this module as a benchmark.
"""

from __future__ import annotations

import random
import struct
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from kpakt_desktop.domain.standardpaket import DESCRIPTOR, SIGNATURE, TABLES
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import build_descriptor, write_zip

STAND = datetime(2026, 11, 1, 12, 0)

# The child validates each package, then merges those that are valid into a fresh SQLite file, and
# prints its own peak resident set (VmHWM belongs to this program image; ru_maxrss of a child
# started from a large process would include the parent's size) and the seconds it took.
CHILD = """
import resource, sys, time
from pathlib import Path
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.validate import validate_bundle
trust, target, *packages = (Path(a) for a in sys.argv[1:])
start = time.perf_counter()
valid = []
for path in packages:
    report = validate_bundle(path, trust)
    print("gueltig" if report.valid else "ungueltig", path.name, [p.text() for p in report.problems][:3])
    if report.valid:
        valid.append(path)
if valid:
    from kpakt_desktop.store.national import NationalDatabase
    with NationalDatabase(target) as db:
        result = merge(valid, db, trust_dir=trust, allow_demo=True)
        print("merge", result.ok, [p.text() for p in result.problems][:3])
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("peak", peak, time.perf_counter() - start)
"""


def measure(trust: Path, target: Path, packages: list[Path], env: dict[str, str]) -> tuple[float, float, str]:
    """Peak memory (MB), seconds and output of a child that validates and merges ``packages``."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(trust), str(target), *map(str, packages)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    last = out.strip().splitlines()[-1].split()
    return float(last[1]), float(last[2]), out


def prose(n: int, seed: int = 17) -> str:
    """Text that compresses like text (a run of one letter would trip the ZIP-bomb ratio)."""
    rng = random.Random(seed)
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyzäöüß ,.;ABCDEFGHIJKLMN", k=n))


def _csv(header: tuple[str, ...], lines: list[str]) -> bytes:
    return (",".join(header) + "\r\n" + "".join(lines)).encode("utf-8")


def big_package(
    source_files: dict[str, bytes],
    land: str,
    key_path: Path,
    target: Path,
    *,
    kommunen: int,
    historie: int,
    long_texts: int,
    text_chars: int = 1024 * 1024,
) -> Path:
    """A valid, signed package of ``land``: its own small tables from ``source_files`` plus
    ``kommunen`` synthetic Gemeinden (each with one Nachnutzung), ``historie`` history rows and
    ``long_texts`` Hürden whose description is ``text_chars`` characters long."""
    files = {t.name: source_files[t.path] for t in TABLES}
    extra = [
        f"{land}9{i:09d},,Gemeinde {i},gemeinde,,,,true,{i % 5000},,,,,,,false,false,aktiv,,\r\n"
        for i in range(kommunen)
    ]
    files["kommune"] = source_files["kommune.csv"] + "".join(extra).encode()
    nn = [f"{land}9{i:09d},1,offen,,,,,,,false,2026-01-01T00:00:00,1\r\n" for i in range(kommunen)]
    files["nachnutzung"] = source_files["nachnutzung.csv"] + "".join(nn).encode()
    base = 10_000_000
    hist = [
        f"{base + i},{land}9{i % max(kommunen, 1):09d},1,status,offen,interesse,2026-01-01,2026-01-01T00:00:00,,\r\n"
        for i in range(historie if kommunen else 0)
    ]
    files["nachnutzung_historie"] = source_files["nachnutzung_historie.csv"] + "".join(hist).encode()
    pool = prose(text_chars + 4096)
    texts = [
        f'{base + i},Hürde {i},"{pool[i % 4096 : i % 4096 + text_chars]}",technisch,,offen,2026-01-01,,,\r\n'
        for i in range(long_texts)
    ]
    files["huerde"] = source_files["huerde.csv"] + "".join(texts).encode()
    key = signing.load_private_key(key_path)
    descriptor = build_descriptor(land, 2, STAND, files, signing.fingerprint(key.public_key()))
    write_zip(target, descriptor, signing.sign(key, descriptor), files, STAND)
    return target


def million_entry_zip(target: Path, entries: int = 1_000_000) -> Path:
    """A ZIP64 archive with ``entries`` empty stored files, written by hand (zipfile would need
    minutes and gigabytes for it): what a validator must refuse from the directory's end alone."""
    with target.open("wb") as fh:
        directory = bytearray()
        offset = 0
        for i in range(entries):
            name = f"{i}.csv".encode()
            local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
            fh.write(local)
            directory += struct.pack(
                "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0, offset
            )
            directory += name
            offset += len(local)
        fh.write(directory)
        zip64_at = offset + len(directory)
        fh.write(struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, len(directory), offset))
        fh.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, zip64_at, 1))
        fh.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    return target


def source(path: Path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n not in (DESCRIPTOR, SIGNATURE)}
