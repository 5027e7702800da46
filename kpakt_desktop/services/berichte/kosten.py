"""Kostenübersicht: what the Nachnutzungen cost, one-off and yearly, and how the figures developed.

The agreement and the slides name the financial Hürden (who pays implementation and interfaces,
how implementation and operating costs develop); the database keeps the costs per Nachnutzung
(whole euros, ``kosten_einmalig`` / ``kosten_jaehrlich``) and every change of them in the history.
This module sums them per Leistung, Kreis, Fachverfahren/Hersteller and IT-Dienstleister, relates
them to the Einwohner served, counts the Nachnutzungen without a figure, and rebuilds the sums at
each month's end from the history. The Excel report and the Lagebericht's cost section both read
``kostenuebersicht``: one computation.

Every sum is over the rows of the detail sheet "Nachnutzungen" (one row per zuständige
Nachnutzung), so a reader can reproduce each of them with the sheet's filter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from kpakt_desktop.domain.status import Status
from kpakt_desktop.domain.versorgung import Versorgung
from kpakt_desktop.services.berichte import excel
from kpakt_desktop.services.berichte.daten import quellenangabe, zellen_abfrage
from kpakt_desktop.services.file_output import save_workbook
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.kennzahlen import monate, monatsende  # the same months as the go-live curve
from kpakt_desktop.services.landdb import read_land
from kpakt_desktop.services.vollzugsebene import versorgung_laden
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Kommune,
    Nachnutzung,
    NachnutzungHistorie,
)

FELDER = ("kosten_einmalig", "kosten_jaehrlich")
OHNE_FV = "Fachverfahren nicht erfasst"
OHNE_HST = "Hersteller nicht erfasst"
OHNE_ITDL = "kein IT-Dienstleister erfasst"
ERSTES_JAHR = 2020  # the Kommunalpakt's figures cannot be older; earlier dates are typing errors


@dataclass(frozen=True)
class KostenZeile:
    """One zuständige Nachnutzung with its costs (None: no figure recorded)."""

    nachnutzung_id: int
    kommune_id: int
    kreis: str
    kommune: str
    ars: str
    leistung_nr: int
    leistung: str
    status: Status
    fachverfahren: str
    hersteller: str
    it_dienstleister: str
    einmalig: int | None
    jaehrlich: int | None
    einwohner: int  # Einwohner this Kommune serves for the Leistung

    @property
    def mit_angabe(self) -> bool:
        return self.einmalig is not None or self.jaehrlich is not None


@dataclass
class KostenSumme:
    """The sums over a group of rows."""

    name: str
    nachnutzungen: int = 0
    mit_angabe: int = 0
    einmalig: int = 0
    jaehrlich: int = 0
    kommunen: set[int] = field(default_factory=set)  # with a figure: the Einwohner served count once each
    einwohner: int = 0  # served by the Kommunen with a figure (each Gemeinde once)

    @property
    def ohne_angabe(self) -> int:
        return self.nachnutzungen - self.mit_angabe

    @property
    def einmalig_je_einwohner(self) -> float | None:
        return self.einmalig / self.einwohner if self.einwohner else None

    @property
    def jaehrlich_je_einwohner(self) -> float | None:
        return self.jaehrlich / self.einwohner if self.einwohner else None


@dataclass(frozen=True)
class KostenMonat:
    monat: date  # first of the month; the sums are the state at its end (or the Stichtag)
    einmalig: int
    jaehrlich: int
    mit_angabe: int


@dataclass(frozen=True)
class Kostenuebersicht:
    land: str
    gebiet: str
    stand: datetime
    stichtag: date
    zeilen: list[KostenZeile]
    gesamt: KostenSumme
    je_leistung: list[KostenSumme]
    je_kreis: list[KostenSumme]
    je_hersteller: list[KostenSumme]
    je_fachverfahren: list[KostenSumme]
    je_it_dienstleister: list[KostenSumme]
    verlauf: list[KostenMonat]
    quelle: str


def _summen(
    zeilen: Iterable[KostenZeile], schluessel: Callable[[KostenZeile], str], vers: Versorgung
) -> list[KostenSumme]:
    gruppen: dict[str, KostenSumme] = {}
    for z in zeilen:
        _add(gruppen.setdefault(schluessel(z), KostenSumme(schluessel(z))), z)
    for g in gruppen.values():
        g.einwohner = vers.einwohner_von(g.kommunen)
    return list(gruppen.values())


def _add(g: KostenSumme, z: KostenZeile) -> None:
    g.nachnutzungen += 1
    if z.mit_angabe:
        g.mit_angabe += 1
        g.einmalig += z.einmalig or 0
        g.jaehrlich += z.jaehrlich or 0
        g.kommunen.add(z.kommune_id)


def _nach_kosten(gruppen: list[KostenSumme]) -> list[KostenSumme]:
    return sorted(gruppen, key=lambda g: (-(g.einmalig + g.jaehrlich), -g.nachnutzungen, g.name))


def _zahl(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        return int(text)
    except ValueError:
        return None


def kosten_verlauf(
    heute: dict[tuple[int, str], int | None],
    wechsel: Iterable[tuple[int, str, date, str | None, str | None]],
    stichtag: date,
) -> list[KostenMonat]:
    """The sums at each month's end, rebuilt backwards from today's values and the history.

    ``heute``: (Nachnutzung id, field) → value now. ``wechsel``: (Nachnutzung id, field, gültig ab,
    old, new) of every cost change, in recorded order. A value without history counts for every
    month shown (when it was entered is not known). The months run from the first change (not
    before 2020) to the Stichtag, at least the last twelve.
    """
    je_wert: dict[tuple[int, str], list[tuple[date, int | None, int | None]]] = defaultdict(list)
    for nid, feld, ab, alt, neu in wechsel:
        if (nid, feld) in heute and date(ERSTES_JAHR, 1, 1) <= ab <= stichtag:
            je_wert[(nid, feld)].append((ab, _zahl(alt), _zahl(neu)))
    for items in je_wert.values():
        items.sort(key=lambda x: x[0])  # stable: same day keeps the recorded order
    tage = [ab for items in je_wert.values() for ab, _, _ in items]
    erster = min([*tage, date(stichtag.year - 1, stichtag.month, 1)])
    out = []
    for monat in monate(date(erster.year, erster.month, 1), stichtag):
        ende = monatsende(monat, stichtag)
        summe = {f: 0 for f in FELDER}
        mit: set[int] = set()
        for (nid, feld), jetzt in heute.items():
            wert = jetzt
            verlauf = je_wert.get((nid, feld))
            if verlauf:
                frueher = [neu for ab, _, neu in verlauf if ab <= ende]
                wert = frueher[-1] if frueher else verlauf[0][1]
            if wert is not None:
                summe[feld] += wert
                mit.add(nid)
        out.append(KostenMonat(monat, summe["kosten_einmalig"], summe["kosten_jaehrlich"], len(mit)))
    return out


def kostenuebersicht(
    store: Store, *, kreis_id: int | None = None, stichtag: date | None = None, stand: datetime | None = None
) -> Kostenuebersicht:
    stand = stand or datetime.now().replace(microsecond=0)
    tag = stichtag or stand.date()
    land = read_land(store)
    with store.read() as s:
        vers = versorgung_laden(s)
        query = zellen_abfrage(
            Nachnutzung.id,
            Nachnutzung.kommune_id,
            Nachnutzung.leistung_nr,
            Nachnutzung.status,
            Nachnutzung.kosten_einmalig,
            Nachnutzung.kosten_jaehrlich,
        ).order_by(Nachnutzung.leistung_nr, "kreis", Kommune.name)
        gebiet = land.name
        if kreis_id is not None:
            query = query.where(or_(Kommune.id == kreis_id, Kommune.kreis_id == kreis_id))
            gebiet = str(s.scalar(select(Kommune.name).where(Kommune.id == kreis_id)))
        rows = s.execute(query).all()
        ids = [r.id for r in rows]
        wechsel = [
            (int(h.nachnutzung_id), h.feld, h.gueltig_ab, h.alt, h.neu)
            for h in s.execute(
                select(
                    NachnutzungHistorie.nachnutzung_id,
                    NachnutzungHistorie.feld,
                    NachnutzungHistorie.gueltig_ab,
                    NachnutzungHistorie.alt,
                    NachnutzungHistorie.neu,
                )
                .where(NachnutzungHistorie.feld.in_(FELDER), NachnutzungHistorie.nachnutzung_id.in_(ids))
                .order_by(NachnutzungHistorie.erfasst_am, NachnutzungHistorie.id)
            )
        ]
        quelle = quellenangabe(store)
    zeilen = [
        KostenZeile(
            r.id,
            r.kommune_id,
            r.kreis,
            r.name,
            r.ars,
            r.leistung_nr,
            r.leistung,
            r.status,
            r.fv or OHNE_FV,
            r.hst or OHNE_HST,
            r.itdl or OHNE_ITDL,
            r.kosten_einmalig,
            r.kosten_jaehrlich,
            vers.einwohner_von([r.kommune_id]),
        )
        for r in rows
    ]
    gesamt = KostenSumme("Gesamt")
    for z in zeilen:
        _add(gesamt, z)
    gesamt.einwohner = vers.einwohner_von(gesamt.kommunen)
    heute = {(z.nachnutzung_id, f): getattr(z, f.removeprefix("kosten_")) for z in zeilen for f in FELDER}
    return Kostenuebersicht(
        land=land.name,
        gebiet=gebiet,
        stand=stand,
        stichtag=tag,
        zeilen=zeilen,
        gesamt=gesamt,
        je_leistung=_summen(zeilen, lambda z: f"{z.leistung_nr} – {z.leistung}", vers),
        je_kreis=sorted(_summen(zeilen, lambda z: z.kreis, vers), key=lambda g: g.name),
        je_hersteller=_nach_kosten(_summen(zeilen, lambda z: z.hersteller, vers)),
        je_fachverfahren=_nach_kosten(_summen(zeilen, lambda z: f"{z.fachverfahren} ({z.hersteller})", vers)),
        je_it_dienstleister=_nach_kosten(_summen(zeilen, lambda z: z.it_dienstleister, vers)),
        verlauf=kosten_verlauf(heute, wechsel, tag),
        quelle=quelle,
    )


# -- Excel ----------------------------------------------------------------------------------------

SUMMEN_KOPF = [
    "Nachnutzungen",
    "mit Kostenangabe",
    "ohne Kostenangabe",
    "Kosten einmalig",
    "Kosten jährlich",
    "Einwohner versorgt (mit Kostenangabe)",
    "einmalig je Einwohner",
    "jährlich je Einwohner",
]
SUMMEN_FORMATE = [
    excel.ZAHL_FORMAT,
    excel.ZAHL_FORMAT,
    excel.ZAHL_FORMAT,
    excel.GELD_FORMAT,
    excel.GELD_FORMAT,
    excel.ZAHL_FORMAT,
    excel.GELD_CENT_FORMAT,
    excel.GELD_CENT_FORMAT,
]


def _werte(g: KostenSumme) -> list[Any]:
    return [
        g.nachnutzungen,
        g.mit_angabe,
        g.ohne_angabe,
        g.einmalig,
        g.jaehrlich,
        g.einwohner,
        g.einmalig_je_einwohner if g.einmalig_je_einwohner is not None else "–",
        g.jaehrlich_je_einwohner if g.jaehrlich_je_einwohner is not None else "–",
    ]


def _summenblatt(wb: Any, k: Kostenuebersicht, name: str, spalte: str, gruppen: list[KostenSumme], erl: str) -> None:
    excel.tabellenblatt(
        wb,
        name,
        titel=f"Kosten je {spalte} – {k.gebiet}",
        erlaeuterung=erl,
        kopf=[spalte, *SUMMEN_KOPF],
        zeilen=[[g.name, *_werte(g)] for g in gruppen],
        formate=[None, *SUMMEN_FORMATE],
        hoechst=[45, *[14] * len(SUMMEN_KOPF)],
        kopf_links=f"Kostenübersicht {k.gebiet}",
        stand=k.stand,
        summe=["Summe", *_werte(k.gesamt)],
    )


def write_xlsx(k: Kostenuebersicht, ziel: Path, *, absender: str) -> Path:
    wb = excel.arbeitsmappe()
    ws = wb.active
    assert ws is not None
    ws.title = "Übersicht"
    g = k.gesamt
    texte = [
        ("Stand", f"{k.stand:%d.%m.%Y %H:%M} (Stichtag {k.stichtag:%d.%m.%Y})"),
        ("Erstellt von", absender),
        ("Nachnutzungen", f"{g.nachnutzungen} zuständige Nachnutzungen (Kommune × Leistung)"),
        ("mit Kostenangabe", f"{g.mit_angabe} (einmalig oder jährlich erfasst)"),
        ("ohne Kostenangabe", f"{g.ohne_angabe} – dort fehlen die Zahlen noch; die Summen sind Untergrenzen"),
        ("Kosten einmalig", f"{excel.zahl_text(g.einmalig)} €"),
        ("Kosten jährlich", f"{excel.zahl_text(g.jaehrlich)} €"),
        (
            "je Einwohner",
            "einmalig "
            + (f"{excel.zahl_text(g.einmalig_je_einwohner, 2)} €" if g.einmalig_je_einwohner is not None else "–")
            + ", jährlich "
            + (f"{excel.zahl_text(g.jaehrlich_je_einwohner, 2)} €" if g.jaehrlich_je_einwohner is not None else "–")
            + f" bei {excel.zahl_text(g.einwohner)} versorgten Einwohnern",
        ),
        (
            "So rechnen wir",
            "Summiert werden die erfassten Beträge (volle Euro) aller zuständigen Nachnutzungen; eine fehlende "
            "Angabe zählt nicht als 0, sondern wird als „ohne Kostenangabe“ gezählt. Einwohner versorgt: die "
            "Einwohner der Gemeinden, die die Kommunen mit Kostenangabe versorgen, jede Gemeinde einmal "
            "(Verbandsgemeinde/Amt: ihre Mitgliedsgemeinden, Kreis: seine Gemeinden). Jede Summe lässt sich im "
            "Blatt „Nachnutzungen“ mit dem Filter nachrechnen.",
        ),
        ("Quelle", f"Kosten: Angaben der Kommunen (Rückmeldebögen, Erfassung). Kommunen und Einwohner: {k.quelle}"),
    ]
    breiten = [excel.breite_fuer(max(excel.text_pt(a, fett=True) for a, _ in texte)), 90.0]
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = breiten
    excel.text(ws, 1, 1, f"Kostenübersicht {k.gebiet}", font=excel.TITEL)
    for i, (a, b) in enumerate(texte, start=3):
        excel.text(ws, i, 1, a, font=excel.BOLD).alignment = excel.UMBRUCH
        excel.text(ws, i, 2, b).alignment = excel.UMBRUCH
        if (h := excel.zeilenhoehe([a, b], breiten)) is not None:
            ws.row_dimensions[i].height = h
    zeile = 4 + len(texte)
    excel.text(ws, zeile, 1, "Blätter", font=excel.UNTERTITEL)
    for i, (name, text) in enumerate(
        [
            ("Leistungen", "Summen je Leistung"),
            ("Kreise", "Summen je Landkreis / kreisfreie Stadt"),
            ("Hersteller", "Summen je Fachverfahrenshersteller"),
            ("Fachverfahren", "Summen je Fachverfahren (mit Hersteller)"),
            ("IT-Dienstleister", "Summen je IT-Dienstleister (der Nachnutzung, sonst der Kommune)"),
            ("Verlauf", "Summen am Ende jedes Monats, aus der Historie der Kostenangaben"),
            ("Nachnutzungen", "eine Zeile je zuständige Nachnutzung: daraus ergeben sich alle Summen"),
        ],
        start=zeile + 1,
    ):
        excel.text(ws, i, 1, name, font=excel.BOLD)
        excel.text(ws, i, 2, text)
    excel.druck_einrichten(ws, titelzeilen=None, quer=False)
    excel.kopf_fuss(ws, links=f"Kostenübersicht {k.gebiet}", stand=k.stand)

    erl = (
        "Summen der erfassten Kosten; „ohne Kostenangabe“: Nachnutzungen, für die noch keine Zahl erfasst ist. "
        "Je Einwohner: Kosten geteilt durch die von den Kommunen mit Kostenangabe versorgten Einwohner "
        "(jede Gemeinde einmal)."
    )
    _summenblatt(wb, k, "Leistungen", "Leistung", k.je_leistung, erl)
    _summenblatt(wb, k, "Kreise", "Kreis", k.je_kreis, erl)
    _summenblatt(wb, k, "Hersteller", "Hersteller", k.je_hersteller, erl)
    _summenblatt(wb, k, "Fachverfahren", "Fachverfahren", k.je_fachverfahren, erl)
    _summenblatt(wb, k, "IT-Dienstleister", "IT-Dienstleister", k.je_it_dienstleister, erl)
    excel.tabellenblatt(
        wb,
        "Verlauf",
        titel=f"Entwicklung der Kosten – {k.gebiet}",
        erlaeuterung=(
            "Summen am Ende jedes Monats (im letzten Monat: am Stichtag), aus der Historie der Kostenangaben "
            "nach dem Tag, ab dem sie gelten. Beträge ohne Historie zählen in jedem Monat."
        ),
        kopf=["Monat", "Nachnutzungen mit Kostenangabe", "Kosten einmalig", "Kosten jährlich"],
        zeilen=[[f"{m.monat:%m/%Y}", m.mit_angabe, m.einmalig, m.jaehrlich] for m in k.verlauf],
        formate=[None, excel.ZAHL_FORMAT, excel.GELD_FORMAT, excel.GELD_FORMAT],
        hoechst=[10, 16, 16, 16],
        kopf_links=f"Kostenübersicht {k.gebiet}",
        stand=k.stand,
    )
    excel.tabellenblatt(
        wb,
        "Nachnutzungen",
        titel=f"Nachnutzungen und ihre Kosten – {k.gebiet}",
        erlaeuterung=(
            "Eine Zeile je zuständige Nachnutzung; leer: keine Kostenangabe. Die Summen stehen in den anderen Blättern."
        ),
        kopf=[
            "Kreis",
            "Kommune",
            "ARS",
            "Nr.",
            "Leistung",
            "Status",
            "Fachverfahren",
            "Hersteller",
            "IT-Dienstleister",
            "Kosten einmalig",
            "Kosten jährlich",
            "Einwohner versorgt",
        ],
        zeilen=[
            [
                z.kreis,
                z.kommune,
                z.ars,
                z.leistung_nr,
                z.leistung,
                z.status.label,
                z.fachverfahren,
                z.hersteller,
                z.it_dienstleister,
                z.einmalig,
                z.jaehrlich,
                z.einwohner,
            ]
            for z in k.zeilen
        ],
        formate=[None] * 9 + [excel.GELD_FORMAT, excel.GELD_FORMAT, excel.ZAHL_FORMAT],
        hoechst=[26, 30, 14, 5, 40, 18, 26, 26, 30, 14, 14, 12],
        kopf_links=f"Kostenübersicht {k.gebiet}",
        stand=k.stand,
    )
    excel.eigenschaften(
        wb,
        titel=f"Kostenübersicht {k.gebiet}",
        betreff="Einmalige und jährliche Kosten der Nachnutzung der EfA-Fokusleistungen",
        ersteller=absender,
        stand=k.stand,
    )
    save_workbook(wb, ziel)
    return ziel


def kosten_job(store: Store, ziel: Path, *, stichtag: date | None = None, stand: datetime | None = None) -> Job[Path]:
    yield Progress(0, 2, "Kosten summieren …")
    k = kostenuebersicht(store, stichtag=stichtag, stand=stand)
    land = read_land(store)
    yield Progress(1, 2, "Excel-Datei schreiben …")
    pfad = write_xlsx(k, ziel, absender=land.dienststelle or f"Kommunale OZG-Koordination {land.name}")
    yield Progress(2, 2, "Fertig.")
    return pfad
