"""The Excel workbook for the Bürgermeisterdienstversammlung of one Kreis, made to print.

Sheets: Deckblatt (Kennzahlen, Legende, Quelle), Matrix (zuständige Kommunen × Leistungen with
status colour, symbol and short text, so black-and-white print still reads, the Kommunen's
Bemerkungen, changed cells marked), Fortschritt (Kreis against Land per Leistung), Änderungen
(recorded since the last BDV or ``seit``, net), Hürden (of this Kreis's Kommunen), Termine.
A kreisfreie Stadt gets a sheet "Leistungen" (one row per Leistung of its administration)
instead of the Matrix. Column widths come from the content, in one font.
The figures come from ``services.kennzahlen``, the same as the Übersicht. Written in openpyxl's
write-only mode: the workbook of a whole Land stays fast.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from kpakt_desktop.domain.errors import FileWriteFailed, InputError, meldung, write_failed
from kpakt_desktop.domain.kommunen import KREISFREIE_ARTEN
from kpakt_desktop.domain.status import HAUPTPFAD, Status
from kpakt_desktop.services.berichte import excel
from kpakt_desktop.services.berichte.daten import (
    AenderungZeile,
    HuerdeZeile,
    aenderungen_seit,
    huerden,
    letzte_bdv,
    quellenangabe,
    so_rechnen_wir,
    zellen_abfrage,
)
from kpakt_desktop.services.berichte.karte_bild import karten_png
from kpakt_desktop.services.file_output import save_workbook
from kpakt_desktop.services.fortschritt import FortschrittBericht, fortschritt
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.karte import Karte, Lage, lage, land_karte
from kpakt_desktop.services.kennzahlen import Kennzahlen, KreisKurz, finde_kreis, kennzahlen, kreise
from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery, MatrixSpalte, MatrixZeile
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import (
    Kommune,
    Nachnutzung,
    NachnutzungStufe,
)

STATUS_SPALTEN: tuple[Status, ...] = (*HAUPTPFAD, Status.ZURUECKGESTELLT)
ERLAEUTERUNG = {
    Status.OFFEN: "noch nichts unternommen",
    Status.INTERESSE: "Interesse an der Nachnutzung bekundet",
    Status.VEREINBARUNG: "Nachnutzungsvereinbarung geschlossen",
    Status.ANBINDUNG: "Anbindung an das Fachverfahren läuft",
    Status.TEST: "Test der Anbindung",
    Status.PRODUKTIV: "Leistung im Produktivbetrieb",
    Status.ZURUECKGESTELLT: "vorerst zurückgestellt",
}
STANDARD_ZEITRAUM = timedelta(days=91)  # when the Kreis has had no BDV yet: the last quarter
GEAENDERT = "Δ"  # marks a Matrix cell changed since the last BDV (with a frame: prints in black and white)
BDV = "Bürgermeisterdienstversammlung"
# A kreisfreie Stadt is one administration: its report is for the meeting of its own Amts- and
# Fachbereichsleitungen, one row per Leistung, not a one-row Matrix of "Kommunen".
STADT_TERMIN = "Fachbereichsleitungstreffen"
_MITTE = Alignment(horizontal="center", vertical="center")
_KOPF = Alignment(wrap_text=True, vertical="center")
_SENKRECHT = Alignment(text_rotation=90, wrap_text=True, vertical="bottom", horizontal="center")
_OBEN = Alignment(wrap_text=True, vertical="top")
_MARKE = Side(style="medium", color="000000")
_GEAENDERT_RAHMEN = Border(left=_MARKE, right=_MARKE, top=_MARKE, bottom=_MARKE)


@dataclass(frozen=True)
class StadtZeile:
    """One Leistung of a kreisfreie Stadt, for the report of its own administration."""

    nachnutzung_id: int
    nr: int
    leistung: str
    status: Status
    status_seit: date | None
    naechster_schritt: str
    fachverfahren: str
    hersteller: str
    it_dienstleister: str
    kosten_einmalig: int | None
    kosten_jaehrlich: int | None
    notiz: str


@dataclass(frozen=True)
class BdvDaten:
    kreis: KreisKurz | None  # None: the whole Land in one workbook
    land: LandInfo
    stand: datetime
    kz: Kennzahlen
    spalten: list[MatrixSpalte]
    zeilen: list[MatrixZeile]
    seit: date
    seit_grund: str
    aenderungen: list[AenderungZeile]
    huerden: list[HuerdeZeile]
    quelle: str
    bemerkungen: dict[int, str] = field(default_factory=dict)  # Kommune id → its notes
    so_rechnen_wir: list[tuple[str, str]] = field(default_factory=list)
    kreisfrei: bool = False
    stadt: list[StadtZeile] = field(default_factory=list)  # kreisfrei only
    a3: bool = False  # the Matrix on A3
    karte: Karte | None = None  # the Kreis (or Land) map of the cover sheet; none for a kreisfreie Stadt

    @property
    def gebiet(self) -> str:
        return self.kreis.name if self.kreis else f"Land {self.land.name}"

    @property
    def anlass(self) -> str:
        return STADT_TERMIN if self.kreisfrei else BDV

    @property
    def geaendert(self) -> set[tuple[int, int]]:
        """(Kommune id, Leistung nr) of the cells with a change since ``seit``."""
        return {(a.kommune_id, a.leistung_nr) for a in self.aenderungen}


def pruefe_seit(seit: date | None, heute: date) -> None:
    if seit is not None and seit > heute:
        raise InputError(
            meldung(
                "Änderungen seit {seit:%d.%m.%Y}: das Datum liegt in der Zukunft; bitte einen "
                "Tag bis zum {heute:%d.%m.%Y} angeben.",
                seit=seit,
                heute=heute,
            )
        )


def _stadt_zeilen(store: Store, kommune_id: int) -> list[StadtZeile]:
    with store.read() as s:
        geplant: dict[int, list[tuple[Status, date]]] = {}
        for nid, st, tag in s.execute(
            select(NachnutzungStufe.nachnutzung_id, NachnutzungStufe.status, NachnutzungStufe.geplant)
            .join(Nachnutzung, Nachnutzung.id == NachnutzungStufe.nachnutzung_id)
            .where(
                Nachnutzung.kommune_id == kommune_id,
                NachnutzungStufe.geplant.is_not(None),
                NachnutzungStufe.erreicht.is_(None),
            )
        ):
            if tag is not None:
                geplant.setdefault(nid, []).append((st, tag))
        rows = s.execute(
            zellen_abfrage(Nachnutzung).where(Nachnutzung.kommune_id == kommune_id).order_by(Nachnutzung.leistung_nr)
        ).all()
    out = []
    for r in rows:
        n, lname, fv, hst, itdl = r.Nachnutzung, r.leistung, r.fv, r.hst, r.itdl
        naechst = sorted(
            ((st, tag) for st, tag in geplant.get(n.id, []) if st.stufe > n.status.stufe), key=lambda x: x[0].stufe
        )
        schritt = f"{naechst[0][0].label} geplant zum {naechst[0][1]:%d.%m.%Y}" if naechst else ""
        out.append(
            StadtZeile(
                n.id,
                n.leistung_nr,
                lname,
                n.status,
                n.status_seit,
                schritt,
                fv or "",
                hst or "",
                itdl or "",
                n.kosten_einmalig,
                n.kosten_jaehrlich,
                n.notiz or "",
            )
        )
    return out


def bdv_daten(
    store: Store,
    kreis: KreisKurz | None,
    *,
    stichtag: date | None = None,
    seit: date | None = None,
    stand: datetime | None = None,
    land: FortschrittBericht | None = None,
    a3: bool = False,
    ort: Lage | None = None,
) -> BdvDaten:
    stand = stand or datetime.now().replace(microsecond=0)
    tag = stichtag or stand.date()
    pruefe_seit(seit, tag)
    kreis_id = kreis.id if kreis else None
    kz = kennzahlen(store, stichtag=tag, kreis_id=kreis_id, land=land)
    if seit is not None:
        grund = "angegeben"
    elif kreis is not None and (letzte := letzte_bdv(store, kreis.id, tag)) is not None:
        seit, grund = letzte, "letzte Bürgermeisterdienstversammlung"
    else:
        seit, grund = tag - STANDARD_ZEITRAUM, "letzte drei Monate"
    query = MatrixQuery(store)
    ids = query.zeilen_ids(MatrixFilter(kreis_id=kreis_id))
    by_id = query.zeilen(ids)
    with store.read() as s:
        bemerkungen = {
            int(kid): str(notiz)
            for kid, notiz in s.execute(select(Kommune.id, Kommune.notiz).where(Kommune.id.in_(ids)))
            if notiz
        }
        art = s.scalar(select(Kommune.art).where(Kommune.id == kreis.id)) if kreis is not None else None
        kreisfrei = art in KREISFREIE_ARTEN
    return BdvDaten(
        kreis=kreis,
        land=read_land(store),
        stand=stand,
        kz=kz,
        spalten=query.spalten(),
        zeilen=[by_id[i] for i in ids],
        seit=seit,
        seit_grund=grund,
        aenderungen=aenderungen_seit(store, seit, kreis_id=kreis_id, bis=tag),
        huerden=huerden(store, kreis_id=kreis_id),
        quelle=quellenangabe(store),
        bemerkungen=bemerkungen,
        so_rechnen_wir=so_rechnen_wir(store),
        kreisfrei=kreisfrei,
        stadt=_stadt_zeilen(store, kreis.id) if kreis is not None and kreisfrei else [],
        a3=a3,
        karte=None if kreisfrei else land_karte(store, MatrixFilter(kreis_id=kreis_id), ort=ort),
    )


# -- writing --------------------------------------------------------------------------------------


class _Blatt:
    """A write-only sheet with the print set-up every sheet of the workbook shares.

    A write-only sheet streams its head (sheet properties, panes, columns) with the first row,
    so everything about the page is set up here, before any row is written: the column widths
    come from the content (``excel.spaltenbreiten``), so no header or name is cut.
    """

    def __init__(
        self,
        wb: Workbook,
        titel: str,
        d: BdvDaten,
        breiten: Sequence[float],
        *,
        kopfzeile: int | None,
        frei: str | None = None,
        kopfhoehe: float | None = None,
        a3: bool = False,
    ) -> None:
        self.ws = wb.create_sheet(titel)
        self.d = d
        self.row = 0
        self.kopfzeile = kopfzeile
        for i, w in enumerate(breiten, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.breite = len(breiten)
        self.breiten = list(breiten)
        if frei:
            self.ws.freeze_panes = frei
        if kopfzeile and kopfhoehe:
            self.ws.row_dimensions[kopfzeile].height = kopfhoehe
        excel.druck_einrichten(self.ws, titelzeilen=f"{kopfzeile}:{kopfzeile}" if kopfzeile else None, a3=a3)
        # Tables print with grid lines instead of a border on every cell (far cheaper to write).
        self.ws.print_options.gridLines = kopfzeile is not None
        excel.kopf_fuss(self.ws, links=f"{d.anlass} {d.gebiet} – {titel}", stand=d.stand)

    def zeile(self, values: Iterable[Any], *, hoehe: float | None = None, **style: Any) -> None:
        if hoehe is not None:  # before the row is streamed
            self.ws.row_dimensions[self.row + 1].height = hoehe
        self.ws.append([v if isinstance(v, Cell) else excel.zelle(self.ws, v, **style) for v in values])
        self.row += 1

    def hoehe(self, texte: Sequence[Any]) -> float | None:
        """Row height for wrapped texts in these columns (a streamed row cannot grow by itself)."""
        return excel.zeilenhoehe(texte, self.breiten)

    def titel(self, text: str, unter: str | None = None) -> None:
        self.zeile([excel.zelle(self.ws, text, font=excel.TITEL)])
        # Printed, the title stands in the page header (the grid lines would cross it in the sheet).
        excel.kopf_fuss(self.ws, links=text, stand=self.d.stand)
        if unter:
            self.zeile([excel.zelle(self.ws, unter, font=excel.KLEIN)])

    def kopf(self, titel: Sequence[str], *, hoehe: float | None = None) -> int:
        self.zeile(
            [
                excel.zelle(self.ws, t, font=excel.BOLD, fill=excel.KOPF_FILL, border=excel.RAHMEN, alignment=_KOPF)
                for t in titel
            ],
            hoehe=hoehe,
        )
        return self.row

    def fertig(self, *, filter: bool = True) -> None:
        """Print area from the header row down, autofilter over the table (both written at the end)."""
        if self.kopfzeile is None:
            return
        ende = max(self.row, self.kopfzeile)
        self.ws.print_area = f"A{self.kopfzeile}:{get_column_letter(self.breite)}{ende}"
        if filter and self.row > self.kopfzeile:
            self.ws.auto_filter.ref = f"A{self.kopfzeile}:{get_column_letter(self.breite)}{self.row}"


def _tabelle(
    wb: Workbook,
    d: BdvDaten,
    name: str,
    kopf: Sequence[str],
    werte: Sequence[Sequence[Any]],
    *,
    hoechst: Sequence[float] | float,
    kopfzeile: int,
    frei: str,
    formate: Sequence[str | None] = (),
) -> _Blatt:
    """A sheet whose columns are as wide as their content (up to ``hoechst``; beyond that it wraps)."""
    breiten = excel.spaltenbreiten(kopf, werte, hoechst=hoechst, formate=formate)
    return _Blatt(
        wb, name, d, breiten, kopfzeile=kopfzeile, frei=frei, kopfhoehe=excel.zeilenhoehe(kopf, breiten, fett=True)
    )


def _zeilen(b: _Blatt, werte: Sequence[Sequence[Any]], formate: Sequence[str | None] = ()) -> None:
    """Rows with the given number formats, each as high as its wrapped text needs. Only a row that
    wraps gets wrapping, top-aligned cells: plain cells are far cheaper to write (the whole Land)."""
    for z in werte:
        fmts = [*formate, *[None] * len(z)]
        hoehe = b.hoehe([excel.als_anzeige(v, fmts[i]) for i, v in enumerate(z)])
        cells = []
        for i, v in enumerate(z):
            style: dict[str, Any] = {"alignment": _OBEN} if hoehe is not None else {}
            if fmts[i]:
                style["number_format"] = fmts[i]
            cells.append(excel.zelle(b.ws, v, **style))
        b.zeile(cells, hoehe=hoehe)


def _anteil(value: float | None) -> Any:
    return value if value is not None else "–"


def _zahl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def _deckblatt(wb: Workbook, d: BdvDaten) -> None:
    g, gl = d.kz.gesamt, d.kz.gesamt_land
    offen = sum(d.kz.huerden_offen.values())
    kategorien = ", ".join(f"{n} {k.label}" for k, n in d.kz.huerden_offen.items() if n)
    termin = d.kz.naechste_termine[0] if d.kz.naechste_termine else None
    einheit = "Leistungen" if d.kreisfrei else "Kommunen × Leistungen"
    fakten = [
        ("Stand", f"{d.stand:%d.%m.%Y %H:%M}"),
        ("Land", d.land.name),
        ("Erstellt von", d.land.dienststelle or f"Kommunale OZG-Koordination {d.land.name}"),
        ("Änderungen erfasst seit", f"{d.seit:%d.%m.%Y} ({d.seit_grund})"),
        ("", ""),
        ("Zuständige Nachnutzungen", f"{_zahl(g.zustaendig)} ({einheit}, ohne Nr. 7 und 8)"),
        ("davon produktiv", f"{_zahl(g.produktiv)} = {_pct(g.anteil_produktiv)} (Land: {_pct(gl.anteil_produktiv)})"),
        ("Kommunen mit mind. einer produktiven Leistung", _zahl(g.kommunen_produktiv)),
        (
            "Einwohner in Kommunen mit mind. einer produktiven Leistung",
            f"{_pct(g.anteil_einwohner_in_produktiven)} (Land: {_pct(gl.anteil_einwohner_in_produktiven)})",
        ),
        (
            "Einwohnergewichteter Anteil produktiv",
            f"{_pct(g.anteil_einwohner_gewichtet)} (Land: {_pct(gl.anteil_einwohner_gewichtet)})",
        ),
        ("Offene Hürden", f"{offen}" + (f" ({kategorien})" if kategorien else "")),
        (
            "Nächster Termin",
            f"{termin.beginn:%d.%m.%Y} {termin.titel}" if termin else "keiner geplant",
        ),
        ("Überfällige Aufgaben", str(len(d.kz.ueberfaellige_aufgaben))),
    ]
    blaetter = [
        (
            ("Leistungen", "je Leistung: Status, nächster Schritt, Fachverfahren, IT-Dienstleister, Kosten")
            if d.kreisfrei
            else ("Matrix", f"zuständige Kommunen × Leistungen, mit Status und Bemerkungen; {GEAENDERT}: geändert")
        ),
        ("Fortschritt", "je Leistung: Status, Anteil produktiv und Einwohner, im Vergleich zum Land"),
        ("Änderungen", f"was seit dem {d.seit:%d.%m.%Y} bekannt wurde (erfasst), mit dem Tag, ab dem es gilt"),
        ("Hürden", "offene Hürden mit Handlungsempfehlungen"),
        ("Termine", "nächste Termine und überfällige Aufgaben mit den Verantwortlichen"),
    ]
    legende = [f"{st.label}: {ERLAEUTERUNG[st]}" for st in STATUS_SPALTEN]
    links = [label for label, _ in fakten] + [name for name, _ in blaetter] + ["Quelle"]
    breiten = [
        excel.breite_fuer(max(excel.text_pt(t, fett=True) for t in links)),
        max(60.0, excel.breite_fuer(max(excel.text_pt(t) for t in legende))),
    ]
    b = _Blatt(wb, "Deckblatt", d, breiten, kopfzeile=None)
    b.ws.page_setup.orientation = "portrait"
    b.zeile([excel.zelle(b.ws, d.anlass, font=excel.TITEL)])
    b.zeile([excel.zelle(b.ws, d.gebiet, font=excel.TITEL)])
    b.zeile(["Stand der Nachnutzung der kommunalen EfA-Fokusleistungen (Kommunalpakt)"])
    b.zeile([])
    for label, value in fakten:
        b.zeile(
            [excel.zelle(b.ws, label, font=excel.BOLD), excel.zelle(b.ws, value, alignment=_OBEN)],
            hoehe=b.hoehe(["", value]),
        )
    if d.karte is not None:
        _karte(b, d.karte, breiten)
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "Legende" if d.kreisfrei else "Legende der Matrix", font=excel.UNTERTITEL)])
    for st, text in zip(STATUS_SPALTEN, legende, strict=True):
        b.zeile(
            [
                excel.zelle(
                    b.ws, f"{st.symbol} {st.kurz}", fill=excel.status_fill(st), border=excel.RAHMEN, alignment=_MITTE
                ),
                excel.zelle(b.ws, text),
            ]
        )
    if not d.kreisfrei:
        b.zeile(
            [excel.zelle(b.ws, "(leer)", border=excel.RAHMEN, alignment=_MITTE), "für diese Leistung nicht zuständig"]
        )
    b.zeile(
        [
            excel.zelle(b.ws, GEAENDERT, border=_GEAENDERT_RAHMEN, alignment=_MITTE),
            f"seit dem {d.seit:%d.%m.%Y} geändert (Einzelheiten im Blatt „Änderungen“)",
        ]
    )
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "Blätter", font=excel.UNTERTITEL)])
    for name, text in blaetter:
        b.zeile(
            [excel.zelle(b.ws, name, font=excel.BOLD), excel.zelle(b.ws, text, alignment=_OBEN)],
            hoehe=b.hoehe(["", text]),
        )
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "So rechnen wir", font=excel.UNTERTITEL)])
    for label, text in [*d.so_rechnen_wir, ("Quelle", d.quelle)]:
        b.zeile(
            [
                excel.zelle(b.ws, label, font=excel.BOLD, alignment=_OBEN),
                excel.zelle(b.ws, text, alignment=_OBEN),
            ],
            hoehe=b.hoehe([label, text]),
        )


KARTE_MAX_PX = 660  # fits the printable width of a portrait A4 page


def _karte(b: _Blatt, karte: Karte, breiten: Sequence[float]) -> None:
    """The map below the figures: a picture over empty rows that keep its place when printed."""
    b.zeile([])
    b.zeile(
        [
            excel.zelle(
                b.ws,
                f"Karte: {len(karte.marken)} zuständige Kommunen, Anteil produktiv über die Leistungen außer "
                "Nr. 7 und 8",
                font=excel.UNTERTITEL,
            )
        ]
    )
    breite = min(KARTE_MAX_PX, int(sum(w * 7 + 5 for w in breiten)))  # Excel: 7 px per digit + 5 px
    hoehe = int(breite * 0.72)
    bild = XLImage(io.BytesIO(karten_png(karte, breite, hoehe)))
    bild.width, bild.height = breite, hoehe
    b.ws.add_image(bild, f"A{b.row + 1}")
    zeilen = math.ceil(hoehe * 0.75 / excel.ZEILENHOEHE) + 1
    for _ in range(zeilen):
        b.zeile([], hoehe=excel.ZEILENHOEHE)


def _senkrecht_hoehe(texte: Sequence[str], breite: float) -> float:
    """Height of a header row whose texts stand upright (rotated) in columns of ``breite``: the
    longest word on one line, and no text needing more lines than the column has room for."""
    platz = max(1, int(excel.spalte_pt(breite) // excel.ZEILENHOEHE))
    hoehe = max(excel.laengstes_wort_pt(t, fett=True) for t in texte) + 8
    while any(len(excel.umbrechen(t, hoehe - 8, fett=True)) > platz for t in texte):
        hoehe += 6
    return round(hoehe, 1)


def _matrix(wb: Workbook, d: BdvDaten) -> None:
    zelltexte = [f"{st.symbol} {st.kurz} {GEAENDERT}" for st in STATUS_SPALTEN]
    kopf_leistung = [f"{s.nr} {s.name}" for s in d.spalten] + ["produktiv (ohne 7, 8)"]
    breite_zelle = max(excel.breite_fuer(max(excel.text_pt(t) for t in zelltexte)), 9.0)
    vorne = excel.spaltenbreiten(
        ["Kommune", "ARS", "Art"], [(z.name, z.ars, z.art) for z in d.zeilen], hoechst=[34, 16, 24]
    )
    bemerkung = excel.spaltenbreiten(["Bemerkung"], [(t,) for t in d.bemerkungen.values()], hoechst=45, mindest=14)
    breiten = [*vorne, *[breite_zelle] * len(kopf_leistung), *bemerkung]
    b = _Blatt(
        wb,
        "Matrix",
        d,
        breiten,
        kopfzeile=3,
        frei="D4",
        kopfhoehe=_senkrecht_hoehe(kopf_leistung, breite_zelle),
        a3=d.a3,
    )
    b.ws.print_title_cols = "A:A"
    b.titel(
        f"Nachnutzung – {d.gebiet}: zuständige Kommunen × Leistungen",
        "Jede Zelle: Symbol und Kurztext des Status (Legende auf dem Deckblatt); leer: nicht zuständig; "
        f"{GEAENDERT} mit Rahmen: seit dem {d.seit:%d.%m.%Y} geändert.",
    )
    kopf = dict(font=excel.BOLD, fill=excel.KOPF_FILL, border=excel.RAHMEN)
    b.zeile(
        [
            *[excel.zelle(b.ws, t, alignment=Alignment(vertical="bottom"), **kopf) for t in ("Kommune", "ARS", "Art")],
            *[excel.zelle(b.ws, t, alignment=_SENKRECHT, **kopf) for t in kopf_leistung],
            excel.zelle(b.ws, "Bemerkung", alignment=Alignment(vertical="bottom"), **kopf),
        ]
    )
    geaendert = d.geaendert
    leer = None  # not zuständig: no cell at all (half the matrix; keeps the file and the writing small)
    for z in d.zeilen:
        notiz = d.bemerkungen.get(z.kommune_id, "")
        hoehe = b.hoehe([z.name, "", "", *[""] * len(kopf_leistung), notiz])
        cells: list[Any] = [
            excel.zelle(b.ws, z.name, alignment=_OBEN) if hoehe else excel.zelle(b.ws, z.name),
            excel.zelle(b.ws, z.ars),
            excel.zelle(b.ws, z.art),
        ]
        prod = zust = 0
        for s in d.spalten:
            zelle = z.zellen.get(s.nr)
            if zelle is None or not zelle.status.aktiv:
                cells.append(leer)
                continue
            st = zelle.status
            if s.zaehlt_fuer_quote:
                zust += 1
                prod += st is Status.PRODUKTIV
            if (z.kommune_id, s.nr) in geaendert:
                cells.append(
                    excel.zelle(
                        b.ws,
                        f"{st.symbol} {st.kurz} {GEAENDERT}",
                        fill=excel.status_fill(st),
                        alignment=_MITTE,
                        border=_GEAENDERT_RAHMEN,
                    )
                )
            else:
                cells.append(excel.zelle(b.ws, f"{st.symbol} {st.kurz}", fill=excel.status_fill(st), alignment=_MITTE))
        cells.append(excel.zelle(b.ws, f"{prod} / {zust}", alignment=_MITTE))
        cells.append(excel.zelle(b.ws, notiz, alignment=_OBEN) if notiz else None)
        b.zeile(cells, hoehe=hoehe)
    b.fertig()


def _leistungen_stadt(wb: Workbook, d: BdvDaten) -> None:
    """A kreisfreie Stadt: one row per Leistung of its own administration."""
    kopf = [
        "Nr.",
        "Leistung",
        "Status",
        "seit",
        "nächster Schritt",
        "Fachverfahren",
        "Hersteller",
        "IT-Dienstleister",
        "Kosten einmalig",
        "Kosten jährlich",
        "Bemerkung",
    ]
    formate = [None, None, None, excel.DATUM_FORMAT, None, None, None, None, excel.GELD_FORMAT, excel.GELD_FORMAT]
    geaendert = {nr for _, nr in d.geaendert}
    werte = [
        [
            z.nr,
            z.leistung,
            f"{z.status.symbol} {z.status.label}" + (f" {GEAENDERT}" if z.nr in geaendert else ""),
            z.status_seit,
            z.naechster_schritt,
            z.fachverfahren,
            z.hersteller,
            z.it_dienstleister,
            z.kosten_einmalig,
            z.kosten_jaehrlich,
            z.notiz,
        ]
        for z in d.stadt
    ]
    b = _tabelle(
        wb,
        d,
        "Leistungen",
        kopf,
        werte,
        hoechst=[5, 40, 22, 11, 26, 24, 22, 24, 12, 12, 40],
        kopfzeile=3,
        frei="C4",
        formate=formate,
    )
    b.titel(
        f"Nachnutzung – {d.gebiet}: Leistungen der Stadtverwaltung",
        "Eine Zeile je Leistung, für die die Stadt zuständig ist (Kreis- und Gemeindeebene); "
        f"{GEAENDERT}: seit dem {d.seit:%d.%m.%Y} geändert.",
    )
    b.kopf(kopf)
    for z, w in zip(d.stadt, werte, strict=True):
        cells = []
        for i, v in enumerate(w):
            style: dict[str, Any] = {"alignment": _OBEN}
            if formate[i : i + 1] and formate[i]:
                style["number_format"] = formate[i]
            if i == 2:
                style["fill"] = excel.status_fill(z.status)
                if z.nr in geaendert:
                    style["border"] = _GEAENDERT_RAHMEN
            cells.append(excel.zelle(b.ws, v, **style))
        b.zeile(cells, hoehe=b.hoehe([excel.als_anzeige(v) for v in w]))
    if not d.stadt:
        b.zeile(["keine zuständigen Leistungen"])
    b.fertig(filter=bool(d.stadt))


def _fortschritt(wb: Workbook, d: BdvDaten) -> None:
    kopf = [
        "Nr.",
        "Leistung",
        "zuständig",
        *[st.label for st in STATUS_SPALTEN],
        "Anteil produktiv Kreis",
        "Anteil produktiv Land",
        "Δ Prozentpunkte",
        "Anteil Einwohner Kreis",
        "Anteil Einwohner Land",
        "Hinweis",
    ]
    if d.kreisfrei:
        kopf[3 + len(STATUS_SPALTEN)] = "Anteil produktiv Stadt"
        kopf[6 + len(STATUS_SPALTEN)] = "Anteil Einwohner Stadt"
    kreis = {f.key: f for f in d.kz.fortschritt_leistung}
    land = {f.key: f for f in d.kz.fortschritt_land}
    werte = []
    for item in d.kz.leistungen:
        fk, fl = kreis.get(item.nr), land.get(item.nr)
        ak = fk.anteil_produktiv if fk else None
        al = fl.anteil_produktiv if fl else None
        werte.append(
            [
                item.nr,
                item.name,
                item.zustaendig,
                *[item.by_status.get(st, 0) for st in STATUS_SPALTEN],
                _anteil(ak),
                _anteil(al),
                round((ak - al) * 100, 1) if ak is not None and al is not None else "–",
                _anteil(fk.anteil_einwohner if fk else None),
                _anteil(fl.anteil_einwohner if fl else None),
                (fk.hinweis if fk else "") or ("" if item.zustaendig else "nicht zuständig"),
            ]
        )
    n = len(STATUS_SPALTEN)
    pct = excel.PROZENT_FORMAT
    formate: list[str | None] = [None, None, None, *[None] * n, pct, pct, "+0.0;-0.0;0.0", pct, pct, None]
    b = _tabelle(
        wb,
        d,
        "Fortschritt",
        kopf,
        werte,
        hoechst=[5, 40, 10, *[11] * n, 11, 11, 11, 11, 11, 30],
        kopfzeile=3,
        frei="C4",
        formate=formate,
    )
    b.titel(
        f"Fortschritt je Leistung – {d.gebiet} im Vergleich zum Land {d.land.name}",
        "Status: Zahl der zuständigen Kommunen. Δ: Kreis minus Land in Prozentpunkten.",
    )
    b.kopf(kopf)
    for w in werte:
        cells = []
        for i, v in enumerate(w):
            style: dict[str, Any] = {}
            if formate[i]:
                style["number_format"] = formate[i]
            if 3 <= i < 3 + n:
                style["fill"] = excel.status_fill(STATUS_SPALTEN[i - 3])
            if i in (1, len(w) - 1):
                style["alignment"] = _OBEN
            cells.append(excel.zelle(b.ws, v, **style))
        b.zeile(cells, hoehe=b.hoehe([excel.als_anzeige(v) if isinstance(v, str) else "" for v in w]))
    b.fertig()


def _aenderungen(wb: Workbook, d: BdvDaten) -> None:
    kopf = ["erfasst am", "gilt ab", "Kommune", "ARS", "Nr.", "Leistung", "Feld", "vorher", "nachher", "Quelle"]
    werte = [
        [a.erfasst_am, a.gueltig_ab, a.kommune, a.ars, a.leistung_nr, a.leistung, a.feld, a.alt, a.neu, a.quelle or ""]
        for a in d.aenderungen
    ]
    formate = [excel.DATUM_FORMAT, excel.DATUM_FORMAT]
    b = _tabelle(
        wb,
        d,
        "Änderungen",
        kopf,
        werte,
        hoechst=[11, 11, 30, 14, 5, 40, 22, 24, 24, 30],
        kopfzeile=3,
        frei="A4",
        formate=formate,
    )
    b.titel(
        f"Änderungen seit dem {d.seit:%d.%m.%Y} ({d.seit_grund}) bis zum {d.kz.stichtag:%d.%m.%Y}",
        f"{len(d.aenderungen)} Änderungen, die in diesem Zeitraum erfasst wurden (auch rückwirkende), je Feld die "
        "Änderung von vorher nach nachher; was im Zeitraum wieder zurückgenommen wurde, fehlt.",
    )
    b.kopf(kopf)
    _zeilen(b, werte, formate)
    if not d.aenderungen:
        b.zeile(["keine Änderungen in diesem Zeitraum"])
    if d.aenderungen:
        b.fertig()


def _huerden(wb: Workbook, d: BdvDaten) -> None:
    kopf = ["Kategorie", "Unterart", "Hürde", "Status", "Kommunen", "Leistungen", "erfasst am", "Handlungsempfehlung"]
    werte = [
        [
            h.kategorie.label,
            h.unterart or "",
            h.titel,
            h.status.label,
            h.kommunen_text,
            h.leistungen_text,
            h.erfasst_am,
            h.handlungsempfehlung or "",
        ]
        for h in d.huerden
    ]
    formate = [None] * 6 + [excel.DATUM_FORMAT]
    b = _tabelle(
        wb,
        d,
        "Hürden",
        kopf,
        werte,
        hoechst=[16, 26, 40, 16, 34, 34, 11, 44],
        kopfzeile=3,
        frei="A4",
        formate=formate,
    )
    b.titel(f"Offene Hürden – {d.gebiet}", "Nach Kategorie; mit der Handlungsempfehlung, soweit erfasst.")
    b.kopf(kopf)
    _zeilen(b, werte, formate)
    if not d.huerden:
        b.zeile(["keine offenen Hürden"])
    b.fertig(filter=bool(d.huerden))


def _termine(wb: Workbook, d: BdvDaten) -> None:
    kopf = ["Beginn", "Art", "Titel", "Ort", "Kommunen"]
    werte: list[list[Any]] = [
        [t.beginn, t.art.label, t.titel, t.ort or "", "; ".join(t.kommunen)] for t in d.kz.naechste_termine
    ]
    kopf2 = ["fällig seit", "verantwortlich", "Aufgabe", "aus Termin"]
    werte2: list[list[Any]] = [
        [a.faellig, a.wer or "nicht benannt", a.was, a.termin_titel or ""] for a in d.kz.ueberfaellige_aufgaben
    ]
    # One set of columns for both tables: each as wide as the wider of its two contents.
    b1 = excel.spaltenbreiten(kopf, werte, hoechst=[16, 32, 50, 30, 40], formate=["DD.MM.YYYY HH:MM"])
    b2 = excel.spaltenbreiten(kopf2, werte2, hoechst=[16, 32, 50, 30])
    breiten = [max(x, y) for x, y in zip(b1, [*b2, 0], strict=True)]
    b = _Blatt(wb, "Termine", d, breiten, kopfzeile=2, frei="A3", kopfhoehe=excel.zeilenhoehe(kopf, breiten, fett=True))
    b.titel(f"Nächste Termine – {d.gebiet}")
    b.kopf(kopf)
    _zeilen(b, werte, ["DD.MM.YYYY HH:MM"])
    if not d.kz.naechste_termine:
        b.zeile(["keine Termine geplant"])
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "Überfällige Aufgaben", font=excel.UNTERTITEL)])
    b.kopf(kopf2, hoehe=excel.zeilenhoehe(kopf2, breiten, fett=True))
    _zeilen(b, werte2, [excel.DATUM_FORMAT])
    if not d.kz.ueberfaellige_aufgaben:
        b.zeile(["keine"])
    b.fertig(filter=False)


def write_bdv(d: BdvDaten, ziel: Path) -> Path:
    wb = excel.arbeitsmappe(write_only=True)
    erste = _leistungen_stadt if d.kreisfrei else _matrix
    for teil in (_deckblatt, erste, _fortschritt, _aenderungen, _huerden, _termine):
        teil(wb, d)
    excel.eigenschaften(
        wb,
        titel=f"{d.anlass} {d.gebiet}",
        betreff=f"Stand der Nachnutzung der EfA-Fokusleistungen, {d.land.name}",
        ersteller=d.land.dienststelle or f"Kommunale OZG-Koordination {d.land.name}",
        stand=d.stand,
    )
    save_workbook(wb, ziel)
    return ziel


def dateiname(kreis: KreisKurz, stand: datetime, *, mit_schluessel: bool = False) -> str:
    """``mit_schluessel``: the Kreis key too, for names two Kreise share (Bayern: Stadt and Landkreis Ansbach)."""
    sauber = re.sub(r"[^\w.-]+", "_", kreis.name, flags=re.UNICODE).strip("_")[:60]
    schluessel = f"_{kreis.ars[:5]}" if mit_schluessel else ""
    return f"BDV_{sauber}{schluessel}_{stand:%Y-%m-%d}.xlsx"


def bdv_job(
    store: Store,
    ziel: Path,
    *,
    kreis: str | None = None,
    alle: bool = False,
    seit: date | None = None,
    stichtag: date | None = None,
    stand: datetime | None = None,
    a3: bool = False,
) -> Job[list[Path]]:
    """One workbook for ``kreis`` (``ziel`` a file), or with ``alle`` one per Kreis into the folder ``ziel``.
    ``a3``: the Matrix sheet printed on A3 (wide Kreise stay readable)."""
    if alle == (kreis is not None):
        raise InputError(meldung("Bitte einen Kreis (--kreis) oder alle Kreise (--alle) wählen."))
    stand = stand or datetime.now().replace(microsecond=0)
    pruefe_seit(seit, stichtag or stand.date())
    ziele = kreise(store) if alle else [finde_kreis(store, kreis or "")]
    if alle:
        if ziel.exists() and not ziel.is_dir():
            raise InputError(meldung("{ziel} ist eine Datei; mit --alle bitte einen Ordner angeben.", ziel=ziel))
        ziel.mkdir(parents=True, exist_ok=True)
    elif ziel.suffix.lower() != ".xlsx":
        raise InputError(meldung("{ziel}: bitte eine Zieldatei mit der Endung .xlsx angeben.", ziel=ziel))
    elif not ziel.parent.is_dir():
        raise InputError(meldung("Den Ordner {parent} gibt es nicht.", parent=ziel.parent))
    land = fortschritt(store) if alle else None  # the Land's side of "Kreis against Land", once
    ort = lage(store)  # where every Kommune sits (the maps), once
    if not alle:
        k = ziele[0]
        yield Progress(0, 1, f"Bürgermeisterdienstversammlung {k.name} …")
        pfad = write_bdv(
            bdv_daten(store, k, stichtag=stichtag, seit=seit, stand=stand, land=land, a3=a3, ort=ort), ziel
        )
        yield Progress(1, 1, "Fertig.")
        return [pfad]
    # All or nothing: the workbooks are written into a hidden folder beside their place and moved there
    # together at the end. A cancel or a failure (disk full at Kreis 20, a report of the day open in
    # Excel) leaves the folder as it was, including reports of the same day from an earlier run.
    namen = Counter(k.name for k in ziele)
    zwischen = Path(tempfile.mkdtemp(prefix=".bdv-", dir=ziel))
    try:
        fertig: list[Path] = []
        for i, k in enumerate(ziele):
            yield Progress(i, len(ziele), f"Bürgermeisterdienstversammlung {k.name} …")
            d = bdv_daten(store, k, stichtag=stichtag, seit=seit, stand=stand, land=land, a3=a3, ort=ort)
            name = dateiname(k, stand, mit_schluessel=namen[k.name] > 1)
            try:
                fertig.append(write_bdv(d, zwischen / name))
            except FileWriteFailed as err:  # name the file the user will look for, not the hidden one
                raise FileWriteFailed(str(err).replace(str(zwischen / name), str(ziel / name))) from None
        geschrieben = _einsetzen(fertig, ziel, zwischen)
    finally:
        shutil.rmtree(zwischen, ignore_errors=True)
    yield Progress(len(ziele), len(ziele), "Fertig.")
    return geschrieben


def _einsetzen(fertig: list[Path], ziel: Path, zwischen: Path) -> list[Path]:
    """Move the finished workbooks into ``ziel``; on any failure put everything back as it was."""
    alt = zwischen / "vorher"
    alt.mkdir()
    beiseite: list[tuple[Path, Path]] = []
    eingesetzt: list[Path] = []
    aktuell = ziel
    try:
        for pfad in fertig:
            aktuell = ziel / pfad.name
            if aktuell.exists():
                aktuell.replace(alt / pfad.name)
                beiseite.append((aktuell, alt / pfad.name))
            eingesetzt.append(pfad.replace(aktuell))
    except OSError as err:
        for pfad in eingesetzt:
            pfad.unlink(missing_ok=True)
        for frueher, gesichert in beiseite:
            gesichert.replace(frueher)
        raise write_failed(aktuell, err) from None
    return eingesetzt
