"""A realistic, clearly fictitious demo database of a real Land (``kpakt demo``).

Real Kommunen from the register; everything the office would record is invented, but shaped
like practice: progress clusters by Kreis and IT-Dienstleister, First Movers are ahead, Termine
follow the quarterly BDV rhythm. All dates derive from ``stichtag`` and all randomness from
``seed``: the same seed and Stichtag give the same database.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kpakt_desktop.domain.huerden import UNTERARTEN, HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.kommunen import KREIS_ARTEN
from kpakt_desktop.domain.laender import Land
from kpakt_desktop.domain.status import HAUPTPFAD, Anbindungsart, Status
from kpakt_desktop.domain.teams import (
    KontaktFunktion,
    LandesteamArt,
    RolloutAngebot,
    TaskforceRolle,
    TaskforceStatus,
)
from kpakt_desktop.domain.termine import TerminArt
from kpakt_desktop.services.jobs import Job, Progress, run_job
from kpakt_desktop.services.landdb import create_land_database_job
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Aufgabe,
    Fachverfahren,
    Hersteller,
    Huerde,
    HuerdeHistorie,
    ITDienstleister,
    Kommune,
    Kontakt,
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
from kpakt_desktop.store.models.teams import Landesteam

PAKT_START = date(2023, 7, 4)  # signed on the 41st session of the IT-Planungsrat
DEMO_QUELLE = "Demo-Daten"

_VORNAMEN = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Elif",
    "Felix",
    "Greta",
    "Hannes",
    "Ida",
    "Jonas",
    "Katrin",
    "Lukas",
    "Mara",
    "Nils",
    "Olga",
    "Paul",
    "Rana",
    "Sven",
    "Tanja",
    "Uwe",
    "Vera",
    "Willi",
)
_NACHNAMEN = (
    "Beispiel",
    "Muster",
    "Probe",
    "Platzhalter",
    "Demo",
    "Fiktiv",
    "Testmann",
    "Vorlage",
    "Modell",
    "Schablone",
    "Entwurf",
    "Skizze",
)
_REGIONEN = ("Nord", "Süd", "West", "Ost", "Mitte", "Rhein", "Berg", "Tal", "Land", "Küste")
_HERSTELLER = (
    "Alpha Kommunalsoftware GmbH (Demo)",
    "Beta Verwaltungssysteme AG (Demo)",
    "Gamma Fachverfahren KG (Demo)",
    "Delta Bürgerdienste GmbH (Demo)",
    "Epsilon Public IT (Demo)",
)
# Two or three competing Fachverfahren per kommunal Leistung, as in practice.
_VERFAHREN = {
    1: ("MeldeWerk", "EWO-Kommunal"),
    2: ("Staatsangehörigkeit-Pro", "EinbürgerungsAkte"),
    3: ("PassWerk", "AusweisPlus"),
    4: ("GewerbeWerk", "Gewerbe-Online-Pro"),
    6: ("VergabeManager", "eVergabe-Kommunal"),
    8: ("ElterngeldDigital", "EG-Fach"),
    9: ("Standesamt-Pro", "PersonenstandsWerk", "AutiStan-Demo"),
    10: ("UVG-Fach", "Unterhalt-Pro"),
    11: ("BauWerk", "Baugenehmigung-Pro", "ProBauG-Demo"),
    12: ("WoGG-Pro", "Wohngeld-Fach"),
    13: ("FührerscheinWerk", "FE-Kommunal"),
    14: ("ZulassungsWerk", "KFZ-Pro"),
    15: ("ImmissionsWerk", "BImSch-Fach"),
    16: ("SGB-II-Pro", "Jobcenter-Fach"),
}
_HUERDEN = {
    HuerdeKategorie.ORGANISATORISCH: (
        "Keine Personalkapazität für die Anbindung",
        "Fachbereich kennt das EfA-Prinzip nicht",
        "Andere Digitalisierungsprojekte haben Vorrang",
    ),
    HuerdeKategorie.TECHNISCH: (
        "Fachverfahren ohne XÖV-Schnittstelle",
        "Veraltete Version des Fachverfahrens im Einsatz",
        "IT-Dienstleister hat keinen Termin für die Anbindung",
    ),
    HuerdeKategorie.FINANZIELL: (
        "Kosten der Schnittstelle nicht geklärt",
        "Betriebskosten nach Ende der Förderung unklar",
        "Hersteller verlangt Lizenzaufpreis für Schnittstelle",
    ),
    HuerdeKategorie.RECHTLICH: (
        "Datenschutz-Folgenabschätzung fehlt",
        "Auftragsverarbeitung mit dem FF-Land ungeklärt",
        "Datenübermittlung an das Rechenzentrum eines anderen Landes ungeklärt",
    ),
}


def _person(rng: random.Random) -> tuple[str, str]:
    name = f"{rng.choice(_VORNAMEN)} {rng.choice(_NACHNAMEN)}"
    email = name.lower().replace(" ", ".") + "@demo.invalid"
    return name, email


def _stage_dates(rng: random.Random, ziel: int, stichtag: date) -> list[date]:
    """Increasing dates for reaching stages 1..ziel between the Pakt's start and the Stichtag."""
    span = (stichtag - PAKT_START).days
    points = sorted(rng.randint(30, max(31, span - 5)) for _ in range(ziel))
    return [PAKT_START + timedelta(days=p) for p in points]


def _ziel_stufe(rng: random.Random, score: float) -> int:
    """Stage index (0 = offen … 5 = produktiv) from a progress score in [0, 1]."""
    noisy = min(0.999, max(0.0, score + rng.gauss(0, 0.18)))
    return int(noisy * len(HAUPTPFAD))


def populate_demo_job(store: Store, land: Land, seed: int, stichtag: date) -> Job[None]:
    rng = random.Random(f"{land.schluessel}-{seed}")
    jetzt = datetime.combine(stichtag, time(9, 0))
    with store.write() as s:
        s.scalars(select(LandRow)).one().dienststelle = f"Kommunale OZG-Koordination {land.name} (Demo)"
        kommunen = list(s.scalars(select(Kommune)))
        by_id = {k.id: k for k in kommunen}
        kreise = [k for k in kommunen if k.art in KREIS_ARTEN or k.art.kreisfrei]
        landkreise = [k for k in kommunen if k.art in KREIS_ARTEN]
        leistungen = {lst.nr: lst for lst in s.scalars(select(Leistung))}

        yield Progress(1, 6, "IT-Dienstleister und Fachverfahren anlegen …")
        n_itdl = max(1, min(6, len(kreise) // 6 + 1))
        itdl = []
        for i in range(n_itdl):
            name, email = _person(rng)
            row = ITDienstleister(
                name=f"Kommunale IT {_REGIONEN[i % len(_REGIONEN)]} {land.kuerzel} (Demo)",
                ansprechpartner=name,
                email=email,
                telefon=f"0000 {rng.randint(100000, 999999)}",
            )
            s.add(row)
            itdl.append(row)
        s.flush()
        # Each Kreis has one main IT-Dienstleister; its Gemeinden mostly follow it.
        kreis_itdl = {k.id: itdl[i % len(itdl)].id for i, k in enumerate(sorted(kreise, key=lambda k: k.ars))}
        itdl_speed = {row.id: rng.uniform(-0.15, 0.15) for row in itdl}
        kreis_speed = {k.id: rng.uniform(-0.2, 0.2) for k in kreise}
        for k in kommunen:
            home = k.kreis_id if k.kreis_id in kreis_itdl else k.id
            if home in kreis_itdl and not k.art.gemeindefrei:
                k.it_dienstleister_id = kreis_itdl[home] if rng.random() < 0.85 else rng.choice(itdl).id
        hersteller = [Hersteller(name=n) for n in _HERSTELLER]
        s.add_all(hersteller)
        s.flush()
        verfahren: dict[int, list[Fachverfahren]] = {}
        for nr, names in _VERFAHREN.items():
            for j, name in enumerate(names):
                fv = Fachverfahren(name=name, hersteller_id=hersteller[(nr + j) % len(hersteller)].id)
                s.add(fv)
                verfahren.setdefault(nr, []).append(fv)
        s.flush()

        yield Progress(2, 6, "Nachnutzungen und Historie erzeugen …")
        rows = list(s.scalars(select(Nachnutzung).order_by(Nachnutzung.id)))
        zustaendige_ids = sorted({r.kommune_id for r in rows})
        first_movers = set(rng.sample(zustaendige_ids, k=max(1, len(zustaendige_ids) // 25)))
        for kid in first_movers:
            by_id[kid].first_mover = True
        historie, stufen = [], []
        for row in rows:
            k = by_id[row.kommune_id]
            kreis_key = k.kreis_id if k.kreis_id in kreis_speed else k.id
            leistung = leistungen[row.leistung_nr]
            score = 0.42 + kreis_speed.get(kreis_key, 0) + itdl_speed.get(k.it_dienstleister_id or -1, 0)
            score += 0.1 * (row.leistung_nr in (1, 3, 9, 14))  # the popular ones run ahead
            if k.id in first_movers:
                score += 0.45
                row.first_mover = rng.random() < 0.7
            ziel = _ziel_stufe(rng, score)
            if leistung.vollstaendig_realisiert:
                ziel = len(HAUPTPFAD) - 1
            daten = _stage_dates(rng, ziel, stichtag)
            alt = Status.OFFEN
            for stufe, datum in zip(HAUPTPFAD[1 : ziel + 1], daten, strict=True):
                historie.append(_hist(row.id, alt, stufe, datum, jetzt, rng))
                stufen.append(
                    {
                        "nachnutzung_id": row.id,
                        "status": stufe,
                        "erreicht": datum,
                        "geplant": datum - timedelta(days=rng.randint(-20, 40)),
                    }
                )
                alt = stufe
            for later in HAUPTPFAD[ziel + 1 :]:
                if ziel >= 1 and rng.random() < 0.6:
                    offset = 60 * (HAUPTPFAD.index(later) - ziel) + rng.randint(0, 60)
                    stufen.append(
                        {
                            "nachnutzung_id": row.id,
                            "status": later,
                            "erreicht": None,
                            "geplant": stichtag + timedelta(days=offset),
                        }
                    )
            status = HAUPTPFAD[ziel]
            if 0 < ziel < 4 and rng.random() < 0.06:
                datum = stichtag - timedelta(days=rng.randint(10, 200))
                historie.append(_hist(row.id, status, Status.ZURUECKGESTELLT, datum, jetzt, rng))
                status = Status.ZURUECKGESTELLT
            row.status = status
            row.status_seit = daten[-1] if daten else None
            row.version = 1 + len(daten)
            row.geaendert_am = jetzt
            if ziel >= 2 and row.leistung_nr in verfahren:
                choices = verfahren[row.leistung_nr]
                row.fachverfahren_id = choices[(kreis_key + (rng.random() < 0.25)) % len(choices)].id
                row.anbindungsart = rng.choice(
                    (
                        Anbindungsart.XTA,
                        Anbindungsart.XTA,
                        Anbindungsart.FIT_CONNECT,
                        Anbindungsart.SCHNITTSTELLE_HERSTELLER,
                    )
                )
                row.it_dienstleister_id = k.it_dienstleister_id
                row.kosten_einmalig = rng.randrange(2000, 40000, 500)
                row.kosten_jaehrlich = rng.randrange(500, 8000, 100)
        if historie:
            s.execute(insert(NachnutzungHistorie), historie)
        if stufen:
            s.execute(insert(NachnutzungStufe), stufen)

        yield Progress(3, 6, "Kontakte und Teams anlegen …")
        kontakte: dict[int, list[Kontakt]] = defaultdict(list)
        ozg_kandidaten = [k for k in kommunen if k.art in KREIS_ARTEN or k.art.kreisfrei or k.id in first_movers]
        for k in ozg_kandidaten:
            chef = KontaktFunktion.LANDRAT if k.art in KREIS_ARTEN else KontaktFunktion.BUERGERMEISTER
            for funktion in (chef, KontaktFunktion.OZG_BEAUFTRAGTE, KontaktFunktion.IT_LEITUNG):
                name, email = _person(rng)
                kontakt = Kontakt(
                    name=name,
                    funktion=funktion,
                    organisation=k.name,
                    email=email,
                    telefon=f"0000 {rng.randint(100000, 999999)}",
                    kommune_id=k.id,
                )
                s.add(kontakt)
                kontakte[k.id].append(kontakt)
        landes_kontakte = []
        for _ in range(8):
            name, email = _person(rng)
            kontakt = Kontakt(
                name=name, funktion=KontaktFunktion.SONSTIGE, organisation=f"Land {land.name}", email=email
            )
            s.add(kontakt)
            landes_kontakte.append(kontakt)
        s.flush()
        for art, name in (
            (LandesteamArt.KERNTEAM, "Kernteam Nachnutzung"),
            (LandesteamArt.UMSETZUNGSBEGLEITTEAM, "Umsetzungsbegleitteam"),
        ):
            team = Landesteam(art=art, name=f"{name} {land.kuerzel}")
            s.add(team)
            s.flush()
            for kontakt, rolle in zip(
                landes_kontakte[:4] if art is LandesteamArt.KERNTEAM else landes_kontakte[4:],
                ("Ressortansprechpartner", "OZG-Koordination", "IT-Dienstleister", "Rechtsexpertise"),
                strict=False,
            ):
                s.add(LandesteamMitglied(team_id=team.id, kontakt_id=kontakt.id, rolle=rolle))
        rollout: dict[int, RolloutTeam] = {}
        for nr, lst in sorted(leistungen.items()):
            if lst.vollstaendig_realisiert or lst.bund_direkt or nr == 5:
                continue
            name, email = _person(rng)
            kontakt = Kontakt(
                name=name, funktion=KontaktFunktion.ROLLOUT, email=email, organisation=f"Roll-Out-Team {lst.name}"
            )
            s.add(kontakt)
            s.flush()
            team = RolloutTeam(
                leistung_nr=nr,
                ff_land=lst.federfuehrend.split(",")[0].strip() or None,
                name=f"Roll-Out-Team {lst.name}",
                kontakt_id=kontakt.id,
            )
            s.add(team)
            s.flush()
            lst.rollout_kontakt_id = kontakt.id
            rollout[nr] = team
            for angebot in rng.sample(list(RolloutAngebot), k=rng.randint(2, 4)):
                s.add(
                    RolloutAngebotRow(
                        team_id=team.id, art=angebot, datum=stichtag - timedelta(days=rng.randint(20, 500))
                    )
                )
        tf_leistungen = [nr for nr in rollout if any(r.leistung_nr == nr for r in rows)]
        n_tf = min(len(landkreise) or 1, 8, len(tf_leistungen))
        pool = landkreise or kreise
        for i in range(n_tf):
            nr = tf_leistungen[i % len(tf_leistungen)]
            region = rng.sample(pool, k=min(len(pool), rng.randint(1, 3)))
            begleitet = [r.kommune_id for r in rows if r.leistung_nr == nr and r.kommune_id in first_movers][:6]
            if not begleitet:
                begleitet = [r.kommune_id for r in rows if r.leistung_nr == nr][:3]
            start = stichtag - timedelta(days=rng.randint(90, 600))
            tf = Taskforce(
                name=f"OZG-Taskforce {leistungen[nr].name} {_REGIONEN[i % len(_REGIONEN)]}",
                region=", ".join(k.name for k in region),
                status=TaskforceStatus.AKTIV if i % 4 else TaskforceStatus.ABGESCHLOSSEN,
                beginn=start,
                ende=None if i % 4 else start + timedelta(days=rng.randint(60, 200)),
                rolloutteam_id=rollout[nr].id,
            )
            s.add(tf)
            s.flush()
            s.execute(insert(taskforce_leistung), [{"taskforce_id": tf.id, "leistung_nr": nr}])
            s.execute(insert(taskforce_region), [{"taskforce_id": tf.id, "kommune_id": k.id} for k in region])
            s.execute(insert(taskforce_kommune), [{"taskforce_id": tf.id, "kommune_id": kid} for kid in begleitet])
            for rolle in TaskforceRolle:
                name, email = _person(rng)
                kontakt = Kontakt(
                    name=name, funktion=KontaktFunktion.SONSTIGE, email=email, organisation=f"Taskforce {tf.name}"
                )
                s.add(kontakt)
                s.flush()
                s.add(TaskforceMitglied(taskforce_id=tf.id, kontakt_id=kontakt.id, rolle=rolle))

        yield Progress(4, 6, "Hürden erfassen …")
        huerde_kommunen = [r.kommune_id for r in rows if r.status in (Status.ZURUECKGESTELLT, Status.ANBINDUNG)]
        n_huerden = max(8, min(60, len(zustaendige_ids) // 8))
        for i in range(n_huerden):
            kategorie = list(HuerdeKategorie)[i % 4]
            titel = rng.choice(_HUERDEN[kategorie])
            erfasst = stichtag - timedelta(days=rng.randint(5, 600))
            status = rng.choices(list(HuerdeStatus), weights=(4, 3, 1, 3, 1))[0]
            h = Huerde(
                titel=titel,
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
            path = [HuerdeStatus.OFFEN]
            if status is not HuerdeStatus.OFFEN:
                path += [HuerdeStatus.IN_KLAERUNG] if status is not HuerdeStatus.IN_KLAERUNG else []
                path.append(status)
            for j, (a, b) in enumerate(zip([None, *path[:-1]], path, strict=True)):
                d = min(stichtag, erfasst + timedelta(days=20 * j))
                s.add(
                    HuerdeHistorie(
                        huerde_id=h.id,
                        alt=a,
                        neu=b,
                        datum=d,
                        erfasst_am=datetime.combine(d, time(10, 0)),
                        benutzer="Demo",
                    )
                )
            if huerde_kommunen:
                ks = set(rng.sample(huerde_kommunen, k=min(len(huerde_kommunen), rng.randint(1, 3))))
                s.execute(insert(huerde_kommune), [{"huerde_id": h.id, "kommune_id": kid} for kid in ks])
            nrs = {rng.choice(list(_VERFAHREN))}
            s.execute(insert(huerde_leistung), [{"huerde_id": h.id, "leistung_nr": nr} for nr in nrs])

        yield Progress(5, 6, "Termine und Aufgaben anlegen …")
        quartale = _quartale(stichtag, 6)
        kommunal_nrs = sorted({r.leistung_nr for r in rows})
        for q_start in quartale:
            for kreis in landkreise or kreise:
                tag = q_start + timedelta(days=rng.randint(10, 75))
                _termin(
                    s,
                    rng,
                    TerminArt.BDV,
                    f"Bürgermeisterdienstversammlung {kreis.name}",
                    tag,
                    f"Kreisverwaltung {kreis.name}",
                    [kreis.id],
                    rng.sample(kommunal_nrs, k=min(3, len(kommunal_nrs))),
                    stichtag,
                )
            for art, titel in (
                (TerminArt.KSPV, "Sitzung der kommunalen Spitzenverbände"),
                (TerminArt.FACHBEREICHSLEITUNG, "Fachbereichsleitungstreffen Digitalisierung"),
            ):
                tag = q_start + timedelta(days=rng.randint(5, 80))
                _termin(s, rng, art, titel, tag, "Landeshauptstadt", [], kommunal_nrs[:4], stichtag)
        for _ in range(max(4, len(first_movers) // 4)):
            kid = rng.choice(sorted(first_movers))
            nr = rng.choice(kommunal_nrs)
            tag = stichtag + timedelta(days=rng.randint(-300, 45))
            _termin(
                s,
                rng,
                TerminArt.VOR_ORT,
                f"Vor-Ort-Termin inkl. Test {leistungen[nr].name} in {by_id[kid].name}",
                tag,
                by_id[kid].name,
                [kid],
                [nr],
                stichtag,
            )
        for i in range(3):
            tag = stichtag + timedelta(days=-200 + 120 * i)
            _termin(
                s,
                rng,
                TerminArt.SCHULUNG,
                "Schulung EfA-Anbindung für Fachbereiche",
                tag,
                "online",
                [],
                kommunal_nrs[:2],
                stichtag,
            )
        _termin(
            s,
            rng,
            TerminArt.FORUM,
            "Forum Kommunalpakt",
            stichtag + timedelta(days=30),
            "Berlin",
            [],
            [],
            stichtag,
        )
    yield Progress(6, 6, "Fertig.")


def _quartale(stichtag: date, n: int) -> list[date]:
    """Starts of the last ``n`` quarters up to and including the Stichtag's quarter, plus the next."""
    q = date(stichtag.year, 3 * ((stichtag.month - 1) // 3) + 1, 1)
    result = [q]
    for _ in range(n - 1):
        month = result[-1].month - 3
        year = result[-1].year
        if month < 1:
            month += 12
            year -= 1
        result.append(date(year, month, 1))
    return sorted(result)


def _hist(nid: int, alt: Status, neu: Status, datum: date, jetzt: datetime, rng: random.Random) -> dict[str, object]:
    erfasst = min(jetzt, datetime.combine(datum + timedelta(days=rng.randint(0, 10)), time(10, 0)))
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


def _termin(
    s: Session,
    rng: random.Random,
    art: TerminArt,
    titel: str,
    tag: date,
    ort: str,
    kommunen: Sequence[int],
    nrs: Sequence[int],
    stichtag: date,
) -> None:
    beginn = datetime.combine(tag, time(rng.choice((9, 10, 14)), 0))
    vergangen = tag < stichtag
    t = Termin(
        art=art,
        titel=titel,
        beginn=beginn,
        ende=beginn + timedelta(hours=2),
        ort=ort,
        teilnehmende="Teilnehmerliste (Demo)",
        ergebnis="Stand der Nachnutzung vorgestellt; nächste Schritte vereinbart." if vergangen else None,
    )
    s.add(t)
    s.flush()
    if kommunen:
        s.execute(insert(termin_kommune), [{"termin_id": t.id, "kommune_id": k} for k in kommunen])
    if nrs:
        s.execute(insert(termin_leistung), [{"termin_id": t.id, "leistung_nr": n} for n in nrs])
    if vergangen:
        for _ in range(rng.randint(1, 2)):
            faellig = tag + timedelta(days=rng.randint(14, 60))
            erledigt = (
                faellig - timedelta(days=rng.randint(0, 10)) if faellig < stichtag and rng.random() < 0.75 else None
            )
            s.add(
                Aufgabe(
                    termin_id=t.id,
                    was=rng.choice(
                        (
                            "Ansprechpartner im Fachbereich benennen",
                            "Termin mit IT-Dienstleister vereinbaren",
                            "Kostenschätzung für Schnittstelle einholen",
                            "Testkonto beim FF-Land beantragen",
                        )
                    ),
                    wer=rng.choice(("OZG-Koordination", "Kreisverwaltung", "IT-Dienstleister")),
                    faellig=faellig,
                    erledigt_am=erledigt,
                )
            )


def create_demo_job(path: Path, land: Land, *, seed: int = 1, stichtag: date | None = None) -> Job[Store]:
    stichtag = stichtag or date.today()
    jetzt = datetime.combine(stichtag, time(8, 0))
    store = yield from create_land_database_job(path, land, ist_demo=True, jetzt=jetzt)
    try:
        yield from populate_demo_job(store, land, seed, stichtag)
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return store


def create_demo(path: Path, land: Land, *, seed: int = 1, stichtag: date | None = None) -> Store:
    return run_job(create_demo_job(path, land, seed=seed, stichtag=stichtag))
