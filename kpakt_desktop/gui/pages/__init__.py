"""The pages of the main window, in sidebar order. Each later issue fills one of them.

Pages are named by import path; the window builds a page (imports it, loads its data) the first
time it is shown, so start-up builds only the page the user sees. A page's Datei-menu entries are
declared here for the same reason: the menu is complete before the page exists.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from kpakt_desktop.gui.context import AppContext
    from kpakt_desktop.gui.pages.base import Page


class PageAction(NamedTuple):
    """An entry a page offers in the Datei menu; the window builds the page when it is chosen."""

    title: str
    method: str  # the page's method to call
    name: str  # object name of the QAction


class PageSpec(NamedTuple):
    key: str
    title: str
    target: str  # "module:Class"; the class takes the AppContext
    description: str = ""
    actions: tuple[PageAction, ...] = ()

    def build(self, ctx: AppContext) -> Page:
        module, name = self.target.split(":")
        cls = getattr(importlib.import_module(module), name)
        if self.description:
            return cls(ctx, self.title, self.description)
        return cls(ctx)


_PLACEHOLDER = "kpakt_desktop.gui.pages.base:PlaceholderPage"


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "uebersicht",
            QCoreApplication.translate("Pages", "Übersicht"),
            "kpakt_desktop.gui.uebersicht.page:UebersichtPage",
        ),
        PageSpec(
            "kommunen",
            QCoreApplication.translate("Pages", "Kommunen"),
            "kpakt_desktop.gui.kommunen.page:KommunenPage",
            actions=(
                PageAction(
                    QCoreApplication.translate("Pages", "&Gemeindeverzeichnis aktualisieren…"),
                    "gv_aktualisieren",
                    "gemeindeverzeichnisAktualisieren",
                ),
            ),
        ),
        PageSpec(
            "leistungen",
            QCoreApplication.translate("Pages", "Leistungen"),
            "kpakt_desktop.gui.leistungen.page:LeistungenPage",
        ),
        PageSpec(
            "nachnutzung",
            QCoreApplication.translate("Pages", "Nachnutzung"),
            "kpakt_desktop.gui.nachnutzung.page:NachnutzungPage",
        ),
        PageSpec(
            "taskforces",
            QCoreApplication.translate("Pages", "Taskforces"),
            "kpakt_desktop.gui.taskforces.page:TaskforcesPage",
        ),
        PageSpec(
            "huerden", QCoreApplication.translate("Pages", "Hürden"), "kpakt_desktop.gui.huerden.page:HuerdenPage"
        ),
        PageSpec(
            "termine",
            QCoreApplication.translate("Pages", "Termine"),
            "kpakt_desktop.gui.termine.page:TerminePage",
            actions=(
                PageAction(
                    QCoreApplication.translate("Pages", "&Termin als .ics exportieren…"),
                    "ics_export",
                    "terminIcsExportieren",
                ),
            ),
        ),
        PageSpec(
            "berichte", QCoreApplication.translate("Pages", "Berichte"), "kpakt_desktop.gui.berichte.page:BerichtePage"
        ),
        PageSpec(
            "standardpaket",
            QCoreApplication.translate("Pages", "Standardpaket"),
            "kpakt_desktop.gui.standardpaket.page:StandardpaketPage",
        ),
    ]
