"""Columns of the history table (per cell or per Kommune)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpakt_desktop.gui.models.row_table import Column
from kpakt_desktop.services.nachnutzung import HistorienEintrag


def _tr(text: str) -> str:
    return QCoreApplication.translate("Historie", text)


def historie_spalten() -> list[Column[HistorienEintrag]]:
    return [
        Column(_tr("gültig ab"), lambda h: h.gueltig_ab.strftime("%d.%m.%Y")),
        Column(_tr("Leistung"), lambda h: f"{h.leistung_nr} {h.leistung}"),
        Column(_tr("Feld"), lambda h: h.feld_label),
        Column(_tr("alt → neu"), lambda h: f"{h.alt} → {h.neu}"),
        Column(_tr("von"), lambda h: h.benutzer or "–"),
        Column(_tr("erfasst am"), lambda h: h.erfasst_am.strftime("%d.%m.%Y %H:%M")),
        Column(_tr("Notiz"), lambda h: h.notiz or "", tooltip=lambda h: h.quelle or ""),
    ]
