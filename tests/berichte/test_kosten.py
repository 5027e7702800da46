"""Kostenübersicht: sums per Leistung, Kreis, Hersteller, Fachverfahren and IT-Dienstleister that the
detail sheet reproduces, cost per Einwohner, Nachnutzungen without a figure, the development from the
history; the CLI, the Berichte page and the Lagebericht's cost section (same numbers)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

import pytest
from conftest import STICHTAG
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from kpakt_desktop.cli import main
from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import msgbox
from kpakt_desktop.services.berichte.kosten import kosten_job, kostenuebersicht
from kpakt_desktop.services.berichte.lagebericht import euro, lagebericht_job
from kpakt_desktop.services.jobs import run_job
from kpakt_desktop.services.nachnutzung import Aenderung, aendern
from kpakt_desktop.store.models import Nachnutzung

STAND = datetime(2026, 11, 1, 9, 0)
BETRAEGE = ("Kosten einmalig", "Kosten jährlich")


def _tabelle(ws) -> list[dict[str, object]]:
    kopf = [c.value for c in ws[4]]
    return [dict(zip(kopf, r, strict=False)) for r in ws.iter_rows(min_row=5, values_only=True)]


SCHLUESSEL = {
    "Leistungen": lambda z: f"{z['Nr.']} – {z['Leistung']}",
    "Kreise": lambda z: z["Kreis"],
    "Hersteller": lambda z: z["Hersteller"],
    "Fachverfahren": lambda z: f"{z['Fachverfahren']} ({z['Hersteller']})",
    "IT-Dienstleister": lambda z: z["IT-Dienstleister"],
}


def test_every_sum_is_reproducible_from_the_detail_sheet(rp_demo, tmp_path):
    wb = load_workbook(run_job(kosten_job(rp_demo, tmp_path / "k.xlsx", stichtag=STICHTAG, stand=STAND)))
    detail = _tabelle(wb["Nachnutzungen"])
    with rp_demo.read() as s:
        anzahl = len(s.scalars(select(Nachnutzung.id).where(Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG)).all())
    assert len(detail) == anzahl
    for blatt, schluessel in SCHLUESSEL.items():
        _pruefe_blatt(wb, detail, blatt, schluessel)


def _pruefe_blatt(wb, detail, blatt, schluessel) -> None:
    erwartet: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for z in detail:
        g = erwartet[str(schluessel(z))]
        g["Nachnutzungen"] += 1
        mit = z["Kosten einmalig"] is not None or z["Kosten jährlich"] is not None
        g["mit Kostenangabe"] += mit
        g["ohne Kostenangabe"] += not mit
        for b in BETRAEGE:
            g[b] += z[b] or 0
    zeilen = _tabelle(wb[blatt])
    *gruppen, summe = zeilen
    spalte = next(iter(zeilen[0]))
    assert summe[spalte] == "Summe"
    assert {str(z[spalte]) for z in gruppen} == set(erwartet)
    for z in gruppen:
        for feld, wert in erwartet[str(z[spalte])].items():
            assert z[feld] == wert, (blatt, z[spalte], feld)
    for feld in ("Nachnutzungen", "mit Kostenangabe", "ohne Kostenangabe", *BETRAEGE):
        assert summe[feld] == sum(g[feld] for g in erwartet.values())
    assert summe["ohne Kostenangabe"] > 0 and summe["Kosten einmalig"] > 0
    # Money as money, and per Einwohner: the sum over the Einwohner served by the Kommunen with a figure.
    ws = wb[blatt]
    kopf = [c.value for c in ws[4]]
    assert "€" in ws.cell(row=5, column=kopf.index("Kosten jährlich") + 1).number_format
    assert summe["jährlich je Einwohner"] == pytest.approx(
        summe["Kosten jährlich"] / summe["Einwohner versorgt (mit Kostenangabe)"]
    )


def test_development_over_time_from_the_history(rp_demo):
    with rp_demo.read() as s:
        nid, vorher = s.execute(
            select(Nachnutzung.id, Nachnutzung.kosten_einmalig)
            .where(Nachnutzung.status != Status.NICHT_MEHR_ZUSTAENDIG)
            .order_by(Nachnutzung.id)
            .limit(1)
        ).one()
    for wert, ab in ((50_000, date(2026, 3, 10)), (80_000, date(2026, 7, 1))):
        aendern(rp_demo, [nid], Aenderung({"kosten_einmalig": wert}, gueltig_ab=ab), benutzer="t", jetzt=STAND)
    k = kostenuebersicht(rp_demo, stichtag=STICHTAG, stand=STAND)
    monat = {m.monat: m for m in k.verlauf}
    heute = monat[date(2026, 11, 1)].einmalig
    assert heute == k.gesamt.einmalig
    assert monat[date(2026, 2, 1)].einmalig == heute - 80_000 + (vorher or 0)
    assert monat[date(2026, 4, 1)].einmalig == monat[date(2026, 6, 1)].einmalig == heute - 80_000 + 50_000
    assert monat[date(2026, 7, 1)].einmalig == heute
    assert min(monat) >= date(2020, 1, 1) and len(k.verlauf) >= 12


def test_cli_and_lagebericht_cost_section(rp_demo_path, tmp_path, capsys):
    db = ["--db", str(rp_demo_path), "report"]
    assert main([*db, "kosten", "-o", str(tmp_path / "k.xlsx"), "--stichtag", "2026-11-01"]) == 0
    assert "Bericht geschrieben" in capsys.readouterr().out
    assert load_workbook(tmp_path / "k.xlsx").sheetnames == [
        "Übersicht",
        "Leistungen",
        "Kreise",
        "Hersteller",
        "Fachverfahren",
        "IT-Dienstleister",
        "Verlauf",
        "Nachnutzungen",
    ]
    try:
        code = main([*db, "kosten", "-o", str(tmp_path / "k.pdf")])
    except SystemExit as stop:
        code = int(stop.code or 0)
    assert code == 2 and "Endung .xlsx" in capsys.readouterr().err


def test_lagebericht_cost_section_has_the_same_numbers(rp_demo, tmp_path):
    k = kostenuebersicht(rp_demo, stichtag=STICHTAG, stand=STAND)
    pfad = run_job(lagebericht_job(rp_demo, tmp_path / "l.pdf", stichtag=STICHTAG, stand=STAND))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pfad).pages).split())
    assert f"einmalig {euro(k.gesamt.einmalig)}, jährlich {euro(k.gesamt.jaehrlich)}" in text
    assert f"{k.gesamt.ohne_angabe} Nachnutzungen haben noch keine Kostenangabe" in text


def test_kosten_from_the_berichte_page(main_window, qtbot, tmp_path, monkeypatch):
    infos: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: infos.append(text) or False)
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: infos.append("FEHLER " + text))
    ziel = tmp_path / "kosten.xlsx"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: ziel)
    page = main_window.show_page("berichte")
    qtbot.mouseClick(page.kosten_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    assert str(ziel) in infos[0] and page.kosten_button.isEnabled()
    assert load_workbook(ziel)["Leistungen"]["A1"].value.startswith("Kosten je Leistung")
