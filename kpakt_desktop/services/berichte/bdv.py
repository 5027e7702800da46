"""The Excel workbook for the Bürgermeisterdienstversammlung of one Kreis, made to print.

Sheets: Deckblatt (Kennzahlen, Legende, Quelle), Matrix (zuständige Kommunen × Leistungen with
status colour, symbol and short text, so black-and-white print still reads), Fortschritt (Kreis
against Land per Leistung), Änderungen (since the last BDV or ``seit``), Hürden, Termine.
The figures come from ``services.kennzahlen``, the same as the Übersicht. Written in openpyxl's
write-only mode: the workbook of a whole Land stays fast.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kpakt_desktop.domain.errors import FileWriteFailed, InputError, write_failed
from kpakt_desktop.domain.status import HAUPTPFAD, Status
from kpakt_desktop.services.berichte import excel
from kpakt_desktop.services.berichte.daten import (
    AenderungZeile,
    HuerdeZeile,
    aenderungen_seit,
    huerden,
    letzte_bdv,
    quellenangabe,
)
from kpakt_desktop.services.file_output import save_workbook
from kpakt_desktop.services.fortschritt import Fortschritt, FortschrittBericht, fortschritt
from kpakt_desktop.services.jobs import Job, Progress
from kpakt_desktop.services.kennzahlen import Kennzahlen, KreisKurz, finde_kreis, kennzahlen, kreise
from kpakt_desktop.services.landdb import LandInfo, read_land
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery, MatrixSpalte, MatrixZeile
from kpakt_desktop.store.database import Store

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
_MITTE = Alignment(horizontal="center", vertical="center")
_KOPF = Alignment(wrap_text=True, vertical="center")
_SENKRECHT = Alignment(text_rotation=90, wrap_text=True, vertical="bottom", horizontal="center")
_OBEN = Alignment(wrap_text=True, vertical="top")
_UNTERTITEL = Font(bold=True, size=12)


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

    @property
    def gebiet(self) -> str:
        return self.kreis.name if self.kreis else f"Land {self.land.name}"


def bdv_daten(
    store: Store,
    kreis: KreisKurz | None,
    *,
    stichtag: date | None = None,
    seit: date | None = None,
    stand: datetime | None = None,
    land: FortschrittBericht | None = None,
) -> BdvDaten:
    stand = stand or datetime.now().replace(microsecond=0)
    tag = stichtag or stand.date()
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
    )


# -- writing --------------------------------------------------------------------------------------


class _Blatt:
    """A write-only sheet with the print set-up every sheet of the workbook shares.

    A write-only sheet streams its head (sheet properties, panes, columns) with the first row,
    so everything about the page is set up here, before any row is written.
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
        excel.druck_einrichten(self.ws, titelzeilen=f"{kopfzeile}:{kopfzeile}" if kopfzeile else None)
        # Tables print with grid lines instead of a border on every cell (far cheaper to write).
        self.ws.print_options.gridLines = kopfzeile is not None
        excel.kopf_fuss(self.ws, links=f"BDV {d.gebiet} – {titel}", stand=d.stand)

    def zeile(self, values: Iterable[Any], *, hoehe: float | None = None, **style: Any) -> None:
        if hoehe is not None:  # before the row is streamed
            self.ws.row_dimensions[self.row + 1].height = hoehe
        self.ws.append([v if isinstance(v, Cell) else excel.zelle(self.ws, v, **style) for v in values])
        self.row += 1

    def hoehe(self, texte: Sequence[str]) -> float | None:
        """Row height for wrapped texts in these columns (a streamed row cannot grow by itself)."""
        zeilen = max(
            (-(-len(t) // max(int(w) - 2, 1)) for t, w in zip(texte, self.breiten, strict=False) if t), default=1
        )
        return 12.75 * zeilen if zeilen > 1 else None

    def titel(self, text: str, unter: str | None = None) -> None:
        self.zeile([excel.zelle(self.ws, text, font=excel.TITEL)])
        # Printed, the title stands in the page header (the grid lines would cross it in the sheet).
        excel.kopf_fuss(self.ws, links=text, stand=self.d.stand)
        if unter:
            self.zeile([excel.zelle(self.ws, unter, font=excel.KLEIN)])

    def kopf(self, titel: Sequence[str]) -> int:
        self.zeile(
            [
                excel.zelle(self.ws, t, font=excel.BOLD, fill=excel.KOPF_FILL, border=excel.RAHMEN, alignment=_KOPF)
                for t in titel
            ]
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


def _anteil(value: float | None) -> Any:
    return value if value is not None else "–"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def _summe(items: Iterable[Fortschritt]) -> tuple[int, int, float | None, float | None]:
    """Zuständige, produktiv, share produktiv and share of Einwohner over the counted Leistungen."""
    quote = [f for f in items if f.zaehlt_fuer_quote]
    zust = sum(f.zustaendig for f in quote)
    prod = sum(f.produktiv for f in quote)
    basis = sum(f.einwohner_basis for f in quote)
    ew = sum(f.einwohner_produktiv for f in quote)
    return zust, prod, (prod / zust if zust else None), (ew / basis if basis else None)


def _deckblatt(wb: Workbook, d: BdvDaten) -> None:
    b = _Blatt(wb, "Deckblatt", d, [38, 78], kopfzeile=None)
    b.ws.page_setup.orientation = "portrait"
    b.zeile([excel.zelle(b.ws, "Bürgermeisterdienstversammlung", font=excel.TITEL)])
    b.zeile([excel.zelle(b.ws, d.gebiet, font=excel.TITEL)])
    b.zeile(["Stand der Nachnutzung der kommunalen EfA-Fokusleistungen (Kommunalpakt)"])
    b.zeile([])
    zust, prod, anteil, ew = _summe(d.kz.fortschritt_leistung)
    _, _, anteil_land, ew_land = _summe(d.kz.fortschritt_land)
    offen = sum(d.kz.huerden_offen.values())
    kategorien = ", ".join(f"{n} {k.label}" for k, n in d.kz.huerden_offen.items() if n)
    termin = d.kz.naechste_termine[0] if d.kz.naechste_termine else None
    fakten = [
        ("Stand", f"{d.stand:%d.%m.%Y %H:%M}"),
        ("Land", d.land.name),
        ("Erstellt von", d.land.dienststelle or f"Kommunale OZG-Koordination {d.land.name}"),
        ("Änderungen seit", f"{d.seit:%d.%m.%Y} ({d.seit_grund})"),
        ("", ""),
        ("Zuständige Nachnutzungen", f"{zust} (Kommunen × Leistungen, ohne Nr. 7 und 8)"),
        ("davon produktiv", f"{prod} = {_pct(anteil)} (Land: {_pct(anteil_land)})"),
        ("Einwohner mit produktiven Leistungen", f"{_pct(ew)} (Land: {_pct(ew_land)})"),
        ("Offene Hürden", f"{offen}" + (f" ({kategorien})" if kategorien else "")),
        (
            "Nächster Termin",
            f"{termin.beginn:%d.%m.%Y} {termin.titel}" if termin else "keiner geplant",
        ),
        ("Überfällige Aufgaben", str(len(d.kz.ueberfaellige_aufgaben))),
    ]
    for label, value in fakten:
        b.zeile([excel.zelle(b.ws, label, font=excel.BOLD), excel.zelle(b.ws, value, alignment=_OBEN)])
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "Legende der Matrix", font=_UNTERTITEL)])
    for st in STATUS_SPALTEN:
        b.zeile(
            [
                excel.zelle(
                    b.ws, f"{st.symbol} {st.kurz}", fill=excel.status_fill(st), border=excel.RAHMEN, alignment=_MITTE
                ),
                excel.zelle(b.ws, f"{st.label}: {ERLAEUTERUNG[st]}"),
            ]
        )
    b.zeile([excel.zelle(b.ws, "(leer)", border=excel.RAHMEN, alignment=_MITTE), "für diese Leistung nicht zuständig"])
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "Blätter", font=_UNTERTITEL)])
    for name, text in (
        ("Matrix", "zuständige Kommunen × Leistungen, mit Status"),
        ("Fortschritt", "je Leistung: Status der Kommunen, Anteil produktiv und Einwohner, Kreis gegen Land"),
        ("Änderungen", f"was sich seit dem {d.seit:%d.%m.%Y} geändert hat"),
        ("Hürden", "offene Hürden der Kommunen mit Handlungsempfehlungen"),
        ("Termine", "nächste Termine und überfällige Aufgaben"),
    ):
        b.zeile([excel.zelle(b.ws, name, font=excel.BOLD), text])
    b.zeile([])
    hinweis = (
        "Anteil produktiv: zuständige Kommunen mit Status „produktiv“ je zuständige Kommunen, summiert über die "
        "Leistungen. Anteil Einwohner: Einwohner, die eine Leistung produktiv nutzen können, je Einwohner aller "
        "zuständigen Kommunen. Leistung 7 (vollständig realisiert) und 8 (direkt durch das BMFSFJ) zählen nicht."
    )
    b.zeile(
        [
            excel.zelle(b.ws, "Berechnung", font=excel.BOLD, alignment=_OBEN),
            excel.zelle(b.ws, hinweis, alignment=_OBEN),
        ],
        hoehe=62,
    )
    b.zeile(
        [excel.zelle(b.ws, "Quelle", font=excel.BOLD, alignment=_OBEN), excel.zelle(b.ws, d.quelle, alignment=_OBEN)],
        hoehe=48,
    )


def _matrix(wb: Workbook, d: BdvDaten) -> None:
    b = _Blatt(wb, "Matrix", d, [30, 14, 18, *[10] * len(d.spalten), 9], kopfzeile=3, frei="D4", kopfhoehe=175)
    b.ws.print_title_cols = "A:A"
    b.titel(
        f"Nachnutzung – {d.gebiet}: zuständige Kommunen × Leistungen",
        "Jede Zelle: Symbol und Kurztext des Status (Legende auf dem Deckblatt); leer: nicht zuständig.",
    )
    kopf = dict(font=excel.BOLD, fill=excel.KOPF_FILL, border=excel.RAHMEN)
    b.zeile(
        [
            *[excel.zelle(b.ws, t, alignment=Alignment(vertical="bottom"), **kopf) for t in ("Kommune", "ARS", "Art")],
            *[excel.zelle(b.ws, f"{s.nr} {s.name}", alignment=_SENKRECHT, **kopf) for s in d.spalten],
            excel.zelle(b.ws, "produktiv (ohne 7, 8)", alignment=_SENKRECHT, **kopf),
        ]
    )
    leer = None  # not zuständig: no cell at all (half the matrix; keeps the file and the writing small)
    for z in d.zeilen:
        cells: list[Any] = [
            excel.zelle(b.ws, z.name),
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
            cells.append(excel.zelle(b.ws, f"{st.symbol} {st.kurz}", fill=excel.status_fill(st), alignment=_MITTE))
        cells.append(excel.zelle(b.ws, f"{prod} / {zust}", alignment=_MITTE))
        b.zeile(cells)
    b.fertig()


def _fortschritt(wb: Workbook, d: BdvDaten) -> None:
    breiten = [5, 38, 10, *[9] * len(STATUS_SPALTEN), 11, 11, 11, 11, 11, 30]
    b = _Blatt(wb, "Fortschritt", d, breiten, kopfzeile=3, frei="C4", kopfhoehe=45)
    b.titel(
        f"Fortschritt je Leistung – {d.gebiet} im Vergleich zum Land {d.land.name}",
        "Status: Zahl der zuständigen Kommunen. Δ: Kreis minus Land in Prozentpunkten.",
    )
    b.kopf(
        [
            "Nr.",
            "Leistung",
            "zuständig",
            *[st.label for st in STATUS_SPALTEN],
            "Anteil produktiv Kreis",
            "Anteil produktiv Land",
            "Δ Prozent-punkte",
            "Anteil Einwohner Kreis",
            "Anteil Einwohner Land",
            "Hinweis",
        ]
    )
    kreis = {f.key: f for f in d.kz.fortschritt_leistung}
    land = {f.key: f for f in d.kz.fortschritt_land}
    for item in d.kz.leistungen:
        fk, fl = kreis.get(item.nr), land.get(item.nr)
        ak = fk.anteil_produktiv if fk else None
        al = fl.anteil_produktiv if fl else None
        delta = round((ak - al) * 100, 1) if ak is not None and al is not None else "–"
        pct = {"number_format": excel.PROZENT_FORMAT}
        b.zeile(
            [
                excel.zelle(b.ws, item.nr),
                excel.zelle(b.ws, item.name),
                excel.zelle(b.ws, item.zustaendig),
                *[excel.zelle(b.ws, item.by_status.get(st, 0), fill=excel.status_fill(st)) for st in STATUS_SPALTEN],
                excel.zelle(b.ws, _anteil(ak), **pct),
                excel.zelle(b.ws, _anteil(al), **pct),
                excel.zelle(b.ws, delta, number_format="+0.0;-0.0;0.0"),
                excel.zelle(b.ws, _anteil(fk.anteil_einwohner if fk else None), **pct),
                excel.zelle(b.ws, _anteil(fl.anteil_einwohner if fl else None), **pct),
                excel.zelle(
                    b.ws,
                    (fk.hinweis if fk else "") or ("" if item.zustaendig else "im Kreis nicht zuständig"),
                ),
            ]
        )
    b.fertig()


def _aenderungen(wb: Workbook, d: BdvDaten) -> None:
    b = _Blatt(wb, "Änderungen", d, [11, 30, 14, 5, 28, 20, 22, 22, 30], kopfzeile=3, frei="A4")
    b.titel(
        f"Änderungen seit dem {d.seit:%d.%m.%Y} ({d.seit_grund}) bis zum {d.kz.stichtag:%d.%m.%Y}",
        f"{len(d.aenderungen)} Einträge der Historie, nach dem Tag, an dem die Änderung gilt.",
    )
    b.kopf(["gilt ab", "Kommune", "ARS", "Nr.", "Leistung", "Feld", "vorher", "nachher", "Quelle"])
    for a in d.aenderungen:
        b.zeile(
            [
                excel.zelle(b.ws, a.gueltig_ab, number_format=excel.DATUM_FORMAT),
                *[
                    excel.zelle(b.ws, v)
                    for v in (a.kommune, a.ars, a.leistung_nr, a.leistung, a.feld, a.alt, a.neu, a.quelle or "")
                ],
            ]
        )
    if not d.aenderungen:
        b.zeile(["keine Änderungen in diesem Zeitraum"])
    if d.aenderungen:
        b.fertig()


def _huerden(wb: Workbook, d: BdvDaten) -> None:
    b = _Blatt(wb, "Hürden", d, [16, 26, 40, 16, 30, 12, 11, 44], kopfzeile=3, frei="A4")
    b.titel(f"Offene Hürden – {d.gebiet}", "Nach Kategorie; mit der Handlungsempfehlung, soweit erfasst.")
    b.kopf(["Kategorie", "Unterart", "Hürde", "Status", "Kommunen", "Leistungen", "erfasst am", "Handlungsempfehlung"])
    for h in d.huerden:
        texte = [
            h.kategorie.label,
            h.unterart or "",
            h.titel,
            "",
            ", ".join(h.kommunen),
            "",
            "",
            h.handlungsempfehlung or "",
        ]
        b.zeile(
            hoehe=b.hoehe(texte),
            values=[
                excel.zelle(b.ws, v, alignment=_OBEN)
                for v in (
                    h.kategorie.label,
                    h.unterart or "",
                    h.titel,
                    h.status.label,
                    ", ".join(h.kommunen),
                    ", ".join(str(n) for n in h.leistungen),
                )
            ]
            + [
                excel.zelle(b.ws, h.erfasst_am, number_format=excel.DATUM_FORMAT, alignment=_OBEN),
                excel.zelle(b.ws, h.handlungsempfehlung or "", alignment=_OBEN),
            ],
        )
    if not d.huerden:
        b.zeile(["keine offenen Hürden"])
    b.fertig(filter=bool(d.huerden))


def _termine(wb: Workbook, d: BdvDaten) -> None:
    b = _Blatt(wb, "Termine", d, [16, 32, 50, 30, 40], kopfzeile=2, frei="A3")
    b.titel(f"Nächste Termine – {d.gebiet}")
    b.kopf(["Beginn", "Art", "Titel", "Ort", "Kommunen"])
    for t in d.kz.naechste_termine:
        b.zeile(
            hoehe=b.hoehe(["", t.art.label, t.titel, t.ort or "", ", ".join(t.kommunen)]),
            values=[
                excel.zelle(b.ws, t.beginn, number_format="DD.MM.YYYY HH:MM", alignment=_OBEN),
                *[
                    excel.zelle(b.ws, v, alignment=_OBEN)
                    for v in (t.art.label, t.titel, t.ort or "", ", ".join(t.kommunen))
                ],
            ],
        )
    if not d.kz.naechste_termine:
        b.zeile(["keine Termine geplant"])
    b.zeile([])
    b.zeile([excel.zelle(b.ws, "Überfällige Aufgaben", font=_UNTERTITEL)])
    b.kopf(["fällig seit", "aus Termin", "Aufgabe"])
    for a in d.kz.ueberfaellige_aufgaben:
        b.zeile(
            hoehe=b.hoehe(["", a.termin_titel or "", a.was]),
            values=[
                excel.zelle(b.ws, a.faellig, number_format=excel.DATUM_FORMAT, alignment=_OBEN),
                excel.zelle(b.ws, a.termin_titel or "", alignment=_OBEN),
                excel.zelle(b.ws, a.was, alignment=_OBEN),
            ],
        )
    if not d.kz.ueberfaellige_aufgaben:
        b.zeile(["keine"])
    b.fertig(filter=False)


def write_bdv(d: BdvDaten, ziel: Path) -> Path:
    wb = Workbook(write_only=True)
    for teil in (_deckblatt, _matrix, _fortschritt, _aenderungen, _huerden, _termine):
        teil(wb, d)
    excel.eigenschaften(
        wb,
        titel=f"Bürgermeisterdienstversammlung {d.gebiet}",
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
) -> Job[list[Path]]:
    """One workbook for ``kreis`` (``ziel`` a file), or with ``alle`` one per Kreis into the folder ``ziel``."""
    if alle == (kreis is not None):
        raise InputError("Bitte einen Kreis (--kreis) oder alle Kreise (--alle) wählen.")
    stand = stand or datetime.now().replace(microsecond=0)
    ziele = kreise(store) if alle else [finde_kreis(store, kreis or "")]
    if alle:
        if ziel.exists() and not ziel.is_dir():
            raise InputError(f"{ziel} ist eine Datei; mit --alle bitte einen Ordner angeben.")
        ziel.mkdir(parents=True, exist_ok=True)
    elif ziel.suffix.lower() != ".xlsx":
        raise InputError(f"{ziel}: bitte eine Zieldatei mit der Endung .xlsx angeben.")
    elif not ziel.parent.is_dir():
        raise InputError(f"Den Ordner {ziel.parent} gibt es nicht.")
    land = fortschritt(store) if alle else None  # the Land's side of "Kreis against Land", once
    if not alle:
        k = ziele[0]
        yield Progress(0, 1, f"Bürgermeisterdienstversammlung {k.name} …")
        pfad = write_bdv(bdv_daten(store, k, stichtag=stichtag, seit=seit, stand=stand, land=land), ziel)
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
            d = bdv_daten(store, k, stichtag=stichtag, seit=seit, stand=stand, land=land)
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
