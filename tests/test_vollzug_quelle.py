"""Vollzugsebene as shipped per Land (source, confidence, confirmation), Einwohner served exactly,
Kommunen added from a list, and the CLI that shows them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.kommunen import KommuneArt
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import VersorgungRef, versorgung
from kpakt_desktop.domain.vollzug import Sicherheit, Vollzugsebene
from kpakt_desktop.services.catalog import load_vollzug_vorgaben
from kpakt_desktop.services.fortschritt import fortschritt
from kpakt_desktop.services.kennzahlen import finde_kreis, kennzahlen
from kpakt_desktop.services.vollzug_liste import liste_pruefen, liste_uebernehmen
from kpakt_desktop.services.vollzugsebene import bestaetige_ebene, setze_ebene, vollzug_stand, vorgabe_uebernehmen
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Kommune, Nachnutzung

JETZT = datetime(2026, 11, 20, 9, 0)


def _kommune(store: Store, name: str) -> Kommune:
    with store.read() as s:
        return s.scalars(select(Kommune).where(Kommune.name == name)).one()


def _setze_status(store: Store, nr: int, status: dict[int, Status]) -> None:
    with store.write() as s:
        for n in s.scalars(select(Nachnutzung).where(Nachnutzung.leistung_nr == nr)):
            n.status = status.get(n.kommune_id, Status.OFFEN)


def test_every_land_has_all_16_leistungen_with_a_source():
    for land in (f"{i:02d}" for i in range(1, 17)):
        vorgaben = load_vollzug_vorgaben(land)
        assert sorted(vorgaben) == list(range(1, 17))
        assert all(v.quelle and v.behoerde for v in vorgaben.values())
    # The cases the agreement and Landesrecht make plain are marked as such; the rest says "bitte prüfen".
    assert load_vollzug_vorgaben("09")[8].ebene is Vollzugsebene.LAND
    assert "ZBFS" in load_vollzug_vorgaben("09")[8].behoerde
    assert load_vollzug_vorgaben("07")[6].ebene is Vollzugsebene.VERWALTUNGSTRAEGER_UND_KREIS
    assert load_vollzug_vorgaben("07")[16].sicherheit is Sicherheit.BITTE_PRUEFEN


def test_a_stadt_with_its_own_authority_serves_its_einwohner_not_the_kreis(rp_init):
    """Mayen-Koblenz produktiv for Bauaufsicht, Andernach and Mayen (own Bauaufsicht) not: 77.1 %, not 100 %."""
    kreis = finde_kreis(rp_init, "Mayen-Koblenz")
    andernach, mayen = _kommune(rp_init, "Andernach, Stadt"), _kommune(rp_init, "Mayen, Stadt")
    stand = {s.nr: s for s in vollzug_stand(rp_init)}[11]
    assert {a.kommune_id for a in stand.ausnahmen} >= {andernach.id, mayen.id}  # shipped additions
    _setze_status(rp_init, 11, {kreis.id: Status.PRODUKTIV})
    k = kennzahlen(rp_init, kreis_id=kreis.id)
    f = next(x for x in k.fortschritt_leistung if x.key == 11)
    with rp_init.read() as s:
        alle = sum(
            e or 0
            for (e,) in s.execute(select(Kommune.einwohner).where(Kommune.kreis_id == kreis.id, Kommune.einwohner > 0))
        )
    eigene = (andernach.einwohner or 0) + (mayen.einwohner or 0)
    assert f.einwohner_basis == alle  # every person of the Kreis is served, once
    assert f.einwohner_produktiv == alle - eigene
    assert f.anteil_einwohner == pytest.approx(0.771, abs=0.001)
    # Per Kreis (Übersicht, BDV) the same rule.
    per_kreis = next(x for x in fortschritt(rp_init).je_kreis if x.key == kreis.id)
    assert per_kreis.einwohner_produktiv == alle - eigene
    # The Land's headline: Einwohner served produktiv for at least one Leistung are those of the Kreis less the two.
    assert k.gesamt.einwohner_in_produktiven == alle - eigene
    _setze_status(rp_init, 11, {kreis.id: Status.PRODUKTIV, andernach.id: Status.PRODUKTIV})
    f = next(x for x in kennzahlen(rp_init, kreis_id=kreis.id).fortschritt_leistung if x.key == 11)
    assert f.einwohner_produktiv == alle - (mayen.einwohner or 0)


def test_versorgung_counts_each_person_once_at_the_most_local_authority():
    refs = [
        VersorgungRef(1, KommuneArt.LANDKREIS, None, None, None),
        VersorgungRef(2, KommuneArt.VERBANDSGEMEINDE, None, 1, None),
        VersorgungRef(3, KommuneArt.GEMEINDE, 2, 1, 100),
        VersorgungRef(4, KommuneArt.GEMEINDE, 2, 1, 50),
        VersorgungRef(5, KommuneArt.STADT, None, 1, 1000),
    ]
    v = versorgung(refs)
    assert v.bedient({1}) == {1: 1150}
    assert v.bedient({1, 5}) == {1: 150, 5: 1000}
    assert v.bedient({1, 2, 5}) == {1: 0, 2: 150, 5: 1000}
    assert v.einwohner_bei({1, 5}, {1}) == 150
    assert v.einwohner_von({1, 5}) == v.gesamt == 1150


def test_confirming_and_changing_the_level_is_stored(rp_init):
    stand = {s.nr: s for s in vollzug_stand(rp_init)}
    assert not stand[2].geprueft and stand[2].sicherheit_text == "bitte prüfen"
    assert stand[1].sicherheit_text == "belegt" and stand[1].wie_vorgabe
    bestaetige_ebene(rp_init, 2, benutzer="Frau Muster", jetzt=JETZT)
    s2 = {s.nr: s for s in vollzug_stand(rp_init)}[2]
    assert s2.geprueft and s2.sicherheit_text == "bestätigt am 20.11.2026 von Frau Muster"
    setze_ebene(rp_init, 4, Vollzugsebene.KREIS, benutzer="Herr Beispiel", jetzt=JETZT)
    s4 = {s.nr: s for s in vollzug_stand(rp_init)}[4]
    assert s4.geprueft and not s4.wie_vorgabe
    assert s4.quelle.startswith("Von der Koordinierungsstelle festgelegt") and "Gewerbe" in s4.quelle
    with pytest.raises(InputError, match=r"Nr\. 17"):
        bestaetige_ebene(rp_init, 17, benutzer=None)


def test_list_adds_kommunen_by_ars_ags_and_name_and_reports_rows(rp_init, tmp_path):
    andernach = _kommune(rp_init, "Andernach, Stadt")
    bendorf = _kommune(rp_init, "Bendorf, Stadt")
    liste = tmp_path / "fahrerlaubnis.csv"
    liste.write_text(
        f"Kommune;Bemerkung\n{andernach.ars};\n{bendorf.ags};\nBoppard\nAtlantis\nKaiserslautern\n\n",
        encoding="utf-8",
    )
    before = {s.nr: s.zustaendig for s in vollzug_stand(rp_init)}[13]
    v = liste_pruefen(rp_init, 13, liste)
    assert [t.name for t in v.treffer] == ["Andernach, Stadt", "Bendorf, Stadt", "Boppard, Stadt"]
    assert [p.split(":")[0] for p in v.probleme] == ["Zeile 5", "Zeile 6"]
    assert "Atlantis" in v.probleme[0] and "nicht eindeutig" in v.probleme[1]
    assert (v.wirkung.zustaendig, v.wirkung.neu) == (before + 3, 3)
    assert {s.nr: s.zustaendig for s in vollzug_stand(rp_init)}[13] == before  # a preview writes nothing
    liste_uebernehmen(rp_init, v, "Liste des Ministeriums", benutzer="x", jetzt=JETZT)
    stand = {s.nr: s for s in vollzug_stand(rp_init)}[13]
    assert stand.zustaendig == before + 3
    assert {a.grund for a in stand.ausnahmen} == {"Liste des Ministeriums"}
    again = liste_pruefen(rp_init, 13, liste)
    assert not again.treffer and len(again.schon_eingetragen) == 3


def test_list_from_xlsx_with_names_in_the_first_column(rp_init, tmp_path):
    wb = Workbook()
    wb.active.append(["Neuwied, Stadt"])
    wb.active.append(["Lahnstein, Stadt"])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    v = liste_pruefen(rp_init, 14, path)
    assert [t.name for t in v.treffer] == ["Neuwied, Stadt", "Lahnstein, Stadt"] and not v.probleme
    with pytest.raises(InputError, match="leer"):
        empty = tmp_path / "leer.csv"
        empty.write_text("\n\n", encoding="utf-8")
        liste_pruefen(rp_init, 14, empty)


def test_cli_vollzug_zeigen_liste_bestaetigen(rp_init_path: Path, tmp_path, capsys):
    db = ["--db", str(rp_init_path)]
    assert main([*db, "vollzug", "zeigen", "--json"]) == 0
    rows = {r["nr"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[6]["vollzugsebene"] == "verwaltungstraeger_und_kreis" and rows[6]["zustaendig"] == 194
    assert rows[16]["sicherheit"] == "bitte prüfen" and "Optionskommune" in rows[16]["behoerde"]
    liste = tmp_path / "l.csv"
    liste.write_text("Atlantis\n", encoding="utf-8")
    assert main([*db, "vollzug", "liste", str(liste), "--leistung", "13", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["probleme"] and not out["uebernommen"]
    liste.write_text("Boppard\n", encoding="utf-8")
    assert main([*db, "vollzug", "liste", str(liste), "--leistung", "13", "--uebernehmen"]) == 0
    assert "Eingetragen." in capsys.readouterr().out
    assert main([*db, "vollzug", "bestaetigen", "--leistung", "13", "--benutzer", "Test"]) == 0
    assert main([*db, "stats"]) == 0
    stats = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    l13 = {item["nr"]: item for item in stats["leistungen"]}[13]
    assert l13["geprueft"] and l13["zustaendig"] == 37 and l13["sicherheit"].startswith("bestätigt")
    assert set(stats["gesamt"]) >= {"zustaendig", "produktiv", "anteil_produktiv_einwohnergewichtet"}


@pytest.mark.slow
def test_cli_demo_and_stats_count_as_the_table_says(tmp_path, capsys):
    """`kpakt demo --land SH` + `kpakt stats`: the zuständige counts the shipped table implies."""
    db = ["--db", str(tmp_path / "sh.sqlite")]
    assert main([*db, "demo", "--land", "SH", "--stichtag", "2026-11-01"]) == 0
    capsys.readouterr()
    assert main([*db, "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    zustaendig = {item["nr"]: item["zustaendig"] for item in stats["leistungen"]}
    assert zustaendig[1] == zustaendig[3] == 170  # Ämter and Kirchspielslandgemeinden administer
    assert zustaendig[6] == 170 + 11  # and the 11 Kreise award contracts themselves
    assert zustaendig[8] == zustaendig[15] == 0  # Landesamt für soziale Dienste, Landesamt für Umwelt
    g = stats["gesamt"]
    assert g["zustaendig"] == sum(n for nr, n in zustaendig.items() if nr not in (7, 8))
    assert 0 < g["produktiv"] <= g["zustaendig"]


def test_an_older_database_is_shown_as_deviating_and_takes_the_vorgabe(rp_init):
    """A database made before the per-Land table: its levels stay until the office takes the Vorgabe."""
    with rp_init.write() as s:
        from kpakt_desktop.store.models import Vollzug, VollzugAusnahme

        s.get(Vollzug, 6).ebene = Vollzugsebene.VERWALTUNGSTRAEGER  # the old one-for-all default
        for a in s.scalars(select(VollzugAusnahme).where(VollzugAusnahme.leistung_nr == 11)):
            s.delete(a)
    stand = {s.nr: s for s in vollzug_stand(rp_init)}
    assert stand[6].zustaendig == 170 and not stand[6].wie_vorgabe
    assert stand[6].quelle.startswith("Weicht von der mitgelieferten Vorgabe ab") and "bitte prüfen" in stand[6].quelle
    assert stand[6].sicherheit_text == "bitte prüfen"
    vorgabe_uebernehmen(rp_init, 6, benutzer="x", jetzt=JETZT)
    vorgabe_uebernehmen(rp_init, 11, benutzer="x", jetzt=JETZT)
    stand = {s.nr: s for s in vollzug_stand(rp_init)}
    assert stand[6].zustaendig == 194 and stand[6].wie_vorgabe and stand[6].sicherheit_text == "belegt"
    assert stand[11].zustaendig == 36 + 8 and len(stand[11].ausnahmen) == 8
    vorgabe_uebernehmen(rp_init, 11, benutzer="x", jetzt=JETZT)  # twice: nothing doubled
    assert len({s.nr: s for s in vollzug_stand(rp_init)}[11].ausnahmen) == 8
