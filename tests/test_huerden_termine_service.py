"""Hürden register (status path, history), Termine with Aufgaben, and the .ics export (services, no Qt)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.domain.huerden import UEBERGAENGE, HuerdeKategorie, HuerdeStatus, pruefe_uebergang
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services import huerden as hs
from kpakt_desktop.services import ics
from kpakt_desktop.services import termine as ts
from kpakt_desktop.store.models import Aufgabe, Huerde, HuerdeHistorie, Kommune, Termin

AUCH_POSTGRES = True  # the tests on rp_demo/rp_init run on SQLite and on PostgreSQL (tests/conftest.py)

HEUTE = date(2026, 11, 1)


def gemeinden(store, n: int) -> list[Kommune]:
    with store.read() as s:
        return list(s.scalars(select(Kommune).where(Kommune.art == "gemeinde").order_by(Kommune.id).limit(n)))


def neue_huerde(store, **kw) -> int:
    daten = hs.HuerdeDaten(
        None, kw.pop("titel", "Fachverfahren ohne XTA"), kw.pop("kat", HuerdeKategorie.TECHNISCH), **kw
    )
    return hs.huerde_speichern(store, daten, benutzer="Frau Test", heute=date(2026, 10, 1))


def test_status_path_is_enforced_in_the_domain():
    pruefe_uebergang(HuerdeStatus.OFFEN, HuerdeStatus.IN_KLAERUNG)
    pruefe_uebergang(HuerdeStatus.IN_KLAERUNG, HuerdeStatus.ESKALIERT)
    pruefe_uebergang(HuerdeStatus.ESKALIERT, HuerdeStatus.GELOEST)
    pruefe_uebergang(HuerdeStatus.GELOEST, HuerdeStatus.OFFEN)  # reopened
    with pytest.raises(InputError, match=r"Möglich ist: in Klärung, gelöst\."):
        pruefe_uebergang(HuerdeStatus.OFFEN, HuerdeStatus.ESKALIERT)
    with pytest.raises(InputError):
        pruefe_uebergang(HuerdeStatus.GELOEST, HuerdeStatus.ESKALIERT)
    assert all(alt not in folgen for alt, folgen in UEBERGAENGE.items())


def test_huerde_links_history_and_escalation(rp_init):
    ks = gemeinden(rp_init, 2)
    hid = neue_huerde(rp_init, unterart="Abhängigkeit von Fachverfahrenshersteller", kommune_ids=(ks[0].id, ks[1].id),
                      leistung_nrs=(11,))  # fmt: skip
    [z] = hs.huerden(rp_init)
    assert z.status is HuerdeStatus.OFFEN and z.erfasst_am == date(2026, 10, 1)
    assert z.kreis_ids == {ks[0].kreis_id, ks[1].kreis_id} and z.leistung_nrs == {11}
    assert hs.huerden(rp_init, hs.HuerdenFilter(kreis_id=ks[0].kreis_id))[0].id == hid
    assert hs.huerden(rp_init, hs.HuerdenFilter(leistung_nr=1)) == []
    assert hs.huerden(rp_init, hs.HuerdenFilter(kategorie=HuerdeKategorie.RECHTLICH)) == []

    with pytest.raises(InputError, match=r"^Status: .*„offen“ kann nicht auf „eskaliert an Forum Kommunalpakt“"):
        hs.status_aendern(rp_init, hid, HuerdeStatus.ESKALIERT, benutzer="Frau Test")
    hs.status_aendern(rp_init, hid, HuerdeStatus.IN_KLAERUNG, benutzer="Frau Test", datum=date(2026, 10, 5))
    hs.status_aendern(
        rp_init, hid, HuerdeStatus.ESKALIERT, benutzer="Herr Koordinator", notiz="Hersteller blockiert",
        datum=date(2026, 10, 20), handlungsempfehlung="Rahmenvertrag bundesweit verhandeln",
    )  # fmt: skip
    with pytest.raises(InputError, match=r"^Lösung: Bitte beschreiben"):
        hs.status_aendern(rp_init, hid, HuerdeStatus.GELOEST, benutzer="X")
    verlauf = hs.historie(rp_init, hid)
    assert [(e.alt, e.neu) for e in verlauf] == [
        (None, HuerdeStatus.OFFEN),
        (HuerdeStatus.OFFEN, HuerdeStatus.IN_KLAERUNG),
        (HuerdeStatus.IN_KLAERUNG, HuerdeStatus.ESKALIERT),
    ]
    assert verlauf[2].benutzer == "Herr Koordinator" and verlauf[2].notiz == "Hersteller blockiert"
    assert verlauf[2].datum == date(2026, 10, 20)
    d = hs.huerde_laden(rp_init, hid)
    assert d.status is HuerdeStatus.ESKALIERT and d.handlungsempfehlung == "Rahmenvertrag bundesweit verhandeln"

    hs.status_aendern(rp_init, hid, HuerdeStatus.GELOEST, benutzer="X", loesung="Schnittstelle geliefert",
                      datum=date(2026, 11, 2))  # fmt: skip
    with rp_init.read() as s:
        row = s.get(Huerde, hid)
        assert row.geloest_am == date(2026, 11, 2) and row.loesung == "Schnittstelle geliefert"
    assert hs.huerden(rp_init, hs.HuerdenFilter(nur_offene=True)) == []
    hs.status_aendern(rp_init, hid, HuerdeStatus.OFFEN, benutzer="X", notiz="wieder aufgetreten")
    with rp_init.read() as s:
        assert s.get(Huerde, hid).geloest_am is None
        assert s.scalar(select(func.count()).where(HuerdeHistorie.huerde_id == hid)) == 5


def test_huerde_refuses_bad_input(rp_init):
    with pytest.raises(InputError, match=r"^Titel: Bitte ausfüllen"):
        neue_huerde(rp_init, titel=" ")
    with pytest.raises(InputError, match=r"^Unterart: „Datenschutz“ ist keine Unterart von technisch"):
        neue_huerde(rp_init, unterart="Datenschutz")
    with pytest.raises(InputError, match=r"^Leistungen: Leistung Nr. 17"):
        neue_huerde(rp_init, leistung_nrs=(17,))
    hid = neue_huerde(rp_init)
    hs.status_aendern(rp_init, hid, HuerdeStatus.IN_KLAERUNG, benutzer="X", datum=date(2026, 10, 2))
    with pytest.raises(InputError, match=r"^Notiz: Bitte begründen"):
        hs.status_aendern(rp_init, hid, HuerdeStatus.NICHT_LOESBAR, benutzer="X")
    with pytest.raises(InputError, match=r"^Datum: liegt vor der Erfassung"):
        hs.status_aendern(rp_init, hid, HuerdeStatus.GELOEST, benutzer="X", loesung="x", datum=date(2026, 1, 1))
    assert hs.huerde_laden(rp_init, hid).status is HuerdeStatus.IN_KLAERUNG
    assert hs.huerde_laden(rp_init, hid).loesung == ""  # the refused change left no Lösung behind
    assert len(hs.historie(rp_init, hid)) == 2


# -- Termine ------------------------------------------------------------------------------------


def test_termin_with_aufgaben_and_views(rp_init):
    ks = gemeinden(rp_init, 1)
    heute = date(2026, 11, 20)
    tid = ts.termin_speichern(
        rp_init,
        ts.TerminDaten(
            None, TerminArt.VOR_ORT, "Vor-Ort-Termin Ummeldung", datetime(2026, 11, 18, 10), datetime(2026, 11, 18, 12),
            "Rathaus", "Frau A, Herr B", "Test bestanden", (ks[0].id,), (1,),
            (
                ts.AufgabeDaten(None, "Protokoll versenden", "OZG-Koordination", heute - timedelta(days=1)),
                ts.AufgabeDaten(None, "Testfall 2 wiederholen", "IT-DL", heute + timedelta(days=7)),
                ts.AufgabeDaten(None, "Bescheid prüfen", "", heute - timedelta(days=3), heute - timedelta(days=4)),
            ),
        ),
    )  # fmt: skip
    ts.termin_speichern(rp_init, ts.TerminDaten(None, TerminArt.KSPV, "KSpV-Sitzung", datetime(2026, 12, 3, 14)))
    ueber = ts.ueberfaellige_aufgaben(rp_init, heute)
    assert [(a.was, a.tage_ueberfaellig) for a in ueber] == [("Protokoll versenden", 1)]
    assert ueber[0].termin == "Vor-Ort-Termin Ummeldung (18.11.2026)"
    assert [t.titel for t in ts.anstehende(rp_init, heute)] == ["KSpV-Sitzung"]
    assert [t.titel for t in ts.vergangene(rp_init, heute)] == ["Vor-Ort-Termin Ummeldung"]
    assert [t.titel for t in ts.termine(rp_init, kreis_id=ks[0].kreis_id)] == ["Vor-Ort-Termin Ummeldung"]
    [vor] = ts.vergangene(rp_init, heute)
    assert vor.aufgaben_offen == 2 and vor.protokoll

    # Edit: one Aufgabe done, one removed, one added; ids of kept Aufgaben survive.
    d = ts.termin_laden(rp_init, tid)
    erste, zweite, _dritte = d.aufgaben
    ts.termin_speichern(
        rp_init,
        ts.TerminDaten(**{**d.__dict__, "aufgaben": (
            ts.AufgabeDaten(erste.id, erste.was, erste.wer, erste.faellig, heute),
            ts.AufgabeDaten(None, "Neue Aufgabe", "", None),
        )}),
    )  # fmt: skip
    after = ts.termin_laden(rp_init, tid).aufgaben
    assert erste.id in {a.id for a in after} and zweite.id not in {a.id for a in after}
    assert ts.ueberfaellige_aufgaben(rp_init, heute) == []
    ts.aufgabe_erledigt(rp_init, erste.id, None)
    assert len(ts.ueberfaellige_aufgaben(rp_init, heute)) == 1
    ts.termin_loeschen(rp_init, tid)
    with rp_init.read() as s:
        assert s.scalar(select(func.count()).select_from(Aufgabe)) == 0
        assert s.scalar(select(func.count()).select_from(Termin)) == 1


def test_termin_refuses_bad_input(rp_init):
    with pytest.raises(InputError, match=r"^Titel: Bitte ausfüllen"):
        ts.termin_speichern(rp_init, ts.TerminDaten(None, TerminArt.BDV, "", datetime(2026, 1, 1, 9)))
    with pytest.raises(InputError, match=r"^Ende: liegt vor dem Beginn"):
        ts.termin_speichern(
            rp_init, ts.TerminDaten(None, TerminArt.BDV, "BDV", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 8))
        )
    with pytest.raises(InputError, match=r"^Aufgabe 2, Was: Bitte ausfüllen"):
        ts.termin_speichern(
            rp_init,
            ts.TerminDaten(
                None, TerminArt.BDV, "BDV", datetime(2026, 1, 1, 9),
                aufgaben=(ts.AufgabeDaten(None, "a"), ts.AufgabeDaten(None, " ")),
            ),
        )  # fmt: skip
    with rp_init.read() as s:
        assert s.scalar(select(func.count()).select_from(Termin)) == 0


# -- .ics -----------------------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_text_is_rfc5545():
    termin = ts.TerminDaten(
        None, TerminArt.BDV, "BDV Kreis; Süd, mit \\ Backslash", datetime(2026, 7, 1, 9, 30), None,
        "Kreishaus, Saal 1", "", "Zeile 1\nZeile 2 " + "ä" * 80,
        aufgaben=(ts.AufgabeDaten(None, "Liste senden", "Amt", date(2026, 7, 15)),),
    )  # fmt: skip
    text = ics.ics_text(termin, uid="termin-1@x", jetzt=datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded in octets
    text.encode("utf-8").decode("utf-8")  # folding never splits a character
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert "UID:termin-1@x" in lines and "DTSTAMP:20260601T120000Z" in lines
    assert "DTSTART;TZID=Europe/Berlin:20260701T093000" in lines
    assert "DTEND;TZID=Europe/Berlin:20260701T103000" in lines  # no end: one hour
    assert "SUMMARY:BDV Kreis\\; Süd\\, mit \\\\ Backslash" in lines
    assert "LOCATION:Kreishaus\\, Saal 1" in lines
    [desc] = [line for line in lines if line.startswith("DESCRIPTION:")]
    assert "Zeile 1\\nZeile 2" in desc and "Liste senden (Amt) bis 15.07.2026" in desc
    assert "TZID:Europe/Berlin" in lines and "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in lines
    assert lines.index("BEGIN:VTIMEZONE") < lines.index("BEGIN:VEVENT")


def test_ics_export_of_a_stored_termin(rp_demo, tmp_path):
    [t, *_] = ts.anstehende(rp_demo, date(2026, 11, 1))
    path = ics.termin_exportieren(rp_demo, t.id, tmp_path / "termin.ics")
    text = path.read_bytes().decode("utf-8")
    lines = unfold(text)
    [uid] = [line for line in lines if line.startswith("UID:")]
    assert re.fullmatch(rf"UID:termin-{t.id}-07-\d{{8}}T\d{{6}}@kommunalpakt-desktop", uid)
    assert ics.termin_ics(rp_demo, t.id).count(uid) == 1  # stable: the same UID on every export
    assert f"DTSTART;TZID=Europe/Berlin:{t.beginn:%Y%m%dT%H%M%S}" in lines
    assert f"SUMMARY:{ics.escape_text(t.titel)}" in lines


def test_a_future_erfasst_am_is_refused(rp_demo):
    heute = date(2026, 10, 1)
    daten = hs.HuerdeDaten(None, "Zukunft", HuerdeKategorie.TECHNISCH, erfasst_am=date(2030, 1, 1))
    with pytest.raises(InputError, match=r"^Erfasst am: 01\.01\.2030 liegt in der Zukunft"):
        hs.huerde_speichern(rp_demo, daten, benutzer="Frau Test", heute=heute)
    with rp_demo.read() as s:
        assert s.scalar(select(func.count()).select_from(Huerde).where(Huerde.titel == "Zukunft")) == 0
    heute_erfasst = hs.HuerdeDaten(None, "Zukunft", HuerdeKategorie.TECHNISCH, erfasst_am=heute)
    hid = hs.huerde_speichern(rp_demo, heute_erfasst, benutzer="Frau Test", heute=heute)
    assert hs.huerde_laden(rp_demo, hid).erfasst_am == heute
