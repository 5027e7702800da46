"""Helpers of the Standardpaket tests: keys, re-packing hostile packages, dumping databases."""

from __future__ import annotations

import hashlib
import json
import zipfile
from enum import Enum
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kpakt_desktop.domain.standardpaket import DESCRIPTOR, SIGNATURE, TABLES
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import QUERIES
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.national import DATA_TABLES, NationalDatabase, herkunft


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_entries(path: Path, entries: list[tuple[str, bytes]] | dict[str, bytes]) -> Path:
    items = entries.items() if isinstance(entries, dict) else entries
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return path


def repack(
    source: Path,
    target: Path,
    *,
    change: dict[str, bytes] | None = None,
    key: Ed25519PrivateKey | None = None,
    rehash: bool = True,
    descriptor_edit: Any = None,
    drop: tuple[str, ...] = (),
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A copy of a package with some files changed, hashes recomputed and (if ``key``) re-signed."""
    files = read_zip(source)
    files.update(change or {})
    desc = json.loads(files[DESCRIPTOR])
    if rehash:
        for res in desc["resources"]:
            data = files[res["path"]]
            res["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
            res["bytes"] = len(data)
    if descriptor_edit is not None:
        descriptor_edit(desc)
    files[DESCRIPTOR] = (json.dumps(desc, ensure_ascii=False, indent=2) + "\n").encode()
    if key is not None:
        files[SIGNATURE] = signing.sign(key, files[DESCRIPTOR])
    for name in drop:
        files.pop(name, None)
    files.update(extra or {})
    return write_entries(target, files)


def normalize(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if value == "":
        return None  # the package spells an empty text and a missing one alike
    return value


def land_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Everything that may leave the Land database, as the package should carry it."""
    with store.read() as s:
        return {
            t.name: sorted((tuple(normalize(v) for v in row) for row in s.execute(QUERIES[t.name])), key=repr)
            for t in TABLES
        }


def national_dump(db: NationalDatabase, land: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with db.read() as conn:
        for t in TABLES:
            table = DATA_TABLES[t.name]
            query = select(table)
            if land is not None:
                query = query.where(table.c.land == land)
            rows = [tuple(row)[1:] if land is not None else tuple(row) for row in conn.execute(query)]
            out[t.name] = sorted(rows, key=repr)
        out["herkunft"] = sorted((tuple(r) for r in conn.execute(select(herkunft))), key=repr)
    return out


def file_digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
