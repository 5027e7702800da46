"""Reports a Bürgermeister can act on (issue 16): the BDV workbook, the PDF Lagebericht and the
Nachfrage-Bündelung read back as their readers see them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import STICHTAG
from lesbarkeit import probleme, schriften
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from sqlalchemy import insert, select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.huerden import HuerdeKategorie, HuerdeStatus
from kpakt_desktop.domain.status import Status
from kpakt_desktop.services.berichte import pdf
from kpakt_desktop.services.berichte.bdv import GEAENDERT, bdv_job
from kpakt_desktop.services.berichte.buendelung import buendelung, buendelung_job
from kpakt_desktop.services.berichte.lagebericht import _golive_chart, _status_chart, lage_daten, lagebericht_job
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.kennzahlen import finde_kreis, kennzahlen
from kpakt_desktop.services.nachnutzung import Aenderung, aendern, wiederherstellen
from kpakt_desktop.store.models import (
    Aufgabe,
    Huerde,
    Kommune,
    Kontakt,
    Leistung,
    Nachnutzung,
    huerde_kommune,
    huerde_leistung,
)

STAND = datetime(2026, 12, 3, 9, 0)
HEUTE = STAND.date()
LETZTE_BDV = date(2026, 11, 19)


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def _zelle(store, kreis: str, nr: int, *, index: int = 0) -> tuple[int, int, str]:
    """(Nachnutzung id, Kommune id, Kommune name) of a zuständige cell of Leistung ``nr`` in the Kreis."""
    k = finde_kreis(store, kreis)
    with store.read() as s:
        rows = s.execute(
            select(Nachnutzung.id, Kommune.id, Kommune.name)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .where(
                Kommune.kreis_id == k.id,
                Nachnutzung.leistung_nr == nr,
                Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG,
            )
            .order_by(Kommune.ars)
        ).all()
    return tuple(rows[index])  # type: ignore[return-value]


def _zeilen(ws, kopfzeile: int) -> list[dict[str, object]]:
    kopf = [c.value for c in ws[kopfzeile]]
    return [dict(zip(kopf, r, strict=False)) for r in ws.iter_rows(min_row=kopfzeile + 1, values_only=True)]


def test_bdv_lists_what_became_known_since_the_last_bdv_net_and_marks_the_cells(rp_demo, tmp_path):
    # Reported on 03.12. with effect from 15.11.: before the last BDV by its effect, after it by its report.
    spaet, _kid, name = _zelle(rp_demo, "Ahrweiler", 1)
    aendern(
        rp_demo,
        [spaet],
        Aenderung({"kosten_einmalig": 12000}, gueltig_ab=date(2026, 11, 15)),
        benutzer="t",
        jetzt=datetime(2026, 12, 3, 8, 0),
    )
    # A change and its undo within the period: nothing to report.
    hin_zurueck, _, _ = _zelle(rp_demo, "Ahrweiler", 1, index=1)
    e = aendern(rp_demo, [hin_zurueck], Aenderung({"kosten_jaehrlich": 999}), benutzer="t", jetzt=STAND)
    wiederherstellen(rp_demo, e, benutzer="t", jetzt=datetime(2026, 12, 3, 9, 5))
    # Two steps: one net change from the first value to the last.
    zwei, kid2, _ = _zelle(rp_demo, "Ahrweiler", 3)
    with rp_demo.read() as s:
        vorher = s.get(Nachnutzung, zwei).kosten_jaehrlich
    for wert, tag in ((100, 20), (250, 25)):
        aendern(rp_demo, [zwei], Aenderung({"kosten_jaehrlich": wert}), benutzer="t", jetzt=datetime(2026, 11, tag, 10))
    # Recorded before the last BDV: not in this one.
    frueh, _, _ = _zelle(rp_demo, "Ahrweiler", 9)
    aendern(rp_demo, [frueh], Aenderung({"kosten_einmalig": 7}), benutzer="t", jetzt=datetime(2026, 11, 10, 10))

    [pfad] = run_job(
        bdv_job(rp_demo, tmp_path / "b.xlsx", kreis="Ahrweiler", seit=LETZTE_BDV, stichtag=HEUTE, stand=STAND)
    )
    wb = load_workbook(pfad)
    zeilen = [z for z in _zeilen(wb["Änderungen"], 3) if z["Kommune"]]
    kosten = [z for z in zeilen if str(z["Feld"]).startswith("Kosten")]
    assert {(z["Nr."], z["Feld"]) for z in kosten} == {(1, "Kosten einmalig (€)"), (3, "Kosten jährlich (€)")}
    spaete = next(z for z in kosten if z["Nr."] == 1)
    assert spaete["erfasst am"].date() == HEUTE and spaete["gilt ab"].date() == date(2026, 11, 15)
    assert spaete["Kommune"] == name and spaete["nachher"] == "12000"
    netto = next(z for z in kosten if z["Nr."] == 3)
    assert netto["vorher"] == (str(vorher) if vorher is not None else "–") and netto["nachher"] == "250"
    # The Matrix marks exactly the changed cells (symbol and frame), in the Kommune's row.
    ws = wb["Matrix"]
    kopf = [c.value for c in ws[3]]
    spalte = {int(str(t).split()[0]): i + 1 for i, t in enumerate(kopf) if t and str(t)[0].isdigit()}
    namen = {ws.cell(row=r, column=1).value: r for r in range(4, ws.max_row + 1)}
    with rp_demo.read() as s:
        name2 = s.get(Kommune, kid2).name
    markiert = {
        (ws.cell(row=r, column=1).value, nr)
        for r in range(4, ws.max_row + 1)
        for nr, c in spalte.items()
        if str(ws.cell(row=r, column=c).value or "").endswith(GEAENDERT)
    }
    assert (
        (name, 1) in markiert
        and (name2, 3) in markiert
        and len(markiert) == len({(z["Kommune"], z["Nr."]) for z in zeilen})
    )
    zelle = ws.cell(row=namen[name], column=spalte[1])
    assert zelle.border.left.style == "medium"


def test_bdv_huerden_of_the_kreis_only_with_readable_names_and_bemerkungen(rp_demo, tmp_path):
    ahrweiler = finde_kreis(rp_demo, "Ahrweiler")
    with rp_demo.write() as s:
        eigene = s.scalars(
            select(Kommune).where(Kommune.kreis_id == ahrweiler.id, Kommune.name.contains(",")).order_by(Kommune.ars)
        ).all()[:2]
        fremde = s.scalars(select(Kommune).where(Kommune.kreis_id != ahrweiler.id).limit(1)).one()
        h = Huerde(
            titel="Schnittstelle fehlt",
            kategorie=HuerdeKategorie.TECHNISCH,
            status=HuerdeStatus.OFFEN,
            erfasst_am=STICHTAG,
        )
        s.add(h)
        s.flush()
        s.execute(insert(huerde_kommune), [{"huerde_id": h.id, "kommune_id": k.id} for k in [*eigene, fremde]])
        s.execute(insert(huerde_leistung), [{"huerde_id": h.id, "leistung_nr": 4}])
        eigene[0].notiz = "Bürgermeisterwahl im März; danach Termin vereinbaren"
        namen = [k.name for k in eigene]
        fremd = fremde.name
        leistung4 = s.get(Leistung, 4).name
    [pfad] = run_job(bdv_job(rp_demo, tmp_path / "b.xlsx", kreis="Ahrweiler", stichtag=STICHTAG, stand=STAND))
    wb = load_workbook(pfad)
    zeile = next(z for z in _zeilen(wb["Hürden"], 3) if z["Hürde"] == "Schnittstelle fehlt")
    assert zeile["Kommunen"] == "; ".join(sorted(namen)) and fremd not in zeile["Kommunen"]
    assert zeile["Leistungen"] == f"4 – {leistung4}"
    matrix = {z["Kommune"]: z for z in _zeilen(wb["Matrix"], 3)}
    assert matrix[namen[0]]["Bemerkung"] == "Bürgermeisterwahl im März; danach Termin vereinbaren"


@pytest.mark.slow
def test_bdv_bundelung_and_kosten_nothing_cut_one_font_money(rp_demo, tmp_path):
    """A long note, a long Fachverfahren name: the columns follow the content, nothing is cut."""
    with rp_demo.write() as s:
        k = s.scalars(select(Kommune).where(Kommune.kreis_id == finde_kreis(rp_demo, "Ahrweiler").id).limit(1)).one()
        k.notiz = (
            "Vereinbarung mit dem Landkreis zur gemeinsamen Anbindung der Unternehmensanmeldung & -genehmigung " * 2
        )
    [bdv] = run_job(bdv_job(rp_demo, tmp_path / "b.xlsx", kreis="Ahrweiler", stichtag=STICHTAG, stand=STAND))
    [stadt] = run_job(bdv_job(rp_demo, tmp_path / "s.xlsx", kreis="Koblenz", stichtag=STICHTAG, stand=STAND))
    bue = run_job(buendelung_job(rp_demo, tmp_path / "n.xlsx", stand=STAND))
    from kpakt_desktop.services.berichte.kosten import kosten_job

    kosten = run_job(kosten_job(rp_demo, tmp_path / "k.xlsx", stichtag=STICHTAG, stand=STAND))
    for pfad in (bdv, stadt, bue, kosten):
        wb = load_workbook(pfad)
        assert schriften(wb) == {"Arial"}, pfad.name
        for ws in wb.worksheets:
            assert probleme(ws) == [], (pfad.name, probleme(ws)[:5])
    wb = load_workbook(stadt)
    geld = [
        c for row in wb["Leistungen"].iter_rows(min_row=4) for c in row if isinstance(c.value, int) and c.column > 8
    ]
    assert geld and all("€" in c.number_format for c in geld)


def test_bdv_refuses_a_future_seit_and_prints_the_matrix_on_a3(rp_demo_path, tmp_path, capsys):
    db = ["--db", str(rp_demo_path), "report", "bdv", "--kreis", "Ahrweiler"]
    ziel = tmp_path / "b.xlsx"
    assert run([*db, "-o", str(ziel), "--seit", "2099-01-01"]) == 2
    assert "in der Zukunft" in capsys.readouterr().err and not ziel.exists()
    assert run([*db, "-o", str(ziel), "--a3"]) == 0
    wb = load_workbook(ziel)
    assert int(wb["Matrix"].page_setup.paperSize) == 8 and int(wb["Fortschritt"].page_setup.paperSize) == 9


def test_bdv_of_a_kreisfreie_stadt_lists_its_leistungen(rp_demo, tmp_path):
    koblenz = finde_kreis(rp_demo, "Koblenz")
    [pfad] = run_job(bdv_job(rp_demo, tmp_path / "k.xlsx", kreis="Koblenz", stichtag=STICHTAG, stand=STAND))
    wb = load_workbook(pfad)
    assert wb.sheetnames == ["Deckblatt", "Leistungen", "Fortschritt", "Änderungen", "Hürden", "Termine"]
    assert wb["Deckblatt"]["A1"].value == "Fachbereichsleitungstreffen" and "Bürgermeister" not in wb.properties.title
    with rp_demo.read() as s:
        erwartet = sorted(
            s.scalars(
                select(Nachnutzung.leistung_nr).where(
                    Nachnutzung.kommune_id == koblenz.id, Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG
                )
            )
        )
    zeilen = _zeilen(wb["Leistungen"], 3)
    assert [z["Nr."] for z in zeilen] == erwartet and len(erwartet) > 5
    assert all(z["Fachverfahren"] is not None or z["Status"] for z in zeilen)


def _pdf_text(pfad) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pfad).pages).split())


def test_lagebericht_glyphs_whole_names_and_charts(rp_demo, tmp_path):
    kreis = finde_kreis(rp_demo, "Ahrweiler")
    with rp_demo.write() as s:
        kid = s.scalar(select(Kommune.id).where(Kommune.kreis_id == kreis.id).order_by(Kommune.ars).limit(1))
        h = Huerde(
            titel="Übergabe → Fachverfahren: Δ beim Datenformat ✓ geprüft (Gmina Łódź)",
            kategorie=HuerdeKategorie.TECHNISCH,
            status=HuerdeStatus.OFFEN,
            erfasst_am=STICHTAG,
        )
        s.add(h)
        s.flush()
        s.execute(insert(huerde_kommune), [{"huerde_id": h.id, "kommune_id": kid}])
        s.add(Aufgabe(was="Kostenschätzung anfordern", wer="Frau Beispiel (Kreisverwaltung)", faellig=date(2026, 9, 1)))
        # One absurd date: a produktiv cell "seit 1925" without history.
        nid = s.scalar(select(Nachnutzung.id).where(Nachnutzung.status == Status.PRODUKTIV).limit(1))
        s.get(Nachnutzung, nid).status_seit = date(1925, 1, 1)
    pfad = run_job(lagebericht_job(rp_demo, tmp_path / "l.pdf", stichtag=STICHTAG, stand=STAND))
    text = _pdf_text(pfad)
    # Every character printed is in the embedded font (nothing prints as an empty box).
    face = TTFont("pruefung", str(pdf.schrift_datei(pdf.SCHRIFT))).face
    fett = TTFont("pruefung-fett", str(pdf.schrift_datei(pdf.SCHRIFT_FETT))).face
    fehlend = {z for z in set(text) if z != " " and (ord(z) not in face.charToGlyph or ord(z) not in fett.charToGlyph)}
    assert fehlend == set()
    assert "Übergabe → Fachverfahren: Δ beim Datenformat ✓ geprüft (Gmina Łódź)" in text
    fonts = {
        str(f.get_object()["/BaseFont"]) for page in PdfReader(pfad).pages for f in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVu" in f for f in fonts)
    # Full Leistung names, no word broken in the middle (a broken word would extract with a space in it).
    kz = kennzahlen(rp_demo, stichtag=STICHTAG)
    for x in kz.leistungen:
        assert x.name in text, x.name
    for f in kz.fortschritt_kreis:
        assert f.name in text
    # Overdue tasks name who is responsible.
    assert "Frau Beispiel (Kreisverwaltung)" in text and "verantwortlich" in text
    # The go-live chart is not alone on its page.
    seiten = [" ".join(p.extract_text().split()) for p in PdfReader(pfad).pages]
    golive = next(t for t in seiten if "Go-live-Kurve" in t)
    assert "Zusammenfassung" in golive or "Stand je Leistung" in golive
    # Charts: the time axis starts in 2020 at the earliest; bars carry symbol and share (b/w print).
    chart = _golive_chart(kz, 500).contents[0]
    jahre = {int(n.split()[-1]) for n in chart.categoryAxis.categoryNames if n}
    assert jahre and min(jahre) >= 2020 and max(jahre) <= STICHTAG.year
    assert sum(1 for n in chart.categoryAxis.categoryNames if n) <= 12
    bars = _status_chart(kz, 500).contents[0]
    beschriftet = [t for reihe in bars.barLabelArray for t in reihe if t]
    assert beschriftet and all(t.split()[0] in {st.symbol for st in Status} for t in beschriftet)
    assert all("\n" not in n or len(n) > 32 for n in bars.categoryAxis.categoryNames)
    assert any(x.name in n.replace("\n", " ") for n in bars.categoryAxis.categoryNames for x in kz.leistungen)


def test_pdf_tables_give_every_word_its_room():
    zeilen = [["Nr.", "Leistung", "zuständig", "Vereinbarung"], ["1", "Unternehmensanmeldung & -genehmigung", "8", "2"]]
    breiten = pdf.wortbreiten(zeilen, [10.0, 300.0, 20.0, 20.0])
    _normal, fett = pdf.schriften()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for c, kopf in enumerate(zeilen[0]):
        assert breiten[c] >= stringWidth(kopf, fett, 7.5) + 12
    assert sum(breiten) == pytest.approx(350.0)


def test_kreis_lagebericht_has_a_table_per_kommune(rp_demo, tmp_path):
    pfad = run_job(lagebericht_job(rp_demo, tmp_path / "l.pdf", kreis="Ahrweiler", stichtag=STICHTAG, stand=STAND))
    text = _pdf_text(pfad)
    d = lage_daten(rp_demo, kreis="Ahrweiler", stichtag=STICHTAG, stand=STAND)
    assert "Stand je Kommune" in text and len(d.kommunen) > 5
    for k in d.kommunen:
        assert k.name in text
    # Same counting as the Matrix: the Kommunen's cells add up to the Kreis's zuständige Nachnutzungen.
    quote = [f for f in d.kz.fortschritt_leistung if f.zaehlt_fuer_quote]
    assert sum(k.zustaendig for k in d.kommunen) == sum(f.zustaendig for f in quote)
    assert "Kosten der Nachnutzung" in text and d.kosten is not None
    assert f"{d.kosten.gesamt.mit_angabe} der {d.kosten.gesamt.nachnutzungen} zuständigen" in text


def test_buendelung_names_reference_kommunen_and_counts_einwohner_once(rp_demo, tmp_path):
    with rp_demo.write() as s:
        prod = s.execute(
            select(Nachnutzung.kommune_id, Kommune.name)
            .join(Kommune, Kommune.id == Nachnutzung.kommune_id)
            .where(Nachnutzung.status == Status.PRODUKTIV, Nachnutzung.fachverfahren_id.is_not(None))
            .limit(1)
        ).one()
        s.add(
            Kontakt(
                name="Erika Muster", funktion="ozg_beauftragte", email="e.muster@example.invalid", kommune_id=prod[0]
            )
        )
    b = buendelung(rp_demo, stand=STAND)
    assert b.einwohner_land > 0
    for g in [*b.je_hersteller, *b.je_fachverfahren, *b.je_it_dienstleister]:
        assert g.einwohner <= b.einwohner_land, g.name
    wb = load_workbook(run_job(buendelung_job(rp_demo, tmp_path / "b.xlsx", stand=STAND)))
    referenzen = [str(z["Referenz-Kommunen (Ansprechperson)"] or "") for z in _zeilen(wb["Fachverfahren"], 4)]
    assert any(f"{prod[1]} (Erika Muster, OZG-Beauftragte/r, e.muster@example.invalid)" in r for r in referenzen)
    kopf = [c.value for c in wb["Hersteller"][4]]
    spalte = kopf.index("Einwohner versorgt")
    assert all(r[spalte] <= b.einwohner_land for r in wb["Hersteller"].iter_rows(min_row=5, values_only=True))
    assert any("jede Gemeinde einmal" in (c.value or "") for c in wb["Übersicht"]["A"])


def test_berichte_page_a3_option_and_no_future_seit(main_window, qtbot, tmp_path, monkeypatch):
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from kpakt_desktop.gui import msgbox

    infos: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: infos.append(text) or False)
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: infos.append("FEHLER " + text))
    ziel = tmp_path / "bdv.xlsx"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: ziel)
    page = main_window.show_page("berichte")
    # A future "since" is refused with a message naming the field; nothing is written.
    page.bdv_seit_an.setChecked(True)
    page.bdv_seit.setText((date.today() + timedelta(days=1)).strftime("%d.%m.%Y"))
    qtbot.mouseClick(page.bdv_button, Qt.MouseButton.LeftButton)
    assert infos and infos.pop().startswith("FEHLER Änderungen seit:") and not ziel.exists()
    page.bdv_seit_an.setChecked(False)
    page.bdv_kreis.setCurrentIndex(page.bdv_kreis.findText("Ahrweiler"))
    page.bdv_a3.setChecked(True)
    qtbot.mouseClick(page.bdv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    assert str(ziel) in infos[0]
    assert int(load_workbook(ziel)["Matrix"].page_setup.paperSize) == 8
