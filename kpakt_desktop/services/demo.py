"""A realistic, clearly fictitious demo database of a real Land (``kpakt demo``).

Real Kommunen from the register; everything the office would record is invented, but shaped
like practice: progress clusters by Kreis and IT-Dienstleister, First Movers are ahead, Termine
follow the quarterly BDV rhythm. All dates derive from ``stichtag`` and all randomness from
``seed``: the same seed and Stichtag give the same database.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.huerden import UNTERARTEN, HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.kommunen import KREIS_ARTEN
from kpakt_desktop.domain.laender import Land
from kpakt_desktop.domain.status import HAUPTPFAD, Anbindungsart, Status
from kpakt_desktop.domain.teams import KontaktFunktion, LandesteamArt, RolloutAngebot, TaskforceRolle, TaskforceStatus
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services import demo_texts as texts
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.landdb import create_land_database_job
from kpakt_desktop.store.database import DbTarget, Store, discard_new_store
from kpakt_desktop.store.models import (
    Aufgabe,
    Fachverfahren,
    Hersteller,
    Huerde,
    HuerdeHistorie,
    ITDienstleister,
    Kommune,
    Kontakt,
    Landesteam,
    LandesteamMitglied,
    LandRow,
    Leistung,
    Nachnutzung,
    NachnutzungHistorie,
    NachnutzungStufe,
    RolloutAngebotRow,
    RolloutTeam,
    Taskforce,
    TaskforceMitglied,
    Termin,
    huerde_kommune,
    huerde_leistung,
    taskforce_kommune,
    taskforce_leistung,
    taskforce_region,
    termin_kommune,
    termin_leistung,
)

PAKT_START = date(2023, 7, 4)  # signed on the 41st session of the IT-Planungsrat
DEMO_QUELLE = "Demo-Daten"


def quartalsanfaenge(stichtag: date, n: int) -> list[date]:
    """First days of the last ``n`` quarters, up to and including the Stichtag's quarter."""
    first = date(stichtag.year, 3 * ((stichtag.month - 1) // 3) + 1, 1)
    result = [first]
    for _ in range(n - 1):
        prev = result[-1]
        month, year = prev.month - 3, prev.year
        if month < 1:
            month, year = month + 12, year - 1
        result.append(date(year, month, 1))
    return sorted(result)


class DemoBuilder:
    """Fills a freshly initialised Land database, one subject per method, in one session."""

    def __init__(self, s: Session, land: Land, seed: int, stichtag: date) -> None:
        self.s = s
        self.land = land
        self.rng = random.Random(f"{land.schluessel}-{seed}")
        self.stichtag = stichtag
        self.jetzt = datetime.combine(stichtag, time(9, 0))
        self.kommunen = list(s.scalars(select(Kommune).order_by(Kommune.id)))
        self.by_id = {k.id: k for k in self.kommunen}
        self.kreise = [k for k in self.kommunen if k.art in KREIS_ARTEN or k.art.kreisfrei]
        self.landkreise = [k for k in self.kommunen if k.art in KREIS_ARTEN] or self.kreise
        self.leistungen = {lst.nr: lst for lst in s.scalars(select(Leistung))}
        self.rows = list(s.scalars(select(Nachnutzung).order_by(Nachnutzung.id)))
        self.first_movers: set[int] = set()
        self.verfahren: dict[int, list[Fachverfahren]] = {}
        self.rollout: dict[int, RolloutTeam] = {}

    # -- helpers ------------------------------------------------------------------------------
    def person(self) -> tuple[str, str]:
        name = f"{self.rng.choice(texts.VORNAMEN)} {self.rng.choice(texts.NACHNAMEN)}"
        return name, name.lower().replace(" ", ".") + "@demo.invalid"

    def telefon(self) -> str:
        return f"0000 {self.rng.randint(100000, 999999)}"

    def kontakt(self, funktion: KontaktFunktion, organisation: str, kommune_id: int | None = None) -> Kontakt:
        name, email = self.person()
        row = Kontakt(
            name=name,
            funktion=funktion,
            organisation=organisation,
            email=email,
            telefon=self.telefon(),
            kommune_id=kommune_id,
        )
        self.s.add(row)
        return row

    def kreis_of(self, k: Kommune) -> int:
        return k.kreis_id if k.kreis_id is not None else k.id

    # -- subjects -----------------------------------------------------------------------------
    def it_und_fachverfahren(self) -> None:
        s, rng = self.s, self.rng
        s.scalars(select(LandRow)).one().dienststelle = f"Kommunale OZG-Koordination {self.land.name} (Demo)"
        itdl = []
        for i in range(max(1, min(6, len(self.kreise) // 6 + 1))):
            name, email = self.person()
            row = ITDienstleister(
                name=f"Kommunale IT {texts.REGIONEN[i % len(texts.REGIONEN)]} {self.land.kuerzel} (Demo)",
                ansprechpartner=name,
                email=email,
                telefon=self.telefon(),
            )
            s.add(row)
            itdl.append(row)
        s.flush()
        # Each Kreis has one main IT-Dienstleister; most of its Gemeinden follow it.
        haupt = {k.id: itdl[i % len(itdl)].id for i, k in enumerate(sorted(self.kreise, key=lambda k: k.ars))}
        for k in self.kommunen:
            home = self.kreis_of(k)
            if home in haupt and not k.art.gemeindefrei:
                k.it_dienstleister_id = haupt[home] if rng.random() < 0.85 else rng.choice(itdl).id
        self.itdl_tempo = {row.id: rng.uniform(-0.15, 0.15) for row in itdl}
        self.kreis_tempo = {k.id: rng.uniform(-0.2, 0.2) for k in self.kreise}
        hersteller = [Hersteller(name=n) for n in texts.HERSTELLER]
        s.add_all(hersteller)
        s.flush()
        for nr, names in texts.VERFAHREN.items():
            for j, name in enumerate(names):
                fv = Fachverfahren(name=name, hersteller_id=hersteller[(nr + j) % len(hersteller)].id)
                s.add(fv)
                self.verfahren.setdefault(nr, []).append(fv)
        s.flush()

    def nachnutzungen(self) -> None:
        rng = self.rng
        zustaendige = sorted({r.kommune_id for r in self.rows})
        if zustaendige:
            self.first_movers = set(rng.sample(zustaendige, k=max(1, len(zustaendige) // 25)))
        for kid in self.first_movers:
            self.by_id[kid].first_mover = True
        historie: list[dict[str, Any]] = []
        stufen: list[dict[str, Any]] = []
        for row in self.rows:
            self._eine_nachnutzung(row, historie, stufen)
        if historie:
            self.s.execute(insert(NachnutzungHistorie), historie)
        if stufen:
            self.s.execute(insert(NachnutzungStufe), stufen)

    def _eine_nachnutzung(self, row: Nachnutzung, historie: list[dict[str, Any]], stufen: list[dict[str, Any]]) -> None:
        rng, stichtag = self.rng, self.stichtag
        k = self.by_id[row.kommune_id]
        kreis = self.kreis_of(k)
        score = 0.42 + self.kreis_tempo.get(kreis, 0) + self.itdl_tempo.get(k.it_dienstleister_id or -1, 0)
        score += 0.1 * (row.leistung_nr in (1, 3, 9, 14))  # the popular ones run ahead
        if k.id in self.first_movers:
            score += 0.45
            row.first_mover = rng.random() < 0.7
        ziel = int(min(0.999, max(0.0, score + rng.gauss(0, 0.18))) * len(HAUPTPFAD))
        if self.leistungen[row.leistung_nr].vollstaendig_realisiert:
            ziel = len(HAUPTPFAD) - 1
        span = (stichtag - PAKT_START).days
        daten = sorted(PAKT_START + timedelta(days=rng.randint(30, max(31, span - 5))) for _ in range(ziel))
        alt = Status.OFFEN
        for stufe, datum in zip(HAUPTPFAD[1 : ziel + 1], daten, strict=True):
            historie.append(self._hist(row.id, alt, stufe, datum))
            geplant = datum - timedelta(days=rng.randint(-20, 40))
            stufen.append({"nachnutzung_id": row.id, "status": stufe, "erreicht": datum, "geplant": geplant})
            alt = stufe
        for later in HAUPTPFAD[ziel + 1 :]:
            if ziel >= 1 and rng.random() < 0.6:
                offset = 60 * (HAUPTPFAD.index(later) - ziel) + rng.randint(0, 60)
                geplant = stichtag + timedelta(days=offset)
                stufen.append({"nachnutzung_id": row.id, "status": later, "erreicht": None, "geplant": geplant})
        status = HAUPTPFAD[ziel]
        if 0 < ziel < 4 and rng.random() < 0.06:
            datum = stichtag - timedelta(days=rng.randint(10, 200))
            historie.append(self._hist(row.id, status, Status.ZURUECKGESTELLT, datum))
            status = Status.ZURUECKGESTELLT
        # A step is never recorded before the step it follows (two steps can share a day).
        eigene = [h for h in historie[-(ziel + 1) :] if h["nachnutzung_id"] == row.id]
        for vorher, nachher in itertools.pairwise(eigene):
            nachher["erfasst_am"] = max(nachher["erfasst_am"], vorher["erfasst_am"])
        row.status = status
        row.status_seit = daten[-1] if daten else None
        row.version = 1 + len(daten)
        row.geaendert_am = self.jetzt
        if ziel >= 2 and row.leistung_nr in self.verfahren:
            choices = self.verfahren[row.leistung_nr]
            row.fachverfahren_id = choices[(kreis + (rng.random() < 0.25)) % len(choices)].id
            arten = (
                Anbindungsart.XTA,
                Anbindungsart.XTA,
                Anbindungsart.FIT_CONNECT,
                Anbindungsart.SCHNITTSTELLE_HERSTELLER,
            )
            row.anbindungsart = rng.choice(arten)
            row.it_dienstleister_id = k.it_dienstleister_id
            row.kosten_einmalig = rng.randrange(2000, 40000, 500)
            row.kosten_jaehrlich = rng.randrange(500, 8000, 100)

    def _hist(self, nid: int, alt: Status, neu: Status, datum: date) -> dict[str, Any]:
        erfasst = min(self.jetzt, datetime.combine(datum + timedelta(days=self.rng.randint(0, 10)), time(10, 0)))
        return {
            "nachnutzung_id": nid,
            "feld": "status",
            "alt": alt.value,
            "neu": neu.value,
            "gueltig_ab": datum,
            "erfasst_am": erfasst,
            "benutzer": "Demo",
            "quelle": DEMO_QUELLE,
        }

    def kontakte(self) -> None:
        for k in self.kommunen:
            if k.art in KREIS_ARTEN or k.art.kreisfrei or k.id in self.first_movers:
                chef = KontaktFunktion.LANDRAT if k.art in KREIS_ARTEN else KontaktFunktion.BUERGERMEISTER
                for funktion in (chef, KontaktFunktion.OZG_BEAUFTRAGTE, KontaktFunktion.IT_LEITUNG):
                    self.kontakt(funktion, k.name, k.id)
        landes = [self.kontakt(KontaktFunktion.SONSTIGE, f"Land {self.land.name}") for _ in range(8)]
        self.s.flush()
        rollen = ("Ressortansprechpartner", "OZG-Koordination", "IT-Dienstleister", "Rechtsexpertise")
        for art, mitglieder in (
            (LandesteamArt.KERNTEAM, landes[:4]),
            (LandesteamArt.UMSETZUNGSBEGLEITTEAM, landes[4:]),
        ):
            team = Landesteam(art=art, name=f"{art.label} {self.land.kuerzel}")
            self.s.add(team)
            self.s.flush()
            for kontakt, rolle in zip(mitglieder, rollen, strict=True):
                self.s.add(LandesteamMitglied(team_id=team.id, kontakt_id=kontakt.id, rolle=rolle))

    def teams(self) -> None:
        s, rng = self.s, self.rng
        for nr, lst in sorted(self.leistungen.items()):
            if lst.vollstaendig_realisiert or lst.bund_direkt or nr == 5:
                continue
            kontakt = self.kontakt(KontaktFunktion.ROLLOUT, f"Roll-Out-Team {lst.name}")
            s.flush()
            ff = lst.federfuehrend.split(",")[0].strip() or None
            team = RolloutTeam(leistung_nr=nr, ff_land=ff, name=f"Roll-Out-Team {lst.name}", kontakt_id=kontakt.id)
            s.add(team)
            s.flush()
            lst.rollout_kontakt_id = kontakt.id
            self.rollout[nr] = team
            for angebot in rng.sample(list(RolloutAngebot), k=rng.randint(2, 4)):
                datum = self.stichtag - timedelta(days=rng.randint(20, 500))
                s.add(RolloutAngebotRow(team_id=team.id, art=angebot, datum=datum))
        kommunal = [nr for nr in self.rollout if any(r.leistung_nr == nr for r in self.rows)]
        for i in range(min(len(self.landkreise), 8, len(kommunal))):
            self._taskforce(i, kommunal[i % len(kommunal)])

    def _taskforce(self, i: int, nr: int) -> None:
        s, rng = self.s, self.rng
        region = rng.sample(self.landkreise, k=min(len(self.landkreise), rng.randint(1, 3)))
        kandidaten = [r.kommune_id for r in self.rows if r.leistung_nr == nr]
        begleitet = [kid for kid in kandidaten if kid in self.first_movers][:6] or kandidaten[:3]
        start = self.stichtag - timedelta(days=rng.randint(90, 600))
        abgeschlossen = i % 4 == 0
        tf = Taskforce(
            name=f"OZG-Taskforce {self.leistungen[nr].name} {texts.REGIONEN[i % len(texts.REGIONEN)]}",
            region=", ".join(k.name for k in region),
            status=TaskforceStatus.ABGESCHLOSSEN if abgeschlossen else TaskforceStatus.AKTIV,
            beginn=start,
            ende=start + timedelta(days=rng.randint(60, 200)) if abgeschlossen else None,
            rolloutteam_id=self.rollout[nr].id,
        )
        s.add(tf)
        s.flush()
        s.execute(insert(taskforce_leistung), [{"taskforce_id": tf.id, "leistung_nr": nr}])
        s.execute(insert(taskforce_region), [{"taskforce_id": tf.id, "kommune_id": k.id} for k in region])
        s.execute(insert(taskforce_kommune), [{"taskforce_id": tf.id, "kommune_id": kid} for kid in begleitet])
        for rolle in TaskforceRolle:
            kontakt = self.kontakt(KontaktFunktion.SONSTIGE, f"Taskforce {tf.name}")
            s.flush()
            s.add(TaskforceMitglied(taskforce_id=tf.id, kontakt_id=kontakt.id, rolle=rolle))

    def huerden(self) -> None:
        s, rng = self.s, self.rng
        betroffen = [r.kommune_id for r in self.rows if r.status in (Status.ZURUECKGESTELLT, Status.ANBINDUNG)]
        anzahl = max(8, min(60, len({r.kommune_id for r in self.rows}) // 8))
        for i in range(anzahl):
            kategorie = list(HuerdeKategorie)[i % 4]
            erfasst = self.stichtag - timedelta(days=rng.randint(5, 600))
            status = rng.choices(list(HuerdeStatus), weights=(4, 3, 1, 3, 1))[0]
            h = Huerde(
                titel=rng.choice(texts.HUERDEN[kategorie]),
                kategorie=kategorie,
                unterart=rng.choice(UNTERARTEN[kategorie]),
                status=status,
                erfasst_am=erfasst,
                geloest_am=erfasst + timedelta(days=rng.randint(10, 120)) if status.erledigt else None,
                loesung="Gemeinsam mit dem Roll-Out-Team geklärt." if status is HuerdeStatus.GELOEST else None,
                handlungsempfehlung="Musterlösung landesweit bereitstellen." if rng.random() < 0.5 else None,
            )
            s.add(h)
            s.flush()
            weg = [HuerdeStatus.OFFEN]
            if status is not HuerdeStatus.OFFEN:
                if status is not HuerdeStatus.IN_KLAERUNG:
                    weg.append(HuerdeStatus.IN_KLAERUNG)
                weg.append(status)
            for j, (alt, neu) in enumerate(zip([None, *weg[:-1]], weg, strict=True)):
                tag = min(self.stichtag, erfasst + timedelta(days=20 * j))
                erfasst_am = datetime.combine(tag, time(10, 0))
                s.add(
                    HuerdeHistorie(huerde_id=h.id, alt=alt, neu=neu, datum=tag, erfasst_am=erfasst_am, benutzer="Demo")
                )
            if betroffen:
                ks = set(rng.sample(betroffen, k=min(len(betroffen), rng.randint(1, 3))))
                s.execute(insert(huerde_kommune), [{"huerde_id": h.id, "kommune_id": kid} for kid in sorted(ks)])
            s.execute(insert(huerde_leistung), [{"huerde_id": h.id, "leistung_nr": rng.choice(list(texts.VERFAHREN))}])

    def termine(self) -> None:
        rng, stichtag = self.rng, self.stichtag
        nrs = sorted({r.leistung_nr for r in self.rows})
        for q in quartalsanfaenge(stichtag, 6):
            for kreis in self.landkreise:
                tag = q + timedelta(days=rng.randint(10, 75))
                themen = rng.sample(nrs, k=min(3, len(nrs)))
                self._termin(
                    TerminArt.BDV, f"Bürgermeisterdienstversammlung {kreis.name}", tag,
                    f"Kreisverwaltung {kreis.name}", [kreis.id], themen,
                )  # fmt: skip
            for art in (TerminArt.KSPV, TerminArt.FACHBEREICHSLEITUNG):
                tag = q + timedelta(days=rng.randint(5, 80))
                self._termin(art, f"{art.label} Digitalisierung", tag, "Landeshauptstadt", [], nrs[:4])
        for _ in range(max(4, len(self.first_movers) // 4)):
            kid = rng.choice(sorted(self.first_movers))
            nr = rng.choice(nrs)
            tag = stichtag + timedelta(days=rng.randint(-300, 45))
            titel = f"Vor-Ort-Termin inkl. Test {self.leistungen[nr].name} in {self.by_id[kid].name}"
            self._termin(TerminArt.VOR_ORT, titel, tag, self.by_id[kid].name, [kid], [nr])
        for i in range(3):
            tag = stichtag + timedelta(days=-200 + 120 * i)
            self._termin(TerminArt.SCHULUNG, "Schulung EfA-Anbindung für Fachbereiche", tag, "online", [], nrs[:2])
        self._termin(TerminArt.FORUM, "Forum Kommunalpakt", stichtag + timedelta(days=30), "Berlin", [], [])

    def _termin(
        self, art: TerminArt, titel: str, tag: date, ort: str, kommunen: Sequence[int], nrs: Sequence[int]
    ) -> None:
        s, rng = self.s, self.rng
        beginn = datetime.combine(tag, time(rng.choice((9, 10, 14)), 0))
        vergangen = tag < self.stichtag
        ergebnis = "Stand der Nachnutzung vorgestellt; nächste Schritte vereinbart." if vergangen else None
        t = Termin(
            art=art,
            titel=titel,
            beginn=beginn,
            ende=beginn + timedelta(hours=2),
            ort=ort,
            teilnehmende="Teilnehmerliste (Demo)",
            ergebnis=ergebnis,
        )
        s.add(t)
        s.flush()
        if kommunen:
            s.execute(insert(termin_kommune), [{"termin_id": t.id, "kommune_id": k} for k in kommunen])
        if nrs:
            s.execute(insert(termin_leistung), [{"termin_id": t.id, "leistung_nr": n} for n in nrs])
        if not vergangen:
            return
        for _ in range(rng.randint(1, 2)):
            faellig = tag + timedelta(days=rng.randint(14, 60))
            erledigt = None
            if faellig < self.stichtag and rng.random() < 0.75:
                erledigt = faellig - timedelta(days=rng.randint(0, 10))
            wer = rng.choice(("OZG-Koordination", "Kreisverwaltung", "IT-Dienstleister"))
            s.add(
                Aufgabe(termin_id=t.id, was=rng.choice(texts.AUFGABEN), wer=wer, faellig=faellig, erledigt_am=erledigt)
            )


def populate_demo_job(store: Store, land: Land, seed: int, stichtag: date) -> Job[None]:
    with store.write() as s:
        builder = DemoBuilder(s, land, seed, stichtag)
        steps = (
            (builder.it_und_fachverfahren, "IT-Dienstleister und Fachverfahren anlegen …"),
            (builder.nachnutzungen, "Nachnutzungen und Historie erzeugen …"),
            (builder.kontakte, "Fiktive Kontakte anlegen …"),
            (builder.teams, "Roll-Out-Teams und Taskforces anlegen …"),
            (builder.huerden, "Hürden erfassen …"),
            (builder.termine, "Termine und Aufgaben anlegen …"),
        )
        for i, (step, message) in enumerate(steps):
            yield Progress(i, len(steps), message)
            step()
    yield Progress(len(steps), len(steps), "Fertig.")


def create_demo_job(path: DbTarget, land: Land, *, seed: int = 1, stichtag: date | None = None) -> Job[Store]:
    stichtag = stichtag or date.today()
    jetzt = datetime.combine(stichtag, time(8, 0))
    store = yield from create_land_database_job(path, land, ist_demo=True, jetzt=jetzt)
    try:
        yield from populate_demo_job(store, land, seed, stichtag)
    except BaseException:
        discard_new_store(store)
        raise
    return store


def create_demo(path: DbTarget, land: Land, *, seed: int = 1, stichtag: date | None = None) -> Store:
    return run_job(create_demo_job(path, land, seed=seed, stichtag=stichtag))
