"""Fixtures of the Standardpaket tests: demo databases of a few Länder, their keys and packages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import update

from kpakt_desktop.domain.laender import parse_land
from kpakt_desktop.services.demo import create_demo
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.services.standardpaket.export import export
from kpakt_desktop.store.database import backup_file, open_store
from kpakt_desktop.store.models import LandRow

STICHTAG_DT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
LAENDER = ("07", "02", "04")  # RP, HH, HB: one Flächenland, two small Stadtstaaten


class Keys:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.trust = folder / "trust"
        self.private: dict[str, Path] = {}

    def make(self, land: str) -> Path:
        if land not in self.private:
            info = signing.create_key_pair(land, self.trust, private_path=self.folder / f"{land}.key")
            self.private[land] = info.private_path
        return self.private[land]

    def key(self, land: str) -> Ed25519PrivateKey:
        return signing.load_private_key(self.make(land))


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    k = Keys(tmp_path_factory.mktemp("keys"))
    for land in LAENDER:
        k.make(land)
    k.make("08")  # a Land whose key is trusted but which signs nothing of the others
    return k


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sp-demo")
    out = {}
    for land in LAENDER:
        path = folder / f"demo-{land}.sqlite"
        store = create_demo(path, parse_land(land), seed=3, stichtag=STICHTAG_DT.date())
        with store.write() as s:  # stand-ins for real Länder: packages of demo data are refused by default
            s.execute(update(LandRow).values(ist_demo=False))
        store.close()
        out[land] = path
    return out


@pytest.fixture
def demo_copy(demo_templates: dict[str, Path], tmp_path: Path):  # type: ignore[no-untyped-def]
    def copy(land: str) -> Path:
        return backup_file(demo_templates[land], tmp_path / f"land-{land}.sqlite")

    return copy


@pytest.fixture(scope="session")
def bundles(demo_templates: dict[str, Path], keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One valid package (sequence 1) per Land, exported from private copies of the demo databases."""
    folder = tmp_path_factory.mktemp("sp-bundles")
    out = {}
    for land, template in demo_templates.items():
        store = open_store(backup_file(template, folder / f"{land}.sqlite"))
        try:
            out[land] = export(store, folder / f"{land}-1.zip", key_path=keys.make(land), now=STICHTAG_DT).path
        finally:
            store.close()
    return out


@pytest.fixture(scope="session")
def rp_bundles(demo_templates: dict[str, Path], keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three successive RP packages (sequence 1, 2, 3) of the same database."""
    folder = tmp_path_factory.mktemp("sp-rp")
    store = open_store(backup_file(demo_templates["07"], folder / "rp.sqlite"))
    try:
        return [
            export(store, folder / f"rp-{i}.zip", key_path=keys.make("07"), now=STICHTAG_DT.replace(hour=12 + i)).path
            for i in (1, 2, 3)
        ]
    finally:
        store.close()
