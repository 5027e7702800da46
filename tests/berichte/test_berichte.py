"""BDV workbook, PDF Lagebericht and Nachfrage-Bündelung read back: contents, styles, print set-up, text stays text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import STICHTAG
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, insert, select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import KpaktError
from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.berichte.bdv import bdv_job, dateiname
from kpakt_desktop.services.berichte.buendelung import buendelung_job
from kpakt_desktop.services.berichte.daten import aenderungen_seit
from kpakt_desktop.services.berichte.lagebericht import kennzahlen_zeilen, lage_daten, lagebericht_job, prozent, zahl
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.kennzahlen import finde_kreis, kennzahlen, kreise
from kpakt_desktop.services.matrix import MatrixFilter, MatrixQuery
from kpakt_desktop.services.nachnutzung import Aenderung, FachverfahrenAngabe, aendern
from kpakt_desktop.store.models import Huerde, Kommune, Leistung, Nachnutzung, huerde_kommune

STAND = datetime(2026, 11, 1, 9, 30)
HOSTILE = ['=HYPERLINK("http://x","klick")', "+1", "-1", "@SUM(A1)", "\t=1"]


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.fixture
def ahrweiler(rp_demo):
    """The Kreis Ahrweiler with hostile text in a Hürde and in a Fachverfahren changed on the Stichtag."""
    kreis = finde_kreis(rp_demo, "Ahrweiler")
    with rp_demo.write() as s:
        kid = s.scalar(select(Kommune.id).where(Kommune.kreis_id == kreis.id).order_by(Kommune.ars).limit(1))
        h = Huerde(
            titel=HOSTILE[0],
            unterart=HOSTILE[3],
            kategorie=HuerdeKategorie.RECHTLICH,
            status=HuerdeStatus.OFFEN,
            erfasst_am=STICHTAG,
            handlungsempfehlung=HOSTILE[4],
            beschreibung=HOSTILE[1],
        )
        s.add(h)
        s.flush()
        zweite = Huerde(
            titel=HOSTILE[1], kategorie=HuerdeKategorie.TECHNISCH, status=HuerdeStatus.OFFEN, erfasst_am=STICHTAG
        )
        s.add(zweite)
        s.flush()
        s.execute(insert(huerde_kommune), [{"huerde_id": x.id, "kommune_id": kid} for x in (h, zweite)])
        nid = s.scalar(select(Nachnutzung.id).where(Nachnutzung.kommune_id == kid).order_by(Nachnutzung.leistung_nr))
    aendern(
        rp_demo,
        [nid],
        Aenderung({"fachverfahren": FachverfahrenAngabe(HOSTILE[2], None)}, gueltig_ab=STICHTAG),
        benutzer="t",
        jetzt=datetime(2026, 11, 1, 12, 0),
    )
    return kreis


def test_bdv_workbook_contents_print_setup_and_text_stays_text(rp_demo, ahrweiler, tmp_path):
    ziel = tmp_path / "bdv.xlsx"
    seit = date(2026, 6, 1)
    [pfad] = run_job(bdv_job(rp_demo, ziel, kreis="071310000000", seit=seit, stichtag=STICHTAG, stand=STAND))
    wb = load_workbook(pfad)
    assert wb.sheetnames == ["Deckblatt", "Matrix", "Fortschritt", "Änderungen", "Hürden", "Termine"]
    assert wb.properties.title == "Bürgermeisterdienstversammlung Ahrweiler" and wb.properties.creator
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == ("portrait" if ws.title == "Deckblatt" else "landscape")
        assert int(ws.page_setup.paperSize) == 9 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert "Stand 01.11.2026 09:30" in ws.oddHeader.right.text and ws.oddFooter.right.text == "Seite &P von &N"
    # Deckblatt: legend with colour and symbol, Destatis attribution.
    deck = wb["Deckblatt"]
    texte = [c.value for row in deck.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("Statistisches Bundesamt (Destatis)" in t and "dl-de/by-2-0" in t for t in texte)
    legende = {c.value: c for row in deck.iter_rows() for c in row if c.value == f"{Status.PRODUKTIV.symbol} prod."}
    assert legende and next(iter(legende.values())).fill.fgColor.rgb.endswith(Status.PRODUKTIV.farbe[1:].upper())
    # Matrix: every zuständige Kommune of the Kreis, status as colour AND symbol + short text.
    ws = wb["Matrix"]
    assert ws.freeze_panes == "D4" and ws.print_title_rows == "$3:$3" and ws.auto_filter.ref.startswith("A3:")
    query = MatrixQuery(rp_demo)
    ids = query.zeilen_ids(MatrixFilter(kreis_id=ahrweiler.id))
    zeilen = query.zeilen(ids)
    spalten = query.spalten()
    assert [ws.cell(row=r, column=1).value for r in range(4, 4 + len(ids))] == [zeilen[i].name for i in ids]
    assert ws.max_row == 3 + len(ids)
    erste = zeilen[ids[0]]
    for c, sp in enumerate(spalten, start=4):
        cell = ws.cell(row=4, column=c)
        z = erste.zellen.get(sp.nr)
        if z is None or not z.status.aktiv:
            assert cell.value is None
        else:
            assert cell.value in (f"{z.status.symbol} {z.status.kurz}", f"{z.status.symbol} {z.status.kurz} Δ")
            assert cell.fill.fgColor.rgb.endswith(z.status.farbe[1:].upper())
    # Fortschritt: Kreis against Land from the shared kennzahlen service.
    kz = kennzahlen(rp_demo, stichtag=STICHTAG, kreis_id=ahrweiler.id)
    fs = wb["Fortschritt"]
    land = {f.key: f for f in kz.fortschritt_land}
    eins = next(r for r in range(4, fs.max_row + 1) if fs.cell(row=r, column=1).value == 1)
    heads = [fs.cell(row=3, column=c).value for c in range(1, fs.max_column + 1)]
    assert fs.cell(row=eins, column=heads.index("zuständig") + 1).value == kz.leistungen[0].zustaendig
    wert = fs.cell(row=eins, column=heads.index("Anteil produktiv Land") + 1)
    assert wert.value == pytest.approx(land[1].anteil_produktiv) and wert.number_format == "0.0%"
    # Änderungen since the given date, hostile Fachverfahren name as text.
    ae = wb["Änderungen"]
    erwartet = aenderungen_seit(rp_demo, seit, kreis_id=ahrweiler.id, bis=STICHTAG)
    assert ae.max_row == 3 + len(erwartet) and len(erwartet) > 1
    assert "01.06.2026 (angegeben)" in ae["A1"].value
    hostile_cells = [c for row in ae.iter_rows() for c in row if c.value == HOSTILE[2]]
    assert hostile_cells and all(c.data_type == "s" for c in hostile_cells)
    # Hürden: every hostile string stays a string, no formula anywhere in the workbook.
    hu = wb["Hürden"]
    werte = {c.value: c for row in hu.iter_rows() for c in row}
    for text in (HOSTILE[0], HOSTILE[1], HOSTILE[3], HOSTILE[4]):
        assert werte[text].data_type == "s" and werte[text].quotePrefix, repr(text)
    for sheet in wb.worksheets:
        assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_bdv_default_since_last_bdv_and_alle(rp_demo, tmp_path):
    [pfad] = run_job(bdv_job(rp_demo, tmp_path / "a.xlsx", kreis="Ahrweiler", stichtag=STICHTAG, stand=STAND))
    assert "(letzte Bürgermeisterdienstversammlung)" in load_workbook(pfad)["Änderungen"]["A1"].value


def test_bdv_cli_alle_writes_one_file_per_kreis(tmp_path, capsys):
    # The Saarland: six Kreise (one a Regionalverband) keep this end-to-end run short.
    db = ["--db", str(tmp_path / "sl.sqlite")]
    assert run([*db, "demo", "--land", "SL", "--seed", "1", "--stichtag", "2026-11-01"]) == 0
    capsys.readouterr()
    assert run([*db, "report", "bdv", "--alle", "-o", str(tmp_path / "alle"), "--stichtag", "2026-11-01"]) == 0
    files = sorted((tmp_path / "alle").glob("BDV_*.xlsx"))
    assert len(files) == 6 and len(capsys.readouterr().out.splitlines()) == 6
    assert any("Regionalverband_Saarbrücken" in f.name for f in files)
    assert not list((tmp_path / "alle").glob("*.tmp"))


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["report", "bdv", "--kreis", "Atlantis", "-o", "x.xlsx"], 2, "kein Landkreis"),
        (["report", "bdv", "--kreis", "Ahrweiler", "-o", "x.pdf"], 2, "Endung .xlsx"),
        (["report", "bdv", "--kreis", "Ahrweiler", "--alle", "-o", "x"], 2, "--alle"),
        (["report", "bdv", "--kreis", "Ahrweiler", "-o", "x.xlsx", "--seit", "1.1.2026"], 2, "JJJJ-MM-TT"),
        (["report", "lagebericht", "-o", "x.xlsx"], 2, "Endung .pdf"),
        (["report", "bdv", "--alle", "-o", "datei"], 2, "ist eine Datei"),
        (["report", "buendelung", "-o", "fehlt/x.xlsx"], 2, "gibt es nicht"),
    ],
)
def test_report_cli_refuses_bad_input(rp_demo_path, tmp_path, capsys, monkeypatch, args, code, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "datei").write_text("schon da")
    assert run(["--db", str(rp_demo_path), *args]) == code
    assert text in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def _pdf_text(pfad) -> str:
    """The text of every page, white space (line breaks in table cells) folded to single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pfad).pages).split())


def test_lagebericht_contains_the_service_figures(rp_demo, ahrweiler, tmp_path):
    pfad = run_job(lagebericht_job(rp_demo, tmp_path / "lage.pdf", stichtag=STICHTAG, stand=STAND))
    reader = PdfReader(pfad)
    text = _pdf_text(pfad)
    n = len(reader.pages)
    assert n >= 5 and f"Seite 1 von {n}" in text and f"Seite {n} von {n}" in text
    assert "Lagebericht Kommunalpakt" in text and "Rheinland-Pfalz" in text and "Stichtag: 01.11.2026" in text
    kz = kennzahlen(rp_demo, stichtag=STICHTAG)
    d = lage_daten(rp_demo, stichtag=STICHTAG, stand=STAND)
    for label, wert in kennzahlen_zeilen(d):
        assert label in text and wert.split(" (")[0] in text
    quote = [f for f in kz.fortschritt_leistung if f.zaehlt_fuer_quote]
    zust, prod = sum(f.zustaendig for f in quote), sum(f.produktiv for f in quote)
    assert f"Zuständige Nachnutzungen (Kommune × Leistung, ohne Nr. 7 und 8) {zahl(zust)}" in text
    assert f"davon produktiv {zahl(prod)} ({prozent(prod / zust)})" in text
    assert f"Kommunen mit mindestens einer produktiven Leistung {kz.golive[-1].kommunen}" in text
    # Every report says how it counts, and which register it counts with.
    assert "So rechnen wir" in text and "Einwohnergewichteter Anteil produktiv" in text
    assert "Gebietsstand 31.12.2020" in text
    offen = kz.huerden_offen
    assert f"Offene Hürden {sum(offen.values())} ({offen[HuerdeKategorie.ORGANISATORISCH]} organisatorisch" in text
    for f in kz.fortschritt_kreis:
        assert f.name in text
    leistung = next(f for f in kz.fortschritt_leistung if f.key == 1)
    assert prozent(leistung.anteil_produktiv) in text and zahl(kz.leistungen[0].zustaendig) in text
    assert "Handlungsempfehlung" in text and "Musterlösung landesweit bereitstellen." in text
    # Text from the database is printed as text, not read as markup (long words wrap inside the cell).
    assert 'HYPERLINK("http://x","klick")' in text.replace(" ", "")
    assert "Zuständige Nachnutzungen" in text and "Überfällige Aufgaben" in text  # umlauts extract as such
    # Fonts are embedded (TrueType subsets of DejaVu Sans).
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/FontDescriptor" in font:
                fonts.add(("/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]))
    assert fonts and all(embedded for embedded, _ in fonts)


def test_lagebericht_for_one_kreis_compares_with_the_land(rp_demo_path, tmp_path):
    ziel = tmp_path / "lage.pdf"
    args = ["--db", str(rp_demo_path), "report", "lagebericht", "--kreis", "Ahrweiler", "-o", str(ziel)]
    assert run([*args, "--stichtag", "2026-11-01"]) == 0
    text = _pdf_text(ziel)
    assert "Ahrweiler (Rheinland-Pfalz)" in text and "zum Vergleich: Land, Anteil produktiv" in text
    assert "Land prod." in text


def test_buendelung_counts_every_open_connection(rp_demo, tmp_path):
    with rp_demo.read() as s:
        offen = s.scalar(
            select(func.count())
            .select_from(Nachnutzung)
            .join(Leistung, Leistung.nr == Nachnutzung.leistung_nr)
            .where(
                Nachnutzung.status.not_in([Status.PRODUKTIV, Status.NICHT_MEHR_ZUSTAENDIG]),
                Leistung.vollstaendig_realisiert.is_(False),
                Leistung.bund_direkt.is_(False),
            )
        )
        nid = s.scalar(
            select(Nachnutzung.id).where(Nachnutzung.status == Status.OFFEN, Nachnutzung.leistung_nr == 1).limit(1)
        )
    aendern(
        rp_demo, [nid], Aenderung({"fachverfahren": FachverfahrenAngabe("@Verfahren", "=Hersteller")}), benutzer="t"
    )
    pfad = run_job(buendelung_job(rp_demo, tmp_path / "b.xlsx", stand=STAND))
    wb = load_workbook(pfad)
    assert wb.sheetnames == ["Übersicht", "Fachverfahren", "Hersteller", "IT-Dienstleister", "Kommunen"]
    fv = wb["Fachverfahren"]
    assert fv.auto_filter.ref.startswith("A4:") and fv.print_title_rows == "$4:$4" and fv.freeze_panes == "A5"
    kopf = [c.value for c in fv[4]]
    spalte = kopf.index("Kommunen") + 1
    assert sum(fv.cell(row=r, column=spalte).value for r in range(5, fv.max_row + 1)) == offen
    itdl = wb["IT-Dienstleister"]
    assert sum(itdl.cell(row=r, column=4).value for r in range(5, itdl.max_row + 1)) == offen
    assert wb["Kommunen"].max_row == 4 + offen
    cells = {c.value: c for row in fv.iter_rows() for c in row}
    assert cells["@Verfahren"].data_type == "s" and cells["=Hersteller"].quotePrefix
    assert any("Destatis" in (c.value or "") for c in wb["Übersicht"]["A"])


def test_bdv_workbook_of_the_whole_land(rp_demo, tmp_path):
    from kpakt_desktop.services.berichte.bdv import bdv_daten, write_bdv

    d = bdv_daten(rp_demo, None, stichtag=STICHTAG, stand=STAND)
    wb = load_workbook(write_bdv(d, tmp_path / "land.xlsx"))
    assert wb["Deckblatt"]["A2"].value == "Land Rheinland-Pfalz"
    assert wb["Matrix"].max_row == 3 + len(MatrixQuery(rp_demo).zeilen_ids(MatrixFilter())) == 3 + len(d.zeilen)
    assert "(letzte drei Monate)" in wb["Änderungen"]["A1"].value


def _earlier_report(store, folder: Path) -> tuple[Path, bytes]:
    """A report of the same day from an earlier run, in the first Kreis's file name."""
    folder.mkdir()
    frueher = folder / dateiname(kreise(store)[0], STAND)
    frueher.write_bytes(b"Bericht vom Vormittag")
    return frueher, frueher.read_bytes()


def test_cancelled_bdv_for_all_kreise_leaves_the_folder_as_it_was(rp_demo, tmp_path):
    frueher, inhalt = _earlier_report(rp_demo, tmp_path / "alle")
    job = bdv_job(rp_demo, tmp_path / "alle", alle=True, stichtag=STICHTAG, stand=STAND)
    for _ in range(3):  # two workbooks written, the third under way
        next(job)
    assert [p.name for p in (tmp_path / "alle").glob("*.xlsx")] == [frueher.name]  # all appear at the end
    job.close()
    assert list((tmp_path / "alle").iterdir()) == [frueher] and frueher.read_bytes() == inhalt


@pytest.mark.slow
def test_failed_bdv_for_all_kreise_writes_none(rp_demo, tmp_path, monkeypatch):
    """The disk fills up at the third Kreis: an error, and no half set of reports next to older ones."""
    from kpakt_desktop.services.berichte import bdv

    frueher, inhalt = _earlier_report(rp_demo, tmp_path / "alle")
    echt = bdv.write_bdv
    calls: list[Path] = []

    def write(d, ziel):
        calls.append(ziel)
        if len(calls) == 3:
            raise OSError(28, "Auf dem Datenträger ist kein Speicherplatz mehr verfügbar")
        return echt(d, ziel)

    monkeypatch.setattr(bdv, "write_bdv", write)
    with pytest.raises(OSError):
        run_job(bdv_job(rp_demo, tmp_path / "alle", alle=True, stichtag=STICHTAG, stand=STAND))
    assert list((tmp_path / "alle").iterdir()) == [frueher] and frueher.read_bytes() == inhalt
    monkeypatch.setattr(bdv, "write_bdv", echt)
    geschrieben = run_job(bdv_job(rp_demo, tmp_path / "alle", alle=True, stichtag=STICHTAG, stand=STAND))
    assert len(geschrieben) == len(kreise(rp_demo)) == 36 and all(p.parent == tmp_path / "alle" for p in geschrieben)
    assert frueher in geschrieben and frueher.read_bytes() != inhalt  # replaced only now, by a whole new set


def test_reports_of_a_fresh_database_without_office_data(rp_init, tmp_path):
    """Nothing produktiv, no Hürden, no Termine: every report still comes out and says so."""
    pdf = run_job(lagebericht_job(rp_init, tmp_path / "lage.pdf", stichtag=STICHTAG, stand=STAND))
    text = _pdf_text(pdf)
    assert "noch keine Leistung produktiv" in text and "keine offenen Hürden" in text
    assert "keine Termine geplant" in text
    [bdv] = run_job(bdv_job(rp_init, tmp_path / "bdv.xlsx", kreis="Ahrweiler", stichtag=STICHTAG, stand=STAND))
    wb = load_workbook(bdv)
    assert wb["Hürden"]["A4"].value == "keine offenen Hürden" and wb["Änderungen"]["A4"].value.startswith("keine")
    bue = load_workbook(run_job(buendelung_job(rp_init, tmp_path / "b.xlsx", stand=STAND)))
    assert bue["Kommunen"].max_row > 100  # every zuständige Kommune still needs every connection


@pytest.mark.slow
def test_bdv_for_all_kreise_when_two_kreise_share_a_name(rp_demo, tmp_path):
    """As Stadt and Landkreis Ansbach in Bayern: two reports, told apart by the Kreis key."""
    erster, zweiter, *_ = kreise(rp_demo)
    with rp_demo.write() as s:
        s.get(Kommune, zweiter.id).name = erster.name
    geschrieben = run_job(bdv_job(rp_demo, tmp_path / "alle", alle=True, stichtag=STICHTAG, stand=STAND))
    assert len(geschrieben) == len(set(geschrieben)) == 36
    doppelt = sorted(p.name for p in geschrieben if p.name.startswith(f"BDV_{erster.name}_"))
    assert doppelt == sorted(f"BDV_{erster.name}_{k.ars[:5]}_2026-11-01.xlsx" for k in (erster, zweiter))
    matrizen = [
        [row for row in load_workbook(tmp_path / "alle" / n)["Matrix"].iter_rows(min_row=4, values_only=True)]
        for n in doppelt
    ]
    assert matrizen[0] != matrizen[1]  # each its own Kreis's Kommunen, not one report twice


@pytest.mark.slow
def test_bdv_for_all_kreise_puts_everything_back_when_a_file_cannot_be_replaced(rp_demo, tmp_path, monkeypatch):
    """Moving the new set in fails at the third file (e.g. open in Excel on Windows): the reports from
    before are back, none of the new set stays, and the message names the file."""
    frueher, inhalt = _earlier_report(rp_demo, tmp_path / "alle")
    echt = Path.replace
    moved: list[Path] = []

    def replace(self: Path, target):
        if Path(target).parent == tmp_path / "alle" and self.parent.name.startswith(".bdv-"):
            moved.append(Path(target))
            if len(moved) == 3:
                raise PermissionError(13, "Zugriff verweigert")
        return echt(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    with pytest.raises(KpaktError) as err:
        run_job(bdv_job(rp_demo, tmp_path / "alle", alle=True, stichtag=STICHTAG, stand=STAND))
    assert str(moved[2]) in str(err.value) and "schreibgeschützt" in str(err.value)
    assert list((tmp_path / "alle").iterdir()) == [frueher] and frueher.read_bytes() == inhalt
