"""Columns of the history table (per cell or per Kommune)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpakt_desktop.gui.row_table import Column
from kpakt_desktop.services.nachnutzung import HistorienEintrag


def historie_spalten() -> list[Column[HistorienEintrag]]:
    return [
        Column(QCoreApplication.translate("Historie", "gültig ab"), lambda h: h.gueltig_ab),
        Column(QCoreApplication.translate("Historie", "Leistung"), lambda h: f"{h.leistung_nr} {h.leistung}"),
        Column(QCoreApplication.translate("Historie", "Feld"), lambda h: h.feld_label),
        Column(QCoreApplication.translate("Historie", "alt → neu"), lambda h: f"{h.alt} → {h.neu}"),
        Column(QCoreApplication.translate("Historie", "von"), lambda h: h.benutzer or "–"),
        Column(QCoreApplication.translate("Historie", "erfasst am"), lambda h: h.erfasst_am),
        Column(
            QCoreApplication.translate("Historie", "Notiz"), lambda h: h.notiz or "", tooltip=lambda h: h.quelle or ""
        ),
    ]
