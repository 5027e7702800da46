"""One number, one value: the Übersicht and the Lagebericht of one database show the same figures."""

from __future__ import annotations

import re

from conftest import STICHTAG
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from kpakt_desktop.gui.uebersicht.page import UebersichtPage
from kpakt_desktop.services.berichte.lagebericht import lagebericht_job
from kpakt_desktop.services.jobs import run_job


def _pdf_text(pfad) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pfad).pages).split())


def test_uebersicht_and_lagebericht_show_the_same_numbers(main_window, tmp_path):
    page = main_window.show_page("uebersicht")
    assert isinstance(page, UebersichtPage)

    def kachel(name: str) -> str:
        label = main_window.findChild(QLabel, name)
        assert label is not None, name
        return label.text()

    pfad = run_job(lagebericht_job(page.ctx.store, tmp_path / "lage.pdf", stichtag=STICHTAG))
    text = _pdf_text(pfad)
    zusammenfassung = text.split("1 Zusammenfassung", 1)[1].split("2 Stand je Leistung", 1)[0]
    paare = {
        "figZustaendig": "Zuständige Nachnutzungen (Kommune × Leistung, ohne Nr. 7 und 8)",
        "figProduktiv": "davon produktiv",
        "figKommunenProduktiv": "Kommunen mit mindestens einer produktiven Leistung",
        "figEinwohnerKommunen": "Einwohner in Kommunen, in denen mindestens eine Leistung produktiv ist",
        "figEinwohnerGewichtet": "Einwohnergewichteter Anteil produktiv (über die Leistungen)",
    }
    for name, label in paare.items():
        wert = zusammenfassung.split(label, 1)[1].split(" (")[0].split(" Kommunen")[0].strip()
        wert = re.match(r"[\d.,]+( %)?", wert).group(0)  # type: ignore[union-attr]
        assert wert == kachel(name), (label, wert, kachel(name))
    anteil = re.search(r"davon produktiv [\d.]+ \(([\d,]+ %)\)", zusammenfassung)
    assert anteil and anteil.group(1) == kachel("figAnteil")
    # The go-live curve ends at the same count (its last value is labelled in the chart's note).
    assert page.k is not None and page.k.golive[-1].nachnutzungen == int(kachel("figProduktiv").replace(".", ""))
    # Per Leistung: the zuständig column of the Übersicht table is the Lagebericht's "zust." column.
    tabelle = text.split("2 Stand je Leistung", 1)[1]
    for row in range(page.model.rowCount()):
        nr, name, zust = (page.model.index(row, c).data() for c in (0, 1, 3))
        assert re.search(rf"\b{nr} {re.escape(name.split()[0])}.*? {re.escape(zust)} ", tabelle), (nr, name, zust)
