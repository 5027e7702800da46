"""Merges keep every package's figures: the Bundesansicht shows the change since each Land's
previous package, and the national map has one mark per zuständige Kommune."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, select, update

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.karte import bundes_karte
from kpakt_desktop.services.standardpaket.export import export
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.services.standardpaket.national_view import deutschland, national_overview
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Nachnutzung
from kpakt_desktop.store.national import NationalDatabase, paket_stand

from .conftest import STICHTAG_DT


def _zwei_pakete(demo_copy, keys, tmp_path: Path) -> tuple[Path, Path, Counter[int]]:
    """RP package 1, then 12 cells set produktiv, package 2; the change per Leistung."""
    store = open_store(demo_copy("07"))
    try:
        erstes = export(store, tmp_path / "rp-1.zip", key_path=keys.make("07"), now=STICHTAG_DT).path
        with store.write() as s:
            ids = list(
                s.execute(
                    select(Nachnutzung.id, Nachnutzung.leistung_nr)
                    .where(Nachnutzung.status.in_([Status.TEST, Status.ANBINDUNG]))
                    .order_by(Nachnutzung.id)
                    .limit(12)
                )
            )
            s.execute(
                update(Nachnutzung).where(Nachnutzung.id.in_([i for i, _ in ids])).values(status=Status.PRODUKTIV)
            )
        zweites = export(
            store, tmp_path / "rp-2.zip", key_path=keys.make("07"), now=STICHTAG_DT + timedelta(days=30)
        ).path
    finally:
        store.close()
    return erstes, zweites, Counter(nr for _, nr in ids)


def test_veraenderung_seit_dem_vorigen_paket(demo_copy, keys, tmp_path: Path) -> None:
    erstes, zweites, mehr = _zwei_pakete(demo_copy, keys, tmp_path)
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        assert merge([erstes], db, trust_dir=keys.trust).ok
        vorher = national_overview(db).laender[0]
        assert vorher.vorher is None and vorher.veraenderung() is None
        assert merge([zweites], db, trust_dir=keys.trust).ok
        rp = national_overview(db).laender[0]
        with db.read() as conn:
            sequenzen = {r.sequenz for r in conn.execute(select(paket_stand.c.sequenz))}
    assert sequenzen == {1}  # the replaced package's figures are kept (package 2 is in the rows)
    assert rp.sequenz == 2 and rp.vorher is not None and rp.vorher.sequenz == 1
    for z in rp.zellen:
        alt = vorher.zelle(z.nr)
        assert alt is not None and rp.vorher.zellen[z.nr] == (alt.zustaendig, alt.produktiv)
        change = rp.veraenderung(z.nr)
        assert change is not None and change[0] == mehr[z.nr]
    gesamt = rp.veraenderung()
    assert gesamt is not None
    assert gesamt[0] == sum(n for nr, n in mehr.items() if nr not in (7, 8))
    assert gesamt[1] is not None and gesamt[1] > 0


def test_datenbank_einer_aelteren_version_behaelt_die_zahlen_des_gemergten_pakets(
    demo_copy, keys, tmp_path: Path
) -> None:
    erstes, zweites, _mehr = _zwei_pakete(demo_copy, keys, tmp_path)
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        assert merge([erstes], db, trust_dir=keys.trust).ok
        with db.begin() as conn:  # as merged by a version without paket_stand figures
            conn.execute(delete(paket_stand))
        assert merge([zweites], db, trust_dir=keys.trust).ok
        rp = national_overview(db).laender[0]
    assert rp.vorher is not None and rp.vorher.sequenz == 1
    assert rp.veraenderung() is not None


def test_bundeskarte_und_summe(bundles, keys, tmp_path: Path) -> None:
    with NationalDatabase(tmp_path / "bund.sqlite") as db:
        assert merge(bundles.values(), db, trust_dir=keys.trust).ok
        bund = national_overview(db)
    for nr in (1, 11):
        karte = bundes_karte(bund, nr)
        zustaendig = sum(z.zustaendig for land in bund.laender if (z := land.zelle(nr)) is not None)
        assert len(karte.marken) + karte.ohne_position == zustaendig
        assert {m.land for m in karte.marken} == {land.kuerzel for land in bund.laender}
    summe = {z.nr: z for z in deutschland(bund)}
    for nr, z in summe.items():
        assert z.zustaendig == sum(x.zustaendig for land in bund.laender if (x := land.zelle(nr)) is not None)
        assert z.produktiv == sum(x.produktiv for land in bund.laender if (x := land.zelle(nr)) is not None)


def test_bundesansicht_als_dashboard(qtbot, demo_copy, bundles, keys, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    from kpakt_desktop.gui import msgbox
    from kpakt_desktop.gui.standardpaket.bundesansicht import BundesansichtWindow

    erstes, zweites, mehr = _zwei_pakete(demo_copy, keys, tmp_path)
    path = tmp_path / "bund.sqlite"
    with NationalDatabase(path) as db:
        assert merge([bundles["02"], bundles["04"], erstes], db, trust_dir=keys.trust).ok
        assert merge([zweites], db, trust_dir=keys.trust).ok
    monkeypatch.setattr(msgbox, "open_file", lambda *_a: path)
    window = BundesansichtWindow()
    qtbot.addWidget(window)
    window.show()
    window.choose_database()
    bund = window.bund
    assert bund is not None
    # heat table: the totals row for Germany first, then the Länder; a cell names share and count
    heat = window.heat_model
    assert heat.rowCount() == 1 + len(bund.laender)
    assert heat.headerData(0, Qt.Orientation.Vertical) == "Deutschland"
    col = 1  # Leistung 1
    summe = sum(x.zelle(1).zustaendig for x in bund.laender)  # type: ignore[union-attr]
    assert heat.index(0, col).data().endswith(f"({summe})")
    rp_row = 1 + next(i for i, x in enumerate(bund.laender) if x.land == "07")
    nr = min(mehr)
    col = 1 + [n for n, _ in bund.leistungen].index(nr)
    assert heat.index(rp_row, col).data().endswith(f" +{mehr[nr]}")  # the change since package 1
    assert "seit Paket Nr. 1" in heat.index(rp_row, col).data(Qt.ItemDataRole.ToolTipRole)
    assert "+" in window.laender_model.index(rp_row - 1, 6).data()
    # the national map: one mark per zuständige Kommune of all Länder; a click shows its matrix row
    window.tabs.setCurrentWidget(window.karte)
    leinwand = window.karte.leinwand
    assert leinwand.karte is not None
    assert len(leinwand.karte.marken) == sum(len(x.matrix) for x in bund.laender)
    marke = next(m for m in leinwand.karte.marken if m.land == "RP")
    leinwand.setze_aktuell(leinwand.karte.marken.index(marke))
    leinwand.setFocus()
    qtbot.keyClick(leinwand, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.laender_view.currentIndex().row() == rp_row - 1
    assert window.kommunen_model.row_at(window.kommunen_view.currentIndex().row()).ars == marke.ars
