"""The PDF Lagebericht of the Land (or one Kreis): title page, summary figures, charts, tables.

Figures from ``services.kennzahlen`` (the Übersicht shows the same), Hürden with their
Handlungsempfehlungen from ``berichte.daten``. Charts are reportlab graphics (vector, print
sharp); the fonts are embedded (``berichte.pdf``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.status import HAUPTPFAD, Status
from kpakt_desktop.services.berichte import pdf
from kpakt_desktop.services.berichte.daten import HuerdeZeile, huerden, quellenangabe
from kpakt_desktop.services.file_output import write_bytes
from kpakt_desktop.services.fortschritt import Fortschritt
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.kennzahlen import Kennzahlen, KreisKurz, finde_kreis, kennzahlen
from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.store.database import Store

STATUS_SPALTEN: tuple[Status, ...] = (*HAUPTPFAD, Status.ZURUECKGESTELLT)
TITEL = "Lagebericht Kommunalpakt"


@dataclass(frozen=True)
class LageDaten:
    land: LandInfo
    kreis: KreisKurz | None
    stand: datetime
    kz: Kennzahlen
    huerden: list[HuerdeZeile]
    quelle: str

    @property
    def gebiet(self) -> str:
        return self.kreis.name if self.kreis else self.land.name


def lage_daten(
    store: Store, *, kreis: str | None = None, stichtag: date | None = None, stand: datetime | None = None
) -> LageDaten:
    stand = stand or datetime.now().replace(microsecond=0)
    ref = finde_kreis(store, kreis) if kreis else None
    kz = kennzahlen(store, stichtag=stichtag or stand.date(), kreis_id=ref.id if ref else None)
    return LageDaten(
        read_land(store), ref, stand, kz, huerden(store, kreis_id=ref.id if ref else None), quellenangabe(store)
    )


def zahl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def prozent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def summe(items: list[Fortschritt]) -> tuple[int, int, float | None, float | None]:
    """Zuständige, produktiv, share produktiv, share of Einwohner over the Leistungen that count."""
    quote = [f for f in items if f.zaehlt_fuer_quote]
    zust = sum(f.zustaendig for f in quote)
    prod = sum(f.produktiv for f in quote)
    basis = sum(f.einwohner_basis for f in quote)
    return (
        zust,
        prod,
        (prod / zust if zust else None),
        (sum(f.einwohner_produktiv for f in quote) / basis if basis else None),
    )


def kennzahlen_zeilen(d: LageDaten) -> list[tuple[str, str]]:
    """The summary figures as label/value pairs (also what the tests compare with the service)."""
    kz = d.kz
    zust, prod, anteil, ew = summe(kz.fortschritt_leistung)
    zeilen = [
        ("Zuständige Nachnutzungen (Kommune × Leistung)", zahl(zust)),
        ("davon produktiv", f"{zahl(prod)} ({prozent(anteil)})"),
        ("Einwohner, die produktive Leistungen nutzen können", prozent(ew)),
    ]
    if d.kreis is not None:
        _, _, anteil_land, ew_land = summe(kz.fortschritt_land)
        zeilen += [("zum Vergleich: Land produktiv", prozent(anteil_land)), ("Land Einwohner", prozent(ew_land))]
    if kz.golive:
        zeilen.append(("Kommunen mit mindestens einer produktiven Leistung", zahl(kz.golive[-1].kommunen)))
    offen = sum(kz.huerden_offen.values())
    zeilen.append(("Offene Hürden", f"{offen} ({', '.join(f'{n} {k.label}' for k, n in kz.huerden_offen.items())})"))
    zeilen.append(("Termine in Planung (nächste)", zahl(len(kz.naechste_termine))))
    zeilen.append(("Überfällige Aufgaben", zahl(len(kz.ueberfaellige_aufgaben))))
    return zeilen


# -- charts ---------------------------------------------------------------------------------------


def _status_chart(kz: Kennzahlen, breite: float) -> Drawing:
    schrift, _ = pdf.schriften()
    items = [x for x in kz.leistungen if x.zustaendig]
    if not items:
        d = Drawing(breite, 40)
        d.add(String(breite / 2, 20, "keine zuständigen Kommunen", fontName=schrift, fontSize=9, textAnchor="middle"))
        return d
    hoehe = 14 * len(items) + 90
    d = Drawing(breite, hoehe)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 60
    chart.width, chart.height = breite - 170, hoehe - 80
    chart.data = [[100 * x.by_status.get(st, 0) / x.zustaendig for x in items] for st in STATUS_SPALTEN]
    chart.categoryAxis.categoryNames = [f"{x.nr} {x.name}"[:32] for x in items]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = schrift
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = schrift
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.barWidth = 10
    chart.groupSpacing = 4
    for i, st in enumerate(STATUS_SPALTEN):
        chart.bars[i].fillColor = colors.HexColor(st.farbe)
        chart.bars[i].strokeColor = colors.HexColor("#666666")
        chart.bars[i].strokeWidth = 0.25
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 150, 30
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.fontName = schrift
    legend.fontSize = 7
    legend.dx = legend.dy = 7
    legend.deltay = 10
    legend.deltax = 95
    legend.colorNamePairs = [(colors.HexColor(st.farbe), st.label) for st in STATUS_SPALTEN]
    d.add(legend)
    return d


def _golive_chart(kz: Kennzahlen, breite: float) -> Drawing:
    schrift, _ = pdf.schriften()
    hoehe = 190
    d = Drawing(breite, hoehe)
    punkte = kz.golive
    if len(punkte) < 2:  # a curve needs two months; say what there is instead
        text = (
            "noch keine Leistung produktiv"
            if not punkte
            else f"{punkte[0].monat:%m/%Y}: {punkte[0].nachnutzungen} Nachnutzungen produktiv"
        )
        d.height = 40
        d.add(String(breite / 2, 20, text, fontName=schrift, fontSize=9, textAnchor="middle"))
        return d
    chart = HorizontalLineChart()
    chart.x, chart.y = 45, 40
    chart.width, chart.height = breite - 60, hoehe - 60
    chart.data = [[float(p.nachnutzungen) for p in punkte], [float(p.kommunen) for p in punkte]]
    chart.categoryAxis.categoryNames = [
        f"{p.monat:%m/%Y}" if p.monat.month in (1, 7) or i == 0 else "" for i, p in enumerate(punkte)
    ]
    chart.categoryAxis.labels.fontName = schrift
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    hoechst = max((p.nachnutzungen for p in punkte), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, -(-hoechst // 5))  # whole numbers: these are counts
    chart.valueAxis.valueMax = max(1, chart.valueAxis.valueStep * 5, hoechst)
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.labels.fontName = schrift
    chart.valueAxis.labels.fontSize = 7
    chart.lines[0].strokeColor = colors.HexColor("#2E7D4F")
    chart.lines[0].strokeWidth = 1.6
    chart.lines[1].strokeColor = colors.HexColor("#1F5F99")
    chart.lines[1].strokeWidth = 1.6
    chart.lines[1].strokeDashArray = (3, 2)
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 45, 16
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = schrift
    legend.fontSize = 7
    legend.deltax = 190
    legend.colorNamePairs = [
        (colors.HexColor("#2E7D4F"), "Nachnutzungen produktiv (Kommune × Leistung)"),
        (colors.HexColor("#1F5F99"), "Kommunen mit mindestens einer produktiven Leistung"),
    ]
    d.add(legend)
    return d


# -- document -------------------------------------------------------------------------------------


def _story(d: LageDaten, breite: float) -> list[Any]:
    st = pdf.stile()
    kz = d.kz
    body, klein, zelle = st["BodyText"], st["Klein"], st["Zelle"]
    story: list[Any] = [
        Spacer(1, 50 * mm),
        pdf.p(TITEL, st["Gross"]),
        pdf.p(d.gebiet if d.kreis is None else f"{d.kreis.name} ({d.land.name})", st["Untertitel"]),
        pdf.p("Stand der Nachnutzung der kommunalen EfA-Fokusleistungen", st["Untertitel"]),
        Spacer(1, 12 * mm),
        pdf.p(f"Stichtag: {kz.stichtag:%d.%m.%Y}", body),
        pdf.p(f"Erstellt am {d.stand:%d.%m.%Y um %H:%M} Uhr", body),
        pdf.p(f"von: {d.land.dienststelle or f'Kommunale OZG-Koordination {d.land.name}'}", body),
        Spacer(1, 70 * mm),
        pdf.p(f"Kommunen und Einwohner: {d.quelle}", klein),
        pdf.p(
            "Anteile: zuständige Kommunen mit Status „produktiv“ je zuständige Kommunen, summiert über die "
            "Leistungen; Einwohner-Anteil entsprechend nach versorgten Einwohnern. Leistung 7 (vollständig "
            "realisiert) und 8 (direkt durch das BMFSFJ betrieben) zählen nicht.",
            klein,
        ),
        PageBreak(),
        pdf.p("1 Zusammenfassung", st["Heading1"]),
    ]
    rows = [[pdf.p(a, zelle), pdf.p(b, zelle)] for a, b in kennzahlen_zeilen(d)]
    story.append(pdf.tabelle([["Kennzahl", "Wert"], *rows], [breite * 0.55, breite * 0.45]))
    story += [
        Spacer(1, 6 * mm),
        KeepTogether(
            [pdf.p("Status je Leistung (Anteil der zuständigen Kommunen)", st["Heading3"]), _status_chart(kz, breite)]
        ),
        KeepTogether(
            [pdf.p("Go-live-Kurve: produktive Nachnutzungen am Monatsende", st["Heading3"]), _golive_chart(kz, breite)]
        ),
        PageBreak(),
        pdf.p("2 Stand je Leistung", st["Heading1"]),
    ]
    land = {f.key: f for f in kz.fortschritt_land}
    eigen = {f.key: f for f in kz.fortschritt_leistung}
    kopf = ["Nr.", "Leistung", "zust.", *[s.kurz for s in STATUS_SPALTEN], "prod. %", "Einw. %"]
    if d.kreis is not None:
        kopf.append("Land %")
    zeilen: list[list[Any]] = [kopf]
    for x in kz.leistungen:
        f = eigen.get(x.nr)
        row: list[Any] = [
            str(x.nr),
            pdf.p(x.name + (f" ({f.hinweis})" if f and f.hinweis else ""), zelle),
            zahl(x.zustaendig),
            *[zahl(x.by_status.get(s, 0)) for s in STATUS_SPALTEN],
            prozent(f.anteil_produktiv if f else None),
            prozent(f.anteil_einwohner if f else None),
        ]
        if d.kreis is not None:
            row.append(prozent(land[x.nr].anteil_produktiv if x.nr in land else None))
        zeilen.append(row)
    n = len(kopf)
    rest = (breite - 22 - 130) / (n - 2)
    story.append(pdf.tabelle(zeilen, [22, 130, *[rest] * (n - 2)], rechts_ab=2))
    story.append(
        pdf.p(
            "Spalten: zust. = zuständige Kommunen; "
            + ", ".join(f"{s.kurz} = {s.label}" for s in STATUS_SPALTEN)
            + "; prod. % = Anteil produktiv; Einw. % = Anteil der Einwohner"
            + ("; Land % = Anteil produktiv im ganzen Land." if d.kreis is not None else "."),
            klein,
        )
    )
    story += [Spacer(1, 6 * mm), pdf.p("3 Stand je Kreis", st["Heading1"])]
    kreis_rows: list[list[Any]] = [
        ["Kreis / kreisfreie Stadt", "Einwohner", "zuständig", "produktiv", "Anteil prod.", "Anteil Einw."]
    ]
    for f in kz.fortschritt_kreis:
        kreis_rows.append(
            [
                pdf.p(f.name, zelle),
                zahl(f.einwohner),
                zahl(f.zustaendig),
                zahl(f.produktiv),
                prozent(f.anteil_produktiv),
                prozent(f.anteil_einwohner),
            ]
        )
    story.append(pdf.tabelle(kreis_rows, [breite * 0.4, *[breite * 0.12] * 5], rechts_ab=1))
    story += [PageBreak(), pdf.p("4 Offene Hürden und Handlungsempfehlungen", st["Heading1"])]
    for kat in HuerdeKategorie:
        liste = [h for h in d.huerden if h.kategorie is kat]
        story.append(pdf.p(f"{kat.label.capitalize()} ({len(liste)})", st["Heading3"]))
        if not liste:
            story.append(pdf.p("keine offenen Hürden", body))
            continue
        rows = [["Hürde", "Unterart", "Status", "Kommunen / Leistungen", "Handlungsempfehlung"]]
        for h in liste:
            betroffen = ", ".join(h.kommunen) + (
                f"; Leistung {', '.join(map(str, h.leistungen))}" if h.leistungen else ""
            )
            rows.append(
                [
                    pdf.p(h.titel, zelle),
                    pdf.p(h.unterart or "", zelle),
                    pdf.p(h.status.label, zelle),
                    pdf.p(betroffen, zelle),
                    pdf.p(h.handlungsempfehlung or "– noch offen –", zelle),
                ]
            )
        story.append(pdf.tabelle(rows, [breite * 0.23, breite * 0.18, breite * 0.12, breite * 0.22, breite * 0.25]))
    story += [Spacer(1, 6 * mm), pdf.p("5 Nächste Termine", st["Heading1"])]
    termine: list[list[Any]] = [["Beginn", "Art", "Titel", "Ort"]]
    for t in kz.naechste_termine:
        termine.append(
            [f"{t.beginn:%d.%m.%Y %H:%M}", pdf.p(t.art.label, zelle), pdf.p(t.titel, zelle), pdf.p(t.ort or "", zelle)]
        )
    if len(termine) == 1:
        termine.append(["–", "", "keine Termine geplant", ""])
    story.append(pdf.tabelle(termine, [breite * 0.15, breite * 0.29, breite * 0.36, breite * 0.2]))
    story += [Spacer(1, 6 * mm), pdf.p("6 Überfällige Aufgaben", st["Heading1"])]
    aufgaben: list[list[Any]] = [["fällig seit", "Aufgabe", "aus Termin"]]
    for a in kz.ueberfaellige_aufgaben:
        aufgaben.append([f"{a.faellig:%d.%m.%Y}", pdf.p(a.was, zelle), pdf.p(a.termin_titel or "", zelle)])
    if len(aufgaben) == 1:
        aufgaben.append(["–", "keine", ""])
    story.append(pdf.tabelle(aufgaben, [breite * 0.14, breite * 0.5, breite * 0.36]))
    return story


def write_pdf(d: LageDaten, ziel: Path) -> Path:
    pdf.schriften()
    rand = 16 * mm
    puffer = io.BytesIO()
    doc = SimpleDocTemplate(
        puffer,
        pagesize=A4,
        leftMargin=rand,
        rightMargin=rand,
        topMargin=rand + 4 * mm,
        bottomMargin=rand,
        title=f"{TITEL} {d.gebiet}",
        author=d.land.dienststelle or f"Kommunale OZG-Koordination {d.land.name}",
        subject="Stand der Nachnutzung der kommunalen EfA-Fokusleistungen",
        creator="Kommunalpakt Desktop",
    )
    canvas = pdf.nummerierte_seiten(f"{TITEL} – {d.gebiet}", f"Stichtag {d.kz.stichtag:%d.%m.%Y}")
    doc.build(_story(d, A4[0] - 2 * rand), canvasmaker=canvas)
    return write_bytes(puffer, ziel)


def lagebericht_job(
    store: Store, ziel: Path, *, kreis: str | None = None, stichtag: date | None = None, stand: datetime | None = None
) -> Job[Path]:
    yield Progress(0, 2, "Kennzahlen berechnen …")
    d = lage_daten(store, kreis=kreis, stichtag=stichtag, stand=stand)
    yield Progress(1, 2, "PDF setzen …")
    pfad = write_pdf(d, ziel)
    yield Progress(2, 2, "Fertig.")
    return pfad
