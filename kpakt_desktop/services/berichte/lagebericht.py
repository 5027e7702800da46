"""The PDF Lagebericht of the Land (or one Kreis): title page, summary figures, charts, tables.

Figures from ``services.kennzahlen`` (the Übersicht shows the same), Hürden with their
Handlungsempfehlungen from ``berichte.daten``. Charts are reportlab graphics (vector, print
sharp); the fonts are embedded (``berichte.pdf``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, SimpleDocTemplate, Spacer

from kpakt_desktop.domain.huerden import HuerdeKategorie
from kpakt_desktop.domain.status import HAUPTPFAD, Status
from kpakt_desktop.services.berichte import excel, pdf
from kpakt_desktop.services.berichte.daten import HuerdeZeile, huerden, quellenangabe, so_rechnen_wir
from kpakt_desktop.services.berichte.karte_pdf import karten_zeichnung
from kpakt_desktop.services.berichte.kosten import Kostenuebersicht, kostenuebersicht
from kpakt_desktop.services.file_output import write_bytes
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.karte import Karte, lage, land_karte
from kpakt_desktop.services.kennzahlen import Kennzahlen, KreisKurz, finde_kreis, kennzahlen
from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery
from kpakt_desktop.store.database import Store

STATUS_SPALTEN: tuple[Status, ...] = (*HAUPTPFAD, Status.ZURUECKGESTELLT)
TITEL = "Lagebericht Kommunalpakt"


KARTEN_LEISTUNGEN = 4  # maps for the Leistungen (that count) with the most zuständigen Kommunen
ERSTER_MONAT = date(2020, 1, 1)  # the Kommunalpakt's curve cannot start earlier; older dates are typing errors


@dataclass(frozen=True)
class KommuneStand:
    """One Kommune of the Kreis: its zuständigen Leistungen by status (Leistung 7 and 8 not counted)."""

    name: str
    art: str
    by_status: dict[Status, int]

    @property
    def zustaendig(self) -> int:
        return sum(self.by_status.values())

    @property
    def anteil_produktiv(self) -> float | None:
        return self.by_status.get(Status.PRODUKTIV, 0) / self.zustaendig if self.zustaendig else None


@dataclass(frozen=True)
class LageDaten:
    land: LandInfo
    kreis: KreisKurz | None
    stand: datetime
    kz: Kennzahlen
    huerden: list[HuerdeZeile]
    quelle: str
    kommunen: list[KommuneStand] = field(default_factory=list)  # with a Kreis: its Kommunen
    kosten: Kostenuebersicht | None = None
    so_rechnen_wir: list[tuple[str, str]] = field(default_factory=list)
    karten: list[Karte] = field(default_factory=list)  # the overview map, then the headline Leistungen

    @property
    def gebiet(self) -> str:
        return self.kreis.name if self.kreis else self.land.name


def lage_daten(
    store: Store, *, kreis: str | None = None, stichtag: date | None = None, stand: datetime | None = None
) -> LageDaten:
    stand = stand or datetime.now().replace(microsecond=0)
    ref = finde_kreis(store, kreis) if kreis else None
    kreis_id = ref.id if ref else None
    kz = kennzahlen(store, stichtag=stichtag or stand.date(), kreis_id=kreis_id)
    return LageDaten(
        read_land(store),
        ref,
        stand,
        kz,
        huerden(store, kreis_id=kreis_id),
        quellenangabe(store),
        _kommunen(store, kreis_id) if kreis_id is not None else [],
        kostenuebersicht(store, kreis_id=kreis_id, stichtag=kz.stichtag, stand=stand),
        so_rechnen_wir(store),
        karten(store, kz, kreis_id),
    )


def karten(store: Store, kz: Kennzahlen, kreis_id: int | None) -> list[Karte]:
    """The share produktiv per Kommune over all Leistungen that count, then one map for each of the
    headline Leistungen: those that count with the most zuständigen Kommunen."""
    ort = lage(store)
    out = [land_karte(store, MatrixFilter(kreis_id=kreis_id), titel="alle Leistungen (Anteil produktiv)", ort=ort)]
    kopf = sorted(
        (x for x in kz.leistungen if x.zaehlt_fuer_quote and x.zustaendig), key=lambda x: (-x.zustaendig, x.nr)
    )
    for x in sorted(kopf[:KARTEN_LEISTUNGEN], key=lambda x: x.nr):
        out.append(
            land_karte(store, MatrixFilter(kreis_id=kreis_id, leistung_nr=x.nr), titel=f"{x.nr} {x.name}", ort=ort)
        )
    return out


def _kommunen(store: Store, kreis_id: int) -> list[KommuneStand]:
    """The Kreis's Kommunen as the Matrix shows them (the same cells as the BDV workbook)."""
    query = MatrixQuery(store)
    zaehlt = {sp.nr for sp in query.spalten() if sp.zaehlt_fuer_quote}
    ids = query.zeilen_ids(MatrixFilter(kreis_id=kreis_id))
    zeilen = query.zeilen(ids)
    out = []
    for i in ids:
        z = zeilen[i]
        counts: dict[Status, int] = {}
        for nr, zelle in z.zellen.items():
            if nr in zaehlt and zelle.status.aktiv:
                counts[zelle.status] = counts.get(zelle.status, 0) + 1
        out.append(KommuneStand(z.name, z.art, counts))
    return out


def zahl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def prozent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def kennzahlen_zeilen(d: LageDaten) -> list[tuple[str, str]]:
    """The summary figures as label/value pairs (also what the tests compare with the service)."""
    kz = d.kz
    g = kz.gesamt
    zeilen = [
        ("Zuständige Nachnutzungen (Kommune × Leistung, ohne Nr. 7 und 8)", zahl(g.zustaendig)),
        ("davon produktiv", f"{zahl(g.produktiv)} ({prozent(g.anteil_produktiv)})"),
        ("Kommunen mit mindestens einer produktiven Leistung", zahl(g.kommunen_produktiv)),
        (
            "Einwohner in Kommunen, in denen mindestens eine Leistung produktiv ist",
            f"{prozent(g.anteil_einwohner_in_produktiven)} ({zahl(g.einwohner_in_produktiven)} von "
            f"{zahl(g.einwohner)})",
        ),
        ("Einwohnergewichteter Anteil produktiv (über die Leistungen)", prozent(g.anteil_einwohner_gewichtet)),
    ]
    if d.kreis is not None:
        gl = kz.gesamt_land
        zeilen += [
            ("zum Vergleich: Land, Anteil produktiv", prozent(gl.anteil_produktiv)),
            ("zum Vergleich: Land, einwohnergewichteter Anteil", prozent(gl.anteil_einwohner_gewichtet)),
        ]
    offen = sum(kz.huerden_offen.values())
    zeilen.append(("Offene Hürden", f"{offen} ({', '.join(f'{n} {k.label}' for k, n in kz.huerden_offen.items())})"))
    zeilen.append(("Termine in Planung (nächste)", zahl(len(kz.naechste_termine))))
    zeilen.append(("Überfällige Aufgaben", zahl(len(kz.ueberfaellige_aufgaben))))
    return zeilen


# -- charts ---------------------------------------------------------------------------------------


def _umbrechen(text: str, breite: float, schrift: str, groesse: float) -> str:
    """``text`` in lines of at most ``breite`` points, broken at spaces only (never inside a word)."""
    zeilen: list[str] = []
    for wort in text.split():
        if zeilen and stringWidth(f"{zeilen[-1]} {wort}", schrift, groesse) <= breite:
            zeilen[-1] = f"{zeilen[-1]} {wort}"
        else:
            zeilen.append(wort)
    return "\n".join(zeilen)


LABEL_BREITE = 150.0  # room for the Leistung names left of the bars


def _status_chart(kz: Kennzahlen, breite: float) -> Drawing:
    """Stacked bars per Leistung; every segment wide enough carries its status symbol and share, so
    the chart reads on a black-and-white printer too."""
    schrift, _ = pdf.schriften()
    items = [x for x in kz.leistungen if x.zustaendig]
    if not items:
        d = pdf.Zeichnung(breite, 40)
        d.add(String(breite / 2, 20, "keine zuständigen Kommunen", fontName=schrift, fontSize=9, textAnchor="middle"))
        return d
    namen = [_umbrechen(f"{x.nr} {x.name}", LABEL_BREITE - 12, schrift, 7) for x in items]
    zeilen = max(n.count("\n") + 1 for n in namen)
    schritt = 10 + 8.5 * zeilen
    hoehe = schritt * len(items) + 90
    d = pdf.Zeichnung(breite, hoehe)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_BREITE, 60
    chart.width, chart.height = breite - LABEL_BREITE - 10, hoehe - 80
    werte = [[100 * x.by_status.get(st, 0) / x.zustaendig for x in items] for st in STATUS_SPALTEN]
    chart.data = werte
    chart.categoryAxis.categoryNames = namen
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = schrift
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.leading = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = schrift
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.barWidth = 12
    chart.groupSpacing = schritt - 12
    # A segment of at least 9 % (about 30 pt) has room for "◐ 23"; smaller ones stay unlabelled.
    chart.barLabelArray = [
        [f"{st.symbol} {round(v)}" if v >= 9 else "" for v in reihe]
        for st, reihe in zip(STATUS_SPALTEN, werte, strict=True)
    ]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = schrift
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "c"
    chart.barLabels.dx = 0
    chart.barLabels.dy = 0
    chart.barLabels.boxTarget = "mid"
    for i, st in enumerate(STATUS_SPALTEN):
        chart.bars[i].fillColor = colors.HexColor(st.farbe)
        chart.bars[i].strokeColor = colors.HexColor("#444444")
        chart.bars[i].strokeWidth = 0.4
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = LABEL_BREITE, 30
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.fontName = schrift
    legend.fontSize = 7
    legend.dx = legend.dy = 7
    legend.deltay = 10
    legend.deltax = 88
    legend.colorNamePairs = [(colors.HexColor(st.farbe), f"{st.symbol} {st.label}") for st in STATUS_SPALTEN]
    d.add(legend)
    d.add(
        String(
            LABEL_BREITE,
            4,
            "In den Balken: Statussymbol und Anteil in Prozent (ab 9 %).",
            fontName=schrift,
            fontSize=6.5,
        )
    )
    return d


MONATE = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def _beschriftet(monat: date, abstand: int) -> bool:
    if abstand <= 12:
        return (monat.month - 1) % abstand == 0
    return monat.month == 1 and monat.year % (abstand // 12) == 0


def _monat(tag: date) -> str:
    return f"{MONATE[tag.month - 1]} {tag.year}"


def _golive_chart(kz: Kennzahlen, breite: float) -> Drawing:
    schrift, _ = pdf.schriften()
    hoehe = 190
    d = pdf.Zeichnung(breite, hoehe)
    # One absurd date (a status "seit 1925") must not stretch the axis over a century.
    punkte = [p for p in kz.golive if ERSTER_MONAT <= p.monat <= kz.stichtag]
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
    # At most about ten labels, on whole quarters/half years/years, so they never run into each other.
    abstand = next(n for n in (1, 3, 6, 12, 24, 48) if len(punkte) / n <= 10)
    chart.categoryAxis.categoryNames = [_monat(p.monat) if _beschriftet(p.monat, abstand) else "" for p in punkte]
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
    chart.joinedLines = 1
    d.add(chart)
    # The last values as labels: the curve needs no colour to be read.
    letzte = punkte[-1]
    for wert, farbe in ((letzte.nachnutzungen, "#2E7D4F"), (letzte.kommunen, "#1F5F99")):
        y = chart.y + chart.height * wert / chart.valueAxis.valueMax
        d.add(
            String(
                chart.x + chart.width + 2,
                y - 2,
                str(wert),
                fontName=schrift,
                fontSize=7,
                fillColor=colors.HexColor(farbe),
            )
        )
    legend = Legend()
    legend.x, legend.y = 45, 18
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.fontName = schrift
    legend.fontSize = 7
    legend.deltay = 10
    legend.colorNamePairs = [
        (colors.HexColor("#2E7D4F"), "Nachnutzungen produktiv (Kommune × Leistung), durchgezogen"),
        (colors.HexColor("#1F5F99"), "Kommunen mit mindestens einer produktiven Leistung, gestrichelt"),
    ]
    d.add(legend)
    return d


# -- document -------------------------------------------------------------------------------------


def _spalten(
    kopf: list[str], zeilen: list[list[Any]], breite: float, erste: list[float], dehnbar: int = 1
) -> list[float]:
    """Widths: the given first columns, each further one as wide as its header's longest word
    (bold) and its widest value, with the cell padding; the rest of the page goes to column ``dehnbar``."""
    normal, fett = pdf.schriften()
    rest = [
        max(
            *(stringWidth(w, fett, 7.5) for w in k.split()),
            *(stringWidth(z[i], normal, 7.5) for z in zeilen if isinstance(z[i], str)),
        )
        + 13
        for i, k in enumerate(kopf)
        if i >= len(erste)
    ]
    breiten = [*erste, *rest]
    breiten[dehnbar] += breite - sum(breiten)
    return breiten


def _kopf(kopf: list[str]) -> list[Any]:
    st = pdf.stile()
    return [pdf.p(k, st["ZelleFett"]) for k in kopf]


def _kosten_abschnitt(d: LageDaten, breite: float, nr: int) -> list[Any]:
    """The short cost section: the same figures as the Kostenübersicht (``services.berichte.kosten``)."""
    st = pdf.stile()
    k = d.kosten
    if k is None:
        return []
    g = k.gesamt
    zelle = st["Zelle"]
    out: list[Any] = [
        CondPageBreak(60 * mm),
        pdf.p(f"{nr} Kosten der Nachnutzung", st["Heading1"]),
        pdf.p(
            f"Erfasste Kosten von {zahl(g.mit_angabe)} der {zahl(g.nachnutzungen)} zuständigen Nachnutzungen: "
            f"einmalig {euro(g.einmalig)}, jährlich {euro(g.jaehrlich)}"
            + (
                f"; je versorgtem Einwohner einmalig {euro_cent(g.einmalig_je_einwohner)}, "
                f"jährlich {euro_cent(g.jaehrlich_je_einwohner)}"
                if g.einwohner
                else ""
            )
            + f". {zahl(g.ohne_angabe)} Nachnutzungen haben noch keine Kostenangabe; die Summen sind Untergrenzen. "
            "Einzelheiten und Verlauf: Kostenübersicht (Excel).",
            st["BodyText"],
        ),
        Spacer(1, 2 * mm),
    ]
    kopf = ["Leistung", "mit Angabe", "ohne Angabe", "einmalig", "jährlich", "jährlich je Einw."]
    rows: list[list[Any]] = [_kopf(kopf)]
    for x in k.je_leistung:
        rows.append(
            [
                pdf.p(x.name, zelle),
                zahl(x.mit_angabe),
                zahl(x.ohne_angabe),
                euro(x.einmalig),
                euro(x.jaehrlich),
                euro_cent(x.jaehrlich_je_einwohner),
            ]
        )
    rows.append(
        [
            pdf.p("Summe", st["ZelleFett"]),
            zahl(g.mit_angabe),
            zahl(g.ohne_angabe),
            euro(g.einmalig),
            euro(g.jaehrlich),
            euro_cent(g.jaehrlich_je_einwohner),
        ]
    )
    breiten = [breite * 0.4, *[breite * 0.12] * 5]
    out.append(pdf.tabelle(rows, breiten, rechts_ab=1))
    return out


def euro(n: int) -> str:
    return f"{zahl(n)} €"


def euro_cent(value: float | None) -> str:
    return "–" if value is None else f"{excel.zahl_text(value, 2)} €"


def _story(d: LageDaten, breite: float) -> list[Any]:
    st = pdf.stile()
    # A section heading comes after a CondPageBreak (room for it and the first rows), and its table
    # may then split across pages: kept together with the heading, a table that does not fit in the
    # rest of the page would push everything to the next one and leave a chart alone on its page.
    st["Heading1"].keepWithNext = 0
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
        pdf.p("Wie jede Zahl gerechnet ist, steht im letzten Abschnitt „So rechnen wir“.", klein),
        PageBreak(),
        pdf.p("1 Zusammenfassung", st["Heading1"]),
    ]
    rows = [[pdf.p(a, zelle), pdf.p(b, zelle)] for a, b in kennzahlen_zeilen(d)]
    story.append(pdf.tabelle([_kopf(["Kennzahl", "Wert"]), *rows], [breite * 0.55, breite * 0.45]))
    # Each chart stays with its heading; the next section follows on the same page where it fits,
    # so no chart stands alone on an otherwise empty page.
    story += [
        Spacer(1, 6 * mm),
        KeepTogether(
            [pdf.p("Status je Leistung (Anteil der zuständigen Kommunen)", st["Heading3"]), _status_chart(kz, breite)]
        ),
        KeepTogether(
            [pdf.p("Go-live-Kurve: produktive Nachnutzungen am Monatsende", st["Heading3"]), _golive_chart(kz, breite)]
        ),
        CondPageBreak(80 * mm),
        pdf.p("2 Stand je Leistung", st["Heading1"]),
    ]
    land = {f.key: f for f in kz.fortschritt_land}
    eigen = {f.key: f for f in kz.fortschritt_leistung}
    # Status columns headed by their symbol (explained below the table): the words would not fit.
    kopf = ["Nr.", "Leistung", "zust.", *[s.symbol for s in STATUS_SPALTEN], "Anteil prod.", "Anteil Einw."]
    if d.kreis is not None:
        kopf.append("Land prod.")
    zeilen: list[list[Any]] = [_kopf(kopf)]
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
    story.append(pdf.tabelle(zeilen, _spalten(kopf, zeilen[1:], breite, [26, 0]), rechts_ab=2))
    story.append(
        pdf.p(
            "Spalten: zust. = zuständige Kommunen; "
            + ", ".join(f"{s.symbol} = {s.label}" for s in STATUS_SPALTEN)
            + "; Anteil prod. = Anteil der zuständigen Kommunen, die produktiv sind; Anteil Einw. = Anteil der "
            "Einwohner, die die Leistung produktiv nutzen können"
            + ("; Land prod. = Anteil produktiv im ganzen Land." if d.kreis is not None else "."),
            klein,
        )
    )
    story += _karten(d, breite, st)
    if d.kreis is None:
        story += [Spacer(1, 6 * mm), CondPageBreak(50 * mm), pdf.p("3 Stand je Kreis", st["Heading1"])]
        story.append(
            pdf.p(
                "Je Kreis zählen zuständige Nachnutzungen (Kommune × Leistung, ohne Leistung 7 und 8) der Kommunen "
                "im Kreis und des Kreises selbst; Einwohner: alle Einwohner des Kreises.",
                klein,
            )
        )
        kreis_kopf = [
            "Kreis / kreisfreie Stadt",
            "Einwohner",
            "Nachn. zust.",
            "davon prod.",
            "Anteil prod.",
            "Anteil Einw.",
        ]
        kreis_rows: list[list[Any]] = [_kopf(kreis_kopf)]
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
    else:
        story += [Spacer(1, 6 * mm), CondPageBreak(50 * mm), pdf.p("3 Stand je Kommune", st["Heading1"])]
        story.append(
            pdf.p(
                "Je Kommune des Kreises ihre zuständigen Leistungen nach Status (ohne Leistung 7 und 8); "
                "der Kreis selbst ist für die Leistungen auf Kreisebene zuständig.",
                klein,
            )
        )
        k_kopf = ["Kommune", "Art", "zust.", *[s.symbol for s in STATUS_SPALTEN], "Anteil prod."]
        k_rows: list[list[Any]] = [_kopf(k_kopf)]
        for k in d.kommunen:
            k_rows.append(
                [
                    pdf.p(k.name, zelle),
                    pdf.p(k.art, zelle),
                    zahl(k.zustaendig),
                    *[zahl(k.by_status.get(s, 0)) for s in STATUS_SPALTEN],
                    prozent(k.anteil_produktiv),
                ]
            )
        story.append(pdf.tabelle(k_rows, _spalten(k_kopf, k_rows[1:], breite, [0, 78], dehnbar=0), rechts_ab=2))
    story += [CondPageBreak(60 * mm), pdf.p("4 Offene Hürden und Handlungsempfehlungen", st["Heading1"])]
    for kat in HuerdeKategorie:
        liste = [h for h in d.huerden if h.kategorie is kat]
        story.append(pdf.p(f"{kat.label.capitalize()} ({len(liste)})", st["Heading3"]))
        if not liste:
            story.append(pdf.p("keine offenen Hürden", body))
            continue
        rows = [_kopf(["Hürde", "Unterart", "Status", "Kommunen / Leistungen", "Handlungsempfehlung"])]
        for h in liste:
            betroffen = h.kommunen_text + (f" – Leistung {h.leistungen_text}" if h.leistungen else "")
            rows.append(
                [
                    pdf.p(h.titel, zelle),
                    pdf.p(h.unterart or "", zelle),
                    pdf.p(h.status.label, zelle),
                    pdf.p(betroffen, zelle),
                    pdf.p(h.handlungsempfehlung or "– noch offen –", zelle),
                ]
            )
        story.append(pdf.tabelle(rows, [breite * 0.23, breite * 0.16, breite * 0.12, breite * 0.24, breite * 0.25]))
    story += [Spacer(1, 6 * mm), CondPageBreak(40 * mm), pdf.p("5 Nächste Termine", st["Heading1"])]
    termine: list[list[Any]] = [_kopf(["Beginn", "Art", "Titel", "Ort"])]
    for t in kz.naechste_termine:
        termine.append(
            [f"{t.beginn:%d.%m.%Y %H:%M}", pdf.p(t.art.label, zelle), pdf.p(t.titel, zelle), pdf.p(t.ort or "", zelle)]
        )
    if len(termine) == 1:
        termine.append(["–", "", "keine Termine geplant", ""])
    story.append(pdf.tabelle(termine, [breite * 0.15, breite * 0.29, breite * 0.36, breite * 0.2]))
    story += [Spacer(1, 6 * mm), CondPageBreak(40 * mm), pdf.p("6 Überfällige Aufgaben", st["Heading1"])]
    aufgaben: list[list[Any]] = [_kopf(["fällig seit", "verantwortlich", "Aufgabe", "aus Termin"])]
    for a in kz.ueberfaellige_aufgaben:
        aufgaben.append(
            [
                f"{a.faellig:%d.%m.%Y}",
                pdf.p(a.wer or "nicht benannt", zelle),
                pdf.p(a.was, zelle),
                pdf.p(a.termin_titel or "", zelle),
            ]
        )
    if len(aufgaben) == 1:
        aufgaben.append(["–", "", "keine", ""])
    story.append(pdf.tabelle(aufgaben, [breite * 0.12, breite * 0.2, breite * 0.4, breite * 0.28]))
    story += [Spacer(1, 6 * mm), *_kosten_abschnitt(d, breite, 7)]
    story += [Spacer(1, 6 * mm), CondPageBreak(60 * mm), pdf.p("8 So rechnen wir", st["Heading1"])]
    story.append(
        pdf.tabelle(
            [_kopf(["Kennzahl", "Definition"]), *([pdf.p(a, zelle), pdf.p(b, zelle)] for a, b in d.so_rechnen_wir)],
            [breite * 0.3, breite * 0.7],
        )
    )
    return story


def _karten(d: LageDaten, breite: float, st: Any) -> list[Any]:
    """The maps: every zuständige Kommune as a mark at its position (see the legend)."""
    if not d.karten:
        return []
    out: list[Any] = [
        Spacer(1, 4 * mm),
        pdf.p(
            f"Karten: jede zuständige Kommune als Zeichen an ihrem Ort – eine Gemeinde an ihren Koordinaten, "
            f"ein Gemeindeverband oder Kreis im einwohnergewichteten Mittelpunkt seiner Gemeinden; Fläche nach "
            f"Einwohnern. Je Leistung Farbe und Form nach Status (auch schwarz-weiß lesbar); gezeigt sind die "
            f"{KARTEN_LEISTUNGEN} zählenden Leistungen mit den meisten zuständigen Kommunen.",
            st["Klein"],
        ),
    ]
    for karte in d.karten:
        titel = f"Karte {d.gebiet}: {karte.titel} – {zahl(len(karte.marken))} zuständige Kommunen"
        if karte.ohne_position:
            titel += f" ({zahl(karte.ohne_position)} ohne Koordinaten nicht eingezeichnet)"
        out.append(KeepTogether([pdf.p(titel, st["Heading3"]), karten_zeichnung(karte, breite, breite * 0.95)]))
    return out


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
