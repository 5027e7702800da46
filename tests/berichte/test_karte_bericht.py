"""Maps in the reports: the Lagebericht's vector maps (one mark per zuständige Kommune, the same
look as on screen) and the Kreis map on the cover sheet of the BDV workbook."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Group, Polygon

from kpakt_desktop.domain.karte import ZEICHEN, Form
from kpakt_desktop.services.berichte.karte_pdf import karten_zeichnung
from kpakt_desktop.services.berichte.lagebericht import KARTEN_LEISTUNGEN, lage_daten, write_pdf
from kpakt_desktop.services.stats import compute_stats
from kpakt_desktop.store.database import Store

STICHTAG = date(2026, 11, 1)
STAND = datetime(2026, 11, 2, 9, 30)


def test_lagebericht_karte_hat_eine_marke_je_zustaendiger_kommune(rp_demo: Store, tmp_path) -> None:
    d = lage_daten(rp_demo, stichtag=STICHTAG, stand=STAND)
    zustaendig = {x.nr: x for x in compute_stats(rp_demo).leistungen}
    uebersicht, *je_leistung = d.karten
    assert uebersicht.leistung_nr is None and len(je_leistung) == KARTEN_LEISTUNGEN
    # the headline Leistungen: those that count with the most zuständigen Kommunen
    meiste = sorted((x for x in zustaendig.values() if x.zaehlt_fuer_quote), key=lambda x: -x.zustaendig)
    assert {k.leistung_nr for k in je_leistung} == {x.nr for x in meiste[:KARTEN_LEISTUNGEN]}
    for karte in je_leistung:
        assert karte.leistung_nr is not None
        zeichnung = karten_zeichnung(karte, 500, 480)
        marken = zeichnung.marken.contents  # type: ignore[attr-defined]
        assert len(marken) == zustaendig[karte.leistung_nr].zustaendig
        # colour and shape by status: each mark has the fill of its status and its outline
        erwartet = Counter(m.status for m in karte.marken)
        gefunden: Counter[str] = Counter(m.fillColor.hexval().lower() for m in marken)
        for status, n in erwartet.items():
            assert status is not None
            z = ZEICHEN[status]
            assert gefunden[z.farbe.replace("#", "0x")] >= n
            typ = Circle if z.form is Form.KREIS else Polygon
            assert (
                sum(1 for m, k in zip(marken, karte.marken, strict=True) if k.status is status and isinstance(m, typ))
                == n
            )
    assert all(isinstance(m, Group) for m in karten_zeichnung(uebersicht, 500, 480).marken.contents)  # type: ignore[attr-defined]
    pfad = write_pdf(d, tmp_path / "lage.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pfad).pages).split())
    for karte in je_leistung:
        assert f"Karte Rheinland-Pfalz: {karte.titel} – {len(karte.marken)} zuständige Kommunen" in text


def test_bdv_deckblatt_zeigt_die_karte_des_kreises(rp_demo: Store, tmp_path) -> None:
    import io

    from openpyxl import load_workbook
    from PIL import Image

    from kpakt_desktop.services.berichte.bdv import bdv_daten, write_bdv
    from kpakt_desktop.services.kennzahlen import finde_kreis

    kreis = finde_kreis(rp_demo, "Ahrweiler")
    d = bdv_daten(rp_demo, kreis, stichtag=STICHTAG, stand=STAND)
    assert d.karte is not None
    # the Kreis map: the Kreis itself and the zuständigen Kommunen in it, nothing outside
    assert {m.kreis for m in d.karte.marken} == {kreis.name}
    assert kreis.id in {m.kommune_id for m in d.karte.marken}
    pfad = write_bdv(d, tmp_path / "bdv.xlsx")
    ws = load_workbook(pfad)["Deckblatt"]
    assert len(ws._images) == 1
    bild = Image.open(io.BytesIO(ws._images[0]._data()))
    assert bild.format == "PNG" and bild.width >= 400
    # printed in place: the rows under the picture are kept free and high enough for it
    anker = ws._images[0].anchor._from.row + 1
    frei = 0
    while ws.cell(anker + frei, 1).value is None and frei < 200:
        frei += 1
    assert frei * 13 >= bild.height * 0.75
    # a kreisfreie Stadt gets no map (it is one place)
    stadt = bdv_daten(rp_demo, finde_kreis(rp_demo, "Mainz"), stichtag=STICHTAG, stand=STAND)
    assert stadt.karte is None
