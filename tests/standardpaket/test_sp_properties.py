"""Property tests: export → merge is lossless, merging is idempotent and order-independent."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.standardpaket.export import export
from kpakt_desktop.services.standardpaket.merge import merge
from kpakt_desktop.store.database import backup_file, open_store
from kpakt_desktop.store.models import Huerde, Kommune, Nachnutzung, NachnutzungHistorie, Termin
from kpakt_desktop.store.national import NationalDatabase
from standardpaket.sp_helpers import file_digest, land_dump, national_dump

SETTINGS = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any text a user can type: quotes, commas, line breaks, umlauts, emoji; not NUL or lone surrogates.
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
opt_texts = st.none() | texts
dates = st.dates(date(1900, 1, 1), date(2100, 12, 31))
datetimes = st.datetimes(datetime(1900, 1, 1), datetime(2100, 12, 31))
big = st.integers(0, 2**62)
floats = st.floats(allow_nan=False, allow_infinity=False)

edits = st.fixed_dictionaries(
    {
        "titel": texts.filter(bool),
        "beschreibung": opt_texts,
        "ergebnis": opt_texts,
        "ort": opt_texts,
        "einwohner": st.none() | big,
        "flaeche": st.none() | floats,
        "kosten": st.none() | big,
        "first_mover": st.booleans(),
        "status": st.sampled_from(list(Status)),
        "status_seit": st.none() | dates,
        "geaendert_am": datetimes,
        "alt": opt_texts,
        "erfasst_am": datetimes,
    }
)


def _apply(store, e) -> None:  # type: ignore[no-untyped-def]
    with store.write() as s:
        hid = s.scalars(select(Huerde.id).order_by(Huerde.id)).first()
        if hid is not None:
            s.execute(update(Huerde).where(Huerde.id == hid).values(titel=e["titel"], beschreibung=e["beschreibung"]))
        tid = s.scalars(select(Termin.id).order_by(Termin.id)).first()
        if tid is not None:
            s.execute(update(Termin).where(Termin.id == tid).values(ergebnis=e["ergebnis"], ort=e["ort"]))
        kid = s.scalars(select(Kommune.id).order_by(Kommune.id.desc())).first()
        s.execute(update(Kommune).where(Kommune.id == kid).values(einwohner=e["einwohner"], flaeche_km2=e["flaeche"]))
        nid = s.scalars(select(Nachnutzung.id).order_by(Nachnutzung.id)).first()
        s.execute(
            update(Nachnutzung)
            .where(Nachnutzung.id == nid)
            .values(
                kosten_einmalig=e["kosten"],
                first_mover=e["first_mover"],
                status=e["status"],
                status_seit=e["status_seit"],
                geaendert_am=e["geaendert_am"],
            )
        )
        s.execute(
            update(NachnutzungHistorie)
            .where(NachnutzungHistorie.nachnutzung_id == nid)
            .values(alt=e["alt"], erfasst_am=e["erfasst_am"])
        )


@SETTINGS
@given(e=edits)
def test_export_merge_is_lossless(e, demo_templates, keys, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("prop")
    store = open_store(backup_file(demo_templates["02"], folder / "hh.sqlite"))
    try:
        _apply(store, e)
        expected = land_dump(store)
        bundle = export(store, folder / "hh.zip", key_path=keys.make("02")).path
    finally:
        store.close()
    with NationalDatabase(folder / "bund.sqlite") as db:
        result = merge([bundle], db, trust_dir=keys.trust)
        assert result.ok, [p.text() for p in result.problems]
        got = national_dump(db, "02")
    got.pop("herkunft")
    assert got == expected


@pytest.mark.slow
@settings(SETTINGS, max_examples=4)
@given(data=st.data())
def test_merge_is_order_independent_and_idempotent(data, bundles, rp_bundles, keys, tmp_path_factory) -> None:
    pool = [bundles["02"], bundles["04"], *rp_bundles[1:]]
    first = data.draw(st.permutations(pool))
    second = data.draw(st.permutations(pool))
    folder = tmp_path_factory.mktemp("order")
    dumps = []
    for i, order in enumerate((first, second)):
        path = Path(folder / f"bund-{i}.sqlite")
        with NationalDatabase(path) as db:
            assert merge(order, db, trust_dir=keys.trust, now=datetime(2026, 11, 3)).ok
            dumps.append(national_dump(db))
        before = file_digest(path)
        with NationalDatabase(path) as db:
            again = merge(data.draw(st.permutations(pool)), db, trust_dir=keys.trust)
        assert again.ok and not again.merged
        assert file_digest(path) == before
    assert dumps[0] == dumps[1]
    assert [row[1] for row in dumps[0]["herkunft"] if row[0] == "07"] == [3]
