"""Taskforces, Roll-Out-Teams, Landesteams and the First-Mover heterogeneity (services, no Qt)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, update

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.teams import KontaktFunktion, LandesteamArt, RolloutAngebot, TaskforceRolle, TaskforceStatus
from kpakt_desktop.services import first_mover as fm
from kpakt_desktop.services import landesteams as lt
from kpakt_desktop.services import rolloutteams as rt
from kpakt_desktop.services import taskforces as tfs
from kpakt_desktop.services.verknuepfungen import Person
from kpakt_desktop.store.models import (
    Fachverfahren,
    ITDienstleister,
    Kommune,
    Kontakt,
    Nachnutzung,
    Taskforce,
    TaskforceMitglied,
    taskforce_kommune,
)

AUCH_POSTGRES = True  # the tests on rp_demo/rp_init run on SQLite and on PostgreSQL (tests/conftest.py)


def kommunen(store, n: int, *, art: str | None = None) -> list[int]:
    with store.read() as s:
        q = select(Kommune.id).order_by(Kommune.id)
        if art:
            q = q.where(Kommune.art == art)
        return list(s.scalars(q.limit(n)))


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_taskforce_with_links_and_members_round_trips(rp_init):
    kreise = kommunen(rp_init, 2, art="landkreis")
    begleitet = kommunen(rp_init, 3, art="gemeinde")
    team_id = rt.rolloutteam_speichern(
        rp_init,
        rt.RolloutTeamDaten(
            None, 1, "Roll-Out-Team Ummeldung", "hh", Person(None, "Rita Rollout", "Dataport", "rita@example.org"),
            angebote=(rt.Angebot(RolloutAngebot.VOR_ORT_TERMIN, date(2026, 5, 4), "mit Testfällen"),),
        ),
    )  # fmt: skip
    daten = tfs.TaskforceDaten(
        None,
        "  OZG-Taskforce Ummeldung Westpfalz ",
        TaskforceStatus.AKTIV,
        "Westpfalz",
        date(2026, 1, 1),
        None,
        team_id,
        region_ids=tuple(kreise),
        kommune_ids=tuple(begleitet),
        leistung_nrs=(1, 14),
        mitglieder=(
            tfs.Mitglied(TaskforceRolle.PROJEKTLEITUNG, Person(None, "Paula Leitung", "Kreisverwaltung")),
            tfs.Mitglied(TaskforceRolle.IT_DIENSTLEISTER, Person(None, "Ivo Technik", "KommWis", "ivo@example.org")),
        ),
    )
    tid = tfs.taskforce_speichern(rp_init, daten)
    back = tfs.taskforce_laden(rp_init, tid)
    assert back.name == "OZG-Taskforce Ummeldung Westpfalz"
    assert back.region_ids == tuple(sorted(kreise)) and back.kommune_ids == tuple(sorted(begleitet))
    assert back.leistung_nrs == (1, 14) and back.rolloutteam_id == team_id
    assert [(m.rolle, m.person.name) for m in back.mitglieder] == [
        (TaskforceRolle.PROJEKTLEITUNG, "Paula Leitung"),
        (TaskforceRolle.IT_DIENSTLEISTER, "Ivo Technik"),
    ]
    with rp_init.read() as s:
        ivo = s.scalars(select(Kontakt).where(Kontakt.name == "Ivo Technik")).one()
        assert ivo.funktion is KontaktFunktion.IT_DIENSTLEISTER and ivo.email == "ivo@example.org"
    [zeile] = tfs.taskforces(rp_init)
    assert zeile.begleitet == 3 and zeile.mitglieder == 2 and zeile.projektleitung == "Paula Leitung"
    assert zeile.fehlende_rollen == (TaskforceRolle.FACHLICH, TaskforceRolle.TECHNISCH)
    assert zeile.rolloutteam == "Roll-Out-Team Ummeldung" and zeile.region == "Westpfalz"
    assert tfs.taskforces(rp_init, leistung_nr=2) == []
    assert [z.id for z in tfs.taskforces(rp_init, kommune_id=begleitet[0])] == [tid]

    # Update: an existing Kontakt in a second role, one Kommune less; links are replaced, not added.
    ivo_p = next(m.person for m in back.mitglieder if m.person.name == "Ivo Technik")
    tfs.taskforce_speichern(
        rp_init,
        tfs.TaskforceDaten(
            **{**back.__dict__, "kommune_ids": back.kommune_ids[:2],
               "mitglieder": (*back.mitglieder, tfs.Mitglied(TaskforceRolle.TECHNISCH, ivo_p))}
        ),
    )  # fmt: skip
    again = tfs.taskforce_laden(rp_init, tid)
    assert len(again.kommune_ids) == 2 and len(again.mitglieder) == 3
    assert count(rp_init, Kontakt) == 3  # Rita, Paula, Ivo: no duplicate Kontakt for Ivo
    with rp_init.read() as s:
        assert s.scalar(select(func.count()).select_from(taskforce_kommune)) == 2


def test_taskforce_refuses_bad_input_and_leaves_database_unchanged(rp_init):
    before = count(rp_init, Taskforce), count(rp_init, Kontakt)
    with pytest.raises(InputError, match=r"^Name: Bitte ausfüllen"):
        tfs.taskforce_speichern(rp_init, tfs.TaskforceDaten(None, "  "))
    with pytest.raises(InputError, match=r"^Ende: liegt vor dem Beginn"):
        tfs.taskforce_speichern(rp_init, tfs.TaskforceDaten(None, "TF", beginn=date(2026, 5, 1), ende=date(2026, 4, 1)))
    with pytest.raises(InputError, match=r"^Mitglied 2: E-Mail"):
        tfs.taskforce_speichern(
            rp_init,
            tfs.TaskforceDaten(
                None, "TF", mitglieder=(
                    tfs.Mitglied(TaskforceRolle.FACHLICH, Person(None, "Anna")),
                    tfs.Mitglied(TaskforceRolle.TECHNISCH, Person(None, "Bert", email="kein-at")),
                ),
            ),
        )  # fmt: skip
    with pytest.raises(InputError, match=r"^Begleitete Kommunen: 1 gewählte"):
        tfs.taskforce_speichern(rp_init, tfs.TaskforceDaten(None, "TF", kommune_ids=(999_999,)))
    with pytest.raises(InputError, match=r"^Roll-Out-Team"):
        tfs.taskforce_speichern(rp_init, tfs.TaskforceDaten(None, "TF", rolloutteam_id=4711))
    with pytest.raises(InputError, match="schon eingetragen"):
        tfs.taskforce_speichern(
            rp_init,
            tfs.TaskforceDaten(
                None, "TF", mitglieder=(tfs.Mitglied(TaskforceRolle.FACHLICH, Person(None, "Anna")),) * 2
            ),
        )
    assert (count(rp_init, Taskforce), count(rp_init, Kontakt)) == before


def test_deleting_taskforce_keeps_kontakte_and_rolloutteam_unlinks(rp_demo):
    [z, *_] = tfs.taskforces(rp_demo)
    kontakte = count(rp_demo, Kontakt)
    tfs.taskforce_loeschen(rp_demo, z.id)
    assert count(rp_demo, Kontakt) == kontakte
    with rp_demo.read() as s:
        assert s.scalar(select(func.count()).where(TaskforceMitglied.taskforce_id == z.id)) == 0
    [team, *_] = rt.rolloutteams(rp_demo)
    rt.rolloutteam_loeschen(rp_demo, team.id)
    assert all(t.rolloutteam != team.name for t in tfs.taskforces(rp_demo))


def test_rolloutteam_offers_and_land_check(rp_init):
    with pytest.raises(InputError, match=r"^Federführendes Land"):
        rt.rolloutteam_speichern(rp_init, rt.RolloutTeamDaten(None, 3, "RT", "XY"))
    tid = rt.rolloutteam_speichern(
        rp_init,
        rt.RolloutTeamDaten(
            None, 3, "Roll-Out-Team Personalausweis", "Berlin", None, "",
            (rt.Angebot(RolloutAngebot.SELBSTREGISTRIERUNG, date(2026, 6, 1)),
             rt.Angebot(RolloutAngebot.INFORMATIONSMATERIAL, date(2026, 2, 1))),
        ),
    )  # fmt: skip
    [z] = rt.rolloutteams(rp_init)
    assert z.ff_land == "BE" and z.letztes_angebot == date(2026, 6, 1)
    assert z.angebote.startswith("Informationsmaterial (01.02.2026)")
    assert [a.art for a in rt.rolloutteam_laden(rp_init, tid).angebote] == [
        RolloutAngebot.INFORMATIONSMATERIAL,
        RolloutAngebot.SELBSTREGISTRIERUNG,
    ]


def test_landesteams_with_members(rp_init):
    tid = lt.landesteam_speichern(
        rp_init,
        lt.LandesteamDaten(
            None, LandesteamArt.UMSETZUNGSBEGLEITTEAM, "Umsetzungsbegleitteam RP", "",
            (lt.LandesteamMitgliedDaten(Person(None, "Uwe Begleit"), "methodisch"),),
        ),
    )  # fmt: skip
    lt.landesteam_speichern(rp_init, lt.LandesteamDaten(None, LandesteamArt.KERNTEAM, "Kernteam Nachnutzung RP"))
    teams = lt.landesteams(rp_init)
    assert [t.art for t in teams] == [LandesteamArt.KERNTEAM, LandesteamArt.UMSETZUNGSBEGLEITTEAM]
    assert teams[1].id == tid and teams[1].mitglieder[0].person.name == "Uwe Begleit"
    assert teams[1].mitglieder[0].rolle == "methodisch"
    uwe = teams[1].mitglieder[0].person
    with pytest.raises(InputError, match="schon Mitglied"):
        lt.landesteam_speichern(
            rp_init,
            lt.LandesteamDaten(
                tid, LandesteamArt.UMSETZUNGSBEGLEITTEAM, "X", "", (lt.LandesteamMitgliedDaten(uwe),) * 2
            ),
        )
    assert lt.landesteams(rp_init)[1].name == "Umsetzungsbegleitteam RP"  # unchanged after the refusal


# -- First Mover -------------------------------------------------------------------------------


def fmk(name: str, einwohner: int, kreis: str, itdl: str, fv: str) -> fm.FirstMoverKommune:
    return fm.FirstMoverKommune(0, name, "", Status.TEST, einwohner, fm.groessenklasse(einwohner), kreis, itdl, fv)


def test_size_classes_follow_the_bbsr_cut_offs():
    assert fm.groessenklasse(0) == fm.groessenklasse(4_999) == "unter 5.000 Einwohner"
    assert fm.groessenklasse(5_000) == "5.000 bis unter 20.000 Einwohner"
    assert fm.groessenklasse(99_999) == "20.000 bis unter 100.000 Einwohner"
    assert fm.groessenklasse(100_000) == "100.000 Einwohner und mehr"


def test_heterogeneous_set_meets_the_agreement():
    s = fm.bewerten(
        1,
        "1 Ummeldung",
        [
            fmk("A", 3_000, "Kreis 1", "IT-DL 1", "Verfahren X"),
            fmk("B", 12_000, "Kreis 2", "IT-DL 2", "Verfahren Y"),
            fmk("C", 150_000, "Kreis 3", "IT-DL 1", "Verfahren X"),
        ],
    )
    by = {d.dimension: d for d in s.dimensionen}
    assert by["Größenklasse"].verschiedene == 3 and by["Größenklasse"].anteil_groesste == pytest.approx(1 / 3)
    assert by["IT-Dienstleister"].gruppen == {"IT-DL 1": 2, "IT-DL 2": 1}
    assert by["IT-Dienstleister"].vielfaeltig  # 2 of 3 is exactly two thirds: still allowed
    assert s.vielfaeltige == 4 and s.unterschiedlich


def test_homogeneous_set_does_not_and_unknowns_do_not_help():
    s = fm.bewerten(
        2,
        "2 Einbürgerung",
        [
            fmk("A", 3_000, "Kreis 1", "IT-DL 1", ""),
            fmk("B", 4_000, "Kreis 1", "IT-DL 1", ""),
            fmk("C", 4_500, "Kreis 2", "", "Verfahren X"),
            fmk("D", 30_000, "Kreis 1", "IT-DL 1", ""),
        ],
    )
    by = {d.dimension: d for d in s.dimensionen}
    assert by["Größenklasse"].anteil_groesste == pytest.approx(3 / 4) and not by["Größenklasse"].vielfaeltig
    assert not by["Kreis"].vielfaeltig
    assert by["IT-Dienstleister"].unbekannt == 1 and by["IT-Dienstleister"].verschiedene == 1
    assert by["Fachverfahren"].unbekannt == 3 and not by["Fachverfahren"].vielfaeltig
    assert s.vielfaeltige == 0 and not s.unterschiedlich
    single = fm.bewerten(3, "3", [fmk("A", 1, "K", "I", "F")])
    assert not single.unterschiedlich and fm.bewerten(4, "4", []).anzahl == 0


def test_first_mover_sets_from_the_database(rp_init):
    with rp_init.write() as s:
        dl = [ITDienstleister(name="KommWis"), ITDienstleister(name="Dataport")]
        fv = Fachverfahren(name="OK.EWO")
        s.add_all([*dl, fv])
        s.flush()
        cells = list(
            s.execute(
                select(Nachnutzung.id, Kommune.einwohner, Kommune.kreis_id)
                .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
                .where(Nachnutzung.leistung_nr == 1, Kommune.einwohner.is_not(None))
                .order_by(Kommune.einwohner.desc())
            )
        )
        chosen = [cells[0], cells[len(cells) // 2], cells[-1]]
        for i, c in enumerate(chosen):
            s.execute(
                update(Nachnutzung)
                .where(Nachnutzung.id == c.id)
                .values(first_mover=True, it_dienstleister_id=dl[i % 2].id, fachverfahren_id=fv.id if i else None)
            )
    sets = {x.leistung_nr: x for x in fm.first_mover(rp_init)}
    assert len(sets) == 16 and sets[2].anzahl == 0
    s1 = sets[1]
    assert s1.anzahl == 3
    by = {d.dimension: d for d in s1.dimensionen}
    assert by["IT-Dienstleister"].gruppen == {"KommWis": 2, "Dataport": 1}
    assert by["Fachverfahren"].gruppen == {"OK.EWO": 2} and by["Fachverfahren"].unbekannt == 1
    assert sorted(k.einwohner for k in s1.kommunen) == sorted(c.einwohner for c in chosen)
    assert by["Größenklasse"].verschiedene == len({fm.groessenklasse(c.einwohner) for c in chosen})


def test_undo_restores_a_deleted_taskforce_under_its_id(rp_demo):
    [z, *_] = tfs.taskforces(rp_demo)
    vorher = tfs.taskforce_laden(rp_demo, z.id)
    tfs.taskforce_loeschen(rp_demo, z.id)
    with pytest.raises(InputError, match="gibt es nicht"):
        tfs.taskforce_speichern(rp_demo, vorher)  # a plain save never resurrects
    assert tfs.taskforce_speichern(rp_demo, vorher, wiederherstellen=True) == z.id
    assert tfs.taskforce_laden(rp_demo, z.id) == vorher
